package network

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// Bringing back the bridges, VXLAN devices, TAPs and NAT rules at boot, from
// their restore records (the restore package replays them in its order; the
// provider registers these functions as their kinds'). Each goes through the
// code its resource's Create or Update runs.
//
// The objects as the host has them at boot, before restore makes or takes one:
// whether there is one, and the mark it carries. Restore brings back only what
// is absent or carries the record's mark (ownership.Of): anything else of that
// name is another's, or no one's, and is left as it is.

func RestoreBridge(ctx context.Context, st tfsdk.State) (string, error) {
	var m BridgeModel
	if err := resourceutil.GetModel(ctx, st, &m); err != nil {
		return "", err
	}
	recorded := m.Ifindex.ValueInt64()
	if err := (&bridgeResource{}).create(ctx, &m); err != nil {
		return "", err
	}
	detail := fmt.Sprintf("up, ifindex %d, MTU %d", m.Ifindex.ValueInt64(), m.MTU.ValueInt64())
	if recorded != 0 && recorded != m.Ifindex.ValueInt64() {
		detail += fmt.Sprintf(" (it had ifindex %d, taken now: the next deploy restarts what is on it)", recorded)
	}
	return detail, nil
}

// A VXLAN device comes back on its bridge (restored before it) with its peers.
func RestoreVxlan(ctx context.Context, st tfsdk.State) (string, error) {
	var m vxlanModel
	if err := resourceutil.GetModel(ctx, st, &m); err != nil {
		return "", err
	}
	if err := (&vxlanResource{}).create(ctx, &m); err != nil {
		return "", err
	}
	var peers []string
	if err := resourceutil.ElementsInto(ctx, m.Peers, &peers); err != nil {
		return "", err
	}
	return fmt.Sprintf("up on %s, VNI %d, peers %s", m.Bridge.ValueString(), m.VNI.ValueInt64(), strings.Join(peers, " ")), nil
}

func RestoreTap(ctx context.Context, st tfsdk.State) (string, error) {
	var m TapModel
	if err := resourceutil.GetModel(ctx, st, &m); err != nil {
		return "", err
	}
	if err := (&tapResource{}).create(&m); err != nil {
		return "", err
	}
	return "up" + map[bool]string{true: " on " + m.Bridge.ValueString(), false: ""}[m.Bridge.ValueString() != ""], nil
}

// FoundLink: a bridge, TAP or VXLAN device carries its mark in its alias. A
// namespace that does not exist yet has no device in it.
func FoundLink(ctx context.Context, st tfsdk.State) (bool, string, error) {
	ns, name, there, err := resourceutil.InNamespace(ctx, st, "name")
	if err != nil || !there {
		return false, "", err
	}
	var exists bool
	var mark string
	err = hostnet.Do(ns, func() error {
		link, err := hostnet.Link(name)
		if link != nil {
			exists, mark = true, hostnet.MarkOf(link)
		}
		return err
	})
	return exists, mark, err
}
