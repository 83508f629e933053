import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Testing } from "cdktf";

Testing.setupJest();

// cdktf's Testing.app() makes a new directory under the system's temporary
// directory for every app and never removes it (the hostile sweep alone makes
// thousands). Apps of one test file share one directory instead, removed after
// the file's tests: Testing.synth writes nothing there.
const outdir = mkdtempSync(join(tmpdir(), "hyperlab-test-apps-"));
const app = Testing.app.bind(Testing);
Testing.app = (options = {}) => app({ outdir, ...options });
afterAll(() => rmSync(outdir, { recursive: true, force: true }));
