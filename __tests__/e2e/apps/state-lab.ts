// The app the shared-state test deploys concurrently: a bridge in the test's
// network namespace, with its state in PostgreSQL (PG_CONN_STR, given only in the
// environment), and a step that holds the deploy, and so the state lock, for
// HL_E2E_HOLD seconds whenever HL_E2E_ROUND changes.
import { TerraformStack } from "cdktf";
import { BridgedNetwork, HyperlabApp, LinuxHost, usePostgresState } from "../../../constructs";
import { TerraformData } from "../../../l1";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const app = new HyperlabApp();
const stack = new TerraformStack(app, "state-lab");
usePostgresState(stack);
const host = new LinuxHost(stack, "host", { netns: env("HL_E2E_NETNS") });
new BridgedNetwork(stack, "lan", { host, bridgeName: "hlst0", cidr: "10.97.0.0/24" });
const hold = Number(env("HL_E2E_HOLD"));
new TerraformData(stack, "hold", {
  input: {},
  triggersReplace: { round: env("HL_E2E_ROUND") },
  provisioners: [{ type: "local-exec", command: `sleep ${Math.trunc(hold)}` }],
});
app.synth();
