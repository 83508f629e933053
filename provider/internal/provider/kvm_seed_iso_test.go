package provider

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
	if err := writeSeedISO(file, want); err != nil {
		t.Fatal(err)
	}
	got, err := readSeedISO(file)
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
