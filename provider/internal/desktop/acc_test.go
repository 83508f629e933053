package desktop_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/desktop"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/standin"
)

// standins builds the stand-in tools into a temporary directory and points the
// provider at them ($HYPERLAB_VBOXMANAGE, ...), with an empty state directory of
// their own. It returns that state directory.
func standins(t *testing.T) string {
	t.Helper()
	bin := t.TempDir()
	out := filepath.Join(bin, "standin")
	// The go on PATH (tools/test-provider.sh puts it there): built with -trimpath,
	// as the tests are, runtime.GOROOT() is empty.
	build := exec.CommandContext(t.Context(), "go", "build", "-o", out, "../standin/cmd")
	if msg, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the stand-in: %v\n%s", err, msg)
	}
	for env, name := range map[string]string{desktop.VboxManageEnv: "VBoxManage", desktop.VmrunEnv: "vmrun", desktop.VmwareNetworksEnv: "vmware-networks"} {
		if err := os.Symlink(out, filepath.Join(bin, name)); err != nil {
			t.Fatal(err)
		}
		t.Setenv(env, filepath.Join(bin, name))
	}
	state := filepath.Join(t.TempDir(), "state")
	t.Setenv("HYPERLAB_STANDIN_DIR", state)
	return state
}

// calls is what the stand-ins were asked to do, one command line each.
func calls(t *testing.T, state string) []string {
	b, _ := os.ReadFile(filepath.Join(state, "calls.log"))
	return strings.Split(strings.TrimSpace(string(b)), "\n")
}

// editVM changes a stand-in VM's state file as a person would change the VM.
func editVM(t *testing.T, state, name string, edit func(*standin.VboxVM)) {
	t.Helper()
	p := standin.VMPath(state, name)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var vm standin.VboxVM
	if err := json.Unmarshal(b, &vm); err != nil {
		t.Fatal(err)
	}
	edit(&vm)
	if b, err = json.Marshal(&vm); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// inOrder checks that each wanted line is a call, after the previous one.
func inOrder(all []string, want ...string) bool {
	i := 0
	for _, line := range all {
		if i < len(want) && line == want[i] {
			i++
		}
	}
	return i == len(want)
}
