package desktop_test

import (
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/desktop"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/standin"
)

// The desktop hypervisors' VMs in the ownership table: a VirtualBox VM of the
// resource's name, or a .vmx at its path, that a user (or another stack) made.
// The VMs run against the stand-in tools, which keep a VM's extradata as
// VirtualBox does; the other owner makes and marks its VM with the same tool.
func TestAccOwnershipDesktop(t *testing.T) {
	acctest.RequireNetns(t)
	state := standins(t)
	acctest.RunOwnershipTable(t, []acctest.OwnershipKind{virtualBoxOwnershipKind(t, state), vmwareOwnershipKind(t)})
}

// standinTool runs a stand-in tool as the other owner would run the real one.
func standinTool(t *testing.T, env string, args ...string) {
	t.Helper()
	if _, err := standinRun(env, args...); err != nil {
		t.Fatalf("%s %q: %v", os.Getenv(env), args, err)
	}
}

func standinRun(env string, args ...string) (string, error) {
	out, err := exec.Command(os.Getenv(env), args...).Output()
	if ee, ok := err.(*exec.ExitError); ok {
		return string(out), fmt.Errorf("%w: %s", err, ee.Stderr)
	}
	return string(out), err
}

func virtualBoxOwnershipKind(t *testing.T, state string) acctest.OwnershipKind {
	const name = "hlacc-own-vbox"
	base := filepath.Join(t.TempDir(), "vbox")
	image := filepath.Join(t.TempDir(), "debian.vdi")
	if err := os.WriteFile(image, []byte("disk"), 0o644); err != nil {
		t.Fatal(err)
	}
	vmFile := standin.VMPath(state, name)
	return acctest.OwnershipKind{
		Name: "virtualbox_vm", Address: "hyperlab_virtualbox_vm.x", ImportID: name,
		Config: func(mark string, change int) string {
			return fmt.Sprintf(`
resource "hyperlab_virtualbox_vm" "x" {
  name        = %q
  mark        = %q
  disk_image  = %q
  base_folder = %q
  cpus        = %d
  running     = true
  nics        = [{ kind = "nat", mac = "52:54:00:00:97:0a" }]
}
`, name, mark, image, base, 1+change)
		},
		Plant: func(t *testing.T, mark string) {
			// A VM the user made with VBoxManage, marked (by another stack) or not, and running.
			standinTool(t, desktop.VboxManageEnv, "createvm", "--name", name, "--ostype", "Debian_64", "--basefolder", base, "--register")
			standinTool(t, desktop.VboxManageEnv, "modifyvm", name, "--cpus", "2", "--memory", "2048")
			if mark != "" {
				standinTool(t, desktop.VboxManageEnv, "setextradata", name, desktop.VboxKeyOwner, mark)
			}
			standinTool(t, desktop.VboxManageEnv, "startvm", name, "--type", "headless")
		},
		Remark: func(t *testing.T, mark string) {
			if mark == "" {
				standinTool(t, desktop.VboxManageEnv, "setextradata", name, desktop.VboxKeyOwner)
			} else {
				standinTool(t, desktop.VboxManageEnv, "setextradata", name, desktop.VboxKeyOwner, mark)
			}
		},
		Fingerprint: func(t *testing.T) string {
			b, err := os.ReadFile(vmFile)
			if err != nil {
				t.Fatal(err)
			}
			return string(b) // the VM's settings, state, NICs and extradata, as the stand-in keeps them
		},
		Exists: func(t *testing.T) bool {
			_, err := os.Stat(vmFile)
			return err == nil
		},
		Remove: func(t *testing.T) {
			if err := os.Remove(vmFile); err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			if err := os.RemoveAll(filepath.Join(base, name)); err != nil {
				t.Fatal(err)
			}
		},
	}
}

func vmwareOwnershipKind(t *testing.T) acctest.OwnershipKind {
	vmx := filepath.Join(t.TempDir(), "own", "own.vmx")
	return acctest.OwnershipKind{
		Name: "vmware_vm", Address: "hyperlab_vmware_vm.x", ImportID: vmx,
		Config: func(mark string, change int) string {
			return fmt.Sprintf(`
resource "hyperlab_vmware_vm" "x" {
  vmx_path     = %q
  mark         = %q
  display_name = "hlacc-own-vmware"
  cpus         = %d
  running      = true
  nics         = [{ connection_type = "nat", mac = "00:50:56:00:97:0a" }]
}
`, vmx, mark, 1+change)
		},
		Plant: func(t *testing.T, mark string) {
			// A VM the user made in VMware (its .vmx), marked by another stack or not, and running.
			lines := []string{`.encoding = "UTF-8"`, `config.version = "8"`, `virtualHW.version = "19"`,
				`displayName = "users-vm"`, `guestOS = "ubuntu-64"`, `numvcpus = "4"`, `memsize = "4096"`,
				`ethernet0.present = "TRUE"`, `ethernet0.connectionType = "bridged"`, `ethernet0.addressType = "generated"`,
				`ethernet0.generatedAddress = "00:0c:29:aa:bb:cc"`}
			if mark != "" {
				lines = append(lines, fmt.Sprintf("hyperlab.owner = %q", mark))
			}
			if err := os.MkdirAll(filepath.Dir(vmx), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(vmx, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			standinTool(t, desktop.VmrunEnv, "-T", "player", "start", vmx, "nogui")
		},
		Remark: func(t *testing.T, mark string) {
			b, err := os.ReadFile(vmx)
			if err != nil {
				t.Fatal(err)
			}
			var kept []string
			for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
				if !strings.HasPrefix(strings.ToLower(line), "hyperlab.owner ") {
					kept = append(kept, line)
				}
			}
			if mark != "" {
				kept = append(kept, fmt.Sprintf("hyperlab.owner = %q", mark))
			}
			if err := os.WriteFile(vmx, []byte(strings.Join(kept, "\n")+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		},
		Fingerprint: func(t *testing.T) string {
			b, err := os.ReadFile(vmx)
			if err != nil {
				t.Fatal(err)
			}
			out, err := standinRun(desktop.VmrunEnv, "-T", "player", "list")
			if err != nil {
				t.Fatal(err)
			}
			return fmt.Sprintf("vmx sha256=%x running=%q", sha256.Sum256(b), out)
		},
		Exists: func(t *testing.T) bool {
			_, err := os.Stat(vmx)
			return err == nil
		},
		Remove: func(t *testing.T) {
			if out, _ := standinRun(desktop.VmrunEnv, "-T", "player", "list"); strings.Contains(out, vmx) {
				standinTool(t, desktop.VmrunEnv, "-T", "player", "stop", vmx, "hard")
			}
			if err := os.RemoveAll(filepath.Dir(vmx)); err != nil {
				t.Fatal(err)
			}
		},
	}
}
