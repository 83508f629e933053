// `npm run get`: regenerates .gen/providers/* from the schemas committed under
// tools/schemas/ with cdktf's own generator. Needs no network and no provider
// binary, and gives byte-identical output for the same schema.
// An optional argument writes the .gen tree under another directory instead.
import { rmSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CodeMaker, TerraformProviderGenerator } from "@cdktf/provider-generator";
import { ConstructsMakerProviderTarget, LANGUAGES, TerraformProviderConstraint } from "@cdktf/commons";

async function main(): Promise<void> {
  const root = join(__dirname, "..");
  const outRoot = process.argv[2] ?? root;
  const schemaDir = join(root, "tools", "schemas");
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith(".json")).sort()) {
    const schema = JSON.parse(readFileSync(join(schemaDir, file), "utf8"));
    const [source] = Object.keys(schema.provider_schemas);
    const version: string = schema.provider_versions[source];
    // The committed schemas key their one provider by source ("telmate/proxmox"),
    // without the registry host the engine reports. The generator wants a
    // host/namespace/type key; a placeholder host serves, as the bindings carry
    // only the source given in the constraint.
    const fqpn = `local/${source}`;
    const keyed = {
      ...schema,
      provider_schemas: { [fqpn]: schema.provider_schemas[source] },
      provider_versions: { [fqpn]: version },
    };
    const code = new CodeMaker();
    const generator = new TerraformProviderGenerator(code, keyed);
    (generator as unknown as { getProviderByConstraint: () => string }).getProviderByConstraint = () => fqpn;
    generator.generate(new ConstructsMakerProviderTarget(new TerraformProviderConstraint({ name: source.split("/")[1], source, version }), LANGUAGES[0]));
    rmSync(join(outRoot, ".gen", "providers", source.split("/")[1]), { recursive: true, force: true });
    await code.save(join(outRoot, ".gen"));
    console.log(`generated ${source} ${version} -> .gen/providers/${source.split("/")[1]}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
