import { App } from "cdktf";
import { throwIfRefused } from "../core/refused";
import { writeProviderLocks } from "./provider-locks";

/**
 * A cdktf App that also writes each stack's `.terraform.lock.hcl` from the
 * provider hashes this project records, so `cdktf deploy` runs offline without
 * `--skip-provider-lock` and the engine checks every provider it installs.
 */
export class HyperlabApp extends App {
  synth(): void {
    // Before cdktf prepares any stack: refused props stop the app with all of them listed.
    throwIfRefused(this);
    super.synth();
    for (const warning of writeProviderLocks(this.outdir)) process.stderr.write(`hyperlab: ${warning}\n`);
  }
}
