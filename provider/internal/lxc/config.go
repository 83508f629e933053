package lxc

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// The container's LXC configuration file: what lxc-create starts from, the keys
// the resource changes in place, and what Read takes back from it.

// Keys the resource changes in place; the rest of the configuration is LXC's and
// the template's. cpuset.cpus is what earlier versions wrote for cpus (the first N
// host CPUs): it is managed so an update removes it.
var managedKeys = []string{"lxc.cgroup2.memory.max", "lxc.cgroup2.cpu.max", "lxc.cgroup2.cpuset.cpus", "lxc.start.auto", resourceutil.WaitForKey, MarkKey}

// MarkKey records the resource's identity in the configuration, as an LXC comment
// lxc-create writes with the rest: a container of the name without it is someone else's.
const MarkKey = "# hyperlab.mark"

// cpuPeriod is the CFS period of the CPU quota, in microseconds (the kernel's default).
const cpuPeriod = 100000

// cpuMax is the cgroup v2 cpu.max value that lets the container use n CPUs' worth
// of time, spread over whichever host CPUs the scheduler picks.
func cpuMax(n int64) string { return fmt.Sprintf("%d %d", n*cpuPeriod, cpuPeriod) }

func (m *ContainerModel) managedConfig() []string {
	lines := []string{MarkKey + " = " + m.Mark.ValueString()}
	if !m.MemoryMiB.IsNull() {
		lines = append(lines, fmt.Sprintf("lxc.cgroup2.memory.max = %d", m.MemoryMiB.ValueInt64()*1024*1024))
	}
	if !m.Cpus.IsNull() {
		lines = append(lines, "lxc.cgroup2.cpu.max = "+cpuMax(m.Cpus.ValueInt64()))
	}
	auto := "0"
	if m.Autostart.ValueBool() {
		auto = "1"
	}
	lines = append(lines, "lxc.start.auto = "+auto)
	if m.WaitFor != nil {
		lines = append(lines, m.WaitFor.ConfigLine())
	}
	return lines
}

// CreateConfig is the configuration lxc-create starts from: the container's own
// lines (name, NICs), then the keys the resource changes in place.
func (m *ContainerModel) CreateConfig(ctx context.Context) ([]string, error) {
	own, err := m.OwnConfig(ctx)
	return append(own, m.managedConfig()...), err
}

// The template a container was made from, recorded in its configuration as LXC
// comments (LXC keeps them), so import and Read can give it back.
const (
	templateKey     = "# hyperlab.template"
	templateArgsKey = "# hyperlab.template_args"
)

// OwnConfig is what a container keeps for life: its name, template, user namespace,
// confinement and NICs (a change replaces it).
func (m *ContainerModel) OwnConfig(ctx context.Context) ([]string, error) {
	var args []string
	if err := resourceutil.ElementsInto(ctx, m.TemplateArgs, &args); err != nil {
		return nil, fmt.Errorf("template_args of %s: %w", m.Name.ValueString(), err)
	}
	lines := []string{
		"lxc.uts.name = " + m.Name.ValueString(),
		templateKey + " = " + m.Template.ValueString(),
		strings.TrimSpace(templateArgsKey + " = " + strings.Join(args, " ")),
		// LXC's own AppArmor profile for the container (no nesting): it confines
		// a privileged container too. On a host without AppArmor, LXC has no LSM
		// to load it into and starts the container without.
		"lxc.apparmor.profile = generated",
		"lxc.apparmor.allow_nesting = 0",
	}
	if !m.Privileged.ValueBool() {
		// Root in the container is an unprivileged user on the host.
		start, count := m.IDMapStart.ValueInt64(), m.IDMapCount.ValueInt64()
		lines = append(lines, fmt.Sprintf("lxc.idmap = u 0 %d %d", start, count), fmt.Sprintf("lxc.idmap = g 0 %d %d", start, count))
	}
	var nics []Nic
	if err := resourceutil.ElementsInto(ctx, m.Nics, &nics); err != nil {
		return nil, fmt.Errorf("nics of %s: %w", m.Name.ValueString(), err)
	}
	for i, nic := range nics {
		k := fmt.Sprintf("lxc.net.%d", i)
		lines = append(lines, k+".type = veth", k+".link = "+nic.Bridge.ValueString(), k+".flags = up", k+".hwaddr = "+nic.Hwaddr.ValueString())
		if v := nic.IPv4.ValueString(); v != "" {
			lines = append(lines, k+".ipv4.address = "+v)
		}
		if v := nic.Gateway.ValueString(); v != "" {
			lines = append(lines, k+".ipv4.gateway = "+v)
		}
		if v := nic.IPv6.ValueString(); v != "" {
			lines = append(lines, k+".ipv6.address = "+v)
		}
		if v := nic.Gateway6.ValueString(); v != "" {
			lines = append(lines, k+".ipv6.gateway = "+v)
		}
		if !nic.VlanID.IsNull() {
			lines = append(lines, fmt.Sprintf("%s.veth.vlan.id = %d", k, nic.VlanID.ValueInt64()))
		}
	}
	if len(nics) == 0 {
		lines = append(lines, "lxc.net.0.type = empty")
	}
	return lines, nil
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
func (m *ContainerModel) writeManagedConfig() error {
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
	return writeConfigLines(m.configPath(), append(kept, m.managedConfig()...))
}

// writeConfigLines writes a container's configuration.
func writeConfigLines(path string, lines []string) error {
	return os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o640)
}

// ReadNics gives the veth NICs of the configuration, in index order.
func ReadNics(ctx context.Context, lines []string) (types.List, diag.Diagnostics) {
	byIndex := map[int]*Nic{}
	key := regexp.MustCompile(`^lxc\.net\.(\d+)\.(.+)$`)
	for _, line := range lines {
		k, v, ok := strings.Cut(line, "=")
		m := key.FindStringSubmatch(strings.TrimSpace(k))
		if !ok || m == nil {
			continue
		}
		i, err := strconv.Atoi(m[1])
		if err != nil {
			continue // an index beyond int: no NIC LXC would make
		}
		nic := byIndex[i]
		if nic == nil {
			nic = &Nic{Bridge: types.StringNull(), Hwaddr: types.StringNull(), IPv4: types.StringNull(), Gateway: types.StringNull(), VlanID: types.Int64Null(),
				IPv6: types.StringNull(), Gateway6: types.StringNull()}
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
		case "ipv6.address":
			nic.IPv6 = types.StringValue(v)
		case "ipv6.gateway":
			nic.Gateway6 = types.StringValue(v)
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
	nics := make([]Nic, 0, len(indexes))
	for _, i := range indexes {
		nics = append(nics, *byIndex[i])
	}
	return types.ListValueFrom(ctx, NicType, nics)
}

// configValues gives every value of a key that may repeat (lxc.idmap).
func configValues(lines []string, key string) []string {
	var values []string
	for _, line := range lines {
		k, v, ok := strings.Cut(line, "=")
		if ok && strings.TrimSpace(k) == key {
			values = append(values, strings.TrimSpace(v))
		}
	}
	return values
}

var idMapLine = regexp.MustCompile(`^([ug]) 0 (\d+) (\d+)$`)

// ReadIDMap gives the container's user namespace as the resource describes it:
// privileged when the configuration maps no ids, else the host ids that container
// root's uid and gid 0 map to, when both maps are the same single range.
func ReadIDMap(lines []string) (privileged bool, start, count int64, ok bool) {
	maps := configValues(lines, "lxc.idmap")
	if len(maps) == 0 {
		return true, 0, 0, true
	}
	ranges := map[string][2]int64{}
	for _, v := range maps {
		m := idMapLine.FindStringSubmatch(v)
		if m == nil {
			return false, 0, 0, false
		}
		s, serr := strconv.ParseInt(m[2], 10, 64)
		c, cerr := strconv.ParseInt(m[3], 10, 64)
		if serr != nil || cerr != nil {
			return false, 0, 0, false // not a mapping hyperlab wrote
		}
		ranges[m[1]] = [2]int64{s, c}
	}
	u, g := ranges["u"], ranges["g"]
	if len(maps) != 2 || u != g {
		return false, 0, 0, false
	}
	return false, u[0], u[1], true
}

// ReadCpus gives the CPU count of a cpu.max quota written by cpuMax.
func ReadCpus(lines []string) (int64, bool) {
	v, ok := configValue(lines, "lxc.cgroup2.cpu.max")
	if !ok {
		return 0, false
	}
	var quota, period int64
	if _, err := fmt.Sscanf(v, "%d %d", &quota, &period); err != nil || period != cpuPeriod || quota%cpuPeriod != 0 {
		return 0, false
	}
	return quota / cpuPeriod, true
}
