// The SSH test hosts themselves (support/ssh-hosts.ts), proven with the real ssh
// client run from the engine namespace, as the provider will reach them: each host
// is its own network namespace with a /var/lib/hyperlab of its own, a rotated host
// key is refused, a stopped host fails fast, and cleanup leaves nothing of the run.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../support/engine";
import { SshHosts, startSshHosts } from "../support/ssh-hosts";

const netnsNames = (): string[] => JSON.parse(run("ip", ["-j", "netns", "list"]).stdout || "[]").map((n: { name: string }) => n.name);
/** A zombie (exited, not yet reaped by this process) counts as gone. */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(")") + 2));
  } catch {
    return false;
  }
};

describe("SSH test hosts, each in a network namespace of its own", () => {
  let lab: SshHosts;
  let knownHosts: string;

  /** The real ssh client, in the engine namespace, trusting only the known_hosts file given. */
  const ssh = (host: string, command: string, hostsFile = knownHosts, extra: string[] = []) =>
    lab.engineExec(["ssh", "-F", "/dev/null", "-i", lab.clientKey.path, "-o", "IdentitiesOnly=yes",
      "-o", `UserKnownHostsFile=${hostsFile}`, "-o", "GlobalKnownHostsFile=/dev/null",
      "-o", "StrictHostKeyChecking=yes", "-o", "BatchMode=yes", ...extra,
      `root@${lab.hosts[host].address}`, command], { timeoutMs: 30_000 });

  beforeAll(() => {
    lab = startSshHosts(["a", "b"]);
    knownHosts = join(lab.dir, "known_hosts");
    writeFileSync(knownHosts, lab.knownHosts());
  });

  afterAll(() => lab?.cleanup());

  test("each host answers in its own network namespace", () => {
    const { a, b } = lab.hosts;
    expect(lab.clientKey.privateKey).toContain("BEGIN OPENSSH PRIVATE KEY");
    expect(a.knownHostsLine).toMatch(/^10\.199\.0\.1 ssh-ed25519 AAAA\S+$/);
    for (const [me, other] of [[a, b], [b, a]]) {
      const r = ssh(me.name, "ip -o addr show; readlink /proc/self/ns/net");
      expect(r).toMatchObject({ status: 0 });
      expect(r.stdout).toContain(` ${me.address}/24 `);
      expect(r.stdout).not.toContain(other.address);
      // exec() inspects the same namespace the ssh session ran in.
      expect(r.stdout.trim().split("\n").pop()).toBe(me.exec(["readlink", "/proc/self/ns/net"]).stdout.trim());
    }
    // The machine's own namespace has none of the underlay.
    expect(run("ip", ["-o", "addr", "show"]).stdout).not.toContain("10.199.0.");
  });

  test("/var/lib/hyperlab is private to each host", () => {
    const marker = `/var/lib/hyperlab/ssh-hosts-${lab.prefix}`;
    expect(ssh("a", `echo on-a > ${marker}`).status).toBe(0);
    expect(ssh("a", `cat ${marker}`).stdout).toBe("on-a\n");
    expect(ssh("b", `test -e ${marker}`).status).toBe(1);
    expect(existsSync(marker)).toBe(false);
    expect(lab.hosts.a.exec(["cat", marker]).stdout).toBe("on-a\n");
    expect(existsSync(join(lab.hosts.a.stateDir, `ssh-hosts-${lab.prefix}`))).toBe(true);
  });

  test("after rotateHostKey the old known_hosts is refused, the new line accepted", () => {
    const b = lab.hosts.b;
    const before = b.knownHostsLine;
    const pid = b.sshdPid;
    b.rotateHostKey();
    expect(b.knownHostsLine).not.toBe(before);
    expect(b.sshdPid).not.toBe(pid);
    const refused = ssh("b", "true");
    expect(refused.status).toBe(255);
    expect(refused.stderr).toMatch(/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed/);
    const fresh = join(lab.dir, "known_hosts.rotated");
    writeFileSync(fresh, lab.knownHosts());
    expect(ssh("b", "true", fresh).status).toBe(0);
    knownHosts = fresh;
  });

  test("a stopped host fails a connect within seconds; started again, it has kept its state", () => {
    const a = lab.hosts.a;
    a.stop();
    expect(a.sshdPid).toBeUndefined();
    const t0 = Date.now();
    const down = ssh("a", "true", knownHosts, ["-o", "ConnectTimeout=10"]);
    expect(down.status).toBe(255);
    expect(down.stderr).toMatch(/No route to host|Connection refused/);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(ssh("b", "true").status).toBe(0); // the other host is unaffected
    a.start();
    expect(ssh("a", `cat /var/lib/hyperlab/ssh-hosts-${lab.prefix}`).stdout).toBe("on-a\n");
  });

  test("cleanup leaves no namespace, sshd or directory of the run, and may run twice", () => {
    const made = [lab.engineNetns, ...Object.values(lab.hosts).map((h) => h.netns)];
    const pids = Object.values(lab.hosts).map((h) => h.sshdPid!);
    expect(netnsNames()).toEqual(expect.arrayContaining(made));
    expect(pids.every(alive)).toBe(true);
    lab.cleanup();
    lab.cleanup();
    expect(netnsNames().filter((n) => n.startsWith(lab.prefix))).toEqual([]);
    expect(pids.filter(alive)).toEqual([]);
    // Every sshd of the run has its config in the run's directory.
    expect(run("pgrep", ["-f", lab.dir], { ok: [0, 1] }).stdout).toBe("");
    expect(existsSync(lab.dir)).toBe(false);
  });

  test("an sshd that does not come up fails the start with its log, and what was made is removed", () => {
    let message = "";
    try {
      startSshHosts(["x"], { sshdConfig: ["NoSuchOption yes"] });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/sshd of host x .* exited before accepting connections/);
    expect(message).toContain("NoSuchOption"); // from sshd's log
    const prefix = /hlsh-[0-9a-f]{6}/.exec(message)![0];
    expect(netnsNames().filter((n) => n.startsWith(prefix))).toEqual([]);
    expect(readdirSync(tmpdir()).filter((d) => d.includes(prefix))).toEqual([]);
  });
});
