package standin

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// The syntax checked here is that of VMware's "Syntax of the vmrun Command"
// (https://techdocs.broadcom.com/us/en/vmware-cis/desktop-hypervisors/workstation-pro/25H2/using-vmware-workstation-pro/using-the-vmrun-command-to-control-virtual-machines/syntax-of-the-vmrun-command.html):
// `vmrun [-T ws|fusion|player] start PATH [gui|nogui]`, `stop PATH [hard|soft]`, `list`.

var (
	vmxLine   = regexp.MustCompile(`^[A-Za-z0-9_.:]+ = "[^"]*"$`)
	staticMac = regexp.MustCompile(`^00:50:56:[0-3][0-9a-fA-F]:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}$`)
)

func runningPath(dir string) string { return filepath.Join(dir, "vmrun-running") }

// Running is the stand-in's list of running .vmx paths, one per line (none
// when the list was never written).
func Running(dir string) []string {
	paths, err := running(dir)
	if err != nil {
		panic(err) // a test helper's reading of its own state directory
	}
	return paths
}

func running(dir string) ([]string, error) {
	b, err := os.ReadFile(runningPath(dir))
	if err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	var paths []string
	for _, line := range strings.Split(string(b), "\n") {
		if line != "" {
			paths = append(paths, line)
		}
	}
	return paths, nil
}

func setRunning(dir string, paths []string) error {
	text := strings.Join(paths, "\n")
	if text != "" {
		text += "\n"
	}
	return os.WriteFile(runningPath(dir), []byte(text), 0o644)
}

// Vmrun runs one vmrun command line.
func Vmrun(args []string, out io.Writer) error {
	dir, err := Dir()
	if err != nil {
		return err
	}
	if err := logCall(dir, "vmrun", args); err != nil {
		return err
	}
	if len(args) >= 2 && args[0] == "-T" {
		if !oneOf("ws", "fusion", "player", "server", "server1", "esx", "vc")(args[1]) {
			return fmt.Errorf("Error: Unrecognized host type %q", args[1])
		}
		args = args[2:]
	}
	if len(args) == 0 {
		return fmt.Errorf("Error: no command given")
	}
	running, err := running(dir)
	if err != nil {
		return fmt.Errorf("Error: %v", err)
	}
	switch args[0] {
	case "list":
		if len(args) != 1 {
			return fmt.Errorf("Error: Invalid arguments to list")
		}
		fmt.Fprintf(out, "Total running VMs: %d\n", len(running))
		for _, p := range running {
			fmt.Fprintln(out, p)
		}
		return nil
	case "start":
		if len(args) < 2 || len(args) > 3 || (len(args) == 3 && !oneOf("gui", "nogui")(args[2])) {
			return fmt.Errorf("Error: start takes a .vmx path and gui or nogui (got %q)", args[1:])
		}
		if err := checkVmx(args[1]); err != nil {
			return err
		}
		for _, p := range running {
			if p == args[1] {
				return fmt.Errorf("Error: The virtual machine is already running")
			}
		}
		return setRunning(dir, append(running, args[1]))
	case "stop":
		if len(args) < 2 || len(args) > 3 || (len(args) == 3 && !oneOf("hard", "soft")(args[2])) {
			return fmt.Errorf("Error: stop takes a .vmx path and hard or soft (got %q)", args[1:])
		}
		kept := running[:0]
		for _, p := range running {
			if p != args[1] {
				kept = append(kept, p)
			}
		}
		if len(kept) == len(running) {
			return fmt.Errorf("Error: The virtual machine is not powered on: %s", args[1])
		}
		return setRunning(dir, kept)
	}
	return fmt.Errorf("Error: Unrecognized command: %s", args[0])
}

// checkVmx refuses what VMware would refuse to power on: no file, lines that are
// not `key = "value"`, no config.version or virtualHW.version, and a static MAC
// outside VMware's static range 00:50:56:00:00:00-00:50:56:3F:FF:FF.
func checkVmx(path string) error {
	if !filepath.IsAbs(path) || filepath.Ext(path) != ".vmx" {
		return fmt.Errorf("Error: Cannot open VM: %s, the virtual machine cannot be found", path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("Error: Cannot open VM: %s, the virtual machine cannot be found", path)
	}
	keys := map[string]string{}
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !vmxLine.MatchString(line) {
			return fmt.Errorf("Error: %s line %d is not a key = \"value\" line: %q", path, i+1, line)
		}
		k, v, _ := strings.Cut(line, " = ")
		keys[strings.ToLower(k)] = strings.Trim(v, `"`)
	}
	for _, k := range []string{"config.version", "virtualhw.version"} {
		if keys[k] == "" {
			return fmt.Errorf("Error: The configuration file %s has no %s", path, k)
		}
	}
	for k, v := range keys {
		if strings.HasSuffix(k, ".addresstype") && v == "static" {
			mac := keys[strings.TrimSuffix(k, "addresstype")+"address"]
			if !staticMac.MatchString(mac) {
				return fmt.Errorf("Error: Invalid MAC address specified %q (static MACs are 00:50:56:00:00:00-00:50:56:3F:FF:FF)", mac)
			}
		}
	}
	return nil
}
