package kvm

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The seed reads back as written, and the names and label are those NoCloud
// looks for, as another ISO reader (isoinfo, from genisoimage) sees them.
func TestSeedISO(t *testing.T) {
	file := filepath.Join(t.TempDir(), "seed dir with space.iso")
	want := map[string]string{"user-data": "#cloud-config\nhostname: a\n", "meta-data": "instance-id: a-1\n", "network-config": ""}
	if err := WriteSeedISO(file, want); err != nil {
		t.Fatal(err)
	}
	got, err := ReadSeedISO(file)
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range want {
		if got[name] != content {
			t.Errorf("%s: got %q, want %q", name, got[name], content)
		}
	}
	out, err := exec.Command("isoinfo", "-d", "-i", file).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Volume id: cidata") || !strings.Contains(string(out), "Rock Ridge") {
		t.Fatalf("isoinfo -d: %v\n%s", err, out)
	}
	out, err = exec.Command("isoinfo", "-R", "-f", "-i", file).CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "/meta-data\n/user-data" {
		t.Fatalf("isoinfo -R -f: %v\n%s", err, out)
	}
}

// vendor-data is written into the image beside the others and reads back with its
// content, as NoCloud reads it (isoinfo's Rock Ridge view, and its extraction).
func TestSeedISOVendorData(t *testing.T) {
	file := filepath.Join(t.TempDir(), "seed.iso")
	vendor := "#cloud-config\ntimezone: \"UTC\"\n"
	want := map[string]string{"user-data": "#cloud-config\nhostname: a\n", "meta-data": "instance-id: a-2\n", "vendor-data": vendor}
	if err := WriteSeedISO(file, want); err != nil {
		t.Fatal(err)
	}
	got, err := ReadSeedISO(file)
	if err != nil {
		t.Fatal(err)
	}
	if got["vendor-data"] != vendor {
		t.Errorf("vendor-data: got %q, want %q", got["vendor-data"], vendor)
	}
	out, err := exec.Command("isoinfo", "-R", "-f", "-i", file).CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "/meta-data\n/user-data\n/vendor-data" {
		t.Fatalf("isoinfo -R -f: %v\n%s", err, out)
	}
	out, err = exec.Command("isoinfo", "-R", "-i", file, "-x", "/vendor-data").Output()
	if err != nil || string(out) != vendor {
		t.Fatalf("isoinfo -x /vendor-data: %v: got %q, want %q", err, out, vendor)
	}
	// Without vendor data the image has no vendor-data file, and reads back "".
	delete(want, "vendor-data")
	if err := WriteSeedISO(file, want); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadSeedISO(file); err != nil || got["vendor-data"] != "" {
		t.Fatalf("without vendor data: %v, vendor-data %q", err, got["vendor-data"])
	}
}
