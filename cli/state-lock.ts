// `hyperlab state-lock STACK [--dir PROJECT] [--terminate] [--no-synth]`: who holds the lock
// on a stack's state in PostgreSQL (the engine's `pg` backend), and, with
// --terminate, end that holder's database session so the lock is free.
//
//   exit 0  the state is not locked (or the holder's session was ended)
//   exit 2  the state is locked (the holder is printed)
//   exit 1  error
//
// The pg backend locks with a session-level advisory lock keyed by the state's
// row id. PostgreSQL drops it when the session ends, so a deploy that was killed
// needs nothing. One that hangs (a stopped runner, a lost network with the server
// still holding the session) keeps it, and `force-unlock` cannot help: the engine
// unlocks with pg_advisory_unlock, which only frees locks of the calling session.
// Ending the holder's session is what releases it.
import type { Client } from "pg";
import { UserError } from "./errors";
import { findProject, Project, synth, synthesizedStack } from "./project";

export interface LockHolder {
  readonly pid: number;
  readonly application: string;
  readonly client: string;
  readonly since: string;
  readonly state: string;
}

/** The sessions holding the advisory lock of `workspace` in `schema`'s states table. */
export async function lockHolders(client: Client, schema: string, workspace = "default"): Promise<LockHolder[]> {
  const table = `${client.escapeIdentifier(schema)}.states`;
  const exists = await client.query("SELECT to_regclass($1) AS t", [`${schema}.states`]);
  if (exists.rows[0].t === null) return [];
  // A bigint advisory key is split into classid (high half) and objid (low half).
  const r = await client.query(
    `SELECT a.pid, a.application_name, host(a.client_addr) AS client, a.backend_start, a.state
       FROM ${table} s
       JOIN pg_locks l ON l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
                      AND ((l.classid::bigint << 32) | l.objid::bigint) = s.id
       JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE s.name = $1 ORDER BY a.pid`, [workspace]);
  return r.rows.map((row) => ({
    pid: row.pid, application: row.application_name || "(none)", client: row.client ?? "local socket",
    since: new Date(row.backend_start).toISOString(), state: row.state ?? "unknown",
  }));
}

/** The schema a synthesized stack keeps its state in, from its `pg` backend block. */
export function stateSchema(project: Project, stack: string): string {
  const pg = synthesizedStack(project, stack).synthesized.terraform?.backend?.pg;
  if (!pg) throw new UserError(`stack ${stack} does not keep its state in PostgreSQL (no pg backend; see usePostgresState)`);
  return pg.schema_name ?? process.env.PG_SCHEMA_NAME ?? "terraform_remote_state";
}

export interface StateLockOptions {
  readonly dir?: string;
  readonly terminate: boolean;
  readonly synth: boolean;
}

/**
 * pg, loaded only here: it is an optional peer of the package, needed by those
 * who keep state in PostgreSQL and by nobody else.
 */
function pgClient(): typeof Client {
  try {
    return (require("pg") as typeof import("pg")).Client;
  } catch {
    throw new UserError("hyperlab state-lock needs the pg package in your project: npm install pg");
  }
}

export async function stateLock(stack: string, options: StateLockOptions): Promise<number> {
  if (!process.env.PG_CONN_STR) throw new UserError("PG_CONN_STR is not set: it is the connection string the engine uses for the state");
  const project = findProject(options.dir);
  if (options.synth) synth(project);
  const schema = stateSchema(project, stack);
  const PgClient = pgClient();
  const client = new PgClient({ connectionString: process.env.PG_CONN_STR, application_name: "hyperlab state-lock" });
  await client.connect();
  try {
    const holders = await lockHolders(client, schema);
    if (holders.length === 0) {
      console.log(`state of ${stack} (schema ${schema}) is not locked`);
      return 0;
    }
    for (const h of holders) {
      console.log(`state of ${stack} (schema ${schema}) is locked by session ${h.pid}: ${h.application} from ${h.client}, connected since ${h.since}, ${h.state}`);
    }
    if (!options.terminate) {
      console.log("if that deploy is hung (not merely running), end its session with --terminate");
      return 2;
    }
    for (const h of holders) {
      await client.query("SELECT pg_terminate_backend($1)", [h.pid]);
      console.log(`ended session ${h.pid}; its lock is released with it`);
    }
    return 0;
  } finally {
    await client.end();
  }
}
