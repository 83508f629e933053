import { ITerraformDependable, Lazy } from "cdktf";
import { Construct } from "constructs";
import { Bridge, Dhcp, Nat } from "../../l1";
import { Ipv4Network, ipv4Order, Ipv6Network, ipv6NameserverAddress, nameserverAddress } from "../core/addresses";
import { ConfigurationError } from "../core/errors";
import { ownerIdentity } from "../core/identity";
import { booleanValue, instanceValue, listValue, objectValue, propsOf } from "../core/input";
import { dnsName, interfaceName } from "../core/names";
import { integerIn, mtu as validMtu, oneOf } from "../core/numbers";
import { refuse } from "../core/refused";
import { LinuxHost } from "../hosts/linux-host";
import { ExistingBridge, ExistingBridgeProps } from "./existing-bridge";
import { claimAddress, claimAddress6, claimInterfaceName, claimNetwork, claimNetwork6, DhcpReservation, IBridgedNetwork } from "./network";
import { BridgeOverlayProps, Overlay } from "./overlay";
import { StretchedBridge } from "./stretched-bridge";

export type { DhcpReservation, IBridgedNetwork } from "./network";

/** How a bridge reaches beyond its guests. */
export type BridgeMode = "isolated" | "nat" | "uplink";
const MODES: readonly BridgeMode[] = ["isolated", "nat", "uplink"];

/** A DHCP server (dnsmasq) the stack runs on a bridge. */
export interface BridgeDhcpProps {
  /**
   * First address handed out dynamically (on the network, not the gateway). Give
   * both ends or neither.
   * @default - the upper half of the network's host addresses (for 10.0.3.0/24,
   * 10.0.3.128-10.0.3.254), leaving the lower half to the gateway and static
   * addresses; refused when the gateway or host address is in it (then give the range)
   */
  readonly rangeStart?: string;
  /** Last address handed out dynamically. @default - the network's last host address (see rangeStart) */
  readonly rangeEnd?: string;
  /** Lease time in seconds (120-604800). @default 3600 */
  readonly leaseSeconds?: number;
  /**
   * DNS servers handed to DHCP clients (option 6), in order, up to 8 IPv4 addresses,
   * instead of the network's own DNS server (see `dns`).
   * @default - the bridge's address where the network serves DNS (`dns`, on by default
   * in isolated and nat mode); none otherwise (clients keep the resolvers they have)
   */
  readonly nameservers?: string[];
  /**
   * DNS search domains handed to DHCP clients (option 119), up to 6, after the
   * network's `domain`.
   * @default - none beyond `domain`
   */
  readonly searchDomains?: string[];
  /**
   * Serve DHCP on a bridge in `uplink` mode, where it answers the whole physical LAN
   * and competes with the LAN's own server: a deliberate choice, so it must be said.
   * @default false (refused on an uplink bridge)
   */
  readonly serveUplinkedLan?: boolean;
  /**
   * With `ipv6Cidr` (a /64): how dnsmasq serves IPv6. "ra-stateless": router
   * advertisements for the prefix (guests make their addresses by SLAAC, with the
   * host as IPv6 router) and stateless DHCPv6 for the DNS options; "ra-only": the
   * advertisements alone. Refused without `ipv6Cidr`.
   * @default "ra-stateless"
   */
  readonly ipv6Mode?: "ra-stateless" | "ra-only";
  /**
   * IPv6 DNS servers for the guests (RDNSS in the router advertisements, and
   * DHCPv6's dns-server option), in order, up to 8. Refused without `ipv6Cidr`.
   * @default - none
   */
  readonly ipv6Nameservers?: string[];
}

const IPV6_MODES: readonly ("ra-stateless" | "ra-only")[] = ["ra-stateless", "ra-only"];

/** The network's own DNS server: the DHCP server's dnsmasq, answering on the bridge's address. */
export interface BridgeDnsProps {
  /**
   * Whether the network's dnsmasq answers DNS on the bridge's address (only there,
   * never on the host's other interfaces): the guests' names (bare, and under
   * `domain`) from their reservations and leases, and every other name forwarded to
   * `upstream`. DHCP clients are told the bridge's address as their DNS server unless
   * `dhcp.nameservers` says otherwise; an INPUT rule on the bridge lets them reach it.
   * Needs `dhcp` (the same dnsmasq); false: DHCP only, and guests resolve nothing
   * unless told nameservers.
   * @default true in isolated and nat mode with dhcp; false in uplink mode (the LAN's
   * DNS is the LAN's)
   */
  readonly enabled?: boolean;
  /**
   * The servers other names are forwarded to, in order, up to 8 IPv4 or IPv6
   * addresses. Refused where `enabled` is false.
   * @default - the resolvers of the host's /etc/resolv.conf (re-read when it changes;
   * for a host in a network namespace, /etc/netns/NAME/resolv.conf where there is one)
   */
  readonly upstream?: string[];
}

export interface BridgedNetworkProps {
  /** The Linux host that runs Terraform and owns the bridge. */
  readonly host: LinuxHost;
  /**
   * Bridge interface name: 1-15 characters of [a-zA-Z0-9_.-], not starting with '-'
   * or '.'; unique among the interfaces of the host's network namespace.
   */
  readonly bridgeName: string;
  /**
   * IPv4 network on the bridge in CIDR notation, e.g. "10.0.3.0/24": prefix 8-30,
   * unicast space, overlapping no other network of the same namespace. Not a token:
   * the gateway and guest addresses are derived from it at synth. Required in
   * isolated and nat mode; in uplink mode without it the bridge is a pure layer-2
   * switch with no host address, for guests that take the LAN's own DHCP (`dhcp:
   * true` on their NICs, no reserved address) or that are given no address here.
   * @default - none; refused in isolated and nat mode
   */
  readonly cidr?: string;
  /**
   * IPv6 prefix on the bridge beside `cidr` (dual stack), e.g. "fd42:1::/64": prefix
   * 48-64 (a /64 where `dhcp` sends router advertisements, as SLAAC needs), host bits
   * zero, not reserved (::/8), link-local, site-local or multicast space, overlapping
   * no other IPv6 prefix of the same namespace. In `nat` mode a unique local prefix
   * (fc00::/7, e.g. fd42::) is masqueraded (NAT66, as lxc-net's LXC_IPV6_NAT); a
   * global one is routed only. Refused in `uplink` mode and with an MTU below 1280.
   * @default - none (IPv4 only)
   */
  readonly ipv6Cidr?: string;
  /**
   * The host's IPv6 address on the bridge, the guests' IPv6 gateway (refused without `ipv6Cidr`).
   * @default - the prefix's ::1 (e.g. fd42:1::1)
   */
  readonly ipv6Gateway?: string;
  /**
   * The guests' gateway. In `isolated` and `nat` mode it is the host's own address on
   * the bridge; in `uplink` mode it is the LAN's router (not the host), and the host's
   * address, if any, is `hostAddress`.
   * @default - the first host address of `cidr` (e.g. 10.0.3.1) in isolated and nat mode; none in uplink mode
   */
  readonly gateway?: string;
  /**
   * The host's own address on an `uplink` bridge (refused in the other modes, where
   * it is `gateway`). The uplink itself must carry no address: the provider refuses
   * to enslave one that does, as the host would lose its traffic on it.
   * @default - none: the bridge is a plain layer-2 switch for the host
   */
  readonly hostAddress?: string;
  /**
   * `isolated`: guests and host only. `nat`: the host forwards and masquerades the
   * guests' traffic, as lxc-net does. `uplink`: a physical interface is enslaved.
   * @default "isolated"
   */
  readonly mode?: BridgeMode;
  /**
   * Physical interface to enslave; required with mode `uplink`, refused otherwise.
   * It cannot be a bridge or TAP of the app, nor the uplink of another bridge.
   * @default - none
   */
  readonly uplinkInterface?: string;
  /**
   * Bridge MTU in bytes (68-65535). With `overlay`, the tunnels' too: VXLAN adds 50
   * bytes (70 over IPv6), which the underlay must carry.
   * @default 1500; 1450 with `overlay` (a 1500-byte IPv4 underlay)
   */
  readonly mtu?: number;
  /** Whether the bridge filters by 802.1Q VLAN tag (needed for guest VLAN tags). @default false */
  readonly vlanFiltering?: boolean;
  /**
   * Run a DHCP server (dnsmasq, DHCP only) on the bridge, with the host as router.
   * Guests whose NICs have `dhcp: true` and an `address` get that address reserved.
   * @default - no DHCP server
   */
  readonly dhcp?: BridgeDhcpProps;
  /**
   * The network's own DNS server (see BridgeDnsProps): on by default in isolated and
   * nat mode with `dhcp`, as lxc-net and libvirt do.
   * @default - { enabled: true } in isolated and nat mode with dhcp; no DNS otherwise
   */
  readonly dns?: BridgeDnsProps;
  /**
   * The network's DNS domain, e.g. "lab.internal": sent to DHCP clients as option 15
   * (the domain, which minimal clients such as busybox udhcpc ask for) and first in
   * option 119 (the search list), and, with `dns`, the domain the guests' names
   * resolve under (its names are answered from the network alone, never forwarded).
   * Needs `dhcp`.
   * @default - none: guests' bare names still resolve
   */
  readonly domain?: string;
  /**
   * Stretch the network across LinuxHosts: a VXLAN device (hyperlab_vxlan) on this
   * bridge and on the bridge of each host added with `extendTo`, sending to each
   * other's underlay address (static peers, no multicast), so guests on any of the
   * hosts share one layer-2 segment. This host keeps the gateway, NAT and DHCP
   * server for all of them. Refused in `uplink` mode and with vlanFiltering.
   * @default - the network is on its host alone
   */
  readonly overlay?: BridgeOverlayProps;
}

/**
 * A Linux bridge on the host running Terraform (hyperlab_bridge), with the host as
 * gateway, optionally as NAT router (hyperlab_nat) and DHCP server (hyperlab_dhcp)
 * for its guests. The provider reads all three back, so changes made on the host
 * show in plan.
 */
export class BridgedNetwork extends Construct implements IBridgedNetwork {
  /** Names a bridge that exists already (not created, changed or removed by the stack). */
  static fromExisting(scope: Construct, id: string, props: ExistingBridgeProps): IBridgedNetwork {
    return new ExistingBridge(scope, id, props);
  }

  readonly host!: LinuxHost;
  readonly bridgeName!: string;
  /** The IPv4 network on the bridge; none on an uplink bridge without `cidr`. */
  readonly network?: Ipv4Network;
  /** Whether the network's dnsmasq answers DNS on the bridge. */
  readonly servesDns!: boolean;
  /** The network's DNS domain, with `domain`. */
  readonly domain?: string;
  /** The guests' gateway: the host on isolated and nat bridges, the LAN's router (if given) on uplink ones. */
  readonly gateway?: string;
  /** The host's own address on the bridge, if it has one. */
  readonly hostAddress?: string;
  /** The IPv6 prefix on the bridge, with `ipv6Cidr`. */
  readonly network6?: Ipv6Network;
  /** The host's IPv6 address on the bridge (the guests' IPv6 gateway), with `ipv6Cidr`. */
  readonly gateway6?: string;
  readonly mode!: BridgeMode;
  readonly mtu!: number;
  readonly dependable!: ITerraformDependable;
  readonly resourceAddress!: string;
  /** Whether guests may take DHCP here: the stack's server (`dhcp`), or on an uplink bridge the LAN's. */
  readonly hasDhcp!: boolean;
  readonly dhcpRange?: { readonly start: string; readonly end: string };
  readonly vlanFiltering!: boolean;
  /** The bridge resource (hyperlab_bridge). */
  readonly bridge!: Bridge;
  /** The DHCP server resource (hyperlab_dhcp), when `dhcp` is given. */
  readonly dhcpServer?: Dhcp;
  /** The network's tunnels to other hosts, with `overlay`. */
  readonly overlay?: Overlay;
  private readonly reservations: Record<string, string | boolean | undefined>[] = [];

  constructor(scope: Construct, id: string, props: BridgedNetworkProps) {
    super(scope, id);
    // The door: a refusal of the props is kept for synth, and the construct builds nothing (core/refused.ts).
    try {
      props = propsOf<BridgedNetworkProps>(this, props);
      this.host = instanceValue(this, "host", props.host, LinuxHost, "a LinuxHost");
      this.bridgeName = interfaceName(this, "bridgeName", props.bridgeName);
      claimInterfaceName(this, this.host, "bridgeName", this.bridgeName);
      this.mode = oneOf(this, "mode", props.mode ?? "isolated", MODES);
      if (props.cidr === undefined && this.mode !== "uplink") {
        throw new ConfigurationError(this, `cidr is required in mode '${this.mode}', where the host is the guests' gateway on it ` +
          "(only an uplink bridge can go without one, a plain layer-2 switch to the LAN)");
      }
      this.network = props.cidr === undefined ? undefined : Ipv4Network.parse(this, "cidr", props.cidr);
      if (this.network) claimNetwork(this, this.host, this.network);
      if (!this.network) {
        // A pure layer-2 bridge: nothing here is addressed, so nothing can be checked against an address.
        for (const prop of ["gateway", "hostAddress"] as const) {
          if (props[prop] !== undefined) {
            throw new ConfigurationError(this, `${prop} needs cidr, the network it is checked against; an uplink bridge without ` +
              "cidr carries no address of the host's and names no router");
          }
        }
      }
      if (this.mode === "uplink") {
        // The LAN is not ours: its router is whoever the user says, never a guess.
        this.gateway = props.gateway === undefined ? undefined : claimAddress(this, this, "gateway", props.gateway);
        this.hostAddress = props.hostAddress === undefined ? undefined : claimAddress(this, this, "hostAddress", props.hostAddress);
      } else {
        if (props.hostAddress !== undefined) {
          throw new ConfigurationError(this, `hostAddress is for mode 'uplink'; in mode '${this.mode}' the host's address is gateway`);
        }
        this.gateway = claimAddress(this, this, "gateway", props.gateway ?? this.network!.host(1));
        this.hostAddress = this.gateway;
      }
      const overlayProps = objectValue<BridgeOverlayProps>(this, "overlay", props.overlay);
      this.mtu = validMtu(this, "mtu", props.mtu ?? (overlayProps ? 1450 : 1500));
      if (props.ipv6Cidr !== undefined) {
        if (this.mode === "uplink") {
          throw new ConfigurationError(this, "ipv6Cidr is not supported in mode 'uplink' (the LAN's IPv6 routers and prefixes are not the stack's)");
        }
        if (this.mtu < 1280) {
          throw new ConfigurationError(this, `ipv6Cidr needs an MTU of at least 1280 (IPv6's minimum; the kernel turns IPv6 off below it), and mtu is ${this.mtu}`);
        }
        this.network6 = Ipv6Network.parse(this, "ipv6Cidr", props.ipv6Cidr);
        claimNetwork6(this, this.host, this.network6);
        this.gateway6 = claimAddress6(this, this, "ipv6Gateway", props.ipv6Gateway ?? this.network6.host(1));
      } else if (props.ipv6Gateway !== undefined) {
        throw new ConfigurationError(this, "ipv6Gateway needs ipv6Cidr, the IPv6 prefix it is checked against");
      }
      this.vlanFiltering = booleanValue(this, "vlanFiltering", props.vlanFiltering, false, "it is checked against guest NICs at synth");
      const uplink = props.uplinkInterface === undefined ? undefined : interfaceName(this, "uplinkInterface", props.uplinkInterface);
      if (this.mode === "uplink" && !uplink) {
        throw new ConfigurationError(this, "mode 'uplink' needs uplinkInterface (the physical interface to enslave)");
      }
      if (this.mode !== "uplink" && uplink) {
        throw new ConfigurationError(this, `uplinkInterface "${uplink}" is only valid with mode 'uplink', not '${this.mode}'`);
      }
      if (uplink === this.bridgeName) {
        throw new ConfigurationError(this, `uplinkInterface "${uplink}" cannot be the bridge itself`);
      }
      // An uplink is an interface of the namespace like the bridges and TAPs: one
      // that is the app's own bridge or TAP, or another bridge's uplink, clashes.
      if (uplink) claimInterfaceName(this, this.host, "uplinkInterface", uplink);
      const dhcpProps = objectValue<BridgeDhcpProps>(this, "dhcp", props.dhcp);
      // On an uplink bridge the LAN's own server answers guests' DHCP (a NIC with
      // dhcp: true and no reserved address), whether or not the stack runs one too.
      this.hasDhcp = dhcpProps !== undefined || this.mode === "uplink";
      if (dhcpProps && this.mode === "uplink") {
        if (!booleanValue(this, "dhcp.serveUplinkedLan", dhcpProps.serveUplinkedLan, false, "it is checked at synth")) {
          throw new ConfigurationError(this, `dhcp on an uplink bridge answers every machine of the LAN behind ${uplink}, beside ` +
            "the LAN's own server; set dhcp.serveUplinkedLan: true if this LAN is yours to serve");
        }
        if (!this.gateway || !this.hostAddress) {
          throw new ConfigurationError(this, "dhcp on an uplink bridge needs gateway (the LAN's router, handed to clients) and " +
            "hostAddress (the host's address, which dnsmasq answers from)");
        }
      }

      const dnsProps = objectValue<BridgeDnsProps>(this, "dns", props.dns);
      this.servesDns = booleanValue(this, "dns.enabled", dnsProps?.enabled, dhcpProps !== undefined && this.mode !== "uplink", "it is checked at synth");
      if (this.servesDns && !dhcpProps) {
        throw new ConfigurationError(this, "dns is served by the network's DHCP server (dnsmasq), and this network has no dhcp; " +
          "add dhcp: {} (the default range), or drop dns");
      }
      const upstream = listValue(this, "dns.upstream", dnsProps?.upstream, 8)
        .map((a, i) => dnsServerAddress(this, `dns.upstream[${i}]`, a));
      if (upstream.length && !this.servesDns) {
        throw new ConfigurationError(this, "dns.upstream is where the network's DNS server forwards, and dns.enabled is false; " +
          "drop dns.upstream, or set dns.enabled");
      }
      if (props.domain !== undefined) {
        this.domain = dnsName(this, "domain", props.domain);
        if (!dhcpProps) {
          throw new ConfigurationError(this, `domain "${this.domain}" is handed out by the network's DHCP server, and this network has no dhcp`);
        }
      }

      if (overlayProps && (this.mode === "uplink" || this.vlanFiltering)) {
        throw new ConfigurationError(this, `overlay stretches isolated and nat networks without VLAN filtering; this one is ${this.mode === "uplink" ? "in mode 'uplink'" : "VLAN-filtering"}`);
      }
      const provider = this.host.providerOf(this);
      const netns = this.host.netns ?? "";
      this.bridge = new Bridge(this, "bridge", {
        provider, netns, name: this.bridgeName, mtu: this.mtu, vlanFiltering: this.vlanFiltering, mark: ownerIdentity(this),
        addresses: [
          ...(this.hostAddress ? [this.network!.withPrefix(this.hostAddress)] : []),
          ...(this.gateway6 ? [this.network6!.withPrefix(this.gateway6)] : []),
        ],
        uplink,
      });
      this.dependable = this.bridge;
      if (overlayProps) {
        this.overlay = new Overlay(this, overlayProps);
        this.overlay.join(this, "overlay.underlayAddress", this.host, overlayProps.underlayAddress, this.bridge, provider);
      }
      this.resourceAddress = `${this.bridge.terraformResourceType}.${this.bridge.friendlyUniqueId}`;
      if (this.mode === "nat") {
        // The defaults are declared, so drift reports them (see tools/drift-report.ts).
        new Nat(this, "nat", {
          provider, netns, bridge: this.bridge.name, sourceCidr: this.network!.cidr, masquerade: true, forward: true, ipForward: true,
          mark: ownerIdentity(this, "nat"),
          // NAT66 for unique local space only: a global prefix is the guests' own, routed as it is.
          ...(this.network6 ? { sourceCidr6: this.network6.cidr, masquerade6: this.network6.isUniqueLocal } : {}),
        });
      }
      if (dhcpProps) {
        const range = this.dhcpRangeOf(dhcpProps);
        this.dhcpRange = { start: range.rangeStart, end: range.rangeEnd };
        // Guests add their reservations while the app is built; the list is read at synth.
        const reservations = Lazy.anyValue({ produce: () => this.reservations }, { omitEmptyArray: false });
        this.dhcpServer = new Dhcp(this, "dhcp", {
          provider, netns, bridge: this.bridge.name, ...range, router: this.gateway!, reservations, running: true,
          mark: ownerIdentity(this, "dhcp"),
          // The defaults are declared, so drift reports them.
          dns: this.servesDns, dnsUpstream: upstream, inputRules: true,
          ...(this.domain ? { domain: this.domain } : {}),
          nameservers: listValue(this, "dhcp.nameservers", dhcpProps.nameservers, 8).map((a, i) => nameserverAddress(this, `dhcp.nameservers[${i}]`, a)),
          domainSearch: listValue(this, "dhcp.searchDomains", dhcpProps.searchDomains, 6).map((d, i) => dnsName(this, `dhcp.searchDomains[${i}]`, d)),
          ...this.dhcpIpv6Of(dhcpProps),
          // dnsmasq binds to the bridge it started on: a bridge made again needs a new server.
          lifecycle: { replaceTriggeredBy: [`${this.resourceAddress}.ifindex`] },
        });
      }
    } catch (err) {
      refuse(this, err);
    }
  }

  /**
   * Stretches the network (which needs `overlay`) to another LinuxHost, whose underlay
   * address is `underlayAddress`: the network as guests of that host attach to it.
   */
  extendTo(host: LinuxHost, props: { readonly underlayAddress: string; readonly bridgeName?: string }): StretchedBridge {
    return new StretchedBridge(this, `on-${host.node.id}`, { network: this, host, ...props });
  }

  reserveAddress(r: DhcpReservation): ITerraformDependable {
    if (!this.dhcpServer) {
      throw new ConfigurationError(this, `runs no DHCP server to reserve ${r.address ?? "a lease for " + r.mac} in` +
        (this.mode === "uplink" ? " (the LAN's own server answers its guests: a NIC with dhcp: true may carry no address, and routes by default)" : ""));
    }
    // The list reaches the JSON through a Lazy, past the binding's conversion: in the schema's own names.
    this.reservations.push({ mac: r.mac, address: r.address, hostname: r.hostname, default_route: r.defaultRoute });
    return this.dhcpServer;
  }

  /** The IPv6 side of the DHCP server: router advertisements for the /64, when the bridge has one. */
  private dhcpIpv6Of(dhcp: BridgeDhcpProps): { ipv6Prefix?: string; ipv6Mode?: string; ipv6Nameservers?: string[] } {
    if (!this.network6) {
      for (const prop of ["ipv6Mode", "ipv6Nameservers"] as const) {
        if (dhcp[prop] !== undefined) throw new ConfigurationError(this, `dhcp.${prop} needs ipv6Cidr, the IPv6 prefix the server advertises`);
      }
      return {};
    }
    if (this.network6.prefixLength !== 64) {
      throw new ConfigurationError(this, `dhcp advertises ipv6Cidr ${this.network6.cidr} for SLAAC, which makes addresses in a /64 only; ` +
        "give a /64, or drop dhcp");
    }
    const nameservers = listValue(this, "dhcp.ipv6Nameservers", dhcp.ipv6Nameservers, 8)
      .map((a, i) => ipv6NameserverAddress(this, `dhcp.ipv6Nameservers[${i}]`, a));
    return {
      ipv6Prefix: this.network6.cidr,
      ipv6Mode: oneOf(this, "dhcp.ipv6Mode", dhcp.ipv6Mode ?? "ra-stateless", IPV6_MODES),
      ipv6Nameservers: nameservers.length ? nameservers : undefined,
    };
  }

  private dhcpRangeOf(dhcp: BridgeDhcpProps): { rangeStart: string; rangeEnd: string; leaseSeconds: number } {
    if ((dhcp.rangeStart === undefined) !== (dhcp.rangeEnd === undefined)) {
      throw new ConfigurationError(this, `dhcp.${dhcp.rangeStart === undefined ? "rangeEnd" : "rangeStart"} is given without ` +
        `dhcp.${dhcp.rangeStart === undefined ? "rangeStart" : "rangeEnd"}: give both ends of the dynamic range, or neither (the default range)`);
    }
    const network = this.network!;
    const given = dhcp.rangeStart !== undefined;
    let start: string;
    let end: string;
    if (given) {
      start = network.hostAddress(this, "dhcp.rangeStart", dhcp.rangeStart);
      end = network.hostAddress(this, "dhcp.rangeEnd", dhcp.rangeEnd);
    } else {
      // The upper half of the host addresses, as lxc-net defaults its range to the whole network but the gateway.
      const hosts = network.allUsable ? 2 ** (32 - network.prefixLength) : 2 ** (32 - network.prefixLength) - 2;
      if (hosts < 2) {
        throw new ConfigurationError(this, `dhcp has no default range on ${network.cidr}, a /32 with the host's address alone`);
      }
      start = network.host(Math.floor(hosts / 2) + 1);
      end = network.host(hosts);
    }
    if (ipv4Order(start) > ipv4Order(end)) {
      throw new ConfigurationError(this, `dhcp.rangeStart ${start} comes after dhcp.rangeEnd ${end}`);
    }
    for (const [what, address] of [["gateway", this.gateway], ["hostAddress", this.hostAddress]] as const) {
      if (address && ipv4Order(start) <= ipv4Order(address) && ipv4Order(address) <= ipv4Order(end)) {
        throw new ConfigurationError(this, `the DHCP range ${start}-${end}${given ? "" : " (the default: the upper half of " + network.cidr + ")"} ` +
          `contains the ${what} ${address}; ${given ? "move the range" : "give dhcp.rangeStart and dhcp.rangeEnd"} or the ${what}`);
      }
    }
    return {
      rangeStart: start,
      rangeEnd: end,
      leaseSeconds: integerIn(this, "dhcp.leaseSeconds", dhcp.leaseSeconds ?? 3600, 120, 604800, "seconds"),
    };
  }
}

/** A DNS server to forward to: a unicast IPv4 or IPv6 address. */
function dnsServerAddress(scope: Construct, prop: string, value: unknown): string {
  return typeof value === "string" && value.includes(":") ? ipv6NameserverAddress(scope, prop, value) : nameserverAddress(scope, prop, value);
}
