package standin

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// The syntax checked here is that of the VirtualBox manual's chapter
// "VBoxManage" (createvm, modifyvm, import, clonemedium, storagectl,
// storageattach, startvm, controlvm, unregistervm, showvminfo, setextradata,
// getextradata).

var (
	macHex  = regexp.MustCompile(`^[0-9A-Fa-f]{12}$`)
	nicOpt  = regexp.MustCompile(`^--(nic|bridgeadapter|hostonlyadapter|macaddress|nictype|cableconnected)([1-8])$`)
	attachs = map[string]bool{"none": true, "null": true, "nat": true, "bridged": true, "intnet": true, "hostonly": true, "generic": true, "natnetwork": true}
)

// VBoxManage runs one VBoxManage command line.
func VBoxManage(args []string, out io.Writer) error {
	dir, err := Dir()
	if err != nil {
		return err
	}
	if err := logCall(dir, "VBoxManage", args); err != nil {
		return err
	}
	for len(args) > 0 && (args[0] == "-q" || args[0] == "--nologo") {
		args = args[1:]
	}
	if len(args) == 0 {
		return fmt.Errorf("VBoxManage: error: no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "createvm":
		return createvm(dir, rest)
	case "registervm":
		return fmt.Errorf("VBoxManage: error: the stand-in does not read .vbox files (registervm %s)", strings.Join(rest, " "))
	case "modifyvm":
		return modifyvm(dir, rest)
	case "import":
		return importOva(dir, rest)
	case "clonemedium":
		return clonemedium(rest)
	case "storagectl":
		return storagectl(dir, rest)
	case "storageattach":
		return storageattach(dir, rest)
	case "startvm":
		return startvm(dir, rest)
	case "controlvm":
		return controlvm(dir, rest)
	case "unregistervm":
		return unregistervm(dir, rest)
	case "showvminfo":
		return showvminfo(dir, rest, out)
	case "setextradata":
		return setextradata(dir, rest)
	case "getextradata":
		return getextradata(dir, rest, out)
	}
	return fmt.Errorf("VBoxManage: error: Invalid command '%s'", cmd)
}

// options splits "--opt value" pairs (and "--opt=value"); flags lists the
// options that take no value. Anything else is a syntax error.
func options(args []string, flags map[string]bool, known func(string) bool) (map[string]string, error) {
	opts := map[string]string{}
	for i := 0; i < len(args); i++ {
		opt, value, hasValue := strings.Cut(args[i], "=")
		if !strings.HasPrefix(opt, "--") || !known(opt) {
			return nil, fmt.Errorf("VBoxManage: error: Invalid parameter '%s'", args[i])
		}
		if flags[opt] {
			opts[opt] = ""
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				return nil, fmt.Errorf("VBoxManage: error: Missing argument to '%s'", opt)
			}
			i++
			value = args[i]
		}
		opts[opt] = value
	}
	return opts, nil
}

func oneOf(names ...string) func(string) bool {
	return func(s string) bool {
		for _, n := range names {
			if s == n {
				return true
			}
		}
		return false
	}
}

func newVM(name, ostype, base string) *VboxVM {
	vm := &VboxVM{Name: name, OSType: ostype, BaseFolder: base, Cpus: 1, MemoryMiB: 128, State: "poweroff", Controllers: map[string]string{}}
	for i := range vm.Nics {
		vm.Nics[i] = VboxNic{Attachment: "none", Mac: fmt.Sprintf("0800270000%02X", i+1)}
	}
	vm.Nics[0].Attachment = "nat"
	return vm
}

// register writes the VM's settings file where VirtualBox would, BASE/NAME/NAME.vbox.
func register(dir string, vm *VboxVM) error {
	if _, err := os.Stat(VMPath(dir, vm.Name)); err == nil {
		return fmt.Errorf("VBoxManage: error: Machine settings file '%s' already exists", filepath.Join(vm.BaseFolder, vm.Name, vm.Name+".vbox"))
	}
	if err := os.MkdirAll(filepath.Join(vm.BaseFolder, vm.Name), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(vm.BaseFolder, vm.Name, vm.Name+".vbox"), []byte("<VirtualBox/>\n"), 0o644); err != nil {
		return err
	}
	return saveVM(dir, vm)
}

func createvm(dir string, args []string) error {
	opts, err := options(args, map[string]bool{"--register": true}, oneOf("--name", "--ostype", "--basefolder", "--register", "--groups", "--uuid", "--default"))
	if err != nil {
		return err
	}
	name := opts["--name"]
	if name == "" {
		return fmt.Errorf("VBoxManage: error: Parameter --name is required")
	}
	if _, ok := opts["--register"]; !ok {
		return fmt.Errorf("standin: createvm without --register writes a settings file only; the provider always registers")
	}
	base := opts["--basefolder"]
	if !filepath.IsAbs(base) {
		return fmt.Errorf("standin: createvm --basefolder %q: the stand-in needs an absolute folder", base)
	}
	ostype := opts["--ostype"]
	if ostype == "" {
		ostype = "Other"
	}
	return register(dir, newVM(name, ostype, base))
}

func importOva(dir string, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return fmt.Errorf("VBoxManage: error: Missing OVF/OVA file name")
	}
	ova := args[0]
	if _, err := os.Stat(ova); err != nil {
		return fmt.Errorf("VBoxManage: error: Appliance read failed: %v", err)
	}
	opts, err := options(args[1:], nil, oneOf("--vsys", "--vmname", "--basefolder", "--ostype", "--memory", "--cpus"))
	if err != nil {
		return err
	}
	if opts["--vsys"] != "0" {
		return fmt.Errorf("VBoxManage: error: --vmname and --basefolder need --vsys 0 before them for a one-system appliance (got --vsys %q)", opts["--vsys"])
	}
	if opts["--vmname"] == "" || !filepath.IsAbs(opts["--basefolder"]) {
		return fmt.Errorf("standin: import needs --vmname and an absolute --basefolder")
	}
	vm := newVM(opts["--vmname"], "Debian_64", opts["--basefolder"])
	vm.MemoryMiB = 512
	return register(dir, vm)
}

func clonemedium(args []string) error {
	if len(args) > 0 && (args[0] == "disk" || args[0] == "dvd" || args[0] == "floppy") {
		args = args[1:]
	}
	if len(args) < 2 || strings.HasPrefix(args[0], "-") || strings.HasPrefix(args[1], "-") {
		return fmt.Errorf("VBoxManage: error: clonemedium needs a source and a target")
	}
	opts, err := options(args[2:], map[string]bool{"--existing": true}, oneOf("--format", "--variant", "--existing"))
	if err != nil {
		return err
	}
	if f, ok := opts["--format"]; ok && !oneOf("VDI", "VMDK", "VHD", "RAW")(f) {
		return fmt.Errorf("VBoxManage: error: Invalid format '%s'", f)
	}
	src, dst := args[0], args[1]
	data, err := os.ReadFile(src)
	if err != nil {
		return fmt.Errorf("VBoxManage: error: Could not find file for the medium '%s'", src)
	}
	if _, err := os.Stat(dst); err == nil {
		return fmt.Errorf("VBoxManage: error: Cannot register the hard disk '%s' because a hard disk with that location already exists", dst)
	}
	return os.WriteFile(dst, data, 0o644)
}

// unlocked loads a VM that a command may change: not while it runs.
func unlocked(dir, name string) (*VboxVM, error) {
	vm, err := loadVM(dir, name)
	if err != nil {
		return nil, err
	}
	if vm.State == "running" {
		return nil, fmt.Errorf("VBoxManage: error: The machine '%s' is already locked for a session (or being unlocked)", name)
	}
	return vm, nil
}

func storagectl(dir string, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("VBoxManage: error: storagectl needs a VM")
	}
	vm, err := unlocked(dir, args[0])
	if err != nil {
		return err
	}
	opts, err := options(args[1:], nil, oneOf("--name", "--add", "--controller", "--portcount", "--bootable", "--hostiocache"))
	if err != nil {
		return err
	}
	if opts["--name"] == "" || !oneOf("ide", "sata", "scsi", "floppy", "sas", "usb", "pcie", "virtio")(opts["--add"]) {
		return fmt.Errorf("VBoxManage: error: storagectl needs --name and --add ide|sata|scsi|floppy|sas|usb|pcie|virtio")
	}
	if p, ok := opts["--portcount"]; ok {
		if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 30 {
			return fmt.Errorf("VBoxManage: error: Invalid --portcount '%s'", p)
		}
	}
	vm.Controllers[opts["--name"]] = opts["--add"]
	return saveVM(dir, vm)
}

func storageattach(dir string, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("VBoxManage: error: storageattach needs a VM")
	}
	vm, err := unlocked(dir, args[0])
	if err != nil {
		return err
	}
	opts, err := options(args[1:], nil, oneOf("--storagectl", "--port", "--device", "--type", "--medium"))
	if err != nil {
		return err
	}
	if _, ok := vm.Controllers[opts["--storagectl"]]; !ok {
		return fmt.Errorf("VBoxManage: error: Could not find a storage controller named '%s'", opts["--storagectl"])
	}
	for _, n := range []string{"--port", "--device"} {
		if _, err := strconv.Atoi(opts[n]); err != nil {
			return fmt.Errorf("VBoxManage: error: Invalid %s '%s'", n, opts[n])
		}
	}
	if !oneOf("hdd", "dvddrive", "fdd")(opts["--type"]) {
		return fmt.Errorf("VBoxManage: error: Invalid --type '%s'", opts["--type"])
	}
	if _, err := os.Stat(opts["--medium"]); err != nil {
		return fmt.Errorf("VBoxManage: error: Could not find file for the medium '%s'", opts["--medium"])
	}
	vm.Disks = append(vm.Disks, opts["--medium"])
	return saveVM(dir, vm)
}

func modifyvm(dir string, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return fmt.Errorf("VBoxManage: error: modifyvm needs a VM")
	}
	vm, err := unlocked(dir, args[0])
	if err != nil {
		return err
	}
	opts, err := options(args[1:], nil, func(o string) bool { return o == "--cpus" || o == "--memory" || nicOpt.MatchString(o) })
	if err != nil {
		return err
	}
	for opt, value := range opts {
		switch opt {
		case "--cpus":
			n, err := strconv.Atoi(value)
			if err != nil || n < 1 || n > 64 {
				return fmt.Errorf("VBoxManage: error: Invalid number of CPUs '%s'", value)
			}
			vm.Cpus = n
		case "--memory":
			n, err := strconv.Atoi(value)
			if err != nil || n < 4 {
				return fmt.Errorf("VBoxManage: error: Invalid RAM size '%s'", value)
			}
			vm.MemoryMiB = n
		default:
			m := nicOpt.FindStringSubmatch(opt)
			slot, err := strconv.Atoi(m[2])
			if err != nil {
				return fmt.Errorf("VBoxManage: error: Invalid NIC number '%s'", m[2])
			}
			nic := &vm.Nics[slot-1]
			switch m[1] {
			case "nic":
				if !attachs[value] {
					return fmt.Errorf("VBoxManage: error: Invalid type '%s' specfied for NIC %d", value, slot)
				}
				nic.Attachment = value
			case "bridgeadapter":
				nic.Bridge = value
			case "hostonlyadapter":
				nic.HostOnly = value
			case "macaddress":
				if value != "auto" && !macHex.MatchString(value) {
					return fmt.Errorf("VBoxManage: error: Invalid MAC address format '%s': 12 hexadecimal digits without separators", value)
				}
				nic.Mac = strings.ToUpper(value)
			case "nictype":
				if !oneOf("Am79C970A", "Am79C973", "82540EM", "82543GC", "82545EM", "virtio")(value) {
					return fmt.Errorf("VBoxManage: error: Invalid NIC type '%s' specified for NIC %d", value, slot)
				}
			case "cableconnected":
				if value != "on" && value != "off" {
					return fmt.Errorf("VBoxManage: error: Invalid --cableconnected%d argument '%s'", slot, value)
				}
			}
		}
	}
	for slot, nic := range vm.Nics {
		if nic.Attachment == "bridged" && nic.Bridge == "" || nic.Attachment == "hostonly" && nic.HostOnly == "" {
			return fmt.Errorf("standin: NIC %d is %s without an adapter", slot+1, nic.Attachment)
		}
	}
	return saveVM(dir, vm)
}

func startvm(dir string, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("VBoxManage: error: startvm needs a VM")
	}
	vm, err := loadVM(dir, args[0])
	if err != nil {
		return err
	}
	opts, err := options(args[1:], nil, oneOf("--type"))
	if err != nil {
		return err
	}
	if t, ok := opts["--type"]; ok && !oneOf("gui", "sdl", "headless", "separate")(t) {
		return fmt.Errorf("VBoxManage: error: Invalid session type '%s'", t)
	}
	if vm.State == "running" {
		return fmt.Errorf("VBoxManage: error: The machine '%s' is already locked by a session (or being locked or unlocked)", vm.Name)
	}
	vm.State = "running"
	return saveVM(dir, vm)
}

func controlvm(dir string, args []string) error {
	if len(args) != 2 || !oneOf("poweroff", "acpipowerbutton", "pause", "resume", "reset", "savestate")(args[1]) {
		return fmt.Errorf("VBoxManage: error: controlvm takes a VM and one of poweroff, acpipowerbutton, pause, resume, reset, savestate here (got %q)", args)
	}
	vm, err := loadVM(dir, args[0])
	if err != nil {
		return err
	}
	if vm.State != "running" {
		return fmt.Errorf("VBoxManage: error: Machine '%s' is not currently running", vm.Name)
	}
	if args[1] == "poweroff" {
		vm.State = "poweroff"
	}
	return saveVM(dir, vm)
}

func unregistervm(dir string, args []string) error {
	if len(args) == 0 || len(args) > 2 || (len(args) == 2 && args[1] != "--delete") {
		return fmt.Errorf("VBoxManage: error: unregistervm takes a VM and optionally --delete (got %q)", args)
	}
	vm, err := loadVM(dir, args[0])
	if err != nil {
		return err
	}
	if vm.State == "running" {
		return fmt.Errorf("VBoxManage: error: Cannot unregister the machine '%s' while it is locked", vm.Name)
	}
	if len(args) == 2 {
		// --delete removes the settings and the media attached to the VM.
		for _, disk := range vm.Disks {
			if err := os.Remove(disk); err != nil && !os.IsNotExist(err) {
				return fmt.Errorf("VBoxManage: error: Could not delete the medium '%s': %v", disk, err)
			}
		}
		if err := os.RemoveAll(filepath.Join(vm.BaseFolder, vm.Name)); err != nil {
			return fmt.Errorf("VBoxManage: error: Could not delete the folder of '%s': %v", vm.Name, err)
		}
	}
	return os.Remove(VMPath(dir, vm.Name))
}

func showvminfo(dir string, args []string, out io.Writer) error {
	if len(args) != 2 || args[1] != "--machinereadable" {
		return fmt.Errorf("standin: showvminfo is answered with --machinereadable only (got %q)", args)
	}
	vm, err := loadVM(dir, args[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "name=%q\ngroups=\"/\"\nostype=%q\nCfgFile=%q\nmemory=%d\ncpus=%d\nVMState=%q\n",
		vm.Name, vm.OSType, filepath.Join(vm.BaseFolder, vm.Name, vm.Name+".vbox"), vm.MemoryMiB, vm.Cpus, vm.State)
	for i, nic := range vm.Nics {
		n := i + 1
		switch nic.Attachment {
		case "bridged":
			fmt.Fprintf(out, "bridgeadapter%d=%q\n", n, nic.Bridge)
		case "hostonly":
			fmt.Fprintf(out, "hostonlyadapter%d=%q\n", n, nic.HostOnly)
		case "nat":
			fmt.Fprintf(out, "natnet%d=\"nat\"\n", n)
		}
		if nic.Attachment != "none" {
			fmt.Fprintf(out, "macaddress%d=%q\ncableconnected%d=\"on\"\n", n, nic.Mac, n)
		}
		fmt.Fprintf(out, "nic%d=%q\n", n, nic.Attachment)
	}
	return nil
}

// setextradata VM KEY [VALUE]: sets the key, or without a value (or with an
// empty one) removes it, as IMachine::setExtraData does. Like the real tool, it
// works on a running VM too: extradata is not hardware.
func setextradata(dir string, args []string) error {
	if len(args) < 2 || len(args) > 3 {
		return fmt.Errorf("VBoxManage: error: setextradata takes a VM, a key and a value (got %q)", args)
	}
	vm, err := loadVM(dir, args[0])
	if err != nil {
		return err
	}
	if vm.ExtraData == nil {
		vm.ExtraData = map[string]string{}
	}
	if len(args) == 2 || args[2] == "" {
		delete(vm.ExtraData, args[1])
	} else {
		vm.ExtraData[args[1]] = args[2]
	}
	return saveVM(dir, vm)
}

// getextradata VM KEY|enumerate, in the real tool's words.
func getextradata(dir string, args []string, out io.Writer) error {
	if len(args) != 2 {
		return fmt.Errorf("VBoxManage: error: getextradata takes a VM and a key or enumerate (got %q)", args)
	}
	vm, err := loadVM(dir, args[0])
	if err != nil {
		return err
	}
	if args[1] != "enumerate" {
		if v, ok := vm.ExtraData[args[1]]; ok {
			fmt.Fprintf(out, "Value: %s\n", v)
		} else {
			fmt.Fprintln(out, "No value set!")
		}
		return nil
	}
	keys := make([]string, 0, len(vm.ExtraData))
	for k := range vm.ExtraData {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(out, "Key: %s, Value: %s\n", k, vm.ExtraData[k])
	}
	return nil
}
