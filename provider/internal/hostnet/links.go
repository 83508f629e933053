package hostnet

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/vishvananda/netlink"
)

// Link returns the named link, or nil when there is none (not an error: Read
// reports a missing device as gone).
func Link(name string) (netlink.Link, error) {
	link, err := netlink.LinkByName(name)
	var notFound netlink.LinkNotFoundError
	if errors.As(err, &notFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("looking up %s: %w", name, err)
	}
	return link, nil
}

// Address flags of linux/if_addr.h.
const (
	ifaFNodad     = 0x02 // IFA_F_NODAD: no duplicate address detection, usable at once
	ifaFPermanent = 0x80 // IFA_F_PERMANENT: configured, not learnt (SLAAC) or temporary
)

// addrList is netlink's address dump of one family, asked again when the kernel
// marks it interrupted (addresses changed while it ran, as they do when many
// resources are made at once).
func addrList(link netlink.Link, family int) ([]netlink.Addr, error) {
	var addrs []netlink.Addr
	var err error
	for try := 0; try < 10; try++ {
		if addrs, err = netlink.AddrList(link, family); !errors.Is(err, netlink.ErrDumpInterrupted) {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("listing addresses of %s: %w", link.Attrs().Name, err)
	}
	return addrs, nil
}

// IPv4Addresses lists a link's IPv4 addresses as "a.b.c.d/prefix", sorted.
func IPv4Addresses(link netlink.Link) ([]string, error) {
	addrs, err := addrList(link, netlink.FAMILY_V4)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(addrs))
	for _, a := range addrs {
		out = append(out, a.IPNet.String())
	}
	sort.Strings(out)
	return out, nil
}

// IPv6Addresses lists the IPv6 addresses configured on a link, as "addr/prefix",
// sorted: permanent ones that are not link-local. The kernel's fe80:: address and
// addresses learnt from router advertisements (or temporary ones) are not the
// configuration's, and are left out.
func IPv6Addresses(link netlink.Link) ([]string, error) {
	addrs, err := addrList(link, netlink.FAMILY_V6)
	if err != nil {
		return nil, err
	}
	out := []string{}
	for _, a := range addrs {
		if a.Flags&ifaFPermanent != 0 && !a.IP.IsLinkLocalUnicast() {
			out = append(out, a.IPNet.String())
		}
	}
	sort.Strings(out)
	return out, nil
}

// Addresses lists a link's IPv4 addresses and its configured IPv6 ones (as
// IPv6Addresses), sorted.
func Addresses(link netlink.Link) ([]string, error) {
	v4, err := IPv4Addresses(link)
	if err != nil {
		return nil, err
	}
	v6, err := IPv6Addresses(link)
	if err != nil {
		return nil, err
	}
	out := append(v4, v6...)
	sort.Strings(out)
	return out, nil
}

// SetAddresses makes the link's IPv4 addresses and its configured IPv6 ones (as
// IPv6Addresses lists them) exactly `want`; link-local and learnt IPv6
// addresses stay. IPv6 addresses are added without duplicate address detection,
// so they are usable at once (a tentative address cannot be bound to).
func SetAddresses(link netlink.Link, want []string) error {
	have, err := Addresses(link)
	if err != nil {
		return err
	}
	return setAddresses(link, have, want)
}

func setAddresses(link netlink.Link, have, want []string) error {
	wanted := map[string]bool{}
	for _, w := range want {
		wanted[w] = true
	}
	for _, h := range have {
		if !wanted[h] {
			addr, err := netlink.ParseAddr(h)
			if err != nil {
				return fmt.Errorf("removing %s from %s: %w", h, link.Attrs().Name, err)
			}
			if err := netlink.AddrDel(link, addr); err != nil {
				return fmt.Errorf("removing %s from %s: %w", h, link.Attrs().Name, err)
			}
		}
		delete(wanted, h)
	}
	for _, w := range want {
		if !wanted[w] {
			continue
		}
		addr, err := netlink.ParseAddr(w)
		if err != nil {
			return fmt.Errorf("address %q: %w", w, err)
		}
		if addr.IP.To4() == nil {
			addr.Flags = ifaFNodad
		}
		if err := netlink.AddrAdd(link, addr); err != nil {
			return fmt.Errorf("adding %s to %s: %w", w, link.Attrs().Name, err)
		}
	}
	return nil
}

// MasterName is the name of the bridge a link is enslaved to, or "".
func MasterName(link netlink.Link) (string, error) {
	index := link.Attrs().MasterIndex
	if index == 0 {
		return "", nil
	}
	master, err := netlink.LinkByIndex(index)
	if err != nil {
		return "", fmt.Errorf("looking up the master of %s: %w", link.Attrs().Name, err)
	}
	return master.Attrs().Name, nil
}

// ReadSysctl reads a /proc/sys value of the current network namespace.
func ReadSysctl(path string) (string, error) {
	b, err := os.ReadFile("/proc/sys/" + path)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(b)), nil
}

// WriteSysctl writes a /proc/sys value of the current network namespace.
func WriteSysctl(path, value string) error {
	return os.WriteFile("/proc/sys/"+path, []byte(value+"\n"), 0o644)
}

// GlobalAddresses lists a link's IPv4 and IPv6 addresses of global scope (not
// IPv6 link-local ones, which every interface has), as "address/prefix", sorted.
func GlobalAddresses(link netlink.Link) ([]string, error) {
	addrs, err := addrList(link, netlink.FAMILY_ALL)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, a := range addrs {
		if a.Scope == int(netlink.SCOPE_UNIVERSE) && !a.IP.IsLinkLocalUnicast() {
			out = append(out, a.IPNet.String())
		}
	}
	sort.Strings(out)
	return out, nil
}
