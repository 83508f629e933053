// https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DhcpConfig extends cdktf.TerraformMetaArguments {
  /**
  * The bridge it answers on.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#bridge Dhcp#bridge}
  */
  readonly bridge: string;
  /**
  * Whether dnsmasq answers DNS (udp and tcp 53) on the bridge's addresses, and on no other interface of the host: the names of the network's guests (reservations with an address, and leases, bare and under domain) and, forwarded, all others. Clients are then told the bridge's address as DNS server unless nameservers says otherwise. false (the default): DHCP only (--port=0).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#dns Dhcp#dns}
  */
  readonly dns?: boolean | cdktf.IResolvable;
  /**
  * The servers dnsmasq forwards queries for other names to, in order (IPv4 or IPv6 addresses); none by default: the resolvers of the host's /etc/resolv.conf (for a namespace, /etc/netns/NAME/resolv.conf where there is one). Used with dns.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#dns_upstream Dhcp#dns_upstream}
  */
  readonly dnsUpstream?: string[];
  /**
  * The network's DNS domain, e.g. lab.internal: sent to clients as option 15 (domain name, which minimal clients such as busybox udhcpc ask for) and first in option 119 (search list); with dns, the guests' names resolve under it and its names are never forwarded. None by default.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#domain Dhcp#domain}
  */
  readonly domain?: string;
  /**
  * DNS search domains handed to clients (option 119), in order; none by default.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#domain_search Dhcp#domain_search}
  */
  readonly domainSearch?: string[];
  /**
  * Whether rules first in the namespace's INPUT chain accept DHCP (udp 67) and, with dns, DNS (udp and tcp 53) coming in on the bridge, so a DROP policy does not cut the guests off; with ipv6_prefix the same with ip6tables for router solicitations, DHCPv6 (udp 547) and DNS; and a CHECKSUM fill for DHCP replies (mangle POSTROUTING, udp 68) where the kernel has the target. The rules carry the comment "hyperlab-dhcp:BRIDGE MARK" and go with the server (Read: whether they are all in place). Default true.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#input_rules Dhcp#input_rules}
  */
  readonly inputRules?: boolean | cdktf.IResolvable;
  /**
  * ra-stateless (the default when unset): advertisements with SLAAC, and stateless DHCPv6 for the DNS options; ra-only: advertisements alone. Used with ipv6_prefix.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#ipv6_mode Dhcp#ipv6_mode}
  */
  readonly ipv6Mode?: string;
  /**
  * IPv6 DNS servers for IPv6 clients (RDNSS in the advertisements, and DHCPv6's dns-server option), in order; none by default. Used with ipv6_prefix.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#ipv6_nameservers Dhcp#ipv6_nameservers}
  */
  readonly ipv6Nameservers?: string[];
  /**
  * The bridge's IPv6 /64 (e.g. fd42:1::/64), which must be on the bridge: dnsmasq sends router advertisements for it (--enable-ra), with the host as router, so clients make their addresses by SLAAC; none by default (IPv4 only). Changing it restarts the server.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#ipv6_prefix Dhcp#ipv6_prefix}
  */
  readonly ipv6Prefix?: string;
  /**
  * Lease time in seconds.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#lease_seconds Dhcp#lease_seconds}
  */
  readonly leaseSeconds?: number;
  /**
  * Identity of the server, kept beside its pid file: Create takes a running server for the bridge only when it carries this mark, refuses one that carries none or another, Update changes it only while it carries this mark or the one this resource applied last, and Delete stops only its own; changes in place. A state written before marks (no mark) takes the bridge's unmarked server as its own.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#mark Dhcp#mark}
  */
  readonly mark: string;
  /**
  * DNS servers handed to clients (option 6), in order; none by default: without dns no option 6 is sent, with dns the bridge's own address (dnsmasq's default).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#nameservers Dhcp#nameservers}
  */
  readonly nameservers?: string[];
  /**
  * Network namespace (a name under /run/netns) the resource lives in; "" is the provider's own.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#netns Dhcp#netns}
  */
  readonly netns?: string;
  /**
  * Last address handed out dynamically.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#range_end Dhcp#range_end}
  */
  readonly rangeEnd: string;
  /**
  * First address handed out dynamically.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#range_start Dhcp#range_start}
  */
  readonly rangeStart: string;
  /**
  * What a MAC always gets: an address, and no router option where default_route is false; change without a restart (Read lists the reservation files there are).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#reservations Dhcp#reservations}
  */
  readonly reservations?: DhcpReservations[] | cdktf.IResolvable;
  /**
  * The router option handed to clients.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#router Dhcp#router}
  */
  readonly router: string;
  /**
  * Whether the server runs with this configuration (Read: false when it is dead, runs with other arguments, or carries another mark).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#running Dhcp#running}
  */
  readonly running?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#timeouts Dhcp#timeouts}
  */
  readonly timeouts?: DhcpTimeouts;
}
export interface DhcpLeases {
}

export function dhcpLeasesToTerraform(struct?: DhcpLeases): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dhcpLeasesToHclTerraform(struct?: DhcpLeases): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DhcpLeasesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DhcpLeases | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DhcpLeases | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // address - computed: true, optional: false, required: false
  public get address() {
    return this.getStringAttribute('address');
  }

  // hostname - computed: true, optional: false, required: false
  public get hostname() {
    return this.getStringAttribute('hostname');
  }

  // mac - computed: true, optional: false, required: false
  public get mac() {
    return this.getStringAttribute('mac');
  }
}

export class DhcpLeasesList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DhcpLeasesOutputReference {
    return new DhcpLeasesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DhcpReservations {
  /**
  * The address it always gets; none: one from the range.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#address Dhcp#address}
  */
  readonly address?: string;
  /**
  * false: the client gets an empty router option, so it adds no default route through this bridge; null (the default): it gets the router.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#default_route Dhcp#default_route}
  */
  readonly defaultRoute?: boolean | cdktf.IResolvable;
  /**
  * The name the lease carries.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#hostname Dhcp#hostname}
  */
  readonly hostname: string;
  /**
  * MAC, lower case.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#mac Dhcp#mac}
  */
  readonly mac: string;
}

export function dhcpReservationsToTerraform(struct?: DhcpReservations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    default_route: cdktf.booleanToTerraform(struct!.defaultRoute),
    hostname: cdktf.stringToTerraform(struct!.hostname),
    mac: cdktf.stringToTerraform(struct!.mac),
  }
}


export function dhcpReservationsToHclTerraform(struct?: DhcpReservations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    address: {
      value: cdktf.stringToHclTerraform(struct!.address),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    default_route: {
      value: cdktf.booleanToHclTerraform(struct!.defaultRoute),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    hostname: {
      value: cdktf.stringToHclTerraform(struct!.hostname),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mac: {
      value: cdktf.stringToHclTerraform(struct!.mac),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DhcpReservationsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DhcpReservations | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._defaultRoute !== undefined) {
      hasAnyValues = true;
      internalValueResult.defaultRoute = this._defaultRoute;
    }
    if (this._hostname !== undefined) {
      hasAnyValues = true;
      internalValueResult.hostname = this._hostname;
    }
    if (this._mac !== undefined) {
      hasAnyValues = true;
      internalValueResult.mac = this._mac;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DhcpReservations | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._address = undefined;
      this._defaultRoute = undefined;
      this._hostname = undefined;
      this._mac = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._address = value.address;
      this._defaultRoute = value.defaultRoute;
      this._hostname = value.hostname;
      this._mac = value.mac;
    }
  }

  // address - computed: true, optional: true, required: false
  private _address?: string; 
  public get address() {
    return this.getStringAttribute('address');
  }
  public set address(value: string) {
    this._address = value;
  }
  public resetAddress() {
    this._address = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput() {
    return this._address;
  }

  // default_route - computed: true, optional: true, required: false
  private _defaultRoute?: boolean | cdktf.IResolvable; 
  public get defaultRoute() {
    return this.getBooleanAttribute('default_route');
  }
  public set defaultRoute(value: boolean | cdktf.IResolvable) {
    this._defaultRoute = value;
  }
  public resetDefaultRoute() {
    this._defaultRoute = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultRouteInput() {
    return this._defaultRoute;
  }

  // hostname - computed: true, optional: false, required: true
  private _hostname?: string; 
  public get hostname() {
    return this.getStringAttribute('hostname');
  }
  public set hostname(value: string) {
    this._hostname = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hostnameInput() {
    return this._hostname;
  }

  // mac - computed: true, optional: false, required: true
  private _mac?: string; 
  public get mac() {
    return this.getStringAttribute('mac');
  }
  public set mac(value: string) {
    this._mac = value;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
  }
}

export class DhcpReservationsList extends cdktf.ComplexList {
  public internalValue? : DhcpReservations[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DhcpReservationsOutputReference {
    return new DhcpReservationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DhcpTimeouts {
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#create Dhcp#create}
  */
  readonly create?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs.
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#delete Dhcp#delete}
  */
  readonly delete?: string;
  /**
  * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
  *
  * Docs at Terraform Registry: {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#update Dhcp#update}
  */
  readonly update?: string;
}

export function dhcpTimeoutsToTerraform(struct?: DhcpTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function dhcpTimeoutsToHclTerraform(struct?: DhcpTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DhcpTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): DhcpTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DhcpTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp hyperlab_dhcp}
*/
export class Dhcp extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hyperlab_dhcp";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Dhcp resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Dhcp to import
  * @param importFromId The id of the existing Dhcp that should be imported. Refer to the {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Dhcp to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hyperlab_dhcp", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://local/providers/hyperlab/hyperlab/0.1.0/docs/resources/dhcp hyperlab_dhcp} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DhcpConfig
  */
  public constructor(scope: Construct, id: string, config: DhcpConfig) {
    super(scope, id, {
      terraformResourceType: 'hyperlab_dhcp',
      terraformGeneratorMetadata: {
        providerName: 'hyperlab',
        providerVersion: '0.1.0',
        providerVersionConstraint: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._bridge = config.bridge;
    this._dns = config.dns;
    this._dnsUpstream = config.dnsUpstream;
    this._domain = config.domain;
    this._domainSearch = config.domainSearch;
    this._inputRules = config.inputRules;
    this._ipv6Mode = config.ipv6Mode;
    this._ipv6Nameservers = config.ipv6Nameservers;
    this._ipv6Prefix = config.ipv6Prefix;
    this._leaseSeconds = config.leaseSeconds;
    this._mark = config.mark;
    this._nameservers = config.nameservers;
    this._netns = config.netns;
    this._rangeEnd = config.rangeEnd;
    this._rangeStart = config.rangeStart;
    this._reservations.internalValue = config.reservations;
    this._router = config.router;
    this._running = config.running;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // bridge - computed: false, optional: false, required: true
  private _bridge?: string; 
  public get bridge() {
    return this.getStringAttribute('bridge');
  }
  public set bridge(value: string) {
    this._bridge = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bridgeInput() {
    return this._bridge;
  }

  // dns - computed: true, optional: true, required: false
  private _dns?: boolean | cdktf.IResolvable; 
  public get dns() {
    return this.getBooleanAttribute('dns');
  }
  public set dns(value: boolean | cdktf.IResolvable) {
    this._dns = value;
  }
  public resetDns() {
    this._dns = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsInput() {
    return this._dns;
  }

  // dns_upstream - computed: true, optional: true, required: false
  private _dnsUpstream?: string[]; 
  public get dnsUpstream() {
    return this.getListAttribute('dns_upstream');
  }
  public set dnsUpstream(value: string[]) {
    this._dnsUpstream = value;
  }
  public resetDnsUpstream() {
    this._dnsUpstream = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsUpstreamInput() {
    return this._dnsUpstream;
  }

  // domain - computed: false, optional: true, required: false
  private _domain?: string; 
  public get domain() {
    return this.getStringAttribute('domain');
  }
  public set domain(value: string) {
    this._domain = value;
  }
  public resetDomain() {
    this._domain = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainInput() {
    return this._domain;
  }

  // domain_search - computed: true, optional: true, required: false
  private _domainSearch?: string[]; 
  public get domainSearch() {
    return this.getListAttribute('domain_search');
  }
  public set domainSearch(value: string[]) {
    this._domainSearch = value;
  }
  public resetDomainSearch() {
    this._domainSearch = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainSearchInput() {
    return this._domainSearch;
  }

  // found_mark - computed: true, optional: false, required: false
  public get foundMark() {
    return this.getStringAttribute('found_mark');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // input_rules - computed: true, optional: true, required: false
  private _inputRules?: boolean | cdktf.IResolvable; 
  public get inputRules() {
    return this.getBooleanAttribute('input_rules');
  }
  public set inputRules(value: boolean | cdktf.IResolvable) {
    this._inputRules = value;
  }
  public resetInputRules() {
    this._inputRules = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get inputRulesInput() {
    return this._inputRules;
  }

  // ipv6_mode - computed: false, optional: true, required: false
  private _ipv6Mode?: string; 
  public get ipv6Mode() {
    return this.getStringAttribute('ipv6_mode');
  }
  public set ipv6Mode(value: string) {
    this._ipv6Mode = value;
  }
  public resetIpv6Mode() {
    this._ipv6Mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6ModeInput() {
    return this._ipv6Mode;
  }

  // ipv6_nameservers - computed: false, optional: true, required: false
  private _ipv6Nameservers?: string[]; 
  public get ipv6Nameservers() {
    return this.getListAttribute('ipv6_nameservers');
  }
  public set ipv6Nameservers(value: string[]) {
    this._ipv6Nameservers = value;
  }
  public resetIpv6Nameservers() {
    this._ipv6Nameservers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6NameserversInput() {
    return this._ipv6Nameservers;
  }

  // ipv6_prefix - computed: false, optional: true, required: false
  private _ipv6Prefix?: string; 
  public get ipv6Prefix() {
    return this.getStringAttribute('ipv6_prefix');
  }
  public set ipv6Prefix(value: string) {
    this._ipv6Prefix = value;
  }
  public resetIpv6Prefix() {
    this._ipv6Prefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6PrefixInput() {
    return this._ipv6Prefix;
  }

  // lease_file - computed: true, optional: false, required: false
  public get leaseFile() {
    return this.getStringAttribute('lease_file');
  }

  // lease_seconds - computed: true, optional: true, required: false
  private _leaseSeconds?: number; 
  public get leaseSeconds() {
    return this.getNumberAttribute('lease_seconds');
  }
  public set leaseSeconds(value: number) {
    this._leaseSeconds = value;
  }
  public resetLeaseSeconds() {
    this._leaseSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get leaseSecondsInput() {
    return this._leaseSeconds;
  }

  // leases - computed: true, optional: false, required: false
  private _leases = new DhcpLeasesList(this, "leases", false);
  public get leases() {
    return this._leases;
  }

  // mark - computed: false, optional: false, required: true
  private _mark?: string; 
  public get mark() {
    return this.getStringAttribute('mark');
  }
  public set mark(value: string) {
    this._mark = value;
  }
  // Temporarily expose input value. Use with caution.
  public get markInput() {
    return this._mark;
  }

  // nameservers - computed: true, optional: true, required: false
  private _nameservers?: string[]; 
  public get nameservers() {
    return this.getListAttribute('nameservers');
  }
  public set nameservers(value: string[]) {
    this._nameservers = value;
  }
  public resetNameservers() {
    this._nameservers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameserversInput() {
    return this._nameservers;
  }

  // netns - computed: true, optional: true, required: false
  private _netns?: string; 
  public get netns() {
    return this.getStringAttribute('netns');
  }
  public set netns(value: string) {
    this._netns = value;
  }
  public resetNetns() {
    this._netns = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netnsInput() {
    return this._netns;
  }

  // range_end - computed: false, optional: false, required: true
  private _rangeEnd?: string; 
  public get rangeEnd() {
    return this.getStringAttribute('range_end');
  }
  public set rangeEnd(value: string) {
    this._rangeEnd = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rangeEndInput() {
    return this._rangeEnd;
  }

  // range_start - computed: false, optional: false, required: true
  private _rangeStart?: string; 
  public get rangeStart() {
    return this.getStringAttribute('range_start');
  }
  public set rangeStart(value: string) {
    this._rangeStart = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rangeStartInput() {
    return this._rangeStart;
  }

  // reservations - computed: true, optional: true, required: false
  private _reservations = new DhcpReservationsList(this, "reservations", true);
  public get reservations() {
    return this._reservations;
  }
  public putReservations(value: DhcpReservations[] | cdktf.IResolvable) {
    this._reservations.internalValue = value;
  }
  public resetReservations() {
    this._reservations.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reservationsInput() {
    return this._reservations.internalValue;
  }

  // router - computed: false, optional: false, required: true
  private _router?: string; 
  public get router() {
    return this.getStringAttribute('router');
  }
  public set router(value: string) {
    this._router = value;
  }
  // Temporarily expose input value. Use with caution.
  public get routerInput() {
    return this._router;
  }

  // running - computed: true, optional: true, required: false
  private _running?: boolean | cdktf.IResolvable; 
  public get running() {
    return this.getBooleanAttribute('running');
  }
  public set running(value: boolean | cdktf.IResolvable) {
    this._running = value;
  }
  public resetRunning() {
    this._running = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runningInput() {
    return this._running;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new DhcpTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: DhcpTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      bridge: cdktf.stringToTerraform(this._bridge),
      dns: cdktf.booleanToTerraform(this._dns),
      dns_upstream: cdktf.listMapper(cdktf.stringToTerraform, false)(this._dnsUpstream),
      domain: cdktf.stringToTerraform(this._domain),
      domain_search: cdktf.listMapper(cdktf.stringToTerraform, false)(this._domainSearch),
      input_rules: cdktf.booleanToTerraform(this._inputRules),
      ipv6_mode: cdktf.stringToTerraform(this._ipv6Mode),
      ipv6_nameservers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._ipv6Nameservers),
      ipv6_prefix: cdktf.stringToTerraform(this._ipv6Prefix),
      lease_seconds: cdktf.numberToTerraform(this._leaseSeconds),
      mark: cdktf.stringToTerraform(this._mark),
      nameservers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nameservers),
      netns: cdktf.stringToTerraform(this._netns),
      range_end: cdktf.stringToTerraform(this._rangeEnd),
      range_start: cdktf.stringToTerraform(this._rangeStart),
      reservations: cdktf.listMapper(dhcpReservationsToTerraform, false)(this._reservations.internalValue),
      router: cdktf.stringToTerraform(this._router),
      running: cdktf.booleanToTerraform(this._running),
      timeouts: dhcpTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      bridge: {
        value: cdktf.stringToHclTerraform(this._bridge),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dns: {
        value: cdktf.booleanToHclTerraform(this._dns),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      dns_upstream: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._dnsUpstream),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      domain: {
        value: cdktf.stringToHclTerraform(this._domain),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      domain_search: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._domainSearch),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      input_rules: {
        value: cdktf.booleanToHclTerraform(this._inputRules),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ipv6_mode: {
        value: cdktf.stringToHclTerraform(this._ipv6Mode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipv6_nameservers: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._ipv6Nameservers),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      ipv6_prefix: {
        value: cdktf.stringToHclTerraform(this._ipv6Prefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      lease_seconds: {
        value: cdktf.numberToHclTerraform(this._leaseSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      mark: {
        value: cdktf.stringToHclTerraform(this._mark),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nameservers: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._nameservers),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      netns: {
        value: cdktf.stringToHclTerraform(this._netns),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      range_end: {
        value: cdktf.stringToHclTerraform(this._rangeEnd),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      range_start: {
        value: cdktf.stringToHclTerraform(this._rangeStart),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      reservations: {
        value: cdktf.listMapperHcl(dhcpReservationsToHclTerraform, false)(this._reservations.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "DhcpReservationsList",
      },
      router: {
        value: cdktf.stringToHclTerraform(this._router),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      running: {
        value: cdktf.booleanToHclTerraform(this._running),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      timeouts: {
        value: dhcpTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "DhcpTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
