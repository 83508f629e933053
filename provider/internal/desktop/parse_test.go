package desktop

import (
	"os"
	"reflect"
	"testing"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

func testdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestParseShowvminfoBridgedPoweroff(t *testing.T) {
	info, err := parseVboxInfo(testdata(t, "showvminfo-bridged-poweroff.txt"), 4)
	if err != nil {
		t.Fatal(err)
	}
	want := vboxInfo{
		Name: "foo", Cpus: 1, MemoryMiB: 360, State: "poweroff",
		BaseFolder: "/Users/mitchellh/Library/VirtualBox/Machines",
		Nics:       []vboxNic{{Kind: "bridged", Adapter: "en1: AirPort", Mac: "08:00:27:71:f2:57"}},
	}
	if !reflect.DeepEqual(info, want) {
		t.Fatalf("got %+v\nwant %+v", info, want)
	}
	// Quoted keys with spaces split at the closing quote.
	if v := parseMachineReadable(testdata(t, "showvminfo-bridged-poweroff.txt"))["IDE Controller-0-0"]; v != "/Users/mitchellh/Library/VirtualBox/HardDisks/HoboBase.vmdk" {
		t.Fatalf("quoted key: %q", v)
	}
}

func TestParseShowvminfoRunning(t *testing.T) {
	info, err := parseVboxInfo(testdata(t, "showvminfo-running-head.txt"), 4)
	if err != nil {
		t.Fatal(err)
	}
	if info.Name != "default" || info.Cpus != 8 || info.MemoryMiB != 2048 || info.State != "running" ||
		info.BaseFolder != "/Users/matthew/.docker/machine/machines/default" || len(info.Nics) != 0 {
		t.Fatalf("got %+v", info)
	}
}

func TestParseShowvminfoNatAndHostOnly(t *testing.T) {
	// The recording holds only the NIC part: cpus and memory are missing and say so.
	text := testdata(t, "showvminfo-nat-hostonly-nics.txt")
	if _, err := parseVboxInfo(text, 4); err == nil {
		t.Fatal("output without cpus parsed")
	}
	info, err := parseVboxInfo("cpus=1\nmemory=512\n"+text, 4)
	if err != nil {
		t.Fatal(err)
	}
	want := []vboxNic{
		{Kind: "nat", Mac: "08:00:27:a3:45:b5"},
		{Kind: "hostonly", Adapter: "vboxnet1", Mac: "08:00:27:c7:16:c6"},
	}
	if !reflect.DeepEqual(info.Nics, want) {
		t.Fatalf("got %+v", info.Nics)
	}
}

func TestMacForms(t *testing.T) {
	if got := vboxMac("08:00:27:a3:45:b5"); got != "080027A345B5" {
		t.Fatal(got)
	}
	if got := colonMac("080027A345B5"); got != "08:00:27:a3:45:b5" {
		t.Fatal(got)
	}
}

func TestParseVmrunList(t *testing.T) {
	got := parseVmrunList(testdata(t, "vmrun-list-two.txt"))
	want := []string{
		"/Volumes/raid/UserData/vagrant/67e7d343-12df-4a64-941d-653da2cd8fe7/precise64.vmx",
		"/Users/rterhaar/tmp/packer-templates/output-trusty-vmware-basebox/trusty-vmware-base-1396677075.vmx",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q", got)
	}
	if got := parseVmrunList("Total running VMs: 0\n"); len(got) != 0 {
		t.Fatalf("nothing running, got %q", got)
	}
}

func TestParseVmxNat(t *testing.T) {
	v := parseVmx(testdata(t, "winxppro-nat.vmx"))
	for key, want := range map[string]string{
		"guestos": "winxppro", "numvcpus": "2", "memsize": "1024", "displayname": "Windows XP Pro",
		"ethernet0.present": "TRUE", "ethernet0.connectiontype": "nat", "ethernet0.addresstype": "generated",
		"ethernet0.generatedaddress": "00:0c:29:d8:f4:63", "ide0:0.filename": "winxppro.vmdk", "ide0:0.redo": "",
	} {
		if v[key] != want {
			t.Errorf("%s = %q, want %q", key, v[key], want)
		}
	}
	// The "#!/usr/bin/vmware" first line is a comment, not a key.
	if _, ok := v["#!/usr/bin/vmware"]; ok {
		t.Error("shebang read as a key")
	}
}

func TestParseVmxMixedCase(t *testing.T) {
	v := parseVmx(testdata(t, "winxp-bridged-custom.vmx"))
	for key, want := range map[string]string{
		"ethernet0.present": "TRUE", "ethernet0.connectiontype": "bridged", "ethernet0.vnet": "/dev/vmnet0",
		"ethernet1.present": "FALSE", "ethernet1.connectiontype": "custom", "ethernet2.vnet": "/dev/vmnet8",
		"memsize": "256",
	} {
		if v[key] != want {
			t.Errorf("%s = %q, want %q", key, v[key], want)
		}
	}
}

// Host paths are argv words: spaces and other printable characters are taken,
// control characters (newline, NUL, ESC) and format characters are not.
func TestPathWords(t *testing.T) {
	for _, p := range []string{"/srv/VirtualBox VMs", "/srv/debian~12.ova", "/home/josé/@vms/a+b (1).vdi", "/"} {
		if !validate.HostPathArg.Pattern.MatchString(p) {
			t.Errorf("hostPathArg refused %q", p)
		}
	}
	for _, p := range []string{"", "srv/a", "-a", "/a\nb", "/a\x00b", "/a\x1bb", "/a\u202eb", "/a\u00a0b"} {
		if validate.HostPathArg.Pattern.MatchString(p) {
			t.Errorf("hostPathArg took %q", p)
		}
	}
	if !vmxPathWord.Pattern.MatchString("/srv/Virtual Machines/vm1/vm1.vmx") || vmxPathWord.Pattern.MatchString("/srv/vm1.vmx\n") {
		t.Error("vmxPathWord: a path with a space refused, or one with a newline taken")
	}
}

// getextradata's enumerate output: values keep their commas and spaces; lines
// that are not a key (a banner, a blank) are skipped.
func TestParseVboxExtraData(t *testing.T) {
	out := "Key: GUI/LastCloseAction, Value: PowerOff\r\n" +
		"Key: hyperlab/disk-image, Value: /srv/images/debian 12, amd64.vdi\n" +
		"Key: hyperlab/os-type, Value: Debian_64\n\n"
	got := parseVboxExtraData(out)
	want := map[string]string{"GUI/LastCloseAction": "PowerOff", vboxKeyDiskImage: "/srv/images/debian 12, amd64.vdi", vboxKeyOSType: "Debian_64"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %q, want %q", k, got[k], v)
		}
	}
	if len(parseVboxExtraData("No value set!\n")) != 0 {
		t.Error("a VM without extradata has no keys")
	}
}
