// `npm run get`: regenerates .gen/providers/* from the schemas committed under
// tools/schemas/ with cdktf's own generator. Needs no network and no provider
// binary, and gives byte-identical output for the same schema.
import { rmSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CodeMaker, TerraformProviderGenerator } from "@cdktf/provider-generator";
import { ConstructsMakerProviderTarget, LANGUAGES, TerraformProviderConstraint } from "@cdktf/commons";

async function main(): Promise<void> {
  const root = join(__dirname, "..");
  const schemaDir = join(root, "tools", "schemas");
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith(".json")).sort()) {
    const schema = JSON.parse(readFileSync(join(schemaDir, file), "utf8"));
    const [source] = Object.keys(schema.provider_schemas);
    const version: string = schema.provider_versions[source];
    const code = new CodeMaker();
    const generator = new TerraformProviderGenerator(code, schema);
    generator.generate(new ConstructsMakerProviderTarget(new TerraformProviderConstraint({ source, version }), LANGUAGES[0]));
    const outdir = join(root, ".gen", "providers", source.split("/")[1]);
    rmSync(outdir, { recursive: true, force: true });
    await code.save(outdir);
    console.log(`generated ${source} ${version} -> .gen/providers/${source.split("/")[1]}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
