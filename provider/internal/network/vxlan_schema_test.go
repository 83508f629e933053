package network

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

func TestVxlanUnderlayAddress(t *testing.T) {
	for s, want := range map[string]bool{
		"10.250.0.1": true, "fd00:250::1": true, "192.0.2.77": true,
		"10.250.0.1/24": false, "0.0.0.0": false, "::": false, "239.1.1.1": false, "ff02::1": false,
		"fe80::1": false, "::ffff:10.0.0.1": false, "FD00::1": false, "fd00:0::1": false, "010.0.0.1": false, "": false, "host": false,
	} {
		resp := &validator.StringResponse{}
		underlayAddress{}.ValidateString(context.Background(), validator.StringRequest{Path: path.Root("local"), ConfigValue: types.StringValue(s)}, resp)
		if got := !resp.Diagnostics.HasError(); got != want {
			t.Errorf("%q: valid %t, want %t (%v)", s, got, want, resp.Diagnostics)
		}
	}
}

func TestVxlanPeerProblem(t *testing.T) {
	for _, c := range []struct{ local, peer, want string }{
		{"10.250.0.1", "10.250.0.2", ""},
		{"fd00:250::1", "fd00:250::2", ""},
		{"10.250.0.1", "10.250.0.1", "is local"},
		{"fd00:250::1", "fd00:250::1", "is local"},
		{"10.250.0.1", "fd00:250::2", "not of the address family"},
		{"fd00:250::1", "10.250.0.2", "not of the address family"},
		{"10.250.0.1", "nonsense", ""}, // the attribute's own validator says so
	} {
		got := peerProblem(c.local, c.peer)
		if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("local %s peer %s: %q, want %q", c.local, c.peer, got, c.want)
		}
	}
}
