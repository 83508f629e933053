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
 * The command line in the form the libvirt provider reads back from the domain,
 * so a second plan sees no change: it sorts the tokens, packs key=value pairs into
 * maps (a repeated key starts a new map) and puts bare tokens last under "_". The
 * guest's kernel gets the tokens in that sorted order.
 */
export function libvirtCmdline(tokens: readonly string[]): Record<string, string>[] {
  const sorted = [...tokens].sort();
  const maps: Record<string, string>[] = [];
  let current: Record<string, string> = {};
  for (const token of sorted.filter((t) => t.includes("="))) {
    const eq = token.indexOf("=");
    const key = token.slice(0, eq);
    if (key in current) {
      maps.push(current);
      current = {};
    }
    current[key] = token.slice(eq + 1);
  }
  if (Object.keys(current).length) maps.push(current);
  const bare = sorted.filter((t) => !t.includes("="));
  if (bare.length) maps.push({ _: bare.join(" ") });
  return maps;
}

/**
 * The kernel's `ip=` parameter for one static NIC, in the form the kernel
 * (Documentation/admin-guide/nfs/nfsroot.rst), initramfs-tools and dracut read:
 * ip=<client>::<gateway>:<netmask>:<hostname>:<device>:off
 */
export function kernelIpToken(nic: { address: string; gateway?: string; netmask: string; hostname: string; device: string }): string {
  return `ip=${nic.address}::${nic.gateway ?? ""}:${nic.netmask}:${nic.hostname}:${nic.device}:off`;
}
