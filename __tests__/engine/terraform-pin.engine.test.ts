// Terraform is pinned like OpenTofu: tools/engine.sh lays the mirror out for the
// `terraform` on PATH only when it is the version tools/versions.env names, and
// says what is wrong otherwise; asking for Terraform then fails with that reason.
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineDir } from "../../cli/engine-env";
import { engineEnv, run } from "../support/engine";

const ROOT = join(__dirname, "..", "..");
const versions = readFileSync(join(ROOT, "tools", "versions.env"), "utf8");
const pinned = (name: string) => new RegExp(`^${name}=(.*)$`, "m").exec(versions)![1];

describe("the Terraform pin", () => {
  let work: string;
  const cache = () => join(work, "cache");
  /** engine.sh with PATH holding only the system, Go and `extra`, into a cache of the test's own. */
  const engineWith = (extra: string) => run("bash", [join(ROOT, "tools", "engine.sh")], {
    env: { ...process.env, HYPERLAB_CACHE: cache(), PATH: `${extra}:/usr/local/go/bin:/usr/bin:/bin` },
  });
  const askTerraform = () => run(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "cli", "main.ts"), "run", "--", "true"], {
    env: { ...process.env, HYPERLAB_CACHE: cache(), HYPERLAB_ENGINE: "terraform" }, ok: [0, 1],
  });

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "hyperlab-tfpin-"));
    // The engine binary is copied in: these tests are about Terraform, not a cold OpenTofu build.
    mkdirSync(join(cache(), "bin"), { recursive: true });
    const tofu = `tofu-${pinned("TOFU_VERSION")}`;
    copyFileSync(engineEnv().HYPERLAB_TOFU!, join(cache(), "bin", tofu));
    chmodSync(join(cache(), "bin", tofu), 0o755);
    mkdirSync(join(work, "empty"));
    mkdirSync(join(work, "other"));
    // A `terraform` of another version, answering `version -json` as Terraform does.
    writeFileSync(join(work, "other", "terraform"), '#!/bin/sh\necho \'{"terraform_version": "1.5.7", "platform": "linux_amd64"}\'\n');
    chmodSync(join(work, "other", "terraform"), 0o755);
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("no terraform on PATH: engine.sh says so, and asking for Terraform fails with that reason", () => {
    const r = engineWith(join(work, "empty"));
    expect(r.stdout).toContain(`terraform: not available: terraform is not on PATH (Terraform ${pinned("TERRAFORM_VERSION")} is pinned in tools/versions.env)`);
    const asked = askTerraform();
    expect(asked.status).toBe(1);
    expect(asked.stderr).toContain("HYPERLAB_ENGINE=terraform, but terraform is not on PATH");
  }, 600_000);

  test("another version on PATH: engine.sh names both versions and lays no mirror out for it", () => {
    const r = engineWith(join(work, "other"));
    expect(r.stdout).toContain(`terraform: not available: ${join(work, "other", "terraform")} is Terraform 1.5.7, but tools/versions.env pins ${pinned("TERRAFORM_VERSION")}`);
    expect(askTerraform().stderr).toContain("is Terraform 1.5.7, but tools/versions.env pins");
    expect(readdirSync(join(engineDir({ HYPERLAB_CACHE: cache() }), "providers"))).toEqual([engineEnv().HYPERLAB_REGISTRY_HOST]);
  }, 600_000);

  test("the pinned version on PATH: the mirror is laid out for it too", () => {
    const r = engineWith("/usr/local/bin");
    expect(r.stdout).toContain(`terraform: Terraform ${pinned("TERRAFORM_VERSION")} at `);
    expect(askTerraform().status).toBe(0);
    expect(readdirSync(join(engineDir({ HYPERLAB_CACHE: cache() }), "providers")).sort()).toEqual(
      [engineEnv().HYPERLAB_REGISTRY_HOST, engineEnv("terraform").HYPERLAB_TERRAFORM_REGISTRY_HOST].sort());
  }, 600_000);
});
