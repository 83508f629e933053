package provider

import (
	"context"
	"fmt"
	"net/netip"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// Validators shared by the host resources, whose values become config-file lines
// (LXC), argv words (dnsmasq, iptables, lxc-*) or files under /run: HCL written
// against the provider directly gets the same checks as the constructs make.

var (
	templateWord      = argvWord{regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`), "an LXC template name: 1-32 of [a-z0-9-], starting with a letter or digit"}
	containerNameWord = argvWord{regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`), "a container name: a DNS label of [A-Za-z0-9-], 1-63 characters"}
	dhcpHostnameWord  = argvWord{regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`), "a host name: a DNS label of [A-Za-z0-9-], 1-63 characters"}
	// LXC's templates expand the container path unquoted (lxc-busybox: mkdir -p ${rootfs}/dev):
	// no spaces or other separators, and nothing a shell would glob.
	lxcPathArg = argvWord{regexp.MustCompile(`^/[^\p{C}\p{Z}*?\[]*$`), "an absolute path without spaces, control characters or '*', '?', '['"}
	domainWord = argvWord{regexp.MustCompile(`^(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$`), "a DNS domain such as lab.example"}
)

// ipValue is a string validator for an IPv4 address ("10.0.0.1"), or with
// prefix set, an IPv4 address with its prefix length ("10.0.0.1/24").
type ipValue struct{ prefix bool }

var (
	ipv4Address    = ipValue{}
	ipv4WithPrefix = ipValue{prefix: true}
)

func (v ipValue) Description(context.Context) string {
	if v.prefix {
		return "an IPv4 address with its prefix length, such as 10.0.3.10/24"
	}
	return "an IPv4 address such as 10.0.3.1"
}
func (v ipValue) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v ipValue) ValidateString(ctx context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if !v.valid(req.ConfigValue.ValueString()) {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", fmt.Sprintf("%q is not %s", req.ConfigValue.ValueString(), v.Description(ctx)))
	}
}

func (v ipValue) valid(s string) bool {
	if v.prefix {
		p, err := netip.ParsePrefix(s)
		return err == nil && p.Addr().Is4() && p.String() == s
	}
	a, err := netip.ParseAddr(s)
	return err == nil && a.Is4() && a.String() == s
}

// int64Between is an int64 validator for an inclusive range, with the unit in its message.
type int64Between struct {
	min, max int64
	unit     string
}

func (v int64Between) Description(context.Context) string {
	return fmt.Sprintf("between %d and %d%s", v.min, v.max, v.unit)
}
func (v int64Between) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v int64Between) ValidateInt64(ctx context.Context, req validator.Int64Request, resp *validator.Int64Response) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if n := req.ConfigValue.ValueInt64(); n < v.min || n > v.max {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", fmt.Sprintf("%d is not %s", n, v.Description(ctx)))
	}
}

// templateArgs is the list validator of an LXC template's arguments: they follow
// `--`, so only the template reads them and options are what they are for; each
// is one word of the characters templates take.
type templateArgs struct{}

var templateArgPattern = regexp.MustCompile(`^[A-Za-z0-9._:=/+-]{1,128}$`)

func (templateArgs) Description(context.Context) string {
	return "up to 64 template arguments, each 1-128 of [A-Za-z0-9._:=/+-]"
}
func (v templateArgs) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v templateArgs) ValidateList(ctx context.Context, req validator.ListRequest, resp *validator.ListResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	elements := req.ConfigValue.Elements()
	if len(elements) > 64 {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", fmt.Sprintf("%d arguments: %s", len(elements), v.Description(ctx)))
	}
	for i, e := range elements {
		s, ok := e.(types.String)
		if !ok || s.IsUnknown() {
			continue
		}
		if s.IsNull() || !templateArgPattern.MatchString(s.ValueString()) {
			resp.Diagnostics.AddAttributeError(req.Path.AtListIndex(i), "Invalid value", fmt.Sprintf("%q is not 1-128 of [A-Za-z0-9._:=/+-]", s.ValueString()))
		}
	}
}

// eachString is a list validator that checks every element with a string validator.
type eachString struct{ inner validator.String }

func (v eachString) Description(ctx context.Context) string {
	return "each element " + v.inner.Description(ctx)
}
func (v eachString) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v eachString) ValidateList(ctx context.Context, req validator.ListRequest, resp *validator.ListResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	for i, e := range req.ConfigValue.Elements() {
		s, ok := e.(types.String)
		if !ok {
			continue
		}
		sub := &validator.StringResponse{}
		v.inner.ValidateString(ctx, validator.StringRequest{Path: req.Path.AtListIndex(i), ConfigValue: s}, sub)
		resp.Diagnostics.Append(sub.Diagnostics...)
	}
}
