package network_test

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/lxc"
)

// A bridge, a TAP and a container of the names a stack wants, made by someone
// else (no mark, or another resource's): Create refuses each, naming what it
// found, and leaves it alone. Carrying this resource's mark (as an apply killed
// after making it, or a lost state, leaves it), each is taken, and the plan after
// it is empty.
func TestAccMarksRefuseForeignObjects(t *testing.T) {
	acctest.RequireNetns(t)
	const lxcPath = "/var/lib/hyperlab/acc-lxc-marks"
	config := fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  netns = %[1]q
  name  = "hlaccmk0"
  mark  = "acc/marks.lan"
}
resource "hyperlab_tap" "tap" {
  netns  = %[1]q
  name   = "hlaccmk-tap"
  bridge = hyperlab_bridge.lan.name
  mark   = "acc/marks.tap"
}
resource "hyperlab_lxc_container" "ct" {
  netns    = %[1]q
  name     = "hlaccmk-ct"
  lxc_path = %[2]q
  template = "busybox"
  running  = false
  nics     = [{ bridge = hyperlab_bridge.lan.name, hwaddr = "52:54:00:aa:10:01" }]
  mark     = "acc/marks.ct"
}
`, acctest.TestNetns, lxcPath)
	alias := func(name string) string {
		return strings.TrimSpace(acctest.Sh(t, "cat", "/sys/class/net/"+name+"/ifalias"))
	}
	ctConfig := filepath.Join(lxcPath, "hlaccmk-ct", "config")
	foreignContainer := func(mark string) {
		out, err := exec.Command("ip", "netns", "exec", acctest.TestNetns, "lxc-create", "-P", lxcPath, "-n", "hlaccmk-ct", "-t", "busybox").CombinedOutput()
		if err != nil {
			t.Fatalf("lxc-create: %v\n%s", err, out)
		}
		if mark != "" {
			f, err := os.OpenFile(ctConfig, os.O_APPEND|os.O_WRONLY, 0)
			if err == nil {
				_, err = fmt.Fprintf(f, "%s = %s\n", lxc.MarkKey, mark)
				err = errors.Join(err, f.Close())
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	removeContainer := func() {
		out, err := exec.Command("ip", "netns", "exec", acctest.TestNetns, "lxc-destroy", "-P", lxcPath, "-n", "hlaccmk-ct", "-f").CombinedOutput()
		if err != nil {
			t.Fatalf("lxc-destroy: %v\n%s", err, out)
		}
	}
	t.Cleanup(func() {
		_ = exec.Command("ip", "netns", "exec", acctest.TestNetns, "lxc-destroy", "-P", lxcPath, "-n", "hlaccmk-ct", "-f").Run()
		_ = os.RemoveAll(lxcPath)
		for _, link := range []string{"hlaccmk-tap", "hlaccmk0"} {
			_ = exec.Command("ip", "-n", acctest.TestNetns, "link", "delete", link).Run()
		}
	})
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if err := acctest.LinkGone("hlaccmk0"); err != nil {
				return err
			}
			if _, err := os.Stat(ctConfig); !os.IsNotExist(err) {
				return fmt.Errorf("container left: %v", err)
			}
			return acctest.LinkGone("hlaccmk-tap")
		},
		Steps: []resource.TestStep{
			{ // someone's bridge of the name, with no mark
				PreConfig:   func() { acctest.Sh(t, "ip", "link", "add", "hlaccmk0", "type", "bridge") },
				Config:      config,
				ExpectError: acctest.Wrapped(`bridge hlaccmk0 in network namespace ` + acctest.TestNetns + ` carries no owner mark, not this resource's "acc/marks.lan"`),
			},
			{ // another resource's bridge
				PreConfig: func() {
					if got := alias("hlaccmk0"); got != "" {
						t.Fatalf("the refused bridge was marked: %q", got)
					}
					acctest.Sh(t, "ip", "link", "set", "hlaccmk0", "alias", "hyperlab-owner=other/lan")
				},
				Config:      config,
				ExpectError: acctest.Wrapped(`bridge hlaccmk0 in network namespace ` + acctest.TestNetns + ` carries the owner mark "other/lan", not this resource's`),
			},
			{ // this resource's bridge is taken; someone's TAP and someone's container of the names are refused
				PreConfig: func() {
					acctest.Sh(t, "ip", "link", "set", "hlaccmk0", "alias", "hyperlab-owner=acc/marks.lan")
					acctest.Sh(t, "ip", "tuntap", "add", "dev", "hlaccmk-tap", "mode", "tap")
					foreignContainer("")
				},
				Config: config,
				ExpectError: acctest.BothErrors(`TAP hlaccmk-tap in network namespace `+acctest.TestNetns+` carries no owner mark`,
					`container hlaccmk-ct in /var/lib/hyperlab/acc-lxc-marks \(its configuration's # hyperlab.mark line\) carries no owner mark`),
			},
			{ // both left as they were, unrecorded; marked as another resource's, they are refused too
				PreConfig: func() {
					if _, err := os.Stat(ctConfig); err != nil {
						t.Fatalf("the refused container was removed: %v", err)
					}
					if got := alias("hlaccmk-tap"); got != "" {
						t.Fatalf("the refused TAP was marked: %q", got)
					}
					acctest.Sh(t, "ip", "link", "set", "hlaccmk-tap", "alias", "hyperlab-owner=other/tap")
					removeContainer()
					foreignContainer("other/ct")
				},
				Config: config,
				ExpectError: acctest.BothErrors(`TAP hlaccmk-tap in network namespace `+acctest.TestNetns+` carries the owner mark "other/tap"`,
					`container hlaccmk-ct in /var/lib/hyperlab/acc-lxc-marks \(its configuration's # hyperlab.mark line\) carries the owner mark "other/ct"`),
			},
			{ // with this resource's mark, everything is taken and the plan after it is empty
				PreConfig: func() {
					acctest.Sh(t, "ip", "link", "set", "hlaccmk-tap", "alias", "hyperlab-owner=acc/marks.tap")
					removeContainer()
					foreignContainer("acc/marks.ct")
				},
				Config: config,
				Check: func(*terraform.State) error {
					for name, want := range map[string]string{"hlaccmk0": "hyperlab-owner=acc/marks.lan", "hlaccmk-tap": "hyperlab-owner=acc/marks.tap"} {
						if got := alias(name); got != want {
							return fmt.Errorf("%s: alias %q, want %q", name, got, want)
						}
					}
					return nil
				},
			},
			{ // a mark removed by hand is drift: the plan shows it...
				PreConfig: func() { acctest.Sh(t, "ip", "link", "set", "hlaccmk0", "alias", "") },
				Config:    config, PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{ // ...and apply refuses to change the bridge, naming what it carries, and leaves it unmarked
				Config:      config,
				ExpectError: acctest.Wrapped(`bridge hlaccmk0 in network namespace ` + acctest.TestNetns + ` carries no owner mark, not this resource's "acc/marks.lan"`),
			},
			{ // marked again by hand (handed back): converges, and destroy removes it
				PreConfig: func() {
					if got := alias("hlaccmk0"); got != "" {
						t.Fatalf("the refused bridge was marked again: %q", got)
					}
					acctest.Sh(t, "ip", "link", "set", "hlaccmk0", "alias", "hyperlab-owner=acc/marks.lan")
				},
				Config: config,
			},
		},
	})
}

// A bridge and a TAP made by Create carry their mark from the moment they have
// their name: they are made under a staging name, marked, then renamed.
func TestAccMarkedLinksHaveNoUnmarkedMoment(t *testing.T) {
	acctest.RequireNetns(t)
	config := fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  netns = %q
  name  = "hlaccmk1"
  mark  = "acc/marks.staged"
}
`, acctest.TestNetns)
	staging := hostnet.StagingName("hlaccmk1", "acc/marks.staged")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy:             func(*terraform.State) error { return acctest.LinkGone("hlaccmk1") },
		Steps: []resource.TestStep{
			{ // a staging link left by a killed apply is removed, not kept beside the bridge
				PreConfig: func() { acctest.Sh(t, "ip", "link", "add", staging, "type", "bridge") },
				Config:    config,
				Check: func(*terraform.State) error {
					if err := acctest.LinkGone(staging); err != nil {
						return err
					}
					if got := strings.TrimSpace(acctest.Sh(t, "cat", "/sys/class/net/hlaccmk1/ifalias")); got != "hyperlab-owner=acc/marks.staged" {
						return fmt.Errorf("alias %q", got)
					}
					return nil
				},
			},
		},
	})
}
