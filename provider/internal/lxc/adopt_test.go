package lxc

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"
)

// An lxc-create killed halfway can leave a root filesystem whose configuration
// lacks the NICs: such a container must not be adopted as if finished.
func TestFinishedByCreate(t *testing.T) {
	ctx := context.Background()
	nics, _ := types.ListValueFrom(ctx, NicType, []Nic{{
		Bridge: types.StringValue("hlbr0"), Hwaddr: types.StringValue("52:54:00:12:34:56"),
		IPv4: types.StringValue("10.1.0.5/24"), Gateway: types.StringValue("10.1.0.1"), VlanID: types.Int64Null(),
	}})
	dir := t.TempDir()
	m := &ContainerModel{
		Name: types.StringValue("ct"), LxcPath: types.StringValue(dir), Template: types.StringValue("busybox"), Nics: nics,
		TemplateArgs: types.ListValueMust(types.StringType, nil), IDMapStart: types.Int64Value(100000), IDMapCount: types.Int64Value(65536),
		MemoryMiB: types.Int64Null(), Cpus: types.Int64Null(), Autostart: types.BoolValue(false),
	}
	root := filepath.Join(dir, "ct")
	write := func(rel, text string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(root, rel)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, rel), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if m.finishedByCreate(ctx) {
		t.Fatal("no container at all counted as finished")
	}
	write("rootfs/sbin/init", "")
	write("config", "lxc.uts.name = ct\nlxc.rootfs.path = dir:"+root+"/rootfs\n")
	write("rootfs/etc/init.d/rcS", "#!/bin/sh\n")
	if m.finishedByCreate(ctx) {
		t.Fatal("a configuration without the NICs counted as finished")
	}
	config, err := m.CreateConfig(ctx)
	if err != nil {
		t.Fatal(err)
	}
	write("config", strings.Join(config, "\n")+"\nlxc.rootfs.path = dir:"+root+"/rootfs\n")
	if !m.finishedByCreate(ctx) {
		t.Fatal("a finished container was not recognised")
	}
	// Killed before it removed its mark (a job cancelled kills lxc-create with its group).
	write("partial", "")
	if m.finishedByCreate(ctx) {
		t.Fatal("a container lxc-create had not finished (partial left) counted as finished")
	}
	if err := os.Remove(filepath.Join(root, "partial")); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(root, "rootfs/etc/init.d/rcS")); err != nil {
		t.Fatal(err)
	}
	if m.finishedByCreate(ctx) {
		t.Fatal("a busybox container without its rcS counted as finished")
	}
}

// An lxc-create killed right after it marked the container leaves a directory
// with only the mark: LXC knows no such container and refuses to make it again.
func TestRemoveDeadCreate(t *testing.T) {
	dir := t.TempDir()
	m := &ContainerModel{Name: types.StringValue("ct"), LxcPath: types.StringValue(dir)}
	root := filepath.Join(dir, "ct")
	if err := m.removeDeadCreate(); err != nil {
		t.Fatalf("no directory at all: %v", err)
	}
	// A directory without the mark is not lxc-create's: it stays.
	if err := os.MkdirAll(filepath.Join(root, "rootfs"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := m.removeDeadCreate(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(root); err != nil {
		t.Fatalf("a directory without lxc-create's mark was removed: %v", err)
	}
	if err := os.WriteFile(filepath.Join(root, "partial"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := m.removeDeadCreate(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(root); !os.IsNotExist(err) {
		t.Fatalf("the half-made directory is still there: %v", err)
	}
}
