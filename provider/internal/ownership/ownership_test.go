package ownership

import (
	"strings"
	"testing"
)

func TestOf(t *testing.T) {
	cases := []struct {
		exists bool
		found  string
		own    []string
		want   Whose
	}{
		{false, "", []string{"a"}, Absent},
		{true, "a", []string{"a"}, Ours},
		{true, "old", []string{"new", "old"}, Ours},
		{true, "b", []string{"a"}, Anothers},
		{true, "", []string{"a"}, NoOnes},
		// An empty own mark (a null or imported state) never makes an unmarked object ours.
		{true, "", []string{"a", ""}, NoOnes},
		{true, "b", nil, Anothers},
	}
	for _, c := range cases {
		if got := Of(c.exists, c.found, c.own...); got != c.want {
			t.Errorf("Of(%v, %q, %q) = %v, want %v", c.exists, c.found, c.own, got, c.want)
		}
	}
}

func TestMessagesNameTheMark(t *testing.T) {
	if msg := Refusal("/srv/a.qcow2", "stack-b/web", "stack-a/web").Error(); !strings.Contains(msg, `"stack-b/web"`) ||
		!strings.Contains(msg, `"stack-a/web"`) {
		t.Errorf("refusal does not name both marks: %s", msg)
	}
	if msg := Refusal("/srv/a.qcow2", "", "stack-a/web").Error(); !strings.Contains(msg, "no owner mark") {
		t.Errorf("refusal of an unmarked object does not say so: %s", msg)
	}
	if msg := Left("hlbr0", "x", "y"); !strings.Contains(msg, `"x"`) || !strings.Contains(msg, "stays") {
		t.Errorf("warning: %s", msg)
	}
}
