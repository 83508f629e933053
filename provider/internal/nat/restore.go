package nat

import (
	"context"
	"fmt"

	"github.com/coreos/go-iptables/iptables"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// Bringing back a NAT network's rules at boot, from its restore record (registered
// by the provider as the nat kind's), through the code its resource's Create runs.

func Restore(ctx context.Context, st tfsdk.State) (string, error) {
	var m Model
	if err := resourceutil.GetModel(ctx, st, &m); err != nil {
		return "", err
	}
	if err := (&natResource{}).converge(ctx, &m, []string{m.Mark.ValueString()}, m.Mark.ValueString() == ""); err != nil {
		return "", err
	}
	return fmt.Sprintf("masquerade %t, forward %t, ip_forward %t", m.Masquerade.ValueBool(), m.Forward.ValueBool(), m.IPForward.ValueBool()), nil
}

// Found: NAT rules carry their mark in their comment.
func Found(ctx context.Context, st tfsdk.State) (bool, string, error) {
	ns, bridge, there, err := resourceutil.InNamespace(ctx, st, "bridge")
	if err != nil || !there {
		return false, "", err
	}
	var exists bool
	var mark string
	err = hostnet.Do(ns, func() error {
		ipt, err := iptables.New()
		if err != nil {
			return err
		}
		comments, err := natComments(ipt, bridge)
		if err != nil || len(comments) == 0 {
			return err
		}
		exists, mark = true, natMarkOf(comments[0], bridge)
		return nil
	})
	return exists, mark, err
}
