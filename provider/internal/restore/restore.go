// Package restore is the reboot restore of the host resources: the records they
// keep (through the wrapper the provider puts around them) and the
// `terraform-provider-hyperlab restore` command that replays them at boot. It
// knows the resources only as the Kinds the provider passes in.
package restore

// Reboot restore. Bridges, TAPs, NAT, DHCP servers and running containers live in
// the kernel and in /run, so a reboot loses them. Each host resource therefore
// keeps a restore record of its desired state on disk, which
// `terraform-provider-hyperlab restore` replays at boot through the resources' own
// create and converge code (run.go). This file is the record keeping: the
// records, the resource wrapper that writes and removes them, and the boot unit.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/closing"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostfile"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

const (
	// DefaultDir is where the records live: persistent, unlike /run.
	DefaultDir = "/var/lib/hyperlab/restore"
	// UnitName is the boot unit's, in /etc/systemd/system.
	UnitName = "hyperlab-restore.service"
	// The provider copies itself here, beside the records it wrote, so the boot
	// command does not depend on a stack's plugin directory.
	restoreBinaryName = "terraform-provider-hyperlab"
)

// Host is where the records, the boot unit and systemd are; tests point it
// at a directory of their own.
type Host struct {
	Dir        string
	UnitPath   string
	SystemdDir string // present when systemd is PID 1 (as sd_booted(3) checks)
	Systemctl  []string
	Executable func() (string, error)
}

// DefaultHost is the host the provider runs on, with systemd where it is PID 1.
func DefaultHost() *Host {
	return &Host{
		Dir:        DefaultDir,
		UnitPath:   "/etc/systemd/system/" + UnitName,
		SystemdDir: "/run/systemd/system",
		Systemctl:  []string{"systemctl"},
		Executable: os.Executable,
	}
}

var (
	// Target is where the wrapped resources keep their records; acctest.Main
	// points it at a directory of the tests' own.
	Target = DefaultHost()
	// The records' lock: resources of one provider process, and processes, take
	// turns (HostLock, on the parent directory).
	restoreLock resourceutil.HostLock
)

// A restorable kind: which attributes name an object (with its netns), and how
// restore brings one back from its record. The kinds are not this file's: the
// provider passes them in (a Kinds, in replay order), each resource's package
// giving its restore and found functions, so restore knows no resource's internals.
type Kind struct {
	Name     string // the resource type without "hyperlab_"
	Names    []string
	Resource func() resource.Resource
	Restore  func(ctx context.Context, st tfsdk.State) (string, error)
	// Found is the object the record describes, as the host has it now: whether
	// there is one, and the mark it carries (run.go).
	Found func(ctx context.Context, st tfsdk.State) (exists bool, mark string, err error)
	// LegacyUnmarked: the kind's states from before marks (mark "") own their
	// unmarked objects, as documented for them (README, NAT and DHCP).
	LegacyUnmarked bool
	// NIC is the kind of libvirt NIC a guest hangs on an object of this kind
	// (a bridge, or a TAP as an ethernet NIC): restore starts the autostart
	// domains on the restored ones. NICNone for the others.
	NIC NICKind
	// LabelIn is an attribute the log names the object by, after its id (a
	// container's lxc_path): "" for none.
	LabelIn string
}

// NICKind is what a restored object is to a libvirt guest's NIC.
type NICKind int

const (
	NICNone NICKind = iota
	NICBridge
	NICTap
)

// Kinds are the kinds in the order restore replays them: what an object
// needs comes before it.
type Kinds []*Kind

// Of is the kind of that name, nil when there is none.
func (ks Kinds) Of(kind string) *Kind {
	for _, k := range ks {
		if k.Name == kind {
			return k
		}
	}
	return nil
}

// legacyUnmarked says whether kind is one whose states from before marks own
// their unmarked objects.
func (ks Kinds) legacyUnmarked(kind string) bool {
	k := ks.Of(kind)
	return k != nil && k.LegacyUnmarked
}

// recordFile is KIND@NAMESPACE@NAME[@...].json, NAMESPACE as in RunStatePath
// ("root" or "netns=NAME"); each name query-escaped (an lxc_path has slashes).
func recordFile(kind, netns string, names ...string) string {
	parts := []string{kind, "root"}
	if netns != "" {
		parts[1] = "netns=" + netns
	}
	for _, n := range names {
		parts = append(parts, url.QueryEscape(n))
	}
	return strings.Join(parts, "@") + ".json"
}

// record is what a record file holds: the kind and the resource's state, as the
// engine's JSON state has it (object keys sorted, set elements sorted).
type record struct {
	Kind  string          `json:"kind"`
	State json.RawMessage `json:"state"`
}

// encodeRecord gives the record file's name and content for a resource's state.
func encodeRecord(ctx context.Context, k *Kind, st tfsdk.State) (string, []byte, error) {
	var netns string
	if diags := st.GetAttribute(ctx, path.Root("netns"), &netns); diags.HasError() {
		return "", nil, resourceutil.DiagError(diags)
	}
	names := make([]string, len(k.Names))
	for i, attr := range k.Names {
		if diags := st.GetAttribute(ctx, path.Root(attr), &names[i]); diags.HasError() {
			return "", nil, resourceutil.DiagError(diags)
		}
	}
	value, err := jsonValue(st.Raw)
	if err != nil {
		return "", nil, err
	}
	state, err := json.Marshal(value)
	if err != nil {
		return "", nil, err
	}
	content, err := json.MarshalIndent(record{Kind: k.Name, State: state}, "", "  ")
	if err != nil {
		return "", nil, err
	}
	return recordFile(k.Name, netns, names...), append(content, '\n'), nil
}

// decodeRecord reads a record back into a state of its resource's schema.
func decodeRecord(ctx context.Context, kinds Kinds, content []byte) (*Kind, tfsdk.State, error) {
	var rec record
	if err := json.Unmarshal(content, &rec); err != nil {
		return nil, tfsdk.State{}, err
	}
	k := kinds.Of(rec.Kind)
	if k == nil {
		return nil, tfsdk.State{}, fmt.Errorf("unknown kind %q", rec.Kind)
	}
	s := resourceutil.SchemaOf(ctx, k.Resource())
	// Attributes this provider's schema lacks (a record from another version) are
	// left out; ones it has and the record lacks read as null.
	var attrs map[string]json.RawMessage
	if err := json.Unmarshal(rec.State, &attrs); err != nil {
		return nil, tfsdk.State{}, err
	}
	for name := range attrs {
		if _, known := s.Attributes[name]; !known {
			delete(attrs, name)
		}
	}
	known, err := json.Marshal(attrs)
	if err != nil {
		return nil, tfsdk.State{}, err
	}
	raw, err := tfprotov6.DynamicValue{JSON: known}.Unmarshal(s.Type().TerraformType(ctx))
	if err != nil {
		return nil, tfsdk.State{}, err
	}
	return k, tfsdk.State{Schema: s, Raw: raw}, nil
}

// recordMark is the kind of a record and the mark its state holds ("" for
// none): the mark of the resource whose record it is.
func recordMark(content []byte) (kind, mark string, err error) {
	var rec record
	if err := json.Unmarshal(content, &rec); err != nil {
		return "", "", err
	}
	var attrs map[string]json.RawMessage
	if err := json.Unmarshal(rec.State, &attrs); err != nil {
		return "", "", err
	}
	var m *string
	if raw, ok := attrs["mark"]; ok {
		if err := json.Unmarshal(raw, &m); err != nil {
			return "", "", fmt.Errorf("its mark: %w", err)
		}
	}
	if m == nil {
		return rec.Kind, "", nil
	}
	return rec.Kind, *m, nil
}

// recordIsOurs says whether a record of kind that carries found is the record
// of the resource whose marks are own (the configured one, the one it applied
// last). A NAT or DHCP record without a mark is the record of a state written
// before marks: it is the record of such a resource without a mark.
func (ks Kinds) recordIsOurs(kind, found string, own ...string) bool {
	if ownership.Of(true, found, own...) == ownership.Ours {
		return true
	}
	if found == "" && ks.legacyUnmarked(kind) {
		for _, o := range own {
			if o == "" {
				return true
			}
		}
	}
	return false
}

// foreignRecordError is a record at a resource's path that is another's.
type foreignRecordError struct {
	file, found, want string
}

func (e *foreignRecordError) Error() string {
	return fmt.Sprintf("the restore record %s carries %s, not this resource's %q: it is the record of another resource "+
		"(another stack's, or one whose state was lost) for an object of the same name, so it is neither overwritten nor "+
		"removed. Remove the file if no stack on this host has that object any more", e.file, ownership.Describe(e.found), e.want)
}

// checkRecord refuses a record file that exists and is not the record of the
// resource whose marks are own. A record that cannot be read is no one's record:
// it may be replaced.
func (ks Kinds) checkRecord(file string, logf func(string, ...any), own ...string) error {
	old, err := os.ReadFile(file)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	kind, found, err := recordMark(old)
	if err != nil {
		logf("hyperlab restore: %s cannot be read (%v): it is no one's record, and is replaced or removed", file, err)
		return nil
	}
	if !ks.recordIsOurs(kind, found, own...) {
		want := ""
		for _, o := range own {
			if o != "" {
				want = o
				break
			}
		}
		return &foreignRecordError{file: file, found: found, want: want}
	}
	return nil
}

// jsonValue is v as encoding/json writes it deterministically: objects as maps
// (sorted keys), numbers exact, and set elements in the order of their JSON.
func jsonValue(v tftypes.Value) (any, error) {
	if v.IsNull() {
		return nil, nil
	}
	if !v.IsFullyKnown() {
		return nil, errors.New("the state has unknown values")
	}
	switch t := v.Type().(type) {
	case tftypes.Object, tftypes.Map:
		var attrs map[string]tftypes.Value
		if err := v.As(&attrs); err != nil {
			return nil, err
		}
		out := map[string]any{}
		for name, a := range attrs {
			var err error
			if out[name], err = jsonValue(a); err != nil {
				return nil, err
			}
		}
		return out, nil
	case tftypes.List, tftypes.Set, tftypes.Tuple:
		var elems []tftypes.Value
		if err := v.As(&elems); err != nil {
			return nil, err
		}
		out := make([]any, len(elems))
		encoded := make([]string, len(elems))
		for i, e := range elems {
			var err error
			if out[i], err = jsonValue(e); err != nil {
				return nil, err
			}
			b, err := json.Marshal(out[i])
			if err != nil {
				return nil, err
			}
			encoded[i] = string(b)
		}
		if _, isSet := t.(tftypes.Set); isSet {
			sort.Sort(byKey{out, encoded})
		}
		return out, nil
	default:
		switch {
		case t.Equal(tftypes.String):
			var s string
			err := v.As(&s)
			return s, err
		case t.Equal(tftypes.Bool):
			var b bool
			err := v.As(&b)
			return b, err
		case t.Equal(tftypes.Number):
			f := new(big.Float)
			if err := v.As(&f); err != nil {
				return nil, err
			}
			return json.Number(f.Text('f', -1)), nil
		}
		return nil, fmt.Errorf("cannot record a value of type %s", t)
	}
}

type byKey struct {
	values []any
	keys   []string
}

func (b byKey) Len() int           { return len(b.values) }
func (b byKey) Less(i, j int) bool { return b.keys[i] < b.keys[j] }
func (b byKey) Swap(i, j int) {
	b.values[i], b.values[j] = b.values[j], b.values[i]
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
}

// lock takes the record lock (restoreLock): an flock on the parent directory
// (which outlives the records directory), made when create is set.
func (h *Host) lock(ctx context.Context, create bool) (unlock func() error, err error) {
	return restoreLock.Lock(ctx, filepath.Dir(h.Dir), true, create)
}

// save writes one record and makes sure the boot hook is in place. notice is
// for the person deploying: set when this is the lab's first record on a host
// whose boot will not restore it by itself.
// own are the marks of the resource writing it: a record at the path that
// carries another mark is refused (a *foreignRecordError) and left as it is.
func (h *Host) save(ctx context.Context, kinds Kinds, name string, content []byte, logf func(string, ...any), own ...string) (notice string, err error) {
	unlock, err := h.lock(ctx, true)
	if err != nil {
		return "", err
	}
	defer unlock()
	had, err := h.records()
	if err != nil {
		return "", err
	}
	first := len(had) == 0
	if err := os.MkdirAll(h.Dir, 0o755); err != nil {
		return "", err
	}
	file := filepath.Join(h.Dir, name)
	if err := kinds.checkRecord(file, logf, own...); err != nil {
		return "", err
	}
	if old, err := os.ReadFile(file); err != nil || !bytes.Equal(old, content) {
		tmp := filepath.Join(h.Dir, "."+name+".tmp")
		if err := os.WriteFile(tmp, content, 0o600); err != nil {
			return "", err
		}
		if err := os.Rename(tmp, file); err != nil {
			return "", errors.Join(err, hostfile.Remove(tmp))
		}
	}
	installed, err := h.installBootHook(ctx, logf)
	if err == nil && first && !installed {
		notice = fmt.Sprintf("This host does not run systemd, so nothing brings the lab back after a reboot by itself: "+
			"have it run `%s` at boot (see the README, Reboot).", h.bootCommand())
	}
	return notice, err
}

// remove deletes one record; with the last one go the boot hook, the copied
// binary and the directory (and its parent, when that is empty too).
// A record that carries a mark other than own is another's: it stays (a
// *foreignRecordError).
func (h *Host) remove(ctx context.Context, kinds Kinds, name string, logf func(string, ...any), own ...string) error {
	if _, err := os.Stat(h.Dir); os.IsNotExist(err) {
		return nil
	}
	unlock, err := h.lock(ctx, false)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	defer unlock()
	if err := kinds.checkRecord(filepath.Join(h.Dir, name), logf, own...); err != nil {
		return err
	}
	if err := os.Remove(filepath.Join(h.Dir, name)); err != nil && !os.IsNotExist(err) {
		return err
	}
	if left, err := h.records(); err != nil || len(left) > 0 {
		return err
	}
	if err := h.removeBootHook(ctx, logf); err != nil {
		return err
	}
	if err := os.Remove(filepath.Join(h.Dir, restoreBinaryName)); err != nil && !os.IsNotExist(err) {
		return err
	}
	if err := os.Remove(h.Dir); err != nil && !os.IsNotExist(err) {
		return err
	}
	// The parent goes only when empty: anything else there is someone's.
	if err := os.Remove(filepath.Dir(h.Dir)); err != nil && !os.IsNotExist(err) {
		logf("hyperlab restore: %s stays: %v", filepath.Dir(h.Dir), err)
	}
	logf("hyperlab restore: last record removed: %s is gone", h.Dir)
	return nil
}

// records are the record files of the directory, sorted.
// No directory is no records.
func (h *Host) records() ([]string, error) {
	entries, err := os.ReadDir(h.Dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the restore records: %w", err)
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") {
			files = append(files, filepath.Join(h.Dir, e.Name()))
		}
	}
	sort.Strings(files)
	return files, nil
}

func (h *Host) binary() string { return filepath.Join(h.Dir, restoreBinaryName) }

func (h *Host) bootCommand() string {
	return h.binary() + " restore --dir " + h.Dir
}

// unit is the boot unit: after the firewall is loaded (firewall loaders
// order themselves before network-pre.target), so the NAT rules are not flushed
// by it; before network.target, libvirtd/virtqemud and lxc.service, whose own
// autostart needs the bridges. dnsmasq and the containers' monitors stay in the
// unit's cgroup: RemainAfterExit keeps the unit active, KillMode=process keeps a
// stop of the unit from killing them, and Delegate lets LXC manage the subtree.
func (h *Host) unit() string {
	return `# Written by the hyperlab provider with the first restore record in ` + h.Dir + `;
# disabled and removed with the last (destroy). See the hyperlab README, "Reboot".
[Unit]
Description=hyperlab: bring back the lab's network namespaces, bridges, TAPs, NAT, DHCP and LXC containers
Wants=network-pre.target
After=network-pre.target local-fs.target
Before=network.target libvirtd.service virtqemud.service lxc.service libvirt-guests.service
ConditionPathExists=` + h.binary() + `

[Service]
Type=oneshot
RemainAfterExit=yes
KillMode=process
Delegate=yes
TimeoutStartSec=15min
ExecStart=` + h.bootCommand() + `

[Install]
WantedBy=multi-user.target
`
}

func (h *Host) systemdRuns() bool {
	info, err := os.Stat(h.SystemdDir)
	return err == nil && info.IsDir()
}

// copied remembers the binary this process put in place (or found there), by the
// destination's size and time, so a deploy copies it once.
var copied = map[string]string{}

// installBinary copies the running provider beside the records, when it is a
// provider binary (not a test binary) and differs from what is there.
func (h *Host) installBinary(logf func(string, ...any)) error {
	src, err := h.Executable()
	if err != nil {
		return err
	}
	if !strings.HasPrefix(filepath.Base(src), restoreBinaryName) {
		logf("hyperlab restore: %s is not the provider's binary: not copied to %s", src, h.binary())
		return nil
	}
	dst := h.binary()
	if info, err := os.Stat(dst); err == nil && copied[dst] == fmt.Sprint(info.Size(), info.ModTime()) {
		return nil
	}
	want, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if have, err := os.ReadFile(dst); err != nil || !bytes.Equal(have, want) {
		if err := copyFile(src, dst+".tmp", 0o755); err != nil {
			return err
		}
		if err := os.Rename(dst+".tmp", dst); err != nil {
			return err
		}
		logf("hyperlab restore: copied %s to %s", src, dst)
	}
	if info, err := os.Stat(dst); err == nil {
		copied[dst] = fmt.Sprint(info.Size(), info.ModTime())
	}
	return nil
}

func copyFile(src, dst string, mode os.FileMode) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, mode)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		return closing.After(err, out)
	}
	return out.Close()
}

// installBootHook puts the binary in place and, where systemd runs, installs and
// enables the unit; installed says whether the boot will run restore by itself.
func (h *Host) installBootHook(ctx context.Context, logf func(string, ...any)) (installed bool, err error) {
	if err := h.installBinary(logf); err != nil {
		return false, err
	}
	if !h.systemdRuns() {
		logf("hyperlab restore: systemd is not running here (%s is missing): %s not installed; run `%s` at boot",
			h.SystemdDir, UnitName, h.bootCommand())
		return false, nil
	}
	unit := h.unit()
	if have, err := os.ReadFile(h.UnitPath); err == nil && string(have) == unit {
		return true, nil
	}
	if err := os.WriteFile(h.UnitPath, []byte(unit), 0o644); err != nil {
		return false, err
	}
	for _, args := range [][]string{{"daemon-reload"}, {"enable", UnitName}} {
		if _, err := hostexec.Run(ctx, "", append(append([]string{}, h.Systemctl...), args...)...); err != nil {
			return false, err
		}
	}
	logf("hyperlab restore: installed and enabled %s", h.UnitPath)
	return true, nil
}

func (h *Host) removeBootHook(ctx context.Context, logf func(string, ...any)) error {
	if _, err := os.Stat(h.UnitPath); os.IsNotExist(err) {
		return nil
	}
	if h.systemdRuns() {
		if _, err := hostexec.Run(ctx, "", append(append([]string{}, h.Systemctl...), "disable", UnitName)...); err != nil {
			return err
		}
	}
	if err := os.Remove(h.UnitPath); err != nil {
		return err
	}
	if h.systemdRuns() {
		if _, err := hostexec.Run(ctx, "", append(append([]string{}, h.Systemctl...), "daemon-reload")...); err != nil {
			return err
		}
	}
	logf("hyperlab restore: disabled and removed %s", h.UnitPath)
	return nil
}

// Wrap wraps the host resource of the named kind so that it keeps its restore
// record: written after a successful Create or Update, and after a Read that
// finds the object but no record (an import, or a lab deployed by a provider
// without records); removed after a successful Delete. The resource itself is
// unchanged. An unknown kind is the provider's mistake: it panics at start.
func (ks Kinds) Wrap(kind string) func() resource.Resource {
	k := ks.Of(kind)
	if k == nil {
		panic("restore: no restorable kind " + kind)
	}
	return func() resource.Resource { return &wrapper{Resource: k.Resource(), kind: k, kinds: ks} }
}

type wrapper struct {
	resource.Resource
	kind  *Kind
	kinds Kinds // for the records of other kinds found at its paths
}

// stateMark is a state's mark attribute ("" when null or absent).
func stateMark(ctx context.Context, st tfsdk.State) string {
	var mark types.String
	if st.Raw.IsNull() || st.GetAttribute(ctx, path.Root("mark"), &mark).HasError() {
		return ""
	}
	return mark.ValueString()
}

// foundIsOurs says whether the object the state describes carries the state's
// mark, as its found_mark says. A state without found_mark (a resource that has
// none) says nothing against it.
func (w *wrapper) foundIsOurs(ctx context.Context, st tfsdk.State) bool {
	var found types.String
	if st.GetAttribute(ctx, path.Root("found_mark"), &found).HasError() || found.IsNull() || found.IsUnknown() {
		return true
	}
	return w.kinds.recordIsOurs(w.kind.Name, found.ValueString(), stateMark(ctx, st))
}

// keep writes the record of the state st; own are the resource's marks (the
// state's and, for an update, the one it had before): a record at the path that
// carries another mark is not overwritten, and the warning says whose it is.
func (w *wrapper) keep(ctx context.Context, st tfsdk.State, diags *diag.Diagnostics, onlyIfMissing bool, own ...string) {
	if diags.HasError() || st.Raw.IsNull() {
		return
	}
	logf := func(format string, args ...any) { tflog.Info(ctx, fmt.Sprintf(format, args...)) }
	name, content, err := encodeRecord(ctx, w.kind, st)
	if err == nil && onlyIfMissing {
		if _, statErr := os.Stat(filepath.Join(Target.Dir, name)); statErr == nil {
			return
		}
		if !w.foundIsOurs(ctx, st) {
			// Another's object (or no one's), in the state after an import: nothing of it is restored.
			tflog.Info(ctx, "no restore record for an object that is not this resource's", map[string]any{"record": name})
			return
		}
	}
	var notice string
	if err == nil {
		notice, err = Target.save(ctx, w.kinds, name, content, logf, append(own, stateMark(ctx, st))...)
	}
	var foreign *foreignRecordError
	if errors.As(err, &foreign) {
		tflog.Warn(ctx, "restore record not overwritten: it is another's", map[string]any{"record": name, "found_mark": foreign.found})
		diags.AddWarning("The restore record was not written",
			"This object will not come back by itself after a reboot (see the README, Reboot): "+err.Error())
	} else if err != nil {
		diags.AddWarning("The restore record was not written",
			fmt.Sprintf("This object will not come back by itself after a reboot (see the README, Reboot): %v", err))
	} else if notice != "" {
		diags.AddWarning("Nothing restores the lab at boot", notice)
	}
}

func (w *wrapper) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	w.Resource.Create(ctx, req, resp)
	w.keep(ctx, resp.State, &resp.Diagnostics, false)
}

func (w *wrapper) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	w.Resource.Update(ctx, req, resp)
	w.keep(ctx, resp.State, &resp.Diagnostics, false, stateMark(ctx, req.State))
}

func (w *wrapper) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	w.Resource.Read(ctx, req, resp)
	if !resp.Diagnostics.HasError() && resp.State.Raw.IsNull() && !req.State.Raw.IsNull() {
		// The object is gone and leaves the state: so does its record, or a destroy
		// after it (which no longer calls Delete for it) would leave the record, and
		// the next boot would bring back what the state no longer has. A deploy that
		// makes the object again writes the record again.
		w.forget(ctx, req.State, &resp.Diagnostics)
		return
	}
	if !foundUnowned(ctx, resp.State) {
		w.keep(ctx, resp.State, &resp.Diagnostics, true)
	}
}

// foundUnowned says whether Read found the object under a mark that is not the
// one the state applied (another's, none, or an import's object not applied yet):
// no record is written for it, so no boot brings back or takes what is not this
// resource's. Kinds without found_mark are always recorded.
func foundUnowned(ctx context.Context, st tfsdk.State) bool {
	var mark, found types.String
	if diags := st.GetAttribute(ctx, path.Root("found_mark"), &found); diags.HasError() || found.IsNull() || found.IsUnknown() {
		return false
	}
	if diags := st.GetAttribute(ctx, path.Root("mark"), &mark); diags.HasError() {
		return false
	}
	return ownership.Of(true, found.ValueString(), mark.ValueString()) != ownership.Ours
}

// forget removes the record of the state st, only when it is this resource's
// (it carries the state's mark): another's stays, with a warning.
func (w *wrapper) forget(ctx context.Context, st tfsdk.State, diags *diag.Diagnostics) {
	name, _, err := encodeRecord(ctx, w.kind, st)
	if err == nil {
		err = Target.remove(ctx, w.kinds, name, func(format string, args ...any) { tflog.Info(ctx, fmt.Sprintf(format, args...)) },
			stateMark(ctx, st))
	}
	var foreign *foreignRecordError
	if errors.As(err, &foreign) {
		tflog.Warn(ctx, "restore record left: it is another's", map[string]any{"record": name, "found_mark": foreign.found})
		diags.AddWarning("The restore record was left on the host", err.Error())
	} else if err != nil {
		diags.AddWarning("The restore record was not removed", err.Error())
	}
}

func (w *wrapper) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	w.Resource.Delete(ctx, req, resp)
	if resp.Diagnostics.HasError() {
		return
	}
	w.forget(ctx, req.State, &resp.Diagnostics)
}

// The optional interfaces the framework looks for are passed through, so the
// wrapper hides nothing a resource adds. The list below is checked at compile
// time; TestWrapperHidesNoInterface (restore_test.go, over every kind the
// provider registers) fails when a wrapped resource has a method the wrapper
// lacks, so a new optional interface cannot be hidden silently.
var (
	_ resource.ResourceWithImportState      = (*wrapper)(nil)
	_ resource.ResourceWithConfigure        = (*wrapper)(nil)
	_ resource.ResourceWithModifyPlan       = (*wrapper)(nil)
	_ resource.ResourceWithValidateConfig   = (*wrapper)(nil)
	_ resource.ResourceWithConfigValidators = (*wrapper)(nil)
	_ resource.ResourceWithUpgradeState     = (*wrapper)(nil)
	_ resource.ResourceWithMoveState        = (*wrapper)(nil)
)

func (w *wrapper) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if r, ok := w.Resource.(resource.ResourceWithImportState); ok {
		r.ImportState(ctx, req, resp)
		return
	}
	resp.Diagnostics.AddError("Import is not supported", "hyperlab_"+w.kind.Name+" cannot be imported")
}

func (w *wrapper) Configure(ctx context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	if r, ok := w.Resource.(resource.ResourceWithConfigure); ok {
		r.Configure(ctx, req, resp)
	}
}

func (w *wrapper) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r, ok := w.Resource.(resource.ResourceWithModifyPlan); ok {
		r.ModifyPlan(ctx, req, resp)
	}
}

func (w *wrapper) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	if r, ok := w.Resource.(resource.ResourceWithValidateConfig); ok {
		r.ValidateConfig(ctx, req, resp)
	}
}

func (w *wrapper) ConfigValidators(ctx context.Context) []resource.ConfigValidator {
	if r, ok := w.Resource.(resource.ResourceWithConfigValidators); ok {
		return r.ConfigValidators(ctx)
	}
	return nil
}

func (w *wrapper) UpgradeState(ctx context.Context) map[int64]resource.StateUpgrader {
	if r, ok := w.Resource.(resource.ResourceWithUpgradeState); ok {
		return r.UpgradeState(ctx)
	}
	return nil
}

func (w *wrapper) MoveState(ctx context.Context) []resource.StateMover {
	if r, ok := w.Resource.(resource.ResourceWithMoveState); ok {
		return r.MoveState(ctx)
	}
	return nil
}
