package dhcp_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/dhcp"
)

func dhcpConfig(rangeEnd string, reservations ...string) string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark = "acc/bridge.lan"
  netns     = %[1]q
  name      = "hlaccdhcp0"
  addresses = ["10.93.0.1/24"]
}
resource "hyperlab_dhcp" "lan" {
  mark = "acc/dhcp.lan"
  netns        = %[1]q
  bridge       = hyperlab_bridge.lan.name
  range_start  = "10.93.0.100"
  range_end    = %[2]q
  router       = "10.93.0.1"
  nameservers  = ["10.93.0.1", "192.0.2.53"]
  domain_search = ["lab.example"]
  reservations = [%[3]s]
}
`, acctest.TestNetns, rangeEnd, strings.Join(reservations, ", "))
}

const reservationA = `{ mac = "52:54:00:00:93:0a", address = "10.93.0.10", hostname = "a" }`

// b has no fixed address and no default route through this bridge (the NIC of a guest whose route is elsewhere).
const reservationB = `{ mac = "52:54:00:00:93:0b", hostname = "b", default_route = false }`

func TestAccDhcp(t *testing.T) {
	acctest.RequireNetns(t)
	m := &dhcp.Model{Netns: types.StringValue(acctest.TestNetns), Bridge: types.StringValue("hlaccdhcp0")}
	pid := func() int { p, _ := m.RunningPidAny(); return p }
	var firstPid int
	update := resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
		plancheck.ExpectResourceAction("hyperlab_dhcp.lan", plancheck.ResourceActionUpdate),
	}}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if _, err := os.Stat(m.PidFile()); !os.IsNotExist(err) {
				return fmt.Errorf("pid file left: %v", err)
			}
			if p := pid(); p != 0 {
				return fmt.Errorf("dnsmasq %d still runs", p)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: dhcpConfig("10.93.0.199", reservationA),
				Check: func(*terraform.State) error {
					if firstPid = pid(); firstPid == 0 {
						return fmt.Errorf("dnsmasq is not running")
					}
					return nil
				},
			},
			{ // a reservation added: in place, same server (no restart)
				Config: dhcpConfig("10.93.0.199", reservationA, reservationB), ConfigPlanChecks: update,
				Check: func(*terraform.State) error {
					if p := pid(); p != firstPid {
						return fmt.Errorf("dnsmasq restarted for a reservation: %d -> %d", firstPid, p)
					}
					return nil
				},
			},
			{ // the range changed: in place, by a restart with the new arguments
				Config: dhcpConfig("10.93.0.150", reservationA, reservationB), ConfigPlanChecks: update,
				Check: func(*terraform.State) error {
					if p := pid(); p == 0 || p == firstPid {
						return fmt.Errorf("dnsmasq not restarted: %d", p)
					}
					return nil
				},
			},
			{ResourceName: "hyperlab_dhcp.lan", ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: acctest.ImportKeepsMarkNull, ImportStateId: acctest.TestNetns + "/hlaccdhcp0"},
			{ // killed by hand: drift, restarted by apply
				PreConfig: func() { _ = syscall.Kill(pid(), syscall.SIGKILL) },
				Config:    dhcpConfig("10.93.0.150", reservationA, reservationB), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{Config: dhcpConfig("10.93.0.150", reservationA, reservationB), ConfigPlanChecks: update},
			{ // server and its files removed by hand: Read drops it quietly, apply starts it again
				PreConfig: func() {
					_ = syscall.Kill(pid(), syscall.SIGKILL)
					os.RemoveAll(m.PidFile())
					os.RemoveAll(m.HostsDir())
				},
				Config: dhcpConfig("10.93.0.150", reservationA, reservationB),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_dhcp.lan", plancheck.ResourceActionCreate),
				}},
			},
		},
	})
}

// What a real DHCP client (busybox udhcpc, in a namespace of its own on a veth to
// the bridge) is told: the nameservers and search domain, and the router unless
// its reservation says default_route = false. Clients ask for the search domain
// (option 119) as systemd-networkd and dhclient do; udhcpc only when told to (-O).
func TestAccDhcpWhatClientsGet(t *testing.T) {
	acctest.RequireNetns(t)
	const client = "hlaccdhcpc"
	config := fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark = "acc/bridge.lan"
  netns     = %[1]q
  name      = "hlaccdhcp1"
  addresses = ["10.96.0.1/24"]
}
resource "hyperlab_dhcp" "lan" {
  mark = "acc/dhcp.lan"
  netns         = %[1]q
  bridge        = hyperlab_bridge.lan.name
  range_start   = "10.96.0.100"
  range_end     = "10.96.0.199"
  router        = "10.96.0.1"
  nameservers   = ["10.96.0.1", "192.0.2.53"]
  domain_search = ["lab.example"]
  reservations  = [{ mac = "52:54:00:00:96:0b", hostname = "second", default_route = false }]
}
`, acctest.TestNetns)
	script := t.TempDir() + "/udhcpc.sh"
	if err := os.WriteFile(script, []byte("#!/bin/sh\n[ \"$1\" = bound ] && env | grep -E '^(ip|router|dns|search)=' | sort\nexit 0\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	ask := func(mac string) string {
		if out, err := exec.Command("ip", "-n", client, "link", "set", "eth0", "address", mac).CombinedOutput(); err != nil {
			t.Fatalf("%v %s", err, out)
		}
		out, err := exec.Command("timeout", "20", "ip", "netns", "exec", client, "busybox", "udhcpc", "-i", "eth0", "-n", "-q", "-f", "-O", "search", "-s", script).CombinedOutput()
		if err != nil {
			t.Fatalf("udhcpc: %v %s", err, out)
		}
		return string(out)
	}
	defer func() { _ = exec.Command("ip", "netns", "delete", client).Run() }()
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{{
			Config: config,
			Check: func(*terraform.State) error {
				_ = exec.Command("ip", "netns", "delete", client).Run()
				for _, argv := range [][]string{
					{"ip", "netns", "add", client},
					{"ip", "-n", acctest.TestNetns, "link", "add", "hlaccdhcpv", "type", "veth", "peer", "name", "eth0", "netns", client},
					{"ip", "-n", acctest.TestNetns, "link", "set", "hlaccdhcpv", "master", "hlaccdhcp1", "up"},
					{"ip", "-n", client, "link", "set", "eth0", "up"},
				} {
					if out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput(); err != nil {
						return fmt.Errorf("%v: %v %s", argv, err, out)
					}
				}
				defer func() { _ = exec.Command("ip", "-n", acctest.TestNetns, "link", "delete", "hlaccdhcpv").Run() }()
				first := ask("52:54:00:00:96:0a")
				for _, want := range []string{"router=10.96.0.1", "dns=10.96.0.1 192.0.2.53", "search=lab.example"} {
					if !strings.Contains(first, want) {
						return fmt.Errorf("a client without a reservation was not told %q:\n%s", want, first)
					}
				}
				second := ask("52:54:00:00:96:0b")
				if strings.Contains(second, "router=") || !strings.Contains(second, "dns=10.96.0.1 192.0.2.53") {
					return fmt.Errorf("the no-route reservation's client was told:\n%s", second)
				}
				return nil
			},
		}},
	})
}

func dhcpMarkedConfig(mark string) string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark      = "acc/bridge.dhcpmark"
  netns     = %[1]q
  name      = "hlaccdhcp2"
  addresses = ["10.94.0.1/24"]
}
resource "hyperlab_dhcp" "lan" {
  mark        = %[2]q
  netns       = %[1]q
  bridge      = hyperlab_bridge.lan.name
  range_start = "10.94.0.100"
  range_end   = "10.94.0.199"
  router      = "10.94.0.1"
}
`, acctest.TestNetns, mark)
}

// The bridge's server is this resource's only with its mark: a server kept under
// another mark shows as drift and is refused, never stopped; a new mark is taken in place.
func TestAccDhcpMarks(t *testing.T) {
	acctest.RequireNetns(t)
	m := &dhcp.Model{Netns: types.StringValue(acctest.TestNetns), Bridge: types.StringValue("hlaccdhcp2")}
	// A failed step leaves the server under a mark destroy does not take: the test
	// stops the server it started (by its pid file) and removes its files itself.
	cleanup := func() {
		if pid, _ := m.RunningPidAny(); pid != 0 {
			if err := dhcp.Stop(context.Background(), pid); err != nil {
				t.Log(err)
			}
		}
		for _, p := range []string{m.PidFile(), m.HostsDir(), m.MarkFile()} {
			_ = os.RemoveAll(p)
		}
	}
	cleanup()
	t.Cleanup(cleanup)
	markIs := func(want string) resource.TestCheckFunc {
		return func(*terraform.State) error {
			if found, err := m.MarkFound(); err != nil || found != want {
				return fmt.Errorf("mark file holds %q (%v), not %q", found, err, want)
			}
			return nil
		}
	}
	var pid int
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{
			{Config: dhcpMarkedConfig("acc/dhcp.first"), Check: resource.ComposeTestCheckFunc(markIs("acc/dhcp.first"), func(*terraform.State) error {
				pid, _ = m.RunningPidAny()
				if pid == 0 {
					return fmt.Errorf("dnsmasq does not run")
				}
				return nil
			})},
			{Config: dhcpMarkedConfig("acc/dhcp.second"), Check: markIs("acc/dhcp.second"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_dhcp.lan", plancheck.ResourceActionUpdate),
				}}},
			{ // the server now carries another stack's mark: refused, and it keeps running
				PreConfig:   func() { _ = os.WriteFile(m.MarkFile(), []byte("other/stack\n"), 0o644) },
				Config:      dhcpMarkedConfig("acc/dhcp.second"),
				ExpectError: acctest.Wrapped(`carries the owner mark "other/stack", not this resource's "acc/dhcp.second"`),
			},
			{
				Config: dhcpMarkedConfig("acc/dhcp.second"), PlanOnly: true, ExpectNonEmptyPlan: true,
				Check: func(*terraform.State) error {
					if p, _ := m.RunningPidAny(); p != pid {
						return fmt.Errorf("the server was stopped or replaced: pid %d, was %d", p, pid)
					}
					return nil
				},
			},
			{ // its own mark back: converges again
				PreConfig: func() { _ = os.WriteFile(m.MarkFile(), []byte("acc/dhcp.second\n"), 0o644) },
				Config:    dhcpMarkedConfig("acc/dhcp.second"), Check: markIs("acc/dhcp.second"),
			},
		},
	})
}
