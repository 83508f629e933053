package nat_test

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
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
  mark       = "acc/nat.lan"
  netns       = %[1]q
  bridge      = hyperlab_bridge.lan.name
  source_cidr = "10.92.0.0/24"
}
`, acctest.TestNetns)
}

func TestAccNat(t *testing.T) {
	acctest.RequireNetns(t)
	acctest.Sh(t, "sysctl", "-q", "-w", "net.ipv4.ip_forward=0")
	rules := func() string { return acctest.Sh(t, "iptables-save") }
	update := resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
		plancheck.ExpectResourceAction("hyperlab_nat.lan", plancheck.ResourceActionUpdate),
	}}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			// Destroy leaves no rule of its own, forwarding as it found it, and no bookkeeping.
			if strings.Contains(rules(), "hyperlab:hlaccnat0") {
				return fmt.Errorf("rules left: %s", rules())
			}
			if v := strings.TrimSpace(acctest.Sh(t, "sysctl", "-n", "net.ipv4.ip_forward")); v != "0" {
				return fmt.Errorf("ip_forward left at %s", v)
			}
			if _, err := os.Stat(resourceutil.RunStatePath("nat", acctest.TestNetns)); !os.IsNotExist(err) {
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
			{ResourceName: "hyperlab_nat.lan", ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: acctest.ImportKeepsMarkNull, ImportStateId: acctest.TestNetns + "/hlaccnat0,10.92.0.0/24",
				ImportStateCheck: acctest.ImportedMark("mark", "acc/nat.lan")},
			{ // MASQUERADE rule deleted and forwarding turned off by hand: drift
				PreConfig: func() {
					acctest.Sh(t, "iptables", "-t", "nat", "-D", "POSTROUTING", "-s", "10.92.0.0/24", "!", "-d", "10.92.0.0/24",
						"-m", "comment", "--comment", "hyperlab:hlaccnat0 acc/nat.lan", "-j", "MASQUERADE")
					acctest.Sh(t, "sysctl", "-q", "-w", "net.ipv4.ip_forward=0")
				},
				Config: natConfig(), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{Config: natConfig(), ConfigPlanChecks: update},
			{ // all its rules flushed and bookkeeping lost (a reboot): gone, made again
				PreConfig: func() {
					acctest.Sh(t, "iptables", "-t", "nat", "-F", "POSTROUTING")
					acctest.Sh(t, "iptables", "-F", "FORWARD")
					os.RemoveAll(resourceutil.RunStatePath("nat", acctest.TestNetns))
					acctest.Sh(t, "sysctl", "-q", "-w", "net.ipv4.ip_forward=0")
				},
				Config: natConfig(),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_nat.lan", plancheck.ResourceActionCreate),
				}},
			},
		},
	})
}

func natMarkedConfig(mark string) string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark      = "acc/bridge.marked"
  netns     = %[1]q
  name      = "hlaccnat1"
  addresses = ["10.93.0.1/24"]
}
resource "hyperlab_nat" "lan" {
  mark        = %[2]q
  netns       = %[1]q
  bridge      = hyperlab_bridge.lan.name
  source_cidr = "10.93.0.0/24"
}
`, acctest.TestNetns, mark)
}

// NAT rules are this resource's only with its mark: rules for the same bridge with
// another mark, or none, are refused and left alone; a new mark rewrites its own.
func TestAccNatMarks(t *testing.T) {
	acctest.RequireNetns(t)
	foreign := []string{"-s", "10.93.0.0/24", "!", "-d", "10.93.0.0/24", "-m", "comment", "--comment", "hyperlab:hlaccnat1 other/stack", "-j", "MASQUERADE"}
	t.Cleanup(func() {
		_ = exec.Command("ip", append([]string{"netns", "exec", acctest.TestNetns, "iptables", "-t", "nat", "-D", "POSTROUTING"}, foreign...)...).Run()
		acctest.NatForgetBridge("hlaccnat1")
	})
	has := func(comment string) bool { return strings.Contains(acctest.Sh(t, "iptables-save"), `"`+comment+`"`) }
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{
			{Config: natMarkedConfig("acc/nat.first"), Check: func(*terraform.State) error {
				if !has("hyperlab:hlaccnat1 acc/nat.first") {
					return fmt.Errorf("no rule with the mark: %s", acctest.Sh(t, "iptables-save"))
				}
				return nil
			}},
			{ // a new mark: the rules under the old one are rewritten, in place
				Config: natMarkedConfig("acc/nat.second"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_nat.lan", plancheck.ResourceActionUpdate),
				}},
				Check: func(*terraform.State) error {
					if has("hyperlab:hlaccnat1 acc/nat.first") || !has("hyperlab:hlaccnat1 acc/nat.second") {
						return fmt.Errorf("the old mark's rules stayed or the new ones are missing: %s", acctest.Sh(t, "iptables-save"))
					}
					return nil
				},
			},
			{ // another stack's rule for the bridge appears: this resource refuses to converge over it
				PreConfig: func() {
					acctest.Sh(t, append([]string{"iptables", "-t", "nat", "-A", "POSTROUTING"}, foreign...)...)
					acctest.Sh(t, "iptables", "-t", "nat", "-D", "POSTROUTING", "-s", "10.93.0.0/24", "!", "-d", "10.93.0.0/24",
						"-m", "comment", "--comment", "hyperlab:hlaccnat1 acc/nat.second", "-j", "MASQUERADE")
				},
				Config:      natMarkedConfig("acc/nat.second"),
				ExpectError: acctest.Wrapped(`bridge hlaccnat1 in network namespace ` + acctest.TestNetns + ` carries the owner mark "other/stack"`),
			},
			{ // destroyed, it leaves the other stack's rule where it was, and forwarding, which the rule may need
				Config: natMarkedConfig("acc/nat.second"), Destroy: true,
				Check: func(*terraform.State) error {
					if !has("hyperlab:hlaccnat1 other/stack") {
						return fmt.Errorf("the other stack's rule was removed: %s", acctest.Sh(t, "iptables-save"))
					}
					return nil
				},
			},
		},
	})
}
