package kvm_test

import (
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

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/kvm"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/kvmstore"

	"github.com/hashicorp/terraform-plugin-framework/types"
)

// The KVM acceptance tests run against the host's libvirtd (qemu:///system) with
// TCG guests booting the host's own kernel (no root filesystem: it stops at the
// root mount, which is all a definition needs). Their bridges are in the host's
// namespace, as libvirt's QEMU must see them, with no address and no uplink.
const kvmTestDir = "/var/lib/hyperlab/acc-kvm"

func hostKernel(t *testing.T) string {
	t.Helper()
	kernels, _ := filepath.Glob("/boot/vmlinuz-*")
	if len(kernels) == 0 {
		t.Fatal("no /boot/vmlinuz-*: the Debian package linux-image-amd64 is needed (tools/setup-host.sh installs it)")
	}
	sort.Strings(kernels)
	return kernels[len(kernels)-1]
}

func virsh(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command("virsh", append([]string{"-q", "-c", "qemu:///system"}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("virsh %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// virshTry is virsh for tampering that may find nothing to do.
func virshTry(args ...string) {
	_ = exec.Command("virsh", append([]string{"-q", "-c", "qemu:///system"}, args...)...).Run()
}

func kvmConfig(kernel string, vcpus int, bridge, instance string) string {
	graphics := "none"
	if vcpus > 1 {
		graphics = "vnc" // changed with the vCPUs: both need the restart
	}
	return fmt.Sprintf(`
resource "hyperlab_bridge" "a" {
  name = "hlkvmacc0"
  mark = "acc/bridge.a"
}
resource "hyperlab_bridge" "b" {
  name = "hlkvmacc1"
  mark = "acc/bridge.b"
}
resource "hyperlab_tap" "t" {
  mark = "acc/tap.t"
  name   = "hlkvmacct0"
  bridge = hyperlab_bridge.a.name
}
resource "hyperlab_kvm_volume" "base" {
  path       = "%[1]s/base image.qcow2"
  format     = "qcow2"
  size_bytes = 16777216
  owner      = "acc/base"
}
resource "hyperlab_kvm_volume" "copy" {
  path   = "%[1]s/copy.raw"
  format = "raw"
  source = hyperlab_kvm_volume.base.path
  owner  = "acc/copy"
}
resource "hyperlab_kvm_volume" "overlay" {
  path         = "%[1]s/overlay.qcow2"
  format       = "qcow2"
  backing_path = hyperlab_kvm_volume.base.path
  size_bytes   = 33554432
  owner        = "acc/overlay"
}
resource "hyperlab_kvm_seed" "seed" {
  path      = "%[1]s/seed.iso"
  user_data = "#cloud-config\nhostname: hlacc-vm\n"
  meta_data = "instance-id: hlacc-vm-%[5]s\nlocal-hostname: hlacc-vm\n"
  owner     = "acc/seed"
}
resource "hyperlab_kvm_domain" "vm" {
  name       = "hlacc-vm"
  owner      = "acc/vm"
  type       = "qemu"
  vcpus      = %[3]d
  memory_mib = 128
  kernel     = %[2]q
  cmdline    = "console=ttyS0 quiet"
  disks = [
    { path = hyperlab_kvm_volume.overlay.path, format = "qcow2" },
    { path = hyperlab_kvm_volume.copy.path, format = "raw" },
  ]
  seed             = hyperlab_kvm_seed.seed.path
  seed_instance_id = "hlacc-vm-%[5]s"
  nics = [
    { bridge = hyperlab_bridge.%[4]s.name, mac = "52:54:00:00:95:0a" },
    { tap = hyperlab_tap.t.name, mac = "52:54:00:00:95:0b" },
  ]
  graphics                 = %[6]q
  description              = "x${"$"}{not evaluated}\n\tsecond line"
  shutdown_timeout_seconds = 0
}
`, kvmTestDir, kernel, vcpus, bridge, instance, graphics)
}

// liveXML is the running domain's XML: what QEMU really has, not the definition.
func liveXML(t *testing.T) string { return virsh(t, "dumpxml", "hlacc-vm") }

func TestAccKvmDomain(t *testing.T) {
	var domID string
	acctest.RequireNetns(t) // acceptance tests only; the KVM objects themselves live in the host's namespace
	kernel := hostKernel(t)
	action := func(addr string, a plancheck.ResourceActionType) resource.ConfigPlanChecks {
		return resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(addr, a)}}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if out, _ := exec.Command("virsh", "-q", "-c", "qemu:///system", "list", "--all", "--name").Output(); strings.Contains(string(out), "hlacc-vm") {
				return fmt.Errorf("domain left: %s", out)
			}
			if _, err := os.Stat(kvmTestDir); !os.IsNotExist(err) {
				return fmt.Errorf("%s left (%v)", kvmTestDir, err)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: kvmConfig(kernel, 1, "a", "1"),
				Check: func(*terraform.State) error {
					if s := strings.TrimSpace(virsh(t, "domstate", "hlacc-vm")); s != "running" {
						return fmt.Errorf("domain is %q", s)
					}
					x := liveXML(t)
					for _, want := range []string{`<owner xmlns="urn:hyperlab:owner:1" machine="pc" shutdown-timeout="0" seed-instance-id="hlacc-vm-1">acc/vm</owner>`, "<source bridge='hlkvmacc0'/>",
						"<target dev='hlkvmacct0' managed='no'/>", "overlay.qcow2", "seed.iso", "<readonly/>", "x${not evaluated}"} {
						if !strings.Contains(x, want) {
							return fmt.Errorf("live XML lacks %q:\n%s", want, x)
						}
					}
					if out, _ := exec.Command("qemu-img", "info", "-U", kvmTestDir+"/overlay.qcow2").Output(); !strings.Contains(string(out), "base image.qcow2") {
						return fmt.Errorf("overlay has no backing file:\n%s", out)
					}
					return nil
				},
			},
			{ // vCPUs and a NIC moved to another bridge: redefined and restarted, never replaced
				Config: kvmConfig(kernel, 2, "b", "1"), ConfigPlanChecks: action("hyperlab_kvm_domain.vm", plancheck.ResourceActionUpdate),
				Check: func(*terraform.State) error {
					x := liveXML(t)
					if !strings.Contains(x, "<source bridge='hlkvmacc1'/>") || !strings.Contains(x, ">2</vcpu>") ||
						!regexp.MustCompile(`<graphics type='vnc' port='\d+' autoport='yes' listen='127.0.0.1'`).MatchString(x) {
						return fmt.Errorf("the running guest did not get the change:\n%s", x)
					}
					return nil
				},
			},
			{ // a new seed is written in place, and the guest restarted to boot with it
				PreConfig: func() { domID = strings.TrimSpace(virsh(t, "domid", "hlacc-vm")) },
				Config:    kvmConfig(kernel, 2, "b", "2"), ConfigPlanChecks: action("hyperlab_kvm_seed.seed", plancheck.ResourceActionUpdate),
				Check: func(*terraform.State) error {
					if !strings.Contains(liveXML(t), `seed-instance-id="hlacc-vm-2"`) {
						return fmt.Errorf("the domain does not record the new seed")
					}
					if id := strings.TrimSpace(virsh(t, "domid", "hlacc-vm")); id == domID {
						return fmt.Errorf("the guest was not restarted for its new seed (domain id still %s)", id)
					}
					return nil
				},
			},
			// Import reads everything back but owner: the mark found is found_mark, and owner stays null until an
			// apply takes the object (only when it carries the configured mark).
			{ResourceName: "hyperlab_kvm_domain.vm", ImportState: true, ImportStateVerify: true, ImportStateId: "hlacc-vm", ImportStateVerifyIgnore: []string{"owner"}},
			{ResourceName: "hyperlab_kvm_volume.overlay", ImportState: true, ImportStateVerify: true, ImportStateId: kvmTestDir + "/overlay.qcow2", ImportStateVerifyIgnore: []string{"owner"}},
			{ResourceName: "hyperlab_kvm_volume.copy", ImportState: true, ImportStateVerify: true, ImportStateId: kvmTestDir + "/copy.raw", ImportStateVerifyIgnore: []string{"owner"}},
			{ResourceName: "hyperlab_kvm_seed.seed", ImportState: true, ImportStateVerify: true, ImportStateId: kvmTestDir + "/seed.iso", ImportStateVerifyIgnore: []string{"owner"}},
			{ // shut off, vCPUs, memory, a NIC and autostart changed by hand: all seen...
				PreConfig: func() {
					virsh(t, "destroy", "hlacc-vm")
					virsh(t, "setvcpus", "hlacc-vm", "1", "--config")
					virsh(t, "setmaxmem", "hlacc-vm", "96M", "--config")
					virsh(t, "detach-interface", "hlacc-vm", "bridge", "--mac", "52:54:00:00:95:0a", "--config")
					virsh(t, "autostart", "hlacc-vm")
				},
				Config: kvmConfig(kernel, 2, "b", "2"), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{ // ...and repaired in place
				Config: kvmConfig(kernel, 2, "b", "2"), ConfigPlanChecks: action("hyperlab_kvm_domain.vm", plancheck.ResourceActionUpdate),
				Check: func(*terraform.State) error {
					x := liveXML(t)
					if !strings.Contains(x, "<source bridge='hlkvmacc1'/>") || !strings.Contains(x, ">2</vcpu>") || !strings.Contains(x, "131072") {
						return fmt.Errorf("not repaired:\n%s", x)
					}
					if out := virsh(t, "dominfo", "hlacc-vm"); !regexp.MustCompile(`Autostart:\s+disable`).MatchString(out) {
						return fmt.Errorf("autostart not repaired:\n%s", out)
					}
					return nil
				},
			},
			{ // undefined by hand: made again
				PreConfig: func() {
					virsh(t, "destroy", "hlacc-vm")
					virsh(t, "undefine", "hlacc-vm")
				},
				Config: kvmConfig(kernel, 2, "b", "2"), ConfigPlanChecks: action("hyperlab_kvm_domain.vm", plancheck.ResourceActionCreate),
			},
			{ // the seed and a volume deleted by hand: made again
				PreConfig: func() {
					for _, f := range []string{"seed.iso", "copy.raw"} {
						if err := os.Remove(filepath.Join(kvmTestDir, f)); err != nil {
							t.Fatal(err)
						}
					}
				},
				Config: kvmConfig(kernel, 2, "b", "2"), ConfigPlanChecks: action("hyperlab_kvm_seed.seed", plancheck.ResourceActionCreate),
				Check: func(*terraform.State) error {
					for _, f := range []string{"seed.iso", "copy.raw"} {
						if _, err := os.Stat(filepath.Join(kvmTestDir, f)); err != nil {
							return err
						}
					}
					return nil
				},
			},
		},
	})
}

func kvmAdoptConfig(kernel, owner string) string {
	return fmt.Sprintf(`
resource "hyperlab_kvm_volume" "disk" {
  path       = "%[1]s/adopt.qcow2"
  format     = "qcow2"
  size_bytes = 1048576
  owner      = %[3]q
}
resource "hyperlab_kvm_domain" "vm" {
  name    = "hlacc-adopt"
  owner   = %[3]q
  type    = "qemu"
  kernel  = %[2]q
  running = false
  disks   = [{ path = hyperlab_kvm_volume.disk.path, format = "qcow2" }]
}
`, kvmTestDir, kernel, owner)
}

// What a killed apply left (a finished image, a defined domain, both marked) is
// taken by the next apply, and so is what an import (hyperlab adopt) brings into
// the state while it carries the configured mark; the same objects marked by
// another are refused.
func TestAccKvmAdoption(t *testing.T) {
	acctest.RequireNetns(t)
	kernel := hostKernel(t)
	t.Cleanup(func() {
		virshTry("undefine", "hlacc-adopt")
		_ = os.RemoveAll(kvmTestDir)
	})
	leave := func(owner string) {
		if err := os.MkdirAll(kvmTestDir, 0o755); err != nil {
			t.Fatal(err)
		}
		disk := kvmstore.VolumeModel{Path: types.StringValue(kvmTestDir + "/adopt.qcow2"), Format: types.StringValue("qcow2"), SizeBytes: types.Int64Value(1048576), Owner: types.StringValue(owner)}
		if err := (&kvmstore.VolumeResource{}).Make(t.Context(), &disk); err != nil {
			t.Fatal(err)
		}
		dom := kvm.DomainModel{Name: types.StringValue("hlacc-adopt"), Owner: types.StringValue(owner), Type: types.StringValue("qemu"), Vcpus: types.Int64Value(1),
			MemoryMiB: types.Int64Value(512), CPUMode: types.StringValue("maximum"), Machine: types.StringValue("pc"), Firmware: types.StringValue("bios"),
			Graphics: types.StringValue("none"), Kernel: types.StringValue(kernel), Disks: []kvm.Disk{{Path: disk.Path, Format: disk.Format}}}
		x, err := dom.DomainXML("")
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(t.TempDir(), "domain.xml")
		if err := os.WriteFile(file, []byte(x), 0o644); err != nil {
			t.Fatal(err)
		}
		virsh(t, "define", file)
	}
	gone := func(*terraform.State) error {
		if _, err := os.Stat(kvmTestDir + "/adopt.qcow2"); !os.IsNotExist(err) {
			return fmt.Errorf("the disk was not removed by destroy (%v)", err)
		}
		if exec.Command("virsh", "-q", "-c", "qemu:///system", "domuuid", "hlacc-adopt").Run() == nil {
			return fmt.Errorf("the domain was not undefined by destroy")
		}
		return nil
	}
	leave("acc/adopt")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy:             gone,
		Steps:                    []resource.TestStep{{Config: kvmAdoptConfig(kernel, "acc/adopt")}},
	})
	leave("acc/adopt")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy:             gone,
		Steps: []resource.TestStep{
			{Config: kvmAdoptConfig(kernel, "acc/adopt"), ResourceName: "hyperlab_kvm_volume.disk", ImportState: true,
				ImportStateId: kvmTestDir + "/adopt.qcow2", ImportStatePersist: true},
			{Config: kvmAdoptConfig(kernel, "acc/adopt"), ResourceName: "hyperlab_kvm_domain.vm", ImportState: true,
				ImportStateId: "hlacc-adopt", ImportStatePersist: true},
			{Config: kvmAdoptConfig(kernel, "acc/adopt"), Check: resource.ComposeTestCheckFunc(
				resource.TestCheckResourceAttr("hyperlab_kvm_volume.disk", "owner", "acc/adopt"),
				resource.TestCheckResourceAttr("hyperlab_kvm_domain.vm", "found_mark", "acc/adopt"))},
		},
	})
	leave("someone-else")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{{Config: kvmAdoptConfig(kernel, "acc/adopt"),
			ExpectError: regexp.MustCompile(`adopt.qcow2 carries the owner mark\s+"someone-else",\s+not\s+this\s+resource's\s+"acc/adopt"`)}},
	})
	if err := os.Remove(kvmTestDir + "/adopt.qcow2"); err != nil {
		t.Fatal(err)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{{Config: kvmAdoptConfig(kernel, "acc/adopt"),
			ExpectError: regexp.MustCompile(`domain hlacc-adopt carries the owner mark\s+"someone-else"`)}},
	})
}

// A guest that never becomes ready fails the apply after the timeout, naming
// itself and what was awaited.
func TestAccKvmWaitForTimeout(t *testing.T) {
	acctest.RequireNetns(t)
	kernel := hostKernel(t)
	// A wait_for with nothing to wait for, a port without an address, or a wait for
	// cloud-init without the guest agent's channel, is refused at plan.
	for config, message := range map[string]string{
		`wait_for = { timeout_seconds = 5 }`: `give wait_for an address, agent = true or cloud_init = true`,
		`wait_for = { tcp_port = 22 }`:       `tcp_port needs an address to connect to`,
		`wait_for = { cloud_init = true }`:   `wait_for.cloud_init reads cloud-init's result through the QEMU guest agent: set agent = true`,
	} {
		resource.Test(t, resource.TestCase{
			ProtoV6ProviderFactories: acctest.ProtoV6Providers,
			Steps: []resource.TestStep{{
				Config: fmt.Sprintf(`
resource "hyperlab_kvm_domain" "vm" {
  name   = "hlacc-wait"
  owner  = "acc/wait"
  kernel = %q
  %s
}
`, kernel, config),
				// Terraform wraps a diagnostic's lines: any space may be a line break.
				PlanOnly: true, ExpectError: regexp.MustCompile(strings.Join(strings.Fields(regexp.QuoteMeta(message)), `\s+`)),
			}},
		})
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		Steps: []resource.TestStep{{
			Config: fmt.Sprintf(`
resource "hyperlab_kvm_domain" "vm" {
  name     = "hlacc-wait"
  owner    = "acc/wait"
  type     = "qemu"
  kernel   = %q
  agent    = true
  wait_for = { agent = true, timeout_seconds = 5 }
  shutdown_timeout_seconds = 0
}
`, kernel),
			ExpectError: regexp.MustCompile(`guest hlacc-wait was not ready after 5s: waited for \[the\s+QEMU\s+guest\s+agent\s+to\s+answer\]`),
		}},
	})
}

func volumeConfig(size int64, url string) string {
	return fmt.Sprintf(`
resource "hyperlab_kvm_volume" "data" {
  path       = "%[1]s/data.qcow2"
  format     = "qcow2"
  size_bytes = %[2]d
  owner      = "acc/data"
}
resource "hyperlab_kvm_volume" "fetched" {
  path   = "%[1]s/fetched.qcow2"
  format = "qcow2"
  source = %[3]q
  owner  = "acc/fetched"
}
`, kvmTestDir, size, url)
}

func virtualSize(t *testing.T, file string) string {
	t.Helper()
	out, err := exec.Command("qemu-img", "info", "-U", "--output=json", file).Output()
	if err != nil {
		t.Fatalf("qemu-img info %s: %v", file, err)
	}
	return regexp.MustCompile(`"virtual-size": (\d+)`).FindStringSubmatch(string(out))[1]
}

// A disk grows in place and is replaced to shrink; an image from an http URL (a
// server of the test's own, on 127.0.0.1) is downloaded, its format detected and
// converted.
func TestAccKvmVolume(t *testing.T) {
	acctest.RequireNetns(t)
	raw := filepath.Join(t.TempDir(), "image.raw")
	if out, err := exec.Command("qemu-img", "create", "-q", "-f", "raw", raw, "4M").CombinedOutput(); err != nil {
		t.Fatalf("%v %s", err, out)
	}
	server := httptest.NewServer(http.FileServer(http.Dir(filepath.Dir(raw))))
	defer server.Close()
	url := server.URL + "/image.raw"
	action := func(a plancheck.ResourceActionType) resource.ConfigPlanChecks {
		return resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction("hyperlab_kvm_volume.data", a)}}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if _, err := os.Stat(kvmTestDir); !os.IsNotExist(err) {
				return fmt.Errorf("%s left (%v)", kvmTestDir, err)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: volumeConfig(1<<20, url),
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttr("hyperlab_kvm_volume.fetched", "source_format", "raw"),
					resource.TestCheckResourceAttr("hyperlab_kvm_volume.fetched", "size_bytes", "4194304"),
					func(*terraform.State) error {
						if s := virtualSize(t, kvmTestDir+"/data.qcow2"); s != "1048576" {
							return fmt.Errorf("virtual size %s", s)
						}
						return nil
					},
				),
			},
			{
				Config: volumeConfig(2<<20, url), ConfigPlanChecks: action(plancheck.ResourceActionUpdate),
				Check: func(*terraform.State) error {
					if s := virtualSize(t, kvmTestDir+"/data.qcow2"); s != "2097152" {
						return fmt.Errorf("not grown in place: virtual size %s", s)
					}
					return nil
				},
			},
			{Config: volumeConfig(1<<20, url), ConfigPlanChecks: action(plancheck.ResourceActionDestroyBeforeCreate)},
			{ResourceName: "hyperlab_kvm_volume.fetched", ImportState: true, ImportStateVerify: true, ImportStateId: kvmTestDir + "/fetched.qcow2", ImportStateVerifyIgnore: []string{"owner"}},
		},
	})
}

// A UEFI guest: libvirt selects OVMF and makes its NVRAM file, which Read gives
// back as firmware "efi" and destroy removes.
func TestAccKvmEfi(t *testing.T) {
	acctest.RequireNetns(t)
	kernel := hostKernel(t)
	nvram := "/var/lib/libvirt/qemu/nvram/hlacc-efi_VARS.fd"
	config := fmt.Sprintf(`
resource "hyperlab_kvm_domain" "vm" {
  name     = "hlacc-efi"
  owner    = "acc/efi"
  type     = "qemu"
  firmware = "efi"
  machine  = "q35"
  kernel   = %q
  shutdown_timeout_seconds = 0
}
`, kernel)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if _, err := os.Stat(nvram); !os.IsNotExist(err) {
				return fmt.Errorf("NVRAM %s left (%v)", nvram, err)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: config,
				Check: func(*terraform.State) error {
					x := liveXMLOf(t, "hlacc-efi")
					if !strings.Contains(x, "OVMF") || !strings.Contains(x, "<nvram") {
						return fmt.Errorf("no OVMF loader or NVRAM in the running guest:\n%s", x)
					}
					if s := strings.TrimSpace(virsh(t, "domstate", "hlacc-efi")); s != "running" {
						return fmt.Errorf("domain is %q", s)
					}
					_, err := os.Stat(nvram)
					return err
				},
			},
			{ResourceName: "hyperlab_kvm_domain.vm", ImportState: true, ImportStateVerify: true, ImportStateId: "hlacc-efi", ImportStateVerifyIgnore: []string{"owner"}},
		},
	})
}

func liveXMLOf(t *testing.T, name string) string { return virsh(t, "dumpxml", name) }
