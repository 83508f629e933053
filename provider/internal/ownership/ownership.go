// Package ownership is the one rule every resource follows before it takes,
// changes or removes an object on the host: whose the object is, decided from
// the mark the object carries on the host against the marks the configuration
// gives this resource. Never against a mark that Read copied from the host into
// the state: that would make every object "ours".
//
//   - Ours: the object carries the configured mark, or the mark this resource
//     applied last (kept in the state's mark attribute, which Read never writes).
//   - Another's: it carries some other mark. Refused, nothing changed.
//   - No one's: it carries no mark (a user's file, a bridge made by hand).
//     Create and Update refuse it; Delete leaves it, with a warning.
package ownership

import (
	"fmt"
	"strconv"
)

// Whose is what an object found on the host is to a resource.
type Whose int

const (
	// Absent: there is no object at the resource's identity.
	Absent Whose = iota
	// Ours: it carries one of the resource's own marks.
	Ours
	// Anothers: it carries another mark.
	Anothers
	// NoOnes: it carries no mark at all.
	NoOnes
)

func (w Whose) String() string {
	return [...]string{"absent", "ours", "another's", "no one's"}[w]
}

// Of decides whose an object is. exists says whether there is one; found is the
// mark it carries on the host ("" for none); own are the marks that are this
// resource's: the configured one and, for an object in the state, the one it
// applied last. An empty own mark is ignored: "no mark" is never anyone's.
func Of(exists bool, found string, own ...string) Whose {
	if !exists {
		return Absent
	}
	for _, o := range own {
		if o != "" && found == o {
			return Ours
		}
	}
	if found == "" {
		return NoOnes
	}
	return Anothers
}

// Describe names a found mark for a message.
func Describe(found string) string {
	if found == "" {
		return "no owner mark"
	}
	return "the owner mark " + strconv.Quote(found)
}

// Refusal is the error for an object that is not this resource's: object names
// it (a path, "bridge hlbr0 in namespace lab"), found is its mark, want the
// resource's.
func Refusal(object, found, want string) error {
	why := "another stack's or resource's"
	if found == "" {
		why = "no one's that this provider knows (made by hand, or by another tool)"
	}
	return fmt.Errorf("%s carries %s, not this resource's %q: it is %s, so it is neither taken, changed nor removed. "+
		"Remove or rename it; or, if it is yours to hand over, mark it %q and apply again", object, Describe(found), want, why, want)
}

// Left is the warning Delete gives for an object it leaves on the host.
func Left(object, found, want string) string {
	return fmt.Sprintf("%s carries %s, not this resource's %q: it is not what this resource made, so it stays on the "+
		"host; remove it by hand if nothing needs it", object, Describe(found), want)
}
