import { TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { ProxmoxNode } from "../../constructs";

/** The props of the node the Proxmox tests make guests on. */
export const NODE = { apiUrl: "https://pve1.example.org:8006/api2/json", nodeName: "pve1", tokenId: "hyperlab@pve!deploy" };

/** Builds a stack with the ProxmoxNode "pve", lets `build` add guests, returns the synthesized JSON. */
export function synthOn(build: (stack: Construct, node: ProxmoxNode) => void): any {
  const stack = new TerraformStack(Testing.app(), "test");
  build(stack, new ProxmoxNode(stack, "pve", NODE));
  return JSON.parse(Testing.synth(stack));
}

/** The message `build` is refused with on the node "pve". */
export function errorOn(build: (stack: Construct, node: ProxmoxNode) => void): string {
  try {
    synthOn(build);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("expected a refusal");
}
