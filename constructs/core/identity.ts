import { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";

/**
 * The identity a construct's resources stamp on what they make on a host (libvirt
 * metadata, a file's extended attribute, a bridge's or TAP's alias, a container's
 * configuration): the stack's name and the construct's
 * address (a digest of its path), the same on every synth. An apply takes an
 * object it finds only with this mark, so two stacks never take each other's.
 */
export function ownerIdentity(scope: IConstruct, part?: string): string {
  // The address already digests the whole path, the stack's name included: the name
  // is there to be read, so what a mark cannot hold becomes "_" and it is cut at 64.
  const stack = TerraformStack.of(scope).node.id.replace(/[^A-Za-z0-9_.:@+-]/g, "_").slice(0, 64);
  return `${/^[A-Za-z0-9]/.test(stack) ? stack : `s${stack}`}/${scope.node.addr}${part ? `/${part}` : ""}`;
}
