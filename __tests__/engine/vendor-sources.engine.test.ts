// telmate/proxmox is built from archives only after they are checked: each
// archive's sha256 against tools/vendor-sources.sha256, and the API client's tree
// against the h1: the provider's go.sum pins. A mismatch stops with a clear message.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../support/engine";

const ROOT = join(__dirname, "..", "..");
const SOURCES = process.env.HYPERLAB_SOURCES ?? join(ROOT, "..", "shared", "vendor");
const PINS = join(ROOT, "tools", "vendor-sources.sha256");
const API_ARCHIVE = "proxmox-api-go-898857dc.tar.gz";
const unpack = (sources: string, pins: string, tree: string) =>
  run("bash", [join(ROOT, "tools", "unpack-telmate.sh"), sources, pins, tree], { ok: [0, 1] });

describe("the telmate/proxmox archives", () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), "hyperlab-vendor-"));
    cpSync(SOURCES, join(work, "sources"), { recursive: true });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  test("as pinned, unpack with the client in place of the module", () => {
    const r = unpack(join(work, "sources"), PINS, join(work, "tree"));
    expect(r.status).toBe(0);
    expect(readFileSync(join(work, "tree", "terraform-provider-proxmox", "go.mod"), "utf8"))
      .toContain("replace github.com/Telmate/proxmox-api-go => ../proxmox-api-go");
  });

  test("an archive that differs from its pinned sha256 is refused", () => {
    const archive = join(work, "sources", API_ARCHIVE);
    writeFileSync(archive, Buffer.concat([readFileSync(archive), Buffer.from([0])]));
    const r = unpack(join(work, "sources"), PINS, join(work, "tree"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${API_ARCHIVE} has sha256 [0-9a-f]{64}, not the cb73ddbac9f2\\w+ pinned in`));
  });

  test("a client tree that differs from the provider's go.sum h1: is refused, even with a matching sha256", () => {
    // Repack the client with one more file and pin the new archive's sha256.
    const unpacked = join(work, "api");
    run("mkdir", ["-p", unpacked]);
    run("tar", ["-xzf", join(SOURCES, API_ARCHIVE), "-C", unpacked]);
    writeFileSync(join(unpacked, "proxmox-api-go", "EXTRA"), "not in the original\n");
    run("tar", ["-czf", join(work, "sources", API_ARCHIVE), "-C", unpacked, "proxmox-api-go"]);
    const sum = run("sha256sum", [join(work, "sources", API_ARCHIVE)]).stdout.split(" ")[0];
    const pins = join(work, "pins");
    writeFileSync(pins, readFileSync(PINS, "utf8").replace(/^\w+(\s+proxmox-api-go)/m, `${sum}$1`));
    const r = unpack(join(work, "sources"), pins, join(work, "tree"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("the proxmox-api-go tree hashes to h1:");
    expect(r.stderr).toContain("but the provider's go.sum pins h1:gDpz+HaPk7rMUr2hhfKszYRT/FBRz/ZFAbhJ06UDd10=");
  });

  test("missing archives say where they were looked for", () => {
    const r = unpack(join(work, "nowhere"), PINS, join(work, "tree"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("nowhere is missing (set HYPERLAB_SOURCES)");
    expect(existsSync(join(work, "tree"))).toBe(false);
  });
});
