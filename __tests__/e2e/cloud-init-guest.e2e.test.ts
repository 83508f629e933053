// Proves a KvmGuest's cloud-init seed works with a real cloud-init: a Debian 12
// guest (tools/guest-image/build-cloud.sh) with two NICs on two bridges boots from
// the seed synthesized here, and must take the user, the SSH key, the hostname, both
// static addresses and exactly one default route (via the first NIC's gateway).
// Then the key and the second NIC's address change in the construct; the guest boots
// again on the same disk with the new seed (a new instance-id), and must take those.
//
// The guest runs under QEMU directly, not through libvirt: the libvirt provider
// 0.8.3 can hang reading seeds back (see README, "Not there yet"), and the hyperlab
// provider's own KVM backend is not built yet. What the test takes from the synth is
// what libvirt would be given: the seed's three files and the NICs' MACs.
//
// Everything happens in a network namespace the test makes (two bridges holding the
// gateways, one TAP on each for the guest); packets go only to the guest's own
// addresses. The host's interfaces, routes and firewall are never touched.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BridgedNetwork, KvmGuest } from "../../constructs";
import { run } from "../support/engine";
import { only, synth } from "../support/synth";

jest.setTimeout(12 * 60 * 1000);

const ROOT = join(__dirname, "..", "..");
const IMAGE_DIR = join(process.env.HYPERLAB_CACHE ?? join(process.env.HOME ?? "/root", ".cache", "hyperlab"), "cloud-guest");
const NS = "hlcloudinit";
const NAME = "hlci-guest";
const USER = "tester";
const NETS = [
  { bridge: "hlcibr0", tap: "hlcitap0", cidr: "10.231.1.0/24", gateway: "10.231.1.1", address: "10.231.1.10" },
  { bridge: "hlcibr1", tap: "hlcitap1", cidr: "10.231.2.0/24", gateway: "10.231.2.1", address: "10.231.2.10" },
];
/** The second NIC's address after the change. */
const MOVED = "10.231.2.20";
const FIRST_BOOT_SECONDS = 330; // 120-160 s seen here under TCG
const SECOND_BOOT_SECONDS = 270;

const inNs = (cmd: string, args: string[], ok = [0]) => run("ip", ["netns", "exec", NS, cmd, ...args], { ok });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (start: bigint) => Math.round(Number(process.hrtime.bigint() - start) / 1e8) / 10;

interface Seed {
  userData: string;
  metaData: string;
  networkConfig: string;
  instanceId: string;
  macs: string[];
}

/** The synthesized JSON keeps `${` and `%{` literal as `$${` and `%%{`; the engine undoes exactly that. */
const engineString = (s: string) => s.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");

/** Synthesizes the guest in-process and returns its seed and MACs as libvirt would get them. */
function synthSeed(sshKey: string, secondAddress: string): Seed {
  const json = synth((stack, host) => {
    const lans = NETS.map((n, i) => new BridgedNetwork(stack, `lan${i}`, { host, bridgeName: n.bridge, cidr: n.cidr }));
    new KvmGuest(stack, "guest", {
      host, name: NAME, accelerator: "tcg", cpus: 2, memoryMiB: 1024,
      kernelBoot: { kernel: join(IMAGE_DIR, "vmlinuz"), initrd: join(IMAGE_DIR, "initrd.img"), cmdline: "root=/dev/vda rw console=ttyS0" },
      nics: [{ network: lans[0], address: NETS[0].address }, { network: lans[1], address: secondAddress }],
      cloudInit: { user: USER, sshKeys: [sshKey], nameservers: [NETS[0].gateway] },
    });
  });
  const [disk] = only(json, "libvirt_cloudinit_disk");
  const [domain] = only(json, "libvirt_domain");
  const metaData = engineString(disk.meta_data);
  return {
    userData: engineString(disk.user_data),
    metaData,
    networkConfig: engineString(disk.network_config),
    instanceId: /^instance-id: (\S+)$/m.exec(metaData)![1],
    macs: domain.network_interface.map((nic: { mac: string }) => nic.mac.toLowerCase()),
  };
}

describe("KvmGuest's cloud-init seed in a real Debian guest", () => {
  let work: string;
  let pidFile: string;
  let serialLog: string;
  let overlay: string;
  const keys: string[] = [];
  let seed1: Seed;
  let booted = 0;

  const pubKey = (key: string) => readFileSync(`${key}.pub`, "utf8").trim();
  const ssh = (key: string, address: string, command: string, ok = [0]) =>
    inNs("ssh", ["-i", key, "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
      "-o", "ConnectTimeout=5", "-o", "LogLevel=ERROR", `${USER}@${address}`, command], ok);
  const pings = (address: string) => inNs("ping", ["-c", "2", "-W", "2", address], [0, 1, 2]).status === 0;
  const qemuPid = () => (existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").trim()) : 0);
  /** Whether QEMU runs: a daemonized QEMU that exited can stay a zombie of PID 1 here for a while. */
  const alive = (pid: number) => {
    try {
      return pid > 0 && !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
    } catch {
      return false;
    }
  };
  /** Waits for cloud-init's last stage (where the authorized_keys is written whole); returns its status. */
  const cloudInitDone = (key: string, address: string) => {
    const r = ssh(key, address, "cloud-init status --wait --long", [0, 1, 2]);
    console.log(`cloud-init: ${r.stdout.trim().replace(/\n/g, "; ")}`);
    return r.stdout;
  };

  /** Kills what runs in the test's namespace (a QEMU left by a killed run), by pid, then deletes the namespace. */
  const removeNamespace = () => {
    if (!run("ip", ["netns", "list"]).stdout.split("\n").some((l) => l.split(" ")[0] === NS)) return;
    for (const pid of run("ip", ["netns", "pids", NS], { ok: [0, 1] }).stdout.split(/\s+/).filter(Boolean)) {
      try { process.kill(Number(pid), "SIGKILL"); } catch { /* already gone */ }
    }
    for (const n of NETS) run("ip", ["-n", NS, "link", "delete", "dev", n.tap], { ok: [0, 1, 2] });
    run("ip", ["netns", "delete", NS], { ok: [0, 1] });
  };

  const writeSeedIso = (seed: Seed, iso: string) => {
    const dir = `${iso}.d`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "user-data"), seed.userData);
    writeFileSync(join(dir, "meta-data"), seed.metaData);
    writeFileSync(join(dir, "network-config"), seed.networkConfig);
    run("genisoimage", ["-quiet", "-output", iso, "-volid", "cidata", "-joliet", "-rock",
      join(dir, "user-data"), join(dir, "meta-data"), join(dir, "network-config")]);
  };

  /** Starts QEMU in the namespace on the overlay with this seed; returns when it has daemonized. */
  const boot = (seed: Seed, iso: string) => {
    rmSync(pidFile, { force: true });
    booted++;
    serialLog = join(work, `serial-${booted}.log`);
    inNs("qemu-system-x86_64", [
      "-name", NAME, "-accel", "tcg", "-m", "1024", "-smp", "2", "-display", "none", "-no-reboot",
      "-serial", `file:${serialLog}`, "-monitor", "none", "-daemonize", "-pidfile", pidFile,
      "-kernel", join(IMAGE_DIR, "vmlinuz"), "-initrd", join(IMAGE_DIR, "initrd.img"),
      "-append", "root=/dev/vda rw console=ttyS0",
      "-drive", `file=${overlay},if=virtio,format=qcow2`,
      "-drive", `file=${iso},if=virtio,format=raw,readonly=on`,
      ...seed.macs.flatMap((mac, i) => [
        "-netdev", `tap,id=n${i},ifname=${NETS[i].tap},script=no,downscript=no`,
        "-device", `virtio-net-pci,netdev=n${i},mac=${mac}`,
      ]),
    ]);
    expect(alive(qemuPid())).toBe(true);
  };

  /** Retries an SSH login with `key` until it works; returns the seconds it took. */
  const waitForSsh = async (key: string, address: string, limit: number, start: bigint): Promise<number> => {
    for (;;) {
      if (ssh(key, address, "true", [0, 255]).status === 0) return seconds(start);
      if (!alive(qemuPid())) throw new Error(`QEMU exited before SSH answered; serial log:\n${tail(serialLog)}`);
      if (seconds(start) > limit) throw new Error(`no SSH login as ${USER}@${address} within ${limit} s; serial log:\n${tail(serialLog)}`);
      await sleep(5000);
    }
  };
  const tail = (file: string, lines = 60) => (existsSync(file) ? readFileSync(file, "utf8").split("\n").slice(-lines).join("\n") : "(none)");

  /** Powers the guest off from inside and waits for QEMU to exit; kills it by pid if it does not. */
  const powerOff = async (key: string, address: string) => {
    const pid = qemuPid();
    ssh(key, address, "sudo systemctl poweroff", [0, 255]);
    for (let i = 0; i < 90 && alive(pid); i++) await sleep(1000);
    if (alive(pid)) {
      console.log("guest did not power off in 90 s; killing QEMU by its pid");
      process.kill(pid, "SIGKILL");
      for (let i = 0; i < 20 && alive(pid); i++) await sleep(250);
    }
    expect(alive(pid)).toBe(false);
  };

  beforeAll(() => {
    const t = process.hrtime.bigint();
    const build = run("bash", [join(ROOT, "tools", "guest-image", "build-cloud.sh"), IMAGE_DIR]);
    console.log(`cloud guest image (${seconds(t)} s): ${build.stderr.trim()}`);
    removeNamespace();
    work = mkdtempSync(join(tmpdir(), "hyperlab-cloud-init-"));
    pidFile = join(work, "qemu.pid");
    overlay = join(work, "overlay.qcow2");
    for (const i of [1, 2]) {
      const key = join(work, `key${i}`);
      run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", `hyperlab-e2e-key${i}`, "-f", key]);
      keys.push(key);
    }
    run("qemu-img", ["create", "-q", "-f", "qcow2", "-b", join(IMAGE_DIR, "root.img"), "-F", "raw", overlay]);
    run("ip", ["netns", "add", NS]);
    inNs("ip", ["link", "set", "lo", "up"]);
    for (const n of NETS) {
      inNs("ip", ["link", "add", n.bridge, "type", "bridge"]);
      inNs("ip", ["addr", "add", `${n.gateway}/24`, "dev", n.bridge]);
      inNs("ip", ["link", "set", n.bridge, "up"]);
      inNs("ip", ["tuntap", "add", "dev", n.tap, "mode", "tap"]);
      inNs("ip", ["link", "set", n.tap, "master", n.bridge]);
      inNs("ip", ["link", "set", n.tap, "up"]);
    }
  });

  afterAll(() => {
    try {
      const pid = pidFile ? qemuPid() : 0;
      if (pid && alive(pid)) process.kill(pid, "SIGKILL");
    } finally {
      try {
        removeNamespace();
      } finally {
        if (work) rmSync(work, { recursive: true, force: true });
      }
    }
  });

  test("first boot: the key logs in, the hostname, both addresses, one default route via the first NIC", async () => {
    seed1 = synthSeed(pubKey(keys[0]), NETS[1].address);
    expect(seed1.macs).toHaveLength(2);
    const iso = join(work, "seed1.iso");
    writeSeedIso(seed1, iso);
    const start = process.hrtime.bigint();
    boot(seed1, iso);
    const took = await waitForSsh(keys[0], NETS[0].address, FIRST_BOOT_SECONDS, start);
    console.log(`first boot to SSH: ${took} s (TCG)`);
    expect(cloudInitDone(keys[0], NETS[0].address)).toMatch(/^status: done$/m);

    expect(ssh(keys[0], NETS[0].address, "hostname").stdout.trim()).toBe(NAME);
    for (const n of NETS) {
      expect(pings(n.address)).toBe(true);
      expect(ssh(keys[0], n.address, "hostname").stdout.trim()).toBe(NAME);
    }
    const routes = ssh(keys[0], NETS[0].address, "ip route show default").stdout.trim().split("\n").filter(Boolean);
    expect(routes).toHaveLength(1);
    expect(routes[0]).toMatch(new RegExp(`^default via ${NETS[0].gateway.replace(/\./g, "\\.")} dev eth0\\b`));
    // The NICs are the ones the seed names: eth0 and eth1 by MAC, each with its address.
    const addrs = JSON.parse(ssh(keys[0], NETS[0].address, "ip -j addr show").stdout) as any[];
    const byName = (name: string) => addrs.find((a) => a.ifname === name);
    NETS.forEach((n, i) => {
      expect(byName(`eth${i}`)?.address).toBe(seed1.macs[i]);
      expect(byName(`eth${i}`)?.addr_info.map((a: any) => `${a.local}/${a.prefixlen}`)).toContain(`${n.address}/24`);
    });
    expect(ssh(keys[0], NETS[0].address, "grep ^nameserver /etc/resolv.conf || true").stdout).toContain(NETS[0].gateway);
  });

  test("a changed key and address: a new instance-id, and the second boot on the same disk applies them", async () => {
    expect(seed1).toBeDefined();
    const seed2 = synthSeed(pubKey(keys[1]), MOVED);
    expect(seed2.instanceId).not.toBe(seed1.instanceId);
    expect(seed2.macs).toEqual(seed1.macs);
    const iso = join(work, "seed2.iso");
    writeSeedIso(seed2, iso);
    await powerOff(keys[0], NETS[0].address);

    const start = process.hrtime.bigint();
    boot(seed2, iso);
    const took = await waitForSsh(keys[1], MOVED, SECOND_BOOT_SECONDS, start);
    console.log(`second boot (new seed, same disk) to SSH: ${took} s (TCG)`);
    expect(cloudInitDone(keys[1], MOVED)).toMatch(/^status: done$/m);

    // cloud-init found the disk's earlier instance and took the seed as a new one.
    expect(ssh(keys[1], MOVED, "cat /var/lib/cloud/data/instance-id").stdout.trim()).toBe(seed2.instanceId);
    expect(ssh(keys[1], MOVED, "ls /var/lib/cloud/instances").stdout.split(/\s+/).filter(Boolean).sort())
      .toEqual([seed1.instanceId, seed2.instanceId].sort());
    expect(ssh(keys[1], NETS[0].address, "hostname").stdout.trim()).toBe(NAME);
    expect(pings(MOVED)).toBe(true);
    expect(pings(NETS[1].address)).toBe(false);
    expect(ssh(keys[1], NETS[1].address, "true", [0, 255]).status).toBe(255);
    const routes = ssh(keys[1], MOVED, "ip route show default").stdout.trim().split("\n").filter(Boolean);
    expect(routes).toHaveLength(1);
    expect(routes[0]).toMatch(new RegExp(`^default via ${NETS[0].gateway.replace(/\./g, "\\.")} dev eth0\\b`));
    // The old key no longer logs in. cloud-init itself would keep it (its users-groups
    // module only adds keys to authorized_keys); the seed's deferred write_files entry
    // writes the file whole in the final stage, waited for above.
    const old = ssh(keys[0], NETS[0].address, "true", [0, 255]);
    expect(old.status).toBe(255);
    expect(ssh(keys[1], NETS[0].address, `cat .ssh/authorized_keys`).stdout.trim()).toBe(pubKey(keys[1]));
  });
});
