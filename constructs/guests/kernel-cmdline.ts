import { IConstruct } from "constructs";
import { ValidationError } from "../core/errors";

const TOKEN = /^[A-Za-z0-9_.,:=\/+@-]+$/;

/** Splits and validates a kernel command line: tokens of [A-Za-z0-9_.,:=/+@-], none starting with '='. */
export function kernelCmdlineTokens(scope: IConstruct, prop: string, cmdline: string): string[] {
  return cmdline.split(/\s+/).filter(Boolean).map((token) => {
    if (!TOKEN.test(token) || token.startsWith("=")) {
      throw new ValidationError(scope, prop, token, "kernel command line tokens are [A-Za-z0-9_.,:=/+@-], not starting with '='");
    }
    return token;
  });
}

/**
 * The kernel's `ip=` parameter for one static NIC, in the form the kernel
 * (Documentation/admin-guide/nfs/nfsroot.rst), initramfs-tools and dracut read:
 * ip=<client>::<gateway>:<netmask>:<hostname>:<device>:off
 */
export function kernelIpToken(nic: { address: string; gateway?: string; netmask: string; hostname: string; device: string }): string {
  return `ip=${nic.address}::${nic.gateway ?? ""}:${nic.netmask}:${nic.hostname}:${nic.device}:off`;
}
