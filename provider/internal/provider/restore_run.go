package provider

// `terraform-provider-hyperlab restore`: replays the restore records (restore.go)
// at boot, in order: the network namespaces the objects live in, bridges, the
// VXLAN devices on them, TAPs, NAT, DHCP servers, the containers meant to run
// with autostart, and then the libvirt domains marked autostart that are not
// running and have a NIC on a restored bridge or TAP. Every object is brought
// back by the code its resource's Create or Update runs; one failure does not
// stop the rest.

import (
	"context"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/coreos/go-iptables/iptables"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/vishvananda/netlink"
	"github.com/vishvananda/netns"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
)

func getModel(ctx context.Context, st tfsdk.State, target any) error {
	if diags := st.Get(ctx, target); diags.HasError() {
		return diagError(diags)
	}
	return nil
}

func restoreBridge(ctx context.Context, st tfsdk.State) (string, error) {
	var m bridgeModel
	if err := getModel(ctx, st, &m); err != nil {
		return "", err
	}
	recorded := m.Ifindex.ValueInt64()
	if err := (&bridgeResource{}).create(ctx, &m); err != nil {
		return "", err
	}
	detail := fmt.Sprintf("up, ifindex %d, MTU %d", m.Ifindex.ValueInt64(), m.MTU.ValueInt64())
	if recorded != 0 && recorded != m.Ifindex.ValueInt64() {
		detail += fmt.Sprintf(" (it had ifindex %d, taken now: the next deploy restarts what is on it)", recorded)
	}
	return detail, nil
}

// A VXLAN device comes back on its bridge (restored before it) with its peers.
func restoreVxlan(ctx context.Context, st tfsdk.State) (string, error) {
	var m vxlanModel
	if err := getModel(ctx, st, &m); err != nil {
		return "", err
	}
	if err := (&vxlanResource{}).create(ctx, &m); err != nil {
		return "", err
	}
	var peers []string
	if err := elementsInto(ctx, m.Peers, &peers); err != nil {
		return "", err
	}
	return fmt.Sprintf("up on %s, VNI %d, peers %s", m.Bridge.ValueString(), m.VNI.ValueInt64(), strings.Join(peers, " ")), nil
}

func restoreTap(ctx context.Context, st tfsdk.State) (string, error) {
	var m tapModel
	if err := getModel(ctx, st, &m); err != nil {
		return "", err
	}
	if err := (&tapResource{}).create(&m); err != nil {
		return "", err
	}
	return "up" + map[bool]string{true: " on " + m.Bridge.ValueString(), false: ""}[m.Bridge.ValueString() != ""], nil
}

func restoreNat(ctx context.Context, st tfsdk.State) (string, error) {
	var m natModel
	if err := getModel(ctx, st, &m); err != nil {
		return "", err
	}
	if err := (&natResource{}).converge(ctx, &m, []string{m.Mark.ValueString()}, m.Mark.ValueString() == ""); err != nil {
		return "", err
	}
	return fmt.Sprintf("masquerade %t, forward %t, ip_forward %t", m.Masquerade.ValueBool(), m.Forward.ValueBool(), m.IPForward.ValueBool()), nil
}

func restoreDhcp(ctx context.Context, st tfsdk.State) (string, error) {
	var m dhcpModel
	if err := getModel(ctx, st, &m); err != nil {
		return "", err
	}
	if err := (&dhcpResource{}).converge(ctx, &m, m.Mark.ValueString(), true); err != nil {
		return "", err
	}
	if !m.Running.ValueBool() {
		return "reservations written; not meant to run", nil
	}
	pid, _ := m.runningPid()
	return fmt.Sprintf("dnsmasq running, pid %d, %d reservations", pid, len(m.Reservations.Elements())), nil
}

// A container is started only when it is meant to run and to start with the
// host; restore never makes one (its root filesystem outlives a reboot).
func restoreLxcContainer(ctx context.Context, st tfsdk.State) (string, error) {
	var m lxcContainerModel
	if err := getModel(ctx, st, &m); err != nil {
		return "", err
	}
	if !m.Running.ValueBool() || !m.Autostart.ValueBool() {
		return fmt.Sprintf("left as it is (running %t, autostart %t)", m.Running.ValueBool(), m.Autostart.ValueBool()), nil
	}
	state, err := m.state(ctx)
	if err != nil {
		return "", err
	}
	if state == "" {
		return "", fmt.Errorf("container %s is not defined in %s: restore starts containers, a deploy makes them", m.Name.ValueString(), m.LxcPath.ValueString())
	}
	if err := m.refuseUnlessOurs(m.Mark.ValueString()); err != nil {
		return "", err
	}
	if err := (&lxcContainerResource{}).converge(ctx, &m); err != nil {
		return "", err
	}
	return "running (was " + state + ")", nil
}

// The objects as the host has them at boot, before restore makes or takes one:
// whether there is one, and the mark it carries. Restore brings back only what
// is absent or carries the record's mark (ownership.Of): anything else of that
// name is another's, or no one's, and is left as it is.

func stateString(ctx context.Context, st tfsdk.State, attr string) (string, error) {
	var v types.String
	if diags := st.GetAttribute(ctx, path.Root(attr), &v); diags.HasError() {
		return "", diagError(diags)
	}
	return v.ValueString(), nil
}

func netnsExists(name string) bool {
	if name == "" {
		return true
	}
	h, err := netns.GetFromName(name)
	if err != nil {
		return false
	}
	defer h.Close() // opened only to see that the namespace exists
	return true
}

// inNamespace reads a record's namespace and the attribute naming its object;
// there is false when the namespace does not exist (yet): a namespace restore
// has yet to make holds nothing.
func inNamespace(ctx context.Context, st tfsdk.State, nameAttr string) (ns, name string, there bool, err error) {
	if ns, err = stateString(ctx, st, "netns"); err != nil {
		return "", "", false, err
	}
	if name, err = stateString(ctx, st, nameAttr); err != nil {
		return "", "", false, err
	}
	return ns, name, netnsExists(ns), nil
}

// foundLink: a bridge, TAP or VXLAN device carries its mark in its alias. A
// namespace that does not exist yet has no device in it.
func foundLink(ctx context.Context, st tfsdk.State) (bool, string, error) {
	ns, name, there, err := inNamespace(ctx, st, "name")
	if err != nil || !there {
		return false, "", err
	}
	var exists bool
	var mark string
	err = hostnet.Do(ns, func() error {
		link, err := hostnet.Link(name)
		if link != nil {
			exists, mark = true, hostnet.MarkOf(link)
		}
		return err
	})
	return exists, mark, err
}

// foundNat: NAT rules carry their mark in their comment.
func foundNat(ctx context.Context, st tfsdk.State) (bool, string, error) {
	ns, bridge, there, err := inNamespace(ctx, st, "bridge")
	if err != nil || !there {
		return false, "", err
	}
	var exists bool
	var mark string
	err = hostnet.Do(ns, func() error {
		ipt, err := iptables.New()
		if err != nil {
			return err
		}
		comments, err := natComments(ipt, bridge)
		if err != nil || len(comments) == 0 {
			return err
		}
		exists, mark = true, natMarkOf(comments[0], bridge)
		return nil
	})
	return exists, mark, err
}

// foundDhcp: a bridge's DHCP server keeps its mark beside its pid file; one
// without (a server running, or its files kept) carries none.
func foundDhcp(ctx context.Context, st tfsdk.State) (bool, string, error) {
	var m dhcpModel
	if err := getModel(ctx, st, &m); err != nil {
		return false, "", err
	}
	mark, err := m.markFound()
	if err != nil || mark != "" {
		return mark != "", mark, err
	}
	pid := m.livePid()
	_, dirErr := os.Stat(m.hostsDir())
	return pid != 0 || dirErr == nil, "", nil
}

// foundLxcContainer: a container carries its mark in its configuration.
func foundLxcContainer(ctx context.Context, st tfsdk.State) (bool, string, error) {
	var m lxcContainerModel
	if err := getModel(ctx, st, &m); err != nil {
		return false, "", err
	}
	if !m.Running.ValueBool() || !m.Autostart.ValueBool() {
		return false, "", nil // restore leaves it as it is, whoever's it is
	}
	if _, err := os.Stat(m.configPath()); os.IsNotExist(err) {
		return false, "", nil
	}
	mark, err := m.configMark()
	return true, mark, err
}

// restorable says whether restore may make or take the object rec describes:
// nil when it is absent or carries the record's mark; otherwise the refusal.
func restorableObject(ctx context.Context, rec loadedRecord) error {
	mark, err := stateString(ctx, rec.state, "mark")
	if err != nil {
		return err
	}
	exists, found, err := rec.kind.found(ctx, rec.state)
	if err != nil {
		return fmt.Errorf("looking for it on the host: %w", err)
	}
	switch ownership.Of(exists, found, mark) {
	case ownership.Absent, ownership.Ours:
		return nil
	}
	if exists && found == "" && mark == "" && legacyUnmarked[rec.kind.kind] {
		return nil // a record of a state written before marks: its unmarked object is its own
	}
	return ownership.Refusal(rec.label, found, mark)
}

// ensureNetns makes the named network namespace, with lo up, unless it exists.
func ensureNetns(ctx context.Context, name string) (string, error) {
	if h, err := netns.GetFromName(name); err == nil {
		if err := h.Close(); err != nil {
			return "", fmt.Errorf("closing the handle of network namespace %s: %w", name, err)
		}
		return "there already", nil
	}
	if _, err := hostexec.Run(ctx, "", "ip", "netns", "add", name); err != nil {
		return "", err
	}
	err := hostnet.Do(name, func() error {
		lo, err := hostnet.Link("lo")
		if err != nil || lo == nil {
			return fmt.Errorf("no lo in %s: %v", name, err)
		}
		return netlink.LinkSetUp(lo)
	})
	return "made, lo up", err
}

type loadedRecord struct {
	file  string
	kind  *restoreKind
	state tfsdk.State
	netns string
	// name is the bridge's or TAP's name (libvirt's guests are started on those in the host's namespace).
	name  string
	label string
}

// Restore replays the records in dir, logging each object to out; the error
// names every object that failed.
func Restore(ctx context.Context, dir string, out io.Writer) error {
	logf := func(format string, args ...any) { fmt.Fprintf(out, "hyperlab restore: "+format+"\n", args...) }
	start := time.Now()
	h := &restoreHost{dir: dir}
	files, err := h.records()
	if err != nil {
		return err
	}
	if len(files) == 0 {
		logf("no records in %s: nothing to restore", dir)
		return nil
	}
	var failed []string
	fail := func(what string, err error) {
		logf("FAILED %s: %v", what, err)
		failed = append(failed, what)
	}
	var loaded []loadedRecord
	namespaces := map[string]bool{}
	for _, file := range files {
		content, err := os.ReadFile(file)
		var rec loadedRecord
		if err == nil {
			rec.kind, rec.state, err = decodeRecord(ctx, content)
		}
		if err != nil {
			fail(filepath.Base(file), err)
			continue
		}
		rec.file = file
		id, err := stateString(ctx, rec.state, "id")
		if err == nil {
			rec.netns, err = stateString(ctx, rec.state, "netns")
		}
		rec.label = rec.kind.kind + " " + id
		if err == nil && (rec.kind.kind == "bridge" || rec.kind.kind == "tap") {
			rec.name, err = stateString(ctx, rec.state, "name")
		}
		if err == nil && rec.kind.kind == "lxc_container" {
			var lxcPath string
			lxcPath, err = stateString(ctx, rec.state, "lxc_path")
			rec.label += " in " + lxcPath
		}
		if err != nil {
			fail(filepath.Base(file), err)
			continue
		}
		loaded = append(loaded, rec)
		if rec.netns != "" {
			namespaces[rec.netns] = true
		}
	}
	logf("%d records in %s", len(files), dir)
	badNetns := map[string]bool{}
	for _, name := range sortedKeys(namespaces) {
		t := time.Now()
		if detail, err := ensureNetns(ctx, name); err != nil {
			fail("netns "+name, err)
			badNetns[name] = true
		} else {
			logf("ok netns %s: %s (%s)", name, detail, since(t))
		}
	}
	restored := 0
	rootBridges, rootTaps := map[string]bool{}, map[string]bool{}
	for _, k := range restoreKinds {
		for _, rec := range loaded {
			if rec.kind != k {
				continue
			}
			if badNetns[rec.netns] {
				fail(rec.label, fmt.Errorf("its network namespace %s could not be made", rec.netns))
				continue
			}
			if err := restorableObject(ctx, rec); err != nil {
				fail(rec.label, err)
				continue
			}
			t := time.Now()
			detail, err := k.restore(ctx, rec.state)
			if err != nil {
				fail(rec.label, err)
				continue
			}
			restored++
			logf("ok %s: %s (%s)", rec.label, detail, since(t))
			if rec.netns == "" && k.kind == "bridge" {
				rootBridges[rec.name] = true
			}
			if rec.netns == "" && k.kind == "tap" {
				rootTaps[rec.name] = true
			}
		}
	}
	failed = append(failed, restoreLibvirt(ctx, rootBridges, rootTaps, logf)...)
	logf("%d of %d objects restored in %s", restored, len(loaded), since(start))
	if len(failed) > 0 {
		return fmt.Errorf("%d failed: %s", len(failed), strings.Join(failed, ", "))
	}
	return nil
}

func since(t time.Time) string { return time.Since(t).Round(time.Millisecond).String() }

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// libvirtdRunning: a libvirt daemon's pid file names a live process. Never a
// connection attempt: under systemd that would start libvirtd through its socket,
// and the boot unit is ordered before libvirtd.
func libvirtdRunning() bool {
	for _, file := range []string{"/run/libvirtd.pid", "/run/virtqemud.pid", "/run/libvirt/virtqemud.pid"} {
		if b, err := os.ReadFile(file); err == nil {
			if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil && alive(pid) {
				return true
			}
		}
	}
	return false
}

type domainInterfaces struct {
	Interfaces []struct {
		Type   string `xml:"type,attr"`
		Source struct {
			Bridge string `xml:"bridge,attr"`
		} `xml:"source"`
		Target struct {
			Dev string `xml:"dev,attr"`
		} `xml:"target"`
	} `xml:"devices>interface"`
}

// domainUses says whether the domain's XML has a NIC on one of the bridges, or
// one that is one of the TAPs.
func domainUses(domainXML string, bridges, taps map[string]bool) (bool, error) {
	var d domainInterfaces
	if err := xml.Unmarshal([]byte(domainXML), &d); err != nil {
		return false, err
	}
	for _, nic := range d.Interfaces {
		if (nic.Type == "bridge" && bridges[nic.Source.Bridge]) || (nic.Type == "ethernet" && taps[nic.Target.Dev]) {
			return true, nil
		}
	}
	return false, nil
}

// restoreLibvirt is the last step; tests replace it, to leave the host's libvirt alone.
var restoreLibvirt = restoreLibvirtDomains

// restoreLibvirtDomains starts the domains marked autostart that are not running
// and hang on a restored bridge or TAP of the host's own namespace (libvirt sees
// no other): those whose autostart failed because the bridge was missing.
func restoreLibvirtDomains(ctx context.Context, bridges, taps map[string]bool, logf func(string, ...any)) (failed []string) {
	if len(bridges) == 0 && len(taps) == 0 {
		logf("libvirt: no restored bridge or TAP in the host's own namespace, so no domain to start")
		return nil
	}
	if !libvirtdRunning() {
		logf("libvirt: libvirtd is not running (yet); when it starts, it autostarts its domains itself, onto the restored bridges")
		return nil
	}
	virsh := func(args ...string) (hostexec.Result, error) {
		return hostexec.Run(ctx, "", append([]string{"virsh", "-c", "qemu:///system", "-q"}, args...)...)
	}
	list, err := virsh("list", "--inactive", "--autostart", "--name")
	if err != nil {
		logf("FAILED libvirt: listing domains: %v", err)
		return []string{"libvirt domains"}
	}
	started := 0
	for _, name := range strings.Fields(list.Stdout) {
		dump, err := virsh("dumpxml", "--inactive", name)
		uses := false
		if err == nil {
			uses, err = domainUses(dump.Stdout, bridges, taps)
		}
		if err == nil && !uses {
			continue
		}
		if err == nil {
			_, err = virsh("start", name)
		}
		if err != nil {
			logf("FAILED libvirt domain %s: %v", name, err)
			failed = append(failed, "libvirt domain "+name)
			continue
		}
		started++
		logf("ok libvirt domain %s: started (autostart, on a restored bridge or TAP)", name)
	}
	logf("libvirt: %d autostart domains started", started)
	return failed
}

// RestoreMain is `terraform-provider-hyperlab restore [--dir DIR] [--unit]`;
// it returns the exit status.
func RestoreMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", DefaultRestoreDir, "directory of the restore records")
	unit := fs.Bool("unit", false, "print the systemd unit the provider installs for this directory, and exit")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: terraform-provider-hyperlab restore [--dir DIR] [--unit]\n\n"+
			"Brings back after a reboot what the hyperlab resources made: network namespaces, bridges, VXLAN\n"+
			"devices, TAPs, NAT, DHCP servers, LXC containers with autostart, then libvirt autostart domains on those bridges.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "restore takes no arguments, got %q\n", fs.Args())
		return 2
	}
	if *unit {
		h := defaultRestoreHost()
		h.dir = *dir
		fmt.Fprint(stdout, h.restoreUnit())
		return 0
	}
	if err := Restore(context.Background(), *dir, stdout); err != nil {
		fmt.Fprintf(stderr, "hyperlab restore: %v\n", err)
		return 1
	}
	return 0
}
