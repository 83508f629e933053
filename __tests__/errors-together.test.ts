// A user with several mistakes in a guest's props sees them all in one run (issue
// 31): the construct checks every shared prop, keeps each refusal, and throws them
// together: the first refusal, of its own class, its message followed by the
// others', each naming the construct path, the prop and the value.
import { TerraformStack, Testing } from "cdktf";
import { BridgedNetwork, KvmGuest, LinuxHost, LxcContainer, ValidationError, VirtualBoxVm, VmwareVm } from "../constructs";
import { errorOn } from "./support/proxmox";
import { synth, synthError } from "./support/synth";

/** The error `build` throws, whole. */
function thrown(build: () => void): Error {
  try {
    build();
  } catch (err) {
    return err as Error;
  }
  throw new Error("expected a refusal");
}

describe("three bad props of one guest are reported in one error", () => {
  test("a KvmGuest on a LinuxHost: cpus, memoryMiB and description", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const host = new LinuxHost(stack, "host");
    const error = thrown(() => new KvmGuest(stack, "vm", {
      host, name: "vm", bootImage: "/srv/images/debian.qcow2", cpus: 0, memoryMiB: 8, description: "bell\u0007",
    }));
    // The first refusal's own class: code catching ValidationError still catches it.
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.name).toBe("ValidationError");
    expect(error.message.split("\n")).toEqual([
      "test/vm: cpus 0 is invalid: expected an integer from 1 to 256",
      "and 2 more:",
      "  test/vm: memoryMiB 8 is invalid: expected an integer from 32 to 4194304 MiB",
      expect.stringMatching(/^ {2}test\/vm: description "bell\\u0007" is invalid: /),
    ]);
    // The stack trace jest and node print starts with the whole message too.
    expect(error.stack).toContain("and 2 more:\n  test/vm: memoryMiB 8 is invalid");
  });

  test("an LxcContainer on a LinuxHost: memoryMiB, cpus and privileged, with a NIC refused before them", () => {
    const message = synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24" });
      new LxcContainer(stack, "web", {
        host, name: "web", nics: [{ network: lan, address: "10.31.0.5" }], memoryMiB: 8, cpus: 2000, privileged: "yes" as never,
      });
    });
    expect(message.split("\n")).toEqual([
      'test/web: nics[0].address "10.31.0.5" is invalid: expected a host address in 10.30.0.0/24 other than 10.30.0.0 and 10.30.0.255',
      "and 3 more:",
      "  test/web: memoryMiB 8 is invalid: expected an integer from 16 to 1048576 MiB",
      "  test/web: cpus 2000 is invalid: expected an integer from 1 to 1024",
      '  test/web: privileged "yes" is invalid: expected true or false',
    ]);
  });

  test("a KvmGuest on a ProxmoxNode: the shared props are checked once, in the spec, with the libvirt guest's ranges", () => {
    const message = errorOn((stack, node) => new KvmGuest(stack, "vm", {
      host: node, name: "vm", cpus: 257, memoryMiB: 1.5, machine: "isa" as never, proxmox: { iso: "local:iso/debian.iso" },
    }));
    expect(message.split("\n")).toEqual([
      "test/vm: cpus 257 is invalid: expected an integer from 1 to 256",
      "and 2 more:",
      "  test/vm: memoryMiB 1.5 is invalid: expected an integer from 32 to 4194304 MiB",
      "  test/vm: machine \"isa\" is invalid: expected one of 'pc', 'q35'",
    ]);
  });

  test("a VirtualBoxVm: osType, cpus and memoryMiB", () => {
    const message = synthError((stack, host) => new VirtualBoxVm(stack, "vm", {
      host, name: "desk", diskImage: "/srv/disk.vdi", osType: "Debian 64", cpus: 64, memoryMiB: 2,
    }));
    expect(message.split("\n")).toEqual([
      expect.stringMatching(/^test\/vm: osType "Debian 64" is invalid: a VirtualBox OS type/),
      "and 2 more:",
      "  test/vm: cpus 64 is invalid: expected an integer from 1 to 32",
      "  test/vm: memoryMiB 2 is invalid: expected an integer from 4 to 1048576 MiB",
    ]);
  });

  test("a VmwareVm: guestOS, a disk and running", () => {
    const message = synthError((stack, host) => new VmwareVm(stack, "vm", {
      host, name: "desk", guestOS: "debian 12", disks: ["/srv/data.vdi"], running: "no" as never,
    }));
    expect(message.split("\n")).toEqual([
      expect.stringMatching(/^test\/vm: guestOS "debian 12" is invalid: a VMware guest OS identifier/),
      "and 2 more:",
      '  test/vm: disks[0] "/srv/data.vdi" is invalid: expected a VMware virtual disk (.vmdk)',
      '  test/vm: running "no" is invalid: expected true or false',
    ]);
  });

  test("one bad prop is reported as before, alone", () => {
    const message = synthError((stack, host) => new KvmGuest(stack, "vm", { host, name: "vm", bootImage: "/srv/images/debian.qcow2", cpus: 0 }));
    expect(message).toBe("test/vm: cpus 0 is invalid: expected an integer from 1 to 256");
  });

  test("the props that need an earlier one wait for it: a bad name is not followed by refusals of the NICs it names", () => {
    const message = synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/24" });
      new LxcContainer(stack, "web", { host, name: "$(reboot)", nics: [{ network: lan, address: "10.31.0.5" }], cpus: 0 });
    });
    expect(message.split("\n")).toEqual([
      expect.stringMatching(/^test\/web: name "\$\(reboot\)" is invalid: a guest name is a DNS label/),
      "and 1 more:",
      "  test/web: cpus 0 is invalid: expected an integer from 1 to 1024",
    ]);
  });

  test("good props still synthesize", () => {
    expect(() => synth((stack, host) => new LxcContainer(stack, "web", { host, name: "web", memoryMiB: 256, cpus: 2 }))).not.toThrow();
  });
});
