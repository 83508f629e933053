package restore

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

	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/vishvananda/netlink"
	"github.com/vishvananda/netns"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// wrapper says whether restore may make or take the object rec describes:
// nil when it is absent or carries the record's mark; otherwise the refusal.
func restorableObject(ctx context.Context, rec loadedRecord) error {
	mark, err := resourceutil.StateString(ctx, rec.state, "mark")
	if err != nil {
		return err
	}
	exists, found, err := rec.kind.Found(ctx, rec.state)
	if err != nil {
		return fmt.Errorf("looking for it on the host: %w", err)
	}
	switch ownership.Of(exists, found, mark) {
	case ownership.Absent, ownership.Ours:
		return nil
	}
	if exists && found == "" && mark == "" && rec.kind.LegacyUnmarked {
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
	kind  *Kind
	state tfsdk.State
	netns string
	// name is the bridge's or TAP's name (libvirt's guests are started on those in the host's namespace).
	name  string
	label string
}

// Run replays the records in dir, logging each object to out; the error
// names every object that failed.
func Run(ctx context.Context, kinds Kinds, dir string, out io.Writer) error {
	logf := func(format string, args ...any) { fmt.Fprintf(out, "hyperlab restore: "+format+"\n", args...) }
	start := time.Now()
	h := &Host{Dir: dir}
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
			rec.kind, rec.state, err = decodeRecord(ctx, kinds, content)
		}
		if err != nil {
			fail(filepath.Base(file), err)
			continue
		}
		rec.file = file
		id, err := resourceutil.StateString(ctx, rec.state, "id")
		if err == nil {
			rec.netns, err = resourceutil.StateString(ctx, rec.state, "netns")
		}
		rec.label = rec.kind.Name + " " + id
		if err == nil && rec.kind.NIC != NICNone {
			rec.name, err = resourceutil.StateString(ctx, rec.state, "name")
		}
		if err == nil && rec.kind.LabelIn != "" {
			var in string
			in, err = resourceutil.StateString(ctx, rec.state, rec.kind.LabelIn)
			rec.label += " in " + in
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
	for _, k := range kinds {
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
			detail, err := k.Restore(ctx, rec.state)
			if err != nil {
				fail(rec.label, err)
				continue
			}
			restored++
			logf("ok %s: %s (%s)", rec.label, detail, since(t))
			if rec.netns == "" && k.NIC == NICBridge {
				rootBridges[rec.name] = true
			}
			if rec.netns == "" && k.NIC == NICTap {
				rootTaps[rec.name] = true
			}
		}
	}
	failed = append(failed, startLibvirtDomains(ctx, rootBridges, rootTaps, logf)...)
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
			if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil && resourceutil.Alive(pid) {
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

// startLibvirtDomains is the last step; tests replace it, to leave the host's libvirt alone.
var startLibvirtDomains = restoreLibvirtDomains

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

// Main is `terraform-provider-hyperlab restore [--dir DIR] [--unit]` over
// the given kinds, until ctx ends; it returns the exit status.
func Main(ctx context.Context, kinds Kinds, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", DefaultDir, "directory of the restore records")
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
		h := DefaultHost()
		h.Dir = *dir
		fmt.Fprint(stdout, h.unit())
		return 0
	}
	if err := Run(ctx, kinds, *dir, stdout); err != nil {
		fmt.Fprintf(stderr, "hyperlab restore: %v\n", err)
		return 1
	}
	return 0
}
