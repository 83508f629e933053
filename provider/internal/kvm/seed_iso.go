package kvm

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"

	diskfs "github.com/diskfs/go-diskfs"
	backendfile "github.com/diskfs/go-diskfs/backend/file"
	"github.com/diskfs/go-diskfs/disk"
	"github.com/diskfs/go-diskfs/filesystem"
	"github.com/diskfs/go-diskfs/filesystem/iso9660"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostfile"
)

// The NoCloud datasource finds its seed by this volume label, and reads the
// files by these names (Rock Ridge keeps them as written: plain ISO 9660 would
// make them USER_DAT and the like).
const seedLabel = "cidata"

var seedFiles = []string{"meta-data", "network-config", "user-data", "vendor-data"}

// WriteSeedISO writes an ISO 9660 image with Rock Ridge names holding files
// (name to content; an empty content leaves the file out).
func WriteSeedISO(file string, files map[string]string) error {
	if err := hostfile.Remove(file); err != nil {
		return err
	}
	size := int64(1 << 20)
	for _, content := range files {
		size += int64(len(content)) + 2048
	}
	d, err := diskfs.Create(file, size, diskfs.SectorSizeDefault)
	if err != nil {
		return fmt.Errorf("making the seed image %s: %w", file, err)
	}
	defer d.Close()
	d.LogicalBlocksize = 2048
	fs, err := d.CreateFilesystem(disk.FilesystemSpec{Partition: 0, FSType: filesystem.TypeISO9660, VolumeLabel: seedLabel})
	if err != nil {
		return fmt.Errorf("making the seed image %s: %w", file, err)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if files[name] == "" {
			continue
		}
		f, err := fs.OpenFile("/"+name, os.O_CREATE|os.O_RDWR)
		if err != nil {
			return fmt.Errorf("writing %s into the seed image: %w", name, err)
		}
		if _, err := f.Write([]byte(files[name])); err != nil {
			return fmt.Errorf("writing %s into the seed image: %w", name, err)
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	iso, ok := fs.(*iso9660.FileSystem)
	if !ok {
		return fmt.Errorf("the seed image %s is not ISO 9660", file)
	}
	if err := iso.Finalize(iso9660.FinalizeOptions{RockRidge: true, VolumeIdentifier: seedLabel}); err != nil {
		return fmt.Errorf("finishing the seed image %s: %w", file, err)
	}
	return nil
}

// ReadSeedISO reads the seed files back from an image (a missing file is "").
func ReadSeedISO(file string) (map[string]string, error) {
	img, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("opening the seed image %s: %w", file, err)
	}
	defer img.Close()
	info, err := img.Stat()
	if err != nil {
		return nil, err
	}
	fs, err := iso9660.Read(backendfile.New(img, true), info.Size(), 0, 0)
	if err != nil {
		return nil, fmt.Errorf("reading the seed image %s: %w", file, err)
	}
	out := map[string]string{}
	entries, err := fs.ReadDir(".")
	if err != nil {
		return nil, fmt.Errorf("reading the seed image %s: %w", file, err)
	}
	present := map[string]bool{}
	for _, e := range entries {
		present[e.Name()] = true
	}
	for _, name := range seedFiles {
		if !present[name] {
			out[name] = ""
			continue
		}
		f, err := fs.OpenFile(name, os.O_RDONLY)
		if err != nil {
			return nil, fmt.Errorf("reading %s from the seed image %s: %w", name, file, err)
		}
		b, err := io.ReadAll(f)
		if err := errors.Join(err, f.Close()); err != nil {
			return nil, fmt.Errorf("reading %s from the seed image %s: %w", name, file, err)
		}
		out[name] = string(b)
	}
	return out, nil
}
