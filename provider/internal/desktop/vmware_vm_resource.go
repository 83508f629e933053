package desktop

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/attr"
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

// NewVmwareVMResource is hyperlab_vmware_vm: a VMware Workstation Player VM, a
// .vmx written by the provider and powered by vmrun.
func NewVmwareVMResource() resource.Resource { return &vmwareVMResource{} }

type vmwareVMResource struct{}

type vmwareVMModel struct {
	ID          types.String   `tfsdk:"id"`
	VmxPath     types.String   `tfsdk:"vmx_path"`
	DisplayName types.String   `tfsdk:"display_name"`
	GuestOS     types.String   `tfsdk:"guest_os"`
	Cpus        types.Int64    `tfsdk:"cpus"`
	MemoryMiB   types.Int64    `tfsdk:"memory_mib"`
	Disks       types.List     `tfsdk:"disks"`
	Nics        types.List     `tfsdk:"nics"`
	Running     types.Bool     `tfsdk:"running"`
	Mark        types.String   `tfsdk:"mark"`
	FoundMark   types.String   `tfsdk:"found_mark"`
	Timeouts    timeouts.Value `tfsdk:"timeouts"`
}

type vmwareNicModel struct {
	ConnectionType types.String `tfsdk:"connection_type"`
	Vnet           types.Int64  `tfsdk:"vnet"`
	Mac            types.String `tfsdk:"mac"`
}

var vmwareNicType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"connection_type": types.StringType, "vnet": types.Int64Type, "mac": types.StringType,
}}

// VMware's range for static MACs: 00:50:56:00:00:00-00:50:56:3F:FF:FF.
var vmwareStaticMac = validate.ArgvWord{Pattern: regexp.MustCompile(`^00:50:56:[0-3][0-9a-f]:[0-9a-f]{2}:[0-9a-f]{2}$`),
	Expected: "a MAC in VMware's static range 00:50:56:00:00:00-00:50:56:3f:ff:ff, lower case"}

var vmxPathWord = validate.PathArg{ArgvWord: validate.ArgvWord{Pattern: regexp.MustCompile(`^` + validate.PrintablePath + `\.vmx$`), Expected: "an absolute path of printable characters ending in .vmx"}}

func (r *vmwareVMResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_vmware_vm"
}

func (r *vmwareVMResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		Description: "A VMware Workstation Player VM: a .vmx the provider writes (its managed keys; VMware's own stay) and " +
			"vmrun -T player (the program on PATH, or $" + VmrunEnv + ") starts and stops. Read parses the .vmx back and asks " +
			"vmrun list whether it runs, so drift in any managed key or in running shows in plan. VMware reads the .vmx at " +
			"power-on: a change to a running VM stops it (hard) and starts it again (the plan warns). The .vmx carries the " +
			"owner mark (hyperlab.owner): a .vmx at the path that carries another mark, or none, is neither taken, changed nor removed.",
		Attributes: map[string]schema.Attribute{
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
			"id": schema.StringAttribute{Description: "The .vmx path; the form import takes.", Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"vmx_path": schema.StringAttribute{Description: "Where the .vmx is written; its folder is made if missing.", Required: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}, Validators: []validator.String{vmxPathWord}},
			"display_name": schema.StringAttribute{Description: "displayName: the VM's name in VMware's UI.", Required: true,
				Validators: []validator.String{validate.VmNameWord}},
			"guest_os": schema.StringAttribute{Description: "guestOS, e.g. debian12-64.", Optional: true, Computed: true,
				Default: stringdefault.StaticString("other-64"), Validators: []validator.String{validate.OsTypeWord}},
			"cpus":       schema.Int64Attribute{Description: "numvcpus.", Optional: true, Computed: true, Default: int64default.StaticInt64(1)},
			"memory_mib": schema.Int64Attribute{Description: "memsize, in MiB.", Optional: true, Computed: true, Default: int64default.StaticInt64(1024)},
			"disks": schema.ListAttribute{Description: "Virtual disks (.vmdk) on scsi0, in unit order.", ElementType: types.StringType,
				Optional: true, Computed: true, Default: listdefault.StaticValue(types.ListValueMust(types.StringType, nil))},
			"nics": schema.ListNestedAttribute{
				Description: "ethernet0, ethernet1, ... with static MACs.",
				Optional:    true, Computed: true, Default: listdefault.StaticValue(types.ListValueMust(vmwareNicType, nil)),
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"connection_type": schema.StringAttribute{Required: true, Description: `"custom" (on vmnet vnet), or VMware's "bridged", "hostonly", "nat".`,
						Validators: []validator.String{validate.OneOfWordsOf("custom", "bridged", "hostonly", "nat")}},
					"vnet": schema.Int64Attribute{Optional: true, Description: "vmnet number (0-19) of a custom NIC."},
					"mac":  schema.StringAttribute{Required: true, Description: "Static MAC.", Validators: []validator.String{vmwareStaticMac}},
				}},
			},
			"running": schema.BoolAttribute{Description: "Whether the VM runs (vmrun start nogui / stop).", Optional: true, Computed: true,
				Default: booldefault.StaticBool(true)},
			"mark": schema.StringAttribute{Description: "Identity kept in the .vmx as `hyperlab.owner = \"MARK\"`: Create takes an " +
				"existing .vmx at vmx_path only when it carries this mark, and refuses one that carries none or another; Update and " +
				"Delete change or remove the VM only while it carries it. Changes in place (written with the other keys: a running " +
				"VM is stopped and started again).", Required: true, Validators: []validator.String{validate.OwnerMark}},
			"found_mark": ownership.FoundAttribute("mark"),
		},
	}
}

func vmrun(ctx context.Context, args ...string) (hostexec.Result, error) {
	return hostexec.RunContext(ctx, append([]string{desktopTool(VmrunEnv, "vmrun"), "-T", "player"}, args...)...)
}

// vmwareRunning is whether vmrun lists the .vmx as running.
func vmwareRunning(ctx context.Context, vmx string) (bool, error) {
	res, err := vmrun(ctx, "list")
	if err != nil {
		return false, err
	}
	for _, p := range parseVmrunList(res.Stdout) {
		if p == filepath.Clean(vmx) {
			return true, nil
		}
	}
	return false, nil
}

func (m *vmwareVMModel) spec(ctx context.Context) (vmxSpec, error) {
	s := vmxSpec{DisplayName: m.DisplayName.ValueString(), GuestOS: m.GuestOS.ValueString(), Cpus: m.Cpus.ValueInt64(),
		MemoryMiB: m.MemoryMiB.ValueInt64(), Owner: m.Mark.ValueString()}
	if err := resourceutil.ElementsInto(ctx, m.Disks, &s.Disks); err != nil {
		return s, fmt.Errorf("disks: %w", err)
	}
	var nics []vmwareNicModel
	if err := resourceutil.ElementsInto(ctx, m.Nics, &nics); err != nil {
		return s, fmt.Errorf("nics: %w", err)
	}
	for _, n := range nics {
		vnet := int64(-1)
		if !n.Vnet.IsNull() {
			vnet = n.Vnet.ValueInt64()
		}
		s.Nics = append(s.Nics, vmxNic{ConnectionType: n.ConnectionType.ValueString(), Vnet: vnet, Mac: n.Mac.ValueString()})
	}
	return s, nil
}

func (m *vmwareVMModel) setSpec(s vmxSpec) {
	m.DisplayName, m.GuestOS = types.StringValue(s.DisplayName), types.StringValue(s.GuestOS)
	m.Cpus, m.MemoryMiB = types.Int64Value(s.Cpus), types.Int64Value(s.MemoryMiB)
	disks := make([]attr.Value, 0, len(s.Disks))
	for _, d := range s.Disks {
		disks = append(disks, types.StringValue(d))
	}
	m.Disks = types.ListValueMust(types.StringType, disks)
	nics := make([]attr.Value, 0, len(s.Nics))
	for _, n := range s.Nics {
		vnet := types.Int64Null()
		if n.Vnet >= 0 {
			vnet = types.Int64Value(n.Vnet)
		}
		nics = append(nics, types.ObjectValueMust(vmwareNicType.AttrTypes, map[string]attr.Value{
			"connection_type": types.StringValue(n.ConnectionType), "vnet": vnet, "mac": types.StringValue(n.Mac),
		}))
	}
	m.Nics = types.ListValueMust(vmwareNicType, nics)
}

// writeVmx writes the spec into the .vmx, keeping the keys it does not manage;
// through a temporary file, so a killed apply never leaves half a .vmx.
func (m *vmwareVMModel) writeVmx(ctx context.Context) error {
	vmx := m.VmxPath.ValueString()
	if err := os.MkdirAll(filepath.Dir(vmx), 0o755); err != nil {
		return err
	}
	existing, err := os.ReadFile(vmx)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	tmp := vmx + ".hyperlab-tmp"
	spec, err := m.spec(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", vmx, err)
	}
	if err := os.WriteFile(tmp, []byte(renderVmx(string(existing), spec)), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, vmx)
}

func (r *vmwareVMResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m vmwareVMModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() || m.Nics.IsUnknown() {
		return
	}
	var nics []vmwareNicModel
	resp.Diagnostics.Append(m.Nics.ElementsAs(ctx, &nics, false)...)
	for i, n := range nics {
		if n.ConnectionType.IsUnknown() || n.Vnet.IsUnknown() {
			continue
		}
		custom := n.ConnectionType.ValueString() == "custom"
		if custom == n.Vnet.IsNull() || custom && (n.Vnet.ValueInt64() < 0 || n.Vnet.ValueInt64() > 19) {
			resp.Diagnostics.AddAttributeError(path.Root("nics").AtListIndex(i), "Invalid NIC", "a custom NIC needs a vnet from 0 to 19; the others take none")
		}
	}
}

// ModifyPlan says when apply will stop the VM: VMware reads the .vmx at power-on.
func (r *vmwareVMResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.State.Raw.IsNull() || req.Plan.Raw.IsNull() {
		return
	}
	var plan, state vmwareVMModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// The mark compared is the one the .vmx carries: an adopted VM that carries the
	// configured mark is not stopped to write it again.
	if !state.FoundMark.IsNull() {
		state.Mark = state.FoundMark
	}
	if state.Running.ValueBool() && !vmxEqual(&plan, &state) {
		resp.Diagnostics.AddWarning("VMware VM "+state.VmxPath.ValueString()+" will be stopped",
			"VMware reads the .vmx when the VM powers on: apply stops it (vmrun stop hard), rewrites the .vmx and starts it again.")
	}
}

func vmxEqual(a, b *vmwareVMModel) bool {
	return a.DisplayName.Equal(b.DisplayName) && a.GuestOS.Equal(b.GuestOS) && a.Cpus.Equal(b.Cpus) &&
		a.MemoryMiB.Equal(b.MemoryMiB) && a.Disks.Equal(b.Disks) && a.Nics.Equal(b.Nics) && a.Mark.Equal(b.Mark)
}

// vmwareObject names the VM in messages, with where its mark is.
func vmwareObject(vmx string) string {
	return fmt.Sprintf("VMware VM %s (its mark: the key %s in the file)", vmx, vmxKeyOwner)
}

// vmwareLive is the .vmx at the path (nil when there is none) and the owner mark it carries.
func vmwareLive(vmx string) (*vmxSpec, error) {
	text, err := os.ReadFile(vmx)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	s, err := readVmxSpec(string(text))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", vmx, err)
	}
	return &s, nil
}

func (r *vmwareVMResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan vmwareVMModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Create, 20*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "creating the VMware VM", map[string]any{"vmx": plan.VmxPath.ValueString()})
	vmx, mark := plan.VmxPath.ValueString(), plan.Mark.ValueString()
	live, err := vmwareLive(vmx)
	if err != nil {
		resp.Diagnostics.AddError("Creating the VMware VM failed", err.Error())
		return
	}
	found := ""
	if live != nil {
		found = live.Owner
	}
	switch ownership.Of(live != nil, found, mark) {
	case ownership.Absent:
		err = plan.writeVmx(ctx)
		if err == nil && plan.Running.ValueBool() {
			_, err = vmrun(ctx, "start", vmx, "nogui")
		}
	case ownership.Ours:
		// Left by an apply that was killed after writing it: taken, and brought to the plan.
		tflog.Info(ctx, "taking the VMware VM that carries this resource's mark", map[string]any{"vmx": vmx, "mark": mark})
		var running bool
		if running, err = vmwareRunning(ctx, vmx); err == nil {
			had := plan
			had.setSpec(*live)
			had.Mark = types.StringValue(found)
			err = plan.converge(ctx, &had, running)
		}
	default:
		tflog.Warn(ctx, "refusing a VMware VM that is not this resource's", map[string]any{"vmx": vmx, "found_mark": found, "mark": mark})
		resp.Diagnostics.AddError("The VMware VM is not this resource's", ownership.Refusal(vmwareObject(vmx), found, mark).Error())
		return
	}
	if err != nil {
		resp.Diagnostics.AddError("Creating the VMware VM failed", fmt.Sprintf("VMware VM %s: %v", vmx, err))
		return
	}
	plan.ID, plan.FoundMark = plan.VmxPath, plan.Mark
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackCreate(ctx, r, "VMware VM "+plan.VmxPath.ValueString(), resp)
}

func (r *vmwareVMResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state vmwareVMModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	vmx := state.VmxPath.ValueString()
	live, err := vmwareLive(vmx)
	if err == nil && live == nil {
		resp.State.RemoveResource(ctx)
		return
	}
	running := false
	if err == nil {
		running, err = vmwareRunning(ctx, vmx)
	}
	if err != nil {
		resp.Diagnostics.AddError("Reading the VMware VM failed", fmt.Sprintf("VMware VM %s: %v", vmx, err))
		return
	}
	state.ID = state.VmxPath
	state.setSpec(*live)
	state.Running = types.BoolValue(running)
	// The mark found goes into found_mark; `mark` stays what this resource applied last.
	state.FoundMark = types.StringValue(live.Owner)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *vmwareVMResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state vmwareVMModel
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
	tflog.Info(ctx, "updating the VMware VM", map[string]any{"vmx": plan.VmxPath.ValueString()})
	vmx := plan.VmxPath.ValueString()
	live, err := vmwareLive(vmx)
	if err == nil && live == nil {
		err = fmt.Errorf("its .vmx is gone; refresh and apply again to make it anew")
	}
	if err != nil {
		resp.Diagnostics.AddError("Updating the VMware VM failed", fmt.Sprintf("VMware VM %s: %v", vmx, err))
		return
	}
	if ownership.Of(true, live.Owner, plan.Mark.ValueString(), state.Mark.ValueString()) != ownership.Ours {
		tflog.Warn(ctx, "refusing to change a VMware VM that is not this resource's", map[string]any{"vmx": vmx, "found_mark": live.Owner})
		resp.Diagnostics.AddError("The VMware VM is not this resource's",
			ownership.Refusal(vmwareObject(vmx), live.Owner, plan.Mark.ValueString()).Error())
		return
	}
	running, err := vmwareRunning(ctx, vmx)
	if err == nil {
		had := state
		had.Mark = types.StringValue(live.Owner)
		err = plan.converge(ctx, &had, running)
	}
	if err != nil {
		resp.Diagnostics.AddError("Updating the VMware VM failed", fmt.Sprintf("VMware VM %s: %v", vmx, err))
		return
	}
	plan.FoundMark = plan.Mark
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackUpdate(ctx, r, "VMware VM "+plan.VmxPath.ValueString(), resp)
}

// converge brings a VM that is this resource's from `had` to the model: the
// .vmx rewritten (the VM stopped first: VMware reads it at power-on) when a
// managed key differs, then started or stopped as planned.
func (m *vmwareVMModel) converge(ctx context.Context, had *vmwareVMModel, running bool) error {
	vmx := m.VmxPath.ValueString()
	if !vmxEqual(m, had) {
		if running {
			if _, err := vmrun(ctx, "stop", vmx, "hard"); err != nil {
				return err
			}
			running = false
		}
		if err := m.writeVmx(ctx); err != nil {
			return err
		}
	}
	var err error
	switch {
	case m.Running.ValueBool() && !running:
		_, err = vmrun(ctx, "start", vmx, "nogui")
	case !m.Running.ValueBool() && running:
		_, err = vmrun(ctx, "stop", vmx, "hard")
	}
	return err
}

// Delete stops the VM and removes its .vmx, only while it carries the mark this
// resource applied: one that carries another, or none, stays (running or not),
// with a warning. The disks are the user's, and what VMware writes beside the
// .vmx (nvram, logs) stays with them.
func (r *vmwareVMResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state vmwareVMModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Delete, 10*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "deleting the VMware VM", map[string]any{"vmx": state.VmxPath.ValueString()})
	vmx := state.VmxPath.ValueString()
	live, err := vmwareLive(vmx)
	if err == nil && live == nil {
		return
	}
	if err == nil && ownership.Of(true, live.Owner, state.Mark.ValueString()) != ownership.Ours {
		tflog.Warn(ctx, "leaving a VMware VM that is not this resource's", map[string]any{"vmx": vmx, "found_mark": live.Owner})
		resp.Diagnostics.AddWarning("The VMware VM was left on the host", ownership.Left(vmwareObject(vmx), live.Owner, state.Mark.ValueString()))
		return
	}
	var running bool
	if err == nil {
		running, err = vmwareRunning(ctx, vmx)
	}
	if err == nil && running {
		_, err = vmrun(ctx, "stop", vmx, "hard")
	}
	if err == nil {
		if err = os.Remove(vmx); os.IsNotExist(err) {
			err = nil
		}
	}
	if err != nil {
		resp.Diagnostics.AddError("Deleting the VMware VM failed", fmt.Sprintf("VMware VM %s: %v", vmx, err))
	}
}

// ImportState takes the .vmx path; Read fills in the rest from the file.
func (r *vmwareVMResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if !strings.HasPrefix(req.ID, "/") || !strings.HasSuffix(req.ID, ".vmx") {
		resp.Diagnostics.AddError("Invalid import ID", fmt.Sprintf("import ID %q is not the absolute path of a .vmx", req.ID))
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), req.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("vmx_path"), req.ID)...)
}
