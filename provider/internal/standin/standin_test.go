package standin

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The stand-ins must refuse what the real tools refuse, or the provider's tests
// would pass with arguments the real tools reject.

func vbm(t *testing.T, args ...string) error {
	t.Helper()
	return VBoxManage(args, io.Discard)
}

func TestVBoxManageRefusals(t *testing.T) {
	t.Setenv("HYPERLAB_STANDIN_DIR", t.TempDir())
	base := t.TempDir()
	if err := vbm(t, "-q", "createvm", "--name", "a", "--ostype", "Debian_64", "--basefolder", base, "--register"); err != nil {
		t.Fatal(err)
	}
	refused := [][]string{
		{"createvm", "--name", "a", "--basefolder", base, "--register"},                      // registered already
		{"createvm", "--nam", "b", "--register"},                                             // unknown option
		{"modifyvm", "a", "--macaddress1", "08:00:27:00:00:01"},                              // colons: 12 hex digits only
		{"modifyvm", "a", "--macaddress1", "0800270000"},                                     // too short
		{"modifyvm", "a", "--nic9", "nat"},                                                   // no ninth slot
		{"modifyvm", "a", "--nic1", "bridge"},                                                // not an attachment type
		{"modifyvm", "a", "--nic1", "bridged"},                                               // bridged without an adapter
		{"modifyvm", "a", "--cpus", "0"},                                                     // no CPU
		{"modifyvm", "a", "--memory"},                                                        // option without its value
		{"modifyvm", "b", "--cpus", "1"},                                                     // no such VM
		{"startvm", "a", "--type", "invisible"},                                              // not a session type
		{"controlvm", "a", "poweroff"},                                                       // not running
		{"unregistervm", "a", "--purge"},                                                     // not an option
		{"clonemedium", "disk", "/nonexistent.vdi", filepath.Join(base, "x.vdi")},            // no source
		{"storageattach", "a", "--storagectl", "SATA", "--port", "0", "--device", "0"},       // no such controller
		{"import", "/nonexistent.ova", "--vsys", "0", "--vmname", "c", "--basefolder", base}, // no appliance
		{"showvminfo", "a"},                                                                  // not machine readable
		{"frobnicate", "a"},                                                                  // not a command
	}
	for _, args := range refused {
		if err := vbm(t, args...); err == nil {
			t.Errorf("VBoxManage %s was accepted", strings.Join(args, " "))
		}
	}
	if err := vbm(t, "startvm", "a", "--type", "headless"); err != nil {
		t.Fatal(err)
	}
	// A running VM takes no modifyvm, and cannot be unregistered.
	for _, args := range [][]string{{"modifyvm", "a", "--cpus", "2"}, {"unregistervm", "a", "--delete"}, {"startvm", "a"}} {
		err := vbm(t, args...)
		if err == nil || !strings.Contains(err.Error(), "lock") {
			t.Errorf("VBoxManage %s on a running VM: %v", strings.Join(args, " "), err)
		}
	}
	if err := vbm(t, "showvminfo", "gone", "--machinereadable"); err == nil || !strings.Contains(err.Error(), "Could not find a registered machine named 'gone'") {
		t.Errorf("showvminfo of no VM: %v", err)
	}
}

func TestVmrunRefusals(t *testing.T) {
	t.Setenv("HYPERLAB_STANDIN_DIR", t.TempDir())
	dir := t.TempDir()
	good := filepath.Join(dir, "good.vmx")
	badMac := filepath.Join(dir, "badmac.vmx")
	noHw := filepath.Join(dir, "nohw.vmx")
	head := ".encoding = \"UTF-8\"\nconfig.version = \"8\"\n"
	for path, text := range map[string]string{
		good:   head + "virtualHW.version = \"19\"\nethernet0.addressType = \"static\"\nethernet0.address = \"00:50:56:3f:ff:ff\"\n",
		badMac: head + "virtualHW.version = \"19\"\nethernet0.addressType = \"static\"\nethernet0.address = \"00:50:56:40:00:00\"\n",
		noHw:   head,
	} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	refused := [][]string{
		{"-T", "player", "start", badMac, "nogui"},  // static MAC outside 00:50:56:00:00:00-3F:FF:FF
		{"-T", "player", "start", noHw, "nogui"},    // no virtualHW.version
		{"-T", "player", "start", good, "headless"}, // gui or nogui only
		{"-T", "workstation", "list"},               // not a host type
		{"-T", "player", "stop", good},              // not running
		{"-T", "player", "start", "relative.vmx"},   // not a path to a .vmx
	}
	for _, args := range refused {
		if err := Vmrun(args, io.Discard); err == nil {
			t.Errorf("vmrun %s was accepted", strings.Join(args, " "))
		}
	}
	if err := Vmrun([]string{"-T", "player", "start", good, "nogui"}, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := Vmrun([]string{"-T", "player", "start", good, "nogui"}, io.Discard); err == nil {
		t.Error("a running VM was started again")
	}
	var out strings.Builder
	if err := Vmrun([]string{"-T", "player", "list"}, &out); err != nil || out.String() != "Total running VMs: 1\n"+good+"\n" {
		t.Errorf("list: %q %v", out.String(), err)
	}
}

func TestVmwareNetworksRefusals(t *testing.T) {
	t.Setenv("HYPERLAB_STANDIN_DIR", t.TempDir())
	file := filepath.Join(t.TempDir(), "networking")
	t.Setenv("HYPERLAB_STANDIN_NETWORKING", file)
	for text, ok := range map[string]bool{
		"VERSION=1,0\nanswer VNET_3_HOSTONLY_SUBNET 10.0.3.0\nadd_bridge_mapping hlbr0 2\n": true,
		"VERSION=1,0\nanswer VNET_20_NAT yes\n":                                             false, // vmnet 0-19
		"VERSION=1,0\nanswer VNET_3_COLOUR blue\n":                                          false, // no such key
		"VERSION=1,0\nadd_bridge_mapping -x 2\n":                                            false,
	} {
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := VmwareNetworks([]string{"--start"}, io.Discard); (err == nil) != ok {
			t.Errorf("--start with %q: %v", text, err)
		}
	}
	if err := VmwareNetworks([]string{"--restart"}, io.Discard); err == nil {
		t.Error("--restart accepted")
	}
}

// Extradata as VirtualBox keeps it: set on a running VM too, removed by a set
// without a value or with an empty one, listed by enumerate as "Key: K, Value: V".
func TestVBoxManageExtraData(t *testing.T) {
	t.Setenv("HYPERLAB_STANDIN_DIR", t.TempDir())
	base := t.TempDir()
	get := func(args ...string) string {
		t.Helper()
		var out strings.Builder
		if err := VBoxManage(args, &out); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	for _, args := range [][]string{
		{"createvm", "--name", "a", "--basefolder", base, "--register"},
		{"startvm", "a", "--type", "headless"},
		{"setextradata", "a", "hyperlab/owner", "lab/a.vm"},
		{"setextradata", "a", "hyperlab/os-type", "Debian_64"},
	} {
		if err := vbm(t, args...); err != nil {
			t.Fatalf("VBoxManage %s: %v", strings.Join(args, " "), err)
		}
	}
	if got := get("getextradata", "a", "enumerate"); got != "Key: hyperlab/os-type, Value: Debian_64\nKey: hyperlab/owner, Value: lab/a.vm\n" {
		t.Fatalf("enumerate: %q", got)
	}
	if got := get("getextradata", "a", "hyperlab/owner"); got != "Value: lab/a.vm\n" {
		t.Fatalf("get: %q", got)
	}
	if err := vbm(t, "setextradata", "a", "hyperlab/owner", ""); err != nil {
		t.Fatal(err)
	}
	if err := vbm(t, "setextradata", "a", "hyperlab/os-type"); err != nil {
		t.Fatal(err)
	}
	if got := get("getextradata", "a", "hyperlab/owner"); got != "No value set!\n" {
		t.Fatalf("after an empty value: %q", got)
	}
	if got := get("getextradata", "a", "enumerate"); got != "" {
		t.Fatalf("enumerate after removing both: %q", got)
	}
}
