package acctest

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/vishvananda/netlink"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/provider"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/restore"
)

// The acceptance tests run the pinned engine (TF_ACC_TERRAFORM_PATH, set by
// tools/test-provider.sh) against this provider. Those of host networking and
// LXC run in a network namespace they make and remove (RequireNetns): nothing
// they create touches the host's own network. HYPERLAB_ACC_NETNS names another
// namespace, for two checkouts' tests running side by side.
var TestNetns = envOr("HYPERLAB_ACC_NETNS", "hlacc")

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

var ProtoV6Providers = map[string]func() (tfprotov6.ProviderServer, error){
	"hyperlab": providerserver.NewProtocol6WithError(provider.New("test")()),
}

// Main is the TestMain of the packages with acceptance tests.
func Main(m *testing.M) {
	if os.Getenv("TF_ACC") == "" {
		fmt.Println("hyperlab provider: acceptance tests need TF_ACC=1 and the pinned engine (tools/test-provider.sh sets them up)")
	}
	// The resources keep restore records (internal/restore): here in a directory of the
	// tests' own, on a host that counts as one without systemd, so no unit is installed.
	restoreRoot, err := os.MkdirTemp("", "hyperlab-acc-restore-")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	restore.Target = &restore.Host{Dir: filepath.Join(restoreRoot, "records", "restore"), UnitPath: filepath.Join(restoreRoot, restore.UnitName),
		SystemdDir: filepath.Join(restoreRoot, "no-systemd"), Systemctl: []string{"false"}, Executable: os.Executable}
	code := m.Run()
	// What is left is reported, not failed on: the tests' verdict is m.Run's.
	cleanup := []error{os.RemoveAll(restoreRoot)}
	if netnsMade {
		if out, err := exec.Command("ip", "netns", "delete", TestNetns).CombinedOutput(); err != nil {
			cleanup = append(cleanup, fmt.Errorf("removing network namespace %s: %v %s", TestNetns, err, out))
		}
	}
	// The containers' directory is the tests' own; what they made in it went with destroy.
	cleanup = append(cleanup, os.RemoveAll(LxcTestPath))
	if err := errors.Join(cleanup...); err != nil {
		fmt.Println("hyperlab acceptance tests: cleaning up:", err)
	}
	os.Exit(code)
}

var (
	netnsOnce sync.Once
	netnsMade bool
	netnsErr  error
)

// RequireNetns makes the test namespace for the tests that need one (root and
// TF_ACC), once per run: the desktop hypervisor tests, which run against
// stand-ins, need neither root nor a namespace.
func RequireNetns(t *testing.T) {
	t.Helper()
	if os.Getenv("TF_ACC") == "" {
		// As resource.Test does: acceptance tests run only when asked for.
		t.Skip("acceptance tests need TF_ACC=1")
	}
	netnsOnce.Do(func() {
		// A namespace of that name left by an earlier run that was killed is made afresh.
		if _, err := os.Stat(filepath.Join("/run/netns", TestNetns)); err == nil {
			if out, err := exec.Command("ip", "netns", "delete", TestNetns).CombinedOutput(); err != nil {
				netnsErr = fmt.Errorf("removing the old network namespace %s: %v %s", TestNetns, err, out)
				return
			}
		}
		if out, err := exec.Command("ip", "netns", "add", TestNetns).CombinedOutput(); err != nil {
			netnsErr = fmt.Errorf("creating network namespace %s: %v %s", TestNetns, err, out)
			return
		}
		netnsMade = true
		netnsErr = InNetns(func() error {
			lo, err := hostnet.Link("lo")
			if err != nil || lo == nil {
				return fmt.Errorf("no lo in %s: %v", TestNetns, err)
			}
			return netlink.LinkSetUp(lo)
		})
	})
	if netnsErr != nil {
		t.Fatal(netnsErr)
	}
}

func InNetns(fn func() error) error { return hostnet.Do(TestNetns, fn) }

// Sh runs a command in the test namespace, for tampering as a person would.
func Sh(t *testing.T, argv ...string) string {
	t.Helper()
	out, err := exec.Command("ip", append([]string{"netns", "exec", TestNetns}, argv...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(argv, " "), err, out)
	}
	return string(out)
}

// LinkGone checks that the named device no longer exists in the test namespace.
func LinkGone(name string) error {
	return InNetns(func() error {
		link, err := hostnet.Link(name)
		if err != nil {
			return err
		}
		if link != nil {
			return fmt.Errorf("%s still exists", name)
		}
		return nil
	})
}

// LxcTestPath follows the test namespace, so two checkouts' tests keep apart.
var LxcTestPath = strings.TrimSuffix("/var/lib/hyperlab/acc-lxc-"+strings.TrimPrefix(TestNetns, "hlacc"), "-")

// BothErrors matches output holding both messages, in either order (the engine
// creates independent resources in parallel).
func BothErrors(a, b string) *regexp.Regexp {
	a, b = Wrapped(a).String(), Wrapped(b).String()
	return regexp.MustCompile(`(?s)(` + a + `.*` + b + `|` + b + `.*` + a + `)`)
}

// Wrapped matches a message the engine may have wrapped at any space.
func Wrapped(pattern string) *regexp.Regexp {
	return regexp.MustCompile(strings.ReplaceAll(strings.ReplaceAll(pattern, `\s+`, " "), " ", `\s+`))
}
