// What the tests of hosts over SSH share: the engine run from the SSH hosts'
// engine namespace with the test's client key as the stack's sensitive variable,
// and a command on a test host that must succeed.
import { engineEnv, RunResult } from "./engine";
import { SshHost, SshHosts } from "./ssh-hosts";

/** The engine's environment, with the client key in TF_VAR_<keyVariable>. */
export const remoteEngineEnv = (hosts: SshHosts, keyVariable: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv =>
  ({ ...engineEnv(), TF_IN_AUTOMATION: "1", [`TF_VAR_${keyVariable}`]: hosts.clientKey.privateKey, ...extra });

/** Runs the engine in the stack directory `dir`, from the engine namespace; throws unless its status is in `ok`. */
export function remoteEngine(hosts: SshHosts, dir: string, keyVariable: string, args: string[], ok: number[] = [0], extra: NodeJS.ProcessEnv = {}): RunResult {
  const r = hosts.engineExec([engineEnv().TERRAFORM_BINARY_NAME!, ...args, "-no-color", "-input=false"],
    { cwd: dir, env: remoteEngineEnv(hosts, keyVariable, extra), timeoutMs: 600_000 });
  if (!ok.includes(r.status)) throw new Error(`${args.join(" ")} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** argv on a test host: its stdout, or an error with its output unless it exits 0. */
export function onHost(h: SshHost, argv: string[]): string {
  const r = h.exec(argv, { timeoutMs: 60_000 });
  if (r.status !== 0) throw new Error(`${argv.join(" ")} on ${h.name} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}
