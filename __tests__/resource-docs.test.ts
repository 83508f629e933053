// docs/resources/ is the provider's reference rendered from its own schema
// (tools/schemas/hyperlab.json) by tools/resource-docs.ts: the committed pages must be
// exactly what the generator makes now, so a schema change without the regenerated
// pages fails here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ProviderSchema, renderResourceDocs } from "../tools/resource-docs";

const ROOT = join(__dirname, "..");
const DIR = join(ROOT, "docs", "resources");
const schema = JSON.parse(readFileSync(join(ROOT, "tools", "schemas", "hyperlab.json"), "utf8")) as ProviderSchema;
const provider = Object.values(schema.provider_schemas)[0]!;

test("docs/resources/ holds exactly the generated pages, byte for byte (else: npx tsx tools/resource-docs.ts)", () => {
  const pages = renderResourceDocs(schema);
  expect(readdirSync(DIR).sort()).toEqual([...pages.keys()].sort());
  for (const [file, body] of pages) expect({ file, body: readFileSync(join(DIR, file), "utf8") }).toEqual({ file, body });
});

test("every resource has a page naming each of its attributes with the schema's description", () => {
  const pages = renderResourceDocs(schema);
  const names = Object.keys(provider.resource_schemas);
  expect(names.length).toBeGreaterThanOrEqual(12);
  for (const name of names) {
    const page = pages.get(`${name.replace(/^hyperlab_/, "")}.md`)!;
    expect(page).toContain(`# ${name}\n`);
    for (const attr of Object.keys(provider.resource_schemas[name]!.block.attributes ?? {})) expect(page).toContain(`- \`${attr}\` (`);
  }
  expect(pages.get("kvm_domain.md")).toContain("- `vcpus` (number; optional, computed): Virtual CPUs.");
});

test("a description changed in the schema changes the page, and the same schema gives the same bytes", () => {
  const changed = JSON.parse(JSON.stringify(schema)) as ProviderSchema;
  Object.values(changed.provider_schemas)[0]!.resource_schemas.hyperlab_tap!.block.attributes!.mtu!.description = "Changed.";
  expect(renderResourceDocs(changed).get("tap.md")).toContain("- `mtu` (number; optional, computed): Changed.");
  expect(renderResourceDocs(changed).get("tap.md")).not.toEqual(renderResourceDocs(schema).get("tap.md"));
  expect(renderResourceDocs(schema)).toEqual(renderResourceDocs(JSON.parse(JSON.stringify(schema)) as ProviderSchema));
});
