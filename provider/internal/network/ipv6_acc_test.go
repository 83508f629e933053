package network_test

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/dhcp"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// IPv6 in the test namespace only, with ULA prefixes (fd00::/8) of the tests' own.

func bridge6Config() string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark = "acc/bridge.lan"
  netns     = %q
  name      = "hlaccbr6"
  addresses = ["10.96.0.1/24", "fd96::1/64"]
}
`, acctest.TestNetns)
}

// An IPv6 address on a bridge is managed like an IPv4 one: usable at once (no
// duplicate address detection), read back (a clean second plan), its loss by
// `ip -6 addr flush` shown in plan and repaired, the kernel's link-local left alone.
func TestAccBridgeIPv6(t *testing.T) {
	acctest.RequireNetns(t)
	addr6 := func() string { return acctest.Sh(t, "ip", "-6", "-o", "addr", "show", "dev", "hlaccbr6") }
	usable := func(*terraform.State) error {
		out := addr6()
		if !strings.Contains(out, "fd96::1/64") {
			return fmt.Errorf("IPv6 address not on the bridge: %s", out)
		}
		if line := lineWith(out, "fd96::1/64"); strings.Contains(line, "tentative") {
			return fmt.Errorf("IPv6 address is tentative (DAD ran): %s", out)
		}
		if !strings.Contains(acctest.Sh(t, "ip", "-4", "-o", "addr", "show", "dev", "hlaccbr6"), "10.96.0.1/24") {
			return fmt.Errorf("IPv4 address lost")
		}
		return nil
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy:             func(*terraform.State) error { return acctest.LinkGone("hlaccbr6") },
		Steps: []resource.TestStep{
			{ // create; the framework then checks that a second plan is empty
				Config: bridge6Config(),
				Check: resource.ComposeTestCheckFunc(usable,
					resource.TestCheckTypeSetElemAttr("hyperlab_bridge.lan", "addresses.*", "fd96::1/64")),
			},
			{ // a link-local address (the kernel's kind) is not the configuration's: no drift
				PreConfig: func() { acctest.Sh(t, "ip", "-6", "addr", "add", "fe80::96/64", "dev", "hlaccbr6") },
				Config:    bridge6Config(), PlanOnly: true,
			},
			{ // drift: the IPv6 addresses flushed by hand show in plan...
				PreConfig: func() { acctest.Sh(t, "ip", "-6", "addr", "flush", "dev", "hlaccbr6") },
				Config:    bridge6Config(), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{ // ...and apply puts it back in place, the link-local one untouched
				PreConfig: func() { acctest.Sh(t, "ip", "-6", "addr", "add", "fe80::96/64", "dev", "hlaccbr6") },
				Config:    bridge6Config(),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_bridge.lan", plancheck.ResourceActionUpdate),
				}},
				Check: resource.ComposeTestCheckFunc(usable, func(*terraform.State) error {
					if out := addr6(); !strings.Contains(out, "fe80::96/64") {
						return fmt.Errorf("link-local address removed: %s", out)
					}
					return nil
				}),
			},
			{ // an IPv6 address added by hand is drift too
				PreConfig: func() { acctest.Sh(t, "ip", "-6", "addr", "add", "fd96::99/64", "dev", "hlaccbr6", "nodad") },
				Config:    bridge6Config(), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{
				Config: bridge6Config(),
				Check: func(*terraform.State) error {
					if out := addr6(); strings.Contains(out, "fd96::99") {
						return fmt.Errorf("stray address kept: %s", out)
					}
					return nil
				},
			},
		},
	})
}

// lineWith is the line of out that contains s.
func lineWith(out, s string) string {
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, s) {
			return line
		}
	}
	return ""
}

func nat6Config() string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark = "acc/bridge.lan"
  netns     = %[1]q
  name      = "hlaccnat6"
  addresses = ["10.97.0.1/24", "fd97::1/64"]
}
resource "hyperlab_nat" "lan" {
  mark        = "acc/nat.lan6"
  netns        = %[1]q
  bridge       = hyperlab_bridge.lan.name
  source_cidr  = "10.97.0.0/24"
  source_cidr6 = "fd97::/64"
  masquerade6  = true
}
`, acctest.TestNetns)
}

// NAT with an IPv6 side: ip6tables MASQUERADE and FORWARD rules tagged with the
// bridge, IPv6 forwarding on and put back as it was by the last NAT network.
func TestAccNatIPv6(t *testing.T) {
	acctest.RequireNetns(t)
	acctest.Sh(t, "sysctl", "-q", "-w", "net.ipv4.ip_forward=0")
	acctest.Sh(t, "sysctl", "-q", "-w", "net.ipv6.conf.all.forwarding=0")
	rules6 := func() string { return acctest.Sh(t, "ip6tables-save") }
	forwarding6 := func() string { return strings.TrimSpace(acctest.Sh(t, "sysctl", "-n", "net.ipv6.conf.all.forwarding")) }
	update := resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
		plancheck.ExpectResourceAction("hyperlab_nat.lan", plancheck.ResourceActionUpdate),
	}}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if strings.Contains(rules6(), "hyperlab:hlaccnat6") {
				return fmt.Errorf("IPv6 rules left: %s", rules6())
			}
			if v := forwarding6(); v != "0" {
				return fmt.Errorf("IPv6 forwarding left at %s", v)
			}
			if _, err := os.Stat(resourceutil.RunStatePath("nat", acctest.TestNetns)); !os.IsNotExist(err) {
				return fmt.Errorf("bookkeeping left behind: %v", err)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: nat6Config(),
				Check: func(*terraform.State) error {
					out := rules6()
					if n := strings.Count(out, "hyperlab:hlaccnat6"); n != 3 {
						return fmt.Errorf("%d IPv6 rules, want 3: %s", n, out)
					}
					if !strings.Contains(out, "-A POSTROUTING -s fd97::/64 ! -d fd97::/64") {
						return fmt.Errorf("no IPv6 MASQUERADE rule: %s", out)
					}
					if v := forwarding6(); v != "1" {
						return fmt.Errorf("IPv6 forwarding is %s", v)
					}
					return nil
				},
			},
			{ResourceName: "hyperlab_nat.lan", ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: acctest.ImportKeepsMarkNull, ImportStateId: acctest.TestNetns + "/hlaccnat6,10.97.0.0/24,fd97::/64"},
			{ // the IPv6 MASQUERADE rule deleted by hand: drift
				PreConfig: func() {
					acctest.Sh(t, "ip6tables", "-t", "nat", "-D", "POSTROUTING", "-s", "fd97::/64", "!", "-d", "fd97::/64",
						"-m", "comment", "--comment", "hyperlab:hlaccnat6 acc/nat.lan6", "-j", "MASQUERADE")
				},
				Config: nat6Config(), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{Config: nat6Config(), ConfigPlanChecks: update},
			{ // an IPv6 FORWARD rule deleted, and IPv6 forwarding turned off: drift, repaired
				PreConfig: func() {
					acctest.Sh(t, "ip6tables", "-D", "FORWARD", "-i", "hlaccnat6", "-m", "comment", "--comment", "hyperlab:hlaccnat6 acc/nat.lan6", "-j", "ACCEPT")
					acctest.Sh(t, "sysctl", "-q", "-w", "net.ipv6.conf.all.forwarding=0")
				},
				Config: nat6Config(), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{
				Config: nat6Config(), ConfigPlanChecks: update,
				Check: func(*terraform.State) error {
					if n := strings.Count(rules6(), "hyperlab:hlaccnat6"); n != 3 || forwarding6() != "1" {
						return fmt.Errorf("not repaired: %d rules, forwarding %s", n, forwarding6())
					}
					return nil
				},
			},
		},
	})
}

func lxc6Config() string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark = "acc/bridge.lan"
  netns     = %[1]q
  name      = "hlacclxc6"
  addresses = ["10.98.0.1/24", "fd98::1/64"]
}
resource "hyperlab_dhcp" "lan" {
  mark = "acc/dhcp.lan6"
  netns       = %[1]q
  bridge      = hyperlab_bridge.lan.name
  range_start = "10.98.0.100"
  range_end   = "10.98.0.199"
  router      = "10.98.0.1"
  ipv6_prefix = "fd98::/64"
}
resource "hyperlab_lxc_container" "ct" {
  mark = "acc/lxc_container.ct"
  netns    = %[1]q
  name     = "hlacc-ct6"
  lxc_path = %[2]q
  template = "busybox"
  nics = [
    { bridge = hyperlab_bridge.lan.name, hwaddr = "52:54:00:00:98:0a", ipv4 = "10.98.0.10/24", gateway = "10.98.0.1",
      ipv6 = "fd98::10/64", gateway6 = "fd98::1" },
  ]
  depends_on = [hyperlab_dhcp.lan]
}
`, acctest.TestNetns, acctest.LxcTestPath)
}

func inLxc6(argv ...string) (string, error) {
	out, err := exec.Command("ip", append([]string{"netns", "exec", acctest.TestNetns, "lxc-attach", "-P", acctest.LxcTestPath, "-n", "hlacc-ct6", "--"}, argv...)...).CombinedOutput()
	return string(out), err
}

// eventually retries check for up to 20 s (duplicate address detection in the
// container, router advertisements).
func eventually(check func() error) error {
	var err error
	for i := 0; i < 40; i++ {
		if err = check(); err == nil {
			return nil
		}
		time.Sleep(500 * time.Millisecond)
	}
	return err
}

// A container with a static IPv6 address and IPv6 default route reaches the
// bridge's IPv6 address; the network's dnsmasq advertises the prefix, so the
// container also makes a SLAAC address from its MAC.
func TestAccLxcIPv6(t *testing.T) {
	acctest.RequireNetns(t)
	dhcp := &dhcp.Model{Netns: types.StringValue(acctest.TestNetns), Bridge: types.StringValue("hlacclxc6")}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			out, _ := exec.Command("ip", "netns", "exec", acctest.TestNetns, "lxc-info", "-P", acctest.LxcTestPath, "-n", "hlacc-ct6", "-s", "-H").CombinedOutput()
			if s := strings.TrimSpace(string(out)); s == "RUNNING" || s == "STOPPED" {
				return fmt.Errorf("container left, %s", s)
			}
			if p, _ := dhcp.RunningPidAny(); p != 0 {
				return fmt.Errorf("dnsmasq %d still runs", p)
			}
			if out, _ := exec.Command("ip", "netns", "exec", acctest.TestNetns, "ip6tables-save").CombinedOutput(); strings.Contains(string(out), "hyperlab-dhcp:hlacclxc6") {
				return fmt.Errorf("ip6tables rules of the server left:\n%s", out)
			}
			return acctest.LinkGone("hlacclxc6")
		},
		Steps: []resource.TestStep{
			{
				Config: lxc6Config(),
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttr("hyperlab_lxc_container.ct", "nics.0.ipv6", "fd98::10/64"),
					resource.TestCheckResourceAttr("hyperlab_lxc_container.ct", "nics.0.gateway6", "fd98::1"),
					func(*terraform.State) error {
						b, err := os.ReadFile(acctest.LxcTestPath + "/hlacc-ct6/config")
						if err != nil || !strings.Contains(string(b), "lxc.net.0.ipv6.address = fd98::10/64\n") ||
							!strings.Contains(string(b), "lxc.net.0.ipv6.gateway = fd98::1\n") {
							return fmt.Errorf("IPv6 lines not in the configuration: %v\n%s", err, b)
						}
						pid, _ := dhcp.RunningPidAny()
						if pid == 0 {
							return fmt.Errorf("dnsmasq is not running")
						}
						cmdline, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
						if !strings.Contains(string(cmdline), "--dhcp-range=fd98::,ra-stateless,64,3600") {
							return fmt.Errorf("dnsmasq argv: %q", cmdline)
						}
						// Router solicitations and DHCPv6 reach the server whatever the INPUT policy.
						rules, err := exec.Command("ip", "netns", "exec", acctest.TestNetns, "ip6tables", "-S", "INPUT").CombinedOutput()
						for _, want := range []string{"-i hlacclxc6 -p ipv6-icmp -m icmp6 --icmpv6-type 133 -m comment --comment \"hyperlab-dhcp:hlacclxc6 acc/dhcp.lan6\" -j ACCEPT",
							"-i hlacclxc6 -p udp -m udp --dport 547 -m comment --comment \"hyperlab-dhcp:hlacclxc6 acc/dhcp.lan6\" -j ACCEPT"} {
							if err != nil || !strings.Contains(string(rules), want) {
								return fmt.Errorf("ip6tables INPUT lacks %q: %v\n%s", want, err, rules)
							}
						}
						return eventually(func() error {
							if out, err := inLxc6("ping", "-6", "-c", "1", "-W", "2", "fd98::1"); err != nil {
								return fmt.Errorf("ping -6 fd98::1 from the container: %v %s", err, out)
							}
							if out, err := inLxc6("ip", "-6", "route", "show", "default"); err != nil || !strings.Contains(out, "via fd98::1") {
								return fmt.Errorf("IPv6 default route: %v %q", err, out)
							}
							// The host reaches the container's static address too.
							if out, err := exec.Command("ip", "netns", "exec", acctest.TestNetns, "ping", "-6", "-c", "1", "-W", "2", "fd98::10").CombinedOutput(); err != nil {
								return fmt.Errorf("ping -6 fd98::10 from the host end: %v %s", err, out)
							}
							// SLAAC from dnsmasq's router advertisements: EUI-64 of 52:54:00:00:98:0a.
							if out, err := inLxc6("ip", "-6", "addr", "show", "eth0"); err != nil || !strings.Contains(out, "fd98::5054:ff:fe00:980a/64") {
								return fmt.Errorf("no SLAAC address: %v %s", err, out)
							}
							return nil
						})
					},
				),
			},
			{ // the NICs read back from the configuration: import gives them back, IPv6 included
				ResourceName: "hyperlab_lxc_container.ct", ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: acctest.ImportKeepsMarkNull,
				ImportStateId: acctest.TestNetns + "/hlacc-ct6:" + acctest.LxcTestPath,
			},
		},
	})
}
