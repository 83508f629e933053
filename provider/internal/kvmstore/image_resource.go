package kvmstore

import (
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
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
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostfile"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// NewKvmImageResource is hyperlab_kvm_image: a verified base image, fetched once per host.
func NewKvmImageResource() resource.Resource { return &kvmImageResource{} }

type kvmImageResource struct{}

var (
	_ resource.ResourceWithImportState    = &kvmImageResource{}
	_ resource.ResourceWithValidateConfig = &kvmImageResource{}
)

func (r *kvmImageResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_kvm_image"
}

func (r *kvmImageResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m kvmImageModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if m.SHA256.IsUnknown() || m.SHA512.IsUnknown() || m.Unverified.IsUnknown() {
		return
	}
	digests := 0
	if !m.SHA256.IsNull() {
		digests++
	}
	if !m.SHA512.IsNull() {
		digests++
	}
	unverified := m.Unverified.ValueBool()
	switch {
	case digests == 2:
		resp.Diagnostics.AddAttributeError(path.Root("sha512"), "Conflicting attributes", "give sha256 or sha512, not both")
	case digests == 0 && !unverified:
		resp.Diagnostics.AddAttributeError(path.Root("sha256"), "Missing attribute",
			"a base image needs sha256 or sha512 (its published digest); to take it unverified, say so with unverified = true")
	case digests == 1 && unverified:
		resp.Diagnostics.AddAttributeError(path.Root("unverified"), "Conflicting attributes", "unverified = true with a digest: give one or the other")
	}
}

// algorithm is the digest the model asks for: "sha256", "sha512", or "" when unverified.
func (m *kvmImageModel) algorithm() (name, want string) {
	switch {
	case !m.SHA512.IsNull():
		return "sha512", m.SHA512.ValueString()
	case !m.SHA256.IsNull():
		return "sha256", m.SHA256.ValueString()
	}
	return "", ""
}

// setDigest puts a digest found on the host or upstream in the attribute the configuration gave.
func (m *kvmImageModel) setDigest(algo, value string) {
	if algo == "sha512" {
		m.SHA512 = types.StringValue(value)
	} else {
		m.SHA256 = types.StringValue(value)
	}
}

func newHash(algo string) hash.Hash {
	if algo == "sha512" {
		return sha512.New()
	}
	return sha256.New()
}

// localSource is the host path of a file:// URL or a path; "" for http(s).
func localSource(url string) string {
	if strings.HasPrefix(url, "http://") || strings.HasPrefix(url, "https://") {
		return ""
	}
	return strings.TrimPrefix(url, "file://")
}

// upstream is what the source says of its content without sending it: an http
// server's validators, or a local file's size and modification time.
type upstream struct{ ETag, LastModified, Length string }

func (u upstream) empty() bool { return u == upstream{} }

var upstreamAttrs = []string{"upstream-etag", "upstream-last-modified", "upstream-length"}

func (u upstream) values() []string { return []string{u.ETag, u.LastModified, u.Length} }

func recordedUpstream(file string) (upstream, error) {
	var v [3]string
	for i, name := range upstreamAttrs {
		value, err := hostfile.Attr(file, name)
		if err != nil {
			return upstream{}, err
		}
		v[i] = value
	}
	return upstream{v[0], v[1], v[2]}, nil
}

func (u upstream) record(file string) error {
	for i, value := range u.values() {
		if err := hostfile.SetAttr(file, upstreamAttrs[i], value); err != nil {
			return err
		}
	}
	return nil
}

func fromResponse(res *http.Response) upstream {
	u := upstream{ETag: res.Header.Get("ETag"), LastModified: res.Header.Get("Last-Modified")}
	if res.ContentLength >= 0 {
		u.Length = strconv.FormatInt(res.ContentLength, 10)
	}
	return u
}

func fromStat(info os.FileInfo) upstream {
	return upstream{LastModified: strconv.FormatInt(info.ModTime().UnixNano(), 10), Length: strconv.FormatInt(info.Size(), 10)}
}

// fetch writes url's content to dst, hashing it with algo (sha256 when ""), and
// says what the source said of it.
func fetch(ctx context.Context, url, algo, dst string) (digest string, up upstream, err error) {
	var body io.ReadCloser
	if local := localSource(url); local != "" {
		f, err := os.Open(local)
		if err != nil {
			return "", upstream{}, fmt.Errorf("reading %s: %w", local, err)
		}
		info, err := f.Stat()
		if err != nil {
			return "", upstream{}, closing.After(err, f)
		}
		body, up = f, fromStat(info)
	} else {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return "", upstream{}, err
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return "", upstream{}, fmt.Errorf("downloading %s: %w", url, err)
		}
		if res.StatusCode != http.StatusOK {
			return "", upstream{}, closing.After(fmt.Errorf("downloading %s: %s", url, res.Status), res.Body)
		}
		body, up = res.Body, fromResponse(res)
	}
	defer body.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return "", upstream{}, err
	}
	h := newHash(algo)
	if _, err := io.Copy(io.MultiWriter(out, h), &ctxReader{ctx, body}); err != nil {
		return "", upstream{}, closing.After(fmt.Errorf("fetching %s: %w", url, err), out)
	}
	if err := out.Close(); err != nil {
		return "", upstream{}, err
	}
	return hex.EncodeToString(h.Sum(nil)), up, nil
}

// ctxReader stops a copy when its context ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// askUpstream asks the source what it now holds, without its content.
func askUpstream(ctx context.Context, url string) (upstream, error) {
	if local := localSource(url); local != "" {
		info, err := os.Stat(local)
		if err != nil {
			return upstream{}, err
		}
		return fromStat(info), nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, url, nil)
	if err != nil {
		return upstream{}, err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return upstream{}, fmt.Errorf("asking %s: %w", url, err)
	}
	if err := closing.Error(res.Body.Close()); err != nil {
		return upstream{}, fmt.Errorf("asking %s: %w", url, err)
	}
	if res.StatusCode != http.StatusOK {
		return upstream{}, fmt.Errorf("asking %s: %s", url, res.Status)
	}
	return fromResponse(res), nil
}

func fileDigest(ctx context.Context, file, algo string) (string, error) {
	f, err := os.Open(file)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := newHash(algo)
	if _, err := io.Copy(h, &ctxReader{ctx, f}); err != nil {
		return "", fmt.Errorf("hashing %s: %w", file, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// stamp is a file's size and modification time: while both stay, its recorded digest stands.
func stamp(file string) (string, error) {
	info, err := os.Stat(file)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%d:%d", info.Size(), info.ModTime().UnixNano()), nil
}

func (r *kvmImageResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan kvmImageModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Create, 60*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	file := plan.Path.ValueString()
	ctx = tflog.SetField(ctx, "path", file)
	if _, err := os.Stat(file); err == nil {
		// Taken only when it carries this resource's mark (an earlier apply finished
		// it and was killed before recording it), and only with the right digest.
		if err := hostfile.Claim(file, plan.Owner.ValueString()); err != nil {
			tflog.Warn(ctx, "refusing a base image that is not this resource's")
			resp.Diagnostics.AddError("The base image is not this resource's", err.Error())
			return
		}
		if algo, want := plan.algorithm(); algo != "" {
			got, err := fileDigest(ctx, file, algo)
			if err != nil {
				resp.Diagnostics.AddError("Verifying the base image failed", err.Error())
				return
			}
			if got != want {
				resp.Diagnostics.AddError("The base image's checksum does not match",
					fmt.Sprintf("%s on the host, left by an earlier apply of this resource: %s expected %s, got %s; remove the file or correct the digest", file, algo, want, got))
				return
			}
		}
		tflog.Info(ctx, "taking the base image an interrupted apply made")
	} else if !errors.Is(err, fs.ErrNotExist) {
		resp.Diagnostics.AddError("Reading the base image failed", err.Error())
		return
	} else if err := r.make(ctx, &plan); err != nil {
		resp.Diagnostics.AddError("Fetching the base image failed", err.Error())
		return
	}
	plan.ID = plan.Path
	resp.Diagnostics.Append(r.read(ctx, &plan, false)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackCreate(ctx, r, "base image "+plan.Path.ValueString(), resp)
}

// Make fetches the image under a temporary name, verifies it, and moves it into place, marked.
func (r *kvmImageResource) make(ctx context.Context, m *kvmImageModel) error {
	file, url := m.Path.ValueString(), m.URL.ValueString()
	if err := hostfile.MakeDir(filepath.Dir(file)); err != nil {
		return err
	}
	temp := hostfile.TempPath(file)
	if err := hostfile.Remove(temp); err != nil { // what a killed apply left
		return err
	}
	defer os.Remove(temp)
	algo, want := m.algorithm()
	tflog.Info(ctx, "fetching the base image", map[string]any{"url": url, "algorithm": algo})
	got, up, err := fetch(ctx, url, algo, temp)
	if err != nil {
		return err
	}
	verified := "1"
	if algo == "" {
		algo, verified = "sha256", "" // recorded all the same, for the file's own re-verification
	} else if got != want {
		tflog.Warn(ctx, "refusing a base image with the wrong digest", map[string]any{"url": url, "expected": want, "got": got})
		return fmt.Errorf("%s of %s: expected %s, got %s; nothing was kept", algo, url, want, got)
	}
	if _, err := inspect(ctx, temp); err != nil {
		return fmt.Errorf("%s is not an image qemu-img reads: %w", url, err)
	}
	// Read-only: a guest writes to its overlay, never to the image it is backed by.
	if err := os.Chmod(temp, 0o444); err != nil {
		return err
	}
	st, err := stamp(temp)
	if err != nil {
		return err
	}
	// What the image was made from, kept with it: import gives it back.
	for name, value := range map[string]string{"digest": algo + ":" + got, "stamp": st, "url": url, "verified": verified} {
		if err := hostfile.SetAttr(temp, name, value); err != nil {
			return err
		}
	}
	if err := up.record(temp); err != nil {
		return err
	}
	return hostfile.Place(temp, file, m.Owner.ValueString())
}

// read fills m from the file on the host, and with check, re-verifies it and
// asks its source whether it changed: a digest that differs becomes the
// state's, which the plan shows as drift. A missing file leaves m.ID null.
func (r *kvmImageResource) read(ctx context.Context, m *kvmImageModel, check bool) diag.Diagnostics {
	var diags diag.Diagnostics
	file := m.Path.ValueString()
	info, err := os.Stat(file)
	if errors.Is(err, fs.ErrNotExist) {
		m.ID = types.StringNull()
		return nil
	}
	if err != nil {
		return resourceutil.ErrorDiag("Reading the base image failed", err)
	}
	found, err := hostfile.Owner(file)
	if err != nil {
		return resourceutil.ErrorDiag("Reading the base image failed", err)
	}
	m.FoundMark = types.StringValue(found)
	m.SizeBytes = types.Int64Value(info.Size())
	img, err := inspect(ctx, file)
	if err != nil {
		return resourceutil.ErrorDiag("Reading the base image failed", err)
	}
	m.Format = types.StringValue(img.Format)
	if m.Unverified.IsNull() {
		// Imported: what it was made from, as recorded on the file.
		if diags := m.readRecorded(file); diags.HasError() {
			return diags
		}
	}
	algo, want := m.algorithm()
	if !check || algo == "" || ownership.Of(true, found, m.Owner.ValueString()) != ownership.Ours {
		return nil
	}
	// The file on the host: hashed again when its size or modification time moved.
	recorded, err := hostfile.Attr(file, "digest")
	if err != nil {
		return resourceutil.ErrorDiag("Reading the base image failed", err)
	}
	st, err := stamp(file)
	if err != nil {
		return resourceutil.ErrorDiag("Reading the base image failed", err)
	}
	was, err := hostfile.Attr(file, "stamp")
	if err != nil {
		was = "" // no stamp to trust: hashed again below
	}
	have := strings.TrimPrefix(recorded, algo+":")
	if st != was || !strings.HasPrefix(recorded, algo+":") {
		tflog.Info(ctx, "hashing the base image again: its size or modification time changed", map[string]any{"path": file})
		if have, err = fileDigest(ctx, file, algo); err != nil {
			return resourceutil.ErrorDiag("Verifying the base image failed", err)
		}
	}
	if have != want {
		tflog.Warn(ctx, "the base image changed on the host", map[string]any{"path": file, "expected": want, "got": have})
		diags.AddWarning("The base image changed on the host",
			fmt.Sprintf("%s: %s expected %s, the file now has %s; the plan replaces it", file, algo, want, have))
		m.setDigest(algo, have)
		return diags
	}
	// Its source: a cheap question first, the content only when the answer moved.
	url := m.URL.ValueString()
	then, err := recordedUpstream(file)
	if err != nil {
		return resourceutil.ErrorDiag("Reading the base image failed", err)
	}
	now, err := askUpstream(ctx, url)
	if err != nil {
		tflog.Warn(ctx, "the base image's source did not answer", map[string]any{"url": url, "error": err.Error()})
		diags.AddWarning("The base image's source was not checked", fmt.Sprintf("%s: %v", file, err))
		return diags
	}
	if now.empty() || now == then {
		return diags
	}
	tflog.Info(ctx, "the base image's source changed its validators: fetching it to hash", map[string]any{"url": url})
	temp := hostfile.TempPath(file) + ".check"
	defer os.Remove(temp)
	upstreamDigest, up, err := fetch(ctx, url, algo, temp)
	if err != nil {
		diags.AddWarning("The base image's source was not checked", fmt.Sprintf("%s: %v", file, err))
		return diags
	}
	if upstreamDigest == want {
		// Same content, new validators: remembered, so the next refresh asks only.
		if err := up.record(file); err != nil {
			return resourceutil.ErrorDiag("Recording the base image's source failed", err)
		}
		return diags
	}
	tflog.Warn(ctx, "the base image's source now serves other content", map[string]any{"url": url, "expected": want, "got": upstreamDigest})
	diags.AddWarning("The base image's source changed",
		fmt.Sprintf("%s now serves content with %s %s, not the configured %s (the file on the host still has it); the plan "+
			"replaces the image, and the apply refuses until the configuration names the digest it should have", url, algo, upstreamDigest, want))
	// Not the upstream digest alone: a configuration that names it must still replace
	// the file, which has the old content. No configuration equals this value.
	m.setDigest(algo, fmt.Sprintf("%s (served by the url now; the file on the host has %s)", upstreamDigest, want))
	return diags
}

// readRecorded fills url, the digest and unverified from what make recorded on the file.
func (m *kvmImageModel) readRecorded(file string) diag.Diagnostics {
	values := map[string]string{}
	for _, name := range []string{"url", "digest", "verified"} {
		value, err := hostfile.Attr(file, name)
		if err != nil {
			return resourceutil.ErrorDiag("Reading the base image failed", err)
		}
		values[name] = value
	}
	if values["url"] != "" {
		m.URL = types.StringValue(values["url"])
	}
	m.Unverified = types.BoolValue(values["verified"] != "1")
	if algo, digest, ok := strings.Cut(values["digest"], ":"); ok && values["verified"] == "1" {
		m.setDigest(algo, digest)
	}
	return nil
}

func (r *kvmImageResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state kvmImageModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Read, 30*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	resp.Diagnostics.Append(r.read(ctx, &state, true)...)
	if state.ID.IsNull() {
		resp.State.RemoveResource(ctx)
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *kvmImageResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state kvmImageModel
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
	file := plan.Path.ValueString()
	if err := hostfile.Claim(file, plan.Owner.ValueString(), state.Owner.ValueString()); err != nil {
		tflog.Warn(ctx, "refusing to change a base image that is not this resource's", map[string]any{"path": file})
		resp.Diagnostics.AddError("The base image is not this resource's", err.Error())
		return
	}
	if err := hostfile.SetOwner(file, plan.Owner.ValueString()); err != nil {
		resp.Diagnostics.AddError("Marking the base image failed", err.Error())
		return
	}
	resp.Diagnostics.Append(r.read(ctx, &plan, false)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackUpdate(ctx, r, "base image "+plan.Path.ValueString(), resp)
}

func (r *kvmImageResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state kvmImageModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Delete, 10*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "deleting the base image", map[string]any{"path": state.Path.ValueString()})
	file := state.Path.ValueString()
	found, err := hostfile.Owner(file)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		resp.Diagnostics.AddError("Removing the base image failed", err.Error())
		return
	}
	// Another's or no one's: RemoveOwnedFile leaves it, saying why. Ours: not while an overlay still needs it.
	if ownership.Of(true, found, state.Owner.ValueString()) == ownership.Ours {
		dir := state.OverlayDir.ValueString()
		if dir == "" {
			dir = filepath.Dir(filepath.Dir(file))
		}
		overlays, err := overlaysOf(file, dir)
		if err != nil {
			resp.Diagnostics.AddError("Removing the base image failed", err.Error())
			return
		}
		if len(overlays) > 0 {
			tflog.Warn(ctx, "refusing to remove a base image that backs overlays", map[string]any{"path": file, "overlays": overlays})
			resp.Diagnostics.AddError("The base image still backs guests' disks",
				fmt.Sprintf("%s is the backing file of %s: those disks would lose their content. Remove those guests first, or "+
					"give them a full copy (cloneMode \"full\"), or flatten each with `qemu-img rebase -b \"\" FILE`",
					file, strings.Join(overlays, ", ")))
			return
		}
	}
	resourceutil.RemoveOwnedFile(ctx, file, state.Owner.ValueString(), &resp.Diagnostics)
}

// overlaysOf lists the qcow2 files in dir and its subdirectories (two levels)
// whose backing file is image, reading each one's header.
func overlaysOf(image, dir string) ([]string, error) {
	image = filepath.Clean(image)
	var found []string
	for _, pattern := range []string{"*", filepath.Join("*", "*")} {
		files, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			backing, err := qcow2Backing(f)
			if err != nil {
				return nil, err
			}
			if backing == "" {
				continue
			}
			if !filepath.IsAbs(backing) {
				backing = filepath.Join(filepath.Dir(f), backing)
			}
			if filepath.Clean(backing) == image {
				found = append(found, f)
			}
		}
	}
	return found, nil
}

// qcow2Backing is the backing file named in a qcow2 header ("" for any other
// file, or a qcow2 with none).
func qcow2Backing(file string) (string, error) {
	info, err := os.Lstat(file)
	if err != nil || !info.Mode().IsRegular() {
		return "", nil
	}
	f, err := os.Open(file)
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", file, err)
	}
	defer f.Close()
	var header [20]byte
	if _, err := io.ReadFull(f, header[:]); err != nil || string(header[:4]) != "QFI\xfb" {
		return "", nil
	}
	offset, size := binary.BigEndian.Uint64(header[8:16]), binary.BigEndian.Uint32(header[16:20])
	if offset == 0 || size == 0 || size > 1023 {
		return "", nil
	}
	name := make([]byte, size)
	if _, err := f.ReadAt(name, int64(offset)); err != nil {
		return "", fmt.Errorf("reading the backing file name in %s: %w", file, err)
	}
	return string(name), nil
}

func (r *kvmImageResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if !filepath.IsAbs(req.ID) {
		resp.Diagnostics.AddError("Invalid import ID", fmt.Sprintf("%q is not the image's absolute path", req.ID))
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), req.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("path"), req.ID)...)
}
