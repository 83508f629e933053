import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Whether QEMU can boot the test guest with KVM here, found by trying: /dev/kvm can
 * exist and still be unable to run a standard kernel (a paravirtual nested KVM,
 * for one). Boots the guest with no NIC and waits for its READY line on the serial
 * console; falls back to software emulation when that does not come in time.
 */
export function usableAccelerator(guestDir: string, seconds = 20): { accelerator: "kvm" | "tcg"; why: string } {
  if (!existsSync("/dev/kvm")) return { accelerator: "tcg", why: "/dev/kvm is absent" };
  const r = spawnSync("timeout", [String(seconds), "qemu-system-x86_64", "-accel", "kvm", "-m", "128", "-nographic",
    "-no-reboot", "-nic", "none", "-kernel", `${guestDir}/vmlinuz`, "-initrd", `${guestDir}/initramfs.cpio.gz`,
    "-append", "console=ttyS0 quiet hyperlab.hostname=probe"], { encoding: "utf8" });
  if ((r.stdout ?? "").includes("HYPERLAB-READY")) return { accelerator: "kvm", why: "a KVM boot reached READY" };
  return { accelerator: "tcg", why: `/dev/kvm is present but a KVM boot did not reach READY in ${seconds} s` };
}
