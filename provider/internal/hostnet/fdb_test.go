package hostnet

import (
	"net"
	"reflect"
	"testing"

	"github.com/vishvananda/netlink"
)

func TestFloodPeersPicksTheAllZerosRemotes(t *testing.T) {
	mac, _ := net.ParseMAC("52:54:00:12:34:56")
	neighs := []netlink.Neigh{
		{LinkIndex: 7, Flags: netlink.NTF_SELF, HardwareAddr: zeroMAC, IP: net.ParseIP("10.250.0.3")}, // 16-byte form
		{LinkIndex: 7, Flags: netlink.NTF_SELF, HardwareAddr: zeroMAC, IP: net.IP{10, 250, 0, 2}},
		{LinkIndex: 7, Flags: netlink.NTF_SELF, HardwareAddr: zeroMAC, IP: net.IP{10, 250, 0, 2}}, // listed twice
		{LinkIndex: 7, Flags: netlink.NTF_SELF, HardwareAddr: zeroMAC, IP: net.ParseIP("fd00:250::2")},
		{LinkIndex: 7, Flags: netlink.NTF_SELF, HardwareAddr: mac, IP: net.IP{10, 250, 0, 9}},     // learnt
		{LinkIndex: 7, Flags: netlink.NTF_MASTER, HardwareAddr: zeroMAC, IP: net.IP{10, 0, 0, 1}}, // the bridge's
		{LinkIndex: 7, Flags: netlink.NTF_SELF, HardwareAddr: zeroMAC},                            // no destination
		{LinkIndex: 8, Flags: netlink.NTF_SELF, HardwareAddr: zeroMAC, IP: net.IP{10, 250, 0, 8}}, // another device
	}
	got := floodPeers(neighs, 7)
	if want := []string{"10.250.0.2", "10.250.0.3", "fd00:250::2"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	if got := floodPeers(nil, 7); got == nil || len(got) != 0 {
		t.Fatalf("no entries: %#v, want an empty list", got)
	}
}

func TestPeerChanges(t *testing.T) {
	for _, c := range []struct{ have, want, add, remove []string }{
		{nil, []string{"10.0.0.2"}, []string{"10.0.0.2"}, nil},
		{[]string{"10.0.0.2", "10.0.0.3"}, []string{"10.0.0.3", "10.0.0.4"}, []string{"10.0.0.4"}, []string{"10.0.0.2"}},
		{[]string{"10.0.0.2"}, []string{"10.0.0.2"}, nil, nil},
		{[]string{"10.0.0.2"}, nil, nil, []string{"10.0.0.2"}},
		{nil, []string{"10.0.0.2", "10.0.0.2"}, []string{"10.0.0.2"}, nil},
	} {
		add, remove := peerChanges(c.have, c.want)
		if !reflect.DeepEqual(add, c.add) || !reflect.DeepEqual(remove, c.remove) {
			t.Errorf("%q -> %q: add %q remove %q, want %q %q", c.have, c.want, add, remove, c.add, c.remove)
		}
	}
}
