// A throwaway PostgreSQL cluster for the shared-state tests: Debian's postgresql,
// initdb in a temporary directory, listening on 127.0.0.1 only, on a free port,
// password-authenticated, stopped and removed by stop().
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { run } from "./engine";

export interface Cluster {
  /** postgres:// URL of the cluster's `hyperlab` database, password included. */
  readonly connStr: string;
  client(): Promise<Client>;
  stop(): void;
}

/** Debian keeps initdb and pg_ctl out of PATH, in a versioned directory. */
function binDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, "bin", "initdb"))) : [];
  if (versions.length === 0) throw new Error("PostgreSQL is not installed (no initdb under /usr/lib/postgresql): tools/setup-host.sh installs Debian's postgresql");
  versions.sort((a, b) => Number(a) - Number(b));
  return join(root, versions[versions.length - 1], "bin");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    }).on("error", reject);
  });
}

export async function startCluster(password: string): Promise<Cluster> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), "hyperlab-pg-"));
  const uid = Number(run("id", ["-u", "postgres"]).stdout.trim());
  const gid = Number(run("id", ["-g", "postgres"]).stdout.trim());
  const asPostgres = (cmd: string, args: string[]) => run("runuser", ["-u", "postgres", "--", join(bin, cmd), ...args]);
  const data = join(dir, "data");
  let started = false;
  const stop = () => {
    try {
      if (started) asPostgres("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    chownSync(dir, uid, gid);
    const pwfile = join(dir, "pw");
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    chownSync(pwfile, uid, gid);
    asPostgres("initdb", ["-D", data, "-U", "hyperlab", "--auth=scram-sha-256", `--pwfile=${pwfile}`, "-E", "UTF8", "--no-sync"]);
    rmSync(pwfile);
    const port = await freePort();
    asPostgres("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-w", "-o",
      `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir}`, "start"]);
    started = true;
    const base = `postgres://hyperlab:${encodeURIComponent(password)}@127.0.0.1:${port}`;
    const admin = new Client({ connectionString: `${base}/postgres` });
    await admin.connect();
    await admin.query("CREATE DATABASE hyperlab");
    await admin.end();
    const connStr = `${base}/hyperlab?sslmode=disable`;
    return {
      connStr,
      async client() {
        const c = new Client({ connectionString: connStr });
        await c.connect();
        return c;
      },
      stop,
    };
  } catch (err) {
    stop();
    throw err;
  }
}
