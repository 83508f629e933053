package restore_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/dhcp"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/provider"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/restore"
)

// A NAT bridge with a TAP and a DHCP server, as BridgedNetwork makes them (the
// server replaced when the bridge's ifindex changes).
func restoreAccConfig() string {
	return fmt.Sprintf(`
resource "hyperlab_bridge" "lan" {
  mark = "acc/bridge.lan"
  netns     = %[1]q
  name      = "hlaccrb0"
  mtu       = 1400
  addresses = ["10.97.0.1/24"]
}
resource "hyperlab_tap" "tap" {
  mark = "acc/tap.tap"
  netns  = %[1]q
  name   = "hlaccrb-tap"
  bridge = hyperlab_bridge.lan.name
  mtu    = 1400
}
resource "hyperlab_nat" "lan" {
  mark       = "acc/nat.rb"
  netns       = %[1]q
  bridge      = hyperlab_bridge.lan.name
  source_cidr = "10.97.0.0/24"
}
resource "hyperlab_dhcp" "lan" {
  mark = "acc/dhcp.rb"
  netns        = %[1]q
  bridge       = hyperlab_bridge.lan.name
  range_start  = "10.97.0.100"
  range_end    = "10.97.0.150"
  router       = "10.97.0.1"
  reservations = [{ mac = "52:54:00:00:97:0a", address = "10.97.0.10", hostname = "a" }]
  lifecycle {
    replace_triggered_by = [hyperlab_bridge.lan.ifindex]
  }
}
`, acctest.TestNetns)
}

func bridgeIndex(name string) (int, error) {
	index := 0
	err := acctest.InNetns(func() error {
		link, err := hostnet.Link(name)
		if err != nil || link == nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		index = link.Attrs().Index
		return nil
	})
	return index, err
}

// Deploy, then what a reboot does to the namespace (dnsmasq killed, the
// namespace and everything in it gone, the provider's /run state gone), then
// Restore from the records: the objects are back as they were, and the plan is
// empty without an apply.
func TestAccRestoreAfterReboot(t *testing.T) {
	acctest.RequireNetns(t)
	ns := "netns=" + acctest.TestNetns
	records := []string{"bridge@" + ns + "@hlaccrb0.json", "tap@" + ns + "@hlaccrb-tap.json", "nat@" + ns + "@hlaccrb0.json", "dhcp@" + ns + "@hlaccrb0.json"}
	dhcp := &dhcp.Model{Netns: types.StringValue(acctest.TestNetns), Bridge: types.StringValue("hlaccrb0")}
	var index int
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if _, err := os.Stat(restore.Target.Dir); !os.IsNotExist(err) {
				return fmt.Errorf("records left after destroy: %v", err)
			}
			return acctest.LinkGone("hlaccrb0")
		},
		Steps: []resource.TestStep{
			{
				// A link made first gives the bridge an index a fresh namespace would not:
				// Restore must ask for it.
				PreConfig: func() { acctest.Sh(t, "ip", "link", "add", "hlaccrb-pad", "type", "bridge") },
				Config:    restoreAccConfig(),
				Check: func(*terraform.State) error {
					for _, name := range records {
						if _, err := os.Stat(filepath.Join(restore.Target.Dir, name)); err != nil {
							return fmt.Errorf("no record: %v", err)
						}
					}
					var err error
					if index, err = bridgeIndex("hlaccrb0"); err == nil && index <= 2 {
						err = fmt.Errorf("the bridge has index %d, which a fresh namespace gives anyway", index)
					}
					return err
				},
			},
			{
				PreConfig: func() {
					pid, _ := dhcp.RunningPidAny()
					if pid == 0 {
						t.Fatal("dnsmasq is not running before the reboot")
					}
					_ = syscall.Kill(pid, syscall.SIGKILL)
					for i := 0; i < 50 && resourceutil.Alive(pid); i++ {
						time.Sleep(100 * time.Millisecond)
					}
					if out, err := exec.Command("ip", "netns", "delete", acctest.TestNetns).CombinedOutput(); err != nil {
						t.Fatalf("deleting %s: %v %s", acctest.TestNetns, err, out)
					}
					state, _ := filepath.Glob("/run/hyperlab-*@netns=" + acctest.TestNetns + "*")
					for _, p := range state {
						os.RemoveAll(p)
					}
					var out bytes.Buffer
					if err := restore.Run(context.Background(), provider.RestoreKinds(), restore.Target.Dir, &out); err != nil {
						t.Fatalf("restore: %v\n%s", err, out.String())
					}
					t.Logf("restore:\n%s", out.String())
					for _, want := range []string{"ok netns " + acctest.TestNetns + ": made, lo up", "ok bridge " + acctest.TestNetns + "/hlaccrb0: up, ifindex",
						"ok tap " + acctest.TestNetns + "/hlaccrb-tap: up on hlaccrb0", "ok nat " + acctest.TestNetns + "/hlaccrb0",
						"ok dhcp " + acctest.TestNetns + "/hlaccrb0: dnsmasq running", "4 of 4 objects restored"} {
						if !strings.Contains(out.String(), want) {
							t.Errorf("restore log lacks %q", want)
						}
					}
					if now, err := bridgeIndex("hlaccrb0"); err != nil || now != index {
						t.Errorf("bridge ifindex %d after restore (%v), %d before", now, err, index)
					}
					// (The plan step checks that it runs with the configured arguments.)
					if pid, _ := dhcp.RunningPidAny(); pid == 0 {
						t.Error("dnsmasq does not run after restore")
					}
					acctest.Sh(t, "iptables", "-t", "nat", "-C", "POSTROUTING", "-s", "10.97.0.0/24", "!", "-d", "10.97.0.0/24",
						"-m", "comment", "--comment", "hyperlab:hlaccrb0 acc/nat.rb", "-j", "MASQUERADE")
					if out := acctest.Sh(t, "ip", "-o", "link", "show", "dev", "hlaccrb-tap"); !strings.Contains(out, "master hlaccrb0") || !strings.Contains(out, "mtu 1400") {
						t.Errorf("TAP after restore: %s", out)
					}
					if out := acctest.Sh(t, "cat", "/proc/sys/net/ipv4/ip_forward"); strings.TrimSpace(out) != "1" {
						t.Errorf("ip_forward %s after restore", out)
					}
					if _, err := os.Stat(filepath.Join(dhcp.HostsDir(), "a-52540000970a")); err != nil {
						t.Errorf("reservation not written again: %v", err)
					}
				},
				// The plan after restore is empty: nothing to deploy.
				Config: restoreAccConfig(), PlanOnly: true,
			},
		},
	})
}
