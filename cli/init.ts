// `hyperlab init [DIR] [--package-spec SPEC] [--no-install]`: scaffolds a working
// project (package.json, cdktf.json, main.ts with a small lab, a jest test, a CI
// workflow) in an empty folder, then installs it so `npm ci` has its lock file.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { packageFile } from "../constructs/core/package-files";
import { UserError } from "./errors";

export interface InitOptions {
  /** What the project's package.json depends on for hyperlab. @default "^<this version>" */
  readonly packageSpec?: string;
  readonly install: boolean;
}

const TEMPLATES = packageFile("cli", "templates", "init");

/** The versions the scaffold pins: the ones this package is built and tested with. */
function scaffoldValues(dir: string, options: InitOptions): Record<string, string> {
  const pkg = JSON.parse(readFileSync(packageFile("package.json"), "utf8"));
  const dev: Record<string, string> = pkg.devDependencies ?? {};
  const pinned = (name: string) => {
    const v = dev[name];
    if (!v) throw new Error(`the package's devDependencies do not pin ${name}, which the scaffold needs`);
    return v;
  };
  const name = basename(dir).toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "lab";
  return {
    name,
    packageName: pkg.name,
    packageSpec: options.packageSpec ?? `^${pkg.version}`,
    cdktfVersion: pinned("cdktf"),
    constructsVersion: pinned("constructs"),
    typesJestVersion: pinned("@types/jest"),
    typesNodeVersion: pinned("@types/node"),
    jestVersion: pinned("jest"),
    tsJestVersion: pinned("ts-jest"),
    tsNodeVersion: pinned("ts-node"),
    typescriptVersion: pinned("typescript"),
  };
}

function templateFiles(at: string): string[] {
  return readdirSync(at).flatMap((entry) => {
    const path = join(at, entry);
    return statSync(path).isDirectory() ? templateFiles(path) : [path];
  }).sort();
}

/** Where a template lands: its path without .tmpl; gitignore becomes .gitignore (npm never packs a .gitignore). */
function targetOf(template: string): string {
  const path = relative(TEMPLATES, template).replace(/\.tmpl$/, "");
  return path === "gitignore" ? ".gitignore" : path;
}

export function init(dirArg: string | undefined, options: InitOptions): number {
  const dir = resolve(dirArg ?? process.cwd());
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new UserError(`${dir} is not empty: hyperlab init scaffolds a new project into an empty folder`);
  }
  const values = scaffoldValues(dir, options);
  for (const template of templateFiles(TEMPLATES)) {
    const target = join(dir, targetOf(template));
    const text = readFileSync(template, "utf8").replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      const value = values[key];
      if (value === undefined) throw new Error(`template ${template} names {{${key}}}, which init does not know`);
      // Every value lands inside a JSON string or a TypeScript string literal.
      return JSON.stringify(value).slice(1, -1);
    });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  console.log(`scaffolded ${values.name} in ${dir}`);
  if (options.install) {
    // npm's errors go to the terminal as ever, and are read for a 404 of this package.
    const r = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: dir, env: process.env, stdio: ["inherit", "inherit", "pipe"], encoding: "utf8" });
    process.stderr.write(r.stderr ?? "");
    if (r.status !== 0) {
      if (!options.packageSpec && /\bE404\b/.test(r.stderr ?? "") && (r.stderr ?? "").includes(values.packageName)) {
        throw new UserError(`${values.packageName}@${values.packageSpec} is not published yet: build its tarball with \`npm pack\` in a checkout of ` +
          `hyperlab and pass it, e.g. \`hyperlab init ${dir} --package-spec /path/to/${values.packageName.replace(/^@/, "").replace("/", "-")}-${values.packageSpec.replace(/^\^/, "")}.tgz\` ` +
          `(empty ${dir} first)`);
      }
      throw new UserError(`npm install in ${dir} failed (exit ${r.status ?? r.error}); fix what it printed, then run npm install there`);
    }
  }
  console.log("next: npm run synth, npm test; npm run engine once, then npm run deploy -- lab (as root)");
  return 0;
}
