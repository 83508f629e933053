import { PgBackend, PgBackendConfig, TerraformStack } from "cdktf";
import { ValidationError } from "../core/errors";
import { propsOf, stringValue } from "../core/input";

export interface PostgresStateProps {
  /**
   * PostgreSQL schema the stack's state lives in (one state per schema and
   * workspace; the engine creates it). Lower-case letters, digits and `_`.
   * @default "hyperlab_" + the stack name, with `-` as `_`
   */
  readonly schemaName?: string;
}

const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Keeps the stack's state in PostgreSQL through the engine's built-in `pg`
 * backend, which locks it with an advisory lock held for the whole run: two
 * deploys of one stack never both write. The connection string is never
 * synthesized: the engine reads it from PG_CONN_STR at run time (a CI secret), so
 * cdk.tf.json carries only the schema name.
 *
 * A killed deploy loses its database session, and PostgreSQL drops its lock with
 * it. A deploy that hangs keeps its session and its lock: `npm run state-lock --
 * STACK` shows the holder and `--terminate` ends its session (the engine's
 * `force-unlock` cannot release another session's advisory lock).
 */
export function usePostgresState(stack: TerraformStack, props: PostgresStateProps = {}): PgBackend {
  // Read at the door every construct's props go through: null, a revoked Proxy, a
  // throwing getter or a forged token is refused with the stack's path.
  props = propsOf<PostgresStateProps>(stack, props);
  const fallback = `hyperlab_${stack.node.id.toLowerCase().replace(/[^a-z0-9_]/g, "_")}`.slice(0, 63);
  const expected = "a PostgreSQL schema name: a lower-case letter or _, then up to 62 lower-case letters, digits or _";
  const schemaName = stringValue(stack, "schemaName", props.schemaName ?? fallback, expected, "the backend is configured before any value is known");
  if (!SCHEMA.test(schemaName)) throw new ValidationError(stack, "schemaName", schemaName, expected);
  // cdktf's type asks for connStr, but the engine takes PG_CONN_STR from the
  // environment when it is absent: leaving it out keeps the secret out of the JSON.
  return new PgBackend(stack, { schemaName } as PgBackendConfig);
}
