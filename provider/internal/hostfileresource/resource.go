package hostfileresource

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
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
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostfile"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// NewHostFileResource is hyperlab_host_file: a text file the provider writes on
// its host (e.g. a cloud-init snippet in a Proxmox node's snippet storage).
func NewHostFileResource() resource.Resource { return &hostFileResource{} }

type hostFileResource struct{}

var (
	_ resource.ResourceWithImportState = &hostFileResource{}
	_ resource.ResourceWithModifyPlan  = &hostFileResource{}
)

type hostFileModel struct {
	ID        types.String   `tfsdk:"id"`
	Path      types.String   `tfsdk:"path"`
	Content   types.String   `tfsdk:"content"`
	Mode      types.String   `tfsdk:"mode"`
	Sha256    types.String   `tfsdk:"sha256"`
	Owner     types.String   `tfsdk:"owner"`
	FoundMark types.String   `tfsdk:"found_mark"`
	Timeouts  timeouts.Value `tfsdk:"timeouts"`
}

// Up to 1 MiB: a snippet, not a disk image.
const hostFileMax = 1 << 20

var hostFileMode = validate.ArgvWord{Pattern: regexp.MustCompile(`^0[0-7]{3}$`), Expected: "an octal mode of 0 and 3 digits 0-7, such as \"0644\" or \"0600\""}

func (r *hostFileResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_host_file"
}

func (r *hostFileResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		Description: "A text file on the provider's host (through the agent, for a host reached over SSH), written " +
			"atomically (beside its place, then renamed) and marked as this resource's with an extended attribute. A file " +
			"found at `path` without this resource's mark is refused and left as it is, on create and on delete. Read " +
			"reads the file back: a change made on the host shows as drift in `content` and `sha256`.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{Description: "The path; the form import takes.", Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"path": schema.StringAttribute{Description: "Absolute path of the file; missing directories are made (and removed " +
				"with it when empty). A change replaces the file.", Required: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}, Validators: []validator.String{validate.HostPathArg}},
			"content": schema.StringAttribute{Description: "The file's text, up to 1 MiB; sensitive, as it may hold secrets " +
				"(a cloud-init user-data with passwords). A change rewrites the file in place.", Required: true, Sensitive: true,
				Validators: []validator.String{maxBytes{hostFileMax}}},
			"mode": schema.StringAttribute{Description: "Permission bits as an octal string; a change rewrites the file in place.",
				Optional: true, Computed: true, Default: stringdefault.StaticString("0644"), Validators: []validator.String{hostFileMode}},
			"sha256": schema.StringAttribute{Description: "sha256 of the content, as hex: the file's own on the host after a " +
				"refresh, so an edit made by hand shows here without showing the content.", Computed: true},
			"owner": schema.StringAttribute{Description: "Identity stamped on the file; a file found at `path` is taken, rewritten " +
				"or removed only while it carries this mark (or the one this resource applied last).",
				Required: true, Validators: []validator.String{validate.OwnerMark}},
			"found_mark": ownership.FoundAttribute("owner"),
			"timeouts":   timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
		},
	}
}

// maxBytes refuses a string longer than n bytes.
type maxBytes struct{ n int }

func (v maxBytes) Description(context.Context) string { return fmt.Sprintf("at most %d bytes", v.n) }
func (v maxBytes) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}
func (v maxBytes) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if n := len(req.ConfigValue.ValueString()); n > v.n {
		resp.Diagnostics.AddAttributeError(req.Path, "Content too long", fmt.Sprintf("%d bytes; expected at most %d", n, v.n))
	}
}

func Digest(content string) string {
	sum := sha256.Sum256([]byte(content))
	return hex.EncodeToString(sum[:])
}

// ModifyPlan plans sha256 as the digest of the configured content, so a plan
// that puts back a file edited by hand says so with both digests.
func (r *hostFileResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() {
		return
	}
	var content types.String
	resp.Diagnostics.Append(req.Plan.GetAttribute(ctx, path.Root("content"), &content)...)
	if resp.Diagnostics.HasError() || content.IsUnknown() {
		return
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("sha256"), Digest(content.ValueString()))...)
}

// write puts the file in place; one already at the path must carry one of own.
func (m *hostFileModel) write(ctx context.Context, own ...string) error {
	file := m.Path.ValueString()
	if _, err := os.Lstat(file); err == nil {
		if err := hostfile.Claim(file, own...); err != nil {
			return err
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := hostfile.MakeDir(filepath.Dir(file)); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("writing %s: %w", file, err)
	}
	mode, err := strconv.ParseUint(m.Mode.ValueString(), 8, 32)
	if err != nil {
		return fmt.Errorf("mode %q: %w", m.Mode.ValueString(), err)
	}
	temp := hostfile.TempPath(file)
	defer os.Remove(temp)
	if err := os.WriteFile(temp, []byte(m.Content.ValueString()), 0o600); err != nil {
		return fmt.Errorf("writing %s: %w", temp, err)
	}
	// Set after writing: the process's umask takes bits from WriteFile's mode.
	if err := os.Chmod(temp, os.FileMode(mode)); err != nil {
		return fmt.Errorf("setting the mode of %s: %w", temp, err)
	}
	return hostfile.Place(temp, file, m.Owner.ValueString())
}

// read fills m from the file on the host, found_mark with the mark it carries; a
// missing file leaves m.ID null.
func (m *hostFileModel) read() error {
	file := m.Path.ValueString()
	info, err := os.Lstat(file)
	if errors.Is(err, fs.ErrNotExist) {
		m.ID = types.StringNull()
		return nil
	}
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file (%s)", file, info.Mode().Type())
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	found, err := hostfile.Owner(file)
	if err != nil {
		return err
	}
	m.ID = m.Path
	m.Content, m.Sha256 = types.StringValue(string(data)), types.StringValue(Digest(string(data)))
	m.Mode = types.StringValue(fmt.Sprintf("%04o", info.Mode().Perm()))
	m.FoundMark = types.StringValue(found)
	return nil
}

func (r *hostFileResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan hostFileModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Create, 2*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	resp.Diagnostics.Append(r.apply(ctx, &plan, &resp.State, plan.Owner.ValueString())...)
}

func (r *hostFileResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state hostFileModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Update, 2*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	resp.Diagnostics.Append(r.apply(ctx, &plan, &resp.State, plan.Owner.ValueString(), state.Owner.ValueString())...)
}

// apply writes the file, then reads back what the host has.
func (r *hostFileResource) apply(ctx context.Context, plan *hostFileModel, state *tfsdk.State, own ...string) diag.Diagnostics {
	file := plan.Path.ValueString()
	if err := plan.write(ctx, own...); err != nil {
		tflog.Warn(ctx, "the file was not written", map[string]any{"path": file, "error": err.Error()})
		return resourceutil.ErrorDiag("Writing the file failed", err)
	}
	tflog.Info(ctx, "wrote the file", map[string]any{"path": file})
	if err := plan.read(); err != nil {
		return resourceutil.ErrorDiag("Reading the file back failed", err)
	}
	if plan.ID.IsNull() {
		return resourceutil.ErrorDiag("Reading the file back failed", fmt.Errorf("%s is gone right after it was written", file))
	}
	return state.Set(ctx, plan)
}

func (r *hostFileResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state hostFileModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := state.read(); err != nil {
		resp.Diagnostics.AddError("Reading the file failed", err.Error())
		return
	}
	if state.ID.IsNull() {
		tflog.Info(ctx, "the file is gone", map[string]any{"path": state.Path.ValueString()})
		resp.State.RemoveResource(ctx)
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *hostFileResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state hostFileModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Delete, 2*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "deleting the file", map[string]any{"path": state.Path.ValueString()})
	resourceutil.RemoveOwnedFile(ctx, state.Path.ValueString(), state.Owner.ValueString(), &resp.Diagnostics)
}

func (r *hostFileResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if !filepath.IsAbs(req.ID) {
		resp.Diagnostics.AddError("Invalid import ID", fmt.Sprintf("%q is not the file's absolute path", req.ID))
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), req.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("path"), req.ID)...)
}
