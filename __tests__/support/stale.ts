import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./engine";

/**
 * Removes what an earlier run of the same stack left behind when it was killed
 * before its own clean-up: runs the stack's destroy scripts (they tolerate
 * missing things) in reverse order, then removes its libvirt domains and pool.
 * Only names from the synthesized stack are touched.
 */
export function removeStaleLab(stackDir: string): void {
  const json = JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8"));
  const virsh = (...args: string[]) => run("virsh", ["-c", "qemu:///system", ...args], { ok: [0, 1] });
  for (const domain of Object.values<any>(json.resource.libvirt_domain ?? {})) {
    virsh("destroy", domain.name);
    virsh("undefine", domain.name, "--nvram");
  }
  for (const pool of Object.values<any>(json.resource.libvirt_pool ?? {})) {
    for (const line of virsh("vol-list", "--pool", pool.name).stdout.split("\n").slice(2)) {
      const volume = line.trim().split(/\s+/)[0];
      if (volume) virsh("vol-delete", "--pool", pool.name, volume);
    }
    virsh("pool-destroy", pool.name);
    virsh("pool-delete", pool.name);
    virsh("pool-undefine", pool.name);
  }
  for (const data of Object.values<any>(json.resource.terraform_data ?? {}).reverse()) {
    run("/bin/sh", ["-c", data.input.destroy], { ok: [0, 1, 2] });
  }
}
