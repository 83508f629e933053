// A user with several mistakes sees them all in one run (issue 31): each construct
// checks every prop it can, keeps each refusal instead of stopping the app, and
// builds nothing; the app's synth then throws one error: the first refusal in
// construct-path order, of its own class, its message followed by every other's,
// each naming the construct path, the prop and the value.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import {
  BridgedNetwork, HyperlabApp, KvmGuest, LinuxHost, LxcContainer, RefusedConstructError, TapInterface, ValidationError, VirtualBoxVm, VmwareVm,
} from "../constructs";
import { errorOn } from "./support/proxmox";
import { synth, synthError } from "./support/synth";

/** The error `run` throws, whole. */
function thrown(run: () => void): Error {
  try {
    run();
  } catch (err) {
    return err as Error;
  }
  throw new Error("expected a refusal");
}

/** A lab with a bad prop in each of three constructs, and a guest on the refused network. */
function threeBadProps(stack: Construct, host: LinuxHost): void {
  const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/33" });
  new KvmGuest(stack, "vm", { host, name: "vm", bootImage: "/srv/images/debian.qcow2", cpus: 0 });
  new LxcContainer(stack, "ct", { host, name: "ct", memoryMiB: 8, nics: [{ network: lan, address: "10.30.0.5" }] });
}

const THREE_BAD_PROPS = [
  "test/ct: memoryMiB 8 is invalid: expected an integer from 16 to 1048576 MiB",
  "and 2 more:",
  expect.stringMatching(/^ {2}test\/lan: cidr "10\.30\.0\.0\/33" is invalid: /),
  "  test/vm: cpus 0 is invalid: expected an integer from 1 to 256",
];

describe("bad props of several constructs are reported together, at synth", () => {
  test("three bad props on three constructs: one error at synth, every path and value, in path order", () => {
    const error = thrown(() => synth(threeBadProps));
    expect(error.message.split("\n")).toEqual(THREE_BAD_PROPS);
    // The first refusal's own class and stack: where the construct was made.
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.stack).toContain("and 2 more:\n  test/lan: cidr");
    expect(error.stack).toContain("threeBadProps");
  });

  test("constructing does not throw: the app goes on and every construct is checked", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    expect(() => threeBadProps(stack, new LinuxHost(stack, "host"))).not.toThrow();
  });

  test("a backend's own check (a Proxmox-only prop on a LinuxHost) joins a spec's refusal of another construct", () => {
    const message = synthError((stack, host) => {
      new KvmGuest(stack, "vm", { host, name: "vm", bootImage: "/srv/a.qcow2", proxmox: { vmid: 100 } } as never);
      new LxcContainer(stack, "ct", { host, name: "ct", cpus: 0 });
    });
    expect(message.split("\n")).toEqual([
      "test/ct: cpus 0 is invalid: expected an integer from 1 to 1024",
      "and 1 more:",
      "  test/vm: proxmox does not apply on a LinuxHost: it holds what only a guest on a ProxmoxNode has (template, storage, VMID)",
    ]);
  });

  test("a backend-only refusal on a ProxmoxNode joins a LinuxHost guest's spec refusal", () => {
    const message = errorOn((stack, node) => {
      new KvmGuest(stack, "vm", { host: node, name: "vm", bootImage: "/srv/a.qcow2", proxmox: { clone: { template: "t" } } } as never);
      new LxcContainer(stack, "ct", { host: new LinuxHost(stack, "host"), name: "ct", cpus: 0 });
    });
    expect(message.split("\n")).toEqual([
      "test/ct: cpus 0 is invalid: expected an integer from 1 to 1024",
      "and 1 more:",
      expect.stringMatching(/^ {2}test\/vm: bootImage does not apply on a Proxmox node: /),
    ]);
  });

  test("constructs that name a refused one are refused with it, silently, and crash nothing", () => {
    const message = synthError((stack, host) => {
      const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.31.0.0/16", mode: "bogus" as never });
      new KvmGuest(stack, "vm", { host, name: "vm", bootImage: "/srv/a.qcow2", nics: [{ network: lan, address: "10.31.0.9" }] });
      new TapInterface(stack, "tap", { network: lan, name: "tap0" });
      const badHost = new LinuxHost(stack, "far", { netns: "-n" });
      new LxcContainer(stack, "ct", { host: badHost, name: "ct" });
    });
    expect(message.split("\n")).toEqual([
      expect.stringMatching(/^test\/far: netns "-n" is invalid/),
      "and 1 more:",
      expect.stringMatching(/^ {2}test\/lan: mode "bogus" is invalid/),
    ]);
  });

  test("an attribute of a refused construct throws when read, naming its refusals; node.validate() lists them", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const host = new LinuxHost(stack, "host");
    const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/33" });
    const error = thrown(() => lan.bridgeName);
    expect(error).toBeInstanceOf(RefusedConstructError);
    expect(error.message).toMatch(/^test\/lan: bridgeName cannot be read: the construct's props were refused, so it built nothing:\n {2}test\/lan: cidr "10\.30\.0\.0\/33" is invalid/);
    expect(lan.node.validate()).toEqual([expect.stringMatching(/^test\/lan: cidr "10\.30\.0\.0\/33" is invalid/)]);
    // A refused construct builds nothing: no resource of it reaches any JSON.
    expect(lan.node.children).toEqual([]);
  });

  test("App.synth throws before any stack is written, whichever stack holds the refusal; so does HyperlabApp", () => {
    for (const Kind of [App, HyperlabApp]) {
      const outdir = mkdtempSync(join(tmpdir(), "hyperlab-refusals-"));
      try {
        const app = new Kind({ outdir });
        const good = new TerraformStack(app, "good");
        new BridgedNetwork(good, "lan", { host: new LinuxHost(good, "host"), bridgeName: "hlbr9", cidr: "10.40.0.0/24" });
        const bad = new TerraformStack(app, "test");
        threeBadProps(bad, new LinuxHost(bad, "host"));
        const error = thrown(() => app.synth());
        expect(error.message.split("\n")).toEqual(THREE_BAD_PROPS);
        expect(existsSync(join(outdir, "stacks", "good", "cdk.tf.json"))).toBe(false);
        expect(existsSync(join(outdir, "manifest.json"))).toBe(false);
      } finally {
        rmSync(outdir, { recursive: true, force: true });
      }
    }
  });

  test("Testing.fullSynth throws them too", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    threeBadProps(stack, new LinuxHost(stack, "host"));
    expect(thrown(() => Testing.fullSynth(stack)).message.split("\n")).toEqual(THREE_BAD_PROPS);
  });

  test("hyperlab synth prints every refusal and exits 1", () => {
    const root = join(__dirname, "..");
    const dir = mkdtempSync(join(tmpdir(), "hyperlab-refusals-cli-"));
    try {
      writeFileSync(join(dir, "main.ts"), [
        `import { TerraformStack } from "cdktf";`,
        `import { BridgedNetwork, HyperlabApp, KvmGuest, LinuxHost, LxcContainer } from ${JSON.stringify(join(root, "constructs"))};`,
        `const app = new HyperlabApp();`,
        `const stack = new TerraformStack(app, "test");`,
        `const host = new LinuxHost(stack, "host");`,
        `const lan = new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.30.0.0/33" });`,
        `new KvmGuest(stack, "vm", { host, name: "vm", bootImage: "/srv/images/debian.qcow2", cpus: 0 });`,
        `new LxcContainer(stack, "ct", { host, name: "ct", memoryMiB: 8, nics: [{ network: lan, address: "10.30.0.5" }] });`,
        `app.synth();`,
      ].join("\n"));
      const tsx = join(root, "node_modules", ".bin", "tsx");
      writeFileSync(join(dir, "cdktf.json"), JSON.stringify({ app: `${tsx} main.ts`, output: "out", language: "typescript" }));
      const run = spawnSync(tsx, [join(root, "cli", "main.ts"), "synth", "--dir", dir], { cwd: dir, encoding: "utf8", env: { ...process.env, NODE_PATH: join(root, "node_modules") } });
      expect(run.status).toBe(1);
      const printed = run.stderr + run.stdout;
      expect(printed).toContain("test/ct: memoryMiB 8 is invalid: expected an integer from 16 to 1048576 MiB\nand 2 more:\n  test/lan: cidr \"10.30.0.0/33\" is invalid: ");
      expect(printed).toContain("\n  test/vm: cpus 0 is invalid: expected an integer from 1 to 256");
      expect(existsSync(join(dir, "out")) ? readdirSync(join(dir, "out")) : []).not.toContain("manifest.json");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("three bad props of one guest are reported in one error", () => {
  test("a KvmGuest on a LinuxHost: cpus, memoryMiB and description", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const host = new LinuxHost(stack, "host");
    new KvmGuest(stack, "vm", {
      host, name: "vm", bootImage: "/srv/images/debian.qcow2", cpus: 0, memoryMiB: 8, description: "bell\u0007",
    });
    const error = thrown(() => Testing.synth(stack));
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
