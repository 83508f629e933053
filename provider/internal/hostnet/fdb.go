package hostnet

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"sort"

	"github.com/vishvananda/netlink"
	"golang.org/x/sys/unix"
)

// Head-end replication: a VXLAN device without a multicast group sends what it
// floods (broadcast, unknown unicast, multicast) to every remote of its
// all-zeros FDB entry, one remote per peer, as
// `bridge fdb append 00:00:00:00:00:00 dev VX dst PEER` adds them.

var zeroMAC = net.HardwareAddr{0, 0, 0, 0, 0, 0}

// floodEntry is the all-zeros entry's remote `peer` on the link. NTF_SELF sends
// it to the VXLAN device's own table, not to the bridge the device is a port of.
func floodEntry(link netlink.Link, peer netip.Addr) *netlink.Neigh {
	return &netlink.Neigh{
		LinkIndex:    link.Attrs().Index,
		Family:       unix.AF_BRIDGE,
		Flags:        netlink.NTF_SELF,
		State:        netlink.NUD_PERMANENT | netlink.NUD_NOARP,
		HardwareAddr: zeroMAC,
		IP:           peer.AsSlice(),
	}
}

// FloodPeers lists the remotes of the link's all-zeros FDB entry, canonical and
// sorted: the peers really present, whatever was configured.
func FloodPeers(link netlink.Link) ([]string, error) {
	var neighs []netlink.Neigh
	var err error
	// Asked again when the kernel marks the dump interrupted (the table changed
	// while it ran, as it does while the device learns).
	for try := 0; try < 10; try++ {
		if neighs, err = netlink.NeighList(link.Attrs().Index, unix.AF_BRIDGE); !errors.Is(err, netlink.ErrDumpInterrupted) {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("listing the FDB of %s: %w", link.Attrs().Name, err)
	}
	return floodPeers(neighs, link.Attrs().Index), nil
}

// floodPeers picks the flood remotes out of an FDB dump: the device's own
// (NTF_SELF) entries of the all-zeros MAC with a destination. Learnt entries
// have a real MAC, and the bridge's entries for its port are NTF_MASTER.
func floodPeers(neighs []netlink.Neigh, index int) []string {
	seen := map[string]bool{}
	for _, n := range neighs {
		if n.LinkIndex != index || n.Flags&netlink.NTF_SELF == 0 || !bytes.Equal(n.HardwareAddr, zeroMAC) {
			continue
		}
		if a, ok := netip.AddrFromSlice(n.IP); ok {
			seen[a.Unmap().String()] = true
		}
	}
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// peerChanges is what turns the peers `have` into `want`: remotes to add and to remove.
func peerChanges(have, want []string) (add, remove []string) {
	wanted := map[string]bool{}
	for _, w := range want {
		wanted[w] = true
	}
	present := map[string]bool{}
	for _, h := range have {
		present[h] = true
		if !wanted[h] {
			remove = append(remove, h)
		}
	}
	for _, w := range want {
		if !present[w] {
			add = append(add, w)
			present[w] = true
		}
	}
	return add, remove
}

// SetFloodPeers makes the remotes of the link's all-zeros FDB entry exactly
// `want` (canonical addresses), adding the missing ones and removing the others.
func SetFloodPeers(link netlink.Link, want []string) error {
	have, err := FloodPeers(link)
	if err != nil {
		return err
	}
	add, remove := peerChanges(have, want)
	name := link.Attrs().Name
	for _, p := range remove {
		if err := netlink.NeighDel(floodEntry(link, netip.MustParseAddr(p))); err != nil {
			return fmt.Errorf("removing peer %s from %s: %w", p, name, err)
		}
	}
	for _, p := range add {
		peer, err := netip.ParseAddr(p)
		if err != nil {
			return fmt.Errorf("peer %q: %w", p, err)
		}
		if err := netlink.NeighAppend(floodEntry(link, peer)); err != nil {
			return fmt.Errorf("adding peer %s to %s: %w", p, name, err)
		}
	}
	return nil
}
