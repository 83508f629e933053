import { BridgedNetwork, LinuxHost, VirtualBoxVm } from "../constructs";
import { only, synth, synthError } from "./support/synth";

describe("VirtualBoxVm", () => {
  test("imports an OVA with CPUs, memory and NICs (bridged to the network's bridge, NAT), running, after its bridge", () => {
    const json = synth((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.50.0.0/24" });
      new VirtualBoxVm(stack, "vm", {
        host, name: "desk", ova: "/srv/debian.ova", cpus: 2, memoryMiB: 2048,
        nics: [{ network: lan, mac: "08:00:27:00:00:01" }, { nat: true, mac: "08:00:27:00:00:02" }],
      });
    });
    const [vm] = only(json, "hyperlab_virtualbox_vm");
    expect(vm).toEqual({
      provider: "hyperlab",
      name: "desk", mark: expect.stringMatching(/^test\/[0-9a-f]{42}$/),
      os_type: "Linux_64", ova: "/srv/debian.ova", base_folder: "/var/lib/hyperlab/virtualbox",
      cpus: 2, memory_mib: 2048, running: true,
      nics: [{ kind: "bridged", adapter: "hlbr0", mac: "08:00:27:00:00:01" }, { kind: "nat", mac: "08:00:27:00:00:02" }],
      depends_on: [expect.stringMatching(/^hyperlab_bridge\.lan_bridge_/)],
    });
    expect(json.resource.terraform_data).toBeUndefined();
  });

  test("a disk image VM: its OS type, base folder, a host-only NIC with a derived MAC, not running", () => {
    const json = synth((stack, host) => {
      new VirtualBoxVm(stack, "vm", {
        host, name: "desk", diskImage: "/srv/disk.vdi", osType: "Debian_64", baseFolder: "/srv/vbox", running: false,
        nics: [{ hostOnlyAdapter: "vboxnet0" }],
      });
    });
    const [vm] = only(json, "hyperlab_virtualbox_vm");
    expect(vm).toMatchObject({ disk_image: "/srv/disk.vdi", os_type: "Debian_64", base_folder: "/srv/vbox", running: false, cpus: 1, memory_mib: 1024 });
    expect(vm.ova).toBeUndefined();
    expect(vm.nics).toEqual([{ kind: "hostonly", adapter: "vboxnet0", mac: expect.stringMatching(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/) }]);
  });

  test.each([
    ["neither OVA nor disk", {}, "test/vm: give exactly one of ova or diskImage"],
    ["both OVA and disk", { ova: "/a.ova", diskImage: "/b.vdi" }, "test/vm: give exactly one of ova or diskImage"],
    ["an OS type for an OVA", { ova: "/a.ova", osType: "Debian_64" }, "test/vm: osType applies to diskImage VMs"],
    ["five NICs", { ova: "/a.ova", nics: [{ nat: true }, { nat: true }, { nat: true }, { nat: true }, { nat: true }] }, "test/vm: nics an array of 5 is invalid: expected at most 4 entries"],
    ["a NIC with two attachments", { ova: "/a.ova", nics: [{ nat: true, hostOnlyAdapter: "vboxnet0" }] }, "test/vm: nics[0] needs exactly one of network, hostOnlyAdapter or nat"],
    ["a NIC with none", { ova: "/a.ova", nics: [{}] }, "test/vm: nics[0] needs exactly one of network, hostOnlyAdapter or nat"],
    ["a host-only adapter that is an option", { ova: "/a.ova", nics: [{ hostOnlyAdapter: "-v" }] }, 'test/vm: nics[0].hostOnlyAdapter "-v" is invalid'],
    ["a multicast MAC", { ova: "/a.ova", nics: [{ nat: true, mac: "01:00:5e:00:00:01" }] }, 'test/vm: nics[0].mac "01:00:5e:00:00:01" is invalid'],
    ["a relative OVA path", { ova: "debian.ova" }, 'test/vm: ova "debian.ova" is invalid: an absolute path'],
    ["a relative base folder", { ova: "/a.ova", baseFolder: "vbox" }, 'test/vm: baseFolder "vbox" is invalid: an absolute path'],
    ["a VM name with backticks", { ova: "/a.ova", name: "`reboot`" }, 'test/vm: name "`reboot`" is invalid'],
    ["a VM name that is an option", { ova: "/a.ova", name: "-v" }, 'test/vm: name "-v" is invalid'],
    ["an OS type with spaces", { diskImage: "/a.vdi", osType: "Debian 64" }, 'test/vm: osType "Debian 64" is invalid'],
    ["zero CPUs", { ova: "/a.ova", cpus: 0 }, "test/vm: cpus 0 is invalid: expected an integer from 1 to 32"],
    ["3 MiB", { ova: "/a.ova", memoryMiB: 3 }, "test/vm: memoryMiB 3 is invalid: expected an integer from 4 to 1048576 MiB"],
    ["running as a string", { ova: "/a.ova", running: "yes" }, 'test/vm: running "yes" is invalid: expected true or false'],
  ])("refuses %s", (_n, props, message) => {
    expect(synthError((stack, host) => new VirtualBoxVm(stack, "vm", { host, name: "desk", ...props } as any))).toContain(message);
  });

  test("refuses a bridge on another host", () => {
    expect(synthError((stack, host) => {
      const other = new LinuxHost(stack, "other");
      const lan = new BridgedNetwork(stack, "lan", { host: other, bridgeName: "hlbr0", cidr: "10.50.0.0/24" });
      new VirtualBoxVm(stack, "vm", { host, name: "desk", ova: "/a.ova", nics: [{ network: lan }] });
    })).toContain("test/vm: nics[0].network test/lan is on another host than test/host");
  });

  test("owner mark: the stack and the VM's construct address, the same on every synth, one per VM", () => {
    const two = () => synth((stack, host) => {
      new VirtualBoxVm(stack, "a", { host, name: "a", ova: "/srv/a.ova" });
      new VirtualBoxVm(stack, "b", { host, name: "b", ova: "/srv/a.ova" });
    });
    const marks = only(two(), "hyperlab_virtualbox_vm").map((r) => r.mark as string);
    expect(only(two(), "hyperlab_virtualbox_vm").map((r) => r.mark)).toEqual(marks);
    expect(new Set(marks).size).toBe(2);
    // The provider refuses a mark outside its pattern (ownerMark) at plan: none of these is.
    marks.forEach((m) => expect(m).toMatch(/^test\/[0-9a-f]{42}$/));
  });
});
