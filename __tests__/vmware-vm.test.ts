import { BridgedNetwork, LinuxHost, VmnetNetwork, VmwareVm } from "../constructs";
import { only, synth, synthError } from "./support/synth";

// The .vmx keys themselves are written by the provider from these attributes
// (provider/internal/desktop/vmware_vmx_test.go checks every key).
describe("VmwareVm", () => {
  test("a VM on a vmnet: its .vmx path, guestOS, numvcpus, memsize, disks and a custom NIC with a static MAC", () => {
    const json = synth((stack, host) => {
      const vmnet = new VmnetNetwork(stack, "vmnet3", { host, number: 3, mode: "hostonly", cidr: "10.61.0.0/24" });
      new VmwareVm(stack, "vm", {
        host, name: "desk", baseFolder: "/srv/vmware", guestOS: "debian12-64", cpus: 2, memoryMiB: 2048,
        disks: ["/srv/vmware/desk/disk0.vmdk", "/srv/data.vmdk"], nics: [{ network: vmnet, mac: "00:50:56:3F:00:01" }], running: false,
      });
    });
    const [vm] = only(json, "hyperlab_vmware_vm");
    expect(vm).toEqual({
      provider: "hyperlab", vmx_path: "/srv/vmware/desk/desk.vmx", mark: expect.stringMatching(/^test\/[0-9a-f]{42}$/),
      display_name: "desk", guest_os: "debian12-64",
      cpus: 2, memory_mib: 2048, disks: ["/srv/vmware/desk/disk0.vmdk", "/srv/data.vmdk"], running: false,
      nics: [{ connection_type: "custom", vnet: 3, mac: "00:50:56:3f:00:01" }],
      depends_on: [expect.stringMatching(/^hyperlab_vmnet\.vmnet3_vmnet_/)],
    });
  });

  test("defaults: other-64, 1 CPU, 1024 MiB, running, under /var/lib/hyperlab/vmware; derived MACs in VMware's static range", () => {
    const json = synth((stack, host) => {
      const vmnet = new VmnetNetwork(stack, "vmnet3", { host, number: 3, mode: "nat", cidr: "10.61.0.0/24" });
      new VmwareVm(stack, "vm", { host, name: "desk", nics: [{ network: vmnet }, { network: vmnet }] });
    });
    const [vm] = only(json, "hyperlab_vmware_vm");
    expect(vm).toMatchObject({ vmx_path: "/var/lib/hyperlab/vmware/desk/desk.vmx", guest_os: "other-64", cpus: 1, memory_mib: 1024, running: true, disks: [] });
    const macs = vm.nics.map((n: any) => n.mac);
    for (const mac of macs) expect(mac).toMatch(/^00:50:56:[0-3][0-9a-f]:[0-9a-f]{2}:[0-9a-f]{2}$/);
    expect(new Set(macs).size).toBe(2);
  });

  test.each([
    ["a MAC outside VMware's static range", { nics: "mac:00:50:56:40:00:00" }, 'test/vm: nics[0].mac "00:50:56:40:00:00" is invalid: expected a MAC in VMware\'s static range'],
    ["a MAC of another vendor", { nics: "mac:52:54:00:00:00:01" }, 'test/vm: nics[0].mac "52:54:00:00:00:01" is invalid'],
    ["memory not a multiple of 4", { memoryMiB: 1026 }, "test/vm: memoryMiB 1026 is invalid: expected a multiple of 4 MiB"],
    ["too much memory", { memoryMiB: 131076 }, "test/vm: memoryMiB 131076 is invalid: expected an integer from 4 to 131072 MiB"],
    ["33 CPUs", { cpus: 33 }, "test/vm: cpus 33 is invalid: expected an integer from 1 to 32"],
    ["a disk that is no .vmdk", { disks: ["/srv/disk.qcow2"] }, 'test/vm: disks[0] "/srv/disk.qcow2" is invalid: expected a VMware virtual disk (.vmdk)'],
    ["a relative disk", { disks: ["disk.vmdk"] }, 'test/vm: disks[0] "disk.vmdk" is invalid: an absolute path'],
    ["eight disks (scsi0:7 is the controller's)", { disks: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `/d${i}.vmdk`) }, "test/vm: disks an array of 8 is invalid: expected at most 7 entries"],
    ["a guestOS with a quote", { guestOS: 'debian"12' }, 'test/vm: guestOS "debian\\"12" is invalid'],
    ["a guestOS that is an option", { guestOS: "-x" }, 'test/vm: guestOS "-x" is invalid'],
    ["a name that is an option", { name: "-x" }, 'test/vm: name "-x" is invalid'],
    ["a relative base folder", { baseFolder: "vmware" }, 'test/vm: baseFolder "vmware" is invalid'],
    ["a NIC on a BridgedNetwork", { nics: "bridge" }, "test/vm: nics[0].network an object is invalid: expected a VmnetNetwork"],
    ["eleven NICs", { nics: "eleven" }, "test/vm: nics an array of 11 is invalid: expected at most 10 entries"],
  ])("refuses %s", (_n, props: any, message) => {
    expect(synthError((stack, host) => {
      const vmnet = new VmnetNetwork(stack, "vmnet3", { host, number: 3, mode: "nat", cidr: "10.61.0.0/24" });
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.50.0.0/24" });
      const nics = typeof props.nics !== "string" ? undefined
        : props.nics === "bridge" ? [{ network: lan }]
        : props.nics === "eleven" ? Array.from({ length: 11 }, () => ({ network: vmnet }))
        : [{ network: vmnet, mac: props.nics.slice(4) }];
      new VmwareVm(stack, "vm", { host, name: "desk", ...props, nics });
    })).toContain(message);
  });

  test("refuses one .vmx path, one name, one MAC or one disk twice, and a vmnet of another host", () => {
    expect(synthError((stack, host) => {
      new VmwareVm(stack, "a", { host, name: "desk" });
      new VmwareVm(stack, "b", { host: new LinuxHost(stack, "h2"), name: "desk" });
    })).toContain("test/b: name \"desk\" is invalid: VMware VM name on this machine must be unique within the app, but test/a name already uses it");
    expect(synthError((stack, host) => {
      const vmnet = new VmnetNetwork(stack, "n", { host, number: 3, mode: "nat", cidr: "10.61.0.0/24" });
      new VmwareVm(stack, "a", { host, name: "a", nics: [{ network: vmnet, mac: "00:50:56:00:00:01" }] });
      new VmwareVm(stack, "b", { host, name: "b", nics: [{ network: vmnet, mac: "00:50:56:00:00:01" }] });
    })).toContain("test/b: nics[0].mac \"00:50:56:00:00:01\" is invalid: MAC address must be unique within the app");
    expect(synthError((stack, host) => {
      new VmwareVm(stack, "a", { host, name: "a", disks: ["/srv/d.vmdk"] });
      new VmwareVm(stack, "b", { host, name: "b", disks: ["/srv/d.vmdk"] });
    })).toContain("test/b: disks[0] \"/srv/d.vmdk\" is invalid: VMware virtual disk must be unique within the app");
    expect(synthError((stack, host) => {
      const vmnet = new VmnetNetwork(stack, "n", { host: new LinuxHost(stack, "h2"), number: 3, mode: "nat", cidr: "10.61.0.0/24" });
      new VmwareVm(stack, "a", { host, name: "a", nics: [{ network: vmnet }] });
    })).toContain("test/a: nics[0].network test/n is on another host than test/host");
  });

  test("refuses a host with a netns", () => {
    expect(synthError((stack) => new VmwareVm(stack, "vm", { host: new LinuxHost(stack, "h1", { netns: "lab" }), name: "desk" })))
      .toContain("test/vm: host test/h1 runs its commands in network namespace lab, but VMware's vmnets live in the host's own namespace");
  });

  test("owner mark: the stack and the VM's construct address, the same on every synth, one per VM", () => {
    const two = () => synth((stack, host) => {
      new VmwareVm(stack, "a", { host, name: "a" });
      new VmwareVm(stack, "b", { host, name: "b" });
    });
    const marks = only(two(), "hyperlab_vmware_vm").map((r) => r.mark as string);
    expect(only(two(), "hyperlab_vmware_vm").map((r) => r.mark)).toEqual(marks);
    expect(new Set(marks).size).toBe(2);
    // The provider refuses a mark outside its pattern (ownerMark) at plan: none of these is.
    marks.forEach((m) => expect(m).toMatch(/^test\/[0-9a-f]{42}$/));
  });
});
