import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { run } from "./engine";

/**
 * Removes what an earlier run of the same stack left behind when it was killed
 * before its own clean-up: its libvirt domains and their files, its containers, DHCP
 * servers, NAT rules, TAPs and bridges. Only names from the synthesized stack
 * are touched; anything already gone is skipped.
 */
export function removeStaleLab(stackDir: string): void {
  const json = JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8"));
  const resources = (type: string) => Object.values<any>(json.resource[type] ?? {});
  const tolerant = (cmd: string, args: string[]) => run(cmd, args, { ok: [0, 1, 2, 255] });
  const virsh = (...args: string[]) => tolerant("virsh", ["-c", "qemu:///system", ...args]);
  for (const domain of resources("hyperlab_kvm_domain")) {
    virsh("destroy", domain.name);
    virsh("undefine", domain.name, "--nvram");
  }
  // Disk images and seeds, each in its guest's directory.
  const files = [...resources("hyperlab_kvm_volume"), ...resources("hyperlab_kvm_seed"), ...resources("hyperlab_kvm_image")].map((f) => f.path as string);
  for (const dir of new Set(files.map((f) => dirname(f)))) rmSync(dir, { recursive: true, force: true });
  // The hyperlab resources of the lab live in the host's own namespace.
  for (const ct of resources("hyperlab_lxc_container")) tolerant("lxc-destroy", ["-P", ct.lxc_path ?? "/var/lib/lxc", "-n", ct.name, "-f"]);
  const bridges = resources("hyperlab_bridge").map((b) => b.name as string);
  for (const bridge of bridges) {
    const pidFile = `/run/hyperlab-dhcp-pid@root@${bridge}`;
    if (existsSync(pidFile)) tolerant("kill", [readFileSync(pidFile, "utf8").trim()]);
    rmSync(pidFile, { force: true });
    rmSync(`/run/hyperlab-dhcp-hosts@root@${bridge}`, { recursive: true, force: true });
    for (const [table, chain] of [["nat", "POSTROUTING"], ["filter", "FORWARD"]]) {
      const rules = run("iptables-save", ["-t", table], { ok: [0, 1] }).stdout.split("\n");
      for (const rule of rules.filter((r) => r.startsWith(`-A ${chain} `) && r.includes(`hyperlab:${bridge} `))) {
        tolerant("sh", ["-c", `iptables -t ${table} ${rule.replace(/^-A /, "-D ")}`]);
      }
    }
  }
  for (const tap of resources("hyperlab_tap")) tolerant("ip", ["link", "delete", "dev", tap.name]);
  for (const bridge of bridges) tolerant("ip", ["link", "delete", "dev", bridge]);
}
