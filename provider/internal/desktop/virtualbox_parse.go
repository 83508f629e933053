package desktop

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// vboxInfo is what Read needs from `VBoxManage showvminfo NAME --machinereadable`.
type vboxInfo struct {
	Name       string
	Cpus       int64
	MemoryMiB  int64
	State      string // VMState: "running", "poweroff", "saved", "aborted", ...
	BaseFolder string // the folder the VM's own folder is in (from CfgFile)
	Nics       []vboxNic
}

// vboxNic is one adapter as showvminfo reports it.
type vboxNic struct {
	Kind    string // "bridged", "hostonly" or "nat" ("none" adapters are not listed)
	Adapter string // bridge or host-only adapter; "" for NAT
	Mac     string // lower case, colon separated
}

// parseMachineReadable splits showvminfo's key=value lines. Keys are quoted when
// they hold spaces ("IDE Controller-0-0"="..."), values when they are strings;
// the last word wins for a repeated key. Lines of other shapes (a logo, a
// "Time offset=0rtcuseutc=..." run-on of old versions) are kept as they split.
func parseMachineReadable(out string) map[string]string {
	values := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimRight(line, "\r")
		key, value, ok := cutKey(line)
		if !ok {
			continue
		}
		values[key] = unquote(value)
	}
	return values
}

// cutKey splits `key=value` or `"key with spaces"=value`.
func cutKey(line string) (key, value string, ok bool) {
	if strings.HasPrefix(line, `"`) {
		end := strings.Index(line[1:], `"=`)
		if end < 0 {
			return "", "", false
		}
		return line[1 : end+1], line[end+3:], true
	}
	return strings.Cut(line, "=")
}

func unquote(value string) string {
	if len(value) >= 2 && strings.HasPrefix(value, `"`) && strings.HasSuffix(value, `"`) {
		return value[1 : len(value)-1]
	}
	return value
}

// parseVboxInfo reads the attributes the resource manages; up to `slots` NICs.
func parseVboxInfo(out string, slots int) (vboxInfo, error) {
	v := parseMachineReadable(out)
	info := vboxInfo{Name: v["name"], State: v["VMState"]}
	var err error
	if info.Cpus, err = strconv.ParseInt(v["cpus"], 10, 64); err != nil {
		return info, fmt.Errorf("showvminfo: cpus %q: %w", v["cpus"], err)
	}
	if info.MemoryMiB, err = strconv.ParseInt(v["memory"], 10, 64); err != nil {
		return info, fmt.Errorf("showvminfo: memory %q: %w", v["memory"], err)
	}
	if cfg := v["CfgFile"]; cfg != "" {
		info.BaseFolder = filepath.Dir(filepath.Dir(cfg))
	}
	// NICs are listed in slot order; the resource's list ends at the last one in use.
	nics := make([]vboxNic, 0, slots)
	for slot := 1; slot <= slots; slot++ {
		n := strconv.Itoa(slot)
		nic := vboxNic{Kind: v["nic"+n], Mac: colonMac(v["macaddress"+n])}
		switch nic.Kind {
		case "bridged":
			nic.Adapter = v["bridgeadapter"+n]
		case "hostonly":
			nic.Adapter = v["hostonlyadapter"+n]
		case "nat":
		case "none", "null", "":
			nic.Kind = "none"
		}
		nics = append(nics, nic)
	}
	for len(nics) > 0 && nics[len(nics)-1].Kind == "none" {
		nics = nics[:len(nics)-1]
	}
	info.Nics = nics
	return info, nil
}

// colonMac turns VirtualBox's 080027A345B5 into 08:00:27:a3:45:b5.
func colonMac(hex string) string {
	if len(hex) != 12 {
		return strings.ToLower(hex)
	}
	parts := make([]string, 6)
	for i := range parts {
		parts[i] = strings.ToLower(hex[2*i : 2*i+2])
	}
	return strings.Join(parts, ":")
}

// vboxMac is the form modifyvm --macaddressN takes: 12 hex digits, no separators.
func vboxMac(mac string) string {
	return strings.ToUpper(strings.ReplaceAll(mac, ":", ""))
}

// What VirtualBox cannot report about a VM the provider made: the OS type id
// (showvminfo gives its description) and the disk source it was made from. Create
// keeps them in the VM's extradata under these keys; Read and import read them back.
const (
	vboxKeyOSType    = "hyperlab/os-type"
	vboxKeyDiskImage = "hyperlab/disk-image"
	vboxKeyOva       = "hyperlab/ova"
	// VboxKeyOwner holds the resource's owner mark: a VM is this resource's only while it carries it.
	VboxKeyOwner = "hyperlab/owner"
)

var vboxExtraLine = regexp.MustCompile(`^Key: (.+?), Value: (.*)$`)

// parseVboxExtraData reads `VBoxManage getextradata VM enumerate`: one
// "Key: K, Value: V" line per key (V may hold commas, K holds none of ours).
func parseVboxExtraData(out string) map[string]string {
	data := map[string]string{}
	for _, line := range strings.Split(strings.ReplaceAll(out, "\r\n", "\n"), "\n") {
		if m := vboxExtraLine.FindStringSubmatch(line); m != nil {
			data[m[1]] = m[2]
		}
	}
	return data
}
