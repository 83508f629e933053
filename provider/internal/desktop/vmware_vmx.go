package desktop

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// vmxSpec is what the resource writes into a .vmx.
type vmxSpec struct {
	DisplayName string
	GuestOS     string
	Cpus        int64
	MemoryMiB   int64
	Disks       []string
	Nics        []vmxNic
	// Owner is the resource's owner mark, kept as the .vmx key hyperlab.owner
	// (VMware keeps keys it does not know, and a person reads it in the file).
	Owner string
}

// vmxNic is one ethernetN: VMware's own bridged/hostonly/nat networks, or
// "custom" on vmnet Vnet; always with a static MAC.
type vmxNic struct {
	ConnectionType string
	Vnet           int64 // -1 unless custom
	Mac            string
}

// The keys the resource owns, lower case: anything else VMware or a person
// writes into the file is kept as it is.
var managedVmxKey = regexp.MustCompile(`^(hyperlab\.owner|displayname|guestos|numvcpus|memsize|scsi0\.present|scsi0\.virtualdev|` +
	`scsi0:[0-9]+\.(present|filename)|ethernet[0-9]+\.(present|virtualdev|connectiontype|vnet|addresstype|address))$`)

// vmxHeader is written when the file is new: VMware needs both versions to power on.
var vmxHeader = []string{`.encoding = "UTF-8"`, `config.version = "8"`, `virtualHW.version = "19"`}

// vmxKeyOwner is the .vmx key that holds the owner mark.
const vmxKeyOwner = "hyperlab.owner"

func vmxLine(key, value string) string { return fmt.Sprintf("%s = %q", key, value) }

// managedLines are the resource's keys, always in this order, so the same spec
// gives the same bytes.
func (s vmxSpec) managedLines() []string {
	lines := []string{
		vmxLine("displayName", s.DisplayName), vmxLine("guestOS", s.GuestOS),
		vmxLine("numvcpus", strconv.FormatInt(s.Cpus, 10)), vmxLine("memsize", strconv.FormatInt(s.MemoryMiB, 10)),
	}
	if len(s.Disks) > 0 {
		lines = append(lines, vmxLine("scsi0.present", "TRUE"), vmxLine("scsi0.virtualDev", "lsilogic"))
	}
	for i, disk := range s.Disks {
		lines = append(lines, vmxLine(fmt.Sprintf("scsi0:%d.present", i), "TRUE"), vmxLine(fmt.Sprintf("scsi0:%d.fileName", i), disk))
	}
	for i, nic := range s.Nics {
		p := fmt.Sprintf("ethernet%d.", i)
		lines = append(lines, vmxLine(p+"present", "TRUE"), vmxLine(p+"virtualDev", "e1000"), vmxLine(p+"connectionType", nic.ConnectionType))
		if nic.ConnectionType == "custom" {
			// On a Linux host a custom network is named by its device.
			lines = append(lines, vmxLine(p+"vnet", fmt.Sprintf("/dev/vmnet%d", nic.Vnet)))
		}
		lines = append(lines, vmxLine(p+"addressType", "static"), vmxLine(p+"address", nic.Mac))
	}
	if s.Owner != "" {
		lines = append(lines, vmxLine(vmxKeyOwner, s.Owner))
	}
	return lines
}

// renderVmx is `existing` (a .vmx, or "" for a new one) with the managed keys
// replaced by the spec's: the other lines stay, in their order, and the managed
// block follows them.
func renderVmx(existing string, s vmxSpec) string {
	var kept []string
	if strings.TrimSpace(existing) == "" {
		kept = append(kept, vmxHeader...)
	}
	for _, line := range strings.Split(strings.TrimRight(existing, "\n"), "\n") {
		key, _, ok := strings.Cut(line, "=")
		if line == "" || ok && managedVmxKey.MatchString(strings.ToLower(strings.TrimSpace(key))) {
			continue
		}
		kept = append(kept, line)
	}
	return strings.Join(append(kept, s.managedLines()...), "\n") + "\n"
}

// readVmxSpec is the spec a .vmx holds, from its managed keys only. A number
// key that is absent reads as 0; one that is there but not a number is an error.
func readVmxSpec(text string) (vmxSpec, error) {
	v := parseVmx(text)
	s := vmxSpec{DisplayName: v["displayname"], GuestOS: v["guestos"], Owner: v[vmxKeyOwner]}
	var err error
	if s.Cpus, err = vmxNumber(v, "numvcpus"); err != nil {
		return s, err
	}
	if s.MemoryMiB, err = vmxNumber(v, "memsize"); err != nil {
		return s, err
	}
	for i := 0; strings.EqualFold(v[fmt.Sprintf("scsi0:%d.present", i)], "TRUE"); i++ {
		s.Disks = append(s.Disks, v[fmt.Sprintf("scsi0:%d.filename", i)])
	}
	var slots []int
	for key, value := range v {
		var n int
		if _, err := fmt.Sscanf(key, "ethernet%d.present", &n); err == nil && strings.EqualFold(value, "TRUE") && key == fmt.Sprintf("ethernet%d.present", n) {
			slots = append(slots, n)
		}
	}
	sort.Ints(slots)
	for _, n := range slots {
		p := fmt.Sprintf("ethernet%d.", n)
		nic := vmxNic{ConnectionType: strings.ToLower(v[p+"connectiontype"]), Vnet: -1}
		if nic.ConnectionType == "custom" {
			digits := strings.TrimLeft(strings.ToLower(v[p+"vnet"]), "/devmnt")
			if vnet, err := strconv.ParseInt(digits, 10, 64); err == nil {
				nic.Vnet = vnet
			}
		}
		if strings.EqualFold(v[p+"addresstype"], "static") {
			nic.Mac = strings.ToLower(v[p+"address"])
		} else {
			nic.Mac = strings.ToLower(v[p+"generatedaddress"]) // not static: shows as drift
		}
		s.Nics = append(s.Nics, nic)
	}
	return s, nil
}

// vmxNumber is the integer at key, 0 when the key is absent.
func vmxNumber(v map[string]string, key string) (int64, error) {
	text, ok := v[key]
	if !ok {
		return 0, nil
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("the .vmx's %s = %q is not a number", key, text)
	}
	return n, nil
}
