package hostfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Directories made for a file go with the last file; one that was there stays.
func TestMakeDirRemovesOnlyWhatItMade(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "pool", "guest")
	if err := MakeDir(dir); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "boot.qcow2")
	if err := os.WriteFile(TempPath(file), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Place(TempPath(file), file, "stack/abc/boot"); err != nil {
		t.Fatal(err)
	}
	RemoveDirIfEmpty(dir) // not empty: stays
	if _, err := os.Stat(file); err != nil {
		t.Fatal(err)
	}
	if err := Claim(file, "stack/abc/boot"); err != nil {
		t.Fatalf("its own file refused: %v", err)
	}
	if err := Claim(file, "other/def/boot"); err == nil || !strings.Contains(err.Error(), `the owner mark "stack/abc/boot"`) {
		t.Fatalf("another's file taken: %v", err)
	}
	// The mark the resource applied last is its own too (the configured one changed since).
	if err := Claim(file, "stack/abc/renamed", "stack/abc/boot"); err != nil {
		t.Fatalf("its own file, under its former mark, refused: %v", err)
	}
	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	RemoveDirIfEmpty(dir)
	if _, err := os.Stat(filepath.Join(root, "pool")); !os.IsNotExist(err) {
		t.Fatalf("the directories MakeDir made are still there: %v", err)
	}
	if _, err := os.Stat(root); err != nil {
		t.Fatalf("a directory MakeDir did not make was removed: %v", err)
	}
	unmarked := filepath.Join(root, "plain")
	if err := os.WriteFile(unmarked, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Claim(unmarked, "stack/abc/boot"); err == nil || !strings.Contains(err.Error(), "no owner mark") {
		t.Fatalf("a file without a mark was taken: %v", err)
	}
	// An empty own mark (an imported state's) never makes an unmarked file ours.
	if err := Claim(unmarked, "stack/abc/boot", ""); err == nil || !strings.Contains(err.Error(), "no owner mark") {
		t.Fatalf("a file without a mark was taken against an empty mark: %v", err)
	}
}
