package desktop_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/standin"
)

func virtualBoxConfig(base, image string, cpus, memory int, running bool) string {
	return fmt.Sprintf(`
resource "hyperlab_virtualbox_vm" "vm" {
  name        = "hlacc-vbox"
  mark        = "acc/vbox.vm"
  os_type     = "Debian_64"
  disk_image  = %q
  base_folder = %q
  cpus        = %d
  memory_mib  = %d
  running     = %t
  nics = [
    { kind = "bridged", adapter = "hlaccbr0", mac = "52:54:00:00:95:0a" },
    { kind = "nat", mac = "52:54:00:00:95:0b" },
  ]
}
`, image, base, cpus, memory, running)
}

func TestAccVirtualBoxVM(t *testing.T) {
	state := standins(t)
	base := t.TempDir()
	image := filepath.Join(t.TempDir(), "debian.vdi")
	if err := os.WriteFile(image, []byte("disk"), 0o644); err != nil {
		t.Fatal(err)
	}
	action := func(a plancheck.ResourceActionType) resource.ConfigPlanChecks {
		return resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction("hyperlab_virtualbox_vm.vm", a)}}
	}
	vmFile := standin.VMPath(state, "hlacc-vbox")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProtoV6Providers,
		CheckDestroy: func(*terraform.State) error {
			if _, err := os.Stat(vmFile); !os.IsNotExist(err) {
				return fmt.Errorf("VM still registered: %v", err)
			}
			if _, err := os.Stat(image); err != nil {
				return fmt.Errorf("the user's image went with the VM: %v", err)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: virtualBoxConfig(base, image, 1, 512, true),
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttr("hyperlab_virtualbox_vm.vm", "id", "hlacc-vbox"),
					resource.TestCheckResourceAttr("hyperlab_virtualbox_vm.vm", "nics.0.mac", "52:54:00:00:95:0a"),
					func(*terraform.State) error {
						disk := filepath.Join(base, "hlacc-vbox", "hlacc-vbox-disk0.vdi")
						if !inOrder(calls(t, state),
							"VBoxManage -q createvm --name hlacc-vbox --ostype Debian_64 --basefolder "+base+" --register",
							"VBoxManage -q clonemedium disk "+image+" "+disk+" --format VDI",
							"VBoxManage -q storageattach hlacc-vbox --storagectl SATA --port 0 --device 0 --type hdd --medium "+disk,
							"VBoxManage -q modifyvm hlacc-vbox --cpus 1 --memory 512 --nic1 bridged --bridgeadapter1 hlaccbr0 --macaddress1 52540000950A "+
								"--nic2 nat --macaddress2 52540000950B --nic3 none --nic4 none",
							"VBoxManage -q setextradata hlacc-vbox hyperlab/owner acc/vbox.vm",
							"VBoxManage -q startvm hlacc-vbox --type headless") {
							return fmt.Errorf("calls: %q", calls(t, state))
						}
						return nil
					},
				),
			},
			{Config: virtualBoxConfig(base, image, 1, 512, true), PlanOnly: true}, // a second plan is clean
			{ // cpus and memory in place: powered off, changed, started again
				Config: virtualBoxConfig(base, image, 2, 1024, true), ConfigPlanChecks: action(plancheck.ResourceActionUpdate),
				Check: func(*terraform.State) error {
					all := calls(t, state)
					// The update's calls, then the read back of what the VM has (Update ends with a Read).
					if !inOrder(all[len(all)-6:], "VBoxManage -q controlvm hlacc-vbox poweroff",
						"VBoxManage -q modifyvm hlacc-vbox --cpus 2 --memory 1024 --nic1 bridged --bridgeadapter1 hlaccbr0 --macaddress1 52540000950A "+
							"--nic2 nat --macaddress2 52540000950B --nic3 none --nic4 none",
						"VBoxManage -q startvm hlacc-vbox --type headless",
						"VBoxManage -q showvminfo hlacc-vbox --machinereadable", "VBoxManage -q getextradata hlacc-vbox enumerate") {
						return fmt.Errorf("calls: %q", all)
					}
					return nil
				},
			},
			{
				// Every attribute comes back, the OS type id and the disk source from the VM's extradata;
				// the mark only as found_mark (import leaves `mark` to the configuration).
				ResourceName: "hyperlab_virtualbox_vm.vm", ImportState: true, ImportStateVerify: true, ImportStateId: "hlacc-vbox",
				ImportStateVerifyIgnore: acctest.ImportKeepsMarkNull, ImportStateCheck: acctest.ImportedMark("mark", "acc/vbox.vm"),
			},
			{ // memory changed by hand: drift in plan
				PreConfig: func() { editVM(t, state, "hlacc-vbox", func(vm *standin.VboxVM) { vm.MemoryMiB = 2048 }) },
				Config:    virtualBoxConfig(base, image, 2, 1024, true), PlanOnly: true, ExpectNonEmptyPlan: true,
			},
			{Config: virtualBoxConfig(base, image, 2, 1024, true), ConfigPlanChecks: action(plancheck.ResourceActionUpdate)},
			{ // powered off by hand: drift, started again in place
				PreConfig: func() { editVM(t, state, "hlacc-vbox", func(vm *standin.VboxVM) { vm.State = "poweroff" }) },
				Config:    virtualBoxConfig(base, image, 2, 1024, true), ConfigPlanChecks: action(plancheck.ResourceActionUpdate),
			},
			{ // stopped in configuration: powered off without a modifyvm
				Config: virtualBoxConfig(base, image, 2, 1024, false), ConfigPlanChecks: action(plancheck.ResourceActionUpdate),
				Check: func(*terraform.State) error {
					// Powered off last, then read back (Update ends with a Read), with no modifyvm between.
					if all := calls(t, state); len(all) < 3 || all[len(all)-3] != "VBoxManage -q controlvm hlacc-vbox poweroff" ||
						!inOrder(all[len(all)-2:], "VBoxManage -q showvminfo hlacc-vbox --machinereadable", "VBoxManage -q getextradata hlacc-vbox enumerate") {
						return fmt.Errorf("calls: %q", all)
					}
					return nil
				},
			},
			{ // deleted by hand: Read drops it quietly, apply makes it again
				PreConfig: func() { _ = os.Remove(vmFile); _ = os.RemoveAll(filepath.Join(base, "hlacc-vbox")) },
				Config:    virtualBoxConfig(base, image, 2, 1024, false), ConfigPlanChecks: action(plancheck.ResourceActionCreate),
			},
		},
	})
}
