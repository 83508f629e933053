// Turns `providers schema -json` output into the committed form: the provider keyed
// by its source as users write it (no registry host), its version recorded for the
// binding generator, and keys sorted so the file only changes when the schema does.
const fs = require("fs");
const [file, source, version] = process.argv.slice(2);
const raw = JSON.parse(fs.readFileSync(file, "utf8"));
const key = Object.keys(raw.provider_schemas).find((k) => k.toLowerCase().endsWith(`/${source.toLowerCase()}`));
if (!key) throw new Error(`${source} not in ${Object.keys(raw.provider_schemas).join(", ")}`);
const sorted = (v) =>
  Array.isArray(v) ? v.map(sorted)
  : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])]))
  : v;
const out = {
  format_version: raw.format_version,
  provider_schemas: { [source]: sorted(raw.provider_schemas[key]) },
  provider_versions: { [source]: version },
};
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
