package resourceutil

import (
	"context"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/vishvananda/netlink"
	"github.com/vishvananda/netns"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// ElementsInto decodes a list or set attribute into target; the framework's
// diagnostics (a type mismatch) become the error, so none is dropped.
func ElementsInto(ctx context.Context, from interface {
	ElementsAs(context.Context, any, bool) diag.Diagnostics
}, target any) error {
	if d := from.ElementsAs(ctx, target, false); d.HasError() {
		return DiagError(d)
	}
	return nil
}

// NetnsAttribute is the network namespace every resource runs in.
func NetnsAttribute() schema.StringAttribute {
	return schema.StringAttribute{
		Description: `Network namespace (a name under /run/netns) the resource lives in; "" is the provider's own.`,
		Optional:    true,
		Computed:    true,
		Default:     stringdefault.StaticString(""),
		PlanModifiers: []planmodifier.String{
			stringplanmodifier.RequiresReplace(),
		},
		Validators: []validator.String{validate.NetnsWord},
	}
}

// IDAttribute is "NAME" or "NETNS/NAME", the form `import` takes too.
func IDAttribute() schema.StringAttribute {
	return schema.StringAttribute{
		Description:   `"NAME", or "NETNS/NAME" in a network namespace; the form import takes.`,
		Computed:      true,
		PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
	}
}

func JoinID(netns, name string) string {
	if netns == "" {
		return name
	}
	return netns + "/" + name
}

// SplitID parses an import ID of the form NAME or NETNS/NAME.
func SplitID(id string) (netns, name string, err error) {
	parts := strings.Split(id, "/")
	switch {
	case len(parts) == 1 && parts[0] != "":
		return "", parts[0], nil
	case len(parts) == 2 && parts[0] != "" && parts[1] != "":
		return parts[0], parts[1], nil
	}
	return "", "", fmt.Errorf(`import ID %q is not "NAME" or "NETNS/NAME"`, id)
}

// RunStatePath is where the provider keeps state about one object under /run,
// one entry per object directly under /run, and unambiguous: '@' and '=' occur
// in no namespace or interface name.
func RunStatePath(kind, netns string, names ...string) string {
	ns := "root"
	if netns != "" {
		ns = "netns=" + netns
	}
	return "/run/hyperlab-" + kind + "@" + strings.Join(append([]string{ns}, names...), "@")
}

// ImportByName is the ImportState of resources known by a name in a namespace:
// the ID "NAME" or "NETNS/NAME" sets id, netns and the attribute `nameAttribute`;
// Read fills in the rest from the host.
func ImportByName(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse, nameAttribute string) (netns, name string, ok bool) {
	netns, name, err := SplitID(req.ID)
	if err != nil {
		resp.Diagnostics.AddError("Invalid import ID", err.Error())
		return "", "", false
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), JoinID(netns, name))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("netns"), netns)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(nameAttribute), name)...)
	return netns, name, true
}

// LinkMark is an owner identity short enough for a link's alias (hostnet.MaxMarkLength).
var LinkMark = validate.ArgvWord{Pattern: regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.:/@+-]{0,` + strconv.Itoa(hostnet.MaxMarkLength-1) + `}$`),
	Expected: "an owner identity: 1-" + strconv.Itoa(hostnet.MaxMarkLength) + " of [A-Za-z0-9_.:/@+-], starting with a letter or digit"}

// MarkAttribute is the identity a host object carries, so Create takes an existing
// object of its name only when it is this resource's (hyperlab's constructs give
// the stack and construct address). Read never writes it: it is the mark this
// resource applied last (null after an import), and found_mark is what the
// object carries (internal/ownership).
func MarkAttribute(kind string) schema.StringAttribute {
	where := map[string]string{"bridge": "the bridge's alias", "TAP": "the device's alias", "container": "a `# hyperlab.mark` line of its configuration",
		"vxlan": "the device's alias"}[kind]
	return schema.StringAttribute{
		Description: "Identity written on the " + kind + " (" + where + "): Create takes an existing " + kind + " of its name only " +
			"when it carries this mark, and refuses one that carries none or another; Update and Delete change or remove it only " +
			"while it carries this mark or the one this resource applied last (a change re-marks it in place). found_mark shows what it carries.",
		Required:   true,
		Validators: []validator.String{LinkMark},
	}
}

// FoundMarkAttribute is the computed found_mark every marked resource has: the
// mark Read found on the host (ownership.FoundAttribute).
func FoundMarkAttribute() schema.StringAttribute { return ownership.FoundAttribute("mark") }

// RefuseUnlessOurs is nil when the object's found mark is one of own (the
// configured mark, and the one the state applied last), else the refusal naming
// the object, the mark found and the one wanted.
func RefuseUnlessOurs(object, found, want string, own ...string) error {
	if ownership.Of(true, found, own...) == ownership.Ours {
		return nil
	}
	return ownership.Refusal(object, found, want)
}

// OurLiveLink is the link an Update may change: read from the host now (in the
// current namespace), refused unless it carries one of the resource's marks
// (the configured want, or the one it applied last).
func OurLiveLink(kind, netns, name, want, applied string) (netlink.Link, error) {
	link, err := hostnet.Link(name)
	if err != nil {
		return nil, err
	}
	if link == nil {
		return nil, fmt.Errorf("%s %s disappeared", kind, name)
	}
	if err := RefuseUnlessOurs(LinkObject(kind, netns, name), hostnet.MarkOf(link), want, want, applied); err != nil {
		return nil, err
	}
	return link, nil
}

// LinkObject names a link for a message: "bridge hlbr0 in network namespace lab".
func LinkObject(kind, netns, name string) string {
	if netns == "" {
		return fmt.Sprintf("%s %s", kind, name)
	}
	return fmt.Sprintf("%s %s in network namespace %s", kind, name, netns)
}

// importedKey is the private-state key ImportState sets: the state's mark is
// null because the object was imported, not because the state was written
// before marks (the legacy rule of NAT and DHCP takes unmarked objects only for
// the latter).
const importedKey = "imported"

type PrivateSetter interface {
	SetKey(ctx context.Context, key string, value []byte) diag.Diagnostics
}

type PrivateGetter interface {
	GetKey(ctx context.Context, key string) ([]byte, diag.Diagnostics)
}

func MarkImported(ctx context.Context, private PrivateSetter) diag.Diagnostics {
	if private == nil {
		return nil
	}
	return private.SetKey(ctx, importedKey, []byte("true"))
}

// WasImported says whether the resource came into the state by import and has
// not been applied since (its mark is still null).
func WasImported(ctx context.Context, private PrivateGetter) (bool, diag.Diagnostics) {
	if private == nil {
		return false, nil
	}
	value, diags := private.GetKey(ctx, importedKey)
	return string(value) == "true", diags
}

func GetModel(ctx context.Context, st tfsdk.State, target any) error {
	if diags := st.Get(ctx, target); diags.HasError() {
		return DiagError(diags)
	}
	return nil
}

func StateString(ctx context.Context, st tfsdk.State, attr string) (string, error) {
	var v types.String
	if diags := st.GetAttribute(ctx, path.Root(attr), &v); diags.HasError() {
		return "", DiagError(diags)
	}
	return v.ValueString(), nil
}

func DiagError(diags diag.Diagnostics) error {
	var msgs []string
	for _, d := range diags.Errors() {
		msgs = append(msgs, d.Summary()+": "+d.Detail())
	}
	return errors.New(strings.Join(msgs, "; "))
}

func SchemaOf(ctx context.Context, r resource.Resource) schema.Schema {
	var resp resource.SchemaResponse
	r.Schema(ctx, resource.SchemaRequest{}, &resp)
	return resp.Schema
}

// Alive: the process exists and has not exited (an exited one waiting to be reaped shows state Z).
func Alive(pid int) bool {
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(line, "State:") {
			return !strings.Contains(line, "Z")
		}
	}
	return false
}

func OptionalString(s string) types.String {
	if s == "" {
		return types.StringNull()
	}
	return types.StringValue(s)
}

// InNamespace reads a record's namespace and the attribute naming its object;
// there is false when the namespace does not exist (yet): a namespace restore
// has yet to make holds nothing.
func InNamespace(ctx context.Context, st tfsdk.State, nameAttr string) (ns, name string, there bool, err error) {
	if ns, err = StateString(ctx, st, "netns"); err != nil {
		return "", "", false, err
	}
	if name, err = StateString(ctx, st, nameAttr); err != nil {
		return "", "", false, err
	}
	return ns, name, netnsExists(ns), nil
}

func netnsExists(name string) bool {
	if name == "" {
		return true
	}
	h, err := netns.GetFromName(name)
	if err != nil {
		return false
	}
	defer h.Close() // opened only to see that the namespace exists
	return true
}
