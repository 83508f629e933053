package kvm_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
)

func kvmTitleConfig(title string) string {
	attr := ""
	if title != "-" {
		attr = fmt.Sprintf("title = %q", title)
	}
	return fmt.Sprintf(`
resource "hyperlab_kvm_domain" "vm" {
  name       = "hlacc-title"
  owner      = "acc/title"
  type       = "qemu"
  memory_mib = 32
  running    = false
  %s
}
`, attr)
}

// titleOnHost is the title in the domain's persistent definition, as virsh shows it.
func titleOnHost(t *testing.T) string {
	return strings.TrimRight(virsh(t, "desc", "--config", "--title", "hlacc-title"), "\n")
}

// A domain's title is written, read back, and a title changed by hand is drift
// that apply repairs; "" (or none) leaves the domain without one.
func TestAccKvmDomainTitle(t *testing.T) {
	acctest.RequireNetns(t)
	t.Cleanup(func() { virshTry("undefine", "hlacc-title") })
	// Text the engine would evaluate if it were not escaped reaches libvirt as written.
	const title = "Lab web – ${not evaluated} %{ if x }"
	titleIs := func(want string) resource.TestCheckFunc {
		return func(*terraform.State) error {
			if got := titleOnHost(t); got != want {
				return fmt.Errorf("the domain's title is %q, want %q", got, want)
			}
			return nil
		}
	}
	update := resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction("hyperlab_kvm_domain.vm", plancheck.ResourceActionUpdate)}}
	hcl := strings.NewReplacer("${", "$${", "%{", "%%{").Replace(title)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{
			{ // one line only, refused at plan
				Config: kvmTitleConfig("two\nlines"), PlanOnly: true,
				ExpectError: regexp.MustCompile(`one\s+line\s+of\s+up\s+to\s+255\s+characters,\s+no\s+control\s+characters`),
			},
			{
				Config: kvmTitleConfig(hcl),
				Check:  resource.ComposeTestCheckFunc(resource.TestCheckResourceAttr("hyperlab_kvm_domain.vm", "title", title), titleIs(title)),
			},
			{ // a title changed by hand is drift...
				PreConfig: func() { virsh(t, "desc", "hlacc-title", "--config", "--title", "--new-desc", "changed by hand") },
				Config:    kvmTitleConfig(hcl), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{ // ...repaired in place
				Config: kvmTitleConfig(hcl), ConfigPlanChecks: update, Check: titleIs(title),
			},
			{ResourceName: "hyperlab_kvm_domain.vm", ImportState: true, ImportStateVerify: true, ImportStateId: "hlacc-title",
				ImportStateVerifyIgnore: []string{"owner"}},
			{ // "" means none: the title is taken away
				Config: kvmTitleConfig(""), ConfigPlanChecks: update,
				Check: resource.ComposeTestCheckFunc(resource.TestCheckResourceAttr("hyperlab_kvm_domain.vm", "title", ""), titleIs("")),
			},
			{Config: kvmTitleConfig("-"), PlanOnly: true}, // and no title attribute is the same: no change
			{ // a title given by hand to a domain that has none is drift too
				PreConfig: func() { virsh(t, "desc", "hlacc-title", "--config", "--title", "--new-desc", "added by hand") },
				Config:    kvmTitleConfig("-"), ConfigPlanChecks: update, Check: titleIs(""),
			},
		},
	})
}
