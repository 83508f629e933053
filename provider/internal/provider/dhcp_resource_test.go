package provider

import (
	"fmt"
	"os"
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
