import { HyperlabApp } from "@hyperlab-iac/cdk";
import { Fleet, Lab } from "./lab";

const app = new HyperlabApp();
new Lab(app, "lab", { netns: process.env["HLC_NETNS"] ?? "hlc", lxcPath: process.env["HLC_LXC_PATH"] ?? "/var/lib/hyperlab/consumer-lxc" });
new Fleet(app, "fleet");
app.synth();
