package kvm

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostfile"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// NewKvmSeedResource is hyperlab_kvm_seed: a cloud-init NoCloud seed image.
func NewKvmSeedResource() resource.Resource { return &kvmSeedResource{} }

type kvmSeedResource struct{}

var _ resource.ResourceWithImportState = &kvmSeedResource{}

type kvmSeedModel struct {
	ID            types.String   `tfsdk:"id"`
	Path          types.String   `tfsdk:"path"`
	UserData      types.String   `tfsdk:"user_data"`
	MetaData      types.String   `tfsdk:"meta_data"`
	NetworkConfig types.String   `tfsdk:"network_config"`
	VendorData    types.String   `tfsdk:"vendor_data"`
	Owner         types.String   `tfsdk:"owner"`
	FoundMark     types.String   `tfsdk:"found_mark"`
	Timeouts      timeouts.Value `tfsdk:"timeouts"`
}

func (r *kvmSeedResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_kvm_seed"
}

func (r *kvmSeedResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	content := func(what string) schema.StringAttribute {
		return schema.StringAttribute{Description: what + "; a change rewrites the image in place, and the guest reads it at its next boot.",
			Required: true}
	}
	networkConfig := content("network-config (version 2)")
	networkConfig.Required, networkConfig.Optional = false, true
	vendorData := content("vendor-data (#cloud-config that cloud-init applies under user-data; left out of the image when not set)")
	vendorData.Required, vendorData.Optional = false, true
	resp.Schema = schema.Schema{
		Description: "A cloud-init NoCloud seed: an ISO 9660 image labelled cidata with user-data, meta-data, network-config " +
			"and vendor-data (Rock Ridge names). Read opens the image file on the host and reads the files back, so an edit made on the " +
			"host shows as drift; it never reaches through libvirt.",
		Attributes: map[string]schema.Attribute{
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
			"id": schema.StringAttribute{Description: "The path; the form import takes.", Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"path": schema.StringAttribute{Description: "Absolute path of the image file; a change replaces it.", Required: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}, Validators: []validator.String{validate.HostPathArg}},
			"user_data":      content("user-data (#cloud-config)"),
			"meta_data":      content("meta-data (instance-id, local-hostname)"),
			"network_config": networkConfig,
			"vendor_data":    vendorData,
			"owner": schema.StringAttribute{Description: "Identity stamped on the file; a file found at `path` is taken, rewritten or " +
				"removed only while it carries this mark (or the one this resource applied last).",
				Required: true, Validators: []validator.String{validate.OwnerMark}},
			"found_mark": ownership.FoundAttribute("owner"),
		},
	}
}

func (m *kvmSeedModel) files() map[string]string {
	return map[string]string{"user-data": m.UserData.ValueString(), "meta-data": m.MetaData.ValueString(),
		"network-config": m.NetworkConfig.ValueString(), "vendor-data": m.VendorData.ValueString()}
}

// write makes the image beside its place and renames it there: a guest that has
// the old one open keeps reading it, and a killed apply leaves no half image. An
// image already at the path is replaced only when it carries one of own, the
// resource's marks (ownership.Of); any other is refused and left as it is.
func (m *kvmSeedModel) write(own ...string) error {
	file := m.Path.ValueString()
	if _, err := os.Stat(file); err == nil {
		if err := hostfile.Claim(file, own...); err != nil {
			return err
		}
	}
	if err := hostfile.MakeDir(filepath.Dir(file)); err != nil {
		return err
	}
	temp := hostfile.TempPath(file)
	defer os.Remove(temp)
	if err := WriteSeedISO(temp, m.files()); err != nil {
		return err
	}
	return hostfile.Place(temp, file, m.Owner.ValueString())
}

// read fills m from the image, and found_mark with the mark it carries (never
// owner: that is the mark this resource applied); a missing image leaves m.ID null.
func (m *kvmSeedModel) read() error {
	file := m.Path.ValueString()
	if _, err := os.Stat(file); os.IsNotExist(err) {
		m.ID = types.StringNull()
		return nil
	}
	files, err := ReadSeedISO(file)
	if err != nil {
		return err
	}
	found, err := hostfile.Owner(file)
	if err != nil {
		return err
	}
	m.UserData, m.MetaData, m.FoundMark = types.StringValue(files["user-data"]), types.StringValue(files["meta-data"]), types.StringValue(found)
	m.NetworkConfig = types.StringNull()
	if files["network-config"] != "" {
		m.NetworkConfig = types.StringValue(files["network-config"])
	}
	m.VendorData = types.StringNull()
	if files["vendor-data"] != "" {
		m.VendorData = types.StringValue(files["vendor-data"])
	}
	return nil
}

func (r *kvmSeedResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan kvmSeedModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Create, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	resp.Diagnostics.Append(r.write(ctx, &plan, &resp.State, plan.Owner.ValueString())...)
	resourceutil.ReadBackCreate(ctx, r, "seed image "+plan.Path.ValueString(), resp)
}

func (r *kvmSeedResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state kvmSeedModel
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
	resp.Diagnostics.Append(r.write(ctx, &plan, &resp.State, plan.Owner.ValueString(), state.Owner.ValueString())...)
	resourceutil.ReadBackUpdate(ctx, r, "seed image "+plan.Path.ValueString(), resp)
}

// write makes the image; one already at its path must carry one of own, the
// resource's marks (the configured one, and in Update the one it applied last).
func (r *kvmSeedResource) write(ctx context.Context, plan *kvmSeedModel, state *tfsdk.State, own ...string) diag.Diagnostics {
	file := plan.Path.ValueString()
	if err := plan.write(own...); err != nil {
		tflog.Warn(ctx, "the seed image was not written", map[string]any{"path": file, "error": err.Error()})
		return resourceutil.ErrorDiag("Writing the seed failed", err)
	}
	tflog.Info(ctx, "wrote the seed image", map[string]any{"path": file})
	plan.ID, plan.FoundMark = plan.Path, plan.Owner
	return state.Set(ctx, plan)
}

func (r *kvmSeedResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state kvmSeedModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := state.read(); err != nil {
		resp.Diagnostics.AddError("Reading the seed failed", err.Error())
		return
	}
	if state.ID.IsNull() {
		resp.State.RemoveResource(ctx)
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *kvmSeedResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state kvmSeedModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Delete, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "deleting the seed image", map[string]any{"path": state.Path.ValueString()})
	resourceutil.RemoveOwnedFile(ctx, state.Path.ValueString(), state.Owner.ValueString(), &resp.Diagnostics)
}

func (r *kvmSeedResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if !filepath.IsAbs(req.ID) {
		resp.Diagnostics.AddError("Invalid import ID", fmt.Sprintf("%q is not the seed image's absolute path", req.ID))
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), req.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("path"), req.ID)...)
}
