package kvmstore

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
)

// overlaysOf reads real qcow2 headers (made by qemu-img): an overlay naming the
// image by absolute path, one naming it relative to its own directory, and ones
// that must not count (another backing file, a raw file, a qcow2 without one).
func TestOverlaysOf(t *testing.T) {
	pool := t.TempDir()
	image := filepath.Join(pool, "_images", "base")
	other := filepath.Join(pool, "_images", "other")
	for _, dir := range []string{"_images", "a", "b", "c", "d"} {
		if err := os.MkdirAll(filepath.Join(pool, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	qemuImg := func(args ...string) {
		t.Helper()
		if out, err := exec.Command("qemu-img", args...).CombinedOutput(); err != nil {
			t.Fatalf("qemu-img %v: %v\n%s", args, err, out)
		}
	}
	qemuImg("create", "-q", "-f", "qcow2", image, "1M")
	qemuImg("create", "-q", "-f", "qcow2", other, "1M")
	qemuImg("create", "-q", "-f", "qcow2", "-F", "qcow2", "-b", image, filepath.Join(pool, "a", "boot.qcow2"))
	// Relative: qemu-img resolves it against the overlay's directory, and so must the search.
	qemuImg("create", "-q", "-f", "qcow2", "-F", "qcow2", "-b", "../_images/base", filepath.Join(pool, "b", "boot.qcow2"))
	qemuImg("create", "-q", "-f", "qcow2", "-F", "qcow2", "-b", other, filepath.Join(pool, "c", "boot.qcow2"))
	qemuImg("create", "-q", "-f", "raw", filepath.Join(pool, "d", "disk0.raw"), "1M")
	qemuImg("create", "-q", "-f", "qcow2", filepath.Join(pool, "d", "disk1.qcow2"), "1M")
	got, err := overlaysOf(image, pool)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(pool, "a", "boot.qcow2"), filepath.Join(pool, "b", "boot.qcow2")}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("overlays of %s: got %v, want %v", image, got, want)
	}
	if got, _ := overlaysOf(filepath.Join(pool, "_images", "none"), pool); len(got) != 0 {
		t.Fatalf("an image no one uses has overlays %v", got)
	}
}
