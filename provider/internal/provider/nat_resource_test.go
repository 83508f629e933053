package provider

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
)

func natConfig() string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark = "acc/bridge.lan"
  netns     = %[1]q
  name      = "hlaccnat0"
  addresses = ["10.92.0.1/24"]
}
resource "hyperlab_nat" "lan" {
  netns       = %[1]q
  bridge      = hyperlab_bridge.lan.name
  source_cidr = "10.92.0.0/24"
}
`, testNetns)
}

func TestAccNat(t *testing.T) {
	requireNetns(t)
	sh(t, "sysctl", "-q", "-w", "net.ipv4.ip_forward=0")
	rules := func() string { return sh(t, "iptables-save") }
	update := resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
		plancheck.ExpectResourceAction("hyperlab_nat.lan", plancheck.ResourceActionUpdate),
	}}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			// Destroy leaves no rule of its own, forwarding as it found it, and no bookkeeping.
			if strings.Contains(rules(), "hyperlab:hlaccnat0") {
				return fmt.Errorf("rules left: %s", rules())
			}
			if v := strings.TrimSpace(sh(t, "sysctl", "-n", "net.ipv4.ip_forward")); v != "0" {
				return fmt.Errorf("ip_forward left at %s", v)
			}
			if _, err := os.Stat(runStatePath("nat", testNetns)); !os.IsNotExist(err) {
				return fmt.Errorf("bookkeeping left behind: %v", err)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: natConfig(),
				Check: func(*terraform.State) error {
					if n := strings.Count(rules(), "hyperlab:hlaccnat0"); n != 3 {
						return fmt.Errorf("%d rules, want 3: %s", n, rules())
					}
					return nil
				},
			},
			{ResourceName: "hyperlab_nat.lan", ImportState: true, ImportStateVerify: true, ImportStateId: testNetns + "/hlaccnat0,10.92.0.0/24"},
			{ // MASQUERADE rule deleted and forwarding turned off by hand: drift
				PreConfig: func() {
					sh(t, "iptables", "-t", "nat", "-D", "POSTROUTING", "-s", "10.92.0.0/24", "!", "-d", "10.92.0.0/24",
						"-m", "comment", "--comment", "hyperlab:hlaccnat0", "-j", "MASQUERADE")
					sh(t, "sysctl", "-q", "-w", "net.ipv4.ip_forward=0")
				},
				Config: natConfig(), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{Config: natConfig(), ConfigPlanChecks: update},
			{ // all its rules flushed and bookkeeping lost (a reboot): gone, made again
				PreConfig: func() {
					sh(t, "iptables", "-t", "nat", "-F", "POSTROUTING")
					sh(t, "iptables", "-F", "FORWARD")
					os.RemoveAll(runStatePath("nat", testNetns))
					sh(t, "sysctl", "-q", "-w", "net.ipv4.ip_forward=0")
				},
				Config: natConfig(),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_nat.lan", plancheck.ResourceActionCreate),
				}},
			},
		},
	})
}
