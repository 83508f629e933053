package dhcp_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/dhcp"
)

func dhcpDNSConfig(bridge, prefix string) string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark      = "acc/bridge.dns"
  netns     = %[1]q
  name      = %[2]q
  addresses = ["%[3]s.1/24"]
}
resource "hyperlab_dhcp" "lan" {
  mark         = "acc/dhcp.dns"
  netns        = %[1]q
  bridge       = hyperlab_bridge.lan.name
  range_start  = "%[3]s.100"
  range_end    = "%[3]s.199"
  router       = "%[3]s.1"
  dns          = true
  dns_upstream = ["%[3]s.254"]
  domain       = "lab.internal"
  reservations = [{ mac = "52:54:00:00:97:0a", address = "%[3]s.10", hostname = "fixed" }]
}
`, acctest.TestNetns, bridge, prefix)
}

// run runs argv, failing with its output.
func run(argv ...string) (string, error) {
	out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("%s: %v\n%s", strings.Join(argv, " "), err, out)
	}
	return string(out), nil
}

// With dns: a client (busybox udhcpc, in a namespace of its own, asking for
// nothing beyond its defaults) behind a host whose INPUT policy is DROP gets an
// address, the bridge as DNS server and the network's domain (option 15); the
// server answers the reservation's and the lease's names, bare and under the
// domain, on the bridge's address and not on the host's other addresses; the
// lease is in the lease file and the leases attribute; an INPUT rule deleted by
// hand is drift that apply puts back; destroy removes the rules and the lease file.
func TestAccDhcpDNS(t *testing.T) {
	acctest.RequireNetns(t)
	const bridge, client, prefix = "hlaccdns0", "hlaccdnsc", "10.97.0"
	m := &dhcp.Model{Netns: types.StringValue(acctest.TestNetns), Bridge: types.StringValue(bridge), Mark: types.StringValue("acc/dhcp.dns"),
		DNS: types.BoolValue(true), IPv6Prefix: types.StringNull()}
	script := t.TempDir() + "/udhcpc.sh"
	if err := os.WriteFile(script, []byte("#!/bin/sh\n[ \"$1\" = bound ] && env | grep -E '^(ip|router|dns|domain|search)=' | sort\nexit 0\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	// The host's INPUT policy is DROP, in the test's namespace only; and the host
	// has another address (on another bridge) that must not answer DNS.
	for _, argv := range [][]string{
		{"ip", "netns", "exec", acctest.TestNetns, "iptables", "-P", "INPUT", "DROP"},
		{"ip", "-n", acctest.TestNetns, "link", "add", "hlaccdnsd", "type", "bridge"},
		{"ip", "-n", acctest.TestNetns, "addr", "add", "10.98.0.1/24", "dev", "hlaccdnsd"},
		{"ip", "-n", acctest.TestNetns, "link", "set", "hlaccdnsd", "up"},
	} {
		if _, err := run(argv...); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		_ = exec.Command("ip", "netns", "exec", acctest.TestNetns, "iptables", "-P", "INPUT", "ACCEPT").Run()
		_ = exec.Command("ip", "-n", acctest.TestNetns, "link", "delete", "hlaccdnsd").Run()
		_ = exec.Command("ip", "-n", acctest.TestNetns, "link", "delete", "hlaccdnsv").Run()
		_ = exec.Command("ip", "netns", "delete", client).Run()
	})
	lookup := func(server, name string) (string, error) {
		return run("ip", "netns", "exec", client, "timeout", "10", "busybox", "nslookup", "-type=a", name, server)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if _, err := os.Stat(m.LeaseFilePath()); !os.IsNotExist(err) {
				return fmt.Errorf("lease file %s left: %v", m.LeaseFilePath(), err)
			}
			out, err := run("ip", "netns", "exec", acctest.TestNetns, "iptables-save")
			if err != nil {
				return err
			}
			if strings.Contains(out, dhcp.InputTag(bridge)) {
				return fmt.Errorf("rules of %s left:\n%s", bridge, out)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: dhcpDNSConfig(bridge, prefix),
				Check: func(*terraform.State) error {
					_ = exec.Command("ip", "netns", "delete", client).Run()
					for _, argv := range [][]string{
						{"ip", "netns", "add", client},
						{"ip", "-n", acctest.TestNetns, "link", "add", "hlaccdnsv", "type", "veth", "peer", "name", "eth0", "netns", client},
						{"ip", "-n", acctest.TestNetns, "link", "set", "hlaccdnsv", "master", bridge, "up"},
						{"ip", "-n", client, "link", "set", "eth0", "address", "52:54:00:00:97:0b"},
						{"ip", "-n", client, "link", "set", "eth0", "up"},
					} {
						if _, err := run(argv...); err != nil {
							return err
						}
					}
					got, err := run("timeout", "20", "ip", "netns", "exec", client, "busybox", "udhcpc", "-i", "eth0", "-n", "-q", "-f",
						"-x", "hostname:dyn", "-s", script)
					if err != nil {
						return fmt.Errorf("no lease with INPUT policy DROP: %w", err)
					}
					for _, want := range []string{"dns=" + prefix + ".1", "domain=lab.internal", "router=" + prefix + ".1"} {
						if !strings.Contains(got, want) {
							return fmt.Errorf("the client was not told %q:\n%s", want, got)
						}
					}
					ip := ""
					for _, line := range strings.Split(got, "\n") {
						if v, ok := strings.CutPrefix(line, "ip="); ok {
							ip = v
						}
					}
					if _, err := run("ip", "-n", client, "addr", "add", ip+"/24", "dev", "eth0"); err != nil {
						return err
					}
					for name, want := range map[string]string{"fixed": prefix + ".10", "fixed.lab.internal": prefix + ".10",
						"dyn": ip, "dyn.lab.internal": ip} {
						out, err := lookup(prefix+".1", name)
						if err != nil || !strings.Contains(out, "Address: "+want) {
							return fmt.Errorf("%s did not resolve to %s: %v\n%s", name, want, err, out)
						}
					}
					// The host's other address answers no DNS (the client routes there through the bridge).
					if _, err := run("ip", "-n", client, "route", "add", "10.98.0.0/24", "via", prefix+".1"); err != nil {
						return err
					}
					if _, err := run("ip", "netns", "exec", acctest.TestNetns, "iptables", "-I", "INPUT", "-d", "10.98.0.1", "-j", "ACCEPT"); err != nil {
						return err
					}
					defer func() {
						_, _ = run("ip", "netns", "exec", acctest.TestNetns, "iptables", "-D", "INPUT", "-d", "10.98.0.1", "-j", "ACCEPT")
					}()
					if out, err := lookup("10.98.0.1", "fixed"); err == nil {
						return fmt.Errorf("the host's other address answered DNS:\n%s", out)
					}
					leases, err := dhcp.ReadLeases(m.LeaseFilePath())
					if err != nil || len(leases) != 1 || leases[0].Address != ip || leases[0].Hostname != "dyn" {
						return fmt.Errorf("lease file %s holds %v (%v), not dyn at %s", m.LeaseFilePath(), leases, err, ip)
					}
					return nil
				},
			},
			{ // refresh: the lease shows in the leases attribute
				RefreshState: true,
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttr("hyperlab_dhcp.lan", "leases.#", "1"),
					resource.TestCheckResourceAttr("hyperlab_dhcp.lan", "leases.0.hostname", "dyn"),
					resource.TestCheckResourceAttr("hyperlab_dhcp.lan", "leases.0.mac", "52:54:00:00:97:0b"),
					resource.TestCheckResourceAttr("hyperlab_dhcp.lan", "input_rules", "true"),
				),
			},
			{ // the DNS rule deleted by hand: drift
				PreConfig: func() {
					rule := m.InputRulesFor(false)[1]
					if _, err := run(append([]string{"ip", "netns", "exec", acctest.TestNetns, "iptables", "-D", rule.Chain}, rule.Spec...)...); err != nil {
						t.Error(err)
					}
				},
				Config: dhcpDNSConfig(bridge, prefix), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{ // and apply puts it back, in place
				Config: dhcpDNSConfig(bridge, prefix),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_dhcp.lan", plancheck.ResourceActionUpdate),
				}},
				Check: func(*terraform.State) error {
					if ok, err := m.InputRulesInPlace(); err != nil || !ok {
						return fmt.Errorf("the rules are not back: %v", err)
					}
					_, err := lookup(prefix+".1", "fixed")
					return err
				},
			},
			{ // a rule for the bridge under another stack's mark: a change is refused, naming it, and the rule stays
				PreConfig: func() {
					if _, err := run("ip", "netns", "exec", acctest.TestNetns, "iptables", "-A", "INPUT", "-i", bridge, "-p", "udp", "--dport", "5353",
						"-m", "comment", "--comment", dhcp.InputTag(bridge)+" other/stack", "-j", "ACCEPT"); err != nil {
						t.Error(err)
					}
				},
				Config:      strings.Replace(dhcpDNSConfig(bridge, prefix), "lab.internal", "lab2.internal", 1),
				ExpectError: regexp.MustCompile(`not\s+this\s+server's:\s+one\s+carries\s+the\s+mark\s+"other/stack"`),
			},
			{
				PreConfig: func() {
					if _, err := run("ip", "netns", "exec", acctest.TestNetns, "iptables", "-D", "INPUT", "-i", bridge, "-p", "udp", "--dport", "5353",
						"-m", "comment", "--comment", dhcp.InputTag(bridge)+" other/stack", "-j", "ACCEPT"); err != nil {
						t.Errorf("the other stack's rule is gone: %v", err)
					}
				},
				Config: dhcpDNSConfig(bridge, prefix),
			},
			{ImportState: true, ResourceName: "hyperlab_dhcp.lan", ImportStateId: acctest.TestNetns + "/" + bridge, ImportStateVerify: true,
				ImportStateVerifyIgnore: []string{"mark", "leases"}},
		},
	})
}

// Rules read back from iptables -S are the rules written: RuleSpec undoes the quoting of the comment.
func TestRuleSpec(t *testing.T) {
	got, err := dhcp.RuleSpec(`-A INPUT -i br0 -p udp -m udp --dport 67 -m comment --comment "hyperlab-dhcp:br0 app/net \"x\"" -j ACCEPT`, "INPUT")
	want := []string{"-i", "br0", "-p", "udp", "-m", "udp", "--dport", "67", "-m", "comment", "--comment", `hyperlab-dhcp:br0 app/net "x"`, "-j", "ACCEPT"}
	if err != nil || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("ruleSpec: %q %v", got, err)
	}
	if _, err := dhcp.RuleSpec(`-A FORWARD -j ACCEPT`, "INPUT"); err == nil {
		t.Fatal("a rule of another chain was taken")
	}
}

func TestReadLeases(t *testing.T) {
	file := t.TempDir() + "/leases"
	content := "1796613622 82:A5:18:31:46:B7 10.77.0.106 gamma 01:82:a5:18:31:46:b7\n" +
		"1796613000 52:54:00:00:77:0a 10.77.0.20 * *\n" +
		"duid 00:01:00:01\n1796613622 1234 fd42::5 v6name 00:01\n"
	if err := os.WriteFile(file, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := dhcp.ReadLeases(file)
	want := []dhcp.Lease{{MAC: "52:54:00:00:77:0a", Address: "10.77.0.20", Hostname: ""}, {MAC: "82:a5:18:31:46:b7", Address: "10.77.0.106", Hostname: "gamma"}}
	if err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("readLeases: %v %v", got, err)
	}
	if got, err := dhcp.ReadLeases(file + ".none"); err != nil || len(got) != 0 {
		t.Fatalf("a missing lease file: %v %v", got, err)
	}
}

// With dns the server listens on port 53 of the bridge (no --port=0), forwards to
// dns_upstream alone (--no-resolv) when given, serves no /etc/hosts of the host,
// and puts the network's domain first in option 119 and into option 15 (--domain).
func TestDhcpArgvDNS(t *testing.T) {
	ctx := context.Background()
	up, _ := types.ListValueFrom(ctx, types.StringType, []string{"192.0.2.53", "2001:db8::53"})
	search, _ := types.ListValueFrom(ctx, types.StringType, []string{"corp.example", "lab.internal"})
	m := &dhcp.Model{Netns: types.StringValue(""), Bridge: types.StringValue("hlbr0"), RangeStart: types.StringValue("10.0.0.100"),
		RangeEnd: types.StringValue("10.0.0.199"), LeaseSeconds: types.Int64Value(3600), Router: types.StringValue("10.0.0.1"),
		Nameservers: types.ListValueMust(types.StringType, nil), DomainSearch: search, DNS: types.BoolValue(true), DNSUpstream: up,
		Domain: types.StringValue("lab.internal")}
	argv := " " + strings.Join(m.Argv(), " ") + " "
	for _, want := range []string{" --no-hosts ", " --no-resolv ", " --server=192.0.2.53 --server=2001:db8::53 ", " --domain=lab.internal ",
		" --local=/lab.internal/ ", " --dhcp-option=option:domain-search,lab.internal,corp.example ", " --interface=hlbr0 --bind-interfaces ",
		" --dhcp-leasefile=/var/lib/hyperlab/dhcp/root@hlbr0.leases "} {
		if !strings.Contains(argv, want) {
			t.Errorf("%q not in%s", want, argv)
		}
	}
	for _, unwanted := range []string{"--port=0", "--leasefile-ro", "dns-server"} {
		if strings.Contains(argv, unwanted) {
			t.Errorf("%q in%s", unwanted, argv)
		}
	}
	m.DNSUpstream = types.ListValueMust(types.StringType, nil)
	if argv := strings.Join(m.Argv(), " "); strings.Contains(argv, "--no-resolv") || strings.Contains(argv, "--server=") {
		t.Errorf("without dns_upstream the host's resolvers are not used: %s", argv)
	}
	m.DNS = types.BoolValue(false)
	if argv := strings.Join(m.Argv(), " "); !strings.Contains(argv, "--port=0") || strings.Contains(argv, "--local=") ||
		!strings.Contains(argv, "--domain=lab.internal") {
		t.Errorf("without dns: %s", argv)
	}
	if rules := m.InputRulesFor(false); len(rules) != 2 || rules[0].Spec[3] != "udp" || rules[0].Spec[5] != "67" {
		t.Errorf("without dns the rules are DHCP's and the CHECKSUM fill: %v", rules)
	}
}

// A server whose namespace is gone (deleted by hand, a reboot not yet restored):
// Read finds its rules not in place rather than failing the plan, and Delete has
// none to remove.
func TestDhcpInputRulesNamespaceGone(t *testing.T) {
	m := &dhcp.Model{Netns: types.StringValue("hl-no-such-netns"), Bridge: types.StringValue("hlbr0"), Mark: types.StringValue("a/b"),
		DNS: types.BoolValue(true), IPv6Prefix: types.StringNull()}
	if ok, err := m.InputRulesInPlace(); ok || err != nil {
		t.Errorf("in place: %v %v", ok, err)
	}
	if err := m.RemoveInputRules(context.Background()); err != nil {
		t.Errorf("remove: %v", err)
	}
}
