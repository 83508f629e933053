import { Construct } from "constructs";
import { ipAddress } from "../core/addresses";
import { ConfigurationError, ValidationError } from "../core/errors";
import { booleanValue, objectValue } from "../core/input";
import { integerIn } from "../core/numbers";
import { ResolvedNic } from "./nic";

/** What a deploy waits for once it has started a guest (on a LinuxHost). */
export interface WaitForProps {
  /**
   * The address probed from the host: `true` for the guest's own (the default-route
   * NIC's static or DHCP-reserved address), or an IP address. The host must reach it.
   * @default true, unless only a KVM guest's `agent` or `cloudInit` is asked for
   */
  readonly address?: boolean | string;
  /** A TCP port at that address that must accept a connection (22 for SSH). @default - a ping (ICMP echo) */
  readonly tcpPort?: number;
  /** Seconds to wait; past them the deploy fails, naming the guest and what it waited for. @default 300 */
  readonly timeoutSeconds?: number;
}

/** The provider's wait_for, in the constructs' terms. */
export interface WaitForSpec {
  readonly address?: string;
  readonly tcpPort?: number;
  readonly agent?: boolean;
  readonly cloudInit?: boolean;
  readonly timeoutSeconds: number;
}

/**
 * Checks a guest's `waitFor`: an address to probe (its own by default) and/or,
 * where `guestAgent` says the guest has one, the guest agent. A wait for nothing
 * is refused, as is a port without an address.
 */
export function waitForSpec(guest: Construct, value: unknown, nics: readonly ResolvedNic[],
  guestAgent?: { readonly channel: boolean; readonly cloudInitSeed: boolean }): WaitForSpec | undefined {
  const w = objectValue<WaitForProps & { agent?: unknown; cloudInit?: unknown }>(guest, "waitFor", value);
  if (w === undefined) return undefined;
  let agent = false;
  let cloudInit = false;
  if (guestAgent) {
    agent = booleanValue(guest, "waitFor.agent", w.agent, false, "plan");
    if (agent === true && !guestAgent.channel) throw new ConfigurationError(guest, "waitFor.agent needs agent: true (the guest agent's channel)");
    cloudInit = booleanValue(guest, "waitFor.cloudInit", w.cloudInit, false, "it decides the guest agent's channel at synth");
    if (cloudInit && !guestAgent.cloudInitSeed) {
      throw new ConfigurationError(guest, "waitFor.cloudInit waits for the cloud-init run of the guest's seed: give cloudInit");
    }
    if (cloudInit && !guestAgent.channel) {
      throw new ConfigurationError(guest, "waitFor.cloudInit reads cloud-init's result through the QEMU guest agent: leave agent unset, or true");
    }
  } else if (w.agent !== undefined || w.cloudInit !== undefined) {
    throw new ConfigurationError(guest, `waitFor.${w.agent !== undefined ? "agent" : "cloudInit"}: only a KVM guest has a guest agent to wait for`);
  }
  const tcpPort = w.tcpPort === undefined ? undefined : integerIn(guest, "waitFor.tcpPort", w.tcpPort, 1, 65535);
  const orAgent = guestAgent ? ", or wait for the guest agent (waitFor.agent)" : "";
  let address: string | undefined;
  if (w.address === true || (w.address === undefined && (tcpPort !== undefined || !(agent || cloudInit)))) {
    const nic = nics.find((n) => n.defaultRoute && n.address) ?? nics.find((n) => n.address);
    if (!nic) {
      throw new ConfigurationError(guest, "waitFor needs an address to probe, and no NIC has one known at synth (static, or a DHCP " +
        `reservation): give waitFor.address${orAgent}`);
    }
    address = nic.address;
  } else if (typeof w.address === "string") {
    address = ipAddress(guest, "waitFor.address", w.address, "plan");
  } else if (w.address !== undefined && w.address !== false) {
    throw new ValidationError(guest, "waitFor.address", w.address, "true, false, or an IP address");
  }
  if (tcpPort !== undefined && address === undefined) {
    throw new ConfigurationError(guest, "waitFor.tcpPort needs an address to connect to, and waitFor.address is false");
  }
  if (address === undefined && !agent && !cloudInit) {
    throw new ConfigurationError(guest, `waitFor waits for nothing: give waitFor.address (true for the guest's own)${guestAgent ? ", waitFor.agent or waitFor.cloudInit" : ""}`);
  }
  return {
    address, tcpPort, agent: agent || undefined, cloudInit: cloudInit || undefined,
    timeoutSeconds: integerIn(guest, "waitFor.timeoutSeconds", w.timeoutSeconds ?? 300, 1, 86400, "s"),
  };
}
