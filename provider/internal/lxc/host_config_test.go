package lxc_test

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/dhcp"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/lxc"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

func lxcModel(t *testing.T, privileged bool, args ...string) *lxc.ContainerModel {
	t.Helper()
	ctx := context.Background()
	nics, _ := types.ListValueFrom(ctx, lxc.NicType, []lxc.Nic{
		{Bridge: types.StringValue("hlbr0"), Hwaddr: types.StringValue("52:54:00:12:34:56"), IPv4: types.StringValue("10.1.0.5/24"),
			Gateway: types.StringValue("10.1.0.1"), VlanID: types.Int64Null()},
		{Bridge: types.StringValue("hlbr1"), Hwaddr: types.StringValue("52:54:00:12:34:57"), IPv4: types.StringValue("10.2.0.5/24"),
			Gateway: types.StringNull(), VlanID: types.Int64Null()},
	})
	templateArgs, _ := types.ListValueFrom(ctx, types.StringType, args)
	return &lxc.ContainerModel{
		Name: types.StringValue("ct"), LxcPath: types.StringValue(t.TempDir()), Template: types.StringValue("download"),
		TemplateArgs: templateArgs, Nics: nics, MemoryMiB: types.Int64Value(256), Cpus: types.Int64Value(2),
		Autostart: types.BoolValue(true), Privileged: types.BoolValue(privileged),
		IDMapStart: types.Int64Value(200000), IDMapCount: types.Int64Value(65536),
	}
}

// The configuration a container starts from: unprivileged by default (root maps to
// the id map's first host id), LXC's generated AppArmor profile in both kinds, the
// template recorded, one default route, and a CPU quota rather than a pinning.
func TestLxcConfigLines(t *testing.T) {
	ctx := context.Background()
	lines, err := lxcModel(t, false, "--dist", "debian").CreateConfig(ctx)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(lines, "\n")
	for _, want := range []string{
		"lxc.idmap = u 0 200000 65536", "lxc.idmap = g 0 200000 65536",
		"lxc.apparmor.profile = generated", "lxc.apparmor.allow_nesting = 0",
		"# hyperlab.template = download", "# hyperlab.template_args = --dist debian",
		"lxc.net.0.ipv4.gateway = 10.1.0.1", "lxc.cgroup2.cpu.max = 200000 100000",
	} {
		if !strings.Contains(text, want+"\n") && !strings.HasSuffix(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
	for _, never := range []string{"unconfined", "lxc.net.1.ipv4.gateway", "cpuset"} {
		if strings.Contains(text, never) {
			t.Errorf("%q in\n%s", never, text)
		}
	}
	privilegedLines, err := lxcModel(t, true).CreateConfig(ctx)
	if err != nil {
		t.Fatal(err)
	}
	privileged := strings.Join(privilegedLines, "\n")
	if strings.Contains(privileged, "lxc.idmap") || !strings.Contains(privileged, "lxc.apparmor.profile = generated") {
		t.Errorf("privileged container:\n%s", privileged)
	}
	if !strings.Contains(privileged, "# hyperlab.template_args =\n") {
		t.Errorf("no empty template_args record:\n%s", privileged)
	}
}

func TestReadIDMap(t *testing.T) {
	cases := []struct {
		lines      []string
		privileged bool
		start      int64
		ok         bool
	}{
		{nil, true, 0, true},
		{[]string{"lxc.idmap = u 0 100000 65536", "lxc.idmap = g 0 100000 65536"}, false, 100000, true},
		{[]string{"lxc.idmap = u 0 100000 65536", "lxc.idmap = g 0 300000 65536"}, false, 0, false}, // edited by hand
		{[]string{"lxc.idmap = u 0 100000 65536"}, false, 0, false},
		{[]string{"lxc.idmap = u 1 100000 65536", "lxc.idmap = g 1 100000 65536"}, false, 0, false},
	}
	for i, c := range cases {
		privileged, start, _, ok := lxc.ReadIDMap(c.lines)
		if privileged != c.privileged || start != c.start || ok != c.ok {
			t.Errorf("case %d: got %v %d %v", i, privileged, start, ok)
		}
	}
}

func TestReadCpus(t *testing.T) {
	for line, want := range map[string]int64{
		"lxc.cgroup2.cpu.max = 100000 100000": 1, "lxc.cgroup2.cpu.max = 400000 100000": 4,
		"lxc.cgroup2.cpu.max = 150000 100000": 0, "lxc.cgroup2.cpu.max = max 100000": 0, "lxc.cgroup2.cpu.max = 100000 50000": 0,
	} {
		n, ok := lxc.ReadCpus([]string{line})
		if (want == 0) == ok || n != want {
			t.Errorf("%s: %d %v", line, n, ok)
		}
	}
}

// Reservations round-trip through dnsmasq's hosts files, the no-route tag included.
func TestHostsLine(t *testing.T) {
	cases := map[string]dhcp.Reservation{
		"52:54:00:00:00:01,10.0.0.5,a\n":                {MAC: "52:54:00:00:00:01", Address: types.StringValue("10.0.0.5"), Hostname: "a", DefaultRoute: types.BoolNull()},
		"52:54:00:00:00:02,set:hl-noroute,10.0.0.6,b\n": {MAC: "52:54:00:00:00:02", Address: types.StringValue("10.0.0.6"), Hostname: "b", DefaultRoute: types.BoolValue(false)},
		"52:54:00:00:00:03,set:hl-noroute,c\n":          {MAC: "52:54:00:00:00:03", Address: types.StringNull(), Hostname: "c", DefaultRoute: types.BoolValue(false)},
		"52:54:00:00:00:04,d\n":                         {MAC: "52:54:00:00:00:04", Address: types.StringNull(), Hostname: "d", DefaultRoute: types.BoolNull()},
	}
	for line, res := range cases {
		if got := res.HostsLine(); got != line {
			t.Errorf("hostsLine: %q, want %q", got, line)
		}
		back, ok := dhcp.ParseHostsLine(line)
		if !ok || back.MAC != res.MAC || !back.Address.Equal(res.Address) || back.Hostname != res.Hostname || !back.DefaultRoute.Equal(res.DefaultRoute) {
			t.Errorf("parseHostsLine(%q) = %+v %v", line, back, ok)
		}
	}
	// default_route true is the router's default: written as no tag at all.
	res := dhcp.Reservation{MAC: "52:54:00:00:00:05", Address: types.StringNull(), Hostname: "e", DefaultRoute: types.BoolValue(true)}
	if got := res.HostsLine(); got != "52:54:00:00:00:05,e\n" {
		t.Errorf("default_route true: %q", got)
	}
	for _, bad := range []string{"", "x", "52:54:00:00:00:01,set:other,a", "52:54:00:00:00:01,1,2,3,4"} {
		if _, ok := dhcp.ParseHostsLine(bad); ok {
			t.Errorf("parseHostsLine(%q) accepted", bad)
		}
	}
}

func TestDhcpArgvOptions(t *testing.T) {
	ctx := context.Background()
	ns, _ := types.ListValueFrom(ctx, types.StringType, []string{"10.0.0.1", "9.9.9.9"})
	domains, _ := types.ListValueFrom(ctx, types.StringType, []string{"lab.example"})
	m := &dhcp.Model{Netns: types.StringValue(""), Bridge: types.StringValue("hlbr0"), RangeStart: types.StringValue("10.0.0.100"),
		RangeEnd: types.StringValue("10.0.0.199"), LeaseSeconds: types.Int64Value(3600), Router: types.StringValue("10.0.0.1"),
		Nameservers: ns, DomainSearch: domains}
	argv := strings.Join(m.Argv(), " ")
	for _, want := range []string{"--dhcp-option=option:router,10.0.0.1", "--dhcp-option=tag:hl-noroute,option:router ",
		"--dhcp-option=option:dns-server,10.0.0.1,9.9.9.9", "--dhcp-option=option:domain-search,lab.example", "--port=0"} {
		if !strings.Contains(argv, want) {
			t.Errorf("%q not in %s", want, argv)
		}
	}
	m.Nameservers, m.DomainSearch = types.ListValueMust(types.StringType, nil), types.ListValueMust(types.StringType, nil)
	if argv := strings.Join(m.Argv(), " "); strings.Contains(argv, "dns-server") || strings.Contains(argv, "domain-search") {
		t.Errorf("empty lists wrote options: %s", argv)
	}
}

// Every validator of a value that lands in a config-file line or an argv word
// refuses control characters (a newline would start a new LXC configuration
// line) and, for argv words, a leading '-'.
func TestHostValidatorsRefuse(t *testing.T) {
	ctx := context.Background()
	check := func(v validator.String, value string) bool {
		resp := &validator.StringResponse{}
		v.ValidateString(ctx, validator.StringRequest{Path: path.Root("x"), ConfigValue: types.StringValue(value)}, resp)
		return !resp.Diagnostics.HasError()
	}
	refused := map[string][]string{
		"ifaceWord":      {"x\nlxc.mount.entry = /etc etc none bind 0 0", "-x", "br\x00", "a b", "0123456789abcdef"},
		"macWord":        {"52:54:00:12:34:56\nlxc.idmap = u 0 0 1", "52:54:00:12:34"},
		"ipv4Address":    {"10.0.0.1\nlxc.mount.entry = /etc etc", "10.0.0.1,set:x", "10.0.0.256", "fd00::1", "010.0.0.1"},
		"ipv4WithPrefix": {"10.0.0.1/24\nx", "10.0.0.1", "10.0.0.1/33"},
		"templateWord":   {"-t", "busybox\n", "../x"},
		"containerName":  {"-ct", "ct\n", "a_b", ""},
		"hostPathArg":    {"relative", "/var/lib/lxc\n", "-/x", "/var/lib/lxc/", "/var//lib/lxc", "/var/./lib", "/var/x/../lib"},
		"lxcPathArg":     {"/srv/my containers", "/srv/lxc*", "/srv/\u2028x", "relative", "-/x", "/var/lib/lxc/", "//var/lib/lxc", "/srv/a/../lxc"},
		"domainWord":     {"lab.example,evil", "-lab", "lab..example"},
		"netnsWord":      {"../etc", "a/b", "-n", ".hidden", "ns\n", "ns\x00", "a b"},
		"posixNameWord":  {"-root", "qemu\n", "a b", "a:b", ".x", ""},
		"ipv4Network":    {"10.0.3.1/24", "10.0.3.0", "10.0.3.0/24\n", "fd00::/64"},
	}
	validators := map[string]validator.String{"ifaceWord": validate.IfaceWord, "macWord": validate.MacWord, "ipv4Address": validate.IPv4Address,
		"ipv4WithPrefix": validate.IPv4WithPrefix, "templateWord": validate.TemplateWord, "containerName": validate.ContainerNameWord, "hostPathArg": validate.HostPathArg, "domainWord": validate.DomainWord, "lxcPathArg": validate.LxcPathArg,
		"netnsWord": validate.NetnsWord, "posixNameWord": validate.PosixNameWord, "ipv4Network": validate.IPv4Network}
	accepted := map[string][]string{
		"ifaceWord": {"hlbr0", "vmbr0.10"}, "macWord": {"52:54:00:12:34:56"}, "ipv4Address": {"10.0.0.1"},
		"ipv4WithPrefix": {"10.0.0.5/24", "192.0.2.1/32"}, "templateWord": {"busybox", "download"}, "containerName": {"ct-1"},
		"hostPathArg": {"/var/lib/lxc", "/srv/VirtualBox VMs/a@b~1.vdi"}, "domainWord": {"lab.example", "LAB"},
		"lxcPathArg": {"/var/lib/lxc", "/srv/lxc@lab~1"},
		"netnsWord":  {"", "hlacc", "hl-to-1234", "lab_1.a"}, "posixNameWord": {"qemu", "libvirt-qemu", "kvm", "svc$", "1000"},
		"ipv4Network": {"10.0.3.0/24", "192.0.2.0/31"},
	}
	for name, v := range validators {
		for _, value := range refused[name] {
			if check(v, value) {
				t.Errorf("%s accepted %q", name, value)
			}
		}
		for _, value := range accepted[name] {
			if !check(v, value) {
				t.Errorf("%s refused %q", name, value)
			}
		}
	}
}
