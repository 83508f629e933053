// The provider's Go tests (tools/test-provider.sh: gofmt, go vet, then go test with
// the pinned engine, acceptance tests included, in their own network namespace), run
// as one file of the suite so that they take a jest worker beside the others instead
// of a stretch of the run of their own. Their output, go test's closing lines and the
// slowest tests, is printed whatever the result; the file fails if the script does.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

test("the provider's Go tests pass (gofmt, go vet, go test with acceptance tests)", () => {
  const r = spawnSync("bash", [join(ROOT, "tools", "test-provider.sh")], { encoding: "utf8", maxBuffer: 256 << 20 });
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  console.log(`tools/test-provider.sh exited ${r.status}:\n${output.length > 60_000 ? `...${output.slice(-60_000)}` : output}`);
  expect({ status: r.status, error: r.error?.message }).toEqual({ status: 0, error: undefined });
}, 30 * 60 * 1000);
