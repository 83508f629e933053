package desktop

import (
	"reflect"
	"strings"
	"testing"
)

var testVmxSpec = vmxSpec{
	DisplayName: "desk", GuestOS: "debian12-64", Cpus: 2, MemoryMiB: 2048,
	Disks: []string{"/srv/vmware/desk/disk0.vmdk"},
	Nics:  []vmxNic{{ConnectionType: "custom", Vnet: 3, Mac: "00:50:56:00:00:0a"}, {ConnectionType: "nat", Vnet: -1, Mac: "00:50:56:00:00:0b"}},
	Owner: "lab/desk.vm",
}

func TestRenderVmxNew(t *testing.T) {
	want := `.encoding = "UTF-8"
config.version = "8"
virtualHW.version = "19"
displayName = "desk"
guestOS = "debian12-64"
numvcpus = "2"
memsize = "2048"
scsi0.present = "TRUE"
scsi0.virtualDev = "lsilogic"
scsi0:0.present = "TRUE"
scsi0:0.fileName = "/srv/vmware/desk/disk0.vmdk"
ethernet0.present = "TRUE"
ethernet0.virtualDev = "e1000"
ethernet0.connectionType = "custom"
ethernet0.vnet = "/dev/vmnet3"
ethernet0.addressType = "static"
ethernet0.address = "00:50:56:00:00:0a"
ethernet1.present = "TRUE"
ethernet1.virtualDev = "e1000"
ethernet1.connectionType = "nat"
ethernet1.addressType = "static"
ethernet1.address = "00:50:56:00:00:0b"
hyperlab.owner = "lab/desk.vm"
`
	if got := renderVmx("", testVmxSpec); got != want {
		t.Fatalf("got\n%s", got)
	}
	if !reflect.DeepEqual(mustReadVmx(t, want), testVmxSpec) {
		t.Fatalf("read back %+v", mustReadVmx(t, want))
	}
}

// On a real .vmx the managed keys are replaced, whatever their case, and the rest
// stays in its order.
func TestRenderVmxKeepsUnmanagedKeys(t *testing.T) {
	got := renderVmx(testdata(t, "winxp-bridged-custom.vmx"), testVmxSpec)
	for _, gone := range []string{`Ethernet0.connectionType = "bridged"`, `Ethernet1.present = "FALSE"`, `Ethernet2.vnet`, `memsize = "256"`, `guestOS = "winxppro"`} {
		if strings.Contains(got, gone) {
			t.Errorf("managed line %q kept", gone)
		}
	}
	for _, kept := range []string{`uuid.bios = "56 4d 13 7a a9 32 1e 82-0c ce 85 9c d6 ef 24 3c"`, `ethernet0.generatedAddress = "00:0c:29:ef:24:3c"`, `ide0:0.fileName = "Windows XP Professional.vmdk"`} {
		if !strings.Contains(got, kept) {
			t.Errorf("unmanaged line %q dropped", kept)
		}
	}
	if !reflect.DeepEqual(mustReadVmx(t, got), testVmxSpec) {
		t.Fatalf("read back %+v", mustReadVmx(t, got))
	}
	if renderVmx(got, testVmxSpec) != got {
		t.Fatal("a second render changed the file")
	}
	// Another owner's mark, in VMware's spelling of any case, is replaced by this one, never doubled.
	remarked := renderVmx(strings.Replace(got, `hyperlab.owner = "lab/desk.vm"`, `HyperLab.Owner = "other/stack"`, 1), testVmxSpec)
	if strings.Count(strings.ToLower(remarked), "hyperlab.owner") != 1 || mustReadVmx(t, remarked).Owner != "lab/desk.vm" {
		t.Fatalf("re-marked:\n%s", remarked)
	}
}

func TestReadVmxSpecOfRecordedFiles(t *testing.T) {
	s := mustReadVmx(t, testdata(t, "winxppro-nat.vmx"))
	want := vmxSpec{DisplayName: "Windows XP Pro", GuestOS: "winxppro", Cpus: 2, MemoryMiB: 1024,
		Nics: []vmxNic{{ConnectionType: "nat", Vnet: -1, Mac: "00:0c:29:d8:f4:63"}}}
	if !reflect.DeepEqual(s, want) {
		t.Fatalf("got %+v", s)
	}
	// Ethernet1 and 2 are not present; ethernet0 is bridged with a generated MAC.
	s = mustReadVmx(t, testdata(t, "winxp-bridged-custom.vmx"))
	if len(s.Nics) != 1 || s.Nics[0] != (vmxNic{ConnectionType: "bridged", Vnet: -1, Mac: "00:0c:29:ef:24:3c"}) || s.MemoryMiB != 256 {
		t.Fatalf("got %+v", s)
	}
}

func mustReadVmx(t *testing.T, text string) vmxSpec {
	t.Helper()
	s, err := readVmxSpec(text)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// A number key that is not a number is an error, not 0 (which reads as drift
// to repair, rewriting what someone put there); an absent one reads as 0.
func TestReadVmxNumbers(t *testing.T) {
	if _, err := readVmxSpec("numvcpus = \"two\"\n"); err == nil || !strings.Contains(err.Error(), "numvcpus") {
		t.Fatalf("numvcpus = two: err = %v", err)
	}
	if _, err := readVmxSpec("memsize = \"1G\"\n"); err == nil || !strings.Contains(err.Error(), "memsize") {
		t.Fatalf("memsize = 1G: err = %v", err)
	}
	if s, err := readVmxSpec("displayname = \"x\"\n"); err != nil || s.Cpus != 0 || s.MemoryMiB != 0 {
		t.Fatalf("no numbers: %+v, %v", s, err)
	}
}
