// usePostgresState reads its props at the same door as every construct (propsOf):
// a value it cannot take is refused with the stack's path, never a TypeError, and
// null is never read as "not given".
import { TerraformStack, Testing } from "cdktf";
import { usePostgresState } from "../constructs";

const revoked = () => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
};

function refusal(props: unknown): string {
  const stack = new TerraformStack(Testing.app(), "lab");
  try {
    usePostgresState(stack, props as any);
  } catch (err) {
    return `${(err as Error).name}: ${(err as Error).message}`;
  }
  return "(accepted)";
}

describe("usePostgresState", () => {
  test("writes the pg backend with the default schema, or the one given", () => {
    const backend = (props?: any) => {
      const stack = new TerraformStack(Testing.app(), "my-lab");
      usePostgresState(stack, props);
      return JSON.parse(Testing.synth(stack)).terraform.backend;
    };
    expect(backend()).toEqual({ pg: { schema_name: "hyperlab_my_lab" } });
    expect(backend({})).toEqual({ pg: { schema_name: "hyperlab_my_lab" } });
    expect(backend({ schemaName: "lab_state" })).toEqual({ pg: { schema_name: "lab_state" } });
  });

  test.each([
    ["null schemaName, which is not the default", { schemaName: null },
      "ValidationError: lab: schemaName null is invalid: null is not a value here: leave the prop out to take its default"],
    ["null props", null, "ConfigurationError: lab: props must be an object, not null"],
    ["a revoked Proxy as props", revoked(), "ValidationError: lab: props an object that cannot be read (a revoked Proxy?) is invalid: could not be read"],
    ["a revoked Proxy as schemaName", { schemaName: revoked() }, "ValidationError: lab: schemaName an object that cannot be read (a revoked Proxy?) is invalid"],
    ["a throwing getter", { get schemaName() { throw new TypeError("boom"); } }, "ValidationError: lab: props an object is invalid: could not be read (TypeError: boom)"],
    ["a forged token", { schemaName: "${TfToken[TOKEN.987654]}" },
      "ValidationError: lab: schemaName \"${TfToken[TOKEN.987654]}\" is invalid: a token this app does not know"],
    ["a number", { schemaName: 7 }, "ValidationError: lab: schemaName 7 is invalid: expected a string"],
    ["upper case", { schemaName: "Lab" }, "ValidationError: lab: schemaName \"Lab\" is invalid: a PostgreSQL schema name"],
  ])("%s is refused with the path", (_what, props, message) => {
    expect(refusal(props)).toContain(message);
  });
});
