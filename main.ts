// Imported by the package's name, as a user's app does (tsconfig.json maps it to the sources here).
import { HyperlabApp, usePostgresState } from "@hyperlab-iac/cdk";
import { DesktopLabStack } from "./stacks/desktop-lab-stack";
import { LabStack } from "./stacks/lab-stack";
import { ProxmoxLabStack } from "./stacks/proxmox-lab-stack";

const app = new HyperlabApp();
const stacks = [new LabStack(app, "lab"), new ProxmoxLabStack(app, "proxmox-lab"), new DesktopLabStack(app, "desktop-lab")];
// Pipelines share state in PostgreSQL (PG_CONN_STR, a secret, read by the engine);
// without HYPERLAB_STATE=pg the state stays a local file beside the project.
if (process.env.HYPERLAB_STATE === "pg") stacks.forEach((stack) => usePostgresState(stack));
app.synth();
