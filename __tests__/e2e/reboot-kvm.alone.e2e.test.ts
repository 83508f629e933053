// After a reboot a KVM guest comes back without a deploy: its bridge is gone with
// the kernel's state and libvirtd's autostart cannot start it. The test deploys a
// guest (autostart) on an isolated bridge of the host, then does what a reboot
// does to it: the domain powered off, the bridge deleted and the lab's
// /run/hyperlab-* entries removed. The boot unit's command (the restore) must make
// the bridge again and start the domain onto it: the guest serves HTTP, and the
// plan is clean. Destroy then leaves nothing. Traffic goes only to the guest.
//
// Alone (jest's e2e-alone project, never beside another file): the boot unit's
// command restores every lab whose records are on the machine, so beside another
// file it would bring back what that file just removed on purpose.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { usableAccelerator } from "../support/accelerator";
import { engineEnv, run, tofu } from "../support/engine";
import { difference, hostState, HostState } from "../support/residue";
import { buildGuestImage } from "../support/images";

jest.setTimeout(20 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const GUEST_DIR = "/var/lib/hyperlab/guest";
const RESTORE_DIR = "/var/lib/hyperlab/restore";
const BRIDGE = "hlrk0";
const GUEST = { name: "hlrk-vm", address: "10.216.0.21" };
const virsh = (...args: string[]) => run("virsh", ["-q", "-c", "qemu:///system", ...args], { ok: [0, 1] });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const serves = () => run("curl", ["-s", "-m", "3", `http://${GUEST.address}/hostname`], { ok: [0, 7, 28, 52, 56] }).stdout.trim();

describe("after a reboot a KVM guest comes back without a deploy", () => {
  let work: string;
  let before: HostState;
  let accel: "kvm" | "tcg" = "tcg";
  const cdktf = (verb: string) => run(join(ROOT, "node_modules", ".bin", "cdktf"),
    [verb, ...(verb === "synth" ? [] : ["reboot-kvm-lab", "--auto-approve"]), "--no-color"],
    { cwd: work, env: { ...engineEnv(), CI: "1", HL_E2E_GUEST: GUEST_DIR, HL_E2E_ACCEL: accel } });
  const stackDir = () => join(work, "cdktf.out", "stacks", "reboot-kvm-lab");

  beforeAll(() => {
    buildGuestImage("build.sh", GUEST_DIR);
    accel = usableAccelerator(GUEST_DIR).accelerator;
    before = hostState();
    work = mkdtempSync(join(tmpdir(), "hyperlab-reboot-kvm-"));
    const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(__dirname, "apps", "reboot-kvm-lab.ts")}`;
    writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
    cdktf("synth");
  });

  afterAll(() => {
    try {
      cdktf("destroy");
    } finally {
      virsh("destroy", GUEST.name);
      virsh("undefine", GUEST.name);
      run("ip", ["link", "delete", "dev", BRIDGE], { ok: [0, 1, 2] });
      rmSync(work, { recursive: true, force: true });
    }
  });

  test("power off, bridge gone, /run cleared; the boot unit's command brings the guest back, plan clean", async () => {
    cdktf("deploy");
    // The deploy waited for the guest (waitFor): it answers at once.
    expect(serves()).toBe(GUEST.name);
    expect(readdirSync(RESTORE_DIR)).toContain(`bridge@root@${BRIDGE}.json`);

    // The reboot, as far as the guest can tell.
    virsh("destroy", GUEST.name);
    run("ip", ["link", "delete", "dev", BRIDGE]);
    for (const entry of readdirSync("/run").filter((e) => e.startsWith("hyperlab-") && e.endsWith(`@root@${BRIDGE}`))) {
      rmSync(join("/run", entry), { recursive: true, force: true });
    }
    expect(virsh("domstate", GUEST.name).stdout.trim()).toBe("shut off");

    const binary = join(RESTORE_DIR, "terraform-provider-hyperlab");
    const execStart = /^ExecStart=(.+)$/m.exec(run(binary, ["restore", "--unit"]).stdout)![1].split(" ");
    const t = process.hrtime.bigint();
    const restore = run(execStart[0], execStart.slice(1));
    console.log(`restore took ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(2)} s:\n${restore.stdout}`);
    expect(restore.stdout).toContain(`ok libvirt domain ${GUEST.name}: started`);
    expect(virsh("domstate", GUEST.name).stdout.trim()).toBe("running");
    const t2 = process.hrtime.bigint();
    let answer = "";
    for (let i = 0; i < 150 && answer !== GUEST.name; i++) {
      answer = serves();
      if (answer !== GUEST.name) await sleep(2000);
    }
    console.log(`after restore the guest served HTTP within ${(Number(process.hrtime.bigint() - t2) / 1e9).toFixed(1)} s (${accel})`);
    expect(answer).toBe(GUEST.name);
    const plan = tofu(stackDir(), ["plan", "-detailed-exitcode", "-input=false", "-no-color"], [0, 2]);
    expect(plan.status === 0 ? "clean" : plan.stdout).toBe("clean");

    cdktf("destroy");
    expect(existsSync(join(RESTORE_DIR, `bridge@root@${BRIDGE}.json`))).toBe(false);
    expect(difference(before, hostState())).toEqual({});
  });
});
