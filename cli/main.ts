#!/usr/bin/env node
// The hyperlab CLI, run from the user's project: `hyperlab --help` lists the
// subcommands, `hyperlab <command> --help` explains one.
import { Command, CommanderError, Option } from "commander";
import { adopt } from "./adopt";
import { drift } from "./drift";
import { prepareEngine } from "./engine";
import { packageVersion } from "./engine-env";
import { UserError } from "./errors";
import { init } from "./init";
import { leases } from "./leases";
import { findProject, stackNames, synth } from "./project";
import { review } from "./review";
import { runWithEngine } from "./run";
import { stateLock } from "./state-lock";

const dirOption = () => new Option("--dir <project>", "the cdktf project (the folder holding cdktf.json)").default(undefined, "the current folder or the nearest above it");
const noSynthOption = () => new Option("--no-synth", "use what the last synth wrote instead of synthesizing first");

/** The program; `exit` receives each command's exit status. */
export function program(exit: (code: number) => void): Command {
  const cli = new Command("hyperlab")
    .description("Hypervisor labs as code: prepare the engine, check drift, review plans, scaffold projects")
    .version(packageVersion())
    .enablePositionalOptions()
    .showHelpAfterError();

  cli.command("init")
    .description("scaffold a new project (package.json, cdktf.json, main.ts with a small lab, a test, a CI workflow) and install it")
    .argument("[dir]", "an empty or missing folder", undefined)
    .option("--package-spec <spec>", "what package.json depends on for hyperlab (a version range, a tarball path)")
    .option("--no-install", "write the files only; run npm install yourself")
    .action((dir: string | undefined, o) => exit(init(dir, { packageSpec: o.packageSpec, install: o.install })));

  cli.command("engine")
    .description("build the pinned OpenTofu and the provider mirror for this version (from Go modules; cached under ~/.cache/hyperlab)")
    .option("--no-proxmox", "leave telmate/proxmox out (stacks with no ProxmoxNode); else its sources must be served or in HYPERLAB_SOURCES")
    .option("--record-hashes", "record the builds' hashes in the package's tools/provider-hashes.txt (after a deliberate provider change)")
    .option("--lint-tools", "also build actionlint (lints CI workflow files)")
    .addOption(dirOption())
    .action((o) => exit(prepareEngine({ dir: o.dir, proxmox: o.proxmox, recordHashes: o.recordHashes, lintTools: o.lintTools })));

  cli.command("synth")
    .description("synthesize the project (runs cdktf.json's app, as cdktf synth does) and list its stacks")
    .addOption(dirOption())
    .action((o) => {
      const project = findProject(o.dir);
      synth(project);
      console.log(`synthesized ${stackNames(project).join(", ") || "no stacks"} into ${project.outdir}`);
      exit(0);
    });

  cli.command("run")
    .description("run a command with the prepared engine (e.g. hyperlab run -- cdktf deploy lab); HYPERLAB_ENGINE=terraform picks Terraform")
    .argument("<command...>", "the command and its arguments, after --")
    .passThroughOptions()
    .action((command: string[]) => exit(runWithEngine(command)));

  cli.command("drift")
    .description("is the host still what STACK deployed? exit 0 no drift, 2 drift, 3 code not yet deployed, 1 error")
    .argument("<stack>", "the stack's name")
    .option("--report <prefix>", "also write PREFIX.json and PREFIX.md")
    .addOption(noSynthOption())
    .addOption(dirOption())
    .action((stack: string, o) => exit(drift(stack, { dir: o.dir, report: o.report, synth: o.synth })));

  cli.command("review")
    .description("the plan summary for a pull request: data loss, new leases, restarts, moved NICs, drift apart")
    .argument("<stack>", "the stack's name")
    .option("--plan <file>", "a plan the pipeline saved (relative to the stack folder); default: plan now, with refresh")
    .option("--out <prefix>", "write PREFIX.md and PREFIX.json", undefined)
    .addOption(noSynthOption())
    .addOption(dirOption())
    .action((stack: string, o) => exit(review(stack, { dir: o.dir, plan: o.plan, out: o.out, synth: o.synth })));

  cli.command("adopt")
    .description("import into STACK's state the host objects it made that the state lacks, only those carrying their resource's mark; exit 0, 2 if something was refused")
    .argument("<stack>", "the stack's name")
    .option("--dry-run", "list what it would import and refuse; change nothing")
    .addOption(noSynthOption())
    .addOption(dirOption())
    .action((stack: string, o) => exit(adopt(stack, { dir: o.dir, dryRun: !!o.dryRun, synth: o.synth })));

  cli.command("leases")
    .description("the addresses the DHCP server of a BridgedNetwork on this host has leased (its lease file under /var/lib/hyperlab/dhcp)")
    .argument("<bridge>", "the network's bridgeName")
    .option("--netns <name>", "the LinuxHost's netns, where the network is in a network namespace")
    .option("--json", "print JSON instead of a table")
    .action((bridge: string, o) => exit(leases(bridge, { netns: o.netns, json: !!o.json })));

  cli.command("state-lock")
    .description("who holds the lock on STACK's PostgreSQL state (PG_CONN_STR); exit 0 free, 2 locked")
    .argument("<stack>", "the stack's name")
    .option("--terminate", "end the holder's database session, which releases its lock")
    .addOption(noSynthOption())
    .addOption(dirOption())
    .action(async (stack: string, o) => exit(await stateLock(stack, { dir: o.dir, terminate: !!o.terminate, synth: o.synth })));

  return cli;
}

async function main(argv: string[]): Promise<number> {
  let code = 0;
  const cli = program((c) => (code = c)).exitOverride();
  try {
    await cli.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode; // commander printed it (help, a usage error)
    if (err instanceof UserError) {
      console.error(`hyperlab: ${err.message}`);
      return 1;
    }
    console.error(`hyperlab: unexpected error (please report it): ${(err as Error).stack ?? err}`);
    return 1;
  }
}

/** Runs the CLI on `argv` and sets the exit status (cli/hyperlab.js, the package's bin, calls it). */
export function run(argv: string[]): void {
  main(argv).then((code) => (process.exitCode = code));
}

if (require.main === module) run(process.argv);
