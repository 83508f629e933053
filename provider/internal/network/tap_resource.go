package network

import (
	"context"
	"errors"
	"fmt"
	"os/user"
	"strconv"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
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

// NewTapResource is hyperlab_tap: a persistent TAP device, optionally on a bridge.
func NewTapResource() resource.Resource { return &tapResource{} }

type tapResource struct{}

type TapModel struct {
	ID         types.String   `tfsdk:"id"`
	Netns      types.String   `tfsdk:"netns"`
	Name       types.String   `tfsdk:"name"`
	Bridge     types.String   `tfsdk:"bridge"`
	Owner      types.String   `tfsdk:"owner"`
	Group      types.String   `tfsdk:"group"`
	MultiQueue types.Bool     `tfsdk:"multi_queue"`
	MTU        types.Int64    `tfsdk:"mtu"`
	Mark       types.String   `tfsdk:"mark"`
	FoundMark  types.String   `tfsdk:"found_mark"`
	Timeouts   timeouts.Value `tfsdk:"timeouts"`
}

func (r *tapResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_tap"
}

func (r *tapResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		Description: "A persistent TAP device (as `ip tuntap add mode tap`), up, for a hypervisor to open by name. " +
			"It carries its mark in its alias: Create takes an existing TAP of its name only with that mark, and refuses any other; " +
			"Update and Delete change or remove it only while it carries this resource's mark.",
		Attributes: map[string]schema.Attribute{
			"timeouts":   timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
			"mark":       resourceutil.MarkAttribute("TAP"),
			"found_mark": resourceutil.FoundMarkAttribute(),
			"id":         resourceutil.IDAttribute(),
			"netns":      resourceutil.NetnsAttribute(),
			"name": schema.StringAttribute{Description: "Device name.", Required: true, PlanModifiers: replace,
				Validators: []validator.String{validate.IfaceWord}},
			"bridge": schema.StringAttribute{
				Description: "Bridge the device is enslaved to; changes in place. Read shows the bridge it really is on.",
				Optional:    true, Validators: []validator.String{validate.IfaceWord},
			},
			"owner": schema.StringAttribute{
				Description: "User allowed to open the device (a name); the kernel keeps it, so a change replaces the device.",
				Optional:    true, PlanModifiers: replace, Validators: []validator.String{validate.PosixNameWord},
			},
			"group": schema.StringAttribute{
				Description: "Group allowed to open the device (a name); a change replaces the device.",
				Optional:    true, PlanModifiers: replace, Validators: []validator.String{validate.PosixNameWord},
			},
			"multi_queue": schema.BoolAttribute{
				Description: "One queue per vCPU (IFF_MULTI_QUEUE); a change replaces the device.",
				Optional:    true, Computed: true, Default: booldefault.StaticBool(false),
				PlanModifiers: []planmodifier.Bool{boolplanmodifier.RequiresReplace()},
			},
			"mtu": schema.Int64Attribute{
				Description: "MTU in bytes; changes in place.",
				Optional:    true, Computed: true, Default: int64default.StaticInt64(1500),
			},
		},
	}
}

func (r *tapResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan TapModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Create, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "creating the TAP", map[string]any{"netns": plan.Netns.ValueString(), "name": plan.Name.ValueString()})
	err := r.create(&plan)
	if err != nil {
		resp.Diagnostics.AddError("Creating TAP device failed", err.Error())
		return
	}
	plan.ID = types.StringValue(resourceutil.JoinID(plan.Netns.ValueString(), plan.Name.ValueString()))
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackCreate(ctx, r, "TAP "+plan.Name.ValueString(), resp)
}

// create makes the TAP (or adopts one of its name) and converges it: Create's
// work, which restore (restore.go) runs from a record too.
func (r *tapResource) create(plan *TapModel) error {
	return hostnet.Do(plan.Netns.ValueString(), func() error {
		name := plan.Name.ValueString()
		link, err := hostnet.Link(name)
		if err != nil {
			return err
		}
		if link != nil && link.Type() != "tuntap" {
			return fmt.Errorf("%s exists and is a %s, not a TAP device", name, link.Type())
		}
		if link != nil {
			if err := resourceutil.RefuseUnlessOurs(resourceutil.LinkObject("TAP", plan.Netns.ValueString(), name), hostnet.MarkOf(link),
				plan.Mark.ValueString(), plan.Mark.ValueString()); err != nil {
				return err
			}
		}
		if link == nil {
			tap := &netlink.Tuntap{LinkAttrs: netlink.LinkAttrs{Name: name}, Mode: netlink.TUNTAP_MODE_TAP,
				Flags: netlink.TUNTAP_NO_PI | netlink.TUNTAP_ONE_QUEUE}
			if plan.MultiQueue.ValueBool() {
				tap.Flags = netlink.TUNTAP_NO_PI | netlink.TUNTAP_MULTI_QUEUE
				// One queue opened at creation; the hypervisor attaches the rest.
				tap.Queues = 1
			}
			if tap.Owner, err = userID(plan.Owner); err != nil {
				return err
			}
			if tap.Group, err = groupID(plan.Group); err != nil {
				return err
			}
			if err := hostnet.AddMarked(tap, plan.Mark.ValueString()); err != nil {
				return fmt.Errorf("creating TAP %s: %w", name, err)
			}
			var closeErr error
			for _, f := range tap.Fds {
				closeErr = errors.Join(closeErr, f.Close())
			}
			if closeErr != nil {
				return fmt.Errorf("creating TAP %s: closing its queues: %w", name, closeErr)
			}
		}
		return r.converge(plan)
	})
}

func (r *tapResource) converge(m *TapModel) error {
	link, err := hostnet.Link(m.Name.ValueString())
	if err != nil {
		return err
	}
	if link == nil {
		return fmt.Errorf("TAP %s disappeared", m.Name.ValueString())
	}
	if err := hostnet.SetMark(link, m.Mark.ValueString()); err != nil {
		return err
	}
	m.FoundMark = m.Mark
	if err := netlink.LinkSetMTU(link, int(m.MTU.ValueInt64())); err != nil {
		return fmt.Errorf("setting the MTU of %s: %w", m.Name.ValueString(), err)
	}
	if bridge := m.Bridge.ValueString(); bridge != "" {
		master, err := hostnet.Link(bridge)
		if err != nil {
			return err
		}
		if master == nil {
			return fmt.Errorf("bridge %s does not exist", bridge)
		}
		if err := netlink.LinkSetMaster(link, master); err != nil {
			return fmt.Errorf("enslaving %s to %s: %w", m.Name.ValueString(), bridge, err)
		}
		// The bridge may have lowered its MTU to the new port's; the TAP keeps its own.
		if err := netlink.LinkSetMTU(link, int(m.MTU.ValueInt64())); err != nil {
			return err
		}
	} else if link.Attrs().MasterIndex != 0 {
		if err := netlink.LinkSetNoMaster(link); err != nil {
			return err
		}
	}
	return netlink.LinkSetUp(link)
}

func (r *tapResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state TapModel
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
		tap, ok := link.(*netlink.Tuntap)
		if link == nil || !ok || tap.Mode != netlink.TUNTAP_MODE_TAP {
			gone = true
			return nil
		}
		state.MTU = types.Int64Value(int64(link.Attrs().MTU))
		// The mark stays the one this resource applied: what the TAP carries is found_mark.
		state.FoundMark = types.StringValue(hostnet.MarkOf(link))
		state.MultiQueue = types.BoolValue(tap.Flags&netlink.TUNTAP_MULTI_QUEUE != 0)
		master, err := hostnet.MasterName(link)
		if err != nil {
			return err
		}
		state.Bridge = resourceutil.OptionalString(master)
		state.Owner = resourceutil.OptionalString(userName(tap.Owner, state.Owner))
		state.Group = resourceutil.OptionalString(groupName(tap.Group, state.Group))
		return nil
	})
	if err != nil {
		resp.Diagnostics.AddError("Reading TAP device failed", err.Error())
		return
	}
	if gone {
		resp.State.RemoveResource(ctx)
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *tapResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state TapModel
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
	tflog.Info(ctx, "updating the TAP", map[string]any{"netns": plan.Netns.ValueString(), "name": plan.Name.ValueString()})
	err := hostnet.Do(plan.Netns.ValueString(), func() error {
		// Changed only while it is this resource's, as the host says now.
		if _, err := resourceutil.OurLiveLink("TAP", plan.Netns.ValueString(), plan.Name.ValueString(), plan.Mark.ValueString(), state.Mark.ValueString()); err != nil {
			return err
		}
		return r.converge(&plan)
	})
	if err != nil {
		resp.Diagnostics.AddError("Updating TAP device failed", err.Error())
		return
	}
	plan.ID = types.StringValue(resourceutil.JoinID(plan.Netns.ValueString(), plan.Name.ValueString()))
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackUpdate(ctx, r, "TAP "+plan.Name.ValueString(), resp)
}

func (r *tapResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state TapModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Delete, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "deleting the TAP", map[string]any{"netns": state.Netns.ValueString(), "name": state.Name.ValueString()})
	name := state.Name.ValueString()
	left := ""
	err := hostnet.Do(state.Netns.ValueString(), func() error {
		link, err := hostnet.Link(name)
		if err != nil || link == nil {
			return err
		}
		// Removed only while it carries the mark this resource applied.
		found := hostnet.MarkOf(link)
		if link.Type() != "tuntap" || ownership.Of(true, found, state.Mark.ValueString()) != ownership.Ours {
			left = ownership.Left(resourceutil.LinkObject("TAP", state.Netns.ValueString(), name), found, state.Mark.ValueString())
			return nil
		}
		return netlink.LinkDel(link)
	})
	if err != nil {
		resp.Diagnostics.AddError("Deleting TAP device failed", err.Error())
		return
	}
	if left != "" {
		tflog.Warn(ctx, "TAP left in place", map[string]any{"tap": name, "mark": state.Mark.ValueString()})
		resp.Diagnostics.AddWarning("TAP device left in place", left)
	}
}

func (r *tapResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resourceutil.ImportByName(ctx, req, resp, "name")
}

// The kernel keeps a TAP's owner as a uid (none shows as 0, root, which may open
// it anyway): an unset owner means "root only".
func userID(name types.String) (uint32, error) {
	if name.IsNull() || name.ValueString() == "" {
		return 0, nil
	}
	u, err := user.Lookup(name.ValueString())
	if err != nil {
		return 0, fmt.Errorf("owner %q: %w", name.ValueString(), err)
	}
	id, err := strconv.ParseUint(u.Uid, 10, 32)
	if err != nil {
		return 0, fmt.Errorf("owner %q: uid %q: %w", name.ValueString(), u.Uid, err)
	}
	return uint32(id), nil
}

func groupID(name types.String) (uint32, error) {
	if name.IsNull() || name.ValueString() == "" {
		return 0, nil
	}
	g, err := user.LookupGroup(name.ValueString())
	if err != nil {
		return 0, fmt.Errorf("group %q: %w", name.ValueString(), err)
	}
	id, err := strconv.ParseUint(g.Gid, 10, 32)
	if err != nil {
		return 0, fmt.Errorf("group %q: gid %q: %w", name.ValueString(), g.Gid, err)
	}
	return uint32(id), nil
}

// userName gives the name of uid, keeping the configured spelling when it is the same user.
func userName(uid uint32, configured types.String) string {
	if uid == 0 {
		return ""
	}
	if want, err := userID(configured); err == nil && want == uid {
		return configured.ValueString()
	}
	if u, err := user.LookupId(strconv.FormatUint(uint64(uid), 10)); err == nil {
		return u.Username
	}
	return strconv.FormatUint(uint64(uid), 10)
}

func groupName(gid uint32, configured types.String) string {
	if gid == 0 {
		return ""
	}
	if want, err := groupID(configured); err == nil && want == gid {
		return configured.ValueString()
	}
	if g, err := user.LookupGroupId(strconv.FormatUint(uint64(gid), 10)); err == nil {
		return g.Name
	}
	return strconv.FormatUint(uint64(gid), 10)
}
