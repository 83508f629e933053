package acctest

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"golang.org/x/sys/unix"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/nat"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// The ownership table: every resource kind that marks what it makes, against an
// object at its identity that carries another stack's mark or no mark at all,
// on every path (create, update after a change, delete, import). Nothing of the
// other owner's may change or go: its fingerprint (the file's bytes and marks,
// the domain's XML, the link's attributes, the rules) is the same before and
// after, and each refusal names the mark found.
//
// Each kind says how to write its configuration, how the other owner plants or
// re-marks the object, and what its fingerprint is; RunOwnershipTable does the rest.
type OwnershipKind struct {
	Name     string // the table's row name, e.g. "kvm_volume"
	Address  string // the resource under test, e.g. "hyperlab_kvm_volume.x"
	ImportID string
	// Config is the configuration with the resource marked mark; change 1 differs
	// from change 0 in an attribute that is updated in place (not replaced).
	Config func(mark string, change int) string
	// Plant makes the object at the resource's identity as its other owner would,
	// carrying mark ("" for none).
	Plant func(t *testing.T, mark string)
	// Remark re-marks the object the resource made ("" takes its mark away).
	Remark func(t *testing.T, mark string)
	// Fingerprint is everything about the object the other owner would notice changed.
	Fingerprint func(t *testing.T) string
	// Exists says whether the object is on the host.
	Exists func(t *testing.T) bool
	// Remove takes away whatever the kind's cases left (run before and after each case).
	Remove func(t *testing.T)
}

// The other owner's mark, and "no mark".
var OwnershipForeignMarks = []string{"acc/other-stack.obj", ""}

const OwnershipMine = "acc/this-stack.obj"

// Kinds run side by side (their objects have names of their own); a kind's cases
// run one after another, as they share its object's name.
func RunOwnershipTable(t *testing.T, kinds []OwnershipKind) {
	for _, k := range kinds {
		t.Run(k.Name, func(t *testing.T) {
			t.Parallel()
			runOwnershipKind(t, k)
		})
	}
}

func runOwnershipKind(t *testing.T, k OwnershipKind) {
	{
		for _, foreign := range OwnershipForeignMarks {
			who := "another"
			if foreign == "" {
				who = "none"
			}
			refused := regexp.MustCompile(regexp.QuoteMeta(ownership.Describe(foreign)))
			// The provider's messages are wrapped by the engine: match across line breaks.
			refused = regexp.MustCompile(strings.ReplaceAll(refused.String(), " ", `\s+`))
			same := func(t *testing.T, before string) error {
				if !k.Exists(t) {
					return fmt.Errorf("%s: the other owner's object is gone", k.Name)
				}
				if after := k.Fingerprint(t); after != before {
					return fmt.Errorf("%s: the other owner's object changed:\nbefore: %s\nafter:  %s", k.Name, before, after)
				}
				return nil
			}
			unchanged := func(t *testing.T, before string) {
				t.Helper()
				if err := same(t, before); err != nil {
					t.Fatal(err)
				}
			}
			// A step that should have been refused and was not: say what it did to the object
			// (the engine runs Check only after an apply that succeeded).
			checkRefusedStep := func(t *testing.T, before *string) resource.TestCheckFunc {
				return func(*terraform.State) error { return same(t, *before) }
			}
			t.Run(who+"/create", func(t *testing.T) {
				k.Remove(t)
				t.Cleanup(func() { k.Remove(t) })
				k.Plant(t, foreign)
				before := k.Fingerprint(t)
				resource.Test(t, resource.TestCase{
					ProtoV6ProviderFactories: ProtoV6Providers,
					Steps: []resource.TestStep{{Config: k.Config(OwnershipMine, 0), ExpectError: refused,
						Check: checkRefusedStep(t, &before)}},
					CheckDestroy: func(*terraform.State) error { unchanged(t, before); return nil },
				})
				unchanged(t, before)
			})
			t.Run(who+"/update", func(t *testing.T) {
				k.Remove(t)
				t.Cleanup(func() { k.Remove(t) })
				var before string
				resource.Test(t, resource.TestCase{
					ProtoV6ProviderFactories: ProtoV6Providers,
					Steps: []resource.TestStep{
						{Config: k.Config(OwnershipMine, 0)},
						{
							PreConfig: func() { k.Remark(t, foreign); before = k.Fingerprint(t) },
							Config:    k.Config(OwnershipMine, 1), ExpectError: refused, Check: checkRefusedStep(t, &before),
						},
					},
					// The case's own destroy is a delete of an object that is not ours: it stays.
					CheckDestroy: func(*terraform.State) error { unchanged(t, before); return nil },
				})
				unchanged(t, before)
			})
			t.Run(who+"/delete", func(t *testing.T) {
				k.Remove(t)
				t.Cleanup(func() { k.Remove(t) })
				var before string
				resource.Test(t, resource.TestCase{
					ProtoV6ProviderFactories: ProtoV6Providers,
					Steps: []resource.TestStep{
						{Config: k.Config(OwnershipMine, 0)},
						{
							PreConfig: func() { k.Remark(t, foreign); before = k.Fingerprint(t) },
							Config:    k.Config(OwnershipMine, 0), Destroy: true,
						},
					},
					CheckDestroy: func(*terraform.State) error { unchanged(t, before); return nil },
				})
				unchanged(t, before)
			})
			t.Run(who+"/import", func(t *testing.T) {
				k.Remove(t)
				t.Cleanup(func() { k.Remove(t) })
				k.Plant(t, foreign)
				before := k.Fingerprint(t)
				resource.Test(t, resource.TestCase{
					ProtoV6ProviderFactories: ProtoV6Providers,
					Steps: []resource.TestStep{
						{Config: k.Config(OwnershipMine, 0), ResourceName: k.Address, ImportState: true,
							ImportStateId: k.ImportID, ImportStatePersist: true},
						{Config: k.Config(OwnershipMine, 0), ExpectError: refused, Check: checkRefusedStep(t, &before)},
					},
					CheckDestroy: func(*terraform.State) error { unchanged(t, before); return nil },
				})
				unchanged(t, before)
			})
		}
	}
}

// FileFingerprint is a file's bytes (hashed), mode, size and every extended
// attribute on it (the owner mark among them).
func FileFingerprint(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4096)
	n, err := unix.Listxattr(path, buf)
	if err != nil {
		t.Fatal(err)
	}
	names := strings.Split(strings.TrimRight(string(buf[:n]), "\x00"), "\x00")
	sort.Strings(names)
	var attrs []string
	for _, name := range names {
		if name == "" {
			continue
		}
		value := make([]byte, 8192)
		m, err := unix.Getxattr(path, name, value)
		if err != nil {
			t.Fatal(err)
		}
		attrs = append(attrs, name+"="+string(value[:m]))
	}
	return fmt.Sprintf("sha256=%x mode=%v size=%d xattrs=%q", sha256.Sum256(data), info.Mode(), info.Size(), attrs)
}

// ImportKeepsMarkNull: an imported state's mark is null (Read never copies the
// mark it finds; found_mark shows it), so it differs from the applied state's.
// It cannot be read back into mark: mark is the resource's claim, and an import
// that copied the mark it found would make another stack's object this
// resource's (ownership would then take it). ImportedMark checks what import
// does give instead.
var ImportKeepsMarkNull = []string{"mark"}

// ImportedMark checks an imported state's ownership: its claim (claim: "mark",
// or "owner" for the KVM files) is null, and the mark read back from the host
// (found_mark) is want, the one the applied state carries.
func ImportedMark(claim, want string) resource.ImportStateCheckFunc {
	return func(states []*terraform.InstanceState) error {
		if len(states) != 1 {
			return fmt.Errorf("import gave %d states, want 1", len(states))
		}
		a := states[0].Attributes
		if v := a[claim]; v != "" {
			return fmt.Errorf("imported %s = %q: import must leave the claim null", claim, v)
		}
		if a["found_mark"] != want {
			return fmt.Errorf("imported found_mark = %q, want %q (the mark on the host)", a["found_mark"], want)
		}
		return nil
	}
}

// NatForgetBridge removes the bookkeeping a NAT network of the bridge left in the
// test namespace (Delete keeps it while another's rules for the bridge remain),
// and the namespace's, when no other NAT network is left. What cannot be removed
// is reported, not failed on: it is cleanup.
func NatForgetBridge(bridge string) {
	dir := resourceutil.RunStatePath("nat", TestNetns)
	if err := os.Remove(filepath.Join(dir, bridge)); err != nil && !os.IsNotExist(err) {
		fmt.Println("hyperlab acceptance tests:", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.Name() != nat.IPv4ForwardFile && e.Name() != nat.IPv6ForwardFile {
			return
		}
	}
	if err := os.RemoveAll(dir); err != nil {
		fmt.Println("hyperlab acceptance tests:", err)
	}
}
