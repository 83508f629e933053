package validate

import (
	"context"
	"fmt"
	"net/netip"
	slashpath "path" // pathArg's spelling: path.Clean, "/" on every OS
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// Validators shared by the host resources, whose values become config-file lines
// (LXC), argv words (dnsmasq, iptables, lxc-*) or files under /run: HCL written
// against the provider directly gets the same checks as the constructs make.

var (
	TemplateWord      = ArgvWord{regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`), "an LXC template name: 1-32 of [a-z0-9-], starting with a letter or digit"}
	ContainerNameWord = ArgvWord{regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`), "a container name: a DNS label of [A-Za-z0-9-], 1-63 characters"}
	DhcpHostnameWord  = ArgvWord{regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`), "a host name: a DNS label of [A-Za-z0-9-], 1-63 characters"}
	// LXC's templates expand the container path unquoted (lxc-busybox: mkdir -p ${rootfs}/dev):
	// no spaces or other separators, and nothing a shell would glob.
	LxcPathArg = PathArg{ArgvWord{regexp.MustCompile(`^/[^\p{C}\p{Z}*?\[]*$`), "an absolute path without spaces, control characters or '*', '?', '['"}}
	DomainWord = ArgvWord{regexp.MustCompile(`^(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$`), "a DNS domain such as lab.example"}
	// A namespace is the file /run/netns/NAME (as `ip netns add` makes it): one path
	// component, "" for the provider's own.
	NetnsWord = orEmpty{ArgvWord{regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}$`), "a network namespace name under /run/netns: up to 63 of [A-Za-z0-9_.-], not starting with '.' or '-', or \"\" for the provider's own"}}
	// A user or group name as useradd(8) takes one (or a numeric id).
	PosixNameWord = ArgvWord{regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}\$?$`), "a user or group name: up to 32 of [A-Za-z0-9_.-] (a final $ allowed), not starting with '-' or '.'"}
	IPv4Network   = IPValue{prefix: true, network: true}
)

// IPValue is a string validator for an IP address in its canonical form: IPv4
// ("10.0.0.1") unless v6 (IPv6, "fd42:1::1", never IPv4-mapped), and with prefix
// set, with its prefix length ("10.0.0.1/24", "fd42:1::1/64"). With network set
// it is a network: the host bits are zero ("fd42:1::/64"). With any set, either
// family, and no IPv6 link-local address (the kernel's own on every interface).
type IPValue struct{ prefix, v6, network, Any bool }

var (
	IPv4Address    = IPValue{}
	IPv4WithPrefix = IPValue{prefix: true}
	IPv6Address    = IPValue{v6: true}
	IPv6WithPrefix = IPValue{prefix: true, v6: true}
	IPv6Network    = IPValue{prefix: true, v6: true, network: true}
	IPWithPrefix   = IPValue{prefix: true, Any: true}
	IPAddress      = IPValue{Any: true}
)

func (v IPValue) Description(context.Context) string {
	switch {
	case v.Any && v.prefix:
		return "an IPv4 or IPv6 address with its prefix length in canonical form, such as 10.0.3.1/24 or fd42:1::1/64 (no fe80::/10 link-local)"
	case v.Any:
		return "an IPv4 or IPv6 address in canonical form, such as 10.0.3.1 or fd42:1::1 (no fe80::/10 link-local)"
	case v.network:
		return "an IPv6 network in canonical form with its host bits zero, such as fd42:1::/64"
	case v.v6 && v.prefix:
		return "an IPv6 address with its prefix length in canonical form, such as fd42:1::10/64"
	case v.v6:
		return "an IPv6 address in canonical form, such as fd42:1::1"
	case v.prefix:
		return "an IPv4 address with its prefix length, such as 10.0.3.10/24"
	}
	return "an IPv4 address such as 10.0.3.1"
}
func (v IPValue) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v IPValue) ValidateString(ctx context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if !v.Valid(req.ConfigValue.ValueString()) {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", fmt.Sprintf("%q is not %s", req.ConfigValue.ValueString(), v.Description(ctx)))
	}
}

// family: IPv4, or IPv6 that is not an IPv4 address in disguise.
func (v IPValue) family(a netip.Addr) bool {
	v6 := a.Is6() && !a.Is4In6() && a.Zone() == ""
	switch {
	case v.Any:
		return a.Is4() || (v6 && !a.IsLinkLocalUnicast())
	case v.v6:
		return v6
	}
	return a.Is4()
}

// Valid also requires the canonical form (what the kernel gives back), so
// Read's values equal the configured ones.
func (v IPValue) Valid(s string) bool {
	if v.prefix {
		p, err := netip.ParsePrefix(s)
		if err != nil || !v.family(p.Addr()) || p.String() != s {
			return false
		}
		return !v.network || p.Masked() == p
	}
	a, err := netip.ParseAddr(s)
	return err == nil && v.family(a) && a.String() == s
}

// Int64Between is an int64 validator for an inclusive range, with the unit in its message.
type Int64Between struct {
	Min, Max int64
	Unit     string
}

func (v Int64Between) Description(context.Context) string {
	return fmt.Sprintf("between %d and %d%s", v.Min, v.Max, v.Unit)
}
func (v Int64Between) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v Int64Between) ValidateInt64(ctx context.Context, req validator.Int64Request, resp *validator.Int64Response) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if n := req.ConfigValue.ValueInt64(); n < v.Min || n > v.Max {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", fmt.Sprintf("%d is not %s", n, v.Description(ctx)))
	}
}

// TemplateArgs is the list validator of an LXC template's arguments: they follow
// `--`, so only the template reads them and options are what they are for; each
// is one word of the characters templates take.
type TemplateArgs struct{}

var templateArgPattern = regexp.MustCompile(`^[A-Za-z0-9._:=/+,-]+$`)

func (TemplateArgs) Description(context.Context) string {
	return "up to 64 template arguments, each 1-4096 of [A-Za-z0-9._:=/+,-]"
}
func (v TemplateArgs) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v TemplateArgs) ValidateList(ctx context.Context, req validator.ListRequest, resp *validator.ListResponse) {
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
		if s.IsNull() || len(s.ValueString()) > 4096 || !templateArgPattern.MatchString(s.ValueString()) {
			resp.Diagnostics.AddAttributeError(req.Path.AtListIndex(i), "Invalid value", fmt.Sprintf("%q is not 1-4096 of [A-Za-z0-9._:=/+,-]", s.ValueString()))
		}
	}
}

// EachString is a list validator that checks every element with a string validator.
type EachString struct{ Inner validator.String }

func (v EachString) Description(ctx context.Context) string {
	return "each element " + v.Inner.Description(ctx)
}
func (v EachString) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v EachString) ValidateList(ctx context.Context, req validator.ListRequest, resp *validator.ListResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	elements := req.ConfigValue.Elements()
	validateEach(ctx, elements, func(i int, _ types.String) path.Path { return req.Path.AtListIndex(i) }, v.Inner, &resp.Diagnostics)
}

// validateEach checks every string element of a list or set with `inner`, each at its own path.
func validateEach(ctx context.Context, elements []attr.Value, at func(int, types.String) path.Path, inner validator.String, diags *diag.Diagnostics) {
	for i, e := range elements {
		s, ok := e.(types.String)
		if !ok {
			continue
		}
		sub := &validator.StringResponse{}
		inner.ValidateString(ctx, validator.StringRequest{Path: at(i, s), ConfigValue: s}, sub)
		diags.Append(sub.Diagnostics...)
	}
}

// EachSetString is a set validator that checks every element with a string validator.
type EachSetString struct{ Inner validator.String }

func (v EachSetString) Description(ctx context.Context) string {
	return "each element " + v.Inner.Description(ctx)
}
func (v EachSetString) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v EachSetString) ValidateSet(ctx context.Context, req validator.SetRequest, resp *validator.SetResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	validateEach(ctx, req.ConfigValue.Elements(), func(_ int, s types.String) path.Path { return req.Path.AtSetValue(s) }, v.Inner, &resp.Diagnostics)
}

// PrefixLength is a string validator for a network of one prefix length (one
// that IPValue checks the form of): a SLAAC prefix is a /64.
type PrefixLength struct{ Bits int }

func (v PrefixLength) Description(context.Context) string {
	return fmt.Sprintf("a /%d network (SLAAC makes addresses in a /64 only)", v.Bits)
}
func (v PrefixLength) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v PrefixLength) ValidateString(ctx context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if p, err := netip.ParsePrefix(req.ConfigValue.ValueString()); err == nil && p.Bits() != v.Bits {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", fmt.Sprintf("%q is not %s", req.ConfigValue.ValueString(), v.Description(ctx)))
	}
}

// orEmpty lets "" through, where it means none (the provider's own namespace), and
// checks anything else with the validator it wraps.
type orEmpty struct{ validator.String }

func (v orEmpty) ValidateString(ctx context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if !req.ConfigValue.IsUnknown() && !req.ConfigValue.IsNull() && req.ConfigValue.ValueString() == "" {
		return
	}
	v.String.ValidateString(ctx, req, resp)
}

// ArgvWord is a string validator for values that become one argument of a host
// tool: never empty, never starting with '-' (the tool would read an option),
// no control characters, within `pattern`.
type ArgvWord struct {
	Pattern  *regexp.Regexp
	Expected string
}

func (v ArgvWord) Description(context.Context) string             { return v.Expected }
func (v ArgvWord) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v ArgvWord) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	s := req.ConfigValue.ValueString()
	if s == "" || s[0] == '-' || !v.Pattern.MatchString(s) {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", fmt.Sprintf("%q is not %s", s, v.Expected))
	}
}

// PathArg is an absolute path as one argv word, and in its one spelling (path.Clean's:
// no empty, "." or ".." segments, no trailing "/"). Two spellings of one directory
// would be two resources of one file on the host, each taking or removing it.
type PathArg struct{ ArgvWord }

func (v PathArg) ValidateString(ctx context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	v.ArgvWord.ValidateString(ctx, req, resp)
	if resp.Diagnostics.HasError() || req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if s := req.ConfigValue.ValueString(); slashpath.Clean(s) != s {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value",
			fmt.Sprintf("%q is not written in its one spelling: write %q (no \"//\", \".\" or \"..\" segments, no trailing \"/\")", s, slashpath.Clean(s)))
	}
}

// PrintablePath is an absolute path of what unicode.IsPrint takes (letters, marks,
// digits, punctuation, symbols, the ASCII space): what the constructs accept
// ("/srv/VirtualBox VMs", "debian~12.qcow2"). It is one argv word, never shell text.
const PrintablePath = `/[\p{L}\p{M}\p{N}\p{P}\p{S} ]*`

var (
	VmNameWord  = ArgvWord{regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$`), "a VM name: 1-63 of [A-Za-z0-9_.-], starting with a letter or digit"}
	HostPathArg = PathArg{ArgvWord{regexp.MustCompile(`^` + PrintablePath + `$`), "an absolute path of printable characters (spaces allowed; no control characters)"}}
	IfaceWord   = ArgvWord{regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$`), "an interface name: 1-15 of [A-Za-z0-9_.-], not starting with '-' or '.'"}
	OsTypeWord  = ArgvWord{regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$`), "an OS type identifier such as Debian_64 or debian12-64"}
	MacWord     = ArgvWord{regexp.MustCompile(`^[0-9a-f]{2}(:[0-9a-f]{2}){5}$`), "a MAC address in lower case, colon separated"}
)

// oneOfWords is a string validator for a fixed set of values.
type oneOfWords []string

func OneOfWordsOf(words ...string) oneOfWords { return words }

func (v oneOfWords) Has(word string) bool {
	for _, w := range v {
		if w == word {
			return true
		}
	}
	return false
}

func (v oneOfWords) Description(context.Context) string {
	return fmt.Sprintf("one of %q", []string(v))
}
func (v oneOfWords) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v oneOfWords) ValidateString(ctx context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	for _, w := range v {
		if req.ConfigValue.ValueString() == w {
			return
		}
	}
	resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", fmt.Sprintf("%q is not %s", req.ConfigValue.ValueString(), v.Description(ctx)))
}

// OwnerMark is the identity a resource stamps on what it makes (libvirt metadata, a file's extended attribute).
var OwnerMark = ArgvWord{regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.:/@+-]{0,254}$`),
	"an owner identity: 1-255 of [A-Za-z0-9_.:/@+-], starting with a letter or digit"}
