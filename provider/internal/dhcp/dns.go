package dhcp

import (
	"bufio"
	"context"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/coreos/go-iptables/iptables"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/nat"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// The DNS side of hyperlab_dhcp, its lease file, and the INPUT rules that let the
// bridge's clients reach it (as lxc-net and libvirt add them): kept apart from the
// server's life cycle in resource.go.

// leaseDir holds the servers' lease files: persistent, unlike /run, so a reboot's
// restore finds the leases the guests still hold.
var leaseDir = "/var/lib/hyperlab/dhcp"

// leaseDirMu: a server starting makes the lease directory and one deleted removes
// it when it is empty; in one provider process they take turns.
var leaseDirMu sync.Mutex

// Start starts dnsmasq with m's arguments, in m's namespace, its lease directory made first.
func (m *Model) Start(ctx context.Context) error {
	leaseDirMu.Lock()
	defer leaseDirMu.Unlock()
	if err := os.MkdirAll(leaseDir, 0o755); err != nil {
		return fmt.Errorf("making the lease directory of bridge %s: %w", m.Bridge.ValueString(), err)
	}
	_, err := hostexec.Run(ctx, m.Netns.ValueString(), m.Argv()...)
	return err
}

// RemoveLeaseFile removes the lease file, and the lease directory when it is left empty.
func (m *Model) RemoveLeaseFile() error {
	leaseDirMu.Lock()
	defer leaseDirMu.Unlock()
	if err := os.Remove(m.LeaseFilePath()); err != nil && !os.IsNotExist(err) {
		return err
	}
	if entries, err := os.ReadDir(leaseDir); err == nil && len(entries) == 0 {
		return os.Remove(leaseDir)
	}
	return nil
}

// LeaseFilePath is the server's lease file (dnsmasq's --dhcp-leasefile).
func (m *Model) LeaseFilePath() string {
	ns := "root"
	if n := m.Netns.ValueString(); n != "" {
		ns = "netns=" + n
	}
	return filepath.Join(leaseDir, ns+"@"+m.Bridge.ValueString()+".leases")
}

// DNSHostsDir holds one hosts file per reservation with an address, which
// dnsmasq reads (--hostsdir) so a reserved guest's name resolves before it has
// a lease; like the DHCP hosts, it is re-read without a restart.
func (m *Model) DNSHostsDir() string {
	return resourceutil.RunStatePath("dhcp-dnshosts", m.Netns.ValueString(), m.Bridge.ValueString())
}

// dnsArgv is the DNS part of dnsmasq's arguments: --port=0 (DHCP only) without
// dns; with it, DNS on the bridge's addresses (--interface with --bind-interfaces
// binds there alone), forwarded to dns_upstream or, without it, to the resolvers
// of the host's /etc/resolv.conf (under `ip netns exec`, the namespace's
// /etc/netns/NAME/resolv.conf where there is one). The host's /etc/hosts is not
// served (--no-hosts): guests see the names of their network, not the host's.
func (m *Model) dnsArgv() []string {
	if !m.DNS.ValueBool() {
		return []string{"--port=0"}
	}
	argv := []string{"--no-hosts", "--strict-order", "--hostsdir=" + m.DNSHostsDir(), "--expand-hosts"}
	upstream := listStrings(m.DNSUpstream)
	if len(upstream) > 0 {
		argv = append(argv, "--no-resolv")
		for _, s := range upstream {
			argv = append(argv, "--server="+s)
		}
	}
	return argv
}

// domainArgv names the network's domain: dnsmasq sends it as option 15 (which
// minimal clients such as busybox udhcpc ask for) and, first in option 119's
// list, as the search domain; with dns it answers the domain's names from its
// leases and reservations only (--local: never forwarded).
func (m *Model) domainArgv() []string {
	domain := m.Domain.ValueString()
	if domain == "" {
		return nil
	}
	argv := []string{"--domain=" + domain}
	if m.DNS.ValueBool() {
		argv = append(argv, "--local=/"+domain+"/")
	}
	return argv
}

// searchDomains is option 119's list: the network's domain first, then domain_search.
func (m *Model) searchDomains() []string {
	var domains []string
	if d := m.Domain.ValueString(); d != "" {
		domains = append(domains, d)
	}
	extra := listStrings(m.DomainSearch)
	for _, d := range extra {
		if !strings.EqualFold(d, m.Domain.ValueString()) {
			domains = append(domains, d)
		}
	}
	return domains
}

// writeDNSHosts writes the hosts file of each reservation with an address (and
// removes the others) when dns is on; changed says whether a file changed.
func (m *Model) writeDNSHosts(ctx context.Context) (changed bool, err error) {
	if !m.DNS.ValueBool() {
		if _, err := os.Stat(m.DNSHostsDir()); os.IsNotExist(err) {
			return false, nil
		}
		return true, os.RemoveAll(m.DNSHostsDir())
	}
	var wanted []Reservation
	if err := resourceutil.ElementsInto(ctx, m.Reservations, &wanted); err != nil {
		return false, fmt.Errorf("reservations: %w", err)
	}
	if err := os.MkdirAll(m.DNSHostsDir(), 0o755); err != nil {
		return false, err
	}
	files := map[string]string{}
	for _, res := range wanted {
		if a := res.Address.ValueString(); a != "" {
			files[res.Hostname+"-"+strings.ReplaceAll(res.MAC, ":", "")] = a + " " + res.Hostname + "\n"
		}
	}
	return syncDir(m.DNSHostsDir(), files)
}

// syncDir makes dir hold exactly files (name -> content).
func syncDir(dir string, files map[string]string) (changed bool, err error) {
	existing, err := os.ReadDir(dir)
	if err != nil {
		return false, err
	}
	for _, e := range existing {
		if _, keep := files[e.Name()]; !keep {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return false, err
			}
			changed = true
		}
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if old, err := os.ReadFile(path); err == nil && string(old) == content {
			continue
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			return false, err
		}
		changed = true
	}
	return changed, nil
}

// Lease is one line of dnsmasq's lease file, as the leases attribute shows it.
type Lease struct {
	MAC      string `tfsdk:"mac"`
	Address  string `tfsdk:"address"`
	Hostname string `tfsdk:"hostname"`
}

var LeaseType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"mac": types.StringType, "address": types.StringType, "hostname": types.StringType,
}}

// ReadLeases parses a dnsmasq lease file: "EXPIRY MAC ADDRESS HOSTNAME CLIENT-ID"
// per IPv4 lease ("*" for no host name); the DHCPv6 part after "duid" is skipped.
// A missing file is no leases.
func ReadLeases(file string) ([]Lease, error) {
	f, err := os.Open(file)
	if os.IsNotExist(err) {
		return []Lease{}, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	leases := []Lease{}
	scanner := bufio.NewScanner(f)
	for scanner.Scan() {
		fields := strings.Fields(scanner.Text())
		if len(fields) > 0 && fields[0] == "duid" {
			break
		}
		if len(fields) < 4 {
			continue
		}
		if _, err := strconv.ParseInt(fields[0], 10, 64); err != nil || !validate.IPv4Address.Valid(fields[2]) {
			continue
		}
		name := fields[3]
		if name == "*" {
			name = ""
		}
		leases = append(leases, Lease{MAC: strings.ToLower(fields[1]), Address: fields[2], Hostname: name})
	}
	if err := scanner.Err(); err != nil {
		return nil, err
	}
	sort.Slice(leases, func(i, j int) bool {
		return netip.MustParseAddr(leases[i].Address).Less(netip.MustParseAddr(leases[j].Address))
	})
	return leases, nil
}

func (m *Model) readLeasesValue(ctx context.Context) (types.List, error) {
	leases, err := ReadLeases(m.LeaseFilePath())
	if err != nil {
		return types.ListNull(LeaseType), fmt.Errorf("reading the leases of bridge %s from %s: %w", m.Bridge.ValueString(), m.LeaseFilePath(), err)
	}
	list, diags := types.ListValueFrom(ctx, LeaseType, leases)
	if diags.HasError() {
		return list, fmt.Errorf("leases: %v", diags)
	}
	return list, nil
}

// The INPUT rules. Clients on the bridge must reach the server whatever the
// host's INPUT policy: DHCP (udp 67) always, DNS (udp and tcp 53) with dns, and
// with ipv6_prefix the router solicitations and, in ra-stateless mode, DHCPv6
// (udp 547) and DNS over IPv6. Each is inserted first in INPUT and accepts
// packets coming in on this bridge only; the CHECKSUM fill (mangle POSTROUTING,
// udp to port 68) fixes the offloaded checksums of replies to guests whose
// clients check them (old dhclient), as lxc-net and libvirt add it.

// InputTag starts the comment of the server's INPUT rules: the bridge, then its mark.
func InputTag(bridge string) string { return "hyperlab-dhcp:" + bridge }

func (m *Model) inputComment() string {
	if m.Mark.ValueString() == "" {
		return InputTag(m.Bridge.ValueString())
	}
	return InputTag(m.Bridge.ValueString()) + " " + m.Mark.ValueString()
}

// InputRulesFor are the rules of one family (v6: ip6tables).
func (m *Model) InputRulesFor(v6 bool) []nat.Rule {
	tag := []string{"-m", "comment", "--comment", m.inputComment()}
	bridge := m.Bridge.ValueString()
	accept := func(match ...string) nat.Rule {
		return nat.Rule{Table: "filter", Chain: "INPUT", Spec: append(append(append([]string{"-i", bridge}, match...), tag...), "-j", "ACCEPT")}
	}
	var rules []nat.Rule
	dns := func() {
		if m.DNS.ValueBool() {
			rules = append(rules, accept("-p", "udp", "--dport", "53"), accept("-p", "tcp", "--dport", "53"))
		}
	}
	if !v6 {
		rules = append(rules, accept("-p", "udp", "--dport", "67"))
		dns()
		rules = append(rules, nat.Rule{Table: "mangle", Chain: "POSTROUTING", Spec: append(append([]string{"-o", bridge, "-p", "udp", "--dport", "68"}, tag...),
			"-j", "CHECKSUM", "--checksum-fill")})
		return rules
	}
	if !m.hasIPv6() {
		return nil
	}
	rules = append(rules, accept("-p", "ipv6-icmp", "--icmpv6-type", "router-solicitation"))
	if m.IPv6Mode.ValueString() != "ra-only" {
		rules = append(rules, accept("-p", "udp", "--dport", "547"))
	}
	dns()
	return rules
}

func (m *Model) hasIPv6() bool { return m.IPv6Prefix.ValueString() != "" }

// checksumTargetMissing: the kernel has no CHECKSUM target (xt_CHECKSUM); the
// fill is then left out, which only old clients that check UDP checksums notice.
func checksumTargetMissing(err error) bool {
	return err != nil && (strings.Contains(err.Error(), "CHECKSUM") || strings.Contains(err.Error(), "No chain/target/match"))
}

// applyInputRules puts the server's INPUT rules in place (in its namespace),
// refusing rules for the bridge that carry another mark or none.
func (m *Model) applyInputRules(ctx context.Context) error {
	if !m.InputRules.ValueBool() {
		return nil
	}
	return hostnet.Do(m.Netns.ValueString(), func() error {
		for _, v6 := range []bool{false, true} {
			rules := m.InputRulesFor(v6)
			if len(rules) == 0 {
				continue
			}
			ipt, err := iptablesOf(v6)
			if err != nil {
				return err
			}
			if err := m.refuseForeignInput(ipt); err != nil {
				return err
			}
			for _, rule := range rules {
				ok, err := ipt.Exists(rule.Table, rule.Chain, rule.Spec...)
				if err != nil && rule.Table == "mangle" && checksumTargetMissing(err) {
					tflog.Warn(ctx, "no CHECKSUM target: the DHCP replies' checksum fill is left out", map[string]any{"bridge": m.Bridge.ValueString()})
					continue
				}
				if err != nil {
					return fmt.Errorf("checking the INPUT rules of bridge %s: %w", m.Bridge.ValueString(), err)
				}
				if ok {
					continue
				}
				if err := ipt.Insert(rule.Table, rule.Chain, 1, rule.Spec...); err != nil {
					if rule.Table == "mangle" && checksumTargetMissing(err) {
						tflog.Warn(ctx, "no CHECKSUM target: the DHCP replies' checksum fill is left out", map[string]any{"bridge": m.Bridge.ValueString()})
						continue
					}
					return fmt.Errorf("adding the %s %s rule for DHCP/DNS on bridge %s: %w", rule.Table, rule.Chain, m.Bridge.ValueString(), err)
				}
				tflog.Debug(ctx, "INPUT rule added", map[string]any{"bridge": m.Bridge.ValueString(), "rule": strings.Join(rule.Spec, " ")})
			}
		}
		return nil
	})
}

func iptablesOf(v6 bool) (*iptables.IPTables, error) {
	if v6 {
		return iptables.NewWithProtocol(iptables.ProtocolIPv6)
	}
	return iptables.New()
}

// inputComments are the comments of the rules tagged for the bridge, in the chains the server uses.
func inputComments(ipt *iptables.IPTables, bridge string) ([]string, error) {
	return nat.TaggedComments(ipt, InputTag(bridge), [][2]string{{"filter", "INPUT"}, {"mangle", "POSTROUTING"}})
}

func (m *Model) refuseForeignInput(ipt *iptables.IPTables) error {
	comments, err := inputComments(ipt, m.Bridge.ValueString())
	if err != nil {
		return err
	}
	for _, comment := range comments {
		if comment == m.inputComment() {
			continue
		}
		owner := "no mark"
		if mark := strings.TrimPrefix(strings.TrimPrefix(comment, InputTag(m.Bridge.ValueString())), " "); mark != "" {
			owner = "the mark " + strconv.Quote(mark)
		}
		return fmt.Errorf("INPUT rules for DHCP/DNS on bridge %s are in place and are not this server's: one carries %s; "+
			"remove them (iptables -S INPUT | grep %s), or give this server the mark they carry",
			m.Bridge.ValueString(), owner, InputTag(m.Bridge.ValueString()))
	}
	return nil
}

// InputRulesInPlace: every rule the server needs is in place (the CHECKSUM fill
// only where the kernel has the target).
func (m *Model) InputRulesInPlace() (bool, error) {
	if m.netnsGone() {
		return false, nil // the namespace went (a reboot not yet restored): so did its rules
	}
	all := true
	err := hostnet.Do(m.Netns.ValueString(), func() error {
		for _, v6 := range []bool{false, true} {
			rules := m.InputRulesFor(v6)
			if len(rules) == 0 {
				continue
			}
			ipt, err := iptablesOf(v6)
			if err != nil {
				return err
			}
			for _, rule := range rules {
				ok, err := ipt.Exists(rule.Table, rule.Chain, rule.Spec...)
				if err != nil && rule.Table == "mangle" && checksumTargetMissing(err) {
					continue
				}
				if err != nil {
					return err
				}
				all = all && ok
			}
		}
		return nil
	})
	return all, err
}

// RemoveInputRules removes the rules carrying m's comment, of both families.
func (m *Model) RemoveInputRules(ctx context.Context) error {
	if m.netnsGone() {
		tflog.Debug(ctx, "no INPUT rules to remove: the namespace is gone", map[string]any{"bridge": m.Bridge.ValueString(), "netns": m.Netns.ValueString()})
		return nil
	}
	return hostnet.Do(m.Netns.ValueString(), func() error {
		for _, v6 := range []bool{false, true} {
			if v6 && !m.hasIPv6() {
				continue
			}
			ipt, err := iptablesOf(v6)
			if err != nil {
				return err
			}
			// Every rule with the comment, whatever it matches: the rules of an
			// earlier configuration (dns on then) go too.
			for _, where := range [][2]string{{"filter", "INPUT"}, {"mangle", "POSTROUTING"}} {
				rules, err := ipt.List(where[0], where[1])
				if err != nil {
					return fmt.Errorf("listing %s %s: %w", where[0], where[1], err)
				}
				for _, rule := range rules {
					found := nat.CommentOption.FindStringSubmatch(rule)
					if found == nil || found[1]+found[2] != m.inputComment() {
						continue
					}
					spec, err := RuleSpec(rule, where[1])
					if err != nil {
						return err
					}
					if err := ipt.DeleteIfExists(where[0], where[1], spec...); err != nil {
						return fmt.Errorf("removing the %s %s rule %q of bridge %s: %w", where[0], where[1], rule, m.Bridge.ValueString(), err)
					}
					tflog.Debug(ctx, "INPUT rule removed", map[string]any{"bridge": m.Bridge.ValueString(), "rule": rule})
				}
			}
		}
		return nil
	})
}

// RuleSpec turns a line of iptables -S ("-A CHAIN ARGS...") back into the
// arguments of a rule, unquoting the comment (the only quoted word ours carry).
func RuleSpec(line, chain string) ([]string, error) {
	rest, ok := strings.CutPrefix(line, "-A "+chain+" ")
	if !ok {
		return nil, fmt.Errorf("not a rule of %s: %q", chain, line)
	}
	var spec []string
	for len(rest) > 0 {
		rest = strings.TrimLeft(rest, " ")
		if rest == "" {
			break
		}
		if rest[0] == '"' {
			end := 1
			for end < len(rest) && rest[end] != '"' {
				if rest[end] == '\\' {
					end++
				}
				end++
			}
			if end >= len(rest) {
				return nil, fmt.Errorf("unterminated quote in %q", line)
			}
			word, err := strconv.Unquote(rest[:end+1])
			if err != nil {
				return nil, fmt.Errorf("reading %q: %w", line, err)
			}
			spec = append(spec, word)
			rest = rest[end+1:]
			continue
		}
		word, after, _ := strings.Cut(rest, " ")
		spec = append(spec, word)
		rest = after
	}
	return spec, nil
}

// netnsGone: the server's network namespace (not the provider's own) does not
// exist, and with it went every rule that was in it.
func (m *Model) netnsGone() bool {
	name := m.Netns.ValueString()
	if name == "" {
		return false
	}
	_, err := os.Stat(filepath.Join("/run/netns", name))
	return os.IsNotExist(err)
}

// listStrings are the known elements of a list of strings (the schema makes them
// strings, so there is no conversion to fail and no diagnostic to drop).
func listStrings(l types.List) []string {
	var out []string
	for _, e := range l.Elements() {
		if v, ok := e.(types.String); ok && !v.IsNull() && !v.IsUnknown() {
			out = append(out, v.ValueString())
		}
	}
	return out
}
