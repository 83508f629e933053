package provider

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
)

// The ownership table for the host-network resources and LXC containers: a
// bridge, a TAP, a VXLAN device, a NAT network's rules, a DHCP server and a
// container, each of another stack or of no one, on every path.
func TestAccOwnershipNet(t *testing.T) {
	requireNetns(t)
	const (
		vxBridge = "hlaccown-vxbr" // the VXLAN device's bridge, made by hand: not under test
		dhBridge = "hlaccown-dh"   // the DHCP server's bridge, the same
	)
	t.Cleanup(func() {
		for _, link := range []string{vxBridge, dhBridge} {
			_ = exec.Command("ip", "-n", testNetns, "link", "delete", link).Run()
		}
	})
	for _, link := range []string{vxBridge, dhBridge} {
		_ = exec.Command("ip", "-n", testNetns, "link", "delete", link).Run()
		sh(t, "ip", "link", "add", link, "type", "bridge")
		sh(t, "ip", "link", "set", link, "up")
	}
	sh(t, "ip", "addr", "add", "10.96.0.1/24", "dev", dhBridge)
	runOwnershipTable(t, []ownershipKind{
		ownershipBridgeKind(), ownershipTapKind(), ownershipVxlanKind(vxBridge),
		ownershipNatKind(), ownershipDhcpKind(dhBridge), ownershipLxcKind(),
	})
}

// ownershipLink is the part every link kind shares: planted with `ip link`,
// re-marked in its alias, fingerprinted by `ip -d -j link show` without what
// the kernel changes by itself (the bridge's timers).
func ownershipLink(name string, extra func(t *testing.T) string) ownershipKind {
	return ownershipKind{
		importID: testNetns + "/" + name,
		remark: func(t *testing.T, mark string) {
			alias := ""
			if mark != "" {
				alias = "hyperlab-owner=" + mark
			}
			sh(t, "ip", "link", "set", "dev", name, "alias", alias)
		},
		fingerprint: func(t *testing.T) string {
			var links []map[string]any
			if err := json.Unmarshal([]byte(sh(t, "ip", "-d", "-j", "link", "show", "dev", name)), &links); err != nil {
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
		exists: func(t *testing.T) bool {
			return exec.Command("ip", "-n", testNetns, "link", "show", "dev", name).Run() == nil
		},
		remove: func(t *testing.T) { _ = exec.Command("ip", "-n", testNetns, "link", "delete", name).Run() },
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
	sh(t, append([]string{"ip", "link", "add"}, add...)...)
	if mark != "" {
		sh(t, "ip", "link", "set", "dev", name, "alias", "hyperlab-owner="+mark)
	}
}

func ownershipBridgeKind() ownershipKind {
	const name = "hlaccown-br"
	k := ownershipLink(name, nil)
	k.name, k.address = "bridge", "hyperlab_bridge.x"
	k.config = func(mark string, change int) string {
		return fmt.Sprintf(`
resource "hyperlab_bridge" "x" {
  netns = %q
  name  = %q
  mark  = %q
  mtu   = %d
}
`, testNetns, name, mark, 1500-100*change)
	}
	k.plant = func(t *testing.T, mark string) { plantLink(t, name, mark, name, "type", "bridge") }
	return k
}

func ownershipTapKind() ownershipKind {
	const name = "hlaccown-tap"
	k := ownershipLink(name, nil)
	k.name, k.address = "tap", "hyperlab_tap.x"
	k.config = func(mark string, change int) string {
		return fmt.Sprintf(`
resource "hyperlab_tap" "x" {
  netns = %q
  name  = %q
  mark  = %q
  mtu   = %d
}
`, testNetns, name, mark, 1500-100*change)
	}
	k.plant = func(t *testing.T, mark string) {
		sh(t, "ip", "tuntap", "add", "dev", name, "mode", "tap")
		if mark != "" {
			sh(t, "ip", "link", "set", "dev", name, "alias", "hyperlab-owner="+mark)
		}
	}
	return k
}

func ownershipVxlanKind(bridge string) ownershipKind {
	const name = "hlaccown-vx"
	k := ownershipLink(name, func(t *testing.T) string {
		// Its IPv4 addresses and its FDB (the flood peers), sorted.
		lines := strings.Split(sh(t, "ip", "-4", "-o", "addr", "show", "dev", name)+sh(t, "bridge", "fdb", "show", "dev", name), "\n")
		sort.Strings(lines)
		return strings.Join(lines, "\n")
	})
	k.name, k.address = "vxlan", "hyperlab_vxlan.x"
	k.config = func(mark string, change int) string {
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
`, testNetns, name, mark, bridge, 1450-50*change)
	}
	k.plant = func(t *testing.T, mark string) {
		plantLink(t, name, mark, name, "type", "vxlan", "id", "4242", "local", "10.251.0.1", "dstport", "4789")
		sh(t, "ip", "addr", "add", "10.251.9.1/24", "dev", name)
		sh(t, "bridge", "fdb", "append", "00:00:00:00:00:00", "dev", name, "dst", "10.251.0.9")
	}
	return k
}

func ownershipNatKind() ownershipKind {
	const bridge, cidr = "hlaccown-nat", "10.95.0.0/24"
	model := func(mark string) *natModel {
		return &natModel{Bridge: types.StringValue(bridge), SourceCIDR: types.StringValue(cidr), Mark: types.StringValue(mark)}
	}
	rules := func(mark string) []natRule {
		masquerade, forward := natRules(model(mark))
		return append([]natRule{masquerade}, forward...)
	}
	iptables := func(t *testing.T, op string, r natRule) {
		sh(t, append([]string{"iptables", "-t", r.table, op, r.chain}, r.spec...)...)
	}
	// The rules tagged for the bridge, in the order iptables-save prints them.
	tagged := func(t *testing.T) string {
		var lines []string
		for _, line := range strings.Split(sh(t, "iptables-save"), "\n") {
			if strings.Contains(line, natTag(bridge)) {
				lines = append(lines, line)
			}
		}
		return strings.Join(lines, "\n")
	}
	return ownershipKind{
		name: "nat", address: "hyperlab_nat.x", importID: testNetns + "/" + bridge + "," + cidr,
		config: func(mark string, change int) string {
			return fmt.Sprintf(`
resource "hyperlab_nat" "x" {
  netns       = %q
  bridge      = %q
  source_cidr = %q
  mark        = %q
  masquerade  = %t
}
`, testNetns, bridge, cidr, mark, change == 0)
		},
		plant: func(t *testing.T, mark string) {
			for _, r := range rules(mark) {
				iptables(t, "-A", r)
			}
		},
		remark: func(t *testing.T, mark string) {
			for _, r := range rules(ownershipMine) {
				if exec.Command("ip", append([]string{"netns", "exec", testNetns, "iptables", "-t", r.table, "-C", r.chain}, r.spec...)...).Run() == nil {
					iptables(t, "-D", r)
					iptables(t, "-A", rules(mark)[indexOfRule(rules(ownershipMine), r)])
				}
			}
		},
		fingerprint: tagged,
		exists:      func(t *testing.T) bool { return tagged(t) != "" },
		remove: func(t *testing.T) {
			for _, mark := range append([]string{ownershipMine}, ownershipForeignMarks...) {
				for _, r := range rules(mark) {
					for exec.Command("ip", append([]string{"netns", "exec", testNetns, "iptables", "-t", r.table, "-D", r.chain}, r.spec...)...).Run() == nil {
					}
				}
			}
			natForgetBridge(bridge)
		},
	}
}

func indexOfRule(rules []natRule, r natRule) int {
	for i, x := range rules {
		if x.table == r.table && x.chain == r.chain && strings.Join(x.spec, " ") == strings.Join(r.spec, " ") {
			return i
		}
	}
	return -1
}

func ownershipDhcpKind(bridge string) ownershipKind {
	m := &dhcpModel{Netns: types.StringValue(testNetns), Bridge: types.StringValue(bridge),
		RangeStart: types.StringValue("10.96.0.100"), RangeEnd: types.StringValue("10.96.0.199"), Router: types.StringValue("10.96.0.1"),
		LeaseSeconds: types.Int64Value(3600), Nameservers: types.ListNull(types.StringType), DomainSearch: types.ListNull(types.StringType),
		IPv6Nameservers: types.ListNull(types.StringType)}
	writeMark := func(t *testing.T, mark string) {
		if mark == "" {
			if err := os.Remove(m.markFile()); err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			return
		}
		if err := os.WriteFile(m.markFile(), []byte(mark+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return ownershipKind{
		name: "dhcp", address: "hyperlab_dhcp.x", importID: testNetns + "/" + bridge,
		config: func(mark string, change int) string {
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
`, testNetns, bridge, mark, 3600*(1+change))
		},
		plant: func(t *testing.T, mark string) {
			// Another stack's server (or one started by hand): dnsmasq with a pid file where hyperlab keeps one.
			if err := os.MkdirAll(m.hostsDir(), 0o755); err != nil {
				t.Fatal(err)
			}
			// Started as the resource starts its own (the lease directory made first), under no mark of ours.
			if err := m.start(context.Background()); err != nil {
				t.Fatal(err)
			}
			writeMark(t, mark)
		},
		remark: writeMark,
		fingerprint: func(t *testing.T) string {
			pid, err := m.runningPidAny()
			if err != nil {
				t.Fatal(err)
			}
			mark, err := os.ReadFile(m.markFile())
			if err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			cmdline, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
			return fmt.Sprintf("pid=%d mark=%q (%v) cmdline=%q", pid, mark, os.IsNotExist(err), cmdline)
		},
		exists: func(t *testing.T) bool { pid, _ := m.runningPidAny(); return pid != 0 },
		remove: func(t *testing.T) {
			if pid, _ := m.runningPidAny(); pid != 0 {
				if err := stop(context.Background(), pid); err != nil {
					t.Log(err)
				}
			}
			for _, p := range []string{m.pidFile(), m.hostsDir(), m.markFile(), m.dnsHostsDir()} {
				_ = os.RemoveAll(p)
			}
			// The lease file a server left on the host (its rules go with the test namespace).
			if err := m.removeLeaseFile(); err != nil {
				t.Error(err)
			}
		},
	}
}

func ownershipLxcKind() ownershipKind {
	const name = "hlaccown-ct"
	configPath := filepath.Join(lxcTestPath, name, "config")
	lxc := func(tool string, args ...string) *exec.Cmd {
		return exec.Command("ip", append([]string{"netns", "exec", testNetns, tool, "-P", lxcTestPath, "-n", name}, args...)...)
	}
	setMark := func(t *testing.T, mark string) {
		b, err := os.ReadFile(configPath)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
			if !strings.HasPrefix(line, markKey) {
				lines = append(lines, line)
			}
		}
		if mark != "" {
			lines = append(lines, markKey+" = "+mark)
		}
		if err := os.WriteFile(configPath, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return ownershipKind{
		name: "lxc_container", address: "hyperlab_lxc_container.x", importID: testNetns + "/" + name + ":" + lxcTestPath,
		config: func(mark string, change int) string {
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
`, testNetns, name, lxcTestPath, mark, change == 1)
		},
		plant: func(t *testing.T, mark string) {
			if out, err := lxc("lxc-create", "-t", "busybox").CombinedOutput(); err != nil {
				t.Fatalf("lxc-create: %v\n%s", err, out)
			}
			if mark != "" {
				f, err := os.OpenFile(configPath, os.O_APPEND|os.O_WRONLY, 0)
				if err == nil {
					_, err = fmt.Fprintf(f, "%s = %s\n", markKey, mark)
					err = errors.Join(err, f.Close())
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		},
		remark: setMark,
		fingerprint: func(t *testing.T) string {
			b, err := os.ReadFile(configPath)
			if err != nil {
				t.Fatal(err)
			}
			state, _ := lxc("lxc-info", "-s", "-H").CombinedOutput()
			return fmt.Sprintf("config sha256=%x state=%s", sha256.Sum256(b), strings.TrimSpace(string(state)))
		},
		exists: func(t *testing.T) bool { _, err := os.Stat(configPath); return err == nil },
		remove: func(t *testing.T) { _ = lxc("lxc-destroy", "-f").Run() },
	}
}
