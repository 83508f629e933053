// Every relative link in README.md, ARCHITECTURE.md, CONTRIBUTING.md, CHANGELOG.md and
// docs/ names a file that exists, and a heading of it when it has a #fragment: a
// page moved or a heading renamed fails here, naming the link.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brokenLinks, headingAnchors, markdownFiles, relativeLinks } from "./support/markdown-links";

const ROOT = join(__dirname, "..");

test("the README and every page of docs/ are checked", () => {
  const files = markdownFiles(ROOT);
  expect(files).toEqual(expect.arrayContaining(["README.md", "ARCHITECTURE.md", "CONTRIBUTING.md", "docs/input-rules.md"]));
  expect(files.flatMap((f) => relativeLinks(f, require("node:fs").readFileSync(join(ROOT, f), "utf8"))).length).toBeGreaterThan(40);
});

test("every relative link resolves, to a file and to a heading", () => {
  expect(brokenLinks(ROOT)).toEqual([]);
});

test("GitHub's anchors: punctuation dropped, spaces to hyphens, duplicates numbered", () => {
  expect([...headingAnchors("# Reboot\n## After a deploy that was killed\n### `KvmGuest` (KVM)\n## Reboot\n```\n# not a heading\n```\n")])
    .toEqual(["reboot", "after-a-deploy-that-was-killed", "kvmguest-kvm", "reboot-1"]);
});

test("a missing file, a missing heading and a link out of the repository are each reported", () => {
  const root = mkdtempSync(join(tmpdir(), "hl-docs-links-"));
  try {
    mkdirSync(join(root, "docs"));
    writeFileSync(join(root, "README.md"), "# Top\n[ok](docs/a.md#part) [gone](docs/b.md) [nohead](docs/a.md#nope) [self](#top) [out](../x.md)\n`[code](nowhere.md)`\n[web](https://example.org/x)\n");
    writeFileSync(join(root, "docs", "a.md"), "# A\n## Part\n[up](../README.md#top) [bad](#missing)\n");
    expect(brokenLinks(root)).toEqual([
      "README.md:2: docs/b.md: docs/b.md does not exist",
      "README.md:2: docs/a.md#nope: docs/a.md has no heading #nope",
      "README.md:2: ../x.md: ../x.md leaves the repository",
      "docs/a.md:3: #missing: docs/a.md has no heading #missing",
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
