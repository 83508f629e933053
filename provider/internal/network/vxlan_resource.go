package network

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"
	"github.com/vishvananda/netlink"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// NewVxlanResource is hyperlab_vxlan: a VXLAN port of a bridge with static peers
// (its schema is in vxlan_schema.go).
func NewVxlanResource() resource.Resource { return &vxlanResource{} }

type vxlanResource struct{}

type vxlanModel struct {
	ID    types.String `tfsdk:"id"`
	Netns types.String `tfsdk:"netns"`
	Name  types.String `tfsdk:"name"`
	Mark  types.String `tfsdk:"mark"`
	// FoundMark is the mark Read found on the device; Mark stays the one this resource applied.
	FoundMark types.String   `tfsdk:"found_mark"`
	VNI       types.Int64    `tfsdk:"vni"`
	Local     types.String   `tfsdk:"local"`
	Port      types.Int64    `tfsdk:"port"`
	Peers     types.Set      `tfsdk:"peers"`
	Bridge    types.String   `tfsdk:"bridge"`
	MTU       types.Int64    `tfsdk:"mtu"`
	Ifindex   types.Int64    `tfsdk:"ifindex"`
	Timeouts  timeouts.Value `tfsdk:"timeouts"`
}

func (r *vxlanResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_vxlan"
}

// legacyOwnMarkKey is where this resource kept the mark it last wrote before
// Read stopped copying the device's mark into the state's: a state of that time
// may hold a mark Read copied, so the one kept here is what it applied. Read
// only; the state's mark is that record now.
const legacyOwnMarkKey = "own_mark"

// appliedMark is the mark this resource applied last: the state's, or for a
// state written before Read stopped copying marks, the one kept in private state.
func appliedMark(ctx context.Context, private resourceutil.PrivateGetter, state vxlanModel) (string, diag.Diagnostics) {
	value, diags := private.GetKey(ctx, legacyOwnMarkKey)
	if diags.HasError() || value == nil {
		return state.Mark.ValueString(), diags
	}
	var own string
	if err := json.Unmarshal(value, &own); err != nil {
		diags.AddError("Reading the VXLAN device's recorded mark failed", err.Error())
	}
	return own, diags
}

// clearLegacyOwnMark drops the old record once the state's mark is the one applied.
func clearLegacyOwnMark(ctx context.Context, private resourceutil.PrivateSetter) diag.Diagnostics {
	return private.SetKey(ctx, legacyOwnMarkKey, nil)
}

func (r *vxlanResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan vxlanModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Create, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "creating the VXLAN device", map[string]any{"netns": plan.Netns.ValueString(), "name": plan.Name.ValueString()})
	if err := r.create(ctx, &plan); err != nil {
		resp.Diagnostics.AddError("Creating VXLAN device failed", err.Error())
		return
	}
	plan.ID = types.StringValue(resourceutil.JoinID(plan.Netns.ValueString(), plan.Name.ValueString()))
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackCreate(ctx, r, "VplanLAN device "+plan.Name.ValueString(), resp)
}

// create makes the device (or takes one of its name that carries its mark) and
// converges it: Create's work, which restore (internal/restore/run.go) runs from a record too.
func (r *vxlanResource) create(ctx context.Context, m *vxlanModel) error {
	return hostnet.Do(m.Netns.ValueString(), func() error {
		name := m.Name.ValueString()
		link, err := hostnet.Link(name)
		if err != nil {
			return err
		}
		if link != nil && link.Type() != "vxlan" {
			return fmt.Errorf("%s exists and is a %s, not a VXLAN device", name, link.Type())
		}
		if link != nil {
			if err := resourceutil.RefuseUnlessOurs(resourceutil.LinkObject("VXLAN device", m.Netns.ValueString(), name), hostnet.MarkOf(link),
				m.Mark.ValueString(), m.Mark.ValueString()); err != nil {
				return err
			}
		}
		// This resource's device, left by an interrupted apply or a lost state, with
		// another VNI, source or port: the kernel changes none of them, so it is made again.
		if vx, ok := link.(*netlink.Vxlan); ok && !sameTunnel(vx, m) {
			tflog.Info(ctx, "making again the VXLAN device an earlier apply left with other settings", map[string]any{"name": name})
			if err := netlink.LinkDel(link); err != nil {
				return fmt.Errorf("removing %s to make it again: %w", name, err)
			}
			link = nil
		}
		if link == nil {
			if err := addVxlan(m); err != nil {
				return err
			}
		}
		return r.converge(ctx, m)
	})
}

func sameTunnel(vx *netlink.Vxlan, m *vxlanModel) bool {
	return int64(vx.VxlanId) == m.VNI.ValueInt64() && int64(vx.Port) == m.Port.ValueInt64() && ipString(vx.SrcAddr) == m.Local.ValueString()
}

// ipString is an address the kernel gave in canonical form (IPv4 unmapped), or "".
func ipString(ip net.IP) string {
	a, ok := netip.AddrFromSlice(ip)
	if !ok {
		return ""
	}
	return a.Unmap().String()
}

// addVxlan makes the device, marked. Made again from a restore record, it asks
// for the index it had, as bridges do, so a restored lab reads as it was; an
// index that is taken gives way to a new one.
func addVxlan(m *vxlanModel) error {
	vx := func(index int) *netlink.Vxlan {
		return &netlink.Vxlan{LinkAttrs: netlink.LinkAttrs{Name: m.Name.ValueString(), Index: index},
			VxlanId: int(m.VNI.ValueInt64()), SrcAddr: net.ParseIP(m.Local.ValueString()), Port: int(m.Port.ValueInt64()), Learning: true}
	}
	if want := m.Ifindex.ValueInt64(); !m.Ifindex.IsUnknown() && want > 0 {
		if hostnet.AddMarked(vx(int(want)), m.Mark.ValueString()) == nil {
			return nil
		}
	}
	err := hostnet.AddMarked(vx(0), m.Mark.ValueString())
	if errors.Is(err, syscall.EEXIST) {
		return fmt.Errorf("%w: another VXLAN device in this network namespace may have VNI %d on port %d",
			err, m.VNI.ValueInt64(), m.Port.ValueInt64())
	}
	return err
}

// converge makes the (existing) device match the model: mark, MTU, bridge, up,
// then its peers; runs inside its namespace.
func (r *vxlanResource) converge(ctx context.Context, m *vxlanModel) error {
	name := m.Name.ValueString()
	link, err := hostnet.Link(name)
	if err != nil {
		return err
	}
	if link == nil {
		return fmt.Errorf("VXLAN device %s disappeared", name)
	}
	if err := hostnet.SetMark(link, m.Mark.ValueString()); err != nil {
		return err
	}
	m.FoundMark = m.Mark
	if err := netlink.LinkSetMTU(link, int(m.MTU.ValueInt64())); err != nil {
		return fmt.Errorf("setting the MTU of %s: %w", name, err)
	}
	bridge := m.Bridge.ValueString()
	master, err := hostnet.Link(bridge)
	if err != nil {
		return err
	}
	if master == nil {
		return fmt.Errorf("bridge %s does not exist: the VXLAN device %s is a port of it, so it must be made first", bridge, name)
	}
	if master.Type() != "bridge" {
		return fmt.Errorf("%s is a %s, not a bridge: the VXLAN device %s can only be a port of a bridge", bridge, master.Type(), name)
	}
	if link.Attrs().MasterIndex != master.Attrs().Index {
		if err := netlink.LinkSetMaster(link, master); err != nil {
			return fmt.Errorf("enslaving %s to %s: %w", name, bridge, err)
		}
	}
	if err := netlink.LinkSetUp(link); err != nil {
		return fmt.Errorf("setting %s up: %w", name, err)
	}
	var peers []string
	if err := resourceutil.ElementsInto(ctx, m.Peers, &peers); err != nil {
		return fmt.Errorf("peers of %s: %w", name, err)
	}
	if err := hostnet.SetFloodPeers(link, peers); err != nil {
		return err
	}
	m.Ifindex = types.Int64Value(int64(link.Attrs().Index))
	return nil
}

func (r *vxlanResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state vxlanModel
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
		// Missing, or a link of another type of this name (as for bridges): gone,
		// so the plan makes it, and Create refuses what is in the way.
		vx, ok := link.(*netlink.Vxlan)
		if !ok {
			gone = true
			return nil
		}
		state.VNI = types.Int64Value(int64(vx.VxlanId))
		state.Local = types.StringValue(ipString(vx.SrcAddr))
		state.Port = types.Int64Value(int64(vx.Port))
		state.MTU = types.Int64Value(int64(vx.MTU))
		state.Ifindex = types.Int64Value(int64(vx.Index))
		state.FoundMark = types.StringValue(hostnet.MarkOf(vx))
		master, err := hostnet.MasterName(vx)
		if err != nil {
			return err
		}
		state.Bridge = types.StringValue(master)
		peers, err := hostnet.FloodPeers(vx)
		if err != nil {
			return err
		}
		var diags diag.Diagnostics
		if state.Peers, diags = types.SetValueFrom(ctx, types.StringType, peers); diags.HasError() {
			return resourceutil.DiagError(diags)
		}
		return nil
	})
	if err != nil {
		resp.Diagnostics.AddError("Reading VXLAN device failed", err.Error())
		return
	}
	if gone {
		resp.State.RemoveResource(ctx)
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *vxlanResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state vxlanModel
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
	tflog.Info(ctx, "updating the VXLAN device", map[string]any{"netns": plan.Netns.ValueString(), "name": plan.Name.ValueString()})
	applied, diags := appliedMark(ctx, req.Private, state)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	err := hostnet.Do(plan.Netns.ValueString(), func() error {
		// Changed only while it is this resource's, as the host says now.
		if _, err := resourceutil.OurLiveLink("VXLAN device", plan.Netns.ValueString(), plan.Name.ValueString(), plan.Mark.ValueString(), applied); err != nil {
			return err
		}
		return r.converge(ctx, &plan)
	})
	if err != nil {
		resp.Diagnostics.AddError("Updating VXLAN device failed", err.Error())
		return
	}
	plan.ID = types.StringValue(resourceutil.JoinID(plan.Netns.ValueString(), plan.Name.ValueString()))
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resp.Diagnostics.Append(clearLegacyOwnMark(ctx, resp.Private)...)
	resourceutil.ReadBackUpdate(ctx, r, "VplanLAN device "+plan.Name.ValueString(), resp)
}

// Delete removes the device only while it carries the mark this resource wrote
// (the state's: an imported one, never applied, has none, and is left). One
// re-marked or unmarked since is someone else's now, and is left with a warning.
func (r *vxlanResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state vxlanModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Delete, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "deleting the VXLAN device", map[string]any{"netns": state.Netns.ValueString(), "name": state.Name.ValueString()})
	own, diags := appliedMark(ctx, req.Private, state)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	name := state.Name.ValueString()
	kept := ""
	err := hostnet.Do(state.Netns.ValueString(), func() error {
		link, err := hostnet.Link(name)
		if err != nil || link == nil {
			return err // already gone: nothing to do
		}
		if mark := hostnet.MarkOf(link); link.Type() != "vxlan" || ownership.Of(true, mark, own) != ownership.Ours {
			kept = ownership.Left(fmt.Sprintf("%s (a %s)", resourceutil.LinkObject("VXLAN device", state.Netns.ValueString(), name), link.Type()), mark, own)
			return nil
		}
		return netlink.LinkDel(link) // its FDB entries go with it
	})
	if err != nil {
		resp.Diagnostics.AddError("Deleting VXLAN device failed", err.Error())
		return
	}
	if kept != "" {
		tflog.Warn(ctx, "VXLAN device left in place", map[string]any{"name": name, "mark": own})
		resp.Diagnostics.AddWarning("VXLAN device left in place", kept)
	}
}

func (r *vxlanResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resourceutil.ImportByName(ctx, req, resp, "name")
}
