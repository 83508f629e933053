package network

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"
	"github.com/vishvananda/netlink"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// NewBridgeResource is hyperlab_bridge: a Linux bridge with its addresses and uplink.
func NewBridgeResource() resource.Resource { return &bridgeResource{} }

type bridgeResource struct{}

type BridgeModel struct {
	ID            types.String   `tfsdk:"id"`
	Netns         types.String   `tfsdk:"netns"`
	Name          types.String   `tfsdk:"name"`
	MTU           types.Int64    `tfsdk:"mtu"`
	Addresses     types.Set      `tfsdk:"addresses"`
	VlanFiltering types.Bool     `tfsdk:"vlan_filtering"`
	Uplink        types.String   `tfsdk:"uplink"`
	Ifindex       types.Int64    `tfsdk:"ifindex"`
	Mark          types.String   `tfsdk:"mark"`
	FoundMark     types.String   `tfsdk:"found_mark"`
	Timeouts      timeouts.Value `tfsdk:"timeouts"`
}

func (r *bridgeResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_bridge"
}

func (r *bridgeResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		Description: "A Linux bridge (iproute2's `type bridge`), up, with IPv4 and IPv6 addresses and optionally an enslaved uplink. " +
			"It carries its mark in its alias: Create takes an existing bridge of its name only with that mark, and refuses any other; " +
			"Update and Delete change or remove it only while it carries this resource's mark.",
		Attributes: map[string]schema.Attribute{
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
			"id":       resourceutil.IDAttribute(),
			"netns":    resourceutil.NetnsAttribute(),
			"name": schema.StringAttribute{
				Description:   "Interface name of the bridge.",
				Required:      true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()},
				Validators:    []validator.String{validate.IfaceWord},
			},
			"mtu": schema.Int64Attribute{
				Description: "MTU in bytes; changes in place.",
				Optional:    true, Computed: true, Default: int64default.StaticInt64(1500),
				Validators: []validator.Int64{validate.Int64Between{Min: 68, Max: 65535, Unit: " bytes"}},
			},
			"addresses": schema.SetAttribute{
				Description: `Addresses of the host on the bridge, IPv4 "a.b.c.d/prefix" and IPv6 "fd42:1::1/64" (canonical form), ` +
					"change in place. IPv6 ones are added without duplicate address detection (usable at once); Read gives back " +
					"the IPv4 ones and the configured (permanent) IPv6 ones, never the kernel's fe80:: link-local address.",
				ElementType: types.StringType,
				Optional:    true, Computed: true,
				Default:    setdefault.StaticValue(types.SetValueMust(types.StringType, nil)),
				Validators: []validator.Set{validate.EachSetString{Inner: validate.IPWithPrefix}},
			},
			"vlan_filtering": schema.BoolAttribute{
				Description: "Whether the bridge filters by 802.1Q VLAN tag; changes in place.",
				Optional:    true, Computed: true, Default: booldefault.StaticBool(false),
			},
			"ifindex": schema.Int64Attribute{
				Description: "The kernel's index of the bridge: new whenever the bridge is made again, so what hangs " +
					"on it (containers, domains) can watch it and join anew.",
				Computed:      true,
				PlanModifiers: []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
			},
			"mark":       resourceutil.MarkAttribute("bridge"),
			"found_mark": resourceutil.FoundMarkAttribute(),
			"uplink": schema.StringAttribute{
				Description: "An existing interface enslaved to the bridge; changes in place. Read shows it only while it is still enslaved. " +
					"An uplink that carries addresses of its own is refused (the host would lose its traffic on them).",
				Optional:   true,
				Validators: []validator.String{validate.IfaceWord},
			},
		},
	}
}

func (r *bridgeResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan BridgeModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Create, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "creating the bridge", map[string]any{"netns": plan.Netns.ValueString(), "name": plan.Name.ValueString()})
	err := r.create(ctx, &plan)
	if err != nil {
		resp.Diagnostics.AddError("Creating bridge failed", err.Error())
		return
	}
	plan.ID = types.StringValue(resourceutil.JoinID(plan.Netns.ValueString(), plan.Name.ValueString()))
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackCreate(ctx, r, "bridge "+plan.Name.ValueString(), resp)
}

// create makes the bridge (or adopts one of its name) and converges it: Create's
// work, which restore (restore.go) runs from a record too.
func (r *bridgeResource) create(ctx context.Context, plan *BridgeModel) error {
	return hostnet.Do(plan.Netns.ValueString(), func() error {
		name := plan.Name.ValueString()
		link, err := hostnet.Link(name)
		if err != nil {
			return err
		}
		// A bridge of this name carrying this resource's mark (left by an
		// interrupted apply, or a state that was lost) is taken; anything else of
		// this name is someone else's.
		if link != nil && link.Type() != "bridge" {
			return fmt.Errorf("%s exists and is a %s, not a bridge", name, link.Type())
		}
		if link != nil {
			if err := resourceutil.RefuseUnlessOurs(resourceutil.LinkObject("bridge", plan.Netns.ValueString(), name), hostnet.MarkOf(link),
				plan.Mark.ValueString(), plan.Mark.ValueString()); err != nil {
				return err
			}
			tflog.Info(ctx, "taking the bridge of this name that carries this resource's mark", map[string]any{"name": name, "mark": plan.Mark.ValueString()})
		}
		if link == nil {
			bridge, err := addBridge(name, plan.Ifindex, plan.Mark.ValueString())
			if err != nil {
				return err
			}
			// A bridge follows its ports' smallest MTU until its own is set, and the
			// kernel ignores setting the value it already has: set another first,
			// so the declared MTU holds whatever ports join.
			if err := netlink.LinkSetMTU(bridge, int(plan.MTU.ValueInt64())-1); err != nil {
				return fmt.Errorf("setting the MTU of %s: %w", name, err)
			}
		}
		return r.converge(ctx, plan)
	})
}

// addBridge makes the bridge. Made again from a restore record, it asks for the
// index it had: guests and DHCP servers watch it, so a bridge that keeps it keeps
// them. A plan never knows it (the attribute is computed), and an index that is
// taken gives way to a new one.
func addBridge(name string, index types.Int64, mark string) (netlink.Link, error) {
	if want := index.ValueInt64(); !index.IsUnknown() && want > 0 {
		bridge := &netlink.Bridge{LinkAttrs: netlink.LinkAttrs{Name: name, Index: int(want)}}
		if err := hostnet.AddMarked(bridge, mark); err == nil {
			return netlink.LinkByName(name)
		}
	}
	if err := hostnet.AddMarked(&netlink.Bridge{LinkAttrs: netlink.LinkAttrs{Name: name}}, mark); err != nil {
		return nil, fmt.Errorf("creating bridge %s: %w", name, err)
	}
	return netlink.LinkByName(name)
}

// converge makes the (existing, and this resource's: its callers decide that)
// bridge match the model; runs inside its namespace.
func (r *bridgeResource) converge(ctx context.Context, m *BridgeModel) error {
	name := m.Name.ValueString()
	link, err := hostnet.Link(name)
	if err != nil {
		return err
	}
	if link == nil {
		return fmt.Errorf("bridge %s disappeared", name)
	}
	if err := hostnet.SetMark(link, m.Mark.ValueString()); err != nil {
		return err
	}
	if err := netlink.LinkSetMTU(link, int(m.MTU.ValueInt64())); err != nil {
		return fmt.Errorf("setting the MTU of %s: %w", name, err)
	}
	bridge, _ := link.(*netlink.Bridge)
	current := bridge != nil && bridge.VlanFiltering != nil && *bridge.VlanFiltering
	// Only touched when it must change: kernels without bridge VLAN support refuse
	// the setting even to turn it off.
	if current != m.VlanFiltering.ValueBool() {
		if err := netlink.BridgeSetVlanFiltering(link, m.VlanFiltering.ValueBool()); err != nil {
			return fmt.Errorf("setting vlan_filtering on %s: %w", name, err)
		}
	}
	var addrs []string
	if err := resourceutil.ElementsInto(ctx, m.Addresses, &addrs); err != nil {
		return fmt.Errorf("addresses of %s: %w", name, err)
	}
	if err := hostnet.SetAddresses(link, addrs); err != nil {
		return err
	}
	if uplink := m.Uplink.ValueString(); uplink != "" {
		up, err := hostnet.Link(uplink)
		if err != nil {
			return err
		}
		if up == nil {
			return fmt.Errorf("uplink %s does not exist", uplink)
		}
		if err := safeToEnslave(up, link); err != nil {
			return err
		}
		if err := netlink.LinkSetMaster(up, link); err != nil {
			return fmt.Errorf("enslaving %s to %s: %w", uplink, name, err)
		}
	}
	m.Ifindex = types.Int64Value(int64(link.Attrs().Index))
	m.FoundMark = m.Mark
	return netlink.LinkSetUp(link)
}

// safeToEnslave refuses an uplink that carries addresses of its own: once it is a
// bridge port, the kernel no longer delivers its traffic to them, so a host reached
// through that interface (its SSH session, its default route) would be cut off.
// The addresses and routes belong on the bridge, and moving them is the
// operator's step, not something a deploy does behind their back.
func safeToEnslave(up, bridge netlink.Link) error {
	if up.Attrs().MasterIndex == bridge.Attrs().Index {
		return nil // already a port of this bridge
	}
	addrs, err := hostnet.GlobalAddresses(up)
	if err != nil {
		return err
	}
	if len(addrs) > 0 {
		return fmt.Errorf("uplink %s carries addresses %s: enslaving it to bridge %s would cut off the host's traffic "+
			"on them; move them (and their routes) to the bridge first, or use an uplink without addresses",
			up.Attrs().Name, strings.Join(addrs, ", "), bridge.Attrs().Name)
	}
	return nil
}

func (r *bridgeResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state BridgeModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	gone := false
	err := hostnet.Do(state.Netns.ValueString(), func() error {
		link, err := hostnet.Link(state.Name.ValueString())
		if err != nil {
			return err
		}
		if link == nil || link.Type() != "bridge" {
			gone = true
			return nil
		}
		state.MTU = types.Int64Value(int64(link.Attrs().MTU))
		state.Ifindex = types.Int64Value(int64(link.Attrs().Index))
		// The mark stays the one this resource applied: what the bridge carries is found_mark.
		state.FoundMark = types.StringValue(hostnet.MarkOf(link))
		addrs, err := hostnet.Addresses(link)
		if err != nil {
			return err
		}
		found, d := types.SetValueFrom(ctx, types.StringType, addrs)
		if d.HasError() {
			return resourceutil.DiagError(d)
		}
		state.Addresses = found
		bridge := link.(*netlink.Bridge)
		state.VlanFiltering = types.BoolValue(bridge.VlanFiltering != nil && *bridge.VlanFiltering)
		if uplink := state.Uplink.ValueString(); uplink != "" {
			up, err := hostnet.Link(uplink)
			if err != nil {
				return err
			}
			if up == nil || up.Attrs().MasterIndex != link.Attrs().Index {
				state.Uplink = types.StringNull()
			}
		}
		return nil
	})
	if err != nil {
		resp.Diagnostics.AddError("Reading bridge failed", err.Error())
		return
	}
	if gone {
		resp.State.RemoveResource(ctx)
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *bridgeResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state BridgeModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Update, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "updating the bridge", map[string]any{"netns": plan.Netns.ValueString(), "name": plan.Name.ValueString()})
	err := hostnet.Do(plan.Netns.ValueString(), func() error {
		// Changed only while it is this resource's, as the host says now.
		if _, err := resourceutil.OurLiveLink("bridge", plan.Netns.ValueString(), plan.Name.ValueString(), plan.Mark.ValueString(), state.Mark.ValueString()); err != nil {
			return err
		}
		// An uplink that is no longer wanted is released before the new one joins.
		if old := state.Uplink.ValueString(); old != "" && old != plan.Uplink.ValueString() {
			if up, err := hostnet.Link(old); err == nil && up != nil {
				if err := netlink.LinkSetNoMaster(up); err != nil {
					return fmt.Errorf("releasing %s: %w", old, err)
				}
			}
		}
		return r.converge(ctx, &plan)
	})
	if err != nil {
		resp.Diagnostics.AddError("Updating bridge failed", err.Error())
		return
	}
	plan.ID = types.StringValue(resourceutil.JoinID(plan.Netns.ValueString(), plan.Name.ValueString()))
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackUpdate(ctx, r, "bridge "+plan.Name.ValueString(), resp)
}

func (r *bridgeResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state BridgeModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Delete, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "deleting the bridge", map[string]any{"netns": state.Netns.ValueString(), "name": state.Name.ValueString()})
	name := state.Name.ValueString()
	object := resourceutil.LinkObject("bridge", state.Netns.ValueString(), name)
	left := ""
	err := hostnet.Do(state.Netns.ValueString(), func() error {
		link, err := hostnet.Link(name)
		if err != nil || link == nil {
			return err // already gone: nothing to do
		}
		// Removed only while it carries the mark this resource applied; anything
		// else of its name (re-marked, unmarked, another type) stays, with its ports.
		found := hostnet.MarkOf(link)
		if link.Type() != "bridge" || ownership.Of(true, found, state.Mark.ValueString()) != ownership.Ours {
			left = ownership.Left(object, found, state.Mark.ValueString())
			return nil
		}
		if uplink := state.Uplink.ValueString(); uplink != "" {
			if up, err := hostnet.Link(uplink); err == nil && up != nil {
				if err := netlink.LinkSetNoMaster(up); err != nil {
					tflog.Warn(ctx, "releasing the uplink failed; the bridge's removal releases it", map[string]any{"bridge": name, "uplink": uplink, "error": err.Error()})
				}
			}
		}
		return netlink.LinkDel(link)
	})
	if err != nil {
		resp.Diagnostics.AddError("Deleting bridge failed", err.Error())
		return
	}
	if left != "" {
		tflog.Warn(ctx, "bridge left in place", map[string]any{"bridge": name, "mark": state.Mark.ValueString()})
		resp.Diagnostics.AddWarning("Bridge left in place", left)
	}
}

func (r *bridgeResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resourceutil.ImportByName(ctx, req, resp, "name")
}
