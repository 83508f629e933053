// `hyperlab adopt STACK [--dry-run] [--no-synth] [--dir PROJECT]`: brings into the
// state the host objects a stack made that its state no longer records (a state
// file lost or rolled back), and only those it can prove are its own: each
// resource of the stack missing from the state is imported in a plan first (the
// provider reads the object and the mark it carries, into found_mark: an
// import leaves the resource's own mark attribute null); one whose mark is this
// resource's is imported, one with another mark or none is refused and left as
// it is. The deploy after it takes, in place, only objects that still carry the
// configured mark (the provider checks again). --dry-run lists what it would do
// and changes nothing.
//
//   exit 0  everything it found was imported (or, with --dry-run, would be)
//   exit 2  something of a resource's name is there but is not the stack's: refused
//   exit 1  error
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { engine, initialized, openStack, showPlan } from "./stack-plan";

/** The resources whose objects carry a mark, the attribute holding it, and their import ID. */
const MARKED: Record<string, { mark: string; id: (c: Record<string, unknown>) => unknown[] }> = {
  hyperlab_bridge: { mark: "mark", id: (c) => [c.netns ? `${c.netns}/` : "", c.name] },
  hyperlab_tap: { mark: "mark", id: (c) => [c.netns ? `${c.netns}/` : "", c.name] },
  hyperlab_vxlan: { mark: "mark", id: (c) => [c.netns ? `${c.netns}/` : "", c.name] },
  hyperlab_lxc_container: { mark: "mark", id: (c) => [c.netns ? `${c.netns}/` : "", c.name, ":", c.lxc_path ?? "/var/lib/lxc"] },
  hyperlab_kvm_domain: { mark: "owner", id: (c) => [c.uri ?? "qemu:///system", " ", c.name] },
  hyperlab_kvm_volume: { mark: "owner", id: (c) => [c.path] },
  hyperlab_kvm_image: { mark: "owner", id: (c) => [c.path] },
  hyperlab_kvm_seed: { mark: "owner", id: (c) => [c.path] },
  hyperlab_host_file: { mark: "owner", id: (c) => [c.path] },
};

export type Finding =
  | { readonly address: string; readonly path: string; readonly verdict: "import"; readonly id: string }
  | { readonly address: string; readonly path: string; readonly verdict: "absent" | "refused" | "unknown"; readonly why: string };

export interface AdoptOptions {
  readonly dir?: string;
  readonly dryRun: boolean;
  readonly synth: boolean;
}

/** The stack's marked resources the state does not hold, with their import IDs (or why there is none). */
export function candidates(synthesized: any, inState: Set<string>): { address: string; path: string; mark: string; id?: string }[] {
  const found: { address: string; path: string; mark: string; id?: string }[] = [];
  for (const [type, byName] of Object.entries<Record<string, any>>(synthesized.resource ?? {})) {
    const kind = MARKED[type];
    if (!kind) continue;
    for (const [name, config] of Object.entries<any>(byName)) {
      const address = `${type}.${name}`;
      if (inState.has(address)) continue;
      const parts = kind.id(config);
      // A part the engine computes (a reference) is not known before apply.
      const literal = parts.every((p) => typeof p === "string" && !p.includes("${"));
      found.push({ address, path: config["//"]?.metadata?.path ?? address, mark: String(config[kind.mark] ?? ""), id: literal ? parts.join("") : undefined });
    }
  }
  return found.sort((a, b) => a.address.localeCompare(b.address));
}

/** What a plan that imports `address` from `id` says of the object, against the mark the code gives it. */
function probe(dir: string, c: { address: string; path: string; mark: string; id: string }, env: NodeJS.ProcessEnv): Finding {
  const file = join(dir, "hyperlab-adopt.tf.json");
  writeFileSync(file, JSON.stringify({ import: [{ to: c.address, id: c.id }] }));
  try {
    engine(dir, ["plan", "-input=false", "-no-color", "-lock-timeout=60s", `-target=${c.address}`, "-out=adopt.tfplan"], env);
  } catch (err) {
    const message = (err as Error).message;
    if (/non-existent remote object|Cannot import non-existent/i.test(message)) {
      return { address: c.address, path: c.path, verdict: "absent", why: "not on the host: the next deploy makes it" };
    }
    throw err;
  } finally {
    rmSync(file, { force: true });
  }
  const plan = showPlan(dir, "adopt.tfplan", env) as any;
  rmSync(join(dir, "adopt.tfplan"), { force: true });
  const change = (plan.resource_changes ?? []).find((r: any) => r.address === c.address && r.change?.importing);
  if (!change) return { address: c.address, path: c.path, verdict: "unknown", why: "the plan did not import it" };
  return importVerdict(c, change.type, change.change.before);
}

/**
 * Whether an imported object is this resource's: the mark it carries on the host
 * (found_mark, which Read fills; the mark attribute itself stays null after an
 * import) against the one the code gives it. A provider without found_mark for
 * the kind gives it in the mark attribute.
 */
export function importVerdict(c: { address: string; path: string; mark: string; id: string }, type: string, before: any): Finding {
  const found = before?.found_mark ?? before?.[MARKED[type]?.mark ?? "mark"];
  const carried = String(found ?? "");
  if (carried !== "" && carried === c.mark) return { address: c.address, path: c.path, verdict: "import", id: c.id };
  return {
    address: c.address, path: c.path, verdict: "refused",
    why: carried ? `${c.id} is marked as ${carried}'s, not this resource's (${c.mark})` : `${c.id} carries no hyperlab mark: it is not this stack's`,
  };
}

function stateAddresses(dir: string, env: NodeJS.ProcessEnv): Set<string> {
  try {
    // After a synth the lock file may want an init first (initialized says when).
    const list = initialized(dir, env, () => engine(dir, ["state", "list"], env));
    return new Set(list.split("\n").map((l) => l.trim()).filter(Boolean));
  } catch (err) {
    if (/No state file was found/i.test((err as Error).message)) return new Set();
    throw err;
  }
}

export function adopt(stack: string, options: AdoptOptions): number {
  const { env, dir, synthesized } = openStack(stack, options);
  const findings: Finding[] = [];
  for (const c of candidates(synthesized, stateAddresses(dir, env))) {
    findings.push(c.id === undefined
      ? { address: c.address, path: c.path, verdict: "unknown", why: "its import ID depends on another resource; deploy it first" }
      : probe(dir, { ...c, id: c.id }, env));
  }
  for (const f of findings) {
    if (f.verdict === "import") {
      if (!options.dryRun) engine(dir, ["import", "-input=false", "-no-color", "-lock-timeout=60s", f.address, f.id], env);
      console.log(`${options.dryRun ? "WOULD IMPORT" : "IMPORTED"} ${f.path} (${f.address}) from ${f.id}: it carries this resource's mark`);
    } else {
      console.log(`${f.verdict === "refused" ? "REFUSED" : f.verdict === "absent" ? "ABSENT" : "SKIPPED"} ${f.path} (${f.address}): ${f.why}`);
    }
  }
  const count = (v: Finding["verdict"]) => findings.filter((f) => f.verdict === v).length;
  console.log(`${count("import")} ${options.dryRun ? "to import" : "imported"}, ${count("refused")} refused, ${count("absent")} absent, ` +
    `${count("unknown")} skipped (stack ${stack}); adopt never deletes anything`);
  return count("refused") > 0 ? 2 : 0;
}
