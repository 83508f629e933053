import { HyperlabApp } from "./constructs";
import { LabStack } from "./stacks/lab-stack";
import { ProxmoxLabStack } from "./stacks/proxmox-lab-stack";

const app = new HyperlabApp();
new LabStack(app, "lab");
new ProxmoxLabStack(app, "proxmox-lab");
app.synth();
