package provider

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
)

const lxcTestPath = "/var/lib/hyperlab/acc-lxc"

func lxcConfig(memory int, autostart bool) string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  netns     = %[1]q
  name      = "hlacclxc0"
  addresses = ["10.94.0.1/24"]
}
resource "hyperlab_lxc_container" "ct" {
  netns      = %[1]q
  name       = "hlacc-ct"
  lxc_path   = %[2]q
  template   = "busybox"
  nics       = [{ bridge = hyperlab_bridge.lan.name, hwaddr = "52:54:00:00:94:0a", ipv4 = "10.94.0.10/24", gateway = "10.94.0.1" }]
  memory_mib = %[3]d
  cpus       = 1
  autostart  = %[4]t
}
`, testNetns, lxcTestPath, memory, autostart)
}

func lxcState(t *testing.T) string {
	out, _ := exec.Command("ip", "netns", "exec", testNetns, "lxc-info", "-P", lxcTestPath, "-n", "hlacc-ct", "-s", "-H").CombinedOutput()
	return strings.TrimSpace(string(out))
}

func TestAccLxcContainer(t *testing.T) {
	requireNetns(t)
	action := func(a plancheck.ResourceActionType) resource.ConfigPlanChecks {
		return resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction("hyperlab_lxc_container.ct", a)}}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if s := lxcState(t); s == "RUNNING" || s == "STOPPED" {
				return fmt.Errorf("container left, %s", s)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: lxcConfig(128, true),
				Check: func(*terraform.State) error {
					if s := lxcState(t); s != "RUNNING" {
						return fmt.Errorf("container is %q", s)
					}
					// It is on the bridge in the test's namespace, with its address.
					out, err := exec.Command("ip", "netns", "exec", testNetns, "lxc-attach", "-P", lxcTestPath, "-n", "hlacc-ct", "--", "ip", "addr", "show", "eth0").CombinedOutput()
					if err != nil || !strings.Contains(string(out), "10.94.0.10/24") {
						return fmt.Errorf("eth0: %v %s", err, out)
					}
					// ...and reaches the host's end of the bridge.
					out, err = exec.Command("ip", "netns", "exec", testNetns, "lxc-attach", "-P", lxcTestPath, "-n", "hlacc-ct", "--",
						"ping", "-c", "1", "-W", "2", "10.94.0.1").CombinedOutput()
					if err != nil {
						return fmt.Errorf("ping from the container: %v %s", err, out)
					}
					return nil
				},
			},
			{Config: lxcConfig(256, false), ConfigPlanChecks: action(plancheck.ResourceActionUpdate)}, // memory, autostart in place
			{
				ResourceName: "hyperlab_lxc_container.ct", ImportState: true, ImportStateVerify: true,
				ImportStateId: testNetns + "/hlacc-ct:" + lxcTestPath, ImportStateVerifyIgnore: []string{"template"},
			},
			{ // stopped by hand: drift, started again in place
				PreConfig: func() {
					_ = exec.Command("ip", "netns", "exec", testNetns, "lxc-stop", "-P", lxcTestPath, "-n", "hlacc-ct", "-k").Run()
				},
				Config: lxcConfig(256, false), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{Config: lxcConfig(256, false), ConfigPlanChecks: action(plancheck.ResourceActionUpdate)},
			{ // destroyed by hand: Read drops it quietly, apply makes it again
				PreConfig: func() {
					_ = exec.Command("ip", "netns", "exec", testNetns, "lxc-destroy", "-P", lxcTestPath, "-n", "hlacc-ct", "-f").Run()
				},
				Config: lxcConfig(256, false), ConfigPlanChecks: action(plancheck.ResourceActionCreate),
			},
		},
	})
}
