package hostnet

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/vishvananda/netlink"
)

// A link the provider makes carries its resource's identity in its alias
// (IFLA_IFALIAS, `ip link show` prints it): a bridge or TAP of the same name
// that lacks it is someone else's, and Create refuses it instead of taking it
// (internal/ownership decides, from the mark MarkOf finds).
const markPrefix = "hyperlab-owner="

// MaxMarkLength leaves room for the prefix within the kernel's alias limit (IFALIASZ, 256 with its NUL).
const MaxMarkLength = 255 - len(markPrefix)

// MarkOf is the identity a link carries, or "" when it carries none.
func MarkOf(link netlink.Link) string {
	alias := link.Attrs().Alias
	if !strings.HasPrefix(alias, markPrefix) {
		return ""
	}
	return strings.TrimPrefix(alias, markPrefix)
}

// SetMark writes the identity into the link's alias (kept as it is when it already says so).
func SetMark(link netlink.Link, mark string) error {
	if MarkOf(link) == mark {
		return nil
	}
	if err := netlink.LinkSetAlias(link, markPrefix+mark); err != nil {
		return fmt.Errorf("marking %s as %s's: %w", link.Attrs().Name, mark, err)
	}
	return nil
}

// StagingName is where AddMarked makes a link before its rename: derived from the
// final name and the identity, so a leftover of a killed apply is found (and known
// to be this resource's) by the next one. 15 characters, the kernel's limit.
func StagingName(name, mark string) string {
	sum := sha256.Sum256([]byte(name + "\x00" + mark))
	return "hlmk" + hex.EncodeToString(sum[:])[:11]
}

// AddMarked makes the link (its Attrs().Name is the final name) so that no link of
// that name ever exists without its mark: the kernel takes no alias at creation,
// so it is made under a staging name, marked, then renamed into place. A staging
// link a killed apply left is removed first. Runs inside the link's namespace.
func AddMarked(link netlink.Link, mark string) error {
	attrs := link.Attrs()
	name := attrs.Name
	staging := StagingName(name, mark)
	if leftover, err := Link(staging); err != nil {
		return err
	} else if leftover != nil {
		if err := netlink.LinkDel(leftover); err != nil {
			return fmt.Errorf("removing %s, left by an interrupted apply: %w", staging, err)
		}
	}
	attrs.Name = staging
	if err := netlink.LinkAdd(link); err != nil {
		attrs.Name = name
		return fmt.Errorf("creating %s: %w", name, err)
	}
	made, err := netlink.LinkByName(staging)
	if err == nil {
		err = SetMark(made, mark)
	}
	if err == nil {
		err = netlink.LinkSetName(made, name)
	}
	attrs.Name = name
	if err != nil {
		if made != nil {
			err = errors.Join(err, netlink.LinkDel(made))
		}
		return fmt.Errorf("creating %s: %w", name, err)
	}
	return nil
}
