package kvmstore_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostfile"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/kvmstore"
)

// An apply killed after it placed a volume made from one source, then a config
// that names another: the file carries this resource's mark, so it is the
// resource's own unfinished work, but it holds the old source's content. The next
// apply makes it again from the new source (the change of source is a
// replacement anyway); it does not take the old file and then report the old
// source back ("Provider produced inconsistent result after apply: .source").
func TestAccKvmVolumeInterruptedWithAnotherSource(t *testing.T) {
	acctest.RequireNetns(t)
	dir := filepath.Join("/var/lib/hyperlab", "acc-"+acctest.TestNetns+"-vol", t.Name())
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.RemoveAll(filepath.Dir(dir)); err != nil {
			t.Error(err)
		}
	})
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	sources := map[string]string{"old": filepath.Join(dir, "old.raw"), "new": filepath.Join(dir, "new.raw")}
	for name, size := range map[string]string{"old": "1M", "new": "3M"} {
		if out, err := exec.Command("qemu-img", "create", "-q", "-f", "raw", sources[name], size).CombinedOutput(); err != nil {
			t.Fatalf("%v %s", err, out)
		}
	}
	volume := filepath.Join(dir, "disk.qcow2")
	const owner = "acc/interrupted-volume"
	config := fmt.Sprintf(`
resource "hyperlab_kvm_volume" "disk" {
  path   = %q
  format = "qcow2"
  source = %q
  owner  = %q
}
`, volume, sources["new"], owner)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if _, err := os.Stat(volume); !os.IsNotExist(err) {
				return fmt.Errorf("%s left (%v)", volume, err)
			}
			return nil
		},
		Steps: []resource.TestStep{{
			// What the killed apply left: the volume made from the old source, placed and marked.
			PreConfig: func() {
				left := kvmstore.VolumeModel{
					Path: types.StringValue(volume), Format: types.StringValue("qcow2"), Source: types.StringValue(sources["old"]),
					BackingPath: types.StringNull(), SizeBytes: types.Int64Null(), Owner: types.StringValue(owner),
				}
				if err := (&kvmstore.VolumeResource{}).Make(t.Context(), &left); err != nil {
					t.Fatal(err)
				}
			},
			Config: config,
			Check: resource.ComposeTestCheckFunc(
				resource.TestCheckResourceAttr("hyperlab_kvm_volume.disk", "source", sources["new"]),
				resource.TestCheckResourceAttr("hyperlab_kvm_volume.disk", "size_bytes", "3145728"),
				func(*terraform.State) error {
					recorded, err := hostfile.Attr(volume, "source")
					if err != nil || recorded != sources["new"] {
						return fmt.Errorf("the file records source %q (%v), want %q", recorded, err, sources["new"])
					}
					return nil
				},
			),
		}},
	})
}
