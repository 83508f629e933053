// The hyperlab bindings hand cdktf their attributes without the unset ones
// (l1/compact-attributes.ts): the synthesized JSON is what cdktf writes from the
// full object (it drops undefined values), overrides included; tokens pass as they are.
import { App, TerraformStack, Testing, Token } from "cdktf";
import { Bridge } from "../l1";

function bridgeAttributes(): { compact: Record<string, unknown>; json: Record<string, unknown> } {
  const stack = new TerraformStack(new App(), "s");
  const bridge = new Bridge(stack, "b", { name: "hlbr0", mark: "s/test", mtu: Token.asNumber({ resolve: () => 1400 } as never) as number });
  bridge.addOverride("vlan_filtering", true);
  const compact = (bridge as unknown as { synthesizeAttributes(): Record<string, unknown> }).synthesizeAttributes();
  const json = JSON.parse(Testing.synth(stack)).resource.hyperlab_bridge.b;
  return { compact, json };
}

test("unset attributes are left out; set ones, tokens and overrides reach the JSON", () => {
  const { compact, json } = bridgeAttributes();
  expect(Object.values(compact)).not.toContain(undefined);
  expect(compact.name).toBe("hlbr0");
  expect(Token.isUnresolved(compact.mtu)).toBe(true);
  expect(json).toMatchObject({ name: "hlbr0", mtu: 1400, vlan_filtering: true });
});
