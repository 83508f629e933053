// The consumer apps the test makes, and what each installs beside the tarball:
// the same pins as this repository's devDependencies, except where an app is
// about another version (the newest constructs 10.x served, CDK Terrain).
// tools/warm-consumer-cache.ts installs these before a run without network.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const DEV: Record<string, string> = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).devDependencies;

export const NPM_FLAGS = ["--no-audit", "--no-fund", "--prefer-offline", "--no-update-notifier"];

export interface AppKind {
  readonly name: string;
  readonly library: "cdktf" | "cdktn";
  readonly dependencies: string[];
  readonly devDependencies: string[];
  readonly app: string;
  readonly tsconfig: object;
}

// cdktf's own template, as `cdktf init --template=typescript` writes it.
export const TEMPLATE = join(ROOT, "node_modules", "cdktf-cli", "bundle", "templates", "typescript");
const templateTsconfig = JSON.parse(readFileSync(join(TEMPLATE, "tsconfig.json"), "utf8"));
const strictTsconfig = {
  compilerOptions: {
    target: "ES2022", module: "commonjs", strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true,
    noImplicitOverride: true, noPropertyAccessFromIndexSignature: true, skipLibCheck: true, types: ["node", "jest"],
  },
  include: ["*.ts"],
};
const jestTools = [`jest@${DEV.jest}`, `ts-jest@${DEV["ts-jest"]}`, `@types/jest@${DEV["@types/jest"]}`, `@types/node@${DEV["@types/node"]}`, `typescript@${DEV.typescript}`];
export const KINDS: AppKind[] = [
  {
    name: "cdktf-template", library: "cdktf", dependencies: [`cdktf@${DEV.cdktf}`, `constructs@${DEV.constructs}`],
    devDependencies: [...jestTools, `ts-node@${DEV["ts-node"]}`, `cdktf-cli@${DEV["cdktf-cli"]}`], app: "npx ts-node main.ts", tsconfig: templateTsconfig,
  },
  {
    name: "tsx-strict", library: "cdktf", dependencies: [`cdktf@${DEV.cdktf}`, `constructs@${DEV.constructs}`],
    devDependencies: [...jestTools, `tsx@${DEV.tsx}`], app: "npx tsx main.ts", tsconfig: strictTsconfig,
  },
  {
    name: "newest-constructs", library: "cdktf", dependencies: [`cdktf@${DEV.cdktf}`, "constructs@10"],
    devDependencies: [...jestTools, `tsx@${DEV.tsx}`], app: "npx tsx main.ts", tsconfig: strictTsconfig,
  },
  {
    // CDK Terrain's CLI needs Node 22.19 or later; its app is run as cdktf.json names it.
    name: "cdk-terrain", library: "cdktn", dependencies: ["cdktn@0.24.0", "constructs@>=10.6.0 <10.8.0"],
    devDependencies: [...jestTools, `tsx@${DEV.tsx}`], app: "npx tsx main.ts", tsconfig: strictTsconfig,
  },
];

