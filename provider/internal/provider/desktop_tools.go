package provider

import (
	"context"
	"fmt"
	"os"
	"path"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
)

// desktopTool is the program run for a desktop hypervisor's tool: the name on
// PATH, or the path in the environment variable `env` (the tests point it at a
// stand-in, a user at a tool outside PATH).
func desktopTool(env, name string) string {
	if p := os.Getenv(env); p != "" {
		return p
	}
	return name
}

const (
	vboxManageEnv     = "HYPERLAB_VBOXMANAGE"
	vmrunEnv          = "HYPERLAB_VMRUN"
	vmwareNetworksEnv = "HYPERLAB_VMWARE_NETWORKS"
)

// argvWord is a string validator for values that become one argument of a host
// tool: never empty, never starting with '-' (the tool would read an option),
// no control characters, within `pattern`.
type argvWord struct {
	pattern  *regexp.Regexp
	expected string
}

func (v argvWord) Description(context.Context) string             { return v.expected }
func (v argvWord) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v argvWord) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	s := req.ConfigValue.ValueString()
	if s == "" || s[0] == '-' || !v.pattern.MatchString(s) {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", fmt.Sprintf("%q is not %s", s, v.expected))
	}
}

// pathArg is an absolute path as one argv word, and in its one spelling (path.Clean's:
// no empty, "." or ".." segments, no trailing "/"). Two spellings of one directory
// would be two resources of one file on the host, each taking or removing it.
type pathArg struct{ argvWord }

func (v pathArg) ValidateString(ctx context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	v.argvWord.ValidateString(ctx, req, resp)
	if resp.Diagnostics.HasError() || req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if s := req.ConfigValue.ValueString(); path.Clean(s) != s {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value",
			fmt.Sprintf("%q is not written in its one spelling: write %q (no \"//\", \".\" or \"..\" segments, no trailing \"/\")", s, path.Clean(s)))
	}
}

// printablePath is an absolute path of what unicode.IsPrint takes (letters, marks,
// digits, punctuation, symbols, the ASCII space): what the constructs accept
// ("/srv/VirtualBox VMs", "debian~12.qcow2"). It is one argv word, never shell text.
const printablePath = `/[\p{L}\p{M}\p{N}\p{P}\p{S} ]*`

var (
	vmNameWord  = argvWord{regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$`), "a VM name: 1-63 of [A-Za-z0-9_.-], starting with a letter or digit"}
	hostPathArg = pathArg{argvWord{regexp.MustCompile(`^` + printablePath + `$`), "an absolute path of printable characters (spaces allowed; no control characters)"}}
	ifaceWord   = argvWord{regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$`), "an interface name: 1-15 of [A-Za-z0-9_.-], not starting with '-' or '.'"}
	osTypeWord  = argvWord{regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$`), "an OS type identifier such as Debian_64 or debian12-64"}
	macWord     = argvWord{regexp.MustCompile(`^[0-9a-f]{2}(:[0-9a-f]{2}){5}$`), "a MAC address in lower case, colon separated"}
)

// oneOfWords is a string validator for a fixed set of values.
type oneOfWords []string

func oneOfWordsOf(words ...string) oneOfWords { return words }

func (v oneOfWords) has(word string) bool {
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

func (v oneOfWords) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	for _, w := range v {
		if req.ConfigValue.ValueString() == w {
			return
		}
	}
	resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", fmt.Sprintf("%q is not %s", req.ConfigValue.ValueString(), v.Description(context.Background())))
}

// desktopTry runs a desktop hypervisor's tool, ended with ctx, and reports a
// non-zero exit in the result (as hostexec.Try does), not as an error.
func desktopTry(ctx context.Context, argv ...string) (hostexec.Result, error) {
	res, err := hostexec.RunContext(ctx, argv...)
	if err != nil && res.ExitCode != 0 {
		return res, nil
	}
	return res, err
}
