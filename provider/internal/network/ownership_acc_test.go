package network_test

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/dhcp"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/lxc"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/nat"
)

// The ownership table for the host-network resources and LXC containers: a
// bridge, a TAP, a VXLAN device, a NAT network's rules, a DHCP server and a
// container, each of another stack or of no one, on every path.
func TestAccOwnershipNet(t *testing.T) {
	acctest.RequireNetns(t)
	const (
		vxBridge = "hlaccown-vxbr" // the VXLAN device's bridge, made by hand: not under test
		dhBridge = "hlaccown-dh"   // the DHCP server's bridge, the same
	)
	t.Cleanup(func() {
		for _, link := range []string{vxBridge, dhBridge} {
			_ = exec.Command("ip", "-n", acctest.TestNetns, "link", "delete", link).Run()
		}
	})
	for _, link := range []string{vxBridge, dhBridge} {
		_ = exec.Command("ip", "-n", acctest.TestNetns, "link", "delete", link).Run()
		acctest.Sh(t, "ip", "link", "add", link, "type", "bridge")
		acctest.Sh(t, "ip", "link", "set", link, "up")
	}
	acctest.Sh(t, "ip", "addr", "add", "10.96.0.1/24", "dev", dhBridge)
	acctest.RunOwnershipTable(t, []acctest.OwnershipKind{
		ownershipBridgeKind(), ownershipTapKind(), ownershipVxlanKind(vxBridge),
		ownershipNatKind(), ownershipDhcpKind(dhBridge), ownershipLxcKind(),
	})
}

// ownershipLink is the part every link kind shares: planted with `ip link`,
// re-marked in its alias, fingerprinted by `ip -d -j link show` without what
// the kernel changes by itself (the bridge's timers).
func ownershipLink(name string, extra func(t *testing.T) string) acctest.OwnershipKind {
	return acctest.OwnershipKind{
		ImportID: acctest.TestNetns + "/" + name,
		Remark: func(t *testing.T, mark string) {
			alias := ""
			if mark != "" {
				alias = "hyperlab-owner=" + mark
			}
			acctest.Sh(t, "ip", "link", "set", "dev", name, "alias", alias)
		},
		Fingerprint: func(t *testing.T) string {
			var links []map[string]any
			if err := json.Unmarshal([]byte(acctest.Sh(t, "ip", "-d", "-j", "link", "show", "dev", name)), &links); err != nil {
				t.Fatal(err)
			}
			for _, l := range links {
				dropVolatile(l)
			}
			b, err := json.Marshal(links)
			if err != nil {
				t.Fatal(err)
			}
			s := string(b)
			if extra != nil {
				s += "\n" + extra(t)
			}
			return s
		},
		Exists: func(t *testing.T) bool {
			return exec.Command("ip", "-n", acctest.TestNetns, "link", "show", "dev", name).Run() == nil
		},
		Remove: func(t *testing.T) { _ = exec.Command("ip", "-n", acctest.TestNetns, "link", "delete", name).Run() },
	}
}

// dropVolatile removes the counters and timers the kernel moves on its own.
func dropVolatile(v any) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if strings.HasSuffix(k, "_timer") || strings.HasPrefix(k, "stats") {
				delete(v, k)
				continue
			}
			dropVolatile(x)
		}
	case []any:
		for _, x := range v {
			dropVolatile(x)
		}
	}
}

// plantLink makes a link with `ip link add ARGS...` and marks it (no alias for "").
func plantLink(t *testing.T, name, mark string, add ...string) {
	t.Helper()
	acctest.Sh(t, append([]string{"ip", "link", "add"}, add...)...)
	if mark != "" {
		acctest.Sh(t, "ip", "link", "set", "dev", name, "alias", "hyperlab-owner="+mark)
	}
}

func ownershipBridgeKind() acctest.OwnershipKind {
	const name = "hlaccown-br"
	k := ownershipLink(name, nil)
	k.Name, k.Address = "bridge", "hyperlab_bridge.x"
	k.Config = func(mark string, change int) string {
		return fmt.Sprintf(`
resource "hyperlab_bridge" "x" {
  netns = %q
  name  = %q
  mark  = %q
  mtu   = %d
}
`, acctest.TestNetns, name, mark, 1500-100*change)
	}
	k.Plant = func(t *testing.T, mark string) { plantLink(t, name, mark, name, "type", "bridge") }
	return k
}

func ownershipTapKind() acctest.OwnershipKind {
	const name = "hlaccown-tap"
	k := ownershipLink(name, nil)
	k.Name, k.Address = "tap", "hyperlab_tap.x"
	k.Config = func(mark string, change int) string {
		return fmt.Sprintf(`
resource "hyperlab_tap" "x" {
  netns = %q
  name  = %q
  mark  = %q
  mtu   = %d
}
`, acctest.TestNetns, name, mark, 1500-100*change)
	}
	k.Plant = func(t *testing.T, mark string) {
		acctest.Sh(t, "ip", "tuntap", "add", "dev", name, "mode", "tap")
		if mark != "" {
			acctest.Sh(t, "ip", "link", "set", "dev", name, "alias", "hyperlab-owner="+mark)
		}
	}
	return k
}

func ownershipVxlanKind(bridge string) acctest.OwnershipKind {
	const name = "hlaccown-vx"
	k := ownershipLink(name, func(t *testing.T) string {
		// Its IPv4 addresses and its FDB (the flood peers), sorted.
		lines := strings.Split(acctest.Sh(t, "ip", "-4", "-o", "addr", "show", "dev", name)+acctest.Sh(t, "bridge", "fdb", "show", "dev", name), "\n")
		sort.Strings(lines)
		return strings.Join(lines, "\n")
	})
	k.Name, k.Address = "vxlan", "hyperlab_vxlan.x"
	k.Config = func(mark string, change int) string {
		return fmt.Sprintf(`
resource "hyperlab_vxlan" "x" {
  netns  = %q
  name   = %q
  mark   = %q
  vni    = 4242
  local  = "10.251.0.1"
  peers  = ["10.251.0.2"]
  bridge = %q
  mtu    = %d
}
`, acctest.TestNetns, name, mark, bridge, 1450-50*change)
	}
	k.Plant = func(t *testing.T, mark string) {
		plantLink(t, name, mark, name, "type", "vxlan", "id", "4242", "local", "10.251.0.1", "dstport", "4789")
		acctest.Sh(t, "ip", "addr", "add", "10.251.9.1/24", "dev", name)
		acctest.Sh(t, "bridge", "fdb", "append", "00:00:00:00:00:00", "dev", name, "dst", "10.251.0.9")
	}
	return k
}

func ownershipNatKind() acctest.OwnershipKind {
	const bridge, cidr = "hlaccown-nat", "10.95.0.0/24"
	model := func(mark string) *nat.Model {
		return &nat.Model{Bridge: types.StringValue(bridge), SourceCIDR: types.StringValue(cidr), Mark: types.StringValue(mark)}
	}
	rules := func(mark string) []nat.Rule {
		masquerade, forward := nat.Rules(model(mark))
		return append([]nat.Rule{masquerade}, forward...)
	}
	iptables := func(t *testing.T, op string, r nat.Rule) {
		acctest.Sh(t, append([]string{"iptables", "-t", r.Table, op, r.Chain}, r.Spec...)...)
	}
	// The rules tagged for the bridge, in the order iptables-save prints them.
	tagged := func(t *testing.T) string {
		var lines []string
		for _, line := range strings.Split(acctest.Sh(t, "iptables-save"), "\n") {
			if strings.Contains(line, nat.Tag(bridge)) {
				lines = append(lines, line)
			}
		}
		return strings.Join(lines, "\n")
	}
	return acctest.OwnershipKind{
		Name: "nat", Address: "hyperlab_nat.x", ImportID: acctest.TestNetns + "/" + bridge + "," + cidr,
		Config: func(mark string, change int) string {
			return fmt.Sprintf(`
resource "hyperlab_nat" "x" {
  netns       = %q
  bridge      = %q
  source_cidr = %q
  mark        = %q
  masquerade  = %t
}
`, acctest.TestNetns, bridge, cidr, mark, change == 0)
		},
		Plant: func(t *testing.T, mark string) {
			for _, r := range rules(mark) {
				iptables(t, "-A", r)
			}
		},
		Remark: func(t *testing.T, mark string) {
			for _, r := range rules(acctest.OwnershipMine) {
				if exec.Command("ip", append([]string{"netns", "exec", acctest.TestNetns, "iptables", "-t", r.Table, "-C", r.Chain}, r.Spec...)...).Run() == nil {
					iptables(t, "-D", r)
					iptables(t, "-A", rules(mark)[indexOfRule(rules(acctest.OwnershipMine), r)])
				}
			}
		},
		Fingerprint: tagged,
		Exists:      func(t *testing.T) bool { return tagged(t) != "" },
		Remove: func(t *testing.T) {
			for _, mark := range append([]string{acctest.OwnershipMine}, acctest.OwnershipForeignMarks...) {
				for _, r := range rules(mark) {
					for exec.Command("ip", append([]string{"netns", "exec", acctest.TestNetns, "iptables", "-t", r.Table, "-D", r.Chain}, r.Spec...)...).Run() == nil {
					}
				}
			}
			acctest.NatForgetBridge(bridge)
		},
	}
}

func indexOfRule(rules []nat.Rule, r nat.Rule) int {
	for i, x := range rules {
		if x.Table == r.Table && x.Chain == r.Chain && strings.Join(x.Spec, " ") == strings.Join(r.Spec, " ") {
			return i
		}
	}
	return -1
}

func ownershipDhcpKind(bridge string) acctest.OwnershipKind {
	m := &dhcp.Model{Netns: types.StringValue(acctest.TestNetns), Bridge: types.StringValue(bridge),
		RangeStart: types.StringValue("10.96.0.100"), RangeEnd: types.StringValue("10.96.0.199"), Router: types.StringValue("10.96.0.1"),
		LeaseSeconds: types.Int64Value(3600), Nameservers: types.ListNull(types.StringType), DomainSearch: types.ListNull(types.StringType),
		IPv6Nameservers: types.ListNull(types.StringType)}
	writeMark := func(t *testing.T, mark string) {
		if mark == "" {
			if err := os.Remove(m.MarkFile()); err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			return
		}
		if err := os.WriteFile(m.MarkFile(), []byte(mark+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return acctest.OwnershipKind{
		Name: "dhcp", Address: "hyperlab_dhcp.x", ImportID: acctest.TestNetns + "/" + bridge,
		Config: func(mark string, change int) string {
			return fmt.Sprintf(`
resource "hyperlab_dhcp" "x" {
  netns         = %q
  bridge        = %q
  mark          = %q
  range_start   = "10.96.0.100"
  range_end     = "10.96.0.199"
  router        = "10.96.0.1"
  lease_seconds = %d
}
`, acctest.TestNetns, bridge, mark, 3600*(1+change))
		},
		Plant: func(t *testing.T, mark string) {
			// Another stack's server (or one started by hand): dnsmasq with a pid file where hyperlab keeps one.
			if err := os.MkdirAll(m.HostsDir(), 0o755); err != nil {
				t.Fatal(err)
			}
			// Started as the resource starts its own (the lease directory made first), under no mark of ours.
			if err := m.Start(context.Background()); err != nil {
				t.Fatal(err)
			}
			writeMark(t, mark)
		},
		Remark: writeMark,
		Fingerprint: func(t *testing.T) string {
			pid, err := m.RunningPidAny()
			if err != nil {
				t.Fatal(err)
			}
			mark, err := os.ReadFile(m.MarkFile())
			if err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			cmdline, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
			return fmt.Sprintf("pid=%d mark=%q (%v) cmdline=%q", pid, mark, os.IsNotExist(err), cmdline)
		},
		Exists: func(t *testing.T) bool { pid, _ := m.RunningPidAny(); return pid != 0 },
		Remove: func(t *testing.T) {
			if pid, _ := m.RunningPidAny(); pid != 0 {
				if err := dhcp.Stop(context.Background(), pid); err != nil {
					t.Log(err)
				}
			}
			for _, p := range []string{m.PidFile(), m.HostsDir(), m.MarkFile(), m.DNSHostsDir()} {
				_ = os.RemoveAll(p)
			}
			// The lease file a server left on the host (its rules go with the test namespace).
			if err := m.RemoveLeaseFile(); err != nil {
				t.Error(err)
			}
		},
	}
}

func ownershipLxcKind() acctest.OwnershipKind {
	const name = "hlaccown-ct"
	configPath := filepath.Join(acctest.LxcTestPath, name, "config")
	lxcTool := func(tool string, args ...string) *exec.Cmd {
		return exec.Command("ip", append([]string{"netns", "exec", acctest.TestNetns, tool, "-P", acctest.LxcTestPath, "-n", name}, args...)...)
	}
	setMark := func(t *testing.T, mark string) {
		b, err := os.ReadFile(configPath)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
			if !strings.HasPrefix(line, lxc.MarkKey) {
				lines = append(lines, line)
			}
		}
		if mark != "" {
			lines = append(lines, lxc.MarkKey+" = "+mark)
		}
		if err := os.WriteFile(configPath, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return acctest.OwnershipKind{
		Name: "lxc_container", Address: "hyperlab_lxc_container.x", ImportID: acctest.TestNetns + "/" + name + ":" + acctest.LxcTestPath,
		Config: func(mark string, change int) string {
			return fmt.Sprintf(`
resource "hyperlab_lxc_container" "x" {
  netns     = %q
  name      = %q
  lxc_path  = %q
  template  = "busybox"
  running   = false
  mark      = %q
  autostart = %t
}
`, acctest.TestNetns, name, acctest.LxcTestPath, mark, change == 1)
		},
		Plant: func(t *testing.T, mark string) {
			if out, err := lxcTool("lxc-create", "-t", "busybox").CombinedOutput(); err != nil {
				t.Fatalf("lxc-create: %v\n%s", err, out)
			}
			if mark != "" {
				f, err := os.OpenFile(configPath, os.O_APPEND|os.O_WRONLY, 0)
				if err == nil {
					_, err = fmt.Fprintf(f, "%s = %s\n", lxc.MarkKey, mark)
					err = errors.Join(err, f.Close())
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		},
		Remark: setMark,
		Fingerprint: func(t *testing.T) string {
			b, err := os.ReadFile(configPath)
			if err != nil {
				t.Fatal(err)
			}
			state, _ := lxcTool("lxc-info", "-s", "-H").CombinedOutput()
			return fmt.Sprintf("config sha256=%x state=%s", sha256.Sum256(b), strings.TrimSpace(string(state)))
		},
		Exists: func(t *testing.T) bool { _, err := os.Stat(configPath); return err == nil },
		Remove: func(t *testing.T) { _ = lxcTool("lxc-destroy", "-f").Run() },
	}
}
