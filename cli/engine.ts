// `hyperlab engine [--no-proxmox] [--record-hashes] [--lint-tools]`: prepares
// the pinned engine and the provider mirror for this package version, from the
// files the package ships (tools/engine.sh, the pins, provider/'s Go sources).
import { spawnSync } from "node:child_process";
import { packageFile } from "../constructs/core/package-files";
import { UserError } from "./errors";

export interface EngineOptions {
  readonly dir?: string;
  readonly proxmox: boolean;
  readonly recordHashes?: boolean;
  readonly lintTools?: boolean;
}

export function prepareEngine(options: EngineOptions): number {
  const args = [packageFile("tools", "engine.sh")];
  if (!options.proxmox) args.push("--no-proxmox");
  if (options.recordHashes) args.push("--record-hashes");
  if (options.lintTools) args.push("--lint-tools");
  const r = spawnSync("bash", args, { stdio: "inherit", env: { ...process.env, HYPERLAB_PROJECT: options.dir ?? process.cwd() } });
  if (r.error) throw new UserError(`could not run bash for the engine script: ${r.error.message}`);
  return r.status ?? 1;
}
