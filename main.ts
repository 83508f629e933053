import { App } from "cdktf";
import { LabStack } from "./stacks/lab-stack";

const app = new App();
new LabStack(app, "lab");
app.synth();
