// `hyperlab leases BRIDGE`: the addresses a network's DHCP server (hyperlab_dhcp)
// has leased, read from its lease file under /var/lib/hyperlab/dhcp on this host.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "./errors";

/** Where the provider keeps the lease files (hyperlab_dhcp's lease_file). */
export const LEASE_DIR = "/var/lib/hyperlab/dhcp";

export interface Lease {
  readonly mac: string;
  readonly address: string;
  /** The name the client sent, or the reservation's; "" for none. */
  readonly hostname: string;
  /** When the lease ends, ISO 8601 UTC; "never" for an infinite lease. */
  readonly expires: string;
}

/** The lease file of the server on `bridge` in `netns` ("" for the host's own namespace). */
export function leaseFile(bridge: string, netns = "", dir = LEASE_DIR): string {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$/.test(bridge)) throw new UserError(`"${bridge}" is not a bridge name (1-15 of [A-Za-z0-9_.-])`);
  if (netns && !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}$/.test(netns)) throw new UserError(`"${netns}" is not a network namespace name`);
  return join(dir, `${netns ? `netns=${netns}` : "root"}@${bridge}.leases`);
}

/** dnsmasq's lease file, IPv4 part: "EXPIRY MAC ADDRESS HOSTNAME CLIENT-ID" a line. */
export function parseLeases(text: string): Lease[] {
  const leases: Lease[] = [];
  for (const line of text.split("\n")) {
    const f = line.trim().split(/\s+/);
    if (f[0] === "duid") break; // the DHCPv6 part
    if (f.length < 4 || !/^\d+$/.test(f[0]) || !/^\d{1,3}(\.\d{1,3}){3}$/.test(f[2])) continue;
    const expiry = Number(f[0]);
    leases.push({ mac: f[1].toLowerCase(), address: f[2], hostname: f[3] === "*" ? "" : f[3],
      expires: expiry === 0 ? "never" : new Date(expiry * 1000).toISOString().replace(/\.000Z$/, "Z") });
  }
  const order = (a: string) => a.split(".").reduce((n, o) => n * 256 + Number(o), 0);
  return leases.sort((a, b) => order(a.address) - order(b.address));
}

/** Prints the leases of the bridge's server as a table (or JSON); exit 0, 1 when there is no lease file. */
export function leases(bridge: string, o: { netns?: string; json?: boolean; dir?: string } = {}): number {
  const file = leaseFile(bridge, o.netns ?? "", o.dir);
  if (!existsSync(file)) {
    throw new UserError(`no lease file ${file}: no DHCP server of hyperlab runs on bridge ${bridge}` +
      `${o.netns ? ` in namespace ${o.netns}` : " in the host's namespace (--netns NAME for one in a namespace)"}, or it has not started yet`);
  }
  const found = parseLeases(readFileSync(file, "utf8"));
  if (o.json) {
    console.log(JSON.stringify(found, null, 2));
    return 0;
  }
  const rows = [["ADDRESS", "MAC", "HOSTNAME", "EXPIRES"], ...found.map((l) => [l.address, l.mac, l.hostname || "-", l.expires])];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd());
  return 0;
}
