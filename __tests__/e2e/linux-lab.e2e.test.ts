// Deploys the LinuxLabStack for real with `cdktf deploy` and the pinned engine:
// a NAT bridge (no uplink, with DHCP), three busybox LXC containers and two KVM guests (one on a TAP the stack made) booting a
// Debian kernel with a busybox initramfs. Checks the guests reach each other and
// are who the stack says, that text with Terraform template syntax reaches a
// domain's description and its cloud-init seed as written, that the deploy
// returned only once the KVM guests answered (waitFor), that a second plan is
// empty, and that destroy leaves the host as it found it. Three rounds. Traffic
// stays on the test's bridge.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { usableAccelerator } from "../support/accelerator";
import { engineEnv, run, tofu } from "../support/engine";
import { difference, hostState, HostState } from "../support/residue";
import { removeStaleLab } from "../support/stale";
import { LITERAL_KEY, LITERAL_TEXT } from "./apps/linux-lab";
import { buildGuestImage } from "../support/images";

jest.setTimeout(30 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const PREFIX = "hle2e";
const BRIDGE = "hle2e0";
const CIDR = "10.213.7.0/24";
const GUEST_DIR = "/var/lib/hyperlab/guest";
const CT_A = `${PREFIX}-ct-a`;
const CT_B = `${PREFIX}-ct-b`;
const CT_C = `${PREFIX}-ct-c`;
const ADDR = { a: "10.213.7.11", b: "10.213.7.12", c: "10.213.7.13" };
// One KVM guest on a TAP libvirt makes, one on the TAP the stack made.
const KVMS = [
  { name: `${PREFIX}-kvm`, address: "10.213.7.21" },
  { name: `${PREFIX}-kvm-t`, address: "10.213.7.22" },
];

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const inContainer = (name: string, args: string[], ok = [0]) => run("lxc-attach", ["-n", name, "--", ...args], { ok });

describe("LinuxLabStack deployed on this host", () => {
  let work: string;
  let before: HostState;
  let deployed = false;
  let accel: "kvm" | "tcg" = "kvm";
  const cdktf = (verb: "synth" | "deploy" | "destroy") => {
    const env = {
      ...engineEnv(),
      HL_E2E_PREFIX: PREFIX, HL_E2E_BRIDGE: BRIDGE, HL_E2E_CIDR: CIDR, HL_E2E_GUEST: GUEST_DIR, HL_E2E_ACCEL: accel, CI: "1",
    };
    const flags = verb === "synth" ? [] : ["linux-lab", "--auto-approve"];
    return run(join(ROOT, "node_modules", ".bin", "cdktf"), [verb, ...flags, "--no-color"], { cwd: work, env });
  };
  const stackDir = () => join(work, "cdktf.out", "stacks", "linux-lab");

  beforeAll(() => {
    run("bash", [join(ROOT, "tools", "setup-host.sh")]);
    buildGuestImage("build.sh", GUEST_DIR);
    const probe = usableAccelerator(GUEST_DIR);
    accel = probe.accelerator;
    console.log(`KVM guest accelerator: ${accel} (${probe.why})`);
    work = mkdtempSync(join(tmpdir(), "hyperlab-lab-"));
    const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(__dirname, "apps", "linux-lab.ts")}`;
    writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
    cdktf("synth");
    removeStaleLab(stackDir());
    before = hostState();
  });

  afterAll(() => {
    try {
      if (deployed) cdktf("destroy");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  const rounds: string[] = [];
  test.each([1, 2, 3])("round %i: deploy, guests talk, no drift, destroy leaves nothing", (round) => {
    let t = process.hrtime.bigint();
    deployed = true;
    cdktf("deploy");
    const deploySeconds = seconds(t);

    // The guests are who and where the stack says.
    expect(inContainer(CT_A, ["hostname"]).stdout.trim()).toBe(CT_A);
    expect(inContainer(CT_B, ["ip", "addr", "show", "eth0"]).stdout).toContain(`inet ${ADDR.b}/24`);
    // C has no static address: it asked the bridge's DHCP server and got its reservation.
    expect(inContainer(CT_C, ["ip", "addr", "show", "eth0"]).stdout).toContain(`inet ${ADDR.c}/24`);

    t = process.hrtime.bigint();
    inContainer(CT_A, ["ping", "-c", "3", "-W", "2", ADDR.b]);
    // The deploy waited for each KVM guest (waitFor: its HTTP port): each answers at
    // once, on its address, with its own hostname; no retry.
    const hostnames = KVMS.map((kvm) =>
      // busybox wget crashes with -T, so the time limit comes from timeout(1).
      inContainer(CT_A, ["timeout", "5", "wget", "-q", "-O", "-", `http://${kvm.address}/hostname`], [0, 1, 143]).stdout.trim());
    expect(hostnames).toEqual(KVMS.map((k) => k.name));
    for (const kvm of KVMS) inContainer(CT_A, ["ping", "-c", "3", "-W", "2", kvm.address]);
    // The second guest's NIC really is the stack's TAP, not one libvirt made.
    const ifaces = run("virsh", ["-c", "qemu:///system", "domiflist", KVMS[1].name]).stdout;
    expect(ifaces).toMatch(new RegExp(`${PREFIX}-tap0\\s+ethernet`));
    inContainer(CT_B, ["ping", "-c", "3", "-W", "2", ADDR.a]);
    inContainer(CT_A, ["ping", "-c", "3", "-W", "2", ADDR.c]);
    const pingSeconds = seconds(t);

    // Template syntax in user text was not evaluated: the domain and the seed ISO hold it as written.
    const virsh = (...args: string[]) => run("virsh", ["-c", "qemu:///system", ...args]).stdout;
    expect(virsh("desc", `${PREFIX}-literal`).replace(/\n+$/, "")).toBe(`${LITERAL_TEXT}\n\tsecond line`);
    const iso = `/var/lib/hyperlab/${PREFIX}-pool/${PREFIX}-literal/seed.iso`;
    const userData = parse(run("isoinfo", ["-R", "-i", iso, "-x", "/user-data"]).stdout);
    expect(userData.ssh_authorized_keys).toEqual([LITERAL_KEY]);

    const plan = tofu(stackDir(), ["plan", "-detailed-exitcode", "-input=false", "-no-color"]);
    expect(plan.stdout).toContain("No changes.");

    t = process.hrtime.bigint();
    cdktf("destroy");
    deployed = false;
    const destroySeconds = seconds(t);

    const residue = difference(before, hostState(), /hle2e/);
    console.log(`round ${round}: residue after destroy (added/removed vs. before deploy): ${JSON.stringify(residue)}`);
    expect(residue).toEqual({});
    rounds.push(
      `round ${round} (${accel}): deploy ${deploySeconds.toFixed(1)} s (KVM guests serving HTTP when it returned), ` +
        `ping checks ${pingSeconds.toFixed(1)} s, destroy ${destroySeconds.toFixed(1)} s`,
    );
    console.log(rounds[rounds.length - 1]);
  });
});
