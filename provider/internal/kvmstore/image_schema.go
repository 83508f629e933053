package kvmstore

import (
	"context"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// Where a base image comes from: a host path, a file:// URL or an http(s) URL.
var baseImageURLArg = validate.ArgvWord{Pattern: regexp.MustCompile(`^(` + validate.PrintablePath + `|file://` + validate.PrintablePath + `|https?://[A-Za-z0-9][A-Za-z0-9._~:/?#@!$&()*+,;=%-]*)$`),
	Expected: "an absolute path of printable characters, a file:// URL, or an http(s) URL"}

var (
	sha256Arg = validate.ArgvWord{Pattern: regexp.MustCompile(`^[0-9a-f]{64}$`), Expected: "a SHA-256 digest: 64 lowercase hexadecimal digits"}
	sha512Arg = validate.ArgvWord{Pattern: regexp.MustCompile(`^[0-9a-f]{128}$`), Expected: "a SHA-512 digest: 128 lowercase hexadecimal digits"}
)

type kvmImageModel struct {
	ID         types.String   `tfsdk:"id"`
	Path       types.String   `tfsdk:"path"`
	URL        types.String   `tfsdk:"url"`
	SHA256     types.String   `tfsdk:"sha256"`
	SHA512     types.String   `tfsdk:"sha512"`
	Unverified types.Bool     `tfsdk:"unverified"`
	OverlayDir types.String   `tfsdk:"overlay_dir"`
	Format     types.String   `tfsdk:"format"`
	SizeBytes  types.Int64    `tfsdk:"size_bytes"`
	Owner      types.String   `tfsdk:"owner"`
	FoundMark  types.String   `tfsdk:"found_mark"`
	Timeouts   timeouts.Value `tfsdk:"timeouts"`
}

func (r *kvmImageResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		Description: "A base image for KVM guests, fetched once per host from `url` and verified against `sha256` or `sha512` " +
			"(a wrong digest refuses the apply with both digests and keeps nothing). Guests' disks are qcow2 overlays on it " +
			"(hyperlab_kvm_volume backing_path) or copies of it. Refresh re-verifies the file on the host (its digest is " +
			"computed again when its size or modification time changed) and asks the URL whether it changed (an http(s) " +
			"HEAD: ETag, Last-Modified, Content-Length; for a local file its size and modification time); when it did, the " +
			"new content is fetched and hashed, and a digest that differs from the configured one is drift: the plan replaces " +
			"the image, and the apply then refuses with both digests until the configuration names the new digest. " +
			"Marked with its owner (extended attribute user.hyperlab.owner): a file with another mark or none is refused, " +
			"never changed, and left on the host by destroy; destroy refuses while qcow2 overlays under `overlay_dir` still " +
			"have it as their backing file, naming them.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{Description: "The path; the form import takes.", Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"path": schema.StringAttribute{Description: "Absolute path of the image file on the host; a change replaces it.", Required: true,
				PlanModifiers: replace, Validators: []validator.String{validate.HostPathArg}},
			"url": schema.StringAttribute{Description: "Where the image is fetched from: an http(s) URL, a file:// URL or an absolute " +
				"path on the host. Its content is taken as it is (no conversion). A change replaces the image.",
				Required: true, PlanModifiers: replace, Validators: []validator.String{baseImageURLArg}},
			"sha256": schema.StringAttribute{Description: "SHA-256 of the image's content (lowercase hex); this or sha512 is required " +
				"unless `unverified`. A change replaces the image.", Optional: true, PlanModifiers: replace, Validators: []validator.String{sha256Arg}},
			"sha512": schema.StringAttribute{Description: "SHA-512 of the image's content (lowercase hex). A change replaces the image.",
				Optional: true, PlanModifiers: replace, Validators: []validator.String{sha512Arg}},
			"unverified": schema.BoolAttribute{Description: "Take the image with no digest: no check at fetch, none of the file on the " +
				"host or of the URL on refresh. Refused together with a digest.", Optional: true, Computed: true,
				Default: booldefault.StaticBool(false), PlanModifiers: []planmodifier.Bool{boolplanmodifier.RequiresReplace()}},
			"overlay_dir": schema.StringAttribute{Description: "Directory searched, two levels deep, for qcow2 overlays backed by this " +
				"image before it is destroyed. Default: the directory above the image's own.", Optional: true,
				Validators: []validator.String{validate.HostPathArg}},
			"format": schema.StringAttribute{Description: "The image's format as qemu-img detects it.", Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"size_bytes": schema.Int64Attribute{Description: "The file's size in bytes.", Computed: true,
				PlanModifiers: []planmodifier.Int64{int64planmodifier.UseStateForUnknown()}},
			"owner": schema.StringAttribute{Description: "Identity stamped on the file; a file found at `path` is taken, changed or " +
				"removed only while it carries this mark (or the one this resource applied last).",
				Required: true, Validators: []validator.String{validate.OwnerMark}},
			"found_mark": ownership.FoundAttribute("owner"),
			"timeouts":   timeouts.Attributes(ctx, timeouts.Opts{Create: true, Read: true, Update: true, Delete: true}),
		},
	}
}
