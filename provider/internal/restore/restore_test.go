package restore_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/dhcp"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/lxc"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/nat"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/network"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/provider"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/restore"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/statetest"
)

// testRestoreHost is a restore target in a temporary directory: no systemd
// unless asked for, a systemctl that appends its arguments to a file, and an
// "executable" that is a file named as the provider's binary.
func testRestoreHost(t *testing.T, systemd bool) (*restore.Host, string) {
	t.Helper()
	root := t.TempDir()
	calls := filepath.Join(root, "systemctl.calls")
	script := filepath.Join(root, "systemctl")
	if err := os.WriteFile(script, []byte("#!/bin/sh\necho \"$*\" >>"+calls+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(root, "plugins", "terraform-provider-hyperlab_v0.1.0")
	os.MkdirAll(filepath.Dir(exe), 0o755)
	if err := os.WriteFile(exe, []byte("provider binary v1"), 0o755); err != nil {
		t.Fatal(err)
	}
	h := &restore.Host{
		Dir:        filepath.Join(root, "var", "hyperlab", "restore"),
		UnitPath:   filepath.Join(root, "hyperlab-restore.service"),
		SystemdDir: filepath.Join(root, "run-systemd-system"),
		Systemctl:  []string{script},
		Executable: func() (string, error) { return exe, nil },
	}
	if systemd {
		os.MkdirAll(h.SystemdDir, 0o755)
	}
	return h, calls
}

func dhcpState(t *testing.T, netns string, reservations ...dhcp.Reservation) tfsdk.State {
	t.Helper()
	set, diags := types.SetValueFrom(context.Background(), dhcp.ReservationType, reservations)
	if diags.HasError() {
		t.Fatal(resourceutil.DiagError(diags))
	}
	return statetest.StateOf(t, dhcp.NewDhcpResource(), &dhcp.Model{
		ID: types.StringValue(resourceutil.JoinID(netns, "br0")), Netns: types.StringValue(netns), Bridge: types.StringValue("br0"),
		RangeStart: types.StringValue("10.0.0.100"), RangeEnd: types.StringValue("10.0.0.150"), LeaseSeconds: types.Int64Value(3600),
		Router: types.StringValue("10.0.0.1"), Reservations: set, Running: types.BoolValue(true),
		Nameservers: types.ListValueMust(types.StringType, nil), DomainSearch: types.ListValueMust(types.StringType, nil),
		IPv6Nameservers: types.ListNull(types.StringType),
		DNS:             types.BoolValue(false), DNSUpstream: types.ListValueMust(types.StringType, nil), Domain: types.StringNull(),
		InputRules: types.BoolValue(true), LeaseFile: types.StringNull(), Leases: types.ListNull(dhcp.LeaseType),
	})
}

func TestRecordFileNames(t *testing.T) {
	for _, c := range []struct {
		kind, netns string
		names       []string
		want        string
	}{
		{"bridge", "", []string{"hlbr0"}, "bridge@root@hlbr0.json"},
		{"dhcp", "lab", []string{"hlbr0"}, "dhcp@netns=lab@hlbr0.json"},
		{"lxc_container", "lab", []string{"db", "/var/lib/lxc"}, "lxc_container@netns=lab@db@%2Fvar%2Flib%2Flxc.json"},
		{"lxc_container", "", []string{"db", "/srv/a@b"}, "lxc_container@root@db@%2Fsrv%2Fa%40b.json"},
	} {
		if got := restore.RecordFile(c.kind, c.netns, c.names...); got != c.want {
			t.Errorf("recordFile(%s, %q, %v) = %s, want %s", c.kind, c.netns, c.names, got, c.want)
		}
	}
}

// The record of a state is the same bytes whatever order its sets come in, and
// reads back to the same state.
func TestRecordIsDeterministicAndReadsBack(t *testing.T) {
	ctx := context.Background()
	a := dhcp.Reservation{MAC: "52:54:00:00:00:0a", Address: types.StringValue("10.0.0.10"), Hostname: "a", DefaultRoute: types.BoolNull()}
	b := dhcp.Reservation{MAC: "52:54:00:00:00:0b", Address: types.StringValue("10.0.0.11"), Hostname: "b", DefaultRoute: types.BoolValue(false)}
	kinds := provider.RestoreKinds()
	k := kinds.Of("dhcp")
	name1, rec1, err := restore.EncodeRecord(ctx, k, dhcpState(t, "ns", a, b))
	if err != nil {
		t.Fatal(err)
	}
	name2, rec2, err := restore.EncodeRecord(ctx, k, dhcpState(t, "ns", b, a))
	if err != nil {
		t.Fatal(err)
	}
	if name1 != "dhcp@netns=ns@br0.json" || name1 != name2 {
		t.Fatalf("names %s, %s", name1, name2)
	}
	if !bytes.Equal(rec1, rec2) {
		t.Fatalf("records differ:\n%s\n%s", rec1, rec2)
	}
	for _, want := range []string{`"kind": "dhcp"`, `"lease_seconds": 3600`, `"bridge": "br0"`} {
		if !strings.Contains(string(rec1), want) {
			t.Errorf("record lacks %s:\n%s", want, rec1)
		}
	}
	if strings.Index(string(rec1), "52:54:00:00:00:0a") > strings.Index(string(rec1), "52:54:00:00:00:0b") {
		t.Errorf("set elements not sorted:\n%s", rec1)
	}
	kind, st, err := restore.DecodeRecord(ctx, kinds, rec1)
	if err != nil {
		t.Fatal(err)
	}
	if kind != k || !st.Raw.Equal(dhcpState(t, "ns", a, b).Raw) {
		t.Fatalf("read back %v as %s", st.Raw, kind.Name)
	}
	var m dhcp.Model
	if err := resourceutil.GetModel(ctx, st, &m); err != nil || m.LeaseSeconds.ValueInt64() != 3600 || len(m.Reservations.Elements()) != 2 {
		t.Fatalf("model %+v, %v", m, err)
	}
	// A record written by a provider whose schema had another attribute still reads.
	extra := strings.Replace(string(rec1), `"bridge": "br0"`, `"bridge": "br0", "gone_attribute": "x"`, 1)
	if _, _, err := restore.DecodeRecord(ctx, kinds, []byte(extra)); err != nil {
		t.Errorf("an attribute the schema lacks: %v", err)
	}
	if _, _, err := restore.DecodeRecord(ctx, kinds, []byte(`{"kind":"nonsense","state":{}}`)); err == nil || !strings.Contains(err.Error(), "unknown kind") {
		t.Errorf("unknown kind: %v", err)
	}
}

func TestRestoreKindsOrder(t *testing.T) {
	var kinds []string
	for _, k := range provider.RestoreKinds() {
		kinds = append(kinds, k.Name)
		if k.Resource() == nil || k.Restore == nil || k.Found == nil {
			t.Errorf("%s is incomplete", k.Name)
		}
	}
	if want := []string{"bridge", "vxlan", "tap", "nat", "dhcp", "lxc_container"}; !reflect.DeepEqual(kinds, want) {
		t.Fatalf("order %v, want %v", kinds, want)
	}
}

// Run replays the records kind by kind (not in the order of their file
// names), goes on past a failure and names it, and reads broken records as failures.
func TestRestoreReplaysInOrderAndGoesOnPastFailures(t *testing.T) {
	kinds := provider.RestoreKinds()
	ctx := context.Background()
	h, _ := testRestoreHost(t, false)
	os.MkdirAll(h.Dir, 0o755)
	states := map[string]tfsdk.State{
		"dhcp": dhcpState(t, ""),
		"tap": statetest.StateOf(t, network.NewTapResource(), &network.TapModel{ID: types.StringValue("tap0"), Netns: types.StringValue(""), Name: types.StringValue("tap0"),
			Bridge: types.StringValue("br0"), Owner: types.StringNull(), Group: types.StringNull(), MultiQueue: types.BoolValue(false), MTU: types.Int64Value(1500)}),
		"bridge": statetest.StateOf(t, network.NewBridgeResource(), &network.BridgeModel{ID: types.StringValue("br0"), Netns: types.StringValue(""), Name: types.StringValue("br0"),
			MTU: types.Int64Value(1500), Addresses: types.SetValueMust(types.StringType, nil), VlanFiltering: types.BoolValue(false), Uplink: types.StringNull(), Ifindex: types.Int64Value(7)}),
	}
	for kind, st := range states {
		name, content, err := restore.EncodeRecord(ctx, kinds.Of(kind), st)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(h.Dir, name), content, 0o600)
	}
	os.WriteFile(filepath.Join(h.Dir, "aaa@broken.json"), []byte("{"), 0o600)
	var order []string
	saved := map[string]func(context.Context, tfsdk.State) (string, error){}
	savedFound := map[string]func(context.Context, tfsdk.State) (bool, string, error){}
	for _, k := range kinds {
		k := k
		saved[k.Name], savedFound[k.Name] = k.Restore, k.Found
		// The host is not asked: nothing of these names is there.
		k.Found = func(context.Context, tfsdk.State) (bool, string, error) { return false, "", nil }
		k.Restore = func(ctx context.Context, st tfsdk.State) (string, error) {
			var id string
			st.GetAttribute(ctx, path.Root("id"), &id)
			order = append(order, k.Name+" "+id)
			if k.Name == "tap" {
				return "", fmt.Errorf("no such bridge")
			}
			return "fine", nil
		}
	}
	var libvirtBridges map[string]bool
	savedLibvirt := *restore.StartLibvirtDomains
	*restore.StartLibvirtDomains = func(_ context.Context, bridges, taps map[string]bool, logf func(string, ...any)) []string {
		libvirtBridges = bridges
		return nil
	}
	defer func() {
		for _, k := range kinds {
			k.Restore, k.Found = saved[k.Name], savedFound[k.Name]
		}
		*restore.StartLibvirtDomains = savedLibvirt
	}()
	var out bytes.Buffer
	err := restore.Run(ctx, kinds, h.Dir, &out)
	if want := []string{"bridge br0", "tap tap0", "dhcp br0"}; !reflect.DeepEqual(order, want) {
		t.Errorf("order %v, want %v\n%s", order, want, out.String())
	}
	if err == nil || !strings.Contains(err.Error(), "2 failed") || !strings.Contains(err.Error(), "tap tap0") || !strings.Contains(err.Error(), "aaa@broken.json") {
		t.Errorf("error %v\n%s", err, out.String())
	}
	if !libvirtBridges["br0"] {
		t.Errorf("libvirt step got bridges %v", libvirtBridges)
	}
	for _, want := range []string{"ok bridge br0: fine", "FAILED tap tap0: no such bridge", "2 of 3 objects restored"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRestoreUnitFile(t *testing.T) {
	h := restore.DefaultHost()
	unit := h.Unit()
	sections := map[string]map[string]string{}
	section := ""
	for _, line := range strings.Split(unit, "\n") {
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line
			sections[section] = map[string]string{}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok || section == "" {
				t.Fatalf("not a unit file line: %q", line)
			}
			sections[section][k] = v
		}
	}
	want := map[string]map[string]string{
		"[Unit]": {
			"Description":         "hyperlab: bring back the lab's network namespaces, bridges, TAPs, NAT, DHCP and LXC containers",
			"Wants":               "network-pre.target",
			"After":               "network-pre.target local-fs.target",
			"Before":              "network.target libvirtd.service virtqemud.service lxc.service libvirt-guests.service",
			"ConditionPathExists": "/var/lib/hyperlab/restore/terraform-provider-hyperlab",
		},
		"[Service]": {
			"Type": "oneshot", "RemainAfterExit": "yes", "KillMode": "process", "Delegate": "yes", "TimeoutStartSec": "15min",
			"ExecStart": "/var/lib/hyperlab/restore/terraform-provider-hyperlab restore --dir /var/lib/hyperlab/restore",
		},
		"[Install]": {"WantedBy": "multi-user.target"},
	}
	if !reflect.DeepEqual(sections, want) {
		t.Fatalf("unit:\n%s\nparsed %v", unit, sections)
	}
	var out, errOut bytes.Buffer
	if code := restore.Main(t.Context(), provider.RestoreKinds(), []string{"--unit"}, &out, &errOut); code != 0 || out.String() != unit {
		t.Fatalf("restore --unit exited %d:\n%s%s", code, out.String(), errOut.String())
	}
}

// Without systemd: records are written, the binary is copied, no unit is
// installed, a log line and the first record's notice say what to run at boot,
// and the last record's removal leaves nothing.
func TestBootHookWithoutSystemd(t *testing.T) {
	h, calls := testRestoreHost(t, false)
	var log []string
	logf := func(format string, args ...any) { log = append(log, fmt.Sprintf(format, args...)) }
	notice, err := h.Save(context.Background(), nil, "bridge@root@br0.json", []byte("{}\n"), logf)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(notice, h.Binary()+" restore --dir "+h.Dir) {
		t.Errorf("notice %q", notice)
	}
	if !strings.Contains(strings.Join(log, "\n"), "systemd is not running here ("+h.SystemdDir+" is missing): hyperlab-restore.service not installed; run `"+h.BootCommand()+"` at boot") {
		t.Errorf("log:\n%s", strings.Join(log, "\n"))
	}
	if notice, _ := h.Save(context.Background(), nil, "tap@root@tap0.json", []byte("{}\n"), logf); notice != "" {
		t.Errorf("second record's notice %q", notice)
	}
	if b, err := os.ReadFile(h.Binary()); err != nil || string(b) != "provider binary v1" {
		t.Errorf("binary %q, %v", b, err)
	}
	if _, err := os.Stat(h.UnitPath); !os.IsNotExist(err) {
		t.Errorf("unit installed without systemd: %v", err)
	}
	if _, err := os.Stat(calls); !os.IsNotExist(err) {
		t.Errorf("systemctl ran without systemd")
	}
	if err := h.Remove(context.Background(), nil, "bridge@root@br0.json", logf); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(h.Binary()); err != nil {
		t.Errorf("binary removed with a record left: %v", err)
	}
	if err := h.Remove(context.Background(), nil, "tap@root@tap0.json", logf); err != nil {
		t.Fatal(err)
	}
	// The records directory and its parent (empty) are gone; the grandparent stays.
	if _, err := os.Stat(filepath.Dir(h.Dir)); !os.IsNotExist(err) {
		t.Errorf("%s left: %v", filepath.Dir(h.Dir), err)
	}
	if _, err := os.Stat(filepath.Dir(filepath.Dir(h.Dir))); err != nil {
		t.Errorf("grandparent removed: %v", err)
	}
	if err := h.Remove(context.Background(), nil, "tap@root@tap0.json", logf); err != nil {
		t.Errorf("removing again: %v", err)
	}
}

// With systemd: the first record installs and enables the unit, later ones
// leave it, a changed binary is copied again, and the last removal disables and
// removes the unit.
func TestBootHookWithSystemd(t *testing.T) {
	h, calls := testRestoreHost(t, true)
	logf := func(string, ...any) {}
	if notice, err := h.Save(context.Background(), nil, "bridge@root@br0.json", []byte("{}\n"), logf); err != nil || notice != "" {
		t.Fatalf("notice %q, %v", notice, err)
	}
	if _, err := h.Save(context.Background(), nil, "nat@root@br0.json", []byte("{}\n"), logf); err != nil {
		t.Fatal(err)
	}
	unit, err := os.ReadFile(h.UnitPath)
	if err != nil || string(unit) != h.Unit() {
		t.Fatalf("unit %q, %v", unit, err)
	}
	if b, _ := os.ReadFile(calls); string(b) != "daemon-reload\nenable hyperlab-restore.service\n" {
		t.Errorf("systemctl calls %q", b)
	}
	exe, _ := h.Executable()
	os.WriteFile(exe, []byte("provider binary v2"), 0o755)
	*restore.Copied = map[string]string{}
	if _, err := h.Save(context.Background(), nil, "nat@root@br0.json", []byte("{\"changed\":1}\n"), logf); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(h.Binary()); string(b) != "provider binary v2" {
		t.Errorf("binary not updated: %q", b)
	}
	if info, err := os.Stat(h.Binary()); err != nil || info.Mode().Perm() != 0o755 {
		t.Errorf("binary mode %v, %v", info, err)
	}
	if b, _ := os.ReadFile(filepath.Join(h.Dir, "nat@root@br0.json")); string(b) != "{\"changed\":1}\n" {
		t.Errorf("record not rewritten: %q", b)
	}
	for _, name := range []string{"bridge@root@br0.json", "nat@root@br0.json"} {
		if err := h.Remove(context.Background(), nil, name, logf); err != nil {
			t.Fatal(err)
		}
	}
	if b, _ := os.ReadFile(calls); string(b) != "daemon-reload\nenable hyperlab-restore.service\ndisable hyperlab-restore.service\ndaemon-reload\n" {
		t.Errorf("systemctl calls %q", b)
	}
	for _, p := range []string{h.UnitPath, h.Dir} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s left: %v", p, err)
		}
	}
}

// A stand-in resource, to watch the wrapper keep its records.
type fakeResource struct{ failCreate, gone bool }

type fakeModel struct {
	ID    types.String `tfsdk:"id"`
	Netns types.String `tfsdk:"netns"`
	Name  types.String `tfsdk:"name"`
	Size  types.Int64  `tfsdk:"size"`
	Mark  types.String `tfsdk:"mark"`
}

func (r *fakeResource) Metadata(_ context.Context, _ resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = "hyperlab_fake"
}

func (r *fakeResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{Attributes: map[string]schema.Attribute{
		"id": resourceutil.IDAttribute(), "netns": resourceutil.NetnsAttribute(),
		"name": schema.StringAttribute{Required: true}, "size": schema.Int64Attribute{Optional: true},
		"mark": schema.StringAttribute{Optional: true},
	}}
}

func (r *fakeResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	if r.failCreate {
		resp.Diagnostics.AddError("failed", "as asked")
		return
	}
	var m fakeModel
	req.Plan.Get(ctx, &m)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

func (r *fakeResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	if r.gone { // removed by hand: Read drops it from the state
		resp.State.RemoveResource(ctx)
		return
	}
	var m fakeModel
	req.State.Get(ctx, &m)
	m.Size = types.Int64Value(m.Size.ValueInt64() + 1) // what the host has differs from the record
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

func (r *fakeResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var m fakeModel
	req.Plan.Get(ctx, &m)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

func (r *fakeResource) Delete(context.Context, resource.DeleteRequest, *resource.DeleteResponse) {}

// wrappedFake is the restore wrapper around a fake resource, with the records in a
// test directory (restored when the test ends), an empty state and a state of a given size.
func wrappedFake(t *testing.T) (h *restore.Host, inner *fakeResource, w *restore.Wrapper, empty func() tfsdk.State, model func(int64) tfsdk.State) {
	h, inner, w, empty, marked := wrappedMarkedFake(t)
	return h, inner, w, empty, func(size int64) tfsdk.State { return marked(size, "lab/x") }
}

// wrappedMarkedFake is wrappedFake with states of a given mark.
func wrappedMarkedFake(t *testing.T) (h *restore.Host, inner *fakeResource, w *restore.Wrapper, empty func() tfsdk.State, model func(int64, string) tfsdk.State) {
	t.Helper()
	ctx := context.Background()
	h, _ = testRestoreHost(t, false)
	saved := restore.Target
	restore.Target = h
	t.Cleanup(func() { restore.Target = saved })
	inner = &fakeResource{}
	w = restore.NewWrapper(inner, &restore.Kind{Name: "fake", Names: []string{"name"}, Resource: func() resource.Resource { return inner }})
	s := resourceutil.SchemaOf(ctx, inner)
	empty = func() tfsdk.State {
		return tfsdk.State{Schema: s, Raw: tftypes.NewValue(s.Type().TerraformType(ctx), nil)}
	}
	model = func(size int64, mark string) tfsdk.State {
		st := empty()
		st.Set(ctx, &fakeModel{ID: types.StringValue("x"), Netns: types.StringValue(""), Name: types.StringValue("x"), Size: types.Int64Value(size),
			Mark: types.StringValue(mark)})
		return st
	}
	return h, inner, w, empty, model
}

func TestWrapperKeepsRecords(t *testing.T) {
	ctx := context.Background()
	h, inner, w, empty, model := wrappedFake(t)
	file := filepath.Join(h.Dir, "fake@root@x.json")
	sizeInRecord := func() string {
		b, err := os.ReadFile(file)
		if err != nil {
			return "none"
		}
		return strings.TrimSpace(strings.SplitN(strings.SplitN(string(b), `"size":`, 2)[1], "\n", 2)[0])
	}

	inner.failCreate = true
	resp := &resource.CreateResponse{State: empty()}
	w.Create(ctx, resource.CreateRequest{Plan: tfsdk.Plan(model(1))}, resp)
	if got := sizeInRecord(); got != "none" {
		t.Fatalf("a failed Create wrote a record (size %s)", got)
	}
	inner.failCreate = false
	resp = &resource.CreateResponse{State: empty()}
	w.Create(ctx, resource.CreateRequest{Plan: tfsdk.Plan(model(1))}, resp)
	if got := sizeInRecord(); got != "1" {
		t.Fatalf("after Create: size %s", got)
	}
	if len(resp.Diagnostics.Warnings()) != 1 || !strings.Contains(resp.Diagnostics.Warnings()[0].Detail(), "at boot") {
		t.Errorf("the first record on a host without systemd warns once: %v", resp.Diagnostics)
	}
	// Read does not overwrite a record (it holds what was asked for, not what is)...
	w.Read(ctx, resource.ReadRequest{State: model(1)}, &resource.ReadResponse{State: model(1)})
	if got := sizeInRecord(); got != "1" {
		t.Fatalf("after Read: size %s", got)
	}
	w.Update(ctx, resource.UpdateRequest{Plan: tfsdk.Plan(model(5)), State: model(1)}, &resource.UpdateResponse{State: model(1)})
	if got := sizeInRecord(); got != "5" {
		t.Fatalf("after Update: size %s", got)
	}
	// ...but writes one that is missing (an import, a lab from before records).
	os.Remove(file)
	w.Read(ctx, resource.ReadRequest{State: model(5)}, &resource.ReadResponse{State: model(5)})
	if got := sizeInRecord(); got != "6" {
		t.Fatalf("after Read with no record: size %s", got)
	}
	w.Delete(ctx, resource.DeleteRequest{State: model(6)}, &resource.DeleteResponse{State: model(6)})
	if _, err := os.Stat(h.Dir); !os.IsNotExist(err) {
		t.Fatalf("records directory left after the last Delete: %v", err)
	}
}

// An object removed by hand leaves the state at the next refresh, and its record
// goes with it: a destroy after that never calls Delete for it, and the next boot
// must not bring it back.
func TestWrapperForgetsWhatReadFindsGone(t *testing.T) {
	ctx := context.Background()
	h, inner, w, _, model := wrappedFake(t)
	st := model(1)
	w.Create(ctx, resource.CreateRequest{Plan: tfsdk.Plan(st)}, &resource.CreateResponse{State: st})
	if _, err := os.Stat(filepath.Join(h.Dir, "fake@root@x.json")); err != nil {
		t.Fatalf("no record after Create: %v", err)
	}
	inner.gone = true
	resp := &resource.ReadResponse{State: st}
	w.Read(ctx, resource.ReadRequest{State: st}, resp)
	if !resp.State.Raw.IsNull() {
		t.Fatal("the fake did not drop the object")
	}
	if _, err := os.Stat(h.Dir); !os.IsNotExist(err) {
		t.Fatalf("the record (and its directory) outlived the object: %v", err)
	}
}

// The wrapper passes on every optional interface of the resources it wraps:
// the framework's known ones by name, and any other by the method set (a wrapped
// resource's method the wrapper lacks would be an interface hidden from the
// framework, whatever new interface it belongs to).
func TestWrapperHidesNoInterface(t *testing.T) {
	kinds := provider.RestoreKinds()
	optional := []reflect.Type{
		reflect.TypeOf((*resource.ResourceWithConfigure)(nil)).Elem(),
		reflect.TypeOf((*resource.ResourceWithConfigValidators)(nil)).Elem(),
		reflect.TypeOf((*resource.ResourceWithImportState)(nil)).Elem(),
		reflect.TypeOf((*resource.ResourceWithModifyPlan)(nil)).Elem(),
		reflect.TypeOf((*resource.ResourceWithMoveState)(nil)).Elem(),
		reflect.TypeOf((*resource.ResourceWithUpgradeState)(nil)).Elem(),
		reflect.TypeOf((*resource.ResourceWithValidateConfig)(nil)).Elem(),
		reflect.TypeOf((*resource.ResourceWithIdentity)(nil)).Elem(),
		reflect.TypeOf((*resource.ResourceWithUpgradeIdentity)(nil)).Elem(),
	}
	for _, k := range kinds {
		inner, wrapped := reflect.TypeOf(k.Resource()), reflect.TypeOf(kinds.Wrap(k.Name)())
		for _, i := range optional {
			if inner.Implements(i) && !wrapped.Implements(i) {
				t.Errorf("hyperlab_%s implements %s, which the restore wrapper (internal/restore) does not pass on", k.Name, i.Name())
			}
		}
		for m := 0; m < inner.NumMethod(); m++ {
			if name := inner.Method(m).Name; !hasMethod(wrapped, name) {
				t.Errorf("hyperlab_%s has the method %s, which the restore wrapper (internal/restore) does not pass on: "+
					"if it is part of an optional interface of the framework, the wrapper hides it", k.Name, name)
			}
		}
	}
}

func hasMethod(t reflect.Type, name string) bool {
	_, ok := t.MethodByName(name)
	return ok
}

func TestDomainUses(t *testing.T) {
	xml := `<domain type='kvm'><name>web</name><devices>
  <interface type='bridge'><mac address='52:54:00:aa:bb:cc'/><source bridge='hlbr0'/><model type='virtio'/></interface>
  <interface type='ethernet'><target dev='hltap0' managed='no'/></interface>
  <interface type='network'><source network='default'/></interface>
</devices></domain>`
	for _, c := range []struct {
		bridges, taps map[string]bool
		want          bool
	}{
		{map[string]bool{"hlbr0": true}, nil, true},
		{nil, map[string]bool{"hltap0": true}, true},
		{map[string]bool{"other": true, "default": true}, map[string]bool{"hlbr0": true}, false},
	} {
		got, err := restore.DomainUses(xml, c.bridges, c.taps)
		if err != nil || got != c.want {
			t.Errorf("domainUses(%v, %v) = %v, %v; want %v", c.bridges, c.taps, got, err, c.want)
		}
	}
	if _, err := restore.DomainUses("<domain", nil, nil); err == nil {
		t.Error("broken XML accepted")
	}
}

// A record is only ever overwritten or removed by the resource whose record it
// is: one at the same path that carries another mark (another stack's object of
// the same name, whose record outlived it) is refused on write and left on
// delete, each with a warning that names the mark and the file.
func TestWrapperLeavesAnothersRecord(t *testing.T) {
	ctx := context.Background()
	h, _, w, empty, model := wrappedMarkedFake(t)
	file := filepath.Join(h.Dir, "fake@root@x.json")
	// The other stack's record.
	other := &resource.CreateResponse{State: empty()}
	w.Create(ctx, resource.CreateRequest{Plan: tfsdk.Plan(model(7, "other/x"))}, other)
	theirs, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(theirs), `"mark": "other/x"`) {
		t.Fatalf("the other stack's record: %v\n%s", err, theirs)
	}
	warned := func(diags diag.Diagnostics, what string) {
		t.Helper()
		for _, d := range diags.Warnings() {
			if strings.Contains(d.Detail(), `"other/x"`) && strings.Contains(d.Detail(), file) && strings.Contains(d.Detail(), `"lab/x"`) {
				return
			}
		}
		t.Errorf("%s: no warning naming the record's mark, this resource's and the file: %v", what, diags)
	}
	unchanged := func(what string) {
		t.Helper()
		if now, err := os.ReadFile(file); err != nil || string(now) != string(theirs) {
			t.Fatalf("%s changed the other stack's record: %v\n%s", what, err, now)
		}
	}
	create := &resource.CreateResponse{State: empty()}
	w.Create(ctx, resource.CreateRequest{Plan: tfsdk.Plan(model(1, "lab/x"))}, create)
	unchanged("Create")
	warned(create.Diagnostics, "Create")
	update := &resource.UpdateResponse{State: model(1, "lab/x")}
	w.Update(ctx, resource.UpdateRequest{Plan: tfsdk.Plan(model(2, "lab/x")), State: model(1, "lab/x")}, update)
	unchanged("Update")
	warned(update.Diagnostics, "Update")
	del := &resource.DeleteResponse{State: model(2, "lab/x")}
	w.Delete(ctx, resource.DeleteRequest{State: model(2, "lab/x")}, del)
	unchanged("Delete")
	warned(del.Diagnostics, "Delete")

	// Its own record, re-marked by an update (the mark it had before is its own), and removed by its delete.
	os.Remove(file)
	w.Create(ctx, resource.CreateRequest{Plan: tfsdk.Plan(model(1, "lab/x"))}, &resource.CreateResponse{State: empty()})
	remark := &resource.UpdateResponse{State: model(1, "lab/x")}
	w.Update(ctx, resource.UpdateRequest{Plan: tfsdk.Plan(model(1, "lab/y")), State: model(1, "lab/x")}, remark)
	if b, _ := os.ReadFile(file); !strings.Contains(string(b), `"mark": "lab/y"`) || remark.Diagnostics.WarningsCount() != 0 {
		t.Fatalf("re-marked record: %v\n%s", remark.Diagnostics, b)
	}
	w.Delete(ctx, resource.DeleteRequest{State: model(1, "lab/y")}, &resource.DeleteResponse{State: model(1, "lab/y")})
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Fatalf("its own record stayed after its delete: %v", err)
	}
}

func TestRecordIsOurs(t *testing.T) {
	for _, c := range []struct {
		kind, found string
		own         []string
		want        bool
	}{
		{"bridge", "lab/a", []string{"lab/a"}, true},
		{"bridge", "lab/a", []string{"lab/b", "lab/a"}, true},
		{"bridge", "other/a", []string{"lab/a"}, false},
		{"bridge", "", []string{"lab/a"}, false},
		{"bridge", "", []string{""}, false},      // an unmarked bridge record is no one's
		{"nat", "", []string{"", "lab/a"}, true}, // a NAT state from before marks owns its unmarked record
		{"dhcp", "other/a", []string{""}, false},
	} {
		if got := provider.RestoreKinds().RecordIsOurs(c.kind, c.found, c.own...); got != c.want {
			t.Errorf("recordIsOurs(%q, %q, %q) = %v, want %v", c.kind, c.found, c.own, got, c.want)
		}
	}
}

// At boot, restore makes what is absent and takes what carries the record's
// mark, and nothing else: an object of the record's name that carries another
// mark, or none, is left as it is (its restore never runs), and the log and the
// error name it and the mark it carries.
func TestRestoreLeavesWhatIsNotTheRecords(t *testing.T) {
	kinds := provider.RestoreKinds()
	ctx := context.Background()
	h, _ := testRestoreHost(t, false)
	os.MkdirAll(h.Dir, 0o755)
	bridge := func(name, mark string) tfsdk.State {
		return statetest.StateOf(t, network.NewBridgeResource(), &network.BridgeModel{ID: types.StringValue(name), Netns: types.StringValue(""), Name: types.StringValue(name),
			MTU: types.Int64Value(1500), Addresses: types.SetValueMust(types.StringType, nil), VlanFiltering: types.BoolValue(false),
			Uplink: types.StringNull(), Ifindex: types.Int64Value(7), Mark: types.StringValue(mark)})
	}
	nat := func(bridge, mark string) tfsdk.State {
		return statetest.StateOf(t, nat.NewNatResource(), &nat.Model{ID: types.StringValue(bridge), Netns: types.StringValue(""), Bridge: types.StringValue(bridge),
			SourceCIDR: types.StringValue("10.9.0.0/24"), Masquerade: types.BoolValue(true), Forward: types.BoolValue(true),
			IPForward: types.BoolValue(true), Mark: types.StringValue(mark)})
	}
	// What the host has, by object: exists and the mark it carries.
	host := map[string]*[2]string{
		"bridge brabsent": nil,
		"bridge brours":   {"", "lab/brours"},
		"bridge brother":  {"", "other/stack"},
		"bridge brnone":   {"", ""},
		"nat brlegacy":    {"", ""}, // a NAT state from before marks, its unmarked rules
		"nat brforeign":   {"", "other/nat"},
	}
	for _, rec := range []struct {
		kind string
		st   tfsdk.State
	}{{"bridge", bridge("brabsent", "lab/brabsent")}, {"bridge", bridge("brours", "lab/brours")}, {"bridge", bridge("brother", "lab/brother")},
		{"bridge", bridge("brnone", "lab/brnone")}, {"nat", nat("brlegacy", "")}, {"nat", nat("brforeign", "lab/nat")}} {
		name, content, err := restore.EncodeRecord(ctx, kinds.Of(rec.kind), rec.st)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(h.Dir, name), content, 0o600)
	}
	var restored []string
	savedRestore, savedFound := map[string]func(context.Context, tfsdk.State) (string, error){}, map[string]func(context.Context, tfsdk.State) (bool, string, error){}
	for _, k := range kinds {
		k := k
		savedRestore[k.Name], savedFound[k.Name] = k.Restore, k.Found
		k.Restore = func(ctx context.Context, st tfsdk.State) (string, error) {
			var id string
			st.GetAttribute(ctx, path.Root("id"), &id)
			restored = append(restored, k.Name+" "+id)
			return "fine", nil
		}
		k.Found = func(ctx context.Context, st tfsdk.State) (bool, string, error) {
			var id string
			st.GetAttribute(ctx, path.Root("id"), &id)
			if h := host[k.Name+" "+id]; h != nil {
				return true, h[1], nil
			}
			return false, "", nil
		}
	}
	savedLibvirt := *restore.StartLibvirtDomains
	*restore.StartLibvirtDomains = func(context.Context, map[string]bool, map[string]bool, func(string, ...any)) []string { return nil }
	defer func() {
		for _, k := range kinds {
			k.Restore, k.Found = savedRestore[k.Name], savedFound[k.Name]
		}
		*restore.StartLibvirtDomains = savedLibvirt
	}()
	var out bytes.Buffer
	err := restore.Run(ctx, kinds, h.Dir, &out)
	if want := []string{"bridge brabsent", "bridge brours", "nat brlegacy"}; !reflect.DeepEqual(restored, want) {
		t.Errorf("restored %v, want %v\n%s", restored, want, out.String())
	}
	if err == nil || !strings.Contains(err.Error(), "3 failed") {
		t.Errorf("error %v\n%s", err, out.String())
	}
	log := regexp.MustCompile(`\s+`).ReplaceAllString(out.String(), " ")
	for _, want := range []string{`FAILED bridge brother: bridge brother carries the owner mark "other/stack", not this resource's "lab/brother"`,
		`FAILED bridge brnone: bridge brnone carries no owner mark, not this resource's "lab/brnone"`,
		`FAILED nat brforeign: nat brforeign carries the owner mark "other/nat", not this resource's "lab/nat"`, "3 of 6 objects restored"} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, out.String())
		}
	}
}

// A container of a record's name whose configuration carries another stack's
// mark is neither rewritten nor started at boot: its configuration stays byte
// for byte, and restore names the mark it carries.
func TestRestoreLeavesAnothersContainer(t *testing.T) {
	kinds := provider.RestoreKinds()
	ctx := context.Background()
	h, _ := testRestoreHost(t, false)
	os.MkdirAll(h.Dir, 0o755)
	lxcPath := t.TempDir()
	config := filepath.Join(lxcPath, "ct", "config")
	theirs := "# hyperlab.mark = other/stack.ct\nlxc.uts.name = ct\nlxc.rootfs.path = dir:" + filepath.Join(lxcPath, "ct", "rootfs") + "\n"
	if err := os.MkdirAll(filepath.Dir(config), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(config, []byte(theirs), 0o644); err != nil {
		t.Fatal(err)
	}
	nics, _ := types.ListValueFrom(ctx, lxc.NicType, []lxc.Nic{{Bridge: types.StringValue("hlbr0"), Hwaddr: types.StringValue("52:54:00:12:34:56"),
		IPv4: types.StringValue("10.1.0.5/24"), Gateway: types.StringValue("10.1.0.1"), VlanID: types.Int64Null()}})
	st := statetest.StateOf(t, lxc.NewLxcContainerResource(), &lxc.ContainerModel{ID: types.StringValue("ct"), Netns: types.StringValue(""),
		Name: types.StringValue("ct"), LxcPath: types.StringValue(lxcPath), Template: types.StringValue("busybox"), Nics: nics,
		TemplateArgs: types.ListValueMust(types.StringType, nil), IDMapStart: types.Int64Value(100000), IDMapCount: types.Int64Value(65536),
		MemoryMiB: types.Int64Value(256), Cpus: types.Int64Null(), Autostart: types.BoolValue(true), Running: types.BoolValue(true),
		Restart: types.ListValueMust(types.StringType, nil), Privileged: types.BoolValue(false), Mark: types.StringValue("lab/ct"),
		Files: types.ListNull(lxc.FileType), Commands: types.ListNull(types.ListType{ElemType: types.StringType}),
		Timeouts: timeouts.Value{Object: types.ObjectNull(map[string]attr.Type{"create": types.StringType, "update": types.StringType, "delete": types.StringType})}})
	name, content, err := restore.EncodeRecord(ctx, kinds.Of("lxc_container"), st)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(h.Dir, name), content, 0o600)
	savedLibvirt := *restore.StartLibvirtDomains
	*restore.StartLibvirtDomains = func(context.Context, map[string]bool, map[string]bool, func(string, ...any)) []string { return nil }
	defer func() { *restore.StartLibvirtDomains = savedLibvirt }()
	var out bytes.Buffer
	err = restore.Run(ctx, kinds, h.Dir, &out)
	if b, _ := os.ReadFile(config); string(b) != theirs {
		t.Errorf("restore rewrote the other stack's container's configuration:\n%s\nrestore:\n%s", b, out.String())
	}
	if err == nil || !strings.Contains(out.String(), `carries the owner mark "other/stack.ct", not this resource's "lab/ct"`) {
		t.Errorf("restore: %v\n%s", err, out.String())
	}
}

// Read keeps no restore record of an object it found under a mark that is not
// the one the state applied (another's, none, or an import's, not applied yet):
// a boot would otherwise bring back, or take, what is not the resource's.
func TestRestoreRecordOnlyForOwnFoundMark(t *testing.T) {
	bridge := func(mark, found types.String) network.BridgeModel {
		return network.BridgeModel{ID: types.StringValue("br0"), Netns: types.StringValue(""), Name: types.StringValue("br0"), MTU: types.Int64Value(1500),
			Addresses: types.SetValueMust(types.StringType, nil), VlanFiltering: types.BoolValue(false), Uplink: types.StringNull(),
			Ifindex: types.Int64Value(7), Mark: mark, FoundMark: found}
	}
	for _, c := range []struct {
		mark, found types.String
		recorded    bool
	}{
		{types.StringValue("lab/c1"), types.StringValue("lab/c1"), true},
		{types.StringValue("lab/c1"), types.StringNull(), true}, // a state from before found_mark
		{types.StringValue("lab/c1"), types.StringValue("other/c9"), false},
		{types.StringValue("lab/c1"), types.StringValue(""), false},
		{types.StringNull(), types.StringValue("lab/c1"), false}, // imported, not applied yet
	} {
		m := bridge(c.mark, c.found)
		st := statetest.StateOf(t, network.NewBridgeResource(), &m)
		if got := !restore.FoundUnowned(context.Background(), st); got != c.recorded {
			t.Errorf("mark %s, found %s: recorded %t, want %t", c.mark, c.found, got, c.recorded)
		}
	}
}
