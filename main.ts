import { HyperlabApp } from "./constructs";
import { DesktopLabStack } from "./stacks/desktop-lab-stack";
import { LabStack } from "./stacks/lab-stack";
import { ProxmoxLabStack } from "./stacks/proxmox-lab-stack";

const app = new HyperlabApp();
new LabStack(app, "lab");
new ProxmoxLabStack(app, "proxmox-lab");
new DesktopLabStack(app, "desktop-lab");
app.synth();
