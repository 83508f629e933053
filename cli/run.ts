// `hyperlab run -- COMMAND [ARGS...]`: runs a command (cdktf deploy, the engine
// itself) with the prepared engine's environment: the CLI configuration naming
// the provider mirror and TERRAFORM_BINARY_NAME (HYPERLAB_ENGINE picks OpenTofu,
// the default, or Terraform). Exits with the command's status.
import { spawnSync } from "node:child_process";
import { engineEnv } from "./engine-env";
import { UserError } from "./errors";

export function runWithEngine(command: string[]): number {
  if (command.length === 0) throw new UserError("hyperlab run needs a command, for example: hyperlab run -- cdktf deploy lab");
  const env = engineEnv();
  const r = spawnSync(command[0], command.slice(1), { stdio: "inherit", env });
  if (r.error) throw new UserError(`could not run ${command[0]}: ${r.error.message}`);
  return r.status ?? (r.signal ? 128 : 1);
}
