package desktop

import (
	"fmt"
	"net"
	"strconv"
	"strings"
)

// vmnetSpec is one vmnet as VMware's networking file describes it.
type vmnetSpec struct {
	Number int64
	Mode   string // "bridged", "hostonly" or "nat"
	Bridge string // bridged: the host interface
	Subnet string // hostonly, nat: a CIDR
	Dhcp   bool
}

// ownsLine is whether a line of the networking file belongs to vmnet n:
// `answer VNET_<n>_...` or `add_bridge_mapping IFACE <n>`.
func ownsLine(line string, n int64) bool {
	fields := strings.Fields(line)
	prefix := fmt.Sprintf("VNET_%d_", n)
	switch {
	case len(fields) >= 2 && fields[0] == "answer" && strings.HasPrefix(fields[1], prefix):
		return true
	case len(fields) == 3 && fields[0] == "add_bridge_mapping" && fields[2] == strconv.FormatInt(n, 10):
		return true
	}
	return false
}

// lines are the vmnet's lines, always in this order.
func (s vmnetSpec) lines() ([]string, error) {
	if s.Mode == "bridged" {
		return []string{fmt.Sprintf("add_bridge_mapping %s %d", s.Bridge, s.Number)}, nil
	}
	_, ipnet, err := net.ParseCIDR(s.Subnet)
	if err != nil {
		return nil, fmt.Errorf("vmnet%d: %w", s.Number, err)
	}
	answer := func(key, value string) string { return fmt.Sprintf("answer VNET_%d_%s %s", s.Number, key, value) }
	yesNo := map[bool]string{true: "yes", false: "no"}
	lines := []string{
		answer("DHCP", yesNo[s.Dhcp]),
		answer("HOSTONLY_NETMASK", net.IP(ipnet.Mask).String()),
		answer("HOSTONLY_SUBNET", ipnet.IP.String()),
	}
	if s.Mode == "nat" {
		lines = append(lines, answer("NAT", "yes"))
	}
	return append(lines, answer("VIRTUAL_ADAPTER", "yes")), nil
}

// renderNetworking is the networking file with vmnet s.Number's lines replaced
// by the spec's (nil spec: removed). The other lines stay in their order; a new
// file starts with VMware's VERSION line.
func renderNetworking(existing string, number int64, s *vmnetSpec) (string, error) {
	var kept []string
	for _, line := range strings.Split(strings.TrimRight(existing, "\n"), "\n") {
		if line != "" && !ownsLine(line, number) {
			kept = append(kept, line)
		}
	}
	if len(kept) == 0 || kept[0] != "VERSION=1,0" {
		kept = append([]string{"VERSION=1,0"}, kept...)
	}
	if s != nil {
		lines, err := s.lines()
		if err != nil {
			return "", err
		}
		kept = append(kept, lines...)
	}
	return strings.Join(kept, "\n") + "\n", nil
}

// readNetworking is vmnet n as the file describes it, or nil when it has no line for it.
func readNetworking(text string, n int64) *vmnetSpec {
	s := vmnetSpec{Number: n}
	answers := map[string]string{}
	found := false
	for _, line := range strings.Split(text, "\n") {
		if !ownsLine(line, n) {
			continue
		}
		found = true
		fields := strings.Fields(line)
		if fields[0] == "add_bridge_mapping" {
			s.Bridge = fields[1]
			continue
		}
		value := ""
		if len(fields) > 2 {
			value = fields[2]
		}
		answers[strings.TrimPrefix(fields[1], fmt.Sprintf("VNET_%d_", n))] = value
	}
	if !found {
		return nil
	}
	switch {
	case s.Bridge != "":
		s.Mode = "bridged"
	case answers["NAT"] == "yes":
		s.Mode = "nat"
	default:
		s.Mode = "hostonly"
	}
	if subnet, mask := net.ParseIP(answers["HOSTONLY_SUBNET"]), net.ParseIP(answers["HOSTONLY_NETMASK"]); subnet != nil && mask != nil {
		ones, _ := net.IPMask(mask.To4()).Size()
		s.Subnet = fmt.Sprintf("%s/%d", subnet, ones)
	}
	s.Dhcp = answers["DHCP"] == "yes"
	return &s
}
