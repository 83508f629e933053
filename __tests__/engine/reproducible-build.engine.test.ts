// The provider builds are reproducible: built again into an empty mirror with an
// empty Go build cache, every provider hashes to what tools/provider-hashes.txt
// records and is byte for byte the binary in the warm mirror. The warm mirror is
// the one the engine step (`npm run engine`, npm test's pretest) built: it is the
// first of the two builds compared, so only one is built here. engine.sh itself
// refuses a build that hashes otherwise, so the build passing is half the proof;
// the hashes and the bytes are compared here too. The engine binary is copied in,
// not rebuilt: it is not a provider, and a cold OpenTofu build takes minutes more.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readProviderHashes } from "../../constructs/app/provider-locks";
import { engineDir } from "../../cli/engine-env";
import { engineEnv, run } from "../support/engine";

const ROOT = join(__dirname, "..", "..");
const versions = readFileSync(join(ROOT, "tools", "versions.env"), "utf8");
const TOFU_VERSION = /^TOFU_VERSION=(.*)$/m.exec(versions)![1];

const hashesOf = (cache: string) =>
  readFileSync(join(cache, "providers.hashes"), "utf8").trim().split("\n").map((l) => l.trim()).sort();

/** Every provider binary in an engine folder's mirror, under the engine's host: path within it -> bytes. */
function mirrorBinaries(cache: string): Map<string, Buffer> {
  const root = join(cache, "providers", engineEnv().HYPERLAB_REGISTRY_HOST!);
  const found = new Map<string, Buffer>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else found.set(path, readFileSync(join(root, path)));
    }
  };
  walk("");
  return found;
}

test("a cold build of the mirror hashes the same as the warm one and the recorded hashes", () => {
  const warm = engineDir(); // this package version's engine folder: its providers.hashes
  const cold = mkdtempSync(join(tmpdir(), "hyperlab-cold-cache-"));
  try {
    mkdirSync(join(cold, "cache", "bin"), { recursive: true });
    copyFileSync(engineEnv().HYPERLAB_TOFU!, join(cold, "cache", "bin", `tofu-${TOFU_VERSION}`));
    run("chmod", ["+x", join(cold, "cache", "bin", `tofu-${TOFU_VERSION}`)]);
    const started = Date.now();
    run("bash", [join(ROOT, "tools", "engine.sh")], {
      env: { ...process.env, HYPERLAB_CACHE: join(cold, "cache"), GOCACHE: join(cold, "gocache") },
    });
    console.log(`cold provider build: ${((Date.now() - started) / 1000).toFixed(0)} s\n${hashesOf(engineDir({ HYPERLAB_CACHE: join(cold, "cache") })).join("\n")}`);
    const recorded = readProviderHashes().filter((h) => h.platform === "linux_amd64").map((h) => `${h.source} ${h.version} ${h.hash}`).sort();
    expect(hashesOf(engineDir({ HYPERLAB_CACHE: join(cold, "cache") }))).toEqual(recorded);
    expect(hashesOf(warm)).toEqual(recorded);
    // Byte for byte: the cold build and the engine step's build are the same files.
    const coldBinaries = mirrorBinaries(engineDir({ HYPERLAB_CACHE: join(cold, "cache") }));
    const warmBinaries = mirrorBinaries(warm);
    expect([...coldBinaries.keys()].sort()).toEqual([...warmBinaries.keys()].sort());
    expect(coldBinaries.size).toBe(recorded.length);
    for (const [path, bytes] of coldBinaries) expect({ path, identical: bytes.equals(warmBinaries.get(path)!) }).toEqual({ path, identical: true });
  } finally {
    rmSync(cold, { recursive: true, force: true });
  }
}, 20 * 60 * 1000);
