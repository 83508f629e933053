package desktop

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/listdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// vboxSlots is how many NICs the resource manages (VirtualBox has more; the
// rest are left as they are).
const vboxSlots = 4

// NewVirtualBoxVMResource is hyperlab_virtualbox_vm: a VirtualBox VM driven by VBoxManage.
func NewVirtualBoxVMResource() resource.Resource { return &virtualBoxVMResource{} }

type virtualBoxVMResource struct{}

type virtualBoxVMModel struct {
	ID         types.String   `tfsdk:"id"`
	Name       types.String   `tfsdk:"name"`
	OSType     types.String   `tfsdk:"os_type"`
	Cpus       types.Int64    `tfsdk:"cpus"`
	MemoryMiB  types.Int64    `tfsdk:"memory_mib"`
	Nics       types.List     `tfsdk:"nics"`
	DiskImage  types.String   `tfsdk:"disk_image"`
	Ova        types.String   `tfsdk:"ova"`
	BaseFolder types.String   `tfsdk:"base_folder"`
	Running    types.Bool     `tfsdk:"running"`
	Mark       types.String   `tfsdk:"mark"`
	FoundMark  types.String   `tfsdk:"found_mark"`
	Timeouts   timeouts.Value `tfsdk:"timeouts"`
}

type virtualBoxNicModel struct {
	Kind    types.String `tfsdk:"kind"`
	Adapter types.String `tfsdk:"adapter"`
	Mac     types.String `tfsdk:"mac"`
}

var virtualBoxNicType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"kind": types.StringType, "adapter": types.StringType, "mac": types.StringType,
}}

func (r *virtualBoxVMResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_virtualbox_vm"
}

func (r *virtualBoxVMResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		Description: "A VirtualBox VM made and read by VBoxManage (the program on PATH, or $" + VboxManageEnv + "), as the user " +
			"running the engine. cpus, memory, NICs and running change in place; VirtualBox changes cpus, memory and NICs " +
			"only on a powered-off VM, so a running one is powered off and started again (the plan warns). " +
			"The name, the OS type, the disk source and the base folder replace it. The VM carries its owner mark in its extradata " +
			"(hyperlab/owner): a VM of the name that carries another mark, or none, is neither taken, changed nor removed.",
		Attributes: map[string]schema.Attribute{
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
			"id": schema.StringAttribute{Description: "The VM name; the form import takes.", Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"name": schema.StringAttribute{Description: "VM name, unique among the user's registered VMs.", Required: true,
				PlanModifiers: replace, Validators: []validator.String{validate.VmNameWord}},
			"os_type": schema.StringAttribute{Description: "VirtualBox OS type id (VBoxManage list ostypes), for disk_image VMs; " +
				"an OVA carries its own. Kept in the VM's extradata (hyperlab/os-type), as showvminfo reports a description, not the id.",
				Optional: true, Computed: true, Default: stringdefault.StaticString("Linux_64"), PlanModifiers: replace,
				Validators: []validator.String{validate.OsTypeWord}},
			"cpus": schema.Int64Attribute{Description: "Virtual CPUs; changes in place.", Optional: true, Computed: true,
				Default: int64default.StaticInt64(1)},
			"memory_mib": schema.Int64Attribute{Description: "Memory in MiB; changes in place.", Optional: true, Computed: true,
				Default: int64default.StaticInt64(1024)},
			"nics": schema.ListNestedAttribute{
				Description: "Up to four NICs in slot order; the slots after the last are set to none. Change in place.",
				Optional:    true, Computed: true, Default: listdefault.StaticValue(types.ListValueMust(virtualBoxNicType, nil)),
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"kind": schema.StringAttribute{Required: true, Description: `"bridged", "hostonly" or "nat".`,
						Validators: []validator.String{validate.OneOfWordsOf("bridged", "hostonly", "nat")}},
					"adapter": schema.StringAttribute{Optional: true, Description: "Host interface a bridged NIC bridges to, " +
						"or the host-only adapter (vboxnetN); none for NAT.", Validators: []validator.String{validate.IfaceWord}},
					"mac": schema.StringAttribute{Required: true, Description: "MAC address, lower case, colon separated.",
						Validators: []validator.String{validate.MacWord}},
				}},
			},
			"disk_image": schema.StringAttribute{Description: "Disk image copied (clonemedium) as the VM's boot disk; give this or ova. " +
				"Kept in the VM's extradata (hyperlab/disk-image), so import gives it back.",
				Optional: true, PlanModifiers: replace, Validators: []validator.String{validate.HostPathArg}},
			"ova": schema.StringAttribute{Description: "OVA/OVF appliance imported as the VM; give this or disk_image. " +
				"Kept in the VM's extradata (hyperlab/ova).",
				Optional: true, PlanModifiers: replace, Validators: []validator.String{validate.HostPathArg}},
			"base_folder": schema.StringAttribute{Description: "Folder VirtualBox keeps the VM's folder in.", Optional: true, Computed: true,
				Default: stringdefault.StaticString("/var/lib/hyperlab/virtualbox"), PlanModifiers: replace,
				Validators: []validator.String{validate.HostPathArg}},
			"running": schema.BoolAttribute{Description: "Whether the VM runs (headless); changes in place.", Optional: true, Computed: true,
				Default: booldefault.StaticBool(true)},
			"mark": schema.StringAttribute{Description: "Identity kept in the VM's extradata (hyperlab/owner, as `VBoxManage " +
				"getextradata NAME hyperlab/owner` shows it): Create takes an existing VM of its name only when it carries this mark, and " +
				"refuses one that carries none or another; Update and Delete change or remove the VM only while it carries it. " +
				"Changes in place.", Required: true, Validators: []validator.String{validate.OwnerMark}},
			"found_mark": ownership.FoundAttribute("mark"),
		},
	}
}

func vbox(ctx context.Context, args ...string) (hostexec.Result, error) {
	return desktopTry(ctx, append([]string{desktopTool(VboxManageEnv, "VBoxManage"), "-q"}, args...)...)
}

func vboxRun(ctx context.Context, args ...string) error {
	res, err := vbox(ctx, args...)
	if err == nil && res.ExitCode != 0 {
		err = fmt.Errorf("VBoxManage %s exited %d: %s", strings.Join(args, " "), res.ExitCode, strings.TrimSpace(res.Stderr+" "+res.Stdout))
	}
	return err
}

// vboxExtraData is the VM's extradata, every key.
func vboxExtraData(ctx context.Context, name string) (map[string]string, error) {
	res, err := vbox(ctx, "getextradata", name, "enumerate")
	if err == nil && res.ExitCode != 0 {
		err = fmt.Errorf("VBoxManage getextradata %s enumerate exited %d: %s", name, res.ExitCode, strings.TrimSpace(res.Stderr))
	}
	if err != nil {
		return nil, err
	}
	return parseVboxExtraData(res.Stdout), nil
}

// vboxShow is the VM as VirtualBox has it, or nil when no VM of the name is registered.
func vboxShow(ctx context.Context, name string) (*vboxInfo, error) {
	res, err := vbox(ctx, "showvminfo", name, "--machinereadable")
	if err != nil {
		return nil, err
	}
	if res.ExitCode != 0 {
		if strings.Contains(res.Stderr, "Could not find a registered machine") {
			return nil, nil
		}
		return nil, fmt.Errorf("VBoxManage showvminfo %s exited %d: %s", name, res.ExitCode, strings.TrimSpace(res.Stderr))
	}
	info, err := parseVboxInfo(res.Stdout, vboxSlots)
	return &info, err
}

func (m *virtualBoxVMModel) nics(ctx context.Context) ([]virtualBoxNicModel, diag.Diagnostics) {
	var nics []virtualBoxNicModel
	d := m.Nics.ElementsAs(ctx, &nics, false)
	return nics, d
}

// modifyArgs is the one modifyvm that sets cpus, memory and every managed NIC slot.
func (m *virtualBoxVMModel) modifyArgs(ctx context.Context) ([]string, error) {
	args := []string{"modifyvm", m.Name.ValueString(), "--cpus", strconv.FormatInt(m.Cpus.ValueInt64(), 10),
		"--memory", strconv.FormatInt(m.MemoryMiB.ValueInt64(), 10)}
	nics, d := m.nics(ctx)
	if d.HasError() {
		return nil, fmt.Errorf("nics of %s: %w", m.Name.ValueString(), resourceutil.DiagError(d))
	}
	for slot := 1; slot <= vboxSlots; slot++ {
		n := strconv.Itoa(slot)
		if slot > len(nics) {
			args = append(args, "--nic"+n, "none")
			continue
		}
		nic := nics[slot-1]
		args = append(args, "--nic"+n, nic.Kind.ValueString())
		switch nic.Kind.ValueString() {
		case "bridged":
			args = append(args, "--bridgeadapter"+n, nic.Adapter.ValueString())
		case "hostonly":
			args = append(args, "--hostonlyadapter"+n, nic.Adapter.ValueString())
		}
		args = append(args, "--macaddress"+n, vboxMac(nic.Mac.ValueString()))
	}
	return args, nil
}

func (r *virtualBoxVMResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m virtualBoxVMModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if !m.DiskImage.IsUnknown() && !m.Ova.IsUnknown() && m.DiskImage.IsNull() == m.Ova.IsNull() {
		resp.Diagnostics.AddError("Invalid disk source", "give exactly one of disk_image and ova")
	}
	if m.Nics.IsUnknown() {
		return
	}
	nics, d := m.nics(ctx)
	resp.Diagnostics.Append(d...)
	if len(nics) > vboxSlots {
		resp.Diagnostics.AddAttributeError(path.Root("nics"), "Too many NICs", fmt.Sprintf("at most %d", vboxSlots))
	}
	for i, nic := range nics {
		if nic.Kind.IsUnknown() || nic.Adapter.IsUnknown() {
			continue
		}
		if (nic.Kind.ValueString() == "nat") != nic.Adapter.IsNull() {
			resp.Diagnostics.AddAttributeError(path.Root("nics").AtListIndex(i), "Invalid NIC",
				"a bridged or hostonly NIC needs an adapter, a NAT NIC takes none")
		}
	}
}

// ModifyPlan says when apply will power the VM off: VirtualBox's modifyvm works
// only on a VM that is not running.
func (r *virtualBoxVMResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.State.Raw.IsNull() || req.Plan.Raw.IsNull() {
		return
	}
	var plan, state virtualBoxVMModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if state.Running.ValueBool() && !hardwareEqual(&plan, &state) {
		resp.Diagnostics.AddWarning("VirtualBox VM "+state.Name.ValueString()+" will be powered off",
			"VirtualBox changes cpus, memory and NICs only on a powered-off VM: apply powers it off (controlvm poweroff), "+
				"changes it and starts it again.")
	}
}

func hardwareEqual(a, b *virtualBoxVMModel) bool {
	return a.Cpus.Equal(b.Cpus) && a.MemoryMiB.Equal(b.MemoryMiB) && a.Nics.Equal(b.Nics)
}

// vboxObject names the VM in messages, with where its mark is.
func vboxObject(name string) string {
	return fmt.Sprintf("VirtualBox VM %s (its mark: VBoxManage getextradata %s %s)", name, name, VboxKeyOwner)
}

// vboxLive is the VM of the name as VirtualBox has it (nil when none is
// registered) and the owner mark its extradata holds ("" for none).
func vboxLive(ctx context.Context, name string) (*vboxInfo, map[string]string, string, error) {
	info, err := vboxShow(ctx, name)
	if err != nil || info == nil {
		return nil, nil, "", err
	}
	extra, err := vboxExtraData(ctx, name)
	if err != nil {
		return nil, nil, "", err
	}
	return info, extra, extra[VboxKeyOwner], nil
}

// setHardware puts what showvminfo reports into the model: cpus, memory, NICs,
// running and the base folder.
func (m *virtualBoxVMModel) setHardware(info *vboxInfo) {
	m.Cpus = types.Int64Value(info.Cpus)
	m.MemoryMiB = types.Int64Value(info.MemoryMiB)
	m.Running = types.BoolValue(info.State == "running")
	if info.BaseFolder != "" {
		m.BaseFolder = types.StringValue(info.BaseFolder)
	}
	nics := make([]attr.Value, 0, len(info.Nics))
	for _, nic := range info.Nics {
		adapter := types.StringNull()
		if nic.Adapter != "" {
			adapter = types.StringValue(nic.Adapter)
		}
		nics = append(nics, types.ObjectValueMust(virtualBoxNicType.AttrTypes, map[string]attr.Value{
			"kind": types.StringValue(nic.Kind), "adapter": adapter, "mac": types.StringValue(nic.Mac),
		}))
	}
	m.Nics = types.ListValueMust(virtualBoxNicType, nics)
}

func (r *virtualBoxVMResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan virtualBoxVMModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Create, 20*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "creating the VirtualBox VM", map[string]any{"name": plan.Name.ValueString()})
	name, mark := plan.Name.ValueString(), plan.Mark.ValueString()
	info, _, found, err := vboxLive(ctx, name)
	if err != nil {
		resp.Diagnostics.AddError("Creating the VirtualBox VM failed", err.Error())
		return
	}
	switch ownership.Of(info != nil, found, mark) {
	case ownership.Absent:
		err = plan.create(ctx)
	case ownership.Ours:
		// Left by an apply that was killed after marking it: taken, and brought to the plan.
		tflog.Info(ctx, "taking the VirtualBox VM that carries this resource's mark", map[string]any{"vm": name, "mark": mark})
		live := plan
		live.setHardware(info)
		err = plan.converge(ctx, &live, info.State == "running")
	default:
		tflog.Warn(ctx, "refusing a VirtualBox VM that is not this resource's", map[string]any{"vm": name, "found_mark": found, "mark": mark})
		resp.Diagnostics.AddError("The VirtualBox VM is not this resource's", ownership.Refusal(vboxObject(name), found, mark).Error())
		return
	}
	if err != nil {
		resp.Diagnostics.AddError("Creating the VirtualBox VM failed", fmt.Sprintf("VirtualBox VM %s: %v", name, err))
		return
	}
	plan.ID, plan.FoundMark = plan.Name, plan.Mark
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackCreate(ctx, r, "VirtualBox VM "+plan.Name.ValueString(), resp)
}

// create makes the VM. It is marked once it is whole (disk attached, NICs set),
// before it starts: a VM an interrupted apply left unmarked is refused by the
// next one (remove it by hand), never taken half made.
func (m *virtualBoxVMModel) create(ctx context.Context) error {
	name, base := m.Name.ValueString(), m.BaseFolder.ValueString()
	var steps [][]string
	if !m.Ova.IsNull() {
		steps = append(steps, []string{"import", m.Ova.ValueString(), "--vsys", "0", "--vmname", name, "--basefolder", base})
	} else {
		// The VM gets its own copy of the image, so unregistervm --delete never
		// removes the file the user pointed at.
		disk := filepath.Join(base, name, name+"-disk0.vdi")
		steps = append(steps,
			[]string{"createvm", "--name", name, "--ostype", m.OSType.ValueString(), "--basefolder", base, "--register"},
			[]string{"clonemedium", "disk", m.DiskImage.ValueString(), disk, "--format", "VDI"},
			[]string{"storagectl", name, "--name", "SATA", "--add", "sata", "--portcount", "1"},
			[]string{"storageattach", name, "--storagectl", "SATA", "--port", "0", "--device", "0", "--type", "hdd", "--medium", disk},
		)
	}
	modify, err := m.modifyArgs(ctx)
	if err != nil {
		return err
	}
	steps = append(steps, modify, []string{"setextradata", name, vboxKeyOSType, m.OSType.ValueString()})
	if !m.Ova.IsNull() {
		steps = append(steps, []string{"setextradata", name, vboxKeyOva, m.Ova.ValueString()})
	} else {
		steps = append(steps, []string{"setextradata", name, vboxKeyDiskImage, m.DiskImage.ValueString()})
	}
	steps = append(steps, []string{"setextradata", name, VboxKeyOwner, m.Mark.ValueString()})
	if m.Running.ValueBool() {
		steps = append(steps, []string{"startvm", name, "--type", "headless"})
	}
	for _, step := range steps {
		if err := vboxRun(ctx, step...); err != nil {
			return err
		}
	}
	return nil
}

func (r *virtualBoxVMResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state virtualBoxVMModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	info, extra, found, err := vboxLive(ctx, state.Name.ValueString())
	if err != nil {
		resp.Diagnostics.AddError("Reading the VirtualBox VM failed", fmt.Sprintf("VirtualBox VM %s: %v", state.Name.ValueString(), err))
		return
	}
	if info == nil {
		resp.State.RemoveResource(ctx)
		return
	}
	// A VM made by hand (or by an earlier provider) has no record: what the
	// state says stays, and an import of it keeps the defaults.
	if v, ok := extra[vboxKeyOSType]; ok {
		state.OSType = types.StringValue(v)
	}
	if v, ok := extra[vboxKeyDiskImage]; ok {
		state.DiskImage, state.Ova = types.StringValue(v), types.StringNull()
	} else if v, ok := extra[vboxKeyOva]; ok {
		state.Ova, state.DiskImage = types.StringValue(v), types.StringNull()
	}
	state.ID = state.Name
	state.setHardware(info)
	// The mark found goes into found_mark; `mark` stays what this resource applied last.
	state.FoundMark = types.StringValue(found)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *virtualBoxVMResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state virtualBoxVMModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Update, 20*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "updating the VirtualBox VM", map[string]any{"name": plan.Name.ValueString()})
	name := plan.Name.ValueString()
	info, _, found, err := vboxLive(ctx, name)
	if err != nil {
		resp.Diagnostics.AddError("Updating the VirtualBox VM failed", fmt.Sprintf("VirtualBox VM %s: %v", name, err))
		return
	}
	if info == nil {
		resp.Diagnostics.AddError("Updating the VirtualBox VM failed",
			fmt.Sprintf("VirtualBox VM %s is gone; refresh and apply again to make it anew", name))
		return
	}
	if ownership.Of(true, found, plan.Mark.ValueString(), state.Mark.ValueString()) != ownership.Ours {
		tflog.Warn(ctx, "refusing to change a VirtualBox VM that is not this resource's", map[string]any{"vm": name, "found_mark": found})
		resp.Diagnostics.AddError("The VirtualBox VM is not this resource's",
			ownership.Refusal(vboxObject(name), found, plan.Mark.ValueString()).Error())
		return
	}
	if err := plan.converge(ctx, &state, info.State == "running"); err != nil {
		resp.Diagnostics.AddError("Updating the VirtualBox VM failed", fmt.Sprintf("VirtualBox VM %s: %v", name, err))
		return
	}
	plan.FoundMark = plan.Mark
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackUpdate(ctx, r, "VirtualBox VM "+plan.Name.ValueString(), resp)
}

// converge brings a VM that is this resource's from `had` (its cpus, memory and
// NICs) to the model: powered off for a hardware change, marked with the
// model's mark, and started or stopped as planned.
func (m *virtualBoxVMModel) converge(ctx context.Context, had *virtualBoxVMModel, running bool) error {
	name := m.Name.ValueString()
	if !hardwareEqual(m, had) {
		if running {
			if err := vboxRun(ctx, "controlvm", name, "poweroff"); err != nil {
				return err
			}
			running = false
		}
		modify, err := m.modifyArgs(ctx)
		if err != nil {
			return err
		}
		if err := vboxRun(ctx, modify...); err != nil {
			return err
		}
	}
	// VirtualBox sets extradata on a running VM too.
	if err := vboxRun(ctx, "setextradata", name, VboxKeyOwner, m.Mark.ValueString()); err != nil {
		return err
	}
	switch {
	case m.Running.ValueBool() && !running:
		return vboxRun(ctx, "startvm", name, "--type", "headless")
	case !m.Running.ValueBool() && running:
		return vboxRun(ctx, "controlvm", name, "poweroff")
	}
	return nil
}

// Delete removes the VM only while it carries the mark this resource applied;
// one that carries another, or none, stays, with a warning.
func (r *virtualBoxVMResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state virtualBoxVMModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Delete, 10*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "deleting the VirtualBox VM", map[string]any{"name": state.Name.ValueString()})
	name := state.Name.ValueString()
	info, _, found, err := vboxLive(ctx, name)
	if err == nil && info != nil {
		if ownership.Of(true, found, state.Mark.ValueString()) != ownership.Ours {
			tflog.Warn(ctx, "leaving a VirtualBox VM that is not this resource's", map[string]any{"vm": name, "found_mark": found})
			resp.Diagnostics.AddWarning("The VirtualBox VM was left on the host",
				ownership.Left(vboxObject(name), found, state.Mark.ValueString()))
			return
		}
		if info.State == "running" {
			err = vboxRun(ctx, "controlvm", name, "poweroff")
		}
		if err == nil {
			// --delete removes the VM's own files and the media attached to it: its
			// copy of the disk image, never the image itself.
			err = vboxRun(ctx, "unregistervm", name, "--delete")
		}
	}
	if err != nil {
		resp.Diagnostics.AddError("Deleting the VirtualBox VM failed", fmt.Sprintf("VirtualBox VM %s: %v", name, err))
	}
}

// ImportState takes the VM name. Read fills in the rest, the disk source and the
// OS type from the VM's extradata; a VM without that record gets the default OS type.
func (r *virtualBoxVMResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if req.ID == "" || strings.HasPrefix(req.ID, "-") {
		resp.Diagnostics.AddError("Invalid import ID", fmt.Sprintf("import ID %q is not a VM name", req.ID))
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), req.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("name"), req.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("os_type"), "Linux_64")...)
}
