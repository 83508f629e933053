package network_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
)

func tapConfig(bridge string, mtu int) string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "a" {
  mark = "acc/bridge.a"
  netns = %[1]q
  name  = "hlacctapbr0"
}
resource "hyperlab_bridge" "b" {
  mark = "acc/bridge.b"
  netns = %[1]q
  name  = "hlacctapbr1"
}
resource "hyperlab_tap" "t" {
  mark = "acc/tap.t"
  netns       = %[1]q
  name        = "hlacctap0"
  bridge      = hyperlab_bridge.%[2]s.name
  owner       = "nobody"
  group       = "nogroup"
  multi_queue = true
  mtu         = %[3]d
}
`, acctest.TestNetns, bridge, mtu)
}

func TestAccTap(t *testing.T) {
	acctest.RequireNetns(t)
	update := func(addr string) resource.ConfigPlanChecks {
		return resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(addr, plancheck.ResourceActionUpdate)}}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy:             func(*terraform.State) error { return acctest.LinkGone("hlacctap0") },
		Steps: []resource.TestStep{
			{
				Config: tapConfig("a", 1400),
				Check: func(*terraform.State) error {
					out := acctest.Sh(t, "ip", "-d", "link", "show", "dev", "hlacctap0")
					for _, want := range []string{"master hlacctapbr0", "mtu 1400", "multi_queue", "user nobody"} {
						if !strings.Contains(out, want) {
							return fmt.Errorf("%q not in %s", want, out)
						}
					}
					return nil
				},
			},
			{Config: tapConfig("b", 1300), ConfigPlanChecks: update("hyperlab_tap.t")}, // moves bridge, MTU in place
			{ResourceName: "hyperlab_tap.t", ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: acctest.ImportKeepsMarkNull, ImportStateId: acctest.TestNetns + "/hlacctap0"},
			{ // detached by hand: drift, repaired in place
				PreConfig: func() { acctest.Sh(t, "ip", "link", "set", "dev", "hlacctap0", "nomaster") },
				Config:    tapConfig("b", 1300), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{Config: tapConfig("b", 1300), ConfigPlanChecks: update("hyperlab_tap.t")},
			{ // deleted by hand: made again
				PreConfig: func() { acctest.Sh(t, "ip", "link", "delete", "dev", "hlacctap0") },
				Config:    tapConfig("b", 1300),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_tap.t", plancheck.ResourceActionCreate),
				}},
			},
		},
	})
}
