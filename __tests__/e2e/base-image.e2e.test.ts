// A BaseImage through the constructs and the engine: a wrong sha256 fails the
// deploy with both digests and keeps nothing; with the right one, two guests'
// boot disks are qcow2 overlays on the one fetched file; destroy takes the
// guests and then the image, leaving the pool empty.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineEnv, run } from "../support/engine";

jest.setTimeout(15 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const POOL = "hlimg";
const POOL_DIR = `/var/lib/hyperlab/${POOL}-e2e`;

describe("BaseImage: verified, fetched once, overlaid per guest", () => {
  let work: string;
  let sha: string;
  const env = (digest: string) => ({
    ...engineEnv(), CI: "1", HL_E2E_POOL: POOL, HL_E2E_POOL_DIR: POOL_DIR,
    HL_E2E_IMAGE_URL: `file://${join(work, "image.qcow2")}`, HL_E2E_IMAGE_SHA256: digest, HL_E2E_KERNEL: kernel(),
  });
  /** The host's newest kernel, booted directly: the guests run on their overlays. */
  const kernel = () => readdirSync("/boot").filter((f) => f.startsWith("vmlinuz-")).sort().map((f) => `/boot/${f}`).pop()!;
  const cdktf = (verb: string, digest: string, ok = [0]) =>
    run(join(ROOT, "node_modules", ".bin", "cdktf"), [verb, "image-lab", "--auto-approve", "--no-color"], { cwd: work, env: env(digest), ok });

  beforeAll(() => {
    rmSync(POOL_DIR, { recursive: true, force: true });
    work = mkdtempSync(join(tmpdir(), "hyperlab-base-image-"));
    run("qemu-img", ["create", "-q", "-f", "qcow2", join(work, "image.qcow2"), "64M"]);
    sha = createHash("sha256").update(readFileSync(join(work, "image.qcow2"))).digest("hex");
    const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(__dirname, "apps", "image-lab.ts")}`;
    writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
  });

  afterAll(() => {
    try {
      cdktf("destroy", sha, [0, 1]);
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(POOL_DIR, { recursive: true, force: true });
    }
  });

  test("a wrong sha256 fails the deploy with both digests and keeps no file", () => {
    const wrong = "0".repeat(64);
    const r = cdktf("deploy", wrong, [1]);
    const out = (r.stdout + r.stderr).replace(/\s+/g, " ");
    expect(out).toContain(`expected ${wrong}, got ${sha}; nothing was kept`);
    const images = join(POOL_DIR, "_images");
    expect(existsSync(images) ? readdirSync(images) : []).toEqual([]);
  });

  test("two guests run from overlays on the one fetched file", () => {
    cdktf("deploy", sha);
    const image = join(POOL_DIR, "_images", "base");
    expect(readdirSync(join(POOL_DIR, "_images"))).toEqual(["base"]);
    for (const g of ["a", "b"]) {
      const info = JSON.parse(run("qemu-img", ["info", "-U", "--output=json", join(POOL_DIR, `${POOL}-${g}`, "boot.qcow2")]).stdout);
      expect({ format: info.format, backing: info["backing-filename"], backingFormat: info["backing-filename-format"] })
        .toEqual({ format: "qcow2", backing: image, backingFormat: "qcow2" });
      // QEMU opened the chain: the guest runs, its disk the overlay.
      expect(run("virsh", ["-c", "qemu:///system", "domstate", `${POOL}-${g}`]).stdout.trim()).toBe("running");
      expect(run("virsh", ["-c", "qemu:///system", "domblklist", `${POOL}-${g}`]).stdout).toContain(join(POOL_DIR, `${POOL}-${g}`, "boot.qcow2"));
    }
  });

  test("destroy takes the guests' disks, then the image", () => {
    cdktf("destroy", sha);
    expect(existsSync(POOL_DIR) ? readdirSync(POOL_DIR) : []).toEqual([]);
  });
});
