package kvmstore_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostfile"
)

// imageAccPool is the storage pool of this run's base-image tests (named after
// its namespace, so runs side by side do not meet); served is what the test's
// own http server serves.
func imageAccPool(t *testing.T) (pool, served string) {
	t.Helper()
	pool = filepath.Join("/var/lib/hyperlab", "acc-"+acctest.TestNetns+"-img", t.Name())
	served = filepath.Join("/var/lib/hyperlab", "acc-"+acctest.TestNetns+"-img", t.Name()+"-served")
	for _, dir := range []string{pool, served} {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { _ = os.RemoveAll(filepath.Dir(pool)) })
	return pool, served
}

// serveImages starts an http server on loopback for dir (a real one: Go's file
// server, with Last-Modified and Content-Length), closed with the test.
func serveImages(t *testing.T, dir string) string {
	t.Helper()
	server := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(server.Close)
	return server.URL
}

// makeQcow2 writes a small qcow2 whose first cluster holds label (so two labels
// make two contents) and returns its sha256.
func makeQcow2(t *testing.T, file, label string) string {
	t.Helper()
	raw := file + ".raw"
	data := make([]byte, 1<<20)
	copy(data, label)
	if err := os.WriteFile(raw, data, 0o644); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(raw)
	if out, err := exec.Command("qemu-img", "convert", "-f", "raw", "-O", "qcow2", raw, file).CombinedOutput(); err != nil {
		t.Fatalf("qemu-img convert: %v\n%s", err, out)
	}
	return fileSHA256(t, file)
}

func fileSHA256(t *testing.T, file string) string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func imageConfig(path, url, digest string) string {
	return fmt.Sprintf(`
resource "hyperlab_kvm_image" "base" {
  path   = %q
  url    = %q
  sha256 = %q
  owner  = "acc/image.base"
}
`, path, url, digest)
}

func overlayConfig(pool, backing string) string {
	var b strings.Builder
	for _, g := range []string{"g1", "g2"} {
		fmt.Fprintf(&b, `
resource "hyperlab_kvm_volume" %q {
  path         = %q
  format       = "qcow2"
  backing_path = %s
  owner        = "acc/%s.boot"
}
`, g, filepath.Join(pool, g, "boot.qcow2"), backing, g)
	}
	return b.String()
}

// TestAccKvmImageWrongChecksum: a digest that is not the content's refuses the
// apply with both digests, and leaves no file (not even the partial one).
func TestAccKvmImageWrongChecksum(t *testing.T) {
	acctest.RequireNetns(t)
	pool, served := imageAccPool(t)
	got := makeQcow2(t, filepath.Join(served, "base.qcow2"), "one")
	url := serveImages(t, served) + "/base.qcow2"
	wrong := strings.Repeat("ab", 32)
	image := filepath.Join(pool, "images", "base")
	noFiles := func() error {
		left, _ := filepath.Glob(filepath.Join(pool, "images", "*"))
		hidden, _ := filepath.Glob(filepath.Join(pool, "images", ".*"))
		if all := append(left, hidden...); len(all) > 0 {
			return fmt.Errorf("files left after the refusal: %v", all)
		}
		return nil
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{{
			Config:      imageConfig(image, url, wrong),
			ExpectError: regexp.MustCompile(`sha256\s+of\s+\S+:\s+expected\s+` + wrong + `,\s+got\s+` + got + `;\s+nothing\s+was\s+kept`),
		}},
		CheckDestroy: func(*terraform.State) error { return noFiles() },
	})
	if err := noFiles(); err != nil {
		t.Fatal(err)
	}
}

type qemuImgInfo struct {
	Format         string `json:"format"`
	BackingFile    string `json:"backing-filename"`
	BackingFormat  string `json:"backing-filename-format"`
	FullBackingFle string `json:"full-backing-filename"`
}

func qemuInfo(t *testing.T, file string) qemuImgInfo {
	t.Helper()
	out, err := exec.Command("qemu-img", "info", "-U", "--output=json", file).Output()
	if err != nil {
		t.Fatalf("qemu-img info %s: %v", file, err)
	}
	var info qemuImgInfo
	if err := json.Unmarshal(out, &info); err != nil {
		t.Fatal(err)
	}
	return info
}

// TestAccKvmImageOverlays: two guests' disks are overlays on one downloaded file;
// the upstream file changed on the server is drift in the next plan; and the base
// image, taken out of the configuration while the overlays live, is refused
// removal, naming them.
func TestAccKvmImageOverlays(t *testing.T) {
	acctest.RequireNetns(t)
	pool, served := imageAccPool(t)
	source := filepath.Join(served, "base.qcow2")
	digest := makeQcow2(t, source, "one")
	digest2 := makeQcow2(t, filepath.Join(pool, "two.qcow2"), "two") // qcow2 headers carry no time: the same bytes later
	if err := os.Remove(filepath.Join(pool, "two.qcow2")); err != nil {
		t.Fatal(err)
	}
	url := serveImages(t, served) + "/base.qcow2"
	image := filepath.Join(pool, "images", "base")
	both := imageConfig(image, url, digest) + overlayConfig(pool, "hyperlab_kvm_image.base.path")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{
			{
				Config: both,
				Check: func(*terraform.State) error {
					files, _ := filepath.Glob(filepath.Join(pool, "images", "*"))
					hidden, _ := filepath.Glob(filepath.Join(pool, "images", ".*"))
					if len(files) != 1 || files[0] != image || len(hidden) != 0 {
						return fmt.Errorf("want one downloaded file %s, found %v %v", image, files, hidden)
					}
					if got := fileSHA256(t, image); got != digest {
						return fmt.Errorf("the image on the host has sha256 %s, want %s", got, digest)
					}
					for _, g := range []string{"g1", "g2"} {
						info := qemuInfo(t, filepath.Join(pool, g, "boot.qcow2"))
						if info.Format != "qcow2" || info.BackingFile != image || info.BackingFormat != "qcow2" {
							return fmt.Errorf("%s's disk is %+v, want a qcow2 overlay on %s (qcow2)", g, info, image)
						}
					}
					return nil
				},
			},
			// Unchanged upstream: the refresh asks (HEAD) and finds nothing to do.
			{Config: both, PlanOnly: true},
			// The server now serves other content: drift, the image is replaced in the plan.
			{
				PreConfig: func() {
					if got := makeQcow2(t, source, "two"); got != digest2 {
						t.Fatalf("the same qcow2 made twice differs: %s, %s", got, digest2)
					}
					later := time.Now().Add(10 * time.Second)
					if err := os.Chtimes(source, later, later); err != nil {
						t.Fatal(err)
					}
				},
				Config: both, PlanOnly: true, ExpectNonEmptyPlan: true,
				ConfigPlanChecks: resource.ConfigPlanChecks{PostApplyPostRefresh: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_kvm_image.base", plancheck.ResourceActionReplace),
				}},
			},
			// The configuration now names the new content's digest, which the file on the
			// host does not have: still a replacement (it fetches the new content).
			{
				Config: imageConfig(image, url, digest2) + overlayConfig(pool, "hyperlab_kvm_image.base.path"), PlanOnly: true, ExpectNonEmptyPlan: true,
				ConfigPlanChecks: resource.ConfigPlanChecks{PostApplyPostRefresh: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_kvm_image.base", plancheck.ResourceActionReplace),
				}},
			},
			// Back to the first content: no drift.
			{PreConfig: func() { makeQcow2(t, source, "one") }, Config: both, PlanOnly: true},
			// The base image out of the configuration, its overlays still there: refused, naming them.
			{
				Config: overlayConfig(pool, fmt.Sprintf("%q", image)),
				ExpectError: regexp.MustCompile(`(?s)still backs guests' disks.*` + regexp.QuoteMeta(filepath.Join(pool, "g1", "boot.qcow2")) +
					`.*` + regexp.QuoteMeta(filepath.Join(pool, "g2", "boot.qcow2"))),
			},
			{
				Config: both,
				Check: func(*terraform.State) error {
					if _, err := os.Stat(image); err != nil {
						return fmt.Errorf("the refused removal took the image: %v", err)
					}
					return nil
				},
			},
		},
		CheckDestroy: func(*terraform.State) error {
			left, _ := filepath.Glob(filepath.Join(pool, "*", "*"))
			if len(left) > 0 {
				return fmt.Errorf("destroy left %v", left)
			}
			return nil
		},
	})
}

// TestAccKvmImageUserFile: an unmarked file a user put at the image's path is
// refused on create and left, as it was, by destroy.
func TestAccKvmImageUserFile(t *testing.T) {
	acctest.RequireNetns(t)
	pool, served := imageAccPool(t)
	digest := makeQcow2(t, filepath.Join(served, "base.qcow2"), "one")
	image := filepath.Join(pool, "images", "base")
	makeQcow2(t, filepath.Join(served, "user.qcow2"), "user's")
	if err := os.MkdirAll(filepath.Dir(image), 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("cp", "-a", filepath.Join(served, "user.qcow2"), image).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v %s", err, out)
	}
	before := acctest.FileFingerprint(t, image)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{{
			// A file:// URL: a local source needs no server.
			Config:      imageConfig(image, "file://"+filepath.Join(served, "base.qcow2"), digest),
			ExpectError: regexp.MustCompile(`(?s)not this resource's.*no\s+owner\s+mark`),
		}},
		CheckDestroy: func(*terraform.State) error {
			if after := acctest.FileFingerprint(t, image); after != before {
				return fmt.Errorf("the user's file changed:\n%s\n%s", before, after)
			}
			return nil
		},
	})
	if after := acctest.FileFingerprint(t, image); after != before {
		t.Fatalf("the user's file changed:\n%s\n%s", before, after)
	}
	if mark, _ := hostfile.Owner(image); mark != "" {
		t.Fatalf("the user's file got a mark: %q", mark)
	}
	entries, _ := os.ReadDir(filepath.Dir(image))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	if len(names) != 1 {
		t.Fatalf("files beside the user's: %v", names)
	}
}

// TestAccOwnershipKvmImage: the ownership table's row for a base image: one
// carrying another stack's mark, or none, is refused on create, update and
// import, and left by delete.
func TestAccOwnershipKvmImage(t *testing.T) {
	acctest.RequireNetns(t)
	root := filepath.Join("/var/lib/hyperlab", "acc-"+acctest.TestNetns+"-img-own")
	dir, source := filepath.Join(root, "pool", "images"), filepath.Join(root, "source.raw")
	image := filepath.Join(dir, "base")
	if err := os.MkdirAll(root, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(root) })
	data := make([]byte, 1<<20)
	copy(data, "the source")
	if err := os.WriteFile(source, data, 0o644); err != nil {
		t.Fatal(err)
	}
	digest := fileSHA256(t, source)
	acctest.RunOwnershipTable(t, []acctest.OwnershipKind{{
		Name: "kvm_image", Address: "hyperlab_kvm_image.x", ImportID: image,
		Config: func(mark string, change int) string {
			// change 1 moves overlay_dir: updated in place.
			return fmt.Sprintf(`
resource "hyperlab_kvm_image" "x" {
  path        = %q
  url         = %q
  sha256      = %q
  overlay_dir = %q
  owner       = %q
}
`, image, source, digest, filepath.Join(root, fmt.Sprint("pool", change)), mark)
		},
		Plant: func(t *testing.T, mark string) {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(image, []byte("the other owner's image"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := hostfile.SetOwner(image, mark); err != nil {
				t.Fatal(err)
			}
		},
		Remark: func(t *testing.T, mark string) {
			if err := hostfile.SetOwner(image, mark); err != nil {
				t.Fatal(err)
			}
		},
		Fingerprint: func(t *testing.T) string { return acctest.FileFingerprint(t, image) },
		Exists: func(t *testing.T) bool {
			_, err := os.Stat(image)
			return err == nil
		},
		Remove: func(t *testing.T) {
			if err := os.RemoveAll(filepath.Join(root, "pool")); err != nil {
				t.Fatal(err)
			}
		},
	}})
}

// TestAccKvmImageChangedOnHost: a byte of the image changed on the host (its
// modification time moves) is drift: the plan replaces the image, and the apply
// fetches it again, verified.
func TestAccKvmImageChangedOnHost(t *testing.T) {
	acctest.RequireNetns(t)
	pool, served := imageAccPool(t)
	digest := makeQcow2(t, filepath.Join(served, "base.qcow2"), "one")
	image := filepath.Join(pool, "images", "base")
	config := imageConfig(image, "file://"+filepath.Join(served, "base.qcow2"), digest)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{
			{Config: config},
			{
				PreConfig: func() {
					f, err := os.OpenFile(image, os.O_WRONLY, 0)
					if err != nil {
						t.Fatal(err)
					}
					defer f.Close()
					if _, err := f.WriteAt([]byte("X"), 1<<19); err != nil {
						t.Fatal(err)
					}
				},
				Config: config, PlanOnly: true, ExpectNonEmptyPlan: true,
				ConfigPlanChecks: resource.ConfigPlanChecks{PostApplyPostRefresh: []plancheck.PlanCheck{
					plancheck.ExpectResourceAction("hyperlab_kvm_image.base", plancheck.ResourceActionReplace),
				}},
			},
			{
				Config: config,
				Check: func(*terraform.State) error {
					if got := fileSHA256(t, image); got != digest {
						return fmt.Errorf("after the apply the image has sha256 %s, want %s", got, digest)
					}
					return nil
				},
			},
			// Import gives back what the image was made from: url, digest, unverified.
			{
				Config: config, ResourceName: "hyperlab_kvm_image.base", ImportState: true, ImportStateId: image,
				ImportStateVerify: true, ImportStateVerifyIgnore: []string{"owner"}, ImportStateCheck: acctest.ImportedMark("owner", "acc/image.base"),
			},
		},
	})
}

// TestAccKvmImageDigestRequired: the schema refuses an image without a digest
// unless unverified is said, and a digest with unverified, before anything is done.
func TestAccKvmImageDigestRequired(t *testing.T) {
	acctest.RequireNetns(t)
	cfg := func(attrs string) string {
		return fmt.Sprintf(`
resource "hyperlab_kvm_image" "base" {
  path  = "/var/lib/hyperlab/acc-%s-img-none/base"
  url   = "http://127.0.0.1:9/base.qcow2"
  owner = "acc/image.base"
  %s
}
`, acctest.TestNetns, attrs)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{
			{Config: cfg(""), PlanOnly: true, ExpectError: regexp.MustCompile(`needs\s+sha256\s+or\s+sha512.*\n?.*unverified\s+=\s+true`)},
			{Config: cfg(`sha256 = "` + strings.Repeat("a", 64) + `"` + "\n  unverified = true"), PlanOnly: true,
				ExpectError: regexp.MustCompile(`unverified\s+=\s+true\s+with\s+a\s+digest`)},
			{Config: cfg(`sha256 = "` + strings.Repeat("a", 63) + `"`), PlanOnly: true, ExpectError: regexp.MustCompile(`SHA-256\s+digest:\s+64`)},
			{Config: cfg(`sha512 = "` + strings.Repeat("a", 128) + `"` + "\n  sha256 = \"" + strings.Repeat("a", 64) + `"`), PlanOnly: true,
				ExpectError: regexp.MustCompile(`give\s+sha256\s+or\s+sha512,\s+not\s+both`)},
		},
	})
	if _, err := os.Stat(fmt.Sprintf("/var/lib/hyperlab/acc-%s-img-none", acctest.TestNetns)); !os.IsNotExist(err) {
		t.Fatalf("a refused configuration made something: %v", err)
	}
}
