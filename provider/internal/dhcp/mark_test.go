package dhcp

import (
	"os"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/nat"
)

// claim: a server kept with no mark is refused to a new resource (and to an
// imported one: recorded false), taken by the state that recorded it before
// marks; one under another mark is refused to all but the state that recorded
// that mark.
func TestDhcpClaim(t *testing.T) {
	m := &Model{Netns: types.StringValue("unitclaim"), Bridge: types.StringValue("hlunit0"), Mark: types.StringValue("s/new")}
	cleanup := func() {
		for _, p := range []string{m.PidFile(), m.HostsDir(), m.MarkFile()} {
			_ = os.RemoveAll(p)
		}
	}
	cleanup()
	t.Cleanup(cleanup)
	if err := m.claim("", false); err != nil {
		t.Fatalf("nothing there: %v", err)
	}
	if found, _ := m.MarkFound(); found != "s/new" {
		t.Fatalf("mark written %q", found)
	}
	cleanup()
	if err := os.MkdirAll(m.HostsDir(), 0o755); err != nil { // a server's files, from before marks
		t.Fatal(err)
	}
	if err := m.claim("", false); err == nil || !strings.Contains(err.Error(), "carries no owner mark") {
		t.Fatalf("an unmarked server taken by a new resource: %v", err)
	}
	if err := m.claim("", true); err != nil {
		t.Fatalf("the state that recorded it before marks: %v", err)
	}
	if found, _ := m.MarkFound(); found != "s/new" {
		t.Fatalf("mark after taking %q", found)
	}
	if err := os.WriteFile(m.MarkFile(), []byte("other/stack\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, previous := range []string{"", "s/old"} {
		if err := m.claim(previous, true); err == nil || !strings.Contains(err.Error(), `the owner mark "other/stack"`) {
			t.Fatalf("another stack's server taken (previous %q): %v", previous, err)
		}
	}
	if err := m.claim("other/stack", true); err != nil {
		t.Fatalf("its own previous mark: %v", err)
	}
}

// A NAT state written before marks has rules tagged with the bridge alone.
func TestNatCommentBeforeMarks(t *testing.T) {
	legacy := nat.Model{Bridge: types.StringValue("hlbr0"), Mark: types.StringNull()}
	marked := nat.Model{Bridge: types.StringValue("hlbr0"), Mark: types.StringValue("lab/c8")}
	if legacy.Comment() != "hyperlab:hlbr0" || marked.Comment() != "hyperlab:hlbr0 lab/c8" {
		t.Fatalf("comments %q, %q", legacy.Comment(), marked.Comment())
	}
}
