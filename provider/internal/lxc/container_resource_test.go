package lxc_test

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
)

// An unprivileged container (the default) with NICs on two bridges, the default
// route on the first only.
func lxcConfig(memory, cpus int, autostart bool) string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark = "acc/bridge.lan"
  netns     = %[1]q
  name      = "hlacclxc0"
  addresses = ["10.94.0.1/24"]
}
resource "hyperlab_bridge" "back" {
  mark = "acc/bridge.back"
  netns     = %[1]q
  name      = "hlacclxc1"
  addresses = ["10.94.1.1/24"]
}
resource "hyperlab_lxc_container" "ct" {
  mark = "acc/lxc_container.ct"
  netns      = %[1]q
  name       = "hlacc-ct"
  lxc_path   = %[2]q
  template   = "busybox"
  nics = [
    { bridge = hyperlab_bridge.lan.name, hwaddr = "52:54:00:00:94:0a", ipv4 = "10.94.0.10/24", gateway = "10.94.0.1" },
    { bridge = hyperlab_bridge.back.name, hwaddr = "52:54:00:00:94:0b", ipv4 = "10.94.1.10/24" },
  ]
  wait_for   = { address = "10.94.0.10", timeout_seconds = 60 }
  memory_mib = %[3]d
  cpus       = %[4]d
  autostart  = %[5]t
}
`, acctest.TestNetns, acctest.LxcTestPath, memory, cpus, autostart)
}

func inLxc(argv ...string) (string, error) {
	out, err := exec.Command("ip", append([]string{"netns", "exec", acctest.TestNetns, "lxc-attach", "-P", acctest.LxcTestPath, "-n", "hlacc-ct", "--"}, argv...)...).CombinedOutput()
	return string(out), err
}

func lxcState(t *testing.T) string {
	out, _ := exec.Command("ip", "netns", "exec", acctest.TestNetns, "lxc-info", "-P", acctest.LxcTestPath, "-n", "hlacc-ct", "-s", "-H").CombinedOutput()
	return strings.TrimSpace(string(out))
}

func TestAccLxcContainer(t *testing.T) {
	acctest.RequireNetns(t)
	action := func(a plancheck.ResourceActionType) resource.ConfigPlanChecks {
		return resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction("hyperlab_lxc_container.ct", a)}}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if s := lxcState(t); s == "RUNNING" || s == "STOPPED" {
				return fmt.Errorf("container left, %s", s)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: lxcConfig(128, 1, true),
				Check: func(*terraform.State) error {
					if s := lxcState(t); s != "RUNNING" {
						return fmt.Errorf("container is %q", s)
					}
					// It is on both bridges in the test's namespace, with its addresses...
					for nic, addr := range map[string]string{"eth0": "10.94.0.10/24", "eth1": "10.94.1.10/24"} {
						if out, err := inLxc("ip", "addr", "show", nic); err != nil || !strings.Contains(out, addr) {
							return fmt.Errorf("%s: %v %s", nic, err, out)
						}
					}
					// ...reaches the host's end of each...
					for _, host := range []string{"10.94.0.1", "10.94.1.1"} {
						if out, err := inLxc("ping", "-c", "1", "-W", "2", host); err != nil {
							return fmt.Errorf("ping %s from the container: %v %s", host, err, out)
						}
					}
					// ...has exactly one default route, through the first...
					out, err := inLxc("ip", "route", "show", "default")
					if err != nil || strings.Count(out, "default") != 1 || !strings.Contains(out, "via 10.94.0.1") {
						return fmt.Errorf("default routes: %v %q", err, out)
					}
					// ...and its root is not the host's.
					if out, err := inLxc("cat", "/proc/self/uid_map"); err != nil || strings.Fields(out)[1] != "100000" {
						return fmt.Errorf("uid_map: %v %q", err, out)
					}
					return nil
				},
			},
			{ // memory, CPUs and autostart in place, on the running container
				Config: lxcConfig(256, 2, false), ConfigPlanChecks: action(plancheck.ResourceActionUpdate),
				Check: func(*terraform.State) error {
					b, err := os.ReadFile(acctest.LxcTestPath + "/hlacc-ct/config")
					if err != nil || !strings.Contains(string(b), "lxc.cgroup2.cpu.max = 200000 100000\n") {
						return fmt.Errorf("cpu quota not written: %v\n%s", err, b)
					}
					if s := lxcState(t); s != "RUNNING" {
						return fmt.Errorf("container is %q after an in-place update", s)
					}
					return nil
				},
			},
			{ // import gives everything back, the template included: the plan after it is empty
				ResourceName: "hyperlab_lxc_container.ct", ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: acctest.ImportKeepsMarkNull,
				ImportStateId: acctest.TestNetns + "/hlacc-ct:" + acctest.LxcTestPath,
			},
			{ // stopped by hand: drift, started again in place
				PreConfig: func() {
					_ = exec.Command("ip", "netns", "exec", acctest.TestNetns, "lxc-stop", "-P", acctest.LxcTestPath, "-n", "hlacc-ct", "-k").Run()
				},
				Config: lxcConfig(256, 2, false), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{Config: lxcConfig(256, 2, false), ConfigPlanChecks: action(plancheck.ResourceActionUpdate)},
			{ // destroyed by hand: Read drops it quietly, apply makes it again
				PreConfig: func() {
					_ = exec.Command("ip", "netns", "exec", acctest.TestNetns, "lxc-destroy", "-P", acctest.LxcTestPath, "-n", "hlacc-ct", "-f").Run()
				},
				Config: lxcConfig(256, 2, false), ConfigPlanChecks: action(plancheck.ResourceActionCreate),
			},
		},
	})
}

// A container that never becomes ready fails the apply after the timeout, naming
// itself and what was awaited; it is recorded (tainted), so destroy removes it.
func TestAccLxcWaitForTimeout(t *testing.T) {
	acctest.RequireNetns(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			out, _ := exec.Command("ip", "netns", "exec", acctest.TestNetns, "lxc-ls", "-P", acctest.LxcTestPath, "-1").Output()
			if strings.Contains(string(out), "hlacc-wait") {
				return fmt.Errorf("container left: %s", out)
			}
			return nil
		},
		Steps: []resource.TestStep{{
			Config: fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark = "acc/bridge.lan"
  netns     = %[1]q
  name      = "hlacclxcw"
  addresses = ["10.94.5.1/24"]
}
resource "hyperlab_lxc_container" "ct" {
  mark = "acc/lxc_container.ct"
  netns    = %[1]q
  name     = "hlacc-wait"
  lxc_path = %[2]q
  template = "busybox"
  nics     = [{ bridge = hyperlab_bridge.lan.name, hwaddr = "52:54:00:00:94:5a", ipv4 = "10.94.5.10/24" }]
  # Nothing listens on the discard port in a busybox container.
  wait_for = { address = "10.94.5.10", tcp_port = 9, timeout_seconds = 3 }
}
`, acctest.TestNetns, acctest.LxcTestPath),
			ExpectError: regexp.MustCompile(`guest hlacc-wait was not ready after 3s: waited for \[TCP\s+10\.94\.5\.10:9\s+to\s+accept\s+a\s+connection\]`),
		}},
	})
}
