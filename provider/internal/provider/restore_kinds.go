package provider

import (
	"github.com/hyperlab/terraform-provider-hyperlab/internal/dhcp"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/lxc"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/nat"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/network"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/restore"
)

// RestoreKinds are the host resources that keep restore records, in the order
// `restore` replays them at boot: what an object needs comes before it (a
// bridge before the VXLAN device, TAP, NAT and DHCP server on it; the network
// before the containers). This list is what the restore package knows of them:
// it is passed in, to the resource wrapper and to the restore command.
func RestoreKinds() restore.Kinds {
	return restore.Kinds{
		{Name: "bridge", Names: []string{"name"}, Resource: network.NewBridgeResource, Restore: network.RestoreBridge, Found: network.FoundLink, NIC: restore.NICBridge},
		{Name: "vxlan", Names: []string{"name"}, Resource: network.NewVxlanResource, Restore: network.RestoreVxlan, Found: network.FoundLink},
		{Name: "tap", Names: []string{"name"}, Resource: network.NewTapResource, Restore: network.RestoreTap, Found: network.FoundLink, NIC: restore.NICTap},
		{Name: "nat", Names: []string{"bridge"}, Resource: nat.NewNatResource, Restore: nat.Restore, Found: nat.Found, LegacyUnmarked: true},
		{Name: "dhcp", Names: []string{"bridge"}, Resource: dhcp.NewDhcpResource, Restore: dhcp.Restore, Found: dhcp.Found, LegacyUnmarked: true},
		{Name: "lxc_container", Names: []string{"name", "lxc_path"}, Resource: lxc.NewLxcContainerResource, Restore: lxc.RestoreContainer,
			Found: lxc.FoundContainer, LabelIn: "lxc_path"},
	}
}
