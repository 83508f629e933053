package provider

import (
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
  netns        = %[1]q
  bridge       = hyperlab_bridge.lan.name
  range_start  = "10.93.0.100"
  range_end    = %[2]q
  router       = "10.93.0.1"
  nameservers  = ["10.93.0.1", "192.0.2.53"]
  domain_search = ["lab.example"]
  reservations = [%[3]s]
}
`, testNetns, rangeEnd, strings.Join(reservations, ", "))
}

const reservationA = `{ mac = "52:54:00:00:93:0a", address = "10.93.0.10", hostname = "a" }`

// b has no fixed address and no default route through this bridge (the NIC of a guest whose route is elsewhere).
const reservationB = `{ mac = "52:54:00:00:93:0b", hostname = "b", default_route = false }`

func TestAccDhcp(t *testing.T) {
	requireNetns(t)
	m := &dhcpModel{Netns: types.StringValue(testNetns), Bridge: types.StringValue("hlaccdhcp0")}
	pid := func() int { p, _ := m.runningPidAny(); return p }
	var firstPid int
	update := resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
		plancheck.ExpectResourceAction("hyperlab_dhcp.lan", plancheck.ResourceActionUpdate),
	}}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if _, err := os.Stat(m.pidFile()); !os.IsNotExist(err) {
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
			{ResourceName: "hyperlab_dhcp.lan", ImportState: true, ImportStateVerify: true, ImportStateId: testNetns + "/hlaccdhcp0"},
			{ // killed by hand: drift, restarted by apply
				PreConfig: func() { _ = syscall.Kill(pid(), syscall.SIGKILL) },
				Config:    dhcpConfig("10.93.0.150", reservationA, reservationB), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{Config: dhcpConfig("10.93.0.150", reservationA, reservationB), ConfigPlanChecks: update},
			{ // server and its files removed by hand: Read drops it quietly, apply starts it again
				PreConfig: func() {
					_ = syscall.Kill(pid(), syscall.SIGKILL)
					os.RemoveAll(m.pidFile())
					os.RemoveAll(m.hostsDir())
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
	requireNetns(t)
	const client = "hlaccdhcpc"
	config := fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark = "acc/bridge.lan"
  netns     = %[1]q
  name      = "hlaccdhcp1"
  addresses = ["10.96.0.1/24"]
}
resource "hyperlab_dhcp" "lan" {
  netns         = %[1]q
  bridge        = hyperlab_bridge.lan.name
  range_start   = "10.96.0.100"
  range_end     = "10.96.0.199"
  router        = "10.96.0.1"
  nameservers   = ["10.96.0.1", "192.0.2.53"]
  domain_search = ["lab.example"]
  reservations  = [{ mac = "52:54:00:00:96:0b", hostname = "second", default_route = false }]
}
`, testNetns)
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
		ProtoV6ProviderFactories: protoV6Providers,
		Steps: []resource.TestStep{{
			Config: config,
			Check: func(*terraform.State) error {
				_ = exec.Command("ip", "netns", "delete", client).Run()
				for _, argv := range [][]string{
					{"ip", "netns", "add", client},
					{"ip", "-n", testNetns, "link", "add", "hlaccdhcpv", "type", "veth", "peer", "name", "eth0", "netns", client},
					{"ip", "-n", testNetns, "link", "set", "hlaccdhcpv", "master", "hlaccdhcp1", "up"},
					{"ip", "-n", client, "link", "set", "eth0", "up"},
				} {
					if out, err := exec.Command(argv[0], argv[1:]...).CombinedOutput(); err != nil {
						return fmt.Errorf("%v: %v %s", argv, err, out)
					}
				}
				defer func() { _ = exec.Command("ip", "-n", testNetns, "link", "delete", "hlaccdhcpv").Run() }()
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
