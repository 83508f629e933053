package lxc_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
)

const provCt = "hllf-prov"

// provConfig is an unprivileged busybox container (no NICs) with a file and
// commands; extra is more HCL for the container's commands list.
func provConfig(content, extraCommand string) string {
	return fmt.Sprintf(`
resource "hyperlab_lxc_container" "ct" {
  mark     = "acc/lxc_container.prov"
  netns    = %[1]q
  name     = %[2]q
  lxc_path = %[3]q
  template = "busybox"
  files = [
    { path = "/etc/hllf/motd", content = %[4]q, mode = "0640", owner = "1000:1001" },
  ]
  commands = [
    ["sh", "-c", "cat /etc/hllf/motd >> /root/runs"],
    %[5]s
  ]
}
`, acctest.TestNetns, provCt, acctest.LxcTestPath, content, extraCommand)
}

// hostOwner gives a rootfs file's host uid, gid, mode and content.
func hostOwner(t *testing.T, inRootfs string) (uid, gid uint32, mode os.FileMode, content string) {
	t.Helper()
	p := filepath.Join(acctest.LxcTestPath, provCt, "rootfs", inRootfs)
	fi, err := os.Lstat(p)
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	st := fi.Sys().(*syscall.Stat_t)
	return st.Uid, st.Gid, fi.Mode().Perm(), string(b)
}

func TestAccLxcProvision(t *testing.T) {
	acctest.RequireNetns(t)
	plan := func(a plancheck.ResourceActionType) resource.ConfigPlanChecks {
		return resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction("hyperlab_lxc_container.ct", a)}}
	}
	check := func(content, runs string) resource.TestCheckFunc {
		return func(*terraform.State) error {
			// Written in the container's user namespace: container uid 1000 is host
			// uid 101000 (id_map_start 100000), container root host uid 100000.
			uid, gid, mode, got := hostOwner(t, "etc/hllf/motd")
			if uid != 101000 || gid != 101001 || mode != 0o640 || got != content {
				return fmt.Errorf("/etc/hllf/motd: uid %d gid %d mode %o content %q; want 101000 101001 640 %q", uid, gid, mode, got, content)
			}
			uid, _, _, got = hostOwner(t, "root/runs")
			if uid != 100000 || got != runs {
				return fmt.Errorf("/root/runs: uid %d content %q; want 100000 %q", uid, got, runs)
			}
			out, err := exec.Command("ip", "netns", "exec", acctest.TestNetns, "lxc-attach", "-P", acctest.LxcTestPath, "-n", provCt, "--", "cat", "/etc/hllf/motd").CombinedOutput()
			if err != nil || string(out) != content {
				return fmt.Errorf("lxc-attach cat: %v %q", err, out)
			}
			return nil
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			out, _ := exec.Command("ip", "netns", "exec", acctest.TestNetns, "lxc-info", "-P", acctest.LxcTestPath, "-n", provCt, "-s", "-H").CombinedOutput()
			if s := strings.TrimSpace(string(out)); s == "RUNNING" || s == "STOPPED" {
				return fmt.Errorf("container left, %s", s)
			}
			return nil
		},
		Steps: []resource.TestStep{
			// Refused at plan: a relative path, "..", a decimal mode, an empty command.
			{Config: strings.Replace(provConfig("x\n", ""), "/etc/hllf/motd", "etc/motd", 1), PlanOnly: true,
				ExpectError: regexp.MustCompile(`"etc/motd" is not an absolute path in the container`)},
			{Config: strings.Replace(provConfig("x\n", ""), "/etc/hllf/motd", "/etc/../motd", 1), PlanOnly: true,
				ExpectError: regexp.MustCompile(`"/etc/../motd" is not written in its one spelling`)},
			{Config: strings.Replace(provConfig("x\n", ""), `"0640"`, `"644 "`, 1), PlanOnly: true,
				ExpectError: regexp.MustCompile(`"644 " is not a file mode as an octal string`)},
			{Config: provConfig("x\n", "[],"), PlanOnly: true, ExpectError: regexp.MustCompile(`commands\[1\] is empty: a list of commands`)},
			{
				Config: provConfig("hello v1\n", ""), ConfigPlanChecks: plan(plancheck.ResourceActionCreate),
				Check: resource.ComposeTestCheckFunc(check("hello v1\n", "hello v1\n"),
					resource.TestMatchResourceAttr("hyperlab_lxc_container.ct", "provisioned", regexp.MustCompile(`^sha256:[0-9a-f]{64}$`))),
			},
			// A changed content is written again in place, and the commands run again.
			{Config: provConfig("hello v2\n", ""), ConfigPlanChecks: plan(plancheck.ResourceActionUpdate), Check: check("hello v2\n", "hello v1\nhello v2\n")},
			// Ownership as for the container: one whose configuration carries another's
			// mark gets no file written and no command run.
			{
				PreConfig: func() { setProvMark(t, "acc/lxc_container.prov", "someone/else") },
				Config:    provConfig("hello v3\n", ""),
				ExpectError: regexp.MustCompile(strings.ReplaceAll(`container hllf-prov in `+regexp.QuoteMeta(acctest.LxcTestPath)+
					` \(its configuration's # hyperlab.mark line\) carries the owner mark "someone/else"`, " ", `\s+`)),
			},
			{
				PreConfig: func() {
					if _, _, _, got := hostOwner(t, "etc/hllf/motd"); got != "hello v2\n" {
						t.Fatalf("another's container was written: %q", got)
					}
					setProvMark(t, "someone/else", "acc/lxc_container.prov")
				},
				Config: provConfig("hello v2\n", ""), Check: check("hello v2\n", "hello v1\nhello v2\n"),
			},
			// A failing command fails the apply naming the container, the command, its
			// exit status and its output, stdout and stderr.
			{
				Config: provConfig("hello v2\n", `["sh", "-c", "echo hllf-out; echo hllf-err >&2; exit 7"],`),
				// (Terraform wraps the message: any space may be a line break.)
				ExpectError: regexp.MustCompile(strings.ReplaceAll(`container hllf-prov: commands\[1\] \["sh","-c","echo hllf-out; echo hllf-err >&2; exit 7"\] `+
					`failed, exit status 7; its output: hllf-out hllf-err`, " ", `\s+`)),
			},
			// Not recorded as applied: the plan still has it to do.
			{Config: provConfig("hello v2\n", `["sh", "-c", "exit 7"],`), PlanOnly: true, ExpectNonEmptyPlan: true},
		},
	})
}

// setProvMark replaces the owner mark in the container's configuration, as another stack's would be.
func setProvMark(t *testing.T, from, to string) {
	t.Helper()
	p := filepath.Join(acctest.LxcTestPath, provCt, "config")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(b), "# hyperlab.mark = "+from+"\n", "# hyperlab.mark = "+to+"\n", 1)
	if changed == string(b) {
		t.Fatalf("no mark %q in %s", from, p)
	}
	if err := os.WriteFile(p, []byte(changed), 0o640); err != nil {
		t.Fatal(err)
	}
}
