import { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";

/**
 * The identity a construct's resources stamp on what they make on a host (libvirt
 * metadata, a file's extended attribute): the stack's name and the construct's
 * address (a digest of its path), the same on every synth. An apply takes an
 * object it finds only with this mark, so two stacks never take each other's.
 */
export function ownerIdentity(scope: IConstruct, part?: string): string {
  const stack = TerraformStack.of(scope).node.id;
  return `${stack}/${scope.node.addr}${part ? `/${part}` : ""}`;
}
