package provider

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/types"
)

// The container's LXC configuration file: what lxc-create starts from, the keys
// the resource changes in place, and what Read takes back from it.

// Keys the resource changes in place; the rest of the configuration is LXC's and the template's.
var managedKeys = []string{"lxc.cgroup2.memory.max", "lxc.cgroup2.cpuset.cpus", "lxc.start.auto"}

func (m *lxcContainerModel) managedConfig() []string {
	var lines []string
	if !m.MemoryMiB.IsNull() {
		lines = append(lines, fmt.Sprintf("lxc.cgroup2.memory.max = %d", m.MemoryMiB.ValueInt64()*1024*1024))
	}
	if !m.Cpus.IsNull() {
		cpus := "0"
		if n := m.Cpus.ValueInt64(); n > 1 {
			cpus = fmt.Sprintf("0-%d", n-1)
		}
		lines = append(lines, "lxc.cgroup2.cpuset.cpus = "+cpus)
	}
	auto := "0"
	if m.Autostart.ValueBool() {
		auto = "1"
	}
	return append(lines, "lxc.start.auto = "+auto)
}

// createConfig is the configuration lxc-create starts from: the container's own
// lines (name, NICs), then the keys the resource changes in place.
func (m *lxcContainerModel) createConfig(ctx context.Context) []string {
	return append(m.ownConfig(ctx), m.managedConfig()...)
}

// ownConfig is what a container keeps for life: its name and NICs (a change replaces it).
func (m *lxcContainerModel) ownConfig(ctx context.Context) []string {
	lines := []string{"lxc.uts.name = " + m.Name.ValueString(), "lxc.apparmor.profile = unconfined"}
	var nics []lxcNic
	m.Nics.ElementsAs(ctx, &nics, false)
	for i, nic := range nics {
		k := fmt.Sprintf("lxc.net.%d", i)
		lines = append(lines, k+".type = veth", k+".link = "+nic.Bridge.ValueString(), k+".flags = up", k+".hwaddr = "+nic.Hwaddr.ValueString())
		if v := nic.IPv4.ValueString(); v != "" {
			lines = append(lines, k+".ipv4.address = "+v)
		}
		if v := nic.Gateway.ValueString(); v != "" {
			lines = append(lines, k+".ipv4.gateway = "+v)
		}
		if !nic.VlanID.IsNull() {
			lines = append(lines, fmt.Sprintf("%s.veth.vlan.id = %d", k, nic.VlanID.ValueInt64()))
		}
	}
	if len(nics) == 0 {
		lines = append(lines, "lxc.net.0.type = empty")
	}
	return lines
}

func readConfig(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimRight(string(b), "\n"), "\n"), nil
}

func configValue(lines []string, key string) (string, bool) {
	for _, line := range lines {
		k, v, ok := strings.Cut(line, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// writeManagedConfig replaces the managed keys in the container's configuration.
func (m *lxcContainerModel) writeManagedConfig() error {
	lines, err := readConfig(m.configPath())
	if err != nil {
		return err
	}
	kept := lines[:0]
	for _, line := range lines {
		k, _, _ := strings.Cut(line, "=")
		managed := false
		for _, key := range managedKeys {
			managed = managed || strings.TrimSpace(k) == key
		}
		if !managed {
			kept = append(kept, line)
		}
	}
	return os.WriteFile(m.configPath(), []byte(strings.Join(append(kept, m.managedConfig()...), "\n")+"\n"), 0o640)
}

// readNics gives the veth NICs of the configuration, in index order.
func readNics(ctx context.Context, lines []string) types.List {
	byIndex := map[int]*lxcNic{}
	key := regexp.MustCompile(`^lxc\.net\.(\d+)\.(.+)$`)
	for _, line := range lines {
		k, v, ok := strings.Cut(line, "=")
		m := key.FindStringSubmatch(strings.TrimSpace(k))
		if !ok || m == nil {
			continue
		}
		i, _ := strconv.Atoi(m[1])
		nic := byIndex[i]
		if nic == nil {
			nic = &lxcNic{Bridge: types.StringNull(), Hwaddr: types.StringNull(), IPv4: types.StringNull(), Gateway: types.StringNull(), VlanID: types.Int64Null()}
			byIndex[i] = nic
		}
		v = strings.TrimSpace(v)
		switch m[2] {
		case "link":
			nic.Bridge = types.StringValue(v)
		case "hwaddr":
			nic.Hwaddr = types.StringValue(v)
		case "ipv4.address":
			nic.IPv4 = types.StringValue(v)
		case "ipv4.gateway":
			nic.Gateway = types.StringValue(v)
		case "veth.vlan.id":
			if id, err := strconv.ParseInt(v, 10, 64); err == nil {
				nic.VlanID = types.Int64Value(id)
			}
		case "type":
			if v != "veth" {
				nic.Bridge = types.StringNull()
			}
		}
	}
	indexes := make([]int, 0, len(byIndex))
	for i, nic := range byIndex {
		if !nic.Bridge.IsNull() {
			indexes = append(indexes, i)
		}
	}
	sort.Ints(indexes)
	nics := make([]lxcNic, 0, len(indexes))
	for _, i := range indexes {
		nics = append(nics, *byIndex[i])
	}
	list, _ := types.ListValueFrom(ctx, lxcNicType, nics)
	return list
}
