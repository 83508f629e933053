// `npm run bench`: how long synth of a large lab takes, in-process (no cdktf CLI
// start-up), as wall time and peak memory. Usage: npm run bench -- [networks] [guestsPerNetwork]
import { App, TerraformStack } from "cdktf";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BridgedNetwork, KvmGuest, LinuxHost, LxcContainer, TapInterface } from "../constructs";

const networks = Number(process.argv[2] ?? 20);
const perNetwork = Number(process.argv[3] ?? 25);

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

const outdir = mkdtempSync(join(tmpdir(), "hyperlab-bench-"));
const runs: number[] = [];
let guests = 0;
for (let i = 0; i < 5; i++) {
  const start = process.hrtime.bigint();
  guests = buildAndSynth(join(outdir, String(i)));
  runs.push(Number(process.hrtime.bigint() - start) / 1e6);
}
rmSync(outdir, { recursive: true, force: true });
runs.sort((a, b) => a - b);
console.log(`${networks} networks, ${guests} guests: synth median ${runs[2].toFixed(0)} ms ` +
  `(min ${runs[0].toFixed(0)}, max ${runs[4].toFixed(0)}), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
