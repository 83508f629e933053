import { TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { ConfigurationError, ValidationError } from "../core/errors";
import { booleanValue, instanceValue, listValue, objectValue, stringValue } from "../core/input";
import { integerIn, oneOf } from "../core/numbers";
import type { ProxmoxNicProps, ResolvedNic } from "./nic";

/** When a guest starts and stops with its node, relative to the node's other guests. */
export interface ProxmoxStartupProps {
  /** Place in the node's start order (lower starts first, stops last). @default - after the ordered ones */
  readonly order?: number;
  /** Seconds the node waits after starting this guest before the next one. @default 0 */
  readonly delaySeconds?: number;
}

const POOL = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,63}$/;
// telmate rc07 tags/schema.go: what a tag may be; the whole list at most 124 characters.
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]*$/;

/** A resource pool id, e.g. "lab": the guest is made a member of it. */
export function proxmoxPool(scope: Construct, prop: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const expected = "a Proxmox pool id: up to 64 of [A-Za-z0-9_-], not starting with '-'";
  const pool = stringValue(scope, prop, value, expected, "it is checked at synth");
  if (!POOL.test(pool)) throw new ValidationError(scope, prop, pool, expected);
  return pool;
}

/**
 * Tags as telmate rc07 writes them: each checked, without duplicates, sorted
 * (its Update sorts them, and its diff ignores order), joined with ";".
 */
export function proxmoxTags(scope: Construct, prop: string, value: unknown): string | undefined {
  const tags = listValue(scope, prop, value, 32).map((t, i) => {
    const expected = "a Proxmox tag: [a-zA-Z0-9_] then [a-zA-Z0-9._-]";
    const tag = stringValue(scope, `${prop}[${i}]`, t, expected, "it is checked at synth");
    if (!TAG.test(tag)) throw new ValidationError(scope, `${prop}[${i}]`, tag, expected);
    return tag;
  });
  if (tags.length === 0) return undefined;
  const joined = [...new Set(tags)].sort().join(";");
  if (joined.length > 124) throw new ValidationError(scope, prop, joined, "telmate takes tags of up to 124 characters in all");
  return joined;
}

/** The start order and delay, checked: order 0-9999 and delay 0-3600 s, as Proxmox takes them. */
export function proxmoxStartup(scope: Construct, prop: string, value: unknown): { order?: number; delay?: number } | undefined {
  const startup = objectValue<ProxmoxStartupProps>(scope, prop, value);
  if (startup === undefined) return undefined;
  return {
    order: startup.order === undefined ? undefined : integerIn(scope, `${prop}.order`, startup.order, 0, 9999, "", "it is checked at synth"),
    delay: startup.delaySeconds === undefined ? undefined
      : integerIn(scope, `${prop}.delaySeconds`, startup.delaySeconds, 0, 3600, "s", "it is checked at synth"),
  };
}

/** A NIC's Proxmox settings as telmate rc07's network block takes them (qemu/network and lxc/networks schema.go). */
export function proxmoxNic(scope: Construct, index: number, nic: ResolvedNic, kind: "VM" | "container"):
  { mtu?: number; firewall?: boolean; ip6?: "dhcp" | "auto" } {
  const prop = `nics[${index}].proxmox`;
  const px = objectValue<ProxmoxNicProps>(scope, prop, nic.proxmox);
  if (px === undefined) return {};
  // Proxmox's range (qemu-server and pve-container); on a VM, 1 is "the bridge's MTU".
  const mtu = px.mtu === undefined ? undefined
    : px.mtu === 1 && kind === "VM" ? 1 : integerIn(scope, `${prop}.mtu`, px.mtu, 576, 65520, "bytes", "it is checked at synth");
  const ip6 = px.ipv6 === undefined ? undefined : oneOf<"dhcp" | "auto">(scope, `${prop}.ipv6`, px.ipv6, ["dhcp", "auto"]);
  if (ip6 !== undefined && nic.address6 !== undefined) {
    throw new ConfigurationError(scope, `${prop}.ipv6 "${ip6}" and nics[${index}].address6 ${nic.address6} both configure the NIC's IPv6: give one`);
  }
  return {
    mtu,
    firewall: px.firewall === undefined ? undefined : booleanValue(scope, `${prop}.firewall`, px.firewall, false, "it is checked at synth"),
    ip6,
  };
}

/** A secret given as a sensitive TerraformVariable: its reference, never its value, reaches cdk.tf.json. */
export function sensitiveVariable(scope: Construct, prop: string, value: unknown): string {
  const variable = instanceValue(scope, prop, value, TerraformVariable,
    "a sensitive TerraformVariable (a string would be written into cdk.tf.json and the state's plan in clear)");
  if (variable.sensitive !== true) {
    throw new ConfigurationError(scope, `${prop} ${variable.node.path} must be declared with sensitive: true, so the engine never shows it`);
  }
  return variable.stringValue;
}
