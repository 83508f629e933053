package desktop

import (
	"path/filepath"
	"strings"
)

// parseVmx reads a .vmx: `key = "value"` lines, '#' comments. VMware treats keys
// without regard to case (files carry both Ethernet0.present and
// ethernet0.addressType), so keys come back lower case; the last line of a key wins.
func parseVmx(text string) map[string]string {
	values := map[string]string{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(strings.TrimRight(line, "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		values[strings.ToLower(strings.TrimSpace(key))] = unquote(strings.TrimSpace(value))
	}
	return values
}

// parseVmrunList reads `vmrun list`: a "Total running VMs: N" line, then one
// .vmx path per line. Paths come back cleaned, for comparison with ours.
func parseVmrunList(out string) []string {
	var paths []string
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(strings.TrimRight(line, "\r"))
		if line == "" || strings.HasPrefix(line, "Total running VMs:") {
			continue
		}
		paths = append(paths, filepath.Clean(line))
	}
	return paths
}
