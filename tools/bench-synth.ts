// `npm run bench` (first part): synth of a large lab in-process (no cdktf CLI
// start-up), against its floor measured in the same run: the same resources,
// providers and data sources written straight as cdktf TerraformResource /
// TerraformProvider / TerraformDataSource objects given their synthesized
// attributes (no construct logic, no validation, no tokens), so the ratio is what
// the constructs add over cdktf itself. Both write byte-identical cdk.tf.json (checked).
// Run by `npm run bench` twice: under tsx from the sources, and compiled with the
// package's tsconfig.build.json under plain node (tools/bench-synth-compiled.ts),
// which is how a user's app runs the published package.
// Usage: tsx tools/bench-synth.ts [networks] [guestsPerNetwork]   (default 20 x 50: 1,000 guests)
import { App, TerraformDataSource, TerraformProvider, TerraformResource, TerraformStack } from "cdktf";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BridgedNetwork, KvmGuest, LinuxHost, LxcContainer, TapInterface } from "../constructs";

const networks = Number(process.argv[2] ?? 20);
const perNetwork = Number(process.argv[3] ?? 50);
const RUNS = 7;
const compiled = __filename.endsWith(".js");

function buildAndSynth(outdir: string): number {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, "big");
  const host = new LinuxHost(stack, "host");
  let guests = 0;
  for (let n = 0; n < networks; n++) {
    const lan = new BridgedNetwork(stack, `lan${n}`, { host, bridgeName: `hlb${n}`, cidr: `10.${100 + Math.floor(n / 256)}.${n % 256}.0/24`, mode: "nat" });
    new TapInterface(stack, `tap${n}`, { network: lan, name: `hlt${n}` });
    for (let g = 0; g < perNetwork; g++, guests++) {
      const nics = [{ network: lan, address: lan.network!.host(10 + g) }];
      if (g % 2 === 0) new LxcContainer(stack, `ct${n}-${g}`, { host, name: `ct${n}-${g}`, nics });
      else new KvmGuest(stack, `vm${n}-${g}`, { host, name: `vm${n}-${g}`, bootImage: "/srv/images/debian.qcow2", nics, cloudInit: { user: "debian" } });
    }
  }
  app.synth();
  return guests;
}

class RawProvider extends TerraformProvider {}

/** The floor: `json`'s blocks as raw cdktf elements, each with its logical id and attributes. */
function rawSynth(outdir: string, json: any): void {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, "big");
  const attributes = (el: TerraformResource | TerraformProvider | TerraformDataSource, body: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(body)) if (key !== "//") el.addOverride(key, value);
  };
  for (const [type, byName] of Object.entries<any>(json.provider ?? {})) {
    for (const [i, body] of (byName as any[]).entries()) {
      const p = new RawProvider(stack, `p-${type}-${i}`, { terraformResourceType: type });
      attributes(p, body);
    }
  }
  for (const [kind, Cls] of [["resource", TerraformResource], ["data", TerraformDataSource]] as const) {
    for (const [type, byName] of Object.entries<any>(json[kind] ?? {})) {
      for (const [name, body] of Object.entries<any>(byName)) {
        const el = new Cls(stack, `${kind}-${type}-${name}`, { terraformResourceType: type });
        el.overrideLogicalId(name);
        attributes(el, body);
      }
    }
  }
  for (const [key, value] of Object.entries<any>(json.terraform ?? {})) stack.addOverride(`terraform.${key}`, value);
  app.synth();
}

// As compiled under node: lib/ ships no source maps, and tsx (which runs this
// script) turns them on, which makes every stack trace cdktf captures per token
// several times dearer than it is for a user's compiled app.
process.setSourceMapsEnabled(false);

const outdir = mkdtempSync(join(tmpdir(), "hyperlab-bench-"));
const built: number[] = [];
const floor: number[] = [];
let guests = 0;
const stackFile = (dir: string) => join(dir, "stacks", "big", "cdk.tf.json");
// Wall time, and the process's CPU time beside it (less moved by other work on a shared machine).
const builtCpu: number[] = [];
const floorCpu: number[] = [];
let cpuOf: number[] = builtCpu;
const timed = (f: () => void) => {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  f();
  const used = process.cpuUsage(cpu);
  cpuOf.push((used.user + used.system) / 1e3);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
try {
  // Pairs, in alternating order (the machine's load and the JIT's warming fall on both).
  let json: unknown;
  for (let i = 0; i < RUNS; i++) {
    const constructs = () => {
      cpuOf = builtCpu;
      built.push(timed(() => (guests = buildAndSynth(join(outdir, `c${i}`)))));
      json ??= JSON.parse(readFileSync(stackFile(join(outdir, "c0")), "utf8"));
    };
    if (i % 2 === 0) constructs();
    cpuOf = floorCpu;
    floor.push(timed(() => rawSynth(join(outdir, `r${i}`), json)));
    if (i % 2 === 1) constructs();
  }
  // The floor wrote the same resources (the metadata's construct paths aside).
  const strip = (text: string) => JSON.stringify(JSON.parse(text, (k, v) => (k === "//" ? undefined : v)));
  if (strip(readFileSync(stackFile(join(outdir, "r0")), "utf8")) !== strip(readFileSync(stackFile(join(outdir, "c0")), "utf8"))) {
    throw new Error("the floor did not write the same stack: the comparison would mean nothing");
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pairRatios = built.map((t, i) => t / floor[i]);
console.log(`synth (${compiled ? "compiled, under node" : "sources, under tsx"}): ${networks} networks, ${guests} guests: ` +
  `median ${median(built).toFixed(0)} ms = ${(median(built) / median(floor)).toFixed(2)}x ` +
  `the floor (the same resources as raw cdktf elements) median ${median(floor).toFixed(0)} ms, same run ` +
  `(median of the ${RUNS} pairs' ratios ${median(pairRatios).toFixed(2)}x; CPU time: median ${median(builtCpu).toFixed(0)} ms = ` +
  `${(median(builtCpu) / median(floorCpu)).toFixed(2)}x the floor's ${median(floorCpu).toFixed(0)} ms; ` +
  `runs: constructs ${built.map((t) => t.toFixed(0)).join(", ")}; floor ${floor.map((t) => t.toFixed(0)).join(", ")}; ` +
  `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB)`);
