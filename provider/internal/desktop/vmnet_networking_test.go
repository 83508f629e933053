package desktop

import (
	"reflect"
	"testing"
)

// A networking file as VMware Workstation writes it on Linux, with vmnet1
// host-only, vmnet8 NAT and bridge mappings (the key set of the files quoted in
// public setup notes; hashes and UUIDs left out).
const networkingFile = `VERSION=1,0
answer VNET_1_DHCP yes
answer VNET_1_DISPLAY_NAME
answer VNET_1_HOSTONLY_NETMASK 255.255.255.0
answer VNET_1_HOSTONLY_SUBNET 172.16.134.0
answer VNET_1_VIRTUAL_ADAPTER yes
answer VNET_8_DHCP yes
answer VNET_8_HOSTONLY_NETMASK 255.255.255.0
answer VNET_8_HOSTONLY_SUBNET 172.16.86.0
answer VNET_8_NAT yes
answer VNET_8_VIRTUAL_ADAPTER yes
add_bridge_mapping br0 0
add_bridge_mapping eth1 2
`

func TestReadNetworking(t *testing.T) {
	for n, want := range map[int64]*vmnetSpec{
		0: {Number: 0, Mode: "bridged", Bridge: "br0"},
		1: {Number: 1, Mode: "hostonly", Subnet: "172.16.134.0/24", Dhcp: true},
		2: {Number: 2, Mode: "bridged", Bridge: "eth1"},
		8: {Number: 8, Mode: "nat", Subnet: "172.16.86.0/24", Dhcp: true},
		3: nil,
	} {
		if got := readNetworking(networkingFile, n); !reflect.DeepEqual(got, want) {
			t.Errorf("vmnet%d: got %+v, want %+v", n, got, want)
		}
	}
}

func TestRenderNetworking(t *testing.T) {
	nat := &vmnetSpec{Number: 3, Mode: "nat", Subnet: "10.60.0.0/24"}
	got, err := renderNetworking(networkingFile, 3, nat)
	if err != nil {
		t.Fatal(err)
	}
	want := networkingFile + `answer VNET_3_DHCP no
answer VNET_3_HOSTONLY_NETMASK 255.255.255.0
answer VNET_3_HOSTONLY_SUBNET 10.60.0.0
answer VNET_3_NAT yes
answer VNET_3_VIRTUAL_ADAPTER yes
`
	if got != want {
		t.Fatalf("got\n%s", got)
	}
	if !reflect.DeepEqual(readNetworking(got, 3), nat) {
		t.Fatalf("read back %+v", readNetworking(got, 3))
	}
	// vmnet2 changes from bridged on eth1 to host-only; vmnet 12's lines are not vmnet 1's or 2's.
	if got, err = renderNetworking(networkingFile+"add_bridge_mapping eth2 12\n", 2, &vmnetSpec{Number: 2, Mode: "hostonly", Subnet: "10.61.0.0/16"}); err != nil {
		t.Fatal(err)
	}
	if readNetworking(got, 2).Mode != "hostonly" || readNetworking(got, 12).Bridge != "eth2" || readNetworking(got, 1).Subnet != "172.16.134.0/24" {
		t.Fatalf("got\n%s", got)
	}
	// Removing the last vmnet leaves VMware's VERSION line.
	if got, err := renderNetworking("add_bridge_mapping hlbr0 5\n", 5, nil); err != nil || got != "VERSION=1,0\n" {
		t.Fatalf("got %q", got)
	}
}
