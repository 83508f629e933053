import { LocalBackend, TerraformStack } from "cdktf";

/**
 * Keeps the stack's state beside cdktf.json, as cdktf does by default, but by a
 * path relative to the stack's directory (cdktf.out/stacks/NAME): cdktf's default
 * is absolute and would put the build machine's path into the synthesized JSON.
 */
export function keepStateInProject(stack: TerraformStack, name: string): void {
  new LocalBackend(stack, { path: `../../../terraform.${name}.tfstate` });
}
