package dhcp

import (
	"context"
	"fmt"
	"os"

	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// Bringing back a DHCP server at boot, from its restore record (registered by
// the provider as the dhcp kind's), through the code of its resource's Create.
//
// The objects as the host has them at boot, before restore makes or takes one:
// whether there is one, and the mark it carries. Restore brings back only what
// is absent or carries the record's mark (ownership.Of): anything else of that
// name is another's, or no one's, and is left as it is.

func Restore(ctx context.Context, st tfsdk.State) (string, error) {
	var m Model
	if err := resourceutil.GetModel(ctx, st, &m); err != nil {
		return "", err
	}
	if err := (&dhcpResource{}).converge(ctx, &m, m.Mark.ValueString(), true); err != nil {
		return "", err
	}
	if !m.Running.ValueBool() {
		return "reservations written; not meant to run", nil
	}
	pid, _ := m.runningPid()
	return fmt.Sprintf("dnsmasq running, pid %d, %d reservations", pid, len(m.Reservations.Elements())), nil
}

// Found: a bridge's DHCP server keeps its mark beside its pid file; one
// without (a server running, or its files kept) carries none.
func Found(ctx context.Context, st tfsdk.State) (bool, string, error) {
	var m Model
	if err := resourceutil.GetModel(ctx, st, &m); err != nil {
		return false, "", err
	}
	mark, err := m.MarkFound()
	if err != nil || mark != "" {
		return mark != "", mark, err
	}
	pid := m.livePid()
	_, dirErr := os.Stat(m.HostsDir())
	return pid != 0 || dirErr == nil, "", nil
}
