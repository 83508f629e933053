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
// reboot as reboot.alone.e2e.test.ts does it: the lease file outlives it, and the
// restored server gives the containers their addresses again. An uplink bridge
// without cidr carries a container that takes its address from a DHCP server in
// a test "LAN" namespace. Last, a KVM guest (the Debian cloud-init one) joins the
// NAT network over a veth from an uplink bridge in the machine's namespace (KVM
// guests join bridges in libvirtd's namespace), with no nameservers set: it takes
// its address, DNS server and search domain from the network's DHCP, resolves the
// WAN's name and fetches the page by name through the NAT, resolves a container by
// name, and the containers resolve it by the name it sent.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineDir } from "../../cli/engine-env";
import { engineEnv, run, tofu } from "../support/engine";
import { difference, hostState, HostState } from "../support/residue";
import { buildGuestImage } from "../support/images";

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
const VM = "hldns-vm";
const VM_USER = "tester";
/** The veth from the VM's bridge in the machine's namespace (ROOT_END) into the NAT network's bridge (NS_END). */
const ROOT_END = "hldnsvm-r";
const NS_END = "hldnsvm-n";
const VM_POOL = "/var/lib/hyperlab/hldns-pool";
const IMAGE_DIR = join(process.env.HYPERLAB_CACHE ?? join(process.env.HOME ?? "/root", ".cache", "hyperlab"), "cloud-guest");

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
  /** Set once the stack has the KVM guest: every later synth (the destroy's too) keeps it. */
  let vmEnv: Record<string, string> = {};
  const env = () => ({ ...engineEnv(), CI: "1", HL_E2E_NETNS: HOST_NS, HL_E2E_LXC_PATH: LXC_PATH, HL_E2E_UPLINK: "hldns-l0", ...vmEnv });
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
      spawnSync("virsh", ["-q", "-c", "qemu:///system", "destroy", VM]);
      spawnSync("virsh", ["-q", "-c", "qemu:///system", "undefine", VM, "--nvram"]);
      spawnSync("ip", ["link", "delete", ROOT_END]);
      spawnSync("ip", ["link", "delete", "hldnsvm0"]);
      rmSync(VM_POOL, { recursive: true, force: true });
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

  /**
   * The KVM guest on the NAT network: deployed into the same stack, found by its MAC in
   * `hyperlab leases`, reached over SSH from the host namespace (the only way in: the
   * network is behind that namespace's NAT).
   */
  async function kvmGuestOnTheNetwork(addresses: Record<string, string>): Promise<void> {
    const t = process.hrtime.bigint();
    const build = buildGuestImage("build-cloud.sh", IMAGE_DIR);
    console.log(`cloud guest image (${Number(process.hrtime.bigint() - t) / 1e9} s): ${build.stderr.trim()}`);
    // QEMU runs as libvirt-qemu: the kernel, initrd and pool where it can open them.
    const boot = join(work, "boot");
    mkdirSync(boot, { recursive: true });
    chmodSync(work, 0o755);
    for (const f of ["vmlinuz", "initrd.img"]) copyFileSync(join(IMAGE_DIR, f), join(boot, f));
    const key = join(work, "vm-key");
    run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "hyperlab-e2e-dns", "-f", key]);
    spawnSync("ip", ["link", "delete", ROOT_END]);
    run("ip", ["link", "add", ROOT_END, "type", "veth", "peer", "name", NS_END, "netns", HOST_NS]);
    run("ip", ["-n", HOST_NS, "link", "set", NS_END, "master", BRIDGE, "up"]);
    run("ip", ["link", "set", ROOT_END, "up"]);
    vmEnv = {
      HL_E2E_VM_IMAGE: join(IMAGE_DIR, "root.img"), HL_E2E_VM_POOL: VM_POOL, HL_E2E_VM_BOOT_DIR: boot,
      HL_E2E_VM_UPLINK: ROOT_END, HL_E2E_VM_KEY: readFileSync(`${key}.pub`, "utf8").trim(),
    };
    const start = process.hrtime.bigint();
    cdktf("deploy");
    const mac = /\s([0-9a-f]{2}(?::[0-9a-f]{2}){5})\s*$/m.exec(run("virsh", ["-q", "-c", "qemu:///system", "domiflist", VM]).stdout)?.[1];
    expect(mac).toBeDefined();
    // The user's way to find a DHCP guest's address: `hyperlab leases BRIDGE --netns NS`.
    let address = "";
    // Up to 15 minutes: the guest boots under TCG, and side by side with the suite's other
    // TCG guest and Go build on two cores its boot took over 5 (the wait ends at the lease).
    const found = await until(900, () => {
      const r = run(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "cli", "main.ts"), "leases", BRIDGE, "--netns", HOST_NS, "--json"], { ok: [0, 1, 2] });
      address = r.status === 0 ? (JSON.parse(r.stdout) as { mac: string; address: string }[]).find((l) => l.mac === mac)?.address ?? "" : "";
      return { ok: address !== "", out: `no lease for ${VM} (${mac}) in:\n${r.stdout}${r.stderr}` };
    });
    expect(found).toBe("ok");
    console.log(`${VM} leased ${address} ${Number(process.hrtime.bigint() - start) / 1e9} s after the deploy began`);
    expect(Number(address.split(".")[3])).toBeGreaterThanOrEqual(128);
    const ssh = (command: string, ok = [0]) => inHost(["ssh", "-i", key, "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
      "-o", "BatchMode=yes", "-o", "ConnectTimeout=5", "-o", "LogLevel=ERROR", `${VM_USER}@${address}`, command], ok);
    expect(await until(300, () => {
      const r = ssh("true", [0, 255]);
      return { ok: r.status === 0, out: `no SSH login to ${VM_USER}@${address}: ${r.stderr}` };
    })).toBe("ok");
    console.log(`cloud-init: ${ssh("cloud-init status --wait", [0, 1, 2]).stdout.trim()}`);
    const resolv = ssh("cat /etc/resolv.conf").stdout;
    console.log(`${VM}: ${address}, resolv.conf:\n${resolv}`);
    expect(resolv).toMatch(new RegExp(`^nameserver ${GATEWAY.replace(/\./g, "\\.")}$`, "m"));
    expect(resolv).toMatch(/^search lab\.internal$/m);
    const vmProbe = (command: string, want: RegExp) => () => {
      const r = ssh(command, [0, 1, 2, 255]);
      return { ok: r.status === 0 && want.test(r.stdout), out: `${command} in ${VM} exited ${r.status}:\n${r.stdout}${r.stderr}` };
    };
    const at = (a: string) => new RegExp(`^${a.replace(/\./g, "\\.")}\\s`, "m");
    expect(await until(30, vmProbe(`getent hosts ${WAN_NAME}`, at(WAN_WEB)))).toBe("ok");
    const fetch = `python3 -c 'import urllib.request,sys; sys.stdout.write(urllib.request.urlopen("http://${WAN_NAME}/", timeout=5).read().decode())'`;
    expect(await until(30, vmProbe(fetch, new RegExp(PAGE)))).toBe("ok");
    // Guests find each other: the VM a container by its bare name and under the domain, and the containers the VM.
    const [a, b] = CONTAINERS;
    expect(await until(20, vmProbe(`getent hosts ${a}`, at(addresses[a])))).toBe("ok");
    expect(await until(20, vmProbe(`getent hosts ${b}.lab.internal`, at(addresses[b])))).toBe("ok");
    expect(await until(30, () => probe(a, ["nslookup", VM], new RegExp(`Address:\\s+${address.replace(/\./g, "\\.")}`)))).toBe("ok");
    // The host's INPUT policy is still DROP: the network's own rules let the VM's DHCP and DNS in.
    expect(inHost(["iptables", "-S", "INPUT"]).stdout).toMatch(/^-P INPUT DROP$/m);
  }

  test("names resolve and pages load with no nameservers set; guests find each other; drift; the leases outlive a reboot; uplink without cidr; a KVM guest the same", async () => {
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

    // The reboot, as reboot.alone.e2e.test.ts does it; the lease file is not in /run.
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

    await kvmGuestOnTheNetwork(addresses);

    cdktf("destroy");
    expect(existsSync(LEASE_FILE)).toBe(false);
    expect(run("virsh", ["-q", "-c", "qemu:///system", "list", "--all", "--name"]).stdout.split("\n")).not.toContain(VM);
    run("ip", ["link", "delete", ROOT_END]);
    expect(inHost(["iptables-save"]).stdout).not.toContain("hyperlab-dhcp:");
    stopDaemons();
    rmSync(NETNS_ETC, { recursive: true, force: true });
    for (const ns of [HOST_NS, WAN_NS, LAN_NS]) spawnSync("ip", ["netns", "delete", ns]);
    await sleep(500);
    // What this lab left, by its names: other labs on the machine come and go meanwhile.
    expect(difference(before, hostState(), /hldns|dns-lxc|dns-lab/)).toEqual({});
    for (const ns of [HOST_NS, WAN_NS, LAN_NS]) run("ip", ["netns", "add", ns]);
  });
});
