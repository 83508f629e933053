package kvmstore

import (
	"context"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// An image to copy from: a host path, or an http(s) URL the provider downloads.
var imageSourceArg = validate.ArgvWord{Pattern: regexp.MustCompile(`^(` + validate.PrintablePath + `|https?://[A-Za-z0-9][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)$`),
	Expected: "an absolute path of printable characters, or an http(s) URL"}

type VolumeModel struct {
	ID           types.String   `tfsdk:"id"`
	Path         types.String   `tfsdk:"path"`
	Format       types.String   `tfsdk:"format"`
	SizeBytes    types.Int64    `tfsdk:"size_bytes"`
	Source       types.String   `tfsdk:"source"`
	BackingPath  types.String   `tfsdk:"backing_path"`
	SourceFormat types.String   `tfsdk:"source_format"`
	Owner        types.String   `tfsdk:"owner"`
	FoundMark    types.String   `tfsdk:"found_mark"`
	Timeouts     timeouts.Value `tfsdk:"timeouts"`
}

func (r *VolumeResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		Description: "A disk image file for a KVM guest: empty, copied (and converted) from an image, or a qcow2 overlay " +
			"on a backing image. Made under a temporary name and renamed into place when finished, marked with its owner " +
			"(extended attribute user.hyperlab.owner): a file an interrupted apply finished is taken on the next; one with another " +
			"mark or none is refused, never changed, and left on the host by destroy.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{Description: "The path; the form import takes.", Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"path": schema.StringAttribute{Description: "Absolute path of the image file; a change replaces it.", Required: true,
				PlanModifiers: replace, Validators: []validator.String{validate.HostPathArg}},
			"format": schema.StringAttribute{Description: `"qcow2" or "raw"; a change replaces the image.`, Required: true,
				PlanModifiers: replace, Validators: []validator.String{validate.OneOfWordsOf("qcow2", "raw")}},
			"size_bytes": schema.Int64Attribute{
				Description: "Virtual size in bytes (a multiple of 512). Without it, the source's or the backing image's own size. " +
					"Growing is done in place (with the guest stopped: QEMU locks a running guest's image); shrinking replaces the image.",
				Optional: true, Computed: true,
				PlanModifiers: []planmodifier.Int64{int64planmodifier.UseStateForUnknown(), shrinkReplaces{}},
				Validators:    []validator.Int64{validate.Int64Between{Min: 512, Max: 1 << 50, Unit: " bytes"}, multipleOf512{}},
			},
			"source": schema.StringAttribute{
				Description: "Image copied into this one, converted to `format` (its own format detected by qemu-img): a host path or an http(s) URL. A change replaces the image.",
				Optional:    true, PlanModifiers: replace, Validators: []validator.String{imageSourceArg},
			},
			"backing_path": schema.StringAttribute{
				Description: "Image this qcow2 overlays (copy-on-write); it must stay unchanged while the overlay lives. A change replaces the image.",
				Optional:    true, PlanModifiers: replace, Validators: []validator.String{validate.HostPathArg},
			},
			"source_format": schema.StringAttribute{Description: "Format qemu-img detected in `source` or `backing_path`.", Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"owner": schema.StringAttribute{Description: "Identity stamped on the file; a file found at `path` is taken, changed or " +
				"removed only while it carries this mark (or the one this resource applied last).",
				Required: true, Validators: []validator.String{validate.OwnerMark}},
			"found_mark": ownership.FoundAttribute("owner"),
			"timeouts":   timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
		},
	}
}

// shrinkReplaces plans a replacement when size_bytes goes down: qemu-img shrinks
// an image only by cutting off its end, which is the guest's data.
type shrinkReplaces struct{}

func (shrinkReplaces) Description(context.Context) string               { return "a smaller size replaces the image" }
func (m shrinkReplaces) MarkdownDescription(ctx context.Context) string { return m.Description(ctx) }
func (shrinkReplaces) PlanModifyInt64(_ context.Context, req planmodifier.Int64Request, resp *planmodifier.Int64Response) {
	if req.State.Raw.IsNull() || req.PlanValue.IsUnknown() || req.StateValue.IsNull() || req.PlanValue.IsNull() {
		return
	}
	if req.PlanValue.ValueInt64() < req.StateValue.ValueInt64() {
		resp.RequiresReplace = true
	}
}

type multipleOf512 struct{}

func (multipleOf512) Description(context.Context) string               { return "a multiple of 512 bytes" }
func (v multipleOf512) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }
func (v multipleOf512) ValidateInt64(ctx context.Context, req validator.Int64Request, resp *validator.Int64Response) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if req.ConfigValue.ValueInt64()%512 != 0 {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", "size_bytes must be "+v.Description(ctx))
	}
}
