package network_test

import (
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
)

func bridgeConfig(mtu int, address string) string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark = "acc/bridge.lan"
  netns     = %q
  name      = "hlaccbr0"
  mtu       = %d
  addresses = [%q]
}
`, acctest.TestNetns, mtu, address)
}

func TestAccBridge(t *testing.T) {
	acctest.RequireNetns(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy:             func(*terraform.State) error { return acctest.LinkGone("hlaccbr0") },
		Steps: []resource.TestStep{
			{ // create; the framework then checks that a second plan is empty
				Config: bridgeConfig(1400, "10.91.0.1/24"),
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttr("hyperlab_bridge.lan", "id", acctest.TestNetns+"/hlaccbr0"),
					func(*terraform.State) error {
						out := acctest.Sh(t, "ip", "-o", "addr", "show", "dev", "hlaccbr0")
						if !strings.Contains(out, "10.91.0.1/24") {
							return fmt.Errorf("address not on the bridge: %s", out)
						}
						return nil
					},
				),
			},
			{ // MTU and address change in place
				Config: bridgeConfig(1300, "10.91.1.1/24"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_bridge.lan", plancheck.ResourceActionUpdate),
				}},
				Check: resource.TestCheckResourceAttr("hyperlab_bridge.lan", "mtu", "1300"),
			},
			{ // import by NETNS/NAME
				ResourceName: "hyperlab_bridge.lan", ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: acctest.ImportKeepsMarkNull,
				ImportStateId: acctest.TestNetns + "/hlaccbr0", ImportStateCheck: acctest.ImportedMark("mark", "acc/bridge.lan"),
			},
			{ // drift: MTU changed and address removed by hand show in plan
				PreConfig: func() {
					acctest.Sh(t, "ip", "link", "set", "dev", "hlaccbr0", "mtu", "1280")
					acctest.Sh(t, "ip", "addr", "flush", "dev", "hlaccbr0")
				},
				Config: bridgeConfig(1300, "10.91.1.1/24"), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{ // ...and apply repairs it in place
				Config: bridgeConfig(1300, "10.91.1.1/24"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_bridge.lan", plancheck.ResourceActionUpdate),
				}},
			},
			{ // deleted out of band: Read drops it quietly and apply makes it again
				PreConfig: func() { acctest.Sh(t, "ip", "link", "delete", "dev", "hlaccbr0") },
				Config:    bridgeConfig(1300, "10.91.1.1/24"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_bridge.lan", plancheck.ResourceActionCreate),
				}},
			},
		},
	})
}

// An uplink (here one end of a veth pair: this kernel has no dummy links)
// with addresses of its own is refused (enslaving it would cut the host
// off on them); the same uplink without addresses is enslaved.
func TestAccBridgeUplinkWithAddresses(t *testing.T) {
	acctest.RequireNetns(t)
	config := fmt.Sprintf(`
resource "hyperlab_bridge" "up" {
  mark = "acc/bridge.up"
  netns  = %q
  name   = "hlaccbrup0"
  uplink = "hlaccdummy0"
}
`, acctest.TestNetns)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			_, _ = exec.Command("ip", "-n", acctest.TestNetns, "link", "delete", "hlaccdummy0").CombinedOutput()
			return acctest.LinkGone("hlaccbrup0")
		},
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					acctest.Sh(t, "ip", "link", "add", "hlaccdummy0", "type", "veth", "peer", "name", "hlaccdummy1")
					acctest.Sh(t, "ip", "addr", "add", "192.0.2.5/24", "dev", "hlaccdummy0")
				},
				Config:      config,
				ExpectError: regexp.MustCompile(`uplink hlaccdummy0 carries addresses 192\.0\.2\.5/24`),
			},
			{
				PreConfig: func() {
					// The refused apply left the bridge made but the uplink free: the
					// operator moves the address, and the next apply enslaves it.
					acctest.Sh(t, "ip", "addr", "flush", "dev", "hlaccdummy0")
				},
				Config: config,
				Check: func(*terraform.State) error {
					if out := acctest.Sh(t, "ip", "-o", "link", "show", "hlaccdummy0"); !strings.Contains(out, "master hlaccbrup0") {
						return fmt.Errorf("uplink not enslaved: %s", out)
					}
					return nil
				},
			},
		},
	})
}

// HCL written against the provider directly gets the checks the constructs make:
// a value that would start a new line of an LXC configuration is refused at plan.
func TestAccHostInputsRefusedAtPlan(t *testing.T) {
	acctest.RequireNetns(t)
	cases := map[string]string{
		"bridge newline": `nics = [{ bridge = "x\nlxc.mount.entry = /etc etc none bind 0 0", hwaddr = "52:54:00:00:95:0a" }]`,
		"gateway line":   `nics = [{ bridge = "hlbr0", hwaddr = "52:54:00:00:95:0a", ipv4 = "10.95.0.10/24", gateway = "10.95.0.1\nlxc.idmap = u 0 0 1" }]`,
		"cpus range":     `cpus = 0`,
		"template dash":  `template = "-h"`,
		"lxc_path alias": `lxc_path = "/var/lib/lxc/"`,
	}
	for name, attr := range cases {
		t.Run(name, func(t *testing.T) {
			template := `template = "busybox"`
			if strings.HasPrefix(attr, "template") {
				template = ""
			}
			config := fmt.Sprintf(`
resource "hyperlab_lxc_container" "ct" {
  mark = "acc/lxc_container.ct"
  netns = %q
  name  = "hlacc-bad"
  %s
  %s
}
`, acctest.TestNetns, template, attr)
			resource.Test(t, resource.TestCase{
				ProtoV6ProviderFactories: acctest.ProtoV6Providers,
				Steps:                    []resource.TestStep{{Config: config, PlanOnly: true, ExpectError: regexp.MustCompile(`Invalid value`)}},
			})
		})
	}
}
