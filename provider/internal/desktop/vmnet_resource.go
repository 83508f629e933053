package desktop

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// NewVmnetResource is hyperlab_vmnet: one of VMware's virtual networks on Linux.
//
// VMware Workstation/Player on Linux keeps its virtual networks in
// /etc/vmware/networking (`answer VNET_N_...` lines, `add_bridge_mapping IFACE N`)
// and applies them with its own tool, vmware-networks, stopping and starting the
// networks from that file, as described in "VMware Workstation: how to automate or
// script changes to the virtual network configuration"
// (https://serverfault.com/questions/535193/vmware-workstation-how-to-automate-or-script-changes-to-the-virtual-network-co),
// where `vmware-networks --stop` / `--start` are the commands. VMware's own manual
// page for vmware-networks could not be retrieved where this was written; the
// stand-in accepts only --stop, --start and --status.
//
// Ownership: a vmnet is a numbered slot of that file that VMware's installer
// (vmnet1 host-only, vmnet8 NAT) and its Virtual Network Editor make too, so it
// is an object a user can have made. But the file holds a fixed set of answers
// per vmnet and nothing VMware keeps could carry an owner mark, so this resource
// has none: Create refuses a vmnet that is already in the file (no one's, as far
// as it can tell) instead of taking it; one made by hand is adopted by import.
func NewVmnetResource() resource.Resource { return &vmnetResource{} }

type vmnetResource struct{}

type vmnetModel struct {
	ID              types.String   `tfsdk:"id"`
	Number          types.Int64    `tfsdk:"number"`
	Mode            types.String   `tfsdk:"mode"`
	BridgeInterface types.String   `tfsdk:"bridge_interface"`
	Subnet          types.String   `tfsdk:"subnet"`
	Dhcp            types.Bool     `tfsdk:"dhcp"`
	NetworkingFile  types.String   `tfsdk:"networking_file"`
	Timeouts        timeouts.Value `tfsdk:"timeouts"`
}

// networkingMu serializes the edits of networking files: several vmnets share one.
var networkingMu sync.Mutex

func (r *vmnetResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_vmnet"
}

func (r *vmnetResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		Description: "A VMware vmnet (0-19) in VMware's networking file, applied with vmware-networks --stop and --start " +
			"(the program on PATH, or $" + VmwareNetworksEnv + "); needs root, as VMware's own editor does. Only the vmnet's " +
			"own lines are written; mode, bridge, subnet and DHCP change in place. Read parses the file back. The file has no " +
			"place for an owner mark, so a vmnet already in it (VMware's own vmnet1 and vmnet8, or one made in its editor) is " +
			"refused, never taken: import it to adopt it.",
		Attributes: map[string]schema.Attribute{
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
			"id": schema.StringAttribute{Description: `"N", or "N:FILE" for another networking file; the form import takes.`, Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"number": schema.Int64Attribute{Description: "vmnet number, 0-19.", Required: true,
				PlanModifiers: []planmodifier.Int64{int64planmodifier.RequiresReplace()}},
			"mode": schema.StringAttribute{Description: `"bridged", "hostonly" or "nat".`, Required: true,
				Validators: []validator.String{validate.OneOfWordsOf("bridged", "hostonly", "nat")}},
			"bridge_interface": schema.StringAttribute{Description: "Host interface a bridged vmnet bridges to.", Optional: true,
				Validators: []validator.String{validate.IfaceWord}},
			"subnet": schema.StringAttribute{Description: "IPv4 network (CIDR) of a hostonly or nat vmnet.", Optional: true},
			"dhcp": schema.BoolAttribute{Description: "VMware's DHCP server on a hostonly or nat vmnet.", Optional: true, Computed: true,
				Default: booldefault.StaticBool(false)},
			"networking_file": schema.StringAttribute{Description: "VMware's networking file.", Optional: true, Computed: true,
				Default: stringdefault.StaticString("/etc/vmware/networking"), Validators: []validator.String{validate.HostPathArg},
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}},
		},
	}
}

func (r *vmnetResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m vmnetModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() || m.Mode.IsUnknown() || m.Number.IsUnknown() {
		return
	}
	if n := m.Number.ValueInt64(); n < 0 || n > 19 {
		resp.Diagnostics.AddAttributeError(path.Root("number"), "Invalid vmnet number", fmt.Sprintf("%d is not from 0 to 19", n))
	}
	bridged := m.Mode.ValueString() == "bridged"
	if !m.BridgeInterface.IsUnknown() && bridged == m.BridgeInterface.IsNull() {
		resp.Diagnostics.AddAttributeError(path.Root("bridge_interface"), "Invalid vmnet", "a bridged vmnet needs bridge_interface; the others take none")
	}
	if !m.Subnet.IsUnknown() && bridged != m.Subnet.IsNull() {
		resp.Diagnostics.AddAttributeError(path.Root("subnet"), "Invalid vmnet", "a hostonly or nat vmnet needs a subnet; a bridged one takes none")
	}
	if !m.Subnet.IsNull() && !m.Subnet.IsUnknown() {
		if ip, ipnet, err := net.ParseCIDR(m.Subnet.ValueString()); err != nil || ip.To4() == nil || !ip.Equal(ipnet.IP) {
			resp.Diagnostics.AddAttributeError(path.Root("subnet"), "Invalid subnet", fmt.Sprintf("%q is not an IPv4 network such as 10.60.0.0/24", m.Subnet.ValueString()))
		}
	}
}

func (m *vmnetModel) spec() *vmnetSpec {
	return &vmnetSpec{Number: m.Number.ValueInt64(), Mode: m.Mode.ValueString(), Bridge: m.BridgeInterface.ValueString(),
		Subnet: m.Subnet.ValueString(), Dhcp: m.Dhcp.ValueBool()}
}

func (m *vmnetModel) id() string {
	return vmnetImportID(m.NetworkingFile.ValueString(), m.Number.ValueInt64())
}

func vmnetImportID(file string, number int64) string {
	n := strconv.FormatInt(number, 10)
	if file == "/etc/vmware/networking" {
		return n
	}
	return n + ":" + file
}

// apply writes vmnet `number` (nil spec: removes it) and restarts VMware's
// networks. With create, a vmnet already in the file is refused, the file unchanged.
func applyVmnet(ctx context.Context, file string, number int64, s *vmnetSpec, create bool) error {
	networkingMu.Lock()
	defer networkingMu.Unlock()
	existing, err := os.ReadFile(file)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	if create && readNetworking(string(existing), number) != nil {
		tflog.Warn(ctx, "refusing a vmnet that is already in the networking file", map[string]any{"vmnet": number, "file": file})
		return fmt.Errorf("vmnet%d is already in %s (VMware makes vmnet1 and vmnet8 itself, and its Virtual Network Editor "+
			"the others): it is not this resource's, so it is neither taken nor changed. Give this network a number that "+
			"is free, or, if that vmnet is yours to hand over, import it (the ID %q) and apply again", number, file,
			vmnetImportID(file, number))
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	tmp := file + ".hyperlab-tmp"
	text, err := renderNetworking(string(existing), number, s)
	if err != nil {
		return err
	}
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, file); err != nil {
		return err
	}
	tool := desktopTool(VmwareNetworksEnv, "vmware-networks")
	if _, err := hostexec.RunContext(ctx, tool, "--stop"); err != nil {
		return err
	}
	_, err = hostexec.RunContext(ctx, tool, "--start")
	return err
}

func (r *vmnetResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan vmnetModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Create, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "creating the vmnet", map[string]any{"number": plan.Number.ValueInt64(), "networking_file": plan.NetworkingFile.ValueString()})
	if err := applyVmnet(ctx, plan.NetworkingFile.ValueString(), plan.Number.ValueInt64(), plan.spec(), true); err != nil {
		resp.Diagnostics.AddError("Creating the vmnet failed", err.Error())
		return
	}
	plan.ID = types.StringValue(plan.id())
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackCreate(ctx, r, fmt.Sprintf("vmnet%d", plan.Number.ValueInt64()), resp)
}

func (r *vmnetResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state vmnetModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	text, err := os.ReadFile(state.NetworkingFile.ValueString())
	if err != nil && !os.IsNotExist(err) {
		resp.Diagnostics.AddError("Reading the networking file failed", err.Error())
		return
	}
	s := readNetworking(string(text), state.Number.ValueInt64())
	if s == nil {
		resp.State.RemoveResource(ctx)
		return
	}
	state.ID = types.StringValue(state.id())
	state.Mode = types.StringValue(s.Mode)
	state.BridgeInterface, state.Subnet = types.StringNull(), types.StringNull()
	if s.Bridge != "" {
		state.BridgeInterface = types.StringValue(s.Bridge)
	}
	if s.Subnet != "" {
		state.Subnet = types.StringValue(s.Subnet)
	}
	state.Dhcp = types.BoolValue(s.Dhcp)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *vmnetResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan vmnetModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Update, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "updating the vmnet", map[string]any{"number": plan.Number.ValueInt64(), "networking_file": plan.NetworkingFile.ValueString()})
	if err := applyVmnet(ctx, plan.NetworkingFile.ValueString(), plan.Number.ValueInt64(), plan.spec(), false); err != nil {
		resp.Diagnostics.AddError("Updating the vmnet failed", err.Error())
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackUpdate(ctx, r, fmt.Sprintf("vmnet%d", plan.Number.ValueInt64()), resp)
}

func (r *vmnetResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state vmnetModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Delete, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "deleting the vmnet", map[string]any{"number": state.Number.ValueInt64(), "networking_file": state.NetworkingFile.ValueString()})
	if err := applyVmnet(ctx, state.NetworkingFile.ValueString(), state.Number.ValueInt64(), nil, false); err != nil {
		resp.Diagnostics.AddError("Deleting the vmnet failed", err.Error())
	}
}

// ImportState takes "N" or "N:/path/to/networking".
func (r *vmnetResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	number, file, hasFile := strings.Cut(req.ID, ":")
	n, err := strconv.ParseInt(number, 10, 64)
	if err != nil || n < 0 || n > 19 || (hasFile && !strings.HasPrefix(file, "/")) {
		resp.Diagnostics.AddError("Invalid import ID", fmt.Sprintf(`import ID %q is not "N" or "N:/path/to/networking" with N from 0 to 19`, req.ID))
		return
	}
	if !hasFile {
		file = "/etc/vmware/networking"
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), req.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("number"), n)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("networking_file"), file)...)
}
