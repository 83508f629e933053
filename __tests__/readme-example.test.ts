// The README's complete example is the code a newcomer copies first: it must
// synthesize as written, and make what the text around it says (a NAT network with
// DHCP and DNS, a container and a KVM guest).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

function readmeExample(readme: string): string {
  const at = readme.indexOf("\n## A complete example");
  const block = at < 0 ? null : /```ts\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block) throw new Error("README.md has no ts block under \"## A complete example\"");
  return block[1]!;
}

test("the README's example synthesizes a NAT network with DHCP and DNS, a container and a KVM guest", () => {
  const code = readmeExample(readFileSync(join(ROOT, "README.md"), "utf8"))
    .replace(/from "@hyperlab-iac\/cdk"/g, `from ${JSON.stringify(join(ROOT, "constructs", "index.ts"))}`)
    .replace(/from "cdktf"/g, `from ${JSON.stringify(require.resolve("cdktf"))}`);
  const dir = mkdtempSync(join(tmpdir(), "hl-readme-example-"));
  try {
    writeFileSync(join(dir, "app.ts"), code);
    const run = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(dir, "app.ts")], {
      cwd: dir, encoding: "utf8", env: { ...process.env, CDKTF_OUTDIR: join(dir, "out") },
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const stacks = readdirSync(join(dir, "out", "stacks"));
    expect(stacks).toEqual(["lab"]);
    const json = JSON.parse(readFileSync(join(dir, "out", "stacks", "lab", "cdk.tf.json"), "utf8"));
    const kinds = Object.keys(json.resource).sort();
    expect(kinds).toEqual(expect.arrayContaining(["hyperlab_bridge", "hyperlab_nat", "hyperlab_dhcp", "hyperlab_lxc_container", "hyperlab_kvm_domain", "hyperlab_kvm_seed"]));
    const dhcp = Object.values(json.resource.hyperlab_dhcp)[0] as Record<string, unknown>;
    expect(JSON.stringify(dhcp)).toContain("lab.internal");
    const domain = Object.values(json.resource.hyperlab_kvm_domain)[0] as Record<string, unknown>;
    expect(domain.vcpus).toBe(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
