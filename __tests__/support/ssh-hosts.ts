// "Remote hosts" reached over SSH, all on this one machine: each host is a network
// namespace of its own with its own sshd, host key and /var/lib/hyperlab, wired by
// a veth pair to an underlay bridge in an "engine" namespace the harness also makes.
// The tests run the engine (tofu and the local provider) inside that engine namespace
// with `ip netns exec`, so neither the hosts nor the engine touch the machine's own
// interfaces, routes or firewall. Only what the harness made is ever stopped or
// deleted: namespaces by the names it generated, processes by pid or process group.
import { ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RunResult } from "./engine";

/** The client key pair every host of one run authorizes (the provider takes the private key from a sensitive variable). */
export interface ClientKey {
  readonly path: string;
  readonly privateKey: string;
  readonly publicKey: string;
}

/** One test host: a network namespace with its own sshd, host key and /var/lib/hyperlab. */
export interface SshHost {
  /** The name the caller gave (also the last part of the namespace name). */
  readonly name: string;
  /** The host's network namespace. */
  readonly netns: string;
  /** Its underlay address, where its sshd listens. */
  readonly address: string;
  /** Its IPv6 underlay address (the /64 beside the IPv4 /24), where its sshd listens too. */
  readonly address6: string;
  /** Always 22: each host has an address of its own. */
  readonly port: number;
  /** The host's end of the underlay veth pair, inside its namespace. */
  readonly iface: string;
  /** The per-host temporary directory (host key, sshd_config, authorized_keys, log, pid file). */
  readonly dir: string;
  /** The directory bound over /var/lib/hyperlab in the host's mount namespace: its restore records and agent binary land here. */
  readonly stateDir: string;
  /** An LXC path of the host's own, apart from the machine's /var/lib/lxc. */
  readonly lxcPath: string;
  /** sshd's log (-E), also its and its launcher's stderr. */
  readonly logPath: string;
  /** The known_hosts line of the host's current key, e.g. `10.199.0.1 ssh-ed25519 AAAA...`. */
  readonly knownHostsLine: string;
  /** The same for its IPv6 address, e.g. `fd42:10:199:0::1 ssh-ed25519 AAAA...`. */
  readonly knownHostsLine6: string;
  /** The pid of the listening sshd, undefined while the host is stopped. */
  readonly sshdPid: number | undefined;
  /** Runs argv in the host's network and mount namespaces (sshd's, or an equal fresh one while stopped); never throws on its status. */
  exec(argv: string[], opts?: { input?: string; timeoutMs?: number }): RunResult;
  /** A new host key and a restarted sshd: a client holding the old known_hosts line must now refuse the host. */
  rotateHostKey(): void;
  /** Makes the host unreachable: its sshd and every process in its namespace ended, its underlay link down, and a connect to it fails at once (no route). */
  stop(): void;
  /** Brings a stopped host back (same key, same /var/lib/hyperlab contents); returns once its sshd accepts connections. */
  start(): void;
  /**
   * As a reboot does to the host: stopped (every process ended), the kernel state of
   * its namespace lost (every link but lo and the underlay's, the firewall rules,
   * ip_forward), then started again. /var/lib/hyperlab is kept, as a disk is.
   */
  reboot(): void;
}

/** What startSshHosts made; cleanup() removes all of it. */
export interface SshHosts {
  /** The run's prefix (`hlsh-<6 hex>`), in every namespace name. */
  readonly prefix: string;
  /** The namespace to run the engine in (`ip netns exec ENGINE ...`): its bridge reaches every host. */
  readonly engineNetns: string;
  /** The engine namespace's underlay address (.254). */
  readonly engineAddress: string;
  /** The underlay /24. */
  readonly underlay: string;
  /** The IPv6 underlay /64 beside it (fd42:A:B:C::/64 for A.B.C.0/24): engine ::fe, hosts ::1, ::2, ... */
  readonly underlay6: string;
  /** The run's temporary directory: the client key and each host's dir. */
  readonly dir: string;
  /** The client key pair every host authorizes for root. */
  readonly clientKey: ClientKey;
  /** The hosts by the names given. */
  readonly hosts: Readonly<Record<string, SshHost>>;
  /** The current known_hosts lines of all hosts, newline-terminated (write them to a file for UserKnownHostsFile). */
  knownHosts(): string;
  /** Runs argv in the engine namespace; never throws on its status. */
  engineExec(argv: string[], opts?: { input?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv; cwd?: string }): RunResult;
  /** Ends the hosts' processes by pid/group, deletes the namespaces made, removes the temporary directory. Safe to call twice. */
  cleanup(): void;
}

/** Options of startSshHosts. */
export interface SshHostsOptions {
  /** The underlay /24 (default 10.199.0.0/24): engine .254, hosts .1, .2, ... in the order given. */
  underlay?: string;
  /** How long each sshd may take to accept connections (default 10 s). */
  readyTimeoutMs?: number;
  /** Extra sshd_config lines, put first so they win (sshd keeps a keyword's first value); keywords only, no Match blocks. */
  sshdConfig?: string[];
  /**
   * Users besides root on every host, each authorized for the client key, with a
   * NOPASSWD sudo rule or none. They exist only in the hosts' mount namespaces:
   * /etc/passwd, /etc/group, /etc/shadow and /etc/sudoers.d are bound over there by
   * copies with the users added, and the machine's own files are left as they are.
   */
  users?: Array<{ name: string; sudo: boolean }>;
}

// Constant scripts, paths as positional arguments: the bind mounts happen in the private
// mount namespace unshare made, so they are the host's alone and vanish with its last
// process. $1 is bound over /var/lib/hyperlab; $2 is a directory whose entries (passwd,
// group, shadow, sudoers.d), when it has them, are bound over /etc's.
const BIND = 'mount --bind "$1" /var/lib/hyperlab && for f in passwd group shadow sudoers.d; do ' +
  'if [ -e "$2/$f" ]; then mount --bind "$2/$f" "/etc/$f" || exit 1; fi; done';
const SSHD_SCRIPT = `${BIND} && exec /usr/sbin/sshd -D -e -E "$4" -f "$3"`;
// The same view for exec() while sshd (whose mount namespace nsenter joins) is stopped.
const EXEC_SCRIPT = `${BIND} && shift 2 && exec "$@"`;
const USER = /^[a-z][a-z0-9]{0,15}$/;
const BRIDGE = "ulbr0";
const IFACE = "eth0";
const NAME = /^[a-z][a-z0-9]{0,11}$/; // "vh-" + name must fit the 15 characters of an interface name

/** Sleeps without an event loop: the harness is synchronous, as the suite's run() is. */
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs a command and returns its status and output, whatever the status. */
function tryRun(cmd: string, args: string[], opts: { input?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {}): RunResult {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 << 20, input: opts.input, timeout: opts.timeoutMs, env: opts.env ?? process.env, cwd: opts.cwd });
  return { status: r.status ?? -1, stdout: r.stdout ?? "", stderr: r.stderr ?? String(r.error ?? "") };
}

function must(cmd: string, args: string[]): RunResult {
  const r = tryRun(cmd, args);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** Whether pid is a live process: a zombie (exited, not reaped yet) holds nothing and counts as gone. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}

function waitGone(pids: number[], ms: number): number[] {
  const deadline = Date.now() + ms;
  let left = pids.filter(alive);
  while (left.length > 0 && Date.now() < deadline) {
    sleep(20);
    left = left.filter(alive);
  }
  return left;
}

function signal(target: number, sig: NodeJS.Signals): void {
  try {
    process.kill(target, sig);
  } catch (err: any) {
    if (err.code !== "ESRCH") throw err;
  }
}

/** The namespaces that exist now, by name. */
function netnsList(): string[] {
  return JSON.parse(must("ip", ["-j", "netns", "list"]).stdout || "[]").map((n: { name: string }) => n.name);
}

/** Every process whose network namespace is ns (a namespace the harness made). */
function netnsPids(ns: string): number[] {
  if (!netnsList().includes(ns)) return [];
  return tryRun("ip", ["netns", "pids", ns]).stdout.split("\n").map((l) => Number(l.trim())).filter((p) => p > 0 && p !== process.pid);
}

/** SIGTERM, then SIGKILL what is left after a grace period, each process by its pid. */
function endNetnsProcesses(ns: string): void {
  const pids = netnsPids(ns);
  pids.forEach((p) => signal(p, "SIGTERM"));
  const left = waitGone(pids, 3000);
  left.forEach((p) => signal(p, "SIGKILL"));
  const stuck = waitGone(left, 2000);
  if (stuck.length > 0) throw new Error(`processes ${stuck.join(", ")} in namespace ${ns} did not end`);
}

function parseUnderlay(cidr: string): string {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.0\/24$/.exec(cidr);
  if (!m || m.slice(1).some((o) => Number(o) > 255)) throw new Error(`underlay must be an IPv4 /24 such as 10.199.0.0/24, not ${JSON.stringify(cidr)}`);
  return `${m[1]}.${m[2]}.${m[3]}`;
}

function keygen(path: string, comment: string): void {
  rmSync(path, { force: true });
  rmSync(`${path}.pub`, { force: true });
  must("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", path]);
}

function readLog(path: string): string {
  try {
    return readFileSync(path, "utf8").trim() || "(empty)";
  } catch {
    return "(no log)";
  }
}

/**
 * Writes into etcDir copies of the machine's passwd, group and shadow with the users
 * added (uids from 64000, home `home`, key login only) and a sudoers.d with a NOPASSWD
 * rule for those that have sudo; with no users, nothing, and the host sees /etc as is.
 */
function writeUsers(etcDir: string, home: string, users: Array<{ name: string; sudo: boolean }>): void {
  mkdirSync(etcDir, { mode: 0o755 });
  if (users.length === 0) return;
  const passwd = readFileSync("/etc/passwd", "utf8");
  const taken = new Set(passwd.split("\n").map((l) => l.split(":")[0]));
  for (const u of users) {
    if (!USER.test(u.name) || taken.has(u.name)) throw new Error(`test user ${JSON.stringify(u.name)}: a lowercase name the machine has no user of`);
  }
  const add = (file: string, line: (u: { name: string }, id: number) => string, mode: number) =>
    writeFileSync(join(etcDir, file), readFileSync(`/etc/${file}`, "utf8").replace(/\n?$/, "\n") + users.map((u, i) => `${line(u, 64000 + i)}\n`).join(""), { mode });
  add("passwd", (u, id) => `${u.name}:x:${id}:${id}::${home}:/bin/sh`, 0o644);
  add("group", (u, id) => `${u.name}:x:${id}:`, 0o644);
  // "*": no password, yet not locked ("!"), so sshd takes the key.
  add("shadow", (u) => `${u.name}:*:20000:0:99999:7:::`, 0o640);
  const sudoers = join(etcDir, "sudoers.d");
  mkdirSync(sudoers, { mode: 0o755 });
  const rules = users.filter((u) => u.sudo).map((u) => `${u.name} ALL=(root) NOPASSWD: ALL\n`).join("");
  writeFileSync(join(sudoers, "hyperlab-test"), rules, { mode: 0o440 });
}

/** Starts one test host per name (in that order: .1, .2, ...) and returns once every sshd accepts connections from the engine namespace. */
export function startSshHosts(names: string[], opts: SshHostsOptions = {}): SshHosts {
  if (names.length === 0 || names.length > 253) throw new Error("startSshHosts needs 1 to 253 host names");
  for (const n of names) {
    if (!NAME.test(n) || n === "engine") throw new Error(`host name ${JSON.stringify(n)}: a lowercase letter then up to 11 letters or digits, not "engine"`);
  }
  if (new Set(names).size !== names.length) throw new Error(`host names repeat: ${names.join(", ")}`);
  const underlay = opts.underlay ?? "10.199.0.0/24";
  const net = parseUnderlay(underlay);
  const net6 = `fd42:${net.split(".").join(":")}`; // fd42:A:B:C, then "::N"
  const readyTimeoutMs = opts.readyTimeoutMs ?? 10_000;

  const prefix = `hlsh-${randomBytes(3).toString("hex")}`;
  const engineNetns = `${prefix}-engine`;
  const engineAddress = `${net}.254`;
  const madeNetns: string[] = [];
  const root = mkdtempSync(join(tmpdir(), `hyperlab-${prefix}-`));
  // The bind mounts need a mount point; the provider makes the directory anyway. One
  // the harness made is removed again if still empty, so it is no residue of the run.
  const madeVarLib = !existsSync("/var/lib/hyperlab");
  if (madeVarLib) mkdirSync("/var/lib/hyperlab", { recursive: true, mode: 0o755 });
  // sshd's privilege separation directory, which Debian's service would make at boot.
  mkdirSync("/run/sshd", { recursive: true, mode: 0o755 });

  const engineExec: SshHosts["engineExec"] = (argv, o = {}) => tryRun("ip", ["netns", "exec", engineNetns, ...argv], o);
  const addNetns = (ns: string) => {
    must("ip", ["netns", "add", ns]);
    madeNetns.push(ns);
    must("ip", ["-n", ns, "link", "set", "lo", "up"]);
  };

  const clientPath = join(root, "client", "id_ed25519");
  let clientKey!: ClientKey;

  interface State { child?: ChildProcess; stopped: boolean }
  const states = new Map<string, State>();
  const hosts: Record<string, SshHost> = {};
  const pending: Array<() => void> = [];

  const running = (s: State): s is State & { child: ChildProcess } =>
    !!s.child && s.child.exitCode === null && s.child.signalCode === null && alive(s.child.pid!);

  /** Ends the listening sshd by its process group (it leads one: spawned detached); sessions have sessions of their own. */
  const stopSshd = (s: State) => {
    if (!s.child) return;
    const pid = s.child.pid!;
    // Only while Node has not reaped it: until then the pid cannot be anyone else's.
    if (running(s)) {
      signal(-pid, "SIGTERM");
      if (waitGone([pid], 3000).length > 0) signal(-pid, "SIGKILL");
      if (waitGone([pid], 2000).length > 0) throw new Error(`sshd ${pid} did not end`);
    }
    s.child = undefined;
  };

  const cleanup = () => {
    const errors: string[] = [];
    const attempt = (what: string, f: () => void) => {
      try {
        f();
      } catch (err) {
        errors.push(`${what}: ${(err as Error).message}`);
      }
    };
    for (const [name, s] of states) {
      attempt(`sshd of ${name}`, () => stopSshd(s));
      attempt(`processes of ${name}`, () => endNetnsProcesses(`${prefix}-${name}`));
    }
    // The engine's processes are the test's (tofu, the provider), not the harness's: they are left alone.
    for (const ns of [...madeNetns].reverse()) {
      attempt(`namespace ${ns}`, () => {
        if (netnsList().includes(ns)) must("ip", ["netns", "delete", ns]);
        madeNetns.splice(madeNetns.indexOf(ns), 1);
      });
    }
    attempt(`directory ${root}`, () => rmSync(root, { recursive: true, force: true }));
    if (madeVarLib) attempt("/var/lib/hyperlab", () => {
      if (existsSync("/var/lib/hyperlab") && readdirSync("/var/lib/hyperlab").length === 0) rmdirSync("/var/lib/hyperlab");
    });
    if (errors.length > 0) throw new Error(`ssh hosts ${prefix}: cleanup left things behind:\n${errors.join("\n")}`);
  };

  try {
    mkdirSync(join(root, "client"), { mode: 0o700 });
    keygen(clientPath, `hyperlab-test@${prefix}`);
    clientKey = {
      path: clientPath,
      privateKey: readFileSync(clientPath, "utf8"),
      publicKey: readFileSync(`${clientPath}.pub`, "utf8").trim(),
    };

    addNetns(engineNetns);
    must("ip", ["-n", engineNetns, "link", "add", BRIDGE, "type", "bridge"]);
    must("ip", ["-n", engineNetns, "addr", "add", `${engineAddress}/24`, "dev", BRIDGE]);
    must("ip", ["-n", engineNetns, "addr", "add", `${net6}::fe/64`, "dev", BRIDGE, "nodad"]);
    must("ip", ["-n", engineNetns, "link", "set", BRIDGE, "up"]);

    names.forEach((name, i) => {
      const netns = `${prefix}-${name}`;
      const address = `${net}.${i + 1}`;
      const address6 = `${net6}::${(i + 1).toString(16)}`;
      const dir = join(root, name);
      const stateDir = join(dir, "var-lib-hyperlab");
      const lxcPath = join(dir, "lxc");
      const logPath = join(dir, "sshd.log");
      const config = join(dir, "sshd_config");
      const hostKey = join(dir, "ssh_host_ed25519_key");
      const engineVeth = `vh-${name}`;
      mkdirSync(stateDir, { recursive: true, mode: 0o755 });
      mkdirSync(lxcPath, { mode: 0o755 });
      const etcDir = join(dir, "etc");
      writeUsers(etcDir, dir, opts.users ?? []);
      keygen(hostKey, `${name}@${prefix}`);
      // sshd reads authorized_keys as the user logging in: for users besides root the
      // file (a public key) is readable, and the directories to it traversable, not listable.
      const others = (opts.users ?? []).length > 0;
      if (others) [root, dir].forEach((d) => chmodSync(d, 0o711));
      writeFileSync(join(dir, "authorized_keys"), `${clientKey.publicKey}\n`, { mode: others ? 0o644 : 0o600 });
      writeFileSync(config, [
        ...(opts.sshdConfig ?? []),
        `ListenAddress ${address}`,
        `ListenAddress ${address6}`,
        "Port 22",
        `HostKey ${hostKey}`,
        `PidFile ${join(dir, "sshd.pid")}`,
        `AuthorizedKeysFile ${join(dir, "authorized_keys")}`,
        "PermitRootLogin prohibit-password",
        "PubkeyAuthentication yes",
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "UsePAM no",
        // The key files live in temporary directories sshd would otherwise judge.
        "StrictModes no",
        // The provider may copy its agent with scp or sftp; internal-sftp needs no helper binary.
        "Subsystem sftp internal-sftp",
        "PrintMotd no",
        "PrintLastLog no",
        // Key fingerprints in the log, for a test that goes wrong.
        "LogLevel VERBOSE",
        "",
      ].join("\n"));

      // Both ends are made inside namespaces of the run: nothing appears in the machine's own.
      addNetns(netns);
      must("ip", ["-n", engineNetns, "link", "add", engineVeth, "type", "veth", "peer", "name", IFACE, "netns", netns]);
      must("ip", ["-n", engineNetns, "link", "set", engineVeth, "master", BRIDGE, "up"]);
      must("ip", ["-n", netns, "addr", "add", `${address}/24`, "dev", IFACE]);
      // nodad: usable at once, for sshd to bind (no other node has it).
      must("ip", ["-n", netns, "addr", "add", `${address6}/64`, "dev", IFACE, "nodad"]);
      must("ip", ["-n", netns, "link", "set", IFACE, "up"]);

      const s: State = { stopped: false };
      states.set(name, s);
      const knownHostsLine = (at = address) => {
        const [type, key] = readFileSync(`${hostKey}.pub`, "utf8").trim().split(/\s+/);
        return `${at} ${type} ${key}`;
      };

      const launch = () => {
        const log = openSync(logPath, "a");
        try {
          s.child = spawn("ip", ["netns", "exec", netns, "unshare", "--mount", "--propagation", "private", "sh", "-c", SSHD_SCRIPT, "sh", stateDir, etcDir, config, logPath],
            { detached: true, stdio: ["ignore", log, log] });
        } finally {
          closeSync(log);
        }
        s.child.on("error", () => undefined); // a spawn failure shows as no pid, reported below
        s.child.unref();
        if (!s.child.pid) throw new Error(`ssh hosts ${prefix}: could not start sshd of host ${name} (is iproute2 installed?)`);
      };

      /** Polls a TCP connect from the engine namespace, then checks the sshd answering presents the current key. */
      const waitReady = () => {
        const deadline = Date.now() + readyTimeoutMs;
        const want = knownHostsLine();
        let last = "";
        for (;;) {
          if (!running(s)) {
            throw new Error(`ssh hosts ${prefix}: sshd of host ${name} (${address}) exited before accepting connections; its log ${logPath}:\n${readLog(logPath)}`);
          }
          const tcp = engineExec(["timeout", "2", "bash", "-c", 'exec 3<>"/dev/tcp/$0/$1"', address, "22"]);
          if (tcp.status === 0) {
            const scan = engineExec(["ssh-keyscan", "-T", "2", "-t", "ed25519", address], { timeoutMs: 5000 });
            const lines = scan.stdout.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
            if (lines.includes(want)) return;
            last = `ssh-keyscan answered ${JSON.stringify(lines)}, expected ${want}`;
          } else {
            last = tcp.stderr.trim();
          }
          if (Date.now() > deadline) {
            throw new Error(`ssh hosts ${prefix}: sshd of host ${name} (${address}) did not accept connections within ${readyTimeoutMs} ms (${last}); its log ${logPath}:\n${readLog(logPath)}`);
          }
          sleep(50);
        }
      };

      hosts[name] = {
        name, netns, address, address6, port: 22, iface: IFACE, dir, stateDir, lxcPath, logPath,
        get knownHostsLine() {
          return knownHostsLine();
        },
        get knownHostsLine6() {
          return knownHostsLine(address6);
        },
        get sshdPid() {
          return running(s) ? s.child.pid : undefined;
        },
        exec(argv, o = {}) {
          if (running(s)) return tryRun("nsenter", ["-t", String(s.child.pid), "-m", "-n", "--", ...argv], o);
          return tryRun("ip", ["netns", "exec", netns, "unshare", "--mount", "--propagation", "private", "sh", "-c", EXEC_SCRIPT, "sh", stateDir, etcDir, ...argv], o);
        },
        rotateHostKey() {
          stopSshd(s);
          keygen(hostKey, `${name}@${prefix}`);
          if (!s.stopped) {
            launch();
            waitReady();
          }
        },
        stop() {
          if (s.stopped) return;
          s.stopped = true;
          // Sessions end while the link is still up, so clients see their connections close rather than hang.
          stopSshd(s);
          endNetnsProcesses(netns);
          must("ip", ["-n", engineNetns, "link", "set", engineVeth, "down"]);
          // Without this a connect would wait out ARP (seconds) or a stale neighbour entry (longer).
          must("ip", ["-n", engineNetns, "route", "add", "unreachable", `${address}/32`]);
          tryRun("ip", ["-n", engineNetns, "neigh", "flush", "to", address]);
        },
        reboot() {
          this.stop();
          const links = JSON.parse(must("ip", ["-n", netns, "-j", "link", "show"]).stdout || "[]") as Array<{ ifname: string }>;
          // A veth's peer goes with it: deleted already is not an error.
          for (const l of links) if (l.ifname !== "lo" && l.ifname !== IFACE) tryRun("ip", ["-n", netns, "link", "del", l.ifname]);
          for (const tool of ["iptables", "ip6tables"]) {
            for (const table of ["filter", "nat", "mangle"]) {
              must("ip", ["netns", "exec", netns, tool, "-w", "-t", table, "-F"]);
              must("ip", ["netns", "exec", netns, tool, "-w", "-t", table, "-X"]);
            }
          }
          must("ip", ["netns", "exec", netns, "sysctl", "-qw", "net.ipv4.ip_forward=0"]);
          this.start();
        },
        start() {
          if (!s.stopped) return;
          // Tolerant: a stop() that failed part-way may not have added it.
          tryRun("ip", ["-n", engineNetns, "route", "del", "unreachable", `${address}/32`]);
          must("ip", ["-n", engineNetns, "link", "set", engineVeth, "up"]);
          s.stopped = false;
          launch();
          waitReady();
        },
      };
      launch();
      pending.push(waitReady);
    });
    // All sshds start at once; each is then waited for.
    pending.forEach((waitReady) => waitReady());
  } catch (err) {
    try {
      cleanup();
    } catch (cleanupErr) {
      (err as Error).message += `\n${(cleanupErr as Error).message}`;
    }
    throw err;
  }

  return {
    prefix, engineNetns, engineAddress, underlay, underlay6: `${net6}::/64`, dir: root, clientKey, hosts,
    knownHosts: () => names.map((n) => `${hosts[n].knownHostsLine}\n`).join(""),
    engineExec,
    cleanup,
  };
}
