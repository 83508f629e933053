// Prints the Go module hash ("h1:...") of a directory tree, as Go computes it for
// go.sum (golang.org/x/mod/sumdb/dirhash Hash1): every regular file, named
// MODULE@VERSION/PATH, in byte order, one "sha256hex  name" line each; the
// sha256 of those lines, base64, after "h1:". tools/engine.sh checks sources the
// Go module proxy does not serve against the h1: their dependents pin.
//   node tools/module-hash.js DIR MODULE@VERSION
const { createHash } = require("node:crypto");
const { readdirSync, readFileSync, lstatSync } = require("node:fs");
const { join, relative, sep } = require("node:path");

const [dir, prefix] = process.argv.slice(2);
if (!dir || !prefix) {
  console.error("usage: node tools/module-hash.js DIR MODULE@VERSION");
  process.exit(2);
}
const files = [];
(function walk(d) {
  for (const entry of readdirSync(d)) {
    const path = join(d, entry);
    const stat = lstatSync(path);
    if (stat.isDirectory()) walk(path);
    else if (stat.isFile()) files.push(`${prefix}/${relative(dir, path).split(sep).join("/")}`);
  }
})(dir);
files.sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : Buffer.from(a) > Buffer.from(b) ? 1 : 0));
const summary = createHash("sha256");
for (const name of files) {
  const content = readFileSync(join(dir, name.slice(prefix.length + 1)));
  summary.update(`${createHash("sha256").update(content).digest("hex")}  ${name}\n`);
}
console.log(`h1:${summary.digest("base64")}`);
