// `npm run adopt -- STACK [--dir PROJECT] [--no-synth]`: after a deploy that was
// killed, take into the stack's state the libvirt objects it made but did not
// record, so the next deploy does not stop at "already exists".
//
// libvirt provider 0.8.3 does not find such objects itself (the hyperlab provider
// does). The stack's libvirt objects take turns (see LibvirtStorage.turn), so a
// killed deploy leaves at most the one it was making. For each pool, volume and
// domain the stack declares, missing from the state but present in libvirt under
// its name, this runs the engine's `import` with the object's id (pool and domain
// UUID, volume key). A cloud-init seed cannot be imported; it holds nothing but
// the configuration, so its leftover volume is deleted and the next deploy writes
// it again. Exit 0 (adopted, or nothing to adopt), or 1 on error.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { engine, synth, synthesizedStack } from "./stack-plan";

type Kind = "libvirt_pool" | "libvirt_volume" | "libvirt_cloudinit_disk" | "libvirt_domain";
const KINDS: Kind[] = ["libvirt_pool", "libvirt_volume", "libvirt_cloudinit_disk", "libvirt_domain"];

/** What `virsh` prints, or undefined when the object does not exist. */
function virsh(uri: string, args: string[]): string | undefined {
  const r = spawnSync("virsh", ["-q", "-c", uri, ...args], { encoding: "utf8" });
  if (r.error) throw new Error(`virsh could not run: ${r.error.message}`);
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** A literal name, or the name of the pool a `${libvirt_pool.X.name}` reference points at. */
function literal(synthesized: any, value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const ref = /^\$\{libvirt_pool\.([A-Za-z0-9_-]+)\.name\}$/.exec(value);
  if (ref) return literal(synthesized, synthesized.resource?.libvirt_pool?.[ref[1]]?.name);
  return value.includes("${") ? undefined : value;
}

function inState(dir: string): Set<string> {
  try {
    return new Set(engine(dir, ["state", "list"]).split("\n").filter(Boolean));
  } catch {
    return new Set(); // no state yet
  }
}

function main(): number {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { dir: { type: "string" }, "no-synth": { type: "boolean" } } });
  if (positionals.length !== 1) {
    console.error("usage: npm run adopt -- STACK [--dir PROJECT] [--no-synth]");
    return 1;
  }
  const project = values.dir ?? process.cwd();
  const stack = positionals[0];
  if (!values["no-synth"]) synth(project);
  const { dir, synthesized } = synthesizedStack(project, stack);
  const uri = synthesized.provider?.libvirt?.[0]?.uri;
  if (typeof uri !== "string") {
    console.log(`stack ${stack} has no libvirt objects: nothing to adopt`);
    return 0;
  }
  engine(dir, ["init", "-input=false", "-no-color"]);
  const recorded = inState(dir);
  let adopted = 0;
  for (const kind of KINDS) {
    for (const [name, resource] of Object.entries<any>(synthesized.resource?.[kind] ?? {})) {
      const address = `${kind}.${name}`;
      if (recorded.has(address)) continue;
      const objectName = literal(synthesized, resource.name);
      const pool = literal(synthesized, resource.pool);
      if (!objectName || (kind !== "libvirt_pool" && kind !== "libvirt_domain" && !pool)) continue;
      const id = kind === "libvirt_pool" ? virsh(uri, ["pool-uuid", objectName])
        : kind === "libvirt_domain" ? virsh(uri, ["domuuid", objectName])
          : virsh(uri, ["vol-key", "--pool", pool!, "--vol", objectName]);
      if (!id) continue;
      if (kind === "libvirt_cloudinit_disk") {
        if (virsh(uri, ["vol-delete", "--pool", pool!, "--vol", objectName]) === undefined) throw new Error(`could not delete the leftover seed ${objectName}`);
        console.log(`deleted the leftover cloud-init seed ${objectName} of ${address}; the next deploy writes it again`);
      } else {
        engine(dir, ["import", "-input=false", "-no-color", address, id]);
        console.log(`adopted ${objectName} (${id}) as ${address}`);
      }
      adopted++;
    }
  }
  if (adopted === 0) console.log(`stack ${stack}: nothing to adopt`);
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(`adopt: ${(err as Error).message}`);
  process.exitCode = 1;
}
