package hostfileresource_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostfile"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostfileresource"
)

// Where the host_file tests write: a directory of their own, made by the
// resource (and so removed with its last file).
const hostFileAccDir = "/var/lib/hyperlab/acc-hlsn-hostfile/snippets"

func hostFileConfig(file, content, mode, mark string) string {
	return fmt.Sprintf(`
resource "hyperlab_host_file" "x" {
  path    = %q
  content = %q
  mode    = %q
  owner   = %q
}
`, file, content, mode, mark)
}

// A file is written with its content, mode and mark; an edit made by hand shows
// as drift (sha256 of the file on the host, then a plan that puts it back); a
// change of content is written in place; destroy removes it and the directory
// it made.
func TestAccHostFile(t *testing.T) {
	acctest.RequireNetns(t)
	file := filepath.Join(hostFileAccDir, "hyperlab-100-user-abc.yaml")
	root := filepath.Dir(hostFileAccDir)
	if err := os.RemoveAll(root); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(root) })
	const first, second = "#cloud-config\nhostname: \"a\"\n", "#cloud-config\nhostname: \"b\"\n"
	const byHand = "#cloud-config\nhostname: \"edited\"\n"
	onHost := func(content, mode string) resource.TestCheckFunc {
		return func(*terraform.State) error {
			data, err := os.ReadFile(file)
			if err != nil {
				return err
			}
			info, err := os.Stat(file)
			if err != nil {
				return err
			}
			if string(data) != content || fmt.Sprintf("%04o", info.Mode().Perm()) != mode {
				return fmt.Errorf("on the host: %q mode %04o; want %q mode %s", data, info.Mode().Perm(), content, mode)
			}
			mark, err := hostfile.Owner(file)
			if err != nil || mark != "acc/hlsn.file" {
				return fmt.Errorf("mark %q (%v), want acc/hlsn.file", mark, err)
			}
			return nil
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{
			{
				Config: hostFileConfig(file, first, "0640", "acc/hlsn.file"),
				Check: resource.ComposeTestCheckFunc(onHost(first, "0640"),
					resource.TestCheckResourceAttr("hyperlab_host_file.x", "sha256", hostfileresource.Digest(first)),
					resource.TestCheckResourceAttr("hyperlab_host_file.x", "found_mark", "acc/hlsn.file")),
			},
			{
				// Edited by hand: the refresh reads the new text, and the plan would put the file back.
				PreConfig: func() {
					if err := os.WriteFile(file, []byte(byHand), 0o640); err != nil {
						t.Fatal(err)
					}
				},
				RefreshState:       true,
				Check:              resource.TestCheckResourceAttr("hyperlab_host_file.x", "sha256", hostfileresource.Digest(byHand)),
				ExpectNonEmptyPlan: true,
			},
			{
				Config: hostFileConfig(file, first, "0640", "acc/hlsn.file"), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{
				// Applied: put back as configured.
				Config: hostFileConfig(file, first, "0640", "acc/hlsn.file"),
				Check:  resource.ComposeTestCheckFunc(onHost(first, "0640"), resource.TestCheckResourceAttr("hyperlab_host_file.x", "sha256", hostfileresource.Digest(first))),
			},
			{
				// A new content and mode: rewritten in place.
				Config: hostFileConfig(file, second, "0600", "acc/hlsn.file"),
				Check:  resource.ComposeTestCheckFunc(onHost(second, "0600"), resource.TestCheckResourceAttr("hyperlab_host_file.x", "sha256", hostfileresource.Digest(second))),
			},
		},
		CheckDestroy: func(*terraform.State) error {
			if _, err := os.Stat(root); !os.IsNotExist(err) {
				return fmt.Errorf("%s is still there after destroy (%v)", root, err)
			}
			return nil
		},
	})
}

// A user's unmarked file, or another stack's, at the path: refused on create,
// update and import, and left as it was on delete (the ownership table).
func TestAccOwnershipHostFile(t *testing.T) {
	acctest.RequireNetns(t)
	file := filepath.Join(hostFileAccDir, "own.yaml")
	root := filepath.Dir(hostFileAccDir)
	acctest.RunOwnershipTable(t, []acctest.OwnershipKind{{
		Name: "host_file", Address: "hyperlab_host_file.x", ImportID: file,
		Config: func(mark string, change int) string {
			return hostFileConfig(file, fmt.Sprintf("#cloud-config\nhostname: \"this-%d\"\n", change), "0644", mark)
		},
		Plant: func(t *testing.T, mark string) {
			if err := os.MkdirAll(hostFileAccDir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, []byte("#cloud-config\nhostname: \"the user's\"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
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
			if err := os.RemoveAll(root); err != nil {
				t.Fatal(err)
			}
		},
	}})
}

// Bad input is refused at plan, naming what is valid.
func TestAccHostFileValidation(t *testing.T) {
	acctest.RequireNetns(t)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{
			{Config: hostFileConfig("relative/x", "a", "0644", "acc/hlsn.file"), ExpectError: regexp.MustCompile(`absolute path`), PlanOnly: true},
			{Config: hostFileConfig(filepath.Join(hostFileAccDir, "x"), "a", "644", "acc/hlsn.file"), ExpectError: regexp.MustCompile(`octal mode`), PlanOnly: true},
		},
	})
}
