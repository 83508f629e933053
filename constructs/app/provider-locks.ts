import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageFile } from "../core/package-files";

/** The record tools/engine.sh checks every provider build against. */
export const PROVIDER_HASHES_FILE = packageFile("tools", "provider-hashes.txt");

/** One recorded provider build: `namespace/type version os_arch h1:…`. */
export interface ProviderHash {
  readonly source: string;
  readonly version: string;
  readonly platform: string;
  readonly hash: string;
}

export function readProviderHashes(file = PROVIDER_HASHES_FILE): ProviderHash[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const [source, version, platform, hash] = line.trim().split(/\s+/);
      return { source, version, platform, hash };
    });
}

/**
 * The registry hosts a lock file must name each provider under. The engines
 * resolve an unqualified source such as "telmate/proxmox" each to its own
 * default host, and cdktf looks the provider up under its own default before it
 * decides whether to run `providers lock` (which needs a registry). tools/engine.sh
 * asks each of them and writes the answers into its env.sh; none is written here.
 */
export function registryHosts(env: NodeJS.ProcessEnv = process.env): string[] {
  const names = ["HYPERLAB_REGISTRY_HOST", "HYPERLAB_TERRAFORM_REGISTRY_HOST", "HYPERLAB_CDKTF_REGISTRY_HOST"];
  const hosts = names.map((name) => env[name]).filter((host): host is string => !!host && /^[a-z0-9.-]+$/.test(host));
  return [...new Set(hosts)].sort();
}

/**
 * A `.terraform.lock.hcl` for the providers a synthesized stack requires, from the
 * recorded hashes: the engine then refuses any provider package that does not
 * hash the same, and cdktf deploy needs no registry to lock them. Providers with
 * no recorded build are listed in `unlocked`.
 *
 * Each engine refuses to plan with a lock entry it has not installed, so an
 * initialised stack gets one entry, at the address of the engine that installed
 * it (`hosts` is then that one host); a stack not yet initialised gets one per
 * engine, each init checks its own and drops the rest. cdktf reads the lock file
 * line by line and wants the provider at its own default address (`cdktfHost`)
 * before it decides not to run `providers lock` (which needs a registry): when
 * no entry is at that address, a comment line naming it comes right before the
 * entry, which cdktf reads as that address's and the engines ignore.
 */
export function providerLockFile(stackJson: any, hashes: ProviderHash[], hosts: string[], cdktfHost?: string): { text: string; unlocked: string[] } {
  const required: Record<string, { source?: string; version?: string }> = stackJson?.terraform?.required_providers ?? {};
  const blocks: string[] = [];
  const unlocked: string[] = [];
  const sortedHosts = [...hosts].sort();
  for (const { source = "", version = "" } of Object.values(required)) {
    const key = source.toLowerCase();
    // One hash per platform the build was recorded on: the engine accepts the
    // package when any of them matches, as with a registry's lock entries.
    const found = [...new Set(hashes.filter((h) => h.source === key && h.version === version).map((h) => h.hash))].sort();
    if (found.length === 0 || key.split("/").length !== 2) {
      unlocked.push(`${source} ${version}`);
      continue;
    }
    sortedHosts.forEach((host, i) => {
      const alias = i === 0 && cdktfHost && !sortedHosts.includes(cdktfHost)
        // No quote may follow the address on this line: cdktf takes all up to the last one.
        ? [`# for cdktf, which reads the next entry as provider "${cdktfHost}/${key}"`] : [];
      blocks.push([
        ...alias,
        `provider "${host}/${key}" {`,
        `  version     = "${version}"`,
        `  constraints = "${version}"`,
        "  hashes = [",
        ...found.map((hash) => `    "${hash}",`),
        "  ]",
        "}",
      ].join("\n"));
    });
  }
  const address = (block: string) => block.slice(block.indexOf("\nprovider ") + 1 || 0);
  blocks.sort((a, b) => (address(a) < address(b) ? -1 : address(a) > address(b) ? 1 : 0));
  const header = "# Written by hyperlab at synth from tools/provider-hashes.txt: the engine refuses\n" +
    "# any provider package whose hash differs. The engine rewrites it on init.\n";
  return { text: blocks.length === 0 ? "" : `${header}\n${blocks.join("\n\n")}\n`, unlocked };
}

/**
 * The host of the engine that initialised a stack directory: the one of `hosts`
 * it installed providers under (.terraform/providers/HOST, the latest when two
 * engines did); undefined for a stack not initialised.
 */
export function initialisedHost(dir: string, hosts: string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  const providers = join(dir, env.TF_DATA_DIR ?? ".terraform", "providers");
  let latest: { host: string; at: number } | undefined;
  for (const host of hosts) {
    const at = join(providers, host);
    if (!existsSync(at)) continue;
    const mtime = statSync(at).mtimeMs;
    if (!latest || mtime > latest.at) latest = { host, at: mtime };
  }
  return latest?.host;
}

/**
 * The recorded hashes of the providers the prepared mirror serves
 * (HYPERLAB_MIRROR, from the engine's env.sh), under the engine's own host. A
 * provider the mirror lacks gets no entry: an engine that installs it from a
 * registry then locks the registry's package itself, which our hashes would refuse.
 * Every recorded platform's hash of a served version is kept, as a registry's lock entries are.
 */
export function servedByMirror(hashes: ProviderHash[], env: NodeJS.ProcessEnv = process.env): ProviderHash[] {
  const mirror = env.HYPERLAB_MIRROR;
  const host = env.HYPERLAB_REGISTRY_HOST;
  if (!mirror || !host) return [];
  // Every platform's hash of a served version: the lock then holds on any platform.
  return hashes.filter((h) => existsSync(join(mirror, host, h.source, h.version)));
}

/**
 * Writes the lock file into every stack directory of a synthesized app (from its
 * manifest). Without the engine's environment (no `hyperlab engine` run, or an
 * engine that installs from a registry) it writes nothing: synth still works,
 * and the engine locks what it installs.
 */
export function writeProviderLocks(outdir: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const manifestFile = join(outdir, "manifest.json");
  const hosts = registryHosts(env);
  const hashes = servedByMirror(readProviderHashes(), env);
  if (!existsSync(manifestFile) || hosts.length === 0 || hashes.length === 0) return [];
  const warnings: string[] = [];
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  for (const stack of Object.values<any>(manifest.stacks ?? {})) {
    const dir = join(outdir, stack.workingDirectory);
    const installed = initialisedHost(dir, hosts, env);
    const { text, unlocked } = providerLockFile(JSON.parse(readFileSync(join(outdir, stack.synthesizedStackPath), "utf8")), hashes,
      installed ? [installed] : hosts, env.HYPERLAB_CDKTF_REGISTRY_HOST);
    if (text) writeFileSync(join(dir, ".terraform.lock.hcl"), text);
    for (const p of unlocked) warnings.push(`stack ${stack.name}: provider ${p} is not in the prepared mirror; the engine will lock it where it installs it from`);
  }
  return warnings;
}
