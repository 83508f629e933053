import { dependable, ITerraformDependable, TerraformResource, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";

/**
 * References written as the text cdktf would resolve them to, without a token:
 * each token costs cdktf a creation stack when it is made and a resolution at
 * synth, and a large lab makes thousands of them. Only where the text is known
 * for certain: a resource of the same stack (a reference across stacks is a
 * token, which cdktf turns into an output and a remote state).
 *
 * The resource's logical id is read here, as `resourceAddress` already reads a
 * bridge's and a TAP's: an `overrideLogicalId` after that is not taken (cdktf keeps
 * the first id it hands out), so override ids before passing a resource on.
 */

/** A resource's attribute, as read from `from`: `${TYPE.ID.attribute}` when both are in one stack. */
export function attributeOf(from: IConstruct, resource: TerraformResource, attribute: string): string {
  if (TerraformStack.of(resource) !== TerraformStack.of(from) || resource.forEach !== undefined) {
    return resource.getStringAttribute(attribute);
  }
  return `\${${resource.terraformResourceType}.${resource.friendlyUniqueId}.${attribute}}`;
}

/**
 * Sets `resource`'s depends_on to `dependencies`, as cdktf writes them from the
 * `dependsOn` config ("TYPE.ID", unquoted): a resource of the same stack as its
 * address, any other dependable as cdktf's own token.
 */
export function setDependsOn(resource: TerraformResource, dependencies: readonly ITerraformDependable[]): void {
  const stack = TerraformStack.of(resource);
  resource.dependsOn = dependencies.map((d) => (TerraformResource.isTerraformResource(d) && TerraformStack.of(d) === stack
    ? `${d.terraformResourceType}.${d.friendlyUniqueId}`
    : dependable(d)));
}
