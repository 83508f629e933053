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

// The IPv6 validators take the canonical form only (what the kernel and netip
// give back, so Read's values equal the configured ones) and refuse what would
// start a new configuration line or argv option.
func TestIPv6Validators(t *testing.T) {
	ctx := context.Background()
	check := func(v validator.String, value string) bool {
		resp := &validator.StringResponse{}
		v.ValidateString(ctx, validator.StringRequest{Path: path.Root("x"), ConfigValue: types.StringValue(value)}, resp)
		return !resp.Diagnostics.HasError()
	}
	cases := map[string]struct {
		v                 validator.String
		accepted, refused []string
	}{
		"ipv6Address": {validate.IPv6Address, []string{"fd42:1::1", "2001:db8::10"},
			[]string{"fd42:1::1\nlxc.idmap = u 0 0 1", "FD42:1::1", "fd42:1:0:0::1", "10.0.0.1", "::ffff:10.0.0.1", "fe80::1%eth0", "fd42::1,x", ""}},
		"ipv6WithPrefix": {validate.IPv6WithPrefix, []string{"fd42:1::10/64", "fd42:1::10/128"},
			[]string{"fd42:1::10", "fd42:1::10/64\nx", "fd42:1::10/129", "10.0.0.1/24", "fd42:01::10/64"}},
		"ipv6Network": {validate.IPv6Network, []string{"fd42:1::/64", "fd42::/48"},
			[]string{"fd42:1::1/64", "fd42:1::", "10.0.0.0/24", "fd42:1::/64,ra-only"}},
		"ipWithPrefix": {validate.IPWithPrefix, []string{"10.0.3.1/24", "fd42:1::1/64"},
			[]string{"fe80::1/64", "10.0.3.1", "fd42:1:0::1/64", "::ffff:10.0.0.1/120", "10.0.3.1/24\nx"}},
		"prefixLength64": {validate.PrefixLength{Bits: 64}, []string{"fd42:1::/64"}, []string{"fd42::/48", "fd42:1::/80"}},
		"ipv6Modes":      {dhcp.IPv6Modes, []string{"ra-stateless", "ra-only"}, []string{"slaac", "ra-only,x", "ra-stateless\n"}},
	}
	for name, c := range cases {
		for _, value := range c.accepted {
			if !check(c.v, value) {
				t.Errorf("%s refused %q", name, value)
			}
		}
		for _, value := range c.refused {
			if check(c.v, value) {
				t.Errorf("%s accepted %q", name, value)
			}
		}
	}
}

// The IPv6 part of dnsmasq's arguments: router advertisements for the prefix in
// the chosen mode, RDNSS servers bracketed, after the IPv4 options and before
// the files; none at all without ipv6_prefix (the argv of an IPv4 server stays
// what it was, so running servers are not restarted by the upgrade).
func TestDhcpArgvIPv6(t *testing.T) {
	ctx := context.Background()
	domains, _ := types.ListValueFrom(ctx, types.StringType, []string{"lab.example"})
	ns6, _ := types.ListValueFrom(ctx, types.StringType, []string{"fd42:1::53", "2001:db8::53"})
	m := &dhcp.Model{Netns: types.StringValue(""), Bridge: types.StringValue("hlbr0"), RangeStart: types.StringValue("10.0.0.100"),
		RangeEnd: types.StringValue("10.0.0.199"), LeaseSeconds: types.Int64Value(3600), Router: types.StringValue("10.0.0.1"),
		Nameservers: types.ListValueMust(types.StringType, nil), DomainSearch: domains}
	v4 := strings.Join(m.Argv(), " ")
	if strings.Contains(v4, "enable-ra") || strings.Contains(v4, "option6") {
		t.Errorf("IPv6 arguments without ipv6_prefix: %s", v4)
	}
	m.IPv6Prefix, m.IPv6Nameservers = types.StringValue("fd42:1::/64"), ns6
	argv := m.Argv()
	joined := strings.Join(argv, " ")
	want := "--dhcp-option=option:domain-search,lab.example --enable-ra --dhcp-range=fd42:1::,ra-stateless,64,3600 " +
		"--dhcp-option=option6:dns-server,[fd42:1::53],[2001:db8::53] --dhcp-option=option6:domain-search,lab.example --dhcp-hostsdir="
	if !strings.Contains(joined, want) {
		t.Errorf("want %q in\n%s", want, joined)
	}
	if strings.Join(m.Argv(), " ") != joined {
		t.Error("argv is not deterministic")
	}
	m.IPv6Mode = types.StringValue("ra-only")
	if joined := strings.Join(m.Argv(), " "); !strings.Contains(joined, "--dhcp-range=fd42:1::,ra-only,64,3600") {
		t.Errorf("ra-only: %s", joined)
	}
}

// Static IPv6 on a NIC: lxc.net.N.ipv6.address and .ipv6.gateway, read back.
func TestLxcConfigIPv6(t *testing.T) {
	ctx := context.Background()
	m := lxcModel(t, false)
	nics, _ := types.ListValueFrom(ctx, lxc.NicType, []lxc.Nic{
		{Bridge: types.StringValue("hlbr0"), Hwaddr: types.StringValue("52:54:00:12:34:56"), IPv4: types.StringValue("10.1.0.5/24"),
			Gateway: types.StringValue("10.1.0.1"), IPv6: types.StringValue("fd42:1::5/64"), Gateway6: types.StringValue("fd42:1::1")},
		{Bridge: types.StringValue("hlbr1"), Hwaddr: types.StringValue("52:54:00:12:34:57"), IPv6: types.StringValue("fd42:2::5/64")},
	})
	m.Nics = nics
	lines, err := m.OwnConfig(ctx)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(lines, "\n") + "\n"
	for _, want := range []string{"lxc.net.0.ipv6.address = fd42:1::5/64\n", "lxc.net.0.ipv6.gateway = fd42:1::1\n",
		"lxc.net.1.ipv6.address = fd42:2::5/64\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
	if strings.Contains(text, "lxc.net.1.ipv6.gateway") {
		t.Errorf("a second IPv6 gateway:\n%s", text)
	}
	back, d := lxc.ReadNics(ctx, lines)
	if d.HasError() {
		t.Fatal(d)
	}
	if !back.Equal(nics) {
		t.Errorf("read back %v, want %v", back, nics)
	}
}
