import * as cdktf from "cdktf";
import { Construct } from "constructs";

export interface TerraformDataConfig extends cdktf.TerraformMetaArguments {
  /** Stored in state and readable as `self.input` (also by destroy-time provisioners). */
  readonly input: Record<string, string>;
  /** Replaces the resource when any value changes. */
  readonly triggersReplace: Record<string, string>;
}

/**
 * `terraform_data`, the engine's built-in resource (Terraform >= 1.4, OpenTofu >= 1.6).
 * cdktf ships a DataResource for it, but that class runs `terraform version` at
 * every synth, once per resource, to check the engine: about 40 ms per resource,
 * and a failed synth on a machine without a `terraform` binary. This one does not.
 */
export class TerraformData extends cdktf.TerraformResource {
  private readonly input: Record<string, string>;
  private readonly triggersReplace: Record<string, string>;

  constructor(scope: Construct, id: string, config: TerraformDataConfig) {
    super(scope, id, {
      terraformResourceType: "terraform_data",
      terraformGeneratorMetadata: { providerName: "terraform" },
      dependsOn: config.dependsOn,
      provisioners: config.provisioners,
      lifecycle: config.lifecycle,
    });
    this.input = config.input;
    this.triggersReplace = config.triggersReplace;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      input: cdktf.hashMapper(cdktf.stringToTerraform)(this.input),
      triggers_replace: cdktf.hashMapper(cdktf.stringToTerraform)(this.triggersReplace),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const map = (value: Record<string, string>) => ({
      value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(value), isBlock: false, type: "map", storageClassType: "stringMap",
    });
    return { input: map(this.input), triggers_replace: map(this.triggersReplace) };
  }
}
