package lxc_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
)

// On this kind of host (cgroup v1 hybrid, cgroups not delegated) a Debian
// container cannot boot: unprivileged, systemd fails ("Failed to create
// /init.scope control group: Permission denied"); privileged, LXC cannot set
// its legacy devices cgroup. So the container is made and left stopped, and its
// root filesystem checked from the host.
func debianConfig(name string) string {
	return fmt.Sprintf(`
resource "hyperlab_lxc_container" "ct" {
  mark          = "acc/lxc_container.deb"
  netns         = %[1]q
  name          = %[2]q
  lxc_path      = %[3]q
  template      = "debian"
  template_args = ["--release=bookworm", "--packages=hello"]
  running       = false
}
`, acctest.TestNetns, name, acctest.LxcTestPath)
}

// A Debian container from LXC's debian template, through the host's own archive,
// with a package the template installs. The first run on a host debootstraps
// into /var/cache/lxc/debian (minutes); later ones copy that cache.
func TestAccLxcDebianTemplate(t *testing.T) {
	acctest.RequireNetns(t)
	if _, err := exec.LookPath("debootstrap"); err != nil {
		t.Fatal("needs debootstrap and lxc-templates (tools/debian-packages.txt)")
	}
	const name = "hllf-deb"
	began := time.Now()
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			out, _ := exec.Command("lxc-info", "-P", acctest.LxcTestPath, "-n", name, "-s", "-H").CombinedOutput()
			if s := strings.TrimSpace(string(out)); s == "RUNNING" || s == "STOPPED" {
				return fmt.Errorf("container left, %s", s)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				// Unprivileged: made privileged by the template, then its ids shifted into
				// its user namespace (container root is host uid 100000), setuid bits kept.
				Config: debianConfig(name),
				Check: func(*terraform.State) error {
					t.Logf("create (template, id shift) took %s", time.Since(began).Round(time.Second))
					rootfs := filepath.Join(acctest.LxcTestPath, name, "rootfs")
					if out, err := exec.Command("chroot", rootfs, "dpkg-query", "-W", "-f=${Status}", "hello").CombinedOutput(); err != nil || string(out) != "install ok installed" {
						return fmt.Errorf("dpkg-query -W hello in the root filesystem: %v %q", err, out)
					}
					for p, want := range map[string]string{"usr/bin/su": "4755 100000:100000", "etc/shadow": "640 100000:100042", ".": "755 100000:100000"} {
						fi, err := os.Lstat(filepath.Join(rootfs, p))
						if err != nil {
							return err
						}
						st := fi.Sys().(*syscall.Stat_t)
						mode := fi.Mode().Perm()
						if fi.Mode()&os.ModeSetuid != 0 {
							mode |= 0o4000
						}
						if got := fmt.Sprintf("%o %d:%d", mode, st.Uid, st.Gid); got != want {
							return fmt.Errorf("%s: %s, want %s", p, got, want)
						}
					}
					b, err := os.ReadFile(filepath.Join(acctest.LxcTestPath, name, "config"))
					if err != nil || !strings.Contains(string(b), "lxc.idmap = u 0 100000 65536\n") || !strings.Contains(string(b), "debian.userns.conf") {
						return fmt.Errorf("config without its user namespace: %v\n%s", err, b)
					}
					return nil
				},
			},
		},
	})
}
