// Networks that work like lxc-net out of the box (issue 27). The lab's "host" is a
// network namespace the test makes (HOST_NS), behind a test "WAN" namespace that
// serves a DNS name (dnsmasq --address) and a web page (busybox httpd), and is
// the host's only resolver (/etc/netns/HOST_NS/resolv.conf, which `ip netns exec`
// shows the lab's dnsmasq as /etc/resolv.conf). The host's INPUT policy is DROP
// (established traffic and loopback accepted, as on any host with that policy),
// in its own namespace only. A NAT network with `dhcp: {}` and no nameservers:
// its containers get an address, resolve the WAN's name and fetch the page by
// name, and resolve each other by name, bare and under the network's domain. The
// INPUT rule for DNS deleted by hand is drift, and a deploy puts it back. Then a
// reboot as reboot.e2e.test.ts does it: the lease file outlives it, and the
// restored server gives the containers their addresses again. An uplink bridge
// without cidr carries a container that takes its address from a DHCP server in
// a test "LAN" namespace.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineDir } from "../../cli/engine-env";
import { engineEnv, run, tofu } from "../support/engine";
import { difference, hostState, HostState } from "../support/residue";

jest.setTimeout(25 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const HOST_NS = "hldns";
const WAN_NS = "hldns-wan";
const LAN_NS = "hldns-lan";
const LXC_PATH = "/var/lib/hyperlab/dns-lxc";
const RESTORE_DIR = "/var/lib/hyperlab/restore";
const BRIDGE = "hldns0";
const GATEWAY = "10.216.0.1";
const WAN_NAME = "www.wan.test";
const WAN_DNS = "203.0.113.1";
const WAN_WEB = "203.0.113.80";
const PAGE = "hello from the wan";
const NETNS_ETC = `/etc/netns/${HOST_NS}`;
const LEASE_FILE = `/var/lib/hyperlab/dhcp/netns=${HOST_NS}@${BRIDGE}.leases`;
const PID_FILE = `/run/hyperlab-dhcp-pid@netns=${HOST_NS}@${BRIDGE}`;
const CONTAINERS = ["hldns-a", "hldns-b"];
const UPLINK_CT = "hldns-c";

const inNs = (ns: string, args: string[], ok = [0]) => run("ip", ["netns", "exec", ns, ...args], { ok });
const inHost = (args: string[], ok = [0]) => inNs(HOST_NS, args, ok);
const attach = (name: string, cmd: string[], ok = [0]) =>
  inHost(["lxc-attach", "-P", LXC_PATH, "-n", name, "--", ...cmd], ok);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pidOf = (file: string) => (existsSync(file) ? Number(readFileSync(file, "utf8").trim()) || 0 : 0);
const alive = (pid: number) => {
  try {
    return !/State:\s+Z/.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false;
  }
};

/** Retries `probe` (true: done) for up to `seconds`; the last output for the message. */
async function until(seconds: number, probe: () => { ok: boolean; out: string }): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  let last = probe();
  while (!last.ok && Date.now() < deadline) {
    await sleep(1000);
    last = probe();
  }
  return last.ok ? "ok" : last.out;
}

/** A container's IPv4 address on eth0, "" while it has none. */
function addressOf(name: string): string {
  const r = attach(name, ["ip", "-4", "-o", "addr", "show", "dev", "eth0"], [0, 1, 255]);
  return /inet (\d+\.\d+\.\d+\.\d+)\//.exec(r.stdout)?.[1] ?? "";
}

function probe(name: string, cmd: string[], want: RegExp) {
  const r = attach(name, cmd, [0, 1, 2, 255]);
  return { ok: r.status === 0 && want.test(r.stdout), out: `${cmd.join(" ")} in ${name} exited ${r.status}:\n${r.stdout}${r.stderr}` };
}

/** Ends the WAN's and LAN's daemons (dnsmasq, httpd): every process in those namespaces, which are the test's. */
function stopDaemons(): void {
  for (const ns of [WAN_NS, LAN_NS]) {
    const pids = spawnSync("ip", ["netns", "pids", ns], { encoding: "utf8" }).stdout.split("\n").map(Number).filter(Boolean);
    for (const pid of pids) if (alive(pid)) process.kill(pid, "SIGTERM");
  }
}

/** The provider binary of this checkout's engine, whose restore command the "boot" runs. */
function providerBinary(): string {
  const found = run("find", [engineDir(), "-type", "f", "-name", "terraform-provider-hyperlab_v*"]).stdout.split("\n").filter(Boolean);
  // The same build, laid out for each engine.
  expect(found.length).toBeGreaterThan(0);
  return found[0];
}

/** The WAN and LAN namespaces and their links into the host namespace (again after a "reboot"). */
function wire(): void {
  for (const [ns, hostSide, peer, hostAddress] of [[WAN_NS, "hldns-w0", "w0", "203.0.113.2/24"], [LAN_NS, "hldns-l0", "l0", ""]]) {
    spawnSync("ip", ["-n", HOST_NS, "link", "delete", hostSide]);
    // After the "reboot" the old host namespace lives on until its last process is
    // reaped, and with it the old pair: deleting its end in the WAN/LAN takes both.
    spawnSync("ip", ["-n", ns, "link", "delete", peer]);
    run("ip", ["-n", HOST_NS, "link", "add", hostSide, "type", "veth", "peer", "name", peer, "netns", ns]);
    if (hostAddress) run("ip", ["-n", HOST_NS, "addr", "add", hostAddress, "dev", hostSide]);
    run("ip", ["-n", HOST_NS, "link", "set", hostSide, "up"]);
    run("ip", ["-n", ns, "link", "set", peer, "up"]);
  }
  run("ip", ["-n", WAN_NS, "addr", "replace", "203.0.113.1/24", "dev", "w0"]);
  run("ip", ["-n", WAN_NS, "addr", "replace", `${WAN_WEB}/24`, "dev", "w0"]);
  run("ip", ["-n", LAN_NS, "addr", "replace", "192.168.77.1/24", "dev", "l0"]);
  run("ip", ["-n", HOST_NS, "link", "set", "lo", "up"]);
  run("ip", ["-n", HOST_NS, "route", "replace", "default", "via", WAN_DNS]);
  // The host's firewall: INPUT policy DROP, replies and loopback accepted, nothing else.
  inHost(["iptables", "-P", "INPUT", "DROP"]);
  for (const rule of [["-i", "lo", "-j", "ACCEPT"], ["-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED", "-j", "ACCEPT"]]) {
    if (inHost(["iptables", "-C", "INPUT", ...rule], [0, 1]).status !== 0) inHost(["iptables", "-A", "INPUT", ...rule]);
  }
}

describe("a NAT network with DHCP works like lxc-net's, behind a host whose INPUT policy is DROP", () => {
  let work: string;
  let before: HostState;
  const env = () => ({ ...engineEnv(), CI: "1", HL_E2E_NETNS: HOST_NS, HL_E2E_LXC_PATH: LXC_PATH, HL_E2E_UPLINK: "hldns-l0" });
  const cdktf = (verb: string) => run(join(ROOT, "node_modules", ".bin", "cdktf"),
    [verb, ...(verb === "synth" ? [] : ["dns-lab", "--auto-approve"]), "--no-color"], { cwd: work, env: env() });
  const stackDir = () => join(work, "cdktf.out", "stacks", "dns-lab");

  beforeAll(() => {
    run("mkdir", ["-p", LXC_PATH]);
    before = hostState();
    for (const ns of [HOST_NS, WAN_NS, LAN_NS]) {
      spawnSync("ip", ["netns", "delete", ns]);
      run("ip", ["netns", "add", ns]);
    }
    wire();
    // The WAN: a DNS server that knows one name, and a web page at its address.
    const wanDir = mkdtempSync(join(tmpdir(), "hyperlab-dns-wan-"));
    writeFileSync(join(wanDir, "index.html"), `${PAGE}\n`);
    inNs(WAN_NS, ["dnsmasq", "--conf-file=/dev/null", "--no-hosts", "--no-resolv", "--interface=w0", "--bind-dynamic",
      `--host-record=${WAN_NAME},${WAN_WEB}`, "--local=/wan.test/", `--pid-file=${wanDir}/dnsmasq.pid`]);
    inNs(WAN_NS, ["busybox", "httpd", "-p", `${WAN_WEB}:80`, "-h", wanDir]);
    // The LAN: a DHCP server of its own (no DNS), for the uplink bridge.
    inNs(LAN_NS, ["dnsmasq", "--conf-file=/dev/null", "--port=0", "--interface=l0", "--bind-dynamic", "--dhcp-range=192.168.77.100,192.168.77.150,600",
      "--leasefile-ro", `--pid-file=${wanDir}/lan.pid`]);
    // The host's one resolver is the WAN's server.
    mkdirSync(NETNS_ETC, { recursive: true });
    writeFileSync(join(NETNS_ETC, "resolv.conf"), `nameserver ${WAN_DNS}\n`);
    work = mkdtempSync(join(tmpdir(), "hyperlab-dns-"));
    const app = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(__dirname, "apps", "dns-lab.ts")}`;
    writeFileSync(join(work, "cdktf.json"), JSON.stringify({ language: "typescript", app, output: "cdktf.out", sendCrashReports: "false" }));
    cdktf("synth");
  });

  afterAll(() => {
    try {
      spawnSync("ip", ["netns", "add", HOST_NS]);
      cdktf("destroy");
    } finally {
      const pid = pidOf(PID_FILE);
      if (pid && alive(pid)) process.kill(pid, "SIGKILL");
      for (const name of [...CONTAINERS, UPLINK_CT]) spawnSync("ip", ["netns", "exec", HOST_NS, "lxc-stop", "-P", LXC_PATH, "-n", name, "-k"]);
      for (const name of [...CONTAINERS, UPLINK_CT]) spawnSync("lxc-destroy", ["-P", LXC_PATH, "-n", name, "-f"]);
      stopDaemons();
      for (const ns of [HOST_NS, WAN_NS, LAN_NS]) spawnSync("ip", ["netns", "delete", ns]);
      for (const entry of readdirSync("/run").filter((e) => e.startsWith("hyperlab-") && e.includes(`@netns=${HOST_NS}`))) {
        rmSync(join("/run", entry), { recursive: true, force: true });
      }
      rmSync(NETNS_ETC, { recursive: true, force: true });
      // Left where the test stopped between the "reboot" and the restore (the state then forgets the server).
      rmSync(LEASE_FILE, { force: true });
      spawnSync("rmdir", ["/var/lib/hyperlab/dhcp"]);
      rmSync(work, { recursive: true, force: true });
      rmSync(LXC_PATH, { recursive: true, force: true });
    }
  });

  test("names resolve and pages load with no nameservers set; guests find each other; drift; the leases outlive a reboot; uplink without cidr", async () => {
    cdktf("deploy");
    const addresses: Record<string, string> = {};
    for (const name of CONTAINERS) {
      expect(await until(60, () => ({ ok: addressOf(name) !== "", out: `${name} has no address` }))).toBe("ok");
      addresses[name] = addressOf(name);
      // The default range: the upper half of 10.216.0.0/24.
      expect(Number(addresses[name].split(".")[3])).toBeGreaterThanOrEqual(128);
      const resolv = attach(name, ["cat", "/etc/resolv.conf"]).stdout;
      console.log(`${name}: ${addresses[name]}, resolv.conf:\n${resolv}`);
      expect(resolv).toContain(`nameserver ${GATEWAY}`);
      expect(resolv).toContain("search lab.internal");
      expect(await until(30, () => probe(name, ["nslookup", WAN_NAME], new RegExp(`Address:\\s+${WAN_WEB.replace(/\./g, "\\.")}`)))).toBe("ok");
      expect(await until(30, () => probe(name, ["wget", "-q", "-O", "-", `http://${WAN_NAME}/`], new RegExp(PAGE)))).toBe("ok");
      expect(await until(10, () => probe(name, ["wget", "-q", "-O", "-", `http://${WAN_WEB}/`], new RegExp(PAGE)))).toBe("ok");
    }
    // Guests resolve each other, bare and under the network's domain.
    const [a, b] = CONTAINERS;
    const is = (address: string) => new RegExp(`Address:\\s+${address.replace(/\./g, "\\.")}`);
    expect(await until(20, () => probe(a, ["nslookup", b], is(addresses[b])))).toBe("ok");
    expect(await until(20, () => probe(b, ["nslookup", `${a}.lab.internal`], is(addresses[a])))).toBe("ok");
    expect(await until(20, () => probe(a, ["ping", "-c", "1", "-W", "2", b], /1 packets received/))).toBe("ok");
    // The lease file holds both.
    const leases = readFileSync(LEASE_FILE, "utf8");
    for (const name of CONTAINERS) expect(leases).toMatch(new RegExp(`${addresses[name].replace(/\./g, "\\.")} ${name} `));

    // The uplink bridge without cidr: no address of the host's, the container's from the LAN's server.
    const bridge = JSON.parse(run("ip", ["-n", HOST_NS, "-j", "addr", "show", "dev", "hldnsup0"]).stdout)[0];
    expect(bridge.addr_info.filter((a: any) => a.family === "inet")).toEqual([]);
    expect(JSON.parse(run("ip", ["-n", HOST_NS, "-j", "link", "show", "dev", "hldns-l0"]).stdout)[0].master).toBe("hldnsup0");
    expect(await until(60, () => ({ ok: /^192\.168\.77\.1\d\d$/.test(addressOf(UPLINK_CT)), out: `${UPLINK_CT}: "${addressOf(UPLINK_CT)}"` }))).toBe("ok");

    // Drift: the DNS rule deleted by hand shows in plan, and a deploy puts it back.
    const rules = inHost(["iptables", "-S", "INPUT"]).stdout.split("\n").filter((l) => l.includes(`hyperlab-dhcp:${BRIDGE}`));
    console.log(`the network's INPUT rules:\n${rules.join("\n")}`);
    const dnsRule = rules.find((l) => l.includes("-p udp") && l.includes("--dport 53"));
    expect(dnsRule).toBeDefined();
    inHost(["sh", "-c", `iptables ${dnsRule!.replace(/^-A /, "-D ")}`]);
    // With the host's INPUT policy DROP, that rule was what let the guests' queries in.
    expect(attach(a, ["timeout", "8", "nslookup", WAN_NAME], [0, 1, 143]).status).not.toBe(0);
    const drift = tofu(stackDir(), ["plan", "-detailed-exitcode", "-input=false", "-no-color"], [2]);
    expect(drift.stdout).toMatch(/input_rules\s+= false -> true/);
    cdktf("deploy");
    expect(inHost(["iptables", "-S", "INPUT"]).stdout).toContain(dnsRule!);
    expect(await until(20, () => probe(a, ["nslookup", WAN_NAME], is(WAN_WEB)))).toBe("ok");
    expect(tofu(stackDir(), ["plan", "-detailed-exitcode", "-input=false", "-no-color"], [0, 2]).status).toBe(0);

    // The reboot, as reboot.e2e.test.ts does it; the lease file is not in /run.
    const leasesBefore = readFileSync(LEASE_FILE, "utf8");
    for (const name of [...CONTAINERS, UPLINK_CT]) inHost(["lxc-stop", "-P", LXC_PATH, "-n", name, "-k"]);
    const pid = pidOf(PID_FILE);
    expect(pid).toBeGreaterThan(0);
    process.kill(pid, "SIGKILL");
    for (let i = 0; i < 50 && alive(pid); i++) await sleep(100);
    run("ip", ["netns", "delete", HOST_NS]);
    for (const entry of readdirSync("/run").filter((e) => e.startsWith("hyperlab-") && e.includes(`@netns=${HOST_NS}`))) {
      rmSync(join("/run", entry), { recursive: true, force: true });
    }
    expect(readFileSync(LEASE_FILE, "utf8")).toBe(leasesBefore);
    // At boot the links to the WAN and LAN are there before the restore runs.
    run("ip", ["netns", "add", HOST_NS]);
    wire();
    // This lab's records only, so the restore touches no other lab of the machine.
    const records = mkdtempSync(join(tmpdir(), "hyperlab-dns-restore-"));
    try {
      for (const f of readdirSync(RESTORE_DIR).filter((f) => f.includes(`@netns=${HOST_NS}@`))) copyFileSync(join(RESTORE_DIR, f), join(records, f));
      const restore = run(providerBinary(), ["restore", "--dir", records]);
      console.log(restore.stdout);
    } finally {
      rmSync(records, { recursive: true, force: true });
    }
    for (const name of CONTAINERS) {
      expect(await until(60, () => ({ ok: addressOf(name) !== "", out: `${name} has no address after the restore` }))).toBe("ok");
      expect(addressOf(name)).toBe(addresses[name]);
    }
    expect(await until(30, () => probe(a, ["wget", "-q", "-O", "-", `http://${WAN_NAME}/`], new RegExp(PAGE)))).toBe("ok");
    expect(await until(20, () => probe(b, ["nslookup", a], is(addresses[a])))).toBe("ok");

    cdktf("destroy");
    expect(existsSync(LEASE_FILE)).toBe(false);
    expect(inHost(["iptables-save"]).stdout).not.toContain("hyperlab-dhcp:");
    stopDaemons();
    rmSync(NETNS_ETC, { recursive: true, force: true });
    for (const ns of [HOST_NS, WAN_NS, LAN_NS]) spawnSync("ip", ["netns", "delete", ns]);
    await sleep(500);
    // What this lab left, by its names: other labs on the machine come and go meanwhile.
    const ours = Object.entries(difference(before, hostState()))
      .map(([kind, d]) => [kind, [...d.added, ...d.removed].filter((e) => /hldns|dns-lxc|dns-lab/.test(e))] as const)
      .filter(([, entries]) => entries.length > 0);
    expect(ours).toEqual([]);
    for (const ns of [HOST_NS, WAN_NS, LAN_NS]) run("ip", ["netns", "add", ns]);
  });
});
