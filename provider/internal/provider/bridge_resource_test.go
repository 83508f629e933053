package provider

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
)

func bridgeConfig(mtu int, address string) string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  netns     = %q
  name      = "hlaccbr0"
  mtu       = %d
  addresses = [%q]
}
`, testNetns, mtu, address)
}

func TestAccBridge(t *testing.T) {
	requireNetns(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: protoV6Providers,
		CheckDestroy:             func(*terraform.State) error { return linkGone("hlaccbr0") },
		Steps: []resource.TestStep{
			{ // create; the framework then checks that a second plan is empty
				Config: bridgeConfig(1400, "10.91.0.1/24"),
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttr("hyperlab_bridge.lan", "id", testNetns+"/hlaccbr0"),
					func(*terraform.State) error {
						out := sh(t, "ip", "-o", "addr", "show", "dev", "hlaccbr0")
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
				ResourceName: "hyperlab_bridge.lan", ImportState: true, ImportStateVerify: true,
				ImportStateId: testNetns + "/hlaccbr0",
			},
			{ // drift: MTU changed and address removed by hand show in plan
				PreConfig: func() {
					sh(t, "ip", "link", "set", "dev", "hlaccbr0", "mtu", "1280")
					sh(t, "ip", "addr", "flush", "dev", "hlaccbr0")
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
				PreConfig: func() { sh(t, "ip", "link", "delete", "dev", "hlaccbr0") },
				Config:    bridgeConfig(1300, "10.91.1.1/24"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_bridge.lan", plancheck.ResourceActionCreate),
				}},
			},
		},
	})
}
