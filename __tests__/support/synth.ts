import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { LinuxHost } from "../../constructs";

/** The synthesized Terraform JSON of one stack, parsed. */
export type SynthJson = {
  resource: Record<string, Record<string, any>>;
  provider?: Record<string, any[]>;
  terraform: { required_providers?: Record<string, { source: string; version: string }> };
  [k: string]: any;
};

/** Builds a stack with a LinuxHost, lets `build` add constructs, returns the synthesized JSON. */
export function synth(build: (stack: Construct, host: LinuxHost) => void, hostProps = {}): SynthJson {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  build(stack, new LinuxHost(stack, "host", hostProps));
  return JSON.parse(Testing.synth(stack));
}

/** Runs `build` in a fresh stack and returns the error message it throws. */
export function synthError(build: (stack: Construct, host: LinuxHost) => void): string {
  try {
    synth(build);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("expected the synth to fail, but it succeeded");
}

/** The resources of one type in a synthesized stack, in key order. */
export function only(json: SynthJson, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

/**
 * A seed document as cloud-init reads it: YAML 1.1 (PyYAML's), after the engine's
 * template unescaping ($${ and %%{ come back as ${ and %{).
 */
export function readAsCloudInit(text: string): any {
  return parseYaml(text.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{"), { version: "1.1" });
}

/** What `cloud-init schema` says of the document, with its --annotate output; undefined when it is valid. */
export function cloudInitSchemaCheck(text: string): string | undefined {
  const which = spawnSync("cloud-init", ["--version"], { encoding: "utf8" });
  if (which.error || which.status !== 0) {
    throw new Error("cloud-init is not installed: install it (tools/debian-packages.txt lists it; apt-get install cloud-init)");
  }
  const dir = mkdtempSync(join(tmpdir(), "hl-cloud-config-"));
  try {
    const file = join(dir, "user-data");
    writeFileSync(file, text);
    const run = spawnSync("cloud-init", ["schema", "--config-file", file], { encoding: "utf8" });
    if (run.status === 0) return undefined;
    let annotated: string;
    try {
      annotated = execFileSync("cloud-init", ["schema", "--config-file", file, "--annotate"], { encoding: "utf8", stdio: "pipe" });
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      annotated = `${e.stdout ?? ""}${e.stderr ?? ""}`;
    }
    return `${run.stdout}${run.stderr}\n--- annotated ---\n${annotated}\n--- document ---\n${text}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
