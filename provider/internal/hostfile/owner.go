// Package hostfile writes the files the provider owns on the host (disk images,
// cloud-init seeds) so that a killed apply never leaves one that looks finished:
// a file is made under a temporary name, marked with its owner, and renamed into
// place last. The mark is an extended attribute, so it travels with the file.
package hostfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
)

// Attr is the extended attribute user.hyperlab.NAME of path: "" when it has none.
func Attr(path, name string) (string, error) {
	buf := make([]byte, 8192)
	n, err := unix.Getxattr(path, "user.hyperlab."+name, buf)
	if errors.Is(err, unix.ENODATA) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("reading the extended attribute user.hyperlab.%s of %s: %w", name, path, err)
	}
	return string(buf[:n]), nil
}

// SetAttr sets the extended attribute user.hyperlab.NAME of path ("" removes it).
func SetAttr(path, name, value string) error {
	var err error
	if value == "" {
		if err = unix.Removexattr(path, "user.hyperlab."+name); errors.Is(err, unix.ENODATA) {
			err = nil
		}
	} else {
		err = unix.Setxattr(path, "user.hyperlab."+name, []byte(value), 0)
	}
	if err != nil {
		return fmt.Errorf("setting the extended attribute user.hyperlab.%s of %s (the filesystem must take user extended attributes): %w", name, path, err)
	}
	return nil
}

// Owner is the owner mark of path: "" when it has none, an error when it cannot be read.
func Owner(path string) (string, error) { return Attr(path, "owner") }

// SetOwner marks path as owner's.
func SetOwner(path, owner string) error { return SetAttr(path, "owner", owner) }

// MakeDir makes dir and any missing parents, marking each directory it made so
// that RemoveDirIfEmpty takes away only what it made.
func MakeDir(dir string) error {
	var missing []string
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil {
			break
		}
		missing = append(missing, d)
		if d == filepath.Dir(d) {
			break
		}
	}
	for i := len(missing) - 1; i >= 0; i-- {
		if err := os.Mkdir(missing[i], 0o755); err != nil && !errors.Is(err, os.ErrExist) {
			return fmt.Errorf("making %s: %w", missing[i], err)
		}
		if err := SetAttr(missing[i], "made", "1"); err != nil {
			return err
		}
	}
	return nil
}

// RemoveDirIfEmpty removes dir, then its parents, as long as each is empty and
// was made by MakeDir.
func RemoveDirIfEmpty(dir string) {
	for d := filepath.Clean(dir); d != filepath.Dir(d); d = filepath.Dir(d) {
		if made, err := Attr(d, "made"); err != nil || made != "1" {
			return
		}
		if os.Remove(d) != nil { // fails, as it should, while anything is left in it
			return
		}
	}
}

// TempPath is where a file for path is made before it is renamed into place: in
// the same directory (so the rename is atomic), hidden, and named after path.
func TempPath(path string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".hyperlab-partial")
}

// Place marks the finished temporary file as owner's and renames it to path.
func Place(temp, path, owner string) error {
	if err := SetOwner(temp, owner); err != nil {
		return errors.Join(err, Remove(temp))
	}
	if err := os.Rename(temp, path); err != nil {
		return errors.Join(fmt.Errorf("moving %s into place: %w", path, err), Remove(temp))
	}
	return nil
}

// Claim says whether the file at path may be taken or changed by a resource
// whose marks are own (the configured one first, then the one it applied last):
// it must carry one of them. One with another's mark, or none, is refused by
// name (ownership.Refusal), and nothing is done to it.
func Claim(path string, own ...string) error {
	found, err := Owner(path)
	if err != nil {
		return err
	}
	if ownership.Of(true, found, own...) != ownership.Ours {
		want := ""
		if len(own) > 0 {
			want = own[0]
		}
		return ownership.Refusal(path, found, want)
	}
	return nil
}

// Remove removes a file (a temporary one a failed or killed step left); one
// already gone is no error.
func Remove(temp string) error {
	if err := os.Remove(temp); err != nil && !os.IsNotExist(err) {
		return err
	}
	return nil
}
