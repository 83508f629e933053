import { BridgedNetwork, VirtualBoxVm } from "../constructs";
import { commandsOf, synth, synthError } from "./support/synth";

describe("VirtualBoxVm", () => {
  test("imports an OVA, sets CPUs, memory and NICs (bridged, NAT), starts headless; destroy unregisters with --delete", () => {
    const json = synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.50.0.0/24" });
      new VirtualBoxVm(stack, "vm", {
        host, name: "desk", ova: "/srv/debian.ova", cpus: 2, memoryMiB: 2048,
        nics: [{ network: lan, mac: "08:00:27:00:00:01" }, { nat: true, mac: "08:00:27:00:00:02" }],
      });
    });
    const { create, destroy } = Object.entries(commandsOf(json)).find(([k]) => k.startsWith("vm_"))![1];
    expect(create.split("\n")).toEqual([
      "set -eu",
      "VBoxManage -q import /srv/debian.ova --vsys 0 --vmname desk --basefolder /var/lib/hyperlab/virtualbox",
      "VBoxManage -q modifyvm desk --cpus 2 --memory 2048 --nic1 bridged --bridgeadapter1 hlbr0 --macaddress1 080027000001 " +
        "--nictype1 virtio --nic2 nat --macaddress2 080027000002 --nictype2 virtio",
      "VBoxManage -q startvm desk --type headless",
    ]);
    expect(destroy).toBe(
      "set -eu\nif VBoxManage -q showvminfo desk >/dev/null 2>&1; then VBoxManage -q controlvm desk poweroff || true; " +
        "VBoxManage -q unregistervm desk --delete; fi",
    );
  });

  test("builds a VM around a copy of a disk image, so --delete never removes the original", () => {
    const json = synth((stack, host) => {
      new VirtualBoxVm(stack, "vm", { host, name: "desk", diskImage: "/srv/disk.vdi", osType: "Debian_64", nics: [{ hostOnlyAdapter: "vboxnet0" }] });
    });
    const { create } = Object.values(commandsOf(json))[0];
    expect(create).toContain("VBoxManage -q createvm --name desk --ostype Debian_64 --basefolder /var/lib/hyperlab/virtualbox --register");
    expect(create).toContain("VBoxManage -q clonemedium disk /srv/disk.vdi /var/lib/hyperlab/virtualbox/desk/desk-disk0.vdi --format VDI");
    expect(create).toContain("--medium /var/lib/hyperlab/virtualbox/desk/desk-disk0.vdi");
    expect(create).toMatch(/--nic1 hostonly --hostonlyadapter1 vboxnet0 --macaddress1 [0-9A-F]{12}/);
  });

  test.each([
    ["neither OVA nor disk", {}, "test/vm: give exactly one of ova or diskImage"],
    ["both OVA and disk", { ova: "/a.ova", diskImage: "/b.vdi" }, "test/vm: give exactly one of ova or diskImage"],
    ["five NICs", { ova: "/a.ova", nics: [{ nat: true }, { nat: true }, { nat: true }, { nat: true }, { nat: true }] }, "test/vm: nics an array of 5 is invalid: expected at most 4 entries"],
    ["a NIC with two attachments", { ova: "/a.ova", nics: [{ nat: true, hostOnlyAdapter: "vboxnet0" }] }, "test/vm: nics[0] needs exactly one of network, hostOnlyAdapter or nat"],
    ["a relative OVA path", { ova: "debian.ova" }, 'test/vm: ova "debian.ova" is invalid: an absolute path'],
    ["a VM name with backticks", { ova: "/a.ova", name: "`reboot`" }, 'test/vm: name "`reboot`" is invalid'],
    ["an OS type with spaces", { diskImage: "/a.vdi", osType: "Debian 64" }, 'test/vm: osType "Debian 64" is invalid'],
  ])("refuses %s", (_n, props, message) => {
    expect(synthError((stack, host) => new VirtualBoxVm(stack, "vm", { host, name: "desk", ...props }))).toContain(message);
  });
});
