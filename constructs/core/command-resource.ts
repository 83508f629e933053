import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { terraformLiteral } from "./literal";
import { TerraformData } from "../../l1";

export interface CommandResourceProps {
  /** Shell script run on the machine running Terraform when the resource is created. */
  readonly create: string;
  /** Shell script run when it is destroyed; must undo exactly what `create` did. */
  readonly destroy: string;
  /** Resources that must exist before `create` runs (and outlive `destroy`). */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A host-side resource made of a create and a destroy script, as a `terraform_data`
 * with local-exec provisioners. terraform_data is built into both Terraform and
 * OpenTofu, so these resources need no provider. Both scripts live in `input`:
 * changing either replaces the resource (old destroy, then new create), and the
 * destroy provisioner reads its script from state, as destroy-time provisioners
 * may only refer to `self`.
 */
export class CommandResource extends Construct {
  readonly resource: TerraformData;

  constructor(scope: Construct, id: string, props: CommandResourceProps) {
    super(scope, id);
    const interpreter = ["/bin/sh", "-c"];
    // The scripts are shell, never Terraform templates: whatever `${`/`%{` they hold
    // reaches the shell as written.
    const scripts = { create: terraformLiteral(props.create), destroy: terraformLiteral(props.destroy) };
    this.resource = new TerraformData(this, "commands", {
      input: scripts,
      triggersReplace: scripts,
      dependsOn: props.dependsOn,
      provisioners: [
        { type: "local-exec", command: "${self.input.create}", interpreter },
        { type: "local-exec", when: "destroy", command: "${self.input.destroy}", interpreter },
      ],
    });
  }
}
