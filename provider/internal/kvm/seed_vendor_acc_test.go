package kvm_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/kvm"
)

// vendor_data reaches the image as its vendor-data file, an edit rewrites it, and
// taking it out of the configuration takes the file out of the image.
func TestAccKvmSeedVendorData(t *testing.T) {
	acctest.RequireNetns(t)
	dir := "/var/lib/hyperlab/acc-hlsn-seed"
	seed := filepath.Join(dir, "seed.iso")
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	config := func(vendor string) string {
		attr := ""
		if vendor != "" {
			attr = fmt.Sprintf("vendor_data = %q", vendor)
		}
		return fmt.Sprintf(`
resource "hyperlab_kvm_seed" "x" {
  path      = %q
  user_data = "#cloud-config\nhostname: \"a\"\n"
  meta_data = "instance-id: a-1\n"
  owner     = "acc/hlsn.seed"
  %s
}
`, seed, attr)
	}
	inImage := func(want string) resource.TestCheckFunc {
		return func(*terraform.State) error {
			files, err := kvm.ReadSeedISO(seed)
			if err != nil {
				return err
			}
			if files["vendor-data"] != want {
				return fmt.Errorf("vendor-data in the image: %q, want %q", files["vendor-data"], want)
			}
			return nil
		}
	}
	const v1, v2 = "#cloud-config\ntimezone: \"UTC\"\n", "#cloud-config\ntimezone: \"Europe/Berlin\"\n"
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{
			{Config: config(v1), Check: resource.ComposeTestCheckFunc(inImage(v1), resource.TestCheckResourceAttr("hyperlab_kvm_seed.x", "vendor_data", v1))},
			{Config: config(v2), Check: inImage(v2)},
			{ResourceName: "hyperlab_kvm_seed.x", ImportState: true, ImportStateVerify: true, ImportStateId: seed, ImportStateVerifyIgnore: []string{"owner"}},
			{Config: config(""), Check: resource.ComposeTestCheckFunc(inImage(""), resource.TestCheckNoResourceAttr("hyperlab_kvm_seed.x", "vendor_data"))},
		},
	})
}
