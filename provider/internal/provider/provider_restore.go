package provider

// restorableKinds are the host resources that keep restore records, in the order
// `restore` replays them at boot: what an object needs comes before it (a
// bridge before the VXLAN device, TAP, NAT and DHCP server on it; the network
// before the containers). This list is what the restore package knows of them:
// it is passed in, to the resource wrapper and to the restore command.
func restorableKinds() restoreKinds {
	return restoreKinds{
		{kind: "bridge", names: []string{"name"}, resource: NewBridgeResource, restore: restoreBridge, found: foundLink, nic: nicBridge},
		{kind: "vxlan", names: []string{"name"}, resource: NewVxlanResource, restore: restoreVxlan, found: foundLink},
		{kind: "tap", names: []string{"name"}, resource: NewTapResource, restore: restoreTap, found: foundLink, nic: nicTap},
		{kind: "nat", names: []string{"bridge"}, resource: NewNatResource, restore: restoreNat, found: foundNat, legacyUnmarked: true},
		{kind: "dhcp", names: []string{"bridge"}, resource: NewDhcpResource, restore: restoreDhcp, found: foundDhcp, legacyUnmarked: true},
		{kind: "lxc_container", names: []string{"name", "lxc_path"}, resource: NewLxcContainerResource, restore: restoreLxcContainer,
			found: foundLxcContainer, labelIn: "lxc_path"},
	}
}
