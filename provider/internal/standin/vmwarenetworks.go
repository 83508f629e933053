package standin

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// networkingLine is the grammar of VMware's networking file (/etc/vmware/networking
// on Linux): a VERSION line, `answer VNET_N_KEY VALUE` lines and
// `add_bridge_mapping INTERFACE N` lines.
var networkingLine = regexp.MustCompile(`^(VERSION=1,0|answer VNET_([0-9]|1[0-9])_(DHCP|DHCP_CFG_HASH|DISPLAY_NAME|HOSTONLY_NETMASK|HOSTONLY_SUBNET|HOSTONLY_UUID|NAT|NAT_PARAM_UDP_TIMEOUT|VIRTUAL_ADAPTER) ?[^ ]*|add_bridge_mapping [A-Za-z0-9_][A-Za-z0-9_.-]{0,14} ([0-9]|1[0-9])|answer VNL_DEFAULT_BRIDGE_VNET -?[0-9]+)$`)

// VmwareNetworks runs `vmware-networks --start|--stop|--status`. On --start it
// reads the networking file named by $HYPERLAB_STANDIN_NETWORKING and refuses
// one with a line the real tool would not understand.
func VmwareNetworks(args []string, out io.Writer) error {
	dir, err := Dir()
	if err != nil {
		return err
	}
	if err := logCall(dir, "vmware-networks", args); err != nil {
		return err
	}
	if len(args) != 1 || !oneOf("--start", "--stop", "--status")(args[0]) {
		return fmt.Errorf("vmware-networks: usage: vmware-networks --start|--stop|--status (got %q)", args)
	}
	state := filepath.Join(dir, "vmware-networks-started")
	switch args[0] {
	case "--stop":
		return os.RemoveAll(state)
	case "--status":
		if _, err := os.Stat(state); err != nil {
			fmt.Fprintln(out, "Network services are not running")
		} else {
			fmt.Fprintln(out, "Network services are running")
		}
		return nil
	}
	file := os.Getenv("HYPERLAB_STANDIN_NETWORKING")
	b, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("vmware-networks: cannot read the networking file: %v", err)
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if !networkingLine.MatchString(line) {
			return fmt.Errorf("vmware-networks: %s line %d not understood: %q", file, i+1, line)
		}
	}
	return os.WriteFile(state, b, 0o644)
}
