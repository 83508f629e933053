package provider

import (
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
)

// The acceptance tests run the pinned engine (TF_ACC_TERRAFORM_PATH, set by
// tools/test-provider.sh) against this provider. Those of host networking and
// LXC run in a network namespace they make and remove (requireNetns): nothing
// they create touches the host's own network. HYPERLAB_ACC_NETNS names another
// namespace, for two checkouts' tests running side by side.
var testNetns = envOr("HYPERLAB_ACC_NETNS", "hlacc")

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

var protoV6Providers = map[string]func() (tfprotov6.ProviderServer, error){
	"hyperlab": providerserver.NewProtocol6WithError(New("test")()),
}

// acctestMain is the TestMain of the packages with acceptance tests.
func acctestMain(m *testing.M) {
	if os.Getenv("TF_ACC") == "" {
		fmt.Println("hyperlab provider: acceptance tests need TF_ACC=1 and the pinned engine (tools/test-provider.sh sets them up)")
	}
	// The resources keep restore records (restore.go): here in a directory of the
	// tests' own, on a host that counts as one without systemd, so no unit is installed.
	restoreRoot, err := os.MkdirTemp("", "hyperlab-acc-restore-")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	restoreTarget = &restoreHost{dir: filepath.Join(restoreRoot, "records", "restore"), unitPath: filepath.Join(restoreRoot, restoreUnitName),
		systemdDir: filepath.Join(restoreRoot, "no-systemd"), systemctl: []string{"false"}, executable: os.Executable}
	code := m.Run()
	_ = os.RemoveAll(restoreRoot)
	if netnsMade {
		_ = exec.Command("ip", "netns", "delete", testNetns).Run()
	}
	// The containers' directory is the tests' own; what they made in it went with destroy.
	_ = os.RemoveAll(lxcTestPath)
	os.Exit(code)
}

var (
	netnsOnce sync.Once
	netnsMade bool
	netnsErr  error
)

// requireNetns makes the test namespace for the tests that need one (root and
// TF_ACC), once per run: the desktop hypervisor tests, which run against
// stand-ins, need neither root nor a namespace.
func requireNetns(t *testing.T) {
	t.Helper()
	if os.Getenv("TF_ACC") == "" {
		// As resource.Test does: acceptance tests run only when asked for.
		t.Skip("acceptance tests need TF_ACC=1")
	}
	netnsOnce.Do(func() {
		_ = exec.Command("ip", "netns", "delete", testNetns).Run()
		if out, err := exec.Command("ip", "netns", "add", testNetns).CombinedOutput(); err != nil {
			netnsErr = fmt.Errorf("creating network namespace %s: %v %s", testNetns, err, out)
			return
		}
		netnsMade = true
		netnsErr = inNetns(func() error { l, _ := hostnet.Link("lo"); return netlink.LinkSetUp(l) })
	})
	if netnsErr != nil {
		t.Fatal(netnsErr)
	}
}

func inNetns(fn func() error) error { return hostnet.Do(testNetns, fn) }

// sh runs a command in the test namespace, for tampering as a person would.
func sh(t *testing.T, argv ...string) string {
	t.Helper()
	out, err := exec.Command("ip", append([]string{"netns", "exec", testNetns}, argv...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(argv, " "), err, out)
	}
	return string(out)
}

// linkGone checks that the named device no longer exists in the test namespace.
func linkGone(name string) error {
	return inNetns(func() error {
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

// lxcTestPath follows the test namespace, so two checkouts' tests keep apart.
var lxcTestPath = strings.TrimSuffix("/var/lib/hyperlab/acc-lxc-"+strings.TrimPrefix(testNetns, "hlacc"), "-")

// bothErrors matches output holding both messages, in either order (the engine
// creates independent resources in parallel).
func bothErrors(a, b string) *regexp.Regexp {
	a, b = wrapped(a).String(), wrapped(b).String()
	return regexp.MustCompile(`(?s)(` + a + `.*` + b + `|` + b + `.*` + a + `)`)
}

// wrapped matches a message the engine may have wrapped at any space.
func wrapped(pattern string) *regexp.Regexp {
	return regexp.MustCompile(strings.ReplaceAll(strings.ReplaceAll(pattern, `\s+`, " "), " ", `\s+`))
}
