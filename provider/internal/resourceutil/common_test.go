package resourceutil

import "testing"

// State paths under /run must never be shared by two objects: namespace and
// interface names cannot hold '@' or '=', so the encoding cannot collide.
func TestRunStatePathsDoNotCollide(t *testing.T) {
	cases := [][2]string{
		{RunStatePath("dhcp-pid", "host", "br0"), RunStatePath("dhcp-pid", "", "br0")},
		{RunStatePath("dhcp-pid", "a-b", "c"), RunStatePath("dhcp-pid", "a", "b-c")},
		{RunStatePath("nat", "root"), RunStatePath("nat", "")},
	}
	for _, c := range cases {
		if c[0] == c[1] {
			t.Errorf("two objects share %s", c[0])
		}
	}
	if got := RunStatePath("dhcp-pid", "", "br0"); got != "/run/hyperlab-dhcp-pid@root@br0" {
		t.Errorf("host namespace path %s", got)
	}
	if got := RunStatePath("dhcp-pid", "host", "br0"); got != "/run/hyperlab-dhcp-pid@netns=host@br0" {
		t.Errorf("netns path %s", got)
	}
}

func TestImportIDs(t *testing.T) {
	for id, want := range map[string][2]string{"br0": {"", "br0"}, "lab/br0": {"lab", "br0"}} {
		ns, name, err := SplitID(id)
		if err != nil || ns != want[0] || name != want[1] {
			t.Errorf("splitID(%q) = %q, %q, %v", id, ns, name, err)
		}
	}
	for _, bad := range []string{"", "/br0", "lab/", "a/b/c"} {
		if _, _, err := SplitID(bad); err == nil {
			t.Errorf("splitID(%q) accepted", bad)
		}
	}
	if JoinID("", "br0") != "br0" || JoinID("lab", "br0") != "lab/br0" {
		t.Error("joinID")
	}
}
