package network_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/provider"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/restore"
)

// Two hosts stand in as two network namespaces of the test's own, joined by a
// veth pair (the underlay, 10.250.0.0/24); each has a bridge (10.251.0.0/24, the
// stretched network) with a VXLAN port pointing at the other.
const (
	vxNs1, vxNs2 = "hlaccvx1", "hlaccvx2"
	vxVeth       = "hlaccvxu" // the veth end's name, the same in both
)

// vxSh runs a command in one of the test's namespaces, for tampering as a person would.
func vxSh(t *testing.T, ns string, argv ...string) string {
	t.Helper()
	out, err := exec.Command("ip", append([]string{"netns", "exec", ns}, argv...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s in %s: %v\n%s", strings.Join(argv, " "), ns, err, out)
	}
	return string(out)
}

// vxNetns makes a namespace for this test alone (one a killed run left goes
// first), with lo up, removed when the test ends, failed or not.
func vxNetns(t *testing.T, ns string) {
	t.Helper()
	_ = exec.Command("ip", "netns", "delete", ns).Run()
	if out, err := exec.Command("ip", "netns", "add", ns).CombinedOutput(); err != nil {
		t.Fatalf("creating network namespace %s: %v %s", ns, err, out)
	}
	t.Cleanup(func() { _ = exec.Command("ip", "netns", "delete", ns).Run() })
	vxSh(t, ns, "ip", "link", "set", "lo", "up")
}

// vxJoinUnderlay joins the two namespaces by a veth pair, as the hosts' own network would.
func vxJoinUnderlay(t *testing.T) {
	t.Helper()
	vxSh(t, vxNs1, "ip", "link", "add", vxVeth, "type", "veth", "peer", "name", vxVeth, "netns", vxNs2)
	for i, ns := range []string{vxNs1, vxNs2} {
		vxSh(t, ns, "ip", "addr", "add", fmt.Sprintf("10.250.0.%d/24", i+1), "dev", vxVeth)
		vxSh(t, ns, "ip", "link", "set", vxVeth, "up")
	}
}

func vxlanAccConfig(peersOfA ...string) string {
	host := func(n int, ns, peers string) string {
		return fmt.Sprintf(`
resource "hyperlab_bridge" "br%[1]d" {
  mark      = "acc/vxlan.br%[1]d"
  netns     = %[2]q
  name      = "hlaccvxbr"
  mtu       = 1450
  addresses = ["10.251.0.%[1]d/24"]
}
resource "hyperlab_vxlan" "vx%[1]d" {
  mark   = "acc/vxlan.vx%[1]d"
  netns  = %[2]q
  name   = "hlaccvx0"
  vni    = 4242
  local  = "10.250.0.%[1]d"
  peers  = [%[3]s]
  bridge = hyperlab_bridge.br%[1]d.name
}
`, n, ns, peers)
	}
	quoted := make([]string, len(peersOfA))
	for i, p := range peersOfA {
		quoted[i] = fmt.Sprintf("%q", p)
	}
	return host(1, vxNs1, strings.Join(quoted, ", ")) + host(2, vxNs2, `"10.250.0.1"`)
}

// vxFdbPeers checks the device's all-zeros FDB remotes in a namespace, as `bridge fdb` shows them.
func vxFdbPeers(t *testing.T, ns string, want ...string) error {
	out := vxSh(t, ns, "bridge", "fdb", "show", "dev", "hlaccvx0")
	var got []string
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) >= 3 && f[0] == "00:00:00:00:00:00" && f[1] == "dst" {
			got = append(got, f[2])
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		return fmt.Errorf("%s: FDB peers %q, want %q:\n%s", ns, got, want, out)
	}
	return nil
}

// vxPing pings the other namespace's bridge address across the tunnel.
// The neighbour caches go first: a bridge made again has another MAC address,
// which a cache would hide for as long as its entry stays fresh.
func vxPing(t *testing.T, from string, count ...string) error {
	to := map[string]string{vxNs1: "10.251.0.2", vxNs2: "10.251.0.1"}[from]
	for _, ns := range []string{vxNs1, vxNs2} {
		vxSh(t, ns, "ip", "neigh", "flush", "dev", "hlaccvxbr")
	}
	n := "3"
	if len(count) > 0 {
		n = count[0]
	}
	out, err := exec.Command("ip", "netns", "exec", from, "ping", "-c", n, "-W", "2", to).CombinedOutput()
	if err != nil {
		return fmt.Errorf("ping %s from %s over the overlay: %v\n%s", to, from, err, out)
	}
	return nil
}

func vxIfindex(t *testing.T, ns, name string) string {
	return strings.TrimSpace(vxSh(t, ns, "cat", "/sys/class/net/"+name+"/ifindex"))
}

func TestAccVxlanStretchedBridge(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance tests need TF_ACC=1")
	}
	vxNetns(t, vxNs1)
	vxNetns(t, vxNs2)
	vxJoinUnderlay(t)
	update := func(name string) resource.ConfigPlanChecks {
		return resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(name, plancheck.ResourceActionUpdate)}}
	}
	var index2 string
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			for _, ns := range []string{vxNs1, vxNs2} {
				if out := vxSh(t, ns, "ip", "-o", "link", "show"); strings.Contains(out, "hlaccvx0") || strings.Contains(out, "hlaccvxbr") {
					return fmt.Errorf("left in %s after destroy:\n%s", ns, out)
				}
			}
			return nil
		},
		Steps: []resource.TestStep{
			{ // create; the framework then checks that a second plan is empty
				Config: vxlanAccConfig("10.250.0.2"),
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttr("hyperlab_vxlan.vx1", "id", vxNs1+"/hlaccvx0"),
					resource.TestCheckResourceAttr("hyperlab_vxlan.vx1", "port", "4789"),
					resource.TestCheckResourceAttr("hyperlab_vxlan.vx1", "mtu", "1450"),
					resource.TestCheckResourceAttrSet("hyperlab_vxlan.vx1", "ifindex"),
					func(*terraform.State) error {
						out := vxSh(t, vxNs1, "ip", "-d", "-o", "link", "show", "hlaccvx0")
						for _, want := range []string{"master hlaccvxbr", "mtu 1450", "vxlan id 4242 local 10.250.0.1", "dstport 4789", "alias hyperlab-owner=acc/vxlan.vx1"} {
							if !strings.Contains(out, want) {
								return fmt.Errorf("device lacks %q: %s", want, out)
							}
						}
						if strings.Contains(out, "nolearning") {
							return fmt.Errorf("learning is off: %s", out)
						}
						if err := vxFdbPeers(t, vxNs1, "10.250.0.2"); err != nil {
							return err
						}
						if err := vxFdbPeers(t, vxNs2, "10.250.0.1"); err != nil {
							return err
						}
						return vxPing(t, vxNs1)
					},
				),
			},
			{ // import by NETNS/NAME, on each side
				ResourceName: "hyperlab_vxlan.vx1", ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: acctest.ImportKeepsMarkNull, ImportStateId: vxNs1 + "/hlaccvx0",
			},
			{
				ResourceName: "hyperlab_vxlan.vx2", ImportState: true, ImportStateVerify: true, ImportStateVerifyIgnore: acctest.ImportKeepsMarkNull, ImportStateId: vxNs2 + "/hlaccvx0",
			},
			{ // drift: a peer's FDB entry removed by hand shows in plan...
				PreConfig: func() {
					vxSh(t, vxNs1, "bridge", "fdb", "del", "00:00:00:00:00:00", "dev", "hlaccvx0", "dst", "10.250.0.2")
					// Without it the first host floods to no one: its ARP requests go nowhere.
					if vxPing(t, vxNs1, "1") == nil {
						t.Error("ping crosses the overlay without the peer's FDB entry")
					}
				},
				Config: vxlanAccConfig("10.250.0.2"), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{ // ...and apply adds it again, in place
				Config: vxlanAccConfig("10.250.0.2"), ConfigPlanChecks: update("hyperlab_vxlan.vx1"),
				Check: func(*terraform.State) error {
					if err := vxFdbPeers(t, vxNs1, "10.250.0.2"); err != nil {
						return err
					}
					return vxPing(t, vxNs1)
				},
			},
			{ // peers change in place: one added...
				Config: vxlanAccConfig("10.250.0.2", "10.250.0.3"), ConfigPlanChecks: update("hyperlab_vxlan.vx1"),
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttr("hyperlab_vxlan.vx1", "peers.#", "2"),
					func(*terraform.State) error { return vxFdbPeers(t, vxNs1, "10.250.0.2", "10.250.0.3") },
				),
			},
			{ // ...and one removed
				Config: vxlanAccConfig("10.250.0.2"), ConfigPlanChecks: update("hyperlab_vxlan.vx1"),
				Check: func(*terraform.State) error { return vxFdbPeers(t, vxNs1, "10.250.0.2") },
			},
			{ // the device deleted by hand: plan makes it again...
				PreConfig: func() { vxSh(t, vxNs1, "ip", "link", "delete", "hlaccvx0") },
				Config:    vxlanAccConfig("10.250.0.2"), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{ // ...and apply does, on its bridge, with its peer
				Config: vxlanAccConfig("10.250.0.2"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_vxlan.vx1", plancheck.ResourceActionCreate),
				}},
				Check: func(*terraform.State) error {
					if out := vxSh(t, vxNs1, "ip", "-o", "link", "show", "hlaccvx0"); !strings.Contains(out, "master hlaccvxbr") {
						return fmt.Errorf("not on the bridge: %s", out)
					}
					if err := vxFdbPeers(t, vxNs1, "10.250.0.2"); err != nil {
						return err
					}
					return vxPing(t, vxNs1)
				},
			},
			{ // a reboot of the second host: restore brings its bridge and VXLAN device back, and the plan is empty
				PreConfig: func() {
					index2 = vxIfindex(t, vxNs2, "hlaccvx0")
					// The veth pair goes first: a namespace is torn down after `ip netns
					// delete` returns, and its end would stand in the way of the new pair.
					vxSh(t, vxNs1, "ip", "link", "delete", vxVeth)
					if out, err := exec.Command("ip", "netns", "delete", vxNs2).CombinedOutput(); err != nil {
						t.Fatalf("deleting %s: %v %s", vxNs2, err, out)
					}
					// The host's own network comes back by itself.
					if out, err := exec.Command("ip", "netns", "add", vxNs2).CombinedOutput(); err != nil {
						t.Fatalf("creating %s: %v %s", vxNs2, err, out)
					}
					vxSh(t, vxNs2, "ip", "link", "set", "lo", "up")
					vxJoinUnderlay(t)
					var out bytes.Buffer
					if err := restore.Run(context.Background(), provider.RestoreKinds(), restore.Target.Dir, &out); err != nil {
						t.Fatalf("restore: %v\n%s", err, out.String())
					}
					t.Logf("restore:\n%s", out.String())
					if want := "ok vxlan " + vxNs2 + "/hlaccvx0: up on hlaccvxbr, VNI 4242, peers 10.250.0.1"; !strings.Contains(out.String(), want) {
						t.Errorf("restore log lacks %q", want)
					}
					if now := vxIfindex(t, vxNs2, "hlaccvx0"); now != index2 {
						t.Errorf("ifindex %s after restore, %s before", now, index2)
					}
				},
				Config:           vxlanAccConfig("10.250.0.2"),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
				Check: func(*terraform.State) error {
					if err := vxFdbPeers(t, vxNs2, "10.250.0.1"); err != nil {
						return err
					}
					return vxPing(t, vxNs2)
				},
			},
		},
	})
}

// A VXLAN device of its name made by someone else is refused and left alone;
// one carrying this resource's mark is taken (made again when its VNI differs);
// a link of another type of its name is refused; and a device re-marked as
// someone else's since is left in place by Delete. Peers that cannot be are
// refused at plan.
func TestAccVxlanMarks(t *testing.T) {
	if os.Getenv("TF_ACC") == "" {
		t.Skip("acceptance tests need TF_ACC=1")
	}
	const ns = "hlaccvx3"
	vxNetns(t, ns)
	config := func(vxlan bool, peer string) string {
		c := fmt.Sprintf(`
resource "hyperlab_bridge" "br" {
  mark  = "acc/vxlan.mbr"
  netns = %q
  name  = "hlaccvxmbr"
}
`, ns)
		if vxlan {
			c += fmt.Sprintf(`
resource "hyperlab_vxlan" "vx" {
  mark   = "acc/vxlan.m"
  netns  = %q
  name   = "hlaccvxm"
  vni    = 78
  local  = "10.250.3.1"
  peers  = [%q]
  bridge = hyperlab_bridge.br.name
}
`, ns, peer)
		}
		return c
	}
	ok := config(true, "10.250.3.2")
	alias := func() string { return strings.TrimSpace(vxSh(t, ns, "cat", "/sys/class/net/hlaccvxm/ifalias")) }
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if out := vxSh(t, ns, "ip", "-o", "link", "show"); strings.Contains(out, "hlaccvxmbr") {
				return fmt.Errorf("bridge left after destroy:\n%s", out)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{Config: config(true, "10.250.3.1"), PlanOnly: true, ExpectError: acctest.Wrapped(`peer 10.250.3.1 is local`)},
			{Config: config(true, "fd00:250::2"), PlanOnly: true, ExpectError: acctest.Wrapped(`not of the address family of local`)},
			{Config: config(true, "239.1.1.1"), PlanOnly: true, ExpectError: regexp.MustCompile(`Invalid value`)},
			{ // someone's VXLAN device of the name, with no mark
				PreConfig: func() {
					vxSh(t, ns, "ip", "link", "add", "hlaccvxm", "type", "vxlan", "id", "77", "local", "10.250.3.1", "dstport", "4789")
				},
				Config:      ok,
				ExpectError: acctest.Wrapped(`VXLAN device hlaccvxm in network namespace hlaccvx3 carries no owner mark`),
			},
			{ // left unmarked; carrying this resource's mark it is taken, and made again with the VNI configured
				PreConfig: func() {
					if got := alias(); got != "" {
						t.Fatalf("the refused device was marked: %q", got)
					}
					vxSh(t, ns, "ip", "link", "set", "hlaccvxm", "alias", "hyperlab-owner=acc/vxlan.m")
				},
				Config: ok,
				Check: func(*terraform.State) error {
					if out := vxSh(t, ns, "ip", "-d", "-o", "link", "show", "hlaccvxm"); !strings.Contains(out, "vxlan id 78 ") || !strings.Contains(out, "alias hyperlab-owner=acc/vxlan.m") {
						return fmt.Errorf("not made again: %s", out)
					}
					return nil
				},
			},
			{ // a link of another type of the name: refused
				PreConfig: func() {
					vxSh(t, ns, "ip", "link", "delete", "hlaccvxm")
					vxSh(t, ns, "ip", "link", "add", "hlaccvxm", "type", "bridge")
				},
				Config:      ok,
				ExpectError: acctest.Wrapped(`hlaccvxm exists and is a bridge, not a VXLAN device`),
			},
			{ // another device with the same VNI and port: the kernel's refusal, explained
				PreConfig: func() {
					vxSh(t, ns, "ip", "link", "delete", "hlaccvxm")
					vxSh(t, ns, "ip", "link", "add", "hlaccvxo", "type", "vxlan", "id", "78", "local", "10.250.3.9", "dstport", "4789")
				},
				Config:      ok,
				ExpectError: acctest.Wrapped(`another VXLAN device in this network namespace may have VNI 78 on port 4789`),
			},
			{
				PreConfig: func() { vxSh(t, ns, "ip", "link", "delete", "hlaccvxo") },
				Config:    ok,
			},
			{ // re-marked as someone else's since: Delete leaves it
				PreConfig: func() { vxSh(t, ns, "ip", "link", "set", "hlaccvxm", "alias", "hyperlab-owner=other/vx") },
				Config:    config(false, ""),
				Check: func(*terraform.State) error {
					if got := alias(); got != "hyperlab-owner=other/vx" {
						return fmt.Errorf("alias %q", got)
					}
					return nil
				},
			},
		},
	})
}
