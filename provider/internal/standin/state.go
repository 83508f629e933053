// Package standin is a stand-in for VBoxManage, vmrun and vmware-networks: the
// real tools cannot be installed where the tests run. It keeps what it manages as
// files in the directory $HYPERLAB_STANDIN_DIR (one JSON file per VirtualBox VM,
// one list of running .vmx paths), so a test can change them as a person would
// change the real VM, and it refuses arguments the real tool would refuse per its
// documented syntax, so the tests check what the provider sends.
package standin

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Dir is the stand-in's state directory.
func Dir() (string, error) {
	dir := os.Getenv("HYPERLAB_STANDIN_DIR")
	if dir == "" {
		return "", errors.New("standin: HYPERLAB_STANDIN_DIR is not set")
	}
	return dir, os.MkdirAll(dir, 0o755)
}

// logCall appends the command line to calls.log, one line per call, so a test
// can check the order of what the provider ran (power off before modifyvm).
func logCall(dir, tool string, args []string) error {
	f, err := os.OpenFile(filepath.Join(dir, "calls.log"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = fmt.Fprintln(f, tool+" "+strings.Join(args, " "))
	return err
}

// VboxVM is one registered VirtualBox VM as the stand-in keeps it.
type VboxVM struct {
	Name        string            `json:"name"`
	OSType      string            `json:"ostype"`
	BaseFolder  string            `json:"basefolder"`
	Cpus        int               `json:"cpus"`
	MemoryMiB   int               `json:"memory"`
	State       string            `json:"state"` // "poweroff" or "running"
	Nics        [8]VboxNic        `json:"nics"`
	Controllers map[string]string `json:"controllers"` // name -> bus
	Disks       []string          `json:"disks"`
	ExtraData   map[string]string `json:"extradata,omitempty"`
}

// VboxNic is one adapter slot.
type VboxNic struct {
	Attachment string `json:"attachment"` // none, nat, bridged, hostonly, ...
	Bridge     string `json:"bridge,omitempty"`
	HostOnly   string `json:"hostonly,omitempty"`
	Mac        string `json:"mac"` // 12 hex digits
}

// VMPath is the file a VM's state lives in.
func VMPath(dir, name string) string { return filepath.Join(dir, "vbox-"+name+".json") }

func loadVM(dir, name string) (*VboxVM, error) {
	b, err := os.ReadFile(VMPath(dir, name))
	if os.IsNotExist(err) {
		// The real tool's words, which the provider reads as "gone".
		return nil, fmt.Errorf("VBoxManage: error: Could not find a registered machine named '%s'", name)
	}
	if err != nil {
		return nil, err
	}
	var vm VboxVM
	return &vm, json.Unmarshal(b, &vm)
}

func saveVM(dir string, vm *VboxVM) error {
	b, err := json.MarshalIndent(vm, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(VMPath(dir, vm.Name), append(b, '\n'), 0o644)
}
