package desktop_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
)

func vmnetConfig(file, body string) string {
	return fmt.Sprintf(`
resource "hyperlab_vmnet" "lan" {
  networking_file = %q
  number          = 3
%s
}
resource "hyperlab_vmnet" "uplink" {
  networking_file = %q
  number          = 4
  mode             = "bridged"
  bridge_interface = "hlaccbr0"
}
`, file, body, file)
}

func TestAccVmnet(t *testing.T) {
	state := standins(t)
	file := filepath.Join(t.TempDir(), "networking")
	t.Setenv("HYPERLAB_STANDIN_NETWORKING", file)
	// A networking file VMware made already: its vmnet1 and vmnet8 stay as they are.
	vmware := "VERSION=1,0\nanswer VNET_1_DHCP yes\nanswer VNET_1_HOSTONLY_NETMASK 255.255.255.0\nanswer VNET_1_HOSTONLY_SUBNET 172.16.134.0\n" +
		"answer VNET_1_VIRTUAL_ADAPTER yes\nanswer VNET_8_NAT yes\n"
	if err := os.WriteFile(file, []byte(vmware), 0o644); err != nil {
		t.Fatal(err)
	}
	nat := "  mode = \"nat\"\n  subnet = \"10.97.0.0/24\"\n  dhcp = true\n"
	hostonly := "  mode = \"hostonly\"\n  subnet = \"10.98.0.0/16\"\n"
	action := func(a plancheck.ResourceActionType) resource.ConfigPlanChecks {
		return resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction("hyperlab_vmnet.lan", a)}}
	}
	contains := func(lines ...string) resource.TestCheckFunc {
		return func(*terraform.State) error {
			b, _ := os.ReadFile(file)
			for _, line := range lines {
				if !strings.Contains(string(b), line+"\n") {
					return fmt.Errorf("networking file has no %q:\n%s", line, b)
				}
			}
			if _, err := os.Stat(filepath.Join(state, "vmware-networks-started")); err != nil {
				return fmt.Errorf("vmware-networks was not started: %q", calls(t, state))
			}
			return nil
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if b, _ := os.ReadFile(file); string(b) != vmware {
				return fmt.Errorf("destroy left the file as\n%s", b)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: vmnetConfig(file, nat),
				Check: contains("answer VNET_3_DHCP yes", "answer VNET_3_HOSTONLY_SUBNET 10.97.0.0", "answer VNET_3_NAT yes",
					"add_bridge_mapping hlaccbr0 4", "answer VNET_1_HOSTONLY_SUBNET 172.16.134.0"),
			},
			{Config: vmnetConfig(file, nat), PlanOnly: true},
			{Config: vmnetConfig(file, hostonly), ConfigPlanChecks: action(plancheck.ResourceActionUpdate),
				Check: contains("answer VNET_3_HOSTONLY_NETMASK 255.255.0.0", "answer VNET_3_DHCP no")},
			{ResourceName: "hyperlab_vmnet.lan", ImportState: true, ImportStateVerify: true, ImportStateId: "3:" + file},
			{ // the subnet changed by hand: drift, repaired in place
				PreConfig: func() {
					b, _ := os.ReadFile(file)
					_ = os.WriteFile(file, []byte(strings.Replace(string(b), "VNET_3_HOSTONLY_SUBNET 10.98.0.0", "VNET_3_HOSTONLY_SUBNET 10.99.0.0", 1)), 0o644)
				},
				Config: vmnetConfig(file, hostonly), ConfigPlanChecks: action(plancheck.ResourceActionUpdate),
			},
			{ // removed by hand (VMware's editor): made again
				PreConfig: func() { _ = os.WriteFile(file, []byte(vmware+"add_bridge_mapping hlaccbr0 4\n"), 0o644) },
				Config:    vmnetConfig(file, hostonly), ConfigPlanChecks: action(plancheck.ResourceActionCreate),
			},
		},
	})
}

// A vmnet already in the networking file (VMware's own vmnet8 here) is not
// taken by Create: refused, the file as it was; imported, it is adopted.
func TestAccVmnetRefusesAVmnetInTheFile(t *testing.T) {
	standins(t)
	file := filepath.Join(t.TempDir(), "networking")
	t.Setenv("HYPERLAB_STANDIN_NETWORKING", file)
	vmware := "VERSION=1,0\nanswer VNET_8_DHCP yes\nanswer VNET_8_HOSTONLY_NETMASK 255.255.255.0\nanswer VNET_8_HOSTONLY_SUBNET 172.16.135.0\n" +
		"answer VNET_8_NAT yes\nanswer VNET_8_VIRTUAL_ADAPTER yes\n"
	if err := os.WriteFile(file, []byte(vmware), 0o644); err != nil {
		t.Fatal(err)
	}
	config := fmt.Sprintf(`
resource "hyperlab_vmnet" "nat" {
  networking_file = %q
  number          = 8
  mode            = "nat"
  subnet          = "10.96.0.0/24"
}
`, file)
	unchanged := func(*terraform.State) error {
		if b, _ := os.ReadFile(file); string(b) != vmware {
			return fmt.Errorf("VMware's vmnet8 changed:\n%s", b)
		}
		return nil
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy:             unchanged,
		Steps: []resource.TestStep{
			{Config: config, ExpectError: regexp.MustCompile(`vmnet8 is already in`)},
		},
	})
	if err := unchanged(nil); err != nil {
		t.Fatal(err)
	}
}
