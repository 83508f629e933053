package kvmstore

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/closing"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostfile"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// NewKvmVolumeResource is hyperlab_kvm_volume: a guest's disk image file.
func NewKvmVolumeResource() resource.Resource { return &VolumeResource{} }

type VolumeResource struct{}

var (
	_ resource.ResourceWithImportState    = &VolumeResource{}
	_ resource.ResourceWithValidateConfig = &VolumeResource{}
)

func (r *VolumeResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_kvm_volume"
}

func (r *VolumeResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m VolumeModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	switch {
	case !m.Source.IsNull() && !m.BackingPath.IsNull():
		resp.Diagnostics.AddAttributeError(path.Root("backing_path"), "Conflicting attributes", "give source (a copy) or backing_path (an overlay), not both")
	case !m.BackingPath.IsNull() && m.Format.ValueString() == "raw":
		resp.Diagnostics.AddAttributeError(path.Root("backing_path"), "Invalid value", "only a qcow2 image can overlay a backing image")
	case m.Source.IsNull() && m.BackingPath.IsNull() && m.SizeBytes.IsNull():
		resp.Diagnostics.AddAttributeError(path.Root("size_bytes"), "Missing attribute", "an empty image needs size_bytes")
	}
}

// imageInfo is what `qemu-img info --output=json` says of an image.
type imageInfo struct {
	Format      string `json:"format"`
	VirtualSize int64  `json:"virtual-size"`
	Backing     string `json:"full-backing-filename"`
}

// inspect reads an image's header; -U (force share) reads one a running guest has open.
func inspect(ctx context.Context, file string) (imageInfo, error) {
	res, err := hostexec.RunContext(ctx, "qemu-img", "info", "-U", "--output=json", "--", file)
	if err != nil {
		return imageInfo{}, err
	}
	var info imageInfo
	if err := json.Unmarshal([]byte(res.Stdout), &info); err != nil {
		return imageInfo{}, fmt.Errorf("reading qemu-img info of %s: %w", file, err)
	}
	return info, nil
}

func (r *VolumeResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan VolumeModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Create, 30*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	file := plan.Path.ValueString()
	if _, err := os.Stat(file); err == nil {
		// Taken only when it carries this resource's mark: an earlier apply
		// finished this image and was killed before it recorded it.
		if err := hostfile.Claim(file, plan.Owner.ValueString()); err != nil {
			tflog.Warn(ctx, "refusing an image that is not this resource's", map[string]any{"path": file})
			resp.Diagnostics.AddError("The image is not this resource's", err.Error())
			return
		}
		made, err := madeAs(ctx, &plan)
		switch {
		case err != nil:
			resp.Diagnostics.AddError("Reading the image an interrupted apply made failed", err.Error())
			return
		case made != "":
			// Ours, but made for an earlier config: made again from what this one names.
			tflog.Info(ctx, "making again the image an interrupted apply made from other inputs", map[string]any{"path": file, "differs": made})
			if err := os.Remove(file); err != nil {
				resp.Diagnostics.AddError("Removing the image an interrupted apply made failed", err.Error())
				return
			}
			if err := r.Make(ctx, &plan); err != nil {
				resp.Diagnostics.AddError("Making the image failed", err.Error())
				return
			}
		default:
			tflog.Info(ctx, "taking the image an interrupted apply made", map[string]any{"path": file})
			if err := r.grow(ctx, &plan); err != nil {
				resp.Diagnostics.AddError("Growing the image failed", err.Error())
				return
			}
		}
	} else if err := r.Make(ctx, &plan); err != nil {
		resp.Diagnostics.AddError("Making the image failed", err.Error())
		return
	}
	plan.ID = plan.Path
	resp.Diagnostics.Append(r.read(ctx, &plan)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackCreate(ctx, r, "volume "+plan.Path.ValueString(), resp)
}

// Make writes the image under a temporary name and moves it into place, marked.
func (r *VolumeResource) Make(ctx context.Context, m *VolumeModel) error {
	file, format := m.Path.ValueString(), m.Format.ValueString()
	if err := hostfile.MakeDir(filepath.Dir(file)); err != nil {
		return err
	}
	temp := hostfile.TempPath(file)
	if err := hostfile.Remove(temp); err != nil { // what a killed apply left
		return err
	}
	defer os.Remove(temp)
	size := ""
	if !m.SizeBytes.IsNull() && !m.SizeBytes.IsUnknown() {
		size = strconv.FormatInt(m.SizeBytes.ValueInt64(), 10)
	}
	switch {
	case !m.Source.IsNull():
		source := m.Source.ValueString()
		if strings.HasPrefix(source, "http://") || strings.HasPrefix(source, "https://") {
			downloaded := temp + ".download"
			defer os.Remove(downloaded)
			if err := download(ctx, source, downloaded); err != nil {
				return err
			}
			source = downloaded
		}
		info, err := inspect(ctx, source)
		if err != nil {
			return err
		}
		if err := m.checkNotSmaller(info); err != nil {
			return err
		}
		m.SourceFormat = types.StringValue(info.Format)
		if _, err := hostexec.RunContext(ctx, "qemu-img", "convert", "-f", info.Format, "-O", format, "--", source, temp); err != nil {
			return err
		}
		if size != "" && m.SizeBytes.ValueInt64() > info.VirtualSize {
			if _, err := hostexec.RunContext(ctx, "qemu-img", "resize", "-f", format, "--", temp, size); err != nil {
				return err
			}
		}
	case !m.BackingPath.IsNull():
		backing := m.BackingPath.ValueString()
		info, err := inspect(ctx, backing)
		if err != nil {
			return err
		}
		if err := m.checkNotSmaller(info); err != nil {
			return err
		}
		m.SourceFormat = types.StringValue(info.Format)
		argv := []string{"qemu-img", "create", "-q", "-f", "qcow2", "-F", info.Format, "-b", backing, "--", temp}
		if size != "" {
			argv = append(argv, size)
		}
		if _, err := hostexec.RunContext(ctx, argv...); err != nil {
			return err
		}
	default:
		m.SourceFormat = types.StringValue("")
		if _, err := hostexec.RunContext(ctx, "qemu-img", "create", "-q", "-f", format, "--", temp, size); err != nil {
			return err
		}
	}
	// What the image was made from, kept with it: import and Read give it back.
	for name, value := range map[string]string{"source": m.Source.ValueString(), "source-format": m.SourceFormat.ValueString()} {
		if err := hostfile.SetAttr(temp, name, value); err != nil {
			return err
		}
	}
	return hostfile.Place(temp, file, m.Owner.ValueString())
}

// madeAs says how the image at m's path, which carries m's mark, differs from what
// m would make: its format, the source it was copied from or the image it overlays
// (a killed apply of an earlier config left it). "" when it is what m describes.
func madeAs(ctx context.Context, m *VolumeModel) (string, error) {
	file := m.Path.ValueString()
	info, err := inspect(ctx, file)
	if err != nil {
		return "", err
	}
	source, err := hostfile.Attr(file, "source")
	if err != nil {
		return "", err
	}
	switch {
	case info.Format != m.Format.ValueString():
		return fmt.Sprintf("format %s, not %s", info.Format, m.Format.ValueString()), nil
	case source != m.Source.ValueString():
		return fmt.Sprintf("copied from %q, not %q", source, m.Source.ValueString()), nil
	case info.Backing != m.BackingPath.ValueString():
		return fmt.Sprintf("overlaying %q, not %q", info.Backing, m.BackingPath.ValueString()), nil
	}
	return "", nil
}

func (m *VolumeModel) checkNotSmaller(info imageInfo) error {
	if !m.SizeBytes.IsNull() && !m.SizeBytes.IsUnknown() && m.SizeBytes.ValueInt64() < info.VirtualSize {
		return fmt.Errorf("size_bytes %d is smaller than the image's own virtual size, %d bytes", m.SizeBytes.ValueInt64(), info.VirtualSize)
	}
	return nil
}

// download fetches url to file; the context bounds it.
func download(ctx context.Context, url, file string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("downloading %s: %w", url, err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("downloading %s: %s", url, res.Status)
	}
	out, err := os.Create(file)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, res.Body); err != nil {
		return closing.After(fmt.Errorf("downloading %s: %w", url, err), out)
	}
	return out.Close()
}

// grow resizes the image up to size_bytes when it is smaller.
func (r *VolumeResource) grow(ctx context.Context, m *VolumeModel) error {
	if m.SizeBytes.IsNull() || m.SizeBytes.IsUnknown() {
		return nil
	}
	info, err := inspect(ctx, m.Path.ValueString())
	if err != nil {
		return err
	}
	if info.VirtualSize >= m.SizeBytes.ValueInt64() {
		return nil
	}
	_, err = hostexec.RunContext(ctx, "qemu-img", "resize", "-f", m.Format.ValueString(), "--", m.Path.ValueString(),
		strconv.FormatInt(m.SizeBytes.ValueInt64(), 10))
	if err != nil && strings.Contains(err.Error(), "lock") {
		return fmt.Errorf("%w (the image is open in a running guest: stop the guest to grow its disk)", err)
	}
	return err
}

// read fills m from the file, and found_mark with the mark it carries (never
// owner: that is the mark this resource applied); a missing file leaves m.ID null.
func (r *VolumeResource) read(ctx context.Context, m *VolumeModel) diag.Diagnostics {
	file := m.Path.ValueString()
	if _, err := os.Stat(file); os.IsNotExist(err) {
		m.ID = types.StringNull()
		return nil
	}
	info, err := inspect(ctx, file)
	if err != nil {
		return resourceutil.ErrorDiag("Reading the image failed", err)
	}
	m.Format = types.StringValue(info.Format)
	m.SizeBytes = types.Int64Value(info.VirtualSize)
	m.BackingPath = types.StringNull()
	if info.Backing != "" {
		m.BackingPath = types.StringValue(info.Backing)
	}
	attrs := map[string]*types.String{"owner": &m.FoundMark, "source": &m.Source, "source-format": &m.SourceFormat}
	for name, field := range attrs {
		value, err := hostfile.Attr(file, name)
		if err != nil {
			return resourceutil.ErrorDiag("Reading the image failed", err)
		}
		*field = types.StringValue(value)
		if value == "" && name == "source" {
			*field = types.StringNull()
		}
	}
	return nil
}

func (r *VolumeResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state VolumeModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(r.read(ctx, &state)...)
	if state.ID.IsNull() {
		resp.State.RemoveResource(ctx)
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *VolumeResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state VolumeModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Update, 10*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	// Changed only while it carries this resource's mark, as the host has it now.
	file := plan.Path.ValueString()
	if err := hostfile.Claim(file, plan.Owner.ValueString(), state.Owner.ValueString()); err != nil {
		tflog.Warn(ctx, "refusing to change an image that is not this resource's", map[string]any{"path": file})
		resp.Diagnostics.AddError("The image is not this resource's", err.Error())
		return
	}
	if err := r.grow(ctx, &plan); err != nil {
		resp.Diagnostics.AddError("Growing the image failed", err.Error())
		return
	}
	if err := hostfile.SetOwner(file, plan.Owner.ValueString()); err != nil {
		resp.Diagnostics.AddError("Marking the image failed", err.Error())
		return
	}
	resp.Diagnostics.Append(r.read(ctx, &plan)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackUpdate(ctx, r, "volume "+plan.Path.ValueString(), resp)
}

func (r *VolumeResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state VolumeModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Delete, 10*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "deleting the volume", map[string]any{"path": state.Path.ValueString()})
	resourceutil.RemoveOwnedFile(ctx, state.Path.ValueString(), state.Owner.ValueString(), &resp.Diagnostics)
}

func (r *VolumeResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if !filepath.IsAbs(req.ID) {
		resp.Diagnostics.AddError("Invalid import ID", fmt.Sprintf("%q is not the image's absolute path", req.ID))
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), req.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("path"), req.ID)...)
}
