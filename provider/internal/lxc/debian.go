package lxc

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
)

// LXC's debian template (lxc-templates) runs debootstrap into its own cache
// (/var/cache/lxc/debian/rootfs-RELEASE-ARCH, made once per release and
// architecture, under its lock), copies that into the container, and installs
// --packages with apt in it. It fetches from the archive the host's apt is
// configured with: the resource adds --mirror and --security-mirror from apt's
// configuration unless the arguments give --mirror, and runs it in the provider's
// own network namespace, where the host reaches its archive. It refuses to run in
// a user namespace; an unprivileged container is made privileged and then given
// its user namespace: its files' ids shifted into the map, the map and LXC's
// debian.userns.conf added to its configuration.

// debianArchiveArgs gives the template's --mirror and --security-mirror from
// apt's configuration (apt-get indextargets), for the release the arguments name.
func debianArchiveArgs(ctx context.Context, args []string) ([]string, error) {
	release := ""
	for i, a := range args {
		if strings.HasPrefix(a, "--mirror") {
			return nil, nil
		}
		if v, ok := strings.CutPrefix(a, "--release="); ok {
			release = v
		} else if (a == "--release" || a == "-r") && i+1 < len(args) {
			release = args[i+1]
		}
	}
	res, err := hostexec.RunContext(ctx, "apt-get", "indextargets", "--format", "$(REPO_URI) $(CODENAME) $(SUITE)",
		"Identifier: Packages", "Component: main")
	if err != nil {
		return nil, fmt.Errorf("reading the host's Debian archive from apt's configuration: %w", err)
	}
	var mirror, security, first string
	for _, line := range strings.Split(res.Stdout, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		uri := strings.TrimRight(f[0], "/") // the template appends "/dists/...": "//" is refused by some archives
		switch {
		case f[1] == release+"-security" || f[2] == release+"-security":
			security = uri
		case strings.HasSuffix(f[1], "-security"):
		case f[1] == release || f[2] == release:
			mirror = uri
		case first == "" && !strings.Contains(f[1], "-"):
			first = uri
		}
	}
	if mirror == "" {
		mirror = first
	}
	if mirror == "" {
		return nil, fmt.Errorf("the host's apt has no Debian archive configured (apt-get indextargets lists no main Packages index "+
			"for release %q): configure one in /etc/apt/sources.list(.d), or give the template --mirror", release)
	}
	out := []string{"--mirror=" + mirror}
	if security != "" {
		out = append(out, "--security-mirror="+security)
	}
	return out, nil
}

// withoutIDMap is the configuration without its user namespace lines.
func withoutIDMap(lines []string) []string {
	var kept []string
	for _, line := range lines {
		if !strings.HasPrefix(line, "lxc.idmap") {
			kept = append(kept, line)
		}
	}
	return kept
}

// shiftIDs gives every file of the root filesystem the host ids its owner has in
// the container's user namespace (id + start), keeping setuid and setgid bits
// (chown clears them). Symbolic links are changed, never followed; a file with an
// id outside the map is an error. File capabilities (security.capability) are
// dropped by chown and not restored.
func shiftIDs(ctx context.Context, root string, start, count int64) error {
	seen := map[uint64]bool{}
	return filepath.WalkDir(root, func(p string, _ fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		info, err := os.Lstat(p)
		if err != nil {
			return err
		}
		st := info.Sys().(*syscall.Stat_t)
		if st.Nlink > 1 && !info.IsDir() {
			if seen[st.Ino] {
				return nil
			}
			seen[st.Ino] = true
		}
		if int64(st.Uid) >= count || int64(st.Gid) >= count {
			return fmt.Errorf("%s is owned by uid %d gid %d, outside the container's %d ids", p, st.Uid, st.Gid, count)
		}
		if err := os.Lchown(p, int(start+int64(st.Uid)), int(start+int64(st.Gid))); err != nil {
			return err
		}
		if info.Mode()&os.ModeSymlink == 0 && info.Mode()&(os.ModeSetuid|os.ModeSetgid) != 0 {
			return os.Chmod(p, info.Mode())
		}
		return nil
	})
}

// debianUserns gives a container the debian template made privileged its user
// namespace: ids shifted, then the map and debian.userns.conf in its configuration
// (written last: a container without them is one finishedByCreate makes again).
func (m *ContainerModel) debianUserns(ctx context.Context) error {
	dir := filepath.Join(m.LxcPath.ValueString(), m.Name.ValueString())
	start, count := m.IDMapStart.ValueInt64(), m.IDMapCount.ValueInt64()
	if err := shiftIDs(ctx, filepath.Join(dir, "rootfs"), start, count); err != nil {
		return fmt.Errorf("shifting the ids of container %s into its user namespace: %w", m.Name.ValueString(), err)
	}
	// As lxc-create leaves an unprivileged container's directory (0770, the
	// mapped root's), so the container's root can reach its root filesystem.
	if err := os.Chown(dir, int(start), int(start)); err != nil {
		return err
	}
	lines, err := readConfig(m.configPath())
	if err != nil {
		return err
	}
	lines = append(lines, "lxc.include = /usr/share/lxc/config/debian.userns.conf",
		fmt.Sprintf("lxc.idmap = u 0 %d %d", start, count), fmt.Sprintf("lxc.idmap = g 0 %d %d", start, count))
	return writeConfigLines(m.configPath(), lines)
}
