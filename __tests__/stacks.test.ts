// The golden snapshot of the default lab and the byte-for-byte determinism of
// `synth` (the stacks on the pinned engine are in engine/stacks.engine.test.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Testing } from "cdktf";
import { DesktopLabStack } from "../stacks/desktop-lab-stack";
import { LabStack } from "../stacks/lab-stack";
import { ProxmoxLabStack } from "../stacks/proxmox-lab-stack";
import { run } from "./support/engine";

test("the default lab synthesizes to the golden snapshot", () => {
  const app = Testing.app();
  expect(JSON.parse(Testing.synth(new LabStack(app, "lab")))).toMatchSnapshot();
});

test("the Proxmox lab synthesizes to the golden snapshot", () => {
  expect(JSON.parse(Testing.synth(new ProxmoxLabStack(Testing.app(), "proxmox-lab")))).toMatchSnapshot();
});

test("the desktop lab synthesizes to the golden snapshot: a VirtualBox VM and a VMware VM on one bridge", () => {
  const json = JSON.parse(Testing.synth(new DesktopLabStack(Testing.app(), "desktop-lab")));
  expect(json).toMatchSnapshot();
  // Both guests reach the one bridge: VirtualBox bridges to it, VMware through vmnet2 bridged to it.
  const bridge = Object.values<any>(json.resource.hyperlab_bridge)[0].name;
  expect(Object.values<any>(json.resource.hyperlab_virtualbox_vm)[0].nics[0]).toMatchObject({ kind: "bridged", adapter: bridge });
  const vmnet = Object.values<any>(json.resource.hyperlab_vmnet)[0];
  expect(vmnet).toMatchObject({ mode: "bridged", bridge_interface: bridge });
  expect(Object.values<any>(json.resource.hyperlab_vmware_vm)[0].nics[0]).toMatchObject({ connection_type: "custom", vnet: vmnet.number });
});

test("synth gives identical bytes in other directories, time zones and locales", () => {
  const root = join(__dirname, "..");
  const outputs = [
    { TZ: "UTC", LANG: "C", LC_ALL: "C" },
    { TZ: "Pacific/Kiritimati", LANG: "fr_FR.UTF-8", LC_ALL: "fr_FR.UTF-8" },
  ].map((locale) => {
    const cwd = mkdtempSync(join(tmpdir(), "hyperlab-cwd-"));
    const outdir = join(cwd, "out");
    // main.ts imports the package by name, which the repository's tsconfig maps to the sources.
    run(join(root, "node_modules", ".bin", "tsx"), ["--tsconfig", join(root, "tsconfig.json"), join(root, "main.ts")], { cwd, env: { ...process.env, ...locale, CDKTF_OUTDIR: outdir } });
    const files = listFiles(outdir).map((f) => [relative(outdir, f), readFileSync(f, "utf8")]);
    rmSync(cwd, { recursive: true, force: true });
    return files;
  });
  expect(outputs[0].length).toBeGreaterThan(1);
  expect(outputs[1]).toEqual(outputs[0]);
  expect(JSON.stringify(outputs[0])).not.toContain(tmpdir());
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}
