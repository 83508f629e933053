package kvm_test

import (
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"
	"libvirt.org/go/libvirtxml"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostfile"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/kvm"
)

// The KVM rows of the ownership table: a disk image, a cloud-init seed and a
// domain (defined, never started, with no disk: nothing of it runs) at the
// identity of this stack's resource, carrying another stack's mark or none.
const ownershipKvmDir = "/var/lib/hyperlab/acc-kvm-own"

func TestAccOwnershipKvm(t *testing.T) {
	acctest.RequireNetns(t)
	volume := filepath.Join(ownershipKvmDir, "data.qcow2")
	seed := filepath.Join(ownershipKvmDir, "seed.iso")
	const domain = "hlacc-own"
	fileKind := func(name, file string, config func(mark string, change int) string, make func(t *testing.T)) acctest.OwnershipKind {
		return acctest.OwnershipKind{
			Name: name, Address: "hyperlab_" + name + ".x", ImportID: file, Config: config,
			Plant: func(t *testing.T, mark string) {
				if err := os.MkdirAll(ownershipKvmDir, 0o755); err != nil {
					t.Fatal(err)
				}
				make(t)
				if err := hostfile.SetOwner(file, mark); err != nil {
					t.Fatal(err)
				}
			},
			Remark: func(t *testing.T, mark string) {
				if err := hostfile.SetOwner(file, mark); err != nil {
					t.Fatal(err)
				}
			},
			Fingerprint: func(t *testing.T) string { return acctest.FileFingerprint(t, file) },
			Exists: func(t *testing.T) bool {
				_, err := os.Stat(file)
				return err == nil
			},
			Remove: func(t *testing.T) {
				if err := os.RemoveAll(ownershipKvmDir); err != nil {
					t.Fatal(err)
				}
			},
		}
	}
	acctest.RunOwnershipTable(t, []acctest.OwnershipKind{
		fileKind("kvm_volume", volume, func(mark string, change int) string {
			// change 1 grows the disk: done in place.
			return fmt.Sprintf(`
resource "hyperlab_kvm_volume" "x" {
  path       = %q
  format     = "qcow2"
  size_bytes = %d
  owner      = %q
}
`, volume, (1+change)<<20, mark)
		}, func(t *testing.T) {
			if out, err := exec.Command("qemu-img", "create", "-q", "-f", "qcow2", volume, "1M").CombinedOutput(); err != nil {
				t.Fatalf("qemu-img create: %v\n%s", err, out)
			}
		}),
		fileKind("kvm_seed", seed, func(mark string, change int) string {
			return fmt.Sprintf(`
resource "hyperlab_kvm_seed" "x" {
  path      = %q
  user_data = "#cloud-config\nhostname: this-%d\n"
  meta_data = "instance-id: this\n"
  owner     = %q
}
`, seed, change, mark)
		}, func(t *testing.T) {
			if err := kvm.WriteSeedISO(seed, map[string]string{"user-data": "#cloud-config\nhostname: other\n", "meta-data": "instance-id: other\n"}); err != nil {
				t.Fatal(err)
			}
		}),
		{
			Name: "kvm_domain", Address: "hyperlab_kvm_domain.x", ImportID: domain,
			Config: func(mark string, change int) string {
				// change 1 gives it more memory: redefined in place.
				return fmt.Sprintf(`
resource "hyperlab_kvm_domain" "x" {
  name       = %q
  owner      = %q
  type       = "qemu"
  memory_mib = %d
  running    = false
  shutdown_timeout_seconds = 0
}
`, domain, mark, 32+32*change)
			},
			Plant: func(t *testing.T, mark string) {
				other := kvm.DomainModel{Name: types.StringValue(domain), Owner: types.StringValue(mark), Type: types.StringValue("qemu"),
					Vcpus: types.Int64Value(1), MemoryMiB: types.Int64Value(48), CPUMode: types.StringValue("maximum"),
					Machine: types.StringValue("pc"), Firmware: types.StringValue("bios"), Graphics: types.StringValue("none"),
					Description: types.StringValue("the other owner's")}
				text, err := other.DomainXML("")
				if err != nil {
					t.Fatal(err)
				}
				defineWithMark(t, text, mark)
			},
			Remark: func(t *testing.T, mark string) {
				defineWithMark(t, virsh(t, "dumpxml", "--inactive", domain), mark)
			},
			Fingerprint: func(t *testing.T) string { return virsh(t, "dumpxml", "--inactive", domain) },
			Exists: func(t *testing.T) bool {
				return exec.Command("virsh", "-q", "-c", "qemu:///system", "domuuid", domain).Run() == nil
			},
			Remove: func(t *testing.T) {
				virshTry("destroy", domain)
				virshTry("undefine", domain)
			},
		},
	})
}

// defineWithMark defines the domain text describes with its owner mark set to
// mark, or with no owner mark at all (mark ""), as another tool would.
func defineWithMark(t *testing.T, text, mark string) {
	t.Helper()
	var d libvirtxml.Domain
	if err := d.Unmarshal(text); err != nil {
		t.Fatal(err)
	}
	o := kvm.DomainOwner(&d)
	d.Metadata = nil
	if mark != "" {
		o.Value = mark
		owner, err := xml.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		d.Metadata = &libvirtxml.DomainMetadata{XML: string(owner)}
	}
	out, err := d.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "domain.xml")
	if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	virsh(t, "define", file)
}
