package provider

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/coreos/go-iptables/iptables"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
)

// NewNatResource is hyperlab_nat: the host forwards and masquerades one bridge's
// network, as lxc-net does.
func NewNatResource() resource.Resource { return &natResource{} }

type natResource struct{}

type natModel struct {
	ID         types.String `tfsdk:"id"`
	Netns      types.String `tfsdk:"netns"`
	Bridge     types.String `tfsdk:"bridge"`
	SourceCIDR types.String `tfsdk:"source_cidr"`
	Masquerade types.Bool   `tfsdk:"masquerade"`
	Forward    types.Bool   `tfsdk:"forward"`
	IPForward  types.Bool   `tfsdk:"ip_forward"`
}

// The forwarding switch is one per namespace and NAT resources share its
// bookkeeping; in one provider process they take turns.
var natBookkeeping sync.Mutex

type natRule struct {
	table, chain string
	spec         []string
}

// natRules carry a comment naming the bridge, so Read finds exactly its own rules.
func natRules(m *natModel) (masquerade natRule, forward []natRule) {
	tag := []string{"-m", "comment", "--comment", "hyperlab:" + m.Bridge.ValueString()}
	cidr, bridge := m.SourceCIDR.ValueString(), m.Bridge.ValueString()
	masquerade = natRule{"nat", "POSTROUTING", append(append([]string{"-s", cidr, "!", "-d", cidr}, tag...), "-j", "MASQUERADE")}
	forward = []natRule{
		{"filter", "FORWARD", append(append([]string{"-i", bridge}, tag...), "-j", "ACCEPT")},
		{"filter", "FORWARD", append(append([]string{"-o", bridge, "-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED"}, tag...), "-j", "ACCEPT")},
	}
	return masquerade, forward
}

func (r *natResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_nat"
}

func (r *natResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	flag := func(description string) schema.BoolAttribute {
		return schema.BoolAttribute{Description: description, Optional: true, Computed: true, Default: booldefault.StaticBool(true)}
	}
	resp.Schema = schema.Schema{
		Description: "NAT for one bridge's network: a MASQUERADE rule, FORWARD rules first in their chain, and IPv4 " +
			"forwarding on. Forwarding is put back as it was when the last hyperlab_nat of the namespace goes.",
		Attributes: map[string]schema.Attribute{
			"id":          idAttribute(),
			"netns":       netnsAttribute(),
			"bridge":      schema.StringAttribute{Description: "The bridge whose guests are masqueraded.", Required: true, PlanModifiers: replace},
			"source_cidr": schema.StringAttribute{Description: "The bridge's IPv4 network, e.g. 10.0.3.0/24.", Required: true, PlanModifiers: replace},
			"masquerade":  flag("Whether the MASQUERADE rule is in place (Read: whether it is)."),
			"forward":     flag("Whether both FORWARD rules are in place (Read: whether they are)."),
			"ip_forward":  flag("Whether net.ipv4.ip_forward is 1 in the namespace (Read: whether it is)."),
		},
	}
}

func (r *natResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan natModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.converge(&plan); err != nil {
		resp.Diagnostics.AddError("Creating NAT failed", err.Error())
		return
	}
	plan.ID = types.StringValue(joinID(plan.Netns.ValueString(), plan.Bridge.ValueString()))
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *natResource) converge(m *natModel) error {
	natBookkeeping.Lock()
	defer natBookkeeping.Unlock()
	return hostnet.Do(m.Netns.ValueString(), func() error {
		dir := runStatePath("nat", m.Netns.ValueString())
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		// Remember the switch as the first NAT network found it.
		original := filepath.Join(dir, "ip_forward")
		if _, err := os.Stat(original); os.IsNotExist(err) {
			value, err := hostnet.ReadSysctl("net/ipv4/ip_forward")
			if err != nil {
				return err
			}
			if err := os.WriteFile(original, []byte(value+"\n"), 0o644); err != nil {
				return err
			}
		}
		if err := os.WriteFile(filepath.Join(dir, m.Bridge.ValueString()), nil, 0o644); err != nil {
			return err
		}
		if m.IPForward.ValueBool() {
			if err := hostnet.WriteSysctl("net/ipv4/ip_forward", "1"); err != nil {
				return fmt.Errorf("turning on IPv4 forwarding: %w", err)
			}
		}
		ipt, err := iptables.New()
		if err != nil {
			return err
		}
		masquerade, forward := natRules(m)
		if m.Masquerade.ValueBool() {
			if err := ipt.AppendUnique(masquerade.table, masquerade.chain, masquerade.spec...); err != nil {
				return err
			}
		}
		if m.Forward.ValueBool() {
			// First in the chain, so a DROP policy or rule set by others does not swallow the guests' traffic.
			for _, rule := range forward {
				if ok, err := ipt.Exists(rule.table, rule.chain, rule.spec...); err != nil {
					return err
				} else if !ok {
					if err := ipt.Insert(rule.table, rule.chain, 1, rule.spec...); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
}

func (r *natResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state natModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	gone := false
	err := hostnet.Do(state.Netns.ValueString(), func() error {
		ipt, err := iptables.New()
		if err != nil {
			return err
		}
		masquerade, forward := natRules(&state)
		hasMasquerade, err := ipt.Exists(masquerade.table, masquerade.chain, masquerade.spec...)
		if err != nil {
			return err
		}
		hasForward := true
		for _, rule := range forward {
			ok, err := ipt.Exists(rule.table, rule.chain, rule.spec...)
			if err != nil {
				return err
			}
			hasForward = hasForward && ok
		}
		value, err := hostnet.ReadSysctl("net/ipv4/ip_forward")
		if err != nil {
			return err
		}
		_, markerErr := os.Stat(filepath.Join(runStatePath("nat", state.Netns.ValueString()), state.Bridge.ValueString()))
		// Nothing of it left (the namespace was reset, the host rebooted): it is gone.
		gone = !hasMasquerade && !hasForward && os.IsNotExist(markerErr)
		state.Masquerade = types.BoolValue(hasMasquerade)
		state.Forward = types.BoolValue(hasForward)
		state.IPForward = types.BoolValue(value == "1")
		return nil
	})
	if err != nil {
		resp.Diagnostics.AddError("Reading NAT failed", err.Error())
		return
	}
	if gone {
		resp.State.RemoveResource(ctx)
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *natResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan natModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.converge(&plan); err != nil {
		resp.Diagnostics.AddError("Updating NAT failed", err.Error())
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *natResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state natModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	natBookkeeping.Lock()
	defer natBookkeeping.Unlock()
	err := hostnet.Do(state.Netns.ValueString(), func() error {
		ipt, err := iptables.New()
		if err != nil {
			return err
		}
		masquerade, forward := natRules(&state)
		for _, rule := range append([]natRule{masquerade}, forward...) {
			if err := ipt.DeleteIfExists(rule.table, rule.chain, rule.spec...); err != nil {
				return err
			}
		}
		dir := runStatePath("nat", state.Netns.ValueString())
		if err := os.Remove(filepath.Join(dir, state.Bridge.ValueString())); err != nil && !os.IsNotExist(err) {
			return err
		}
		entries, err := os.ReadDir(dir)
		if os.IsNotExist(err) {
			return nil
		}
		if err != nil {
			return err
		}
		if len(entries) == 1 && entries[0].Name() == "ip_forward" {
			original, err := os.ReadFile(filepath.Join(dir, "ip_forward"))
			if err != nil {
				return err
			}
			if err := hostnet.WriteSysctl("net/ipv4/ip_forward", string(trimNewline(original))); err != nil {
				return err
			}
			return os.RemoveAll(dir)
		}
		return nil
	})
	if err != nil {
		resp.Diagnostics.AddError("Deleting NAT failed", err.Error())
	}
}

// ImportState takes "BRIDGE,CIDR" or "NETNS/BRIDGE,CIDR": the rules name the
// source network, which the resource ID alone does not carry.
func (r *natResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	id, cidr, found := strings.Cut(req.ID, ",")
	netns, bridge, err := splitID(id)
	if err != nil || !found || cidr == "" {
		resp.Diagnostics.AddError("Invalid import ID", fmt.Sprintf(`import ID %q is not "BRIDGE,CIDR" or "NETNS/BRIDGE,CIDR"`, req.ID))
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), joinID(netns, bridge))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("netns"), netns)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("bridge"), bridge)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("source_cidr"), cidr)...)
}

func trimNewline(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
