import * as cdktf from 'cdktf';
import { LxcGuestNetworksNet0,
lxcGuestNetworksNet0ToTerraform,
lxcGuestNetworksNet0ToHclTerraform,
LxcGuestNetworksNet0OutputReference,
LxcGuestNetworksNet1,
lxcGuestNetworksNet1ToTerraform,
lxcGuestNetworksNet1ToHclTerraform,
LxcGuestNetworksNet1OutputReference,
LxcGuestNetworksNet10,
lxcGuestNetworksNet10ToTerraform,
lxcGuestNetworksNet10ToHclTerraform,
LxcGuestNetworksNet10OutputReference,
LxcGuestNetworksNet11,
lxcGuestNetworksNet11ToTerraform,
lxcGuestNetworksNet11ToHclTerraform,
LxcGuestNetworksNet11OutputReference,
LxcGuestNetworksNet12,
lxcGuestNetworksNet12ToTerraform,
lxcGuestNetworksNet12ToHclTerraform,
LxcGuestNetworksNet12OutputReference,
LxcGuestNetworksNet13,
lxcGuestNetworksNet13ToTerraform,
lxcGuestNetworksNet13ToHclTerraform,
LxcGuestNetworksNet13OutputReference,
LxcGuestNetworksNet14,
lxcGuestNetworksNet14ToTerraform,
lxcGuestNetworksNet14ToHclTerraform,
LxcGuestNetworksNet14OutputReference } from './structs2000'
export interface LxcGuestNetworksNet15Ipv4 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
}

export function lxcGuestNetworksNet15Ipv4ToTerraform(struct?: LxcGuestNetworksNet15Ipv4OutputReference | LxcGuestNetworksNet15Ipv4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
  }
}


export function lxcGuestNetworksNet15Ipv4ToHclTerraform(struct?: LxcGuestNetworksNet15Ipv4OutputReference | LxcGuestNetworksNet15Ipv4): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet15Ipv4OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet15Ipv4 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet15Ipv4 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }
}
export interface LxcGuestNetworksNet15Ipv6 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#slaac LxcGuest#slaac}
  */
  readonly slaac?: boolean | cdktf.IResolvable;
}

export function lxcGuestNetworksNet15Ipv6ToTerraform(struct?: LxcGuestNetworksNet15Ipv6OutputReference | LxcGuestNetworksNet15Ipv6): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
    slaac: cdktf.booleanToTerraform(struct!.slaac),
  }
}


export function lxcGuestNetworksNet15Ipv6ToHclTerraform(struct?: LxcGuestNetworksNet15Ipv6OutputReference | LxcGuestNetworksNet15Ipv6): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    slaac: {
      value: cdktf.booleanToHclTerraform(struct!.slaac),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet15Ipv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet15Ipv6 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    if (this._slaac !== undefined) {
      hasAnyValues = true;
      internalValueResult.slaac = this._slaac;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet15Ipv6 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
      this._slaac = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
      this._slaac = value.slaac;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }

  // slaac - computed: false, optional: true, required: false
  private _slaac?: boolean | cdktf.IResolvable; 
  public get slaac() {
    return this.getBooleanAttribute('slaac');
  }
  public set slaac(value: boolean | cdktf.IResolvable) {
    this._slaac = value;
  }
  public resetSlaac() {
    this._slaac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slaacInput() {
    return this._slaac;
  }
}
export interface LxcGuestNetworksNet15 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#bridge LxcGuest#bridge}
  */
  readonly bridge: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#connected LxcGuest#connected}
  */
  readonly connected?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#firewall LxcGuest#firewall}
  */
  readonly firewall?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mac LxcGuest#mac}
  */
  readonly mac?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mtu LxcGuest#mtu}
  */
  readonly mtu?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#name LxcGuest#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#rate_limit LxcGuest#rate_limit}
  */
  readonly rateLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#vlan_native LxcGuest#vlan_native}
  */
  readonly vlanNative?: number;
  /**
  * ipv4 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv4 LxcGuest#ipv4}
  */
  readonly ipv4?: LxcGuestNetworksNet15Ipv4;
  /**
  * ipv6 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv6 LxcGuest#ipv6}
  */
  readonly ipv6?: LxcGuestNetworksNet15Ipv6;
}

export function lxcGuestNetworksNet15ToTerraform(struct?: LxcGuestNetworksNet15OutputReference | LxcGuestNetworksNet15): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bridge: cdktf.stringToTerraform(struct!.bridge),
    connected: cdktf.booleanToTerraform(struct!.connected),
    firewall: cdktf.booleanToTerraform(struct!.firewall),
    mac: cdktf.stringToTerraform(struct!.mac),
    mtu: cdktf.numberToTerraform(struct!.mtu),
    name: cdktf.stringToTerraform(struct!.name),
    rate_limit: cdktf.numberToTerraform(struct!.rateLimit),
    vlan_native: cdktf.numberToTerraform(struct!.vlanNative),
    ipv4: lxcGuestNetworksNet15Ipv4ToTerraform(struct!.ipv4),
    ipv6: lxcGuestNetworksNet15Ipv6ToTerraform(struct!.ipv6),
  }
}


export function lxcGuestNetworksNet15ToHclTerraform(struct?: LxcGuestNetworksNet15OutputReference | LxcGuestNetworksNet15): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bridge: {
      value: cdktf.stringToHclTerraform(struct!.bridge),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    connected: {
      value: cdktf.booleanToHclTerraform(struct!.connected),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    firewall: {
      value: cdktf.booleanToHclTerraform(struct!.firewall),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mac: {
      value: cdktf.stringToHclTerraform(struct!.mac),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mtu: {
      value: cdktf.numberToHclTerraform(struct!.mtu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rate_limit: {
      value: cdktf.numberToHclTerraform(struct!.rateLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vlan_native: {
      value: cdktf.numberToHclTerraform(struct!.vlanNative),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ipv4: {
      value: lxcGuestNetworksNet15Ipv4ToHclTerraform(struct!.ipv4),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet15Ipv4List",
    },
    ipv6: {
      value: lxcGuestNetworksNet15Ipv6ToHclTerraform(struct!.ipv6),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet15Ipv6List",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet15OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet15 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bridge !== undefined) {
      hasAnyValues = true;
      internalValueResult.bridge = this._bridge;
    }
    if (this._connected !== undefined) {
      hasAnyValues = true;
      internalValueResult.connected = this._connected;
    }
    if (this._firewall !== undefined) {
      hasAnyValues = true;
      internalValueResult.firewall = this._firewall;
    }
    if (this._mac !== undefined) {
      hasAnyValues = true;
      internalValueResult.mac = this._mac;
    }
    if (this._mtu !== undefined) {
      hasAnyValues = true;
      internalValueResult.mtu = this._mtu;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._rateLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.rateLimit = this._rateLimit;
    }
    if (this._vlanNative !== undefined) {
      hasAnyValues = true;
      internalValueResult.vlanNative = this._vlanNative;
    }
    if (this._ipv4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv4 = this._ipv4?.internalValue;
    }
    if (this._ipv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6 = this._ipv6?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet15 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._bridge = undefined;
      this._connected = undefined;
      this._firewall = undefined;
      this._mac = undefined;
      this._mtu = undefined;
      this._name = undefined;
      this._rateLimit = undefined;
      this._vlanNative = undefined;
      this._ipv4.internalValue = undefined;
      this._ipv6.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._bridge = value.bridge;
      this._connected = value.connected;
      this._firewall = value.firewall;
      this._mac = value.mac;
      this._mtu = value.mtu;
      this._name = value.name;
      this._rateLimit = value.rateLimit;
      this._vlanNative = value.vlanNative;
      this._ipv4.internalValue = value.ipv4;
      this._ipv6.internalValue = value.ipv6;
    }
  }

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

  // connected - computed: false, optional: true, required: false
  private _connected?: boolean | cdktf.IResolvable; 
  public get connected() {
    return this.getBooleanAttribute('connected');
  }
  public set connected(value: boolean | cdktf.IResolvable) {
    this._connected = value;
  }
  public resetConnected() {
    this._connected = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectedInput() {
    return this._connected;
  }

  // firewall - computed: false, optional: true, required: false
  private _firewall?: boolean | cdktf.IResolvable; 
  public get firewall() {
    return this.getBooleanAttribute('firewall');
  }
  public set firewall(value: boolean | cdktf.IResolvable) {
    this._firewall = value;
  }
  public resetFirewall() {
    this._firewall = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firewallInput() {
    return this._firewall;
  }

  // mac - computed: true, optional: true, required: false
  private _mac?: string; 
  public get mac() {
    return this.getStringAttribute('mac');
  }
  public set mac(value: string) {
    this._mac = value;
  }
  public resetMac() {
    this._mac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
  }

  // mtu - computed: false, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // rate_limit - computed: false, optional: true, required: false
  private _rateLimit?: number; 
  public get rateLimit() {
    return this.getNumberAttribute('rate_limit');
  }
  public set rateLimit(value: number) {
    this._rateLimit = value;
  }
  public resetRateLimit() {
    this._rateLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateLimitInput() {
    return this._rateLimit;
  }

  // vlan_native - computed: false, optional: true, required: false
  private _vlanNative?: number; 
  public get vlanNative() {
    return this.getNumberAttribute('vlan_native');
  }
  public set vlanNative(value: number) {
    this._vlanNative = value;
  }
  public resetVlanNative() {
    this._vlanNative = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanNativeInput() {
    return this._vlanNative;
  }

  // ipv4 - computed: false, optional: true, required: false
  private _ipv4 = new LxcGuestNetworksNet15Ipv4OutputReference(this, "ipv4");
  public get ipv4() {
    return this._ipv4;
  }
  public putIpv4(value: LxcGuestNetworksNet15Ipv4) {
    this._ipv4.internalValue = value;
  }
  public resetIpv4() {
    this._ipv4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4Input() {
    return this._ipv4.internalValue;
  }

  // ipv6 - computed: false, optional: true, required: false
  private _ipv6 = new LxcGuestNetworksNet15Ipv6OutputReference(this, "ipv6");
  public get ipv6() {
    return this._ipv6;
  }
  public putIpv6(value: LxcGuestNetworksNet15Ipv6) {
    this._ipv6.internalValue = value;
  }
  public resetIpv6() {
    this._ipv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6Input() {
    return this._ipv6.internalValue;
  }
}
export interface LxcGuestNetworksNet2Ipv4 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
}

export function lxcGuestNetworksNet2Ipv4ToTerraform(struct?: LxcGuestNetworksNet2Ipv4OutputReference | LxcGuestNetworksNet2Ipv4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
  }
}


export function lxcGuestNetworksNet2Ipv4ToHclTerraform(struct?: LxcGuestNetworksNet2Ipv4OutputReference | LxcGuestNetworksNet2Ipv4): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet2Ipv4OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet2Ipv4 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet2Ipv4 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }
}
export interface LxcGuestNetworksNet2Ipv6 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#slaac LxcGuest#slaac}
  */
  readonly slaac?: boolean | cdktf.IResolvable;
}

export function lxcGuestNetworksNet2Ipv6ToTerraform(struct?: LxcGuestNetworksNet2Ipv6OutputReference | LxcGuestNetworksNet2Ipv6): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
    slaac: cdktf.booleanToTerraform(struct!.slaac),
  }
}


export function lxcGuestNetworksNet2Ipv6ToHclTerraform(struct?: LxcGuestNetworksNet2Ipv6OutputReference | LxcGuestNetworksNet2Ipv6): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    slaac: {
      value: cdktf.booleanToHclTerraform(struct!.slaac),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet2Ipv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet2Ipv6 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    if (this._slaac !== undefined) {
      hasAnyValues = true;
      internalValueResult.slaac = this._slaac;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet2Ipv6 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
      this._slaac = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
      this._slaac = value.slaac;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }

  // slaac - computed: false, optional: true, required: false
  private _slaac?: boolean | cdktf.IResolvable; 
  public get slaac() {
    return this.getBooleanAttribute('slaac');
  }
  public set slaac(value: boolean | cdktf.IResolvable) {
    this._slaac = value;
  }
  public resetSlaac() {
    this._slaac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slaacInput() {
    return this._slaac;
  }
}
export interface LxcGuestNetworksNet2 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#bridge LxcGuest#bridge}
  */
  readonly bridge: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#connected LxcGuest#connected}
  */
  readonly connected?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#firewall LxcGuest#firewall}
  */
  readonly firewall?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mac LxcGuest#mac}
  */
  readonly mac?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mtu LxcGuest#mtu}
  */
  readonly mtu?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#name LxcGuest#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#rate_limit LxcGuest#rate_limit}
  */
  readonly rateLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#vlan_native LxcGuest#vlan_native}
  */
  readonly vlanNative?: number;
  /**
  * ipv4 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv4 LxcGuest#ipv4}
  */
  readonly ipv4?: LxcGuestNetworksNet2Ipv4;
  /**
  * ipv6 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv6 LxcGuest#ipv6}
  */
  readonly ipv6?: LxcGuestNetworksNet2Ipv6;
}

export function lxcGuestNetworksNet2ToTerraform(struct?: LxcGuestNetworksNet2OutputReference | LxcGuestNetworksNet2): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bridge: cdktf.stringToTerraform(struct!.bridge),
    connected: cdktf.booleanToTerraform(struct!.connected),
    firewall: cdktf.booleanToTerraform(struct!.firewall),
    mac: cdktf.stringToTerraform(struct!.mac),
    mtu: cdktf.numberToTerraform(struct!.mtu),
    name: cdktf.stringToTerraform(struct!.name),
    rate_limit: cdktf.numberToTerraform(struct!.rateLimit),
    vlan_native: cdktf.numberToTerraform(struct!.vlanNative),
    ipv4: lxcGuestNetworksNet2Ipv4ToTerraform(struct!.ipv4),
    ipv6: lxcGuestNetworksNet2Ipv6ToTerraform(struct!.ipv6),
  }
}


export function lxcGuestNetworksNet2ToHclTerraform(struct?: LxcGuestNetworksNet2OutputReference | LxcGuestNetworksNet2): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bridge: {
      value: cdktf.stringToHclTerraform(struct!.bridge),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    connected: {
      value: cdktf.booleanToHclTerraform(struct!.connected),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    firewall: {
      value: cdktf.booleanToHclTerraform(struct!.firewall),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mac: {
      value: cdktf.stringToHclTerraform(struct!.mac),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mtu: {
      value: cdktf.numberToHclTerraform(struct!.mtu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rate_limit: {
      value: cdktf.numberToHclTerraform(struct!.rateLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vlan_native: {
      value: cdktf.numberToHclTerraform(struct!.vlanNative),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ipv4: {
      value: lxcGuestNetworksNet2Ipv4ToHclTerraform(struct!.ipv4),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet2Ipv4List",
    },
    ipv6: {
      value: lxcGuestNetworksNet2Ipv6ToHclTerraform(struct!.ipv6),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet2Ipv6List",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet2OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet2 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bridge !== undefined) {
      hasAnyValues = true;
      internalValueResult.bridge = this._bridge;
    }
    if (this._connected !== undefined) {
      hasAnyValues = true;
      internalValueResult.connected = this._connected;
    }
    if (this._firewall !== undefined) {
      hasAnyValues = true;
      internalValueResult.firewall = this._firewall;
    }
    if (this._mac !== undefined) {
      hasAnyValues = true;
      internalValueResult.mac = this._mac;
    }
    if (this._mtu !== undefined) {
      hasAnyValues = true;
      internalValueResult.mtu = this._mtu;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._rateLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.rateLimit = this._rateLimit;
    }
    if (this._vlanNative !== undefined) {
      hasAnyValues = true;
      internalValueResult.vlanNative = this._vlanNative;
    }
    if (this._ipv4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv4 = this._ipv4?.internalValue;
    }
    if (this._ipv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6 = this._ipv6?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet2 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._bridge = undefined;
      this._connected = undefined;
      this._firewall = undefined;
      this._mac = undefined;
      this._mtu = undefined;
      this._name = undefined;
      this._rateLimit = undefined;
      this._vlanNative = undefined;
      this._ipv4.internalValue = undefined;
      this._ipv6.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._bridge = value.bridge;
      this._connected = value.connected;
      this._firewall = value.firewall;
      this._mac = value.mac;
      this._mtu = value.mtu;
      this._name = value.name;
      this._rateLimit = value.rateLimit;
      this._vlanNative = value.vlanNative;
      this._ipv4.internalValue = value.ipv4;
      this._ipv6.internalValue = value.ipv6;
    }
  }

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

  // connected - computed: false, optional: true, required: false
  private _connected?: boolean | cdktf.IResolvable; 
  public get connected() {
    return this.getBooleanAttribute('connected');
  }
  public set connected(value: boolean | cdktf.IResolvable) {
    this._connected = value;
  }
  public resetConnected() {
    this._connected = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectedInput() {
    return this._connected;
  }

  // firewall - computed: false, optional: true, required: false
  private _firewall?: boolean | cdktf.IResolvable; 
  public get firewall() {
    return this.getBooleanAttribute('firewall');
  }
  public set firewall(value: boolean | cdktf.IResolvable) {
    this._firewall = value;
  }
  public resetFirewall() {
    this._firewall = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firewallInput() {
    return this._firewall;
  }

  // mac - computed: true, optional: true, required: false
  private _mac?: string; 
  public get mac() {
    return this.getStringAttribute('mac');
  }
  public set mac(value: string) {
    this._mac = value;
  }
  public resetMac() {
    this._mac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
  }

  // mtu - computed: false, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // rate_limit - computed: false, optional: true, required: false
  private _rateLimit?: number; 
  public get rateLimit() {
    return this.getNumberAttribute('rate_limit');
  }
  public set rateLimit(value: number) {
    this._rateLimit = value;
  }
  public resetRateLimit() {
    this._rateLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateLimitInput() {
    return this._rateLimit;
  }

  // vlan_native - computed: false, optional: true, required: false
  private _vlanNative?: number; 
  public get vlanNative() {
    return this.getNumberAttribute('vlan_native');
  }
  public set vlanNative(value: number) {
    this._vlanNative = value;
  }
  public resetVlanNative() {
    this._vlanNative = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanNativeInput() {
    return this._vlanNative;
  }

  // ipv4 - computed: false, optional: true, required: false
  private _ipv4 = new LxcGuestNetworksNet2Ipv4OutputReference(this, "ipv4");
  public get ipv4() {
    return this._ipv4;
  }
  public putIpv4(value: LxcGuestNetworksNet2Ipv4) {
    this._ipv4.internalValue = value;
  }
  public resetIpv4() {
    this._ipv4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4Input() {
    return this._ipv4.internalValue;
  }

  // ipv6 - computed: false, optional: true, required: false
  private _ipv6 = new LxcGuestNetworksNet2Ipv6OutputReference(this, "ipv6");
  public get ipv6() {
    return this._ipv6;
  }
  public putIpv6(value: LxcGuestNetworksNet2Ipv6) {
    this._ipv6.internalValue = value;
  }
  public resetIpv6() {
    this._ipv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6Input() {
    return this._ipv6.internalValue;
  }
}
export interface LxcGuestNetworksNet3Ipv4 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
}

export function lxcGuestNetworksNet3Ipv4ToTerraform(struct?: LxcGuestNetworksNet3Ipv4OutputReference | LxcGuestNetworksNet3Ipv4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
  }
}


export function lxcGuestNetworksNet3Ipv4ToHclTerraform(struct?: LxcGuestNetworksNet3Ipv4OutputReference | LxcGuestNetworksNet3Ipv4): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet3Ipv4OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet3Ipv4 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet3Ipv4 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }
}
export interface LxcGuestNetworksNet3Ipv6 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#slaac LxcGuest#slaac}
  */
  readonly slaac?: boolean | cdktf.IResolvable;
}

export function lxcGuestNetworksNet3Ipv6ToTerraform(struct?: LxcGuestNetworksNet3Ipv6OutputReference | LxcGuestNetworksNet3Ipv6): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
    slaac: cdktf.booleanToTerraform(struct!.slaac),
  }
}


export function lxcGuestNetworksNet3Ipv6ToHclTerraform(struct?: LxcGuestNetworksNet3Ipv6OutputReference | LxcGuestNetworksNet3Ipv6): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    slaac: {
      value: cdktf.booleanToHclTerraform(struct!.slaac),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet3Ipv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet3Ipv6 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    if (this._slaac !== undefined) {
      hasAnyValues = true;
      internalValueResult.slaac = this._slaac;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet3Ipv6 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
      this._slaac = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
      this._slaac = value.slaac;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }

  // slaac - computed: false, optional: true, required: false
  private _slaac?: boolean | cdktf.IResolvable; 
  public get slaac() {
    return this.getBooleanAttribute('slaac');
  }
  public set slaac(value: boolean | cdktf.IResolvable) {
    this._slaac = value;
  }
  public resetSlaac() {
    this._slaac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slaacInput() {
    return this._slaac;
  }
}
export interface LxcGuestNetworksNet3 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#bridge LxcGuest#bridge}
  */
  readonly bridge: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#connected LxcGuest#connected}
  */
  readonly connected?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#firewall LxcGuest#firewall}
  */
  readonly firewall?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mac LxcGuest#mac}
  */
  readonly mac?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mtu LxcGuest#mtu}
  */
  readonly mtu?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#name LxcGuest#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#rate_limit LxcGuest#rate_limit}
  */
  readonly rateLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#vlan_native LxcGuest#vlan_native}
  */
  readonly vlanNative?: number;
  /**
  * ipv4 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv4 LxcGuest#ipv4}
  */
  readonly ipv4?: LxcGuestNetworksNet3Ipv4;
  /**
  * ipv6 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv6 LxcGuest#ipv6}
  */
  readonly ipv6?: LxcGuestNetworksNet3Ipv6;
}

export function lxcGuestNetworksNet3ToTerraform(struct?: LxcGuestNetworksNet3OutputReference | LxcGuestNetworksNet3): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bridge: cdktf.stringToTerraform(struct!.bridge),
    connected: cdktf.booleanToTerraform(struct!.connected),
    firewall: cdktf.booleanToTerraform(struct!.firewall),
    mac: cdktf.stringToTerraform(struct!.mac),
    mtu: cdktf.numberToTerraform(struct!.mtu),
    name: cdktf.stringToTerraform(struct!.name),
    rate_limit: cdktf.numberToTerraform(struct!.rateLimit),
    vlan_native: cdktf.numberToTerraform(struct!.vlanNative),
    ipv4: lxcGuestNetworksNet3Ipv4ToTerraform(struct!.ipv4),
    ipv6: lxcGuestNetworksNet3Ipv6ToTerraform(struct!.ipv6),
  }
}


export function lxcGuestNetworksNet3ToHclTerraform(struct?: LxcGuestNetworksNet3OutputReference | LxcGuestNetworksNet3): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bridge: {
      value: cdktf.stringToHclTerraform(struct!.bridge),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    connected: {
      value: cdktf.booleanToHclTerraform(struct!.connected),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    firewall: {
      value: cdktf.booleanToHclTerraform(struct!.firewall),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mac: {
      value: cdktf.stringToHclTerraform(struct!.mac),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mtu: {
      value: cdktf.numberToHclTerraform(struct!.mtu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rate_limit: {
      value: cdktf.numberToHclTerraform(struct!.rateLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vlan_native: {
      value: cdktf.numberToHclTerraform(struct!.vlanNative),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ipv4: {
      value: lxcGuestNetworksNet3Ipv4ToHclTerraform(struct!.ipv4),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet3Ipv4List",
    },
    ipv6: {
      value: lxcGuestNetworksNet3Ipv6ToHclTerraform(struct!.ipv6),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet3Ipv6List",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet3OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet3 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bridge !== undefined) {
      hasAnyValues = true;
      internalValueResult.bridge = this._bridge;
    }
    if (this._connected !== undefined) {
      hasAnyValues = true;
      internalValueResult.connected = this._connected;
    }
    if (this._firewall !== undefined) {
      hasAnyValues = true;
      internalValueResult.firewall = this._firewall;
    }
    if (this._mac !== undefined) {
      hasAnyValues = true;
      internalValueResult.mac = this._mac;
    }
    if (this._mtu !== undefined) {
      hasAnyValues = true;
      internalValueResult.mtu = this._mtu;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._rateLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.rateLimit = this._rateLimit;
    }
    if (this._vlanNative !== undefined) {
      hasAnyValues = true;
      internalValueResult.vlanNative = this._vlanNative;
    }
    if (this._ipv4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv4 = this._ipv4?.internalValue;
    }
    if (this._ipv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6 = this._ipv6?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet3 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._bridge = undefined;
      this._connected = undefined;
      this._firewall = undefined;
      this._mac = undefined;
      this._mtu = undefined;
      this._name = undefined;
      this._rateLimit = undefined;
      this._vlanNative = undefined;
      this._ipv4.internalValue = undefined;
      this._ipv6.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._bridge = value.bridge;
      this._connected = value.connected;
      this._firewall = value.firewall;
      this._mac = value.mac;
      this._mtu = value.mtu;
      this._name = value.name;
      this._rateLimit = value.rateLimit;
      this._vlanNative = value.vlanNative;
      this._ipv4.internalValue = value.ipv4;
      this._ipv6.internalValue = value.ipv6;
    }
  }

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

  // connected - computed: false, optional: true, required: false
  private _connected?: boolean | cdktf.IResolvable; 
  public get connected() {
    return this.getBooleanAttribute('connected');
  }
  public set connected(value: boolean | cdktf.IResolvable) {
    this._connected = value;
  }
  public resetConnected() {
    this._connected = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectedInput() {
    return this._connected;
  }

  // firewall - computed: false, optional: true, required: false
  private _firewall?: boolean | cdktf.IResolvable; 
  public get firewall() {
    return this.getBooleanAttribute('firewall');
  }
  public set firewall(value: boolean | cdktf.IResolvable) {
    this._firewall = value;
  }
  public resetFirewall() {
    this._firewall = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firewallInput() {
    return this._firewall;
  }

  // mac - computed: true, optional: true, required: false
  private _mac?: string; 
  public get mac() {
    return this.getStringAttribute('mac');
  }
  public set mac(value: string) {
    this._mac = value;
  }
  public resetMac() {
    this._mac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
  }

  // mtu - computed: false, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // rate_limit - computed: false, optional: true, required: false
  private _rateLimit?: number; 
  public get rateLimit() {
    return this.getNumberAttribute('rate_limit');
  }
  public set rateLimit(value: number) {
    this._rateLimit = value;
  }
  public resetRateLimit() {
    this._rateLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateLimitInput() {
    return this._rateLimit;
  }

  // vlan_native - computed: false, optional: true, required: false
  private _vlanNative?: number; 
  public get vlanNative() {
    return this.getNumberAttribute('vlan_native');
  }
  public set vlanNative(value: number) {
    this._vlanNative = value;
  }
  public resetVlanNative() {
    this._vlanNative = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanNativeInput() {
    return this._vlanNative;
  }

  // ipv4 - computed: false, optional: true, required: false
  private _ipv4 = new LxcGuestNetworksNet3Ipv4OutputReference(this, "ipv4");
  public get ipv4() {
    return this._ipv4;
  }
  public putIpv4(value: LxcGuestNetworksNet3Ipv4) {
    this._ipv4.internalValue = value;
  }
  public resetIpv4() {
    this._ipv4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4Input() {
    return this._ipv4.internalValue;
  }

  // ipv6 - computed: false, optional: true, required: false
  private _ipv6 = new LxcGuestNetworksNet3Ipv6OutputReference(this, "ipv6");
  public get ipv6() {
    return this._ipv6;
  }
  public putIpv6(value: LxcGuestNetworksNet3Ipv6) {
    this._ipv6.internalValue = value;
  }
  public resetIpv6() {
    this._ipv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6Input() {
    return this._ipv6.internalValue;
  }
}
export interface LxcGuestNetworksNet4Ipv4 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
}

export function lxcGuestNetworksNet4Ipv4ToTerraform(struct?: LxcGuestNetworksNet4Ipv4OutputReference | LxcGuestNetworksNet4Ipv4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
  }
}


export function lxcGuestNetworksNet4Ipv4ToHclTerraform(struct?: LxcGuestNetworksNet4Ipv4OutputReference | LxcGuestNetworksNet4Ipv4): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet4Ipv4OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet4Ipv4 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet4Ipv4 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }
}
export interface LxcGuestNetworksNet4Ipv6 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#slaac LxcGuest#slaac}
  */
  readonly slaac?: boolean | cdktf.IResolvable;
}

export function lxcGuestNetworksNet4Ipv6ToTerraform(struct?: LxcGuestNetworksNet4Ipv6OutputReference | LxcGuestNetworksNet4Ipv6): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
    slaac: cdktf.booleanToTerraform(struct!.slaac),
  }
}


export function lxcGuestNetworksNet4Ipv6ToHclTerraform(struct?: LxcGuestNetworksNet4Ipv6OutputReference | LxcGuestNetworksNet4Ipv6): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    slaac: {
      value: cdktf.booleanToHclTerraform(struct!.slaac),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet4Ipv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet4Ipv6 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    if (this._slaac !== undefined) {
      hasAnyValues = true;
      internalValueResult.slaac = this._slaac;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet4Ipv6 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
      this._slaac = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
      this._slaac = value.slaac;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }

  // slaac - computed: false, optional: true, required: false
  private _slaac?: boolean | cdktf.IResolvable; 
  public get slaac() {
    return this.getBooleanAttribute('slaac');
  }
  public set slaac(value: boolean | cdktf.IResolvable) {
    this._slaac = value;
  }
  public resetSlaac() {
    this._slaac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slaacInput() {
    return this._slaac;
  }
}
export interface LxcGuestNetworksNet4 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#bridge LxcGuest#bridge}
  */
  readonly bridge: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#connected LxcGuest#connected}
  */
  readonly connected?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#firewall LxcGuest#firewall}
  */
  readonly firewall?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mac LxcGuest#mac}
  */
  readonly mac?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mtu LxcGuest#mtu}
  */
  readonly mtu?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#name LxcGuest#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#rate_limit LxcGuest#rate_limit}
  */
  readonly rateLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#vlan_native LxcGuest#vlan_native}
  */
  readonly vlanNative?: number;
  /**
  * ipv4 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv4 LxcGuest#ipv4}
  */
  readonly ipv4?: LxcGuestNetworksNet4Ipv4;
  /**
  * ipv6 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv6 LxcGuest#ipv6}
  */
  readonly ipv6?: LxcGuestNetworksNet4Ipv6;
}

export function lxcGuestNetworksNet4ToTerraform(struct?: LxcGuestNetworksNet4OutputReference | LxcGuestNetworksNet4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bridge: cdktf.stringToTerraform(struct!.bridge),
    connected: cdktf.booleanToTerraform(struct!.connected),
    firewall: cdktf.booleanToTerraform(struct!.firewall),
    mac: cdktf.stringToTerraform(struct!.mac),
    mtu: cdktf.numberToTerraform(struct!.mtu),
    name: cdktf.stringToTerraform(struct!.name),
    rate_limit: cdktf.numberToTerraform(struct!.rateLimit),
    vlan_native: cdktf.numberToTerraform(struct!.vlanNative),
    ipv4: lxcGuestNetworksNet4Ipv4ToTerraform(struct!.ipv4),
    ipv6: lxcGuestNetworksNet4Ipv6ToTerraform(struct!.ipv6),
  }
}


export function lxcGuestNetworksNet4ToHclTerraform(struct?: LxcGuestNetworksNet4OutputReference | LxcGuestNetworksNet4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bridge: {
      value: cdktf.stringToHclTerraform(struct!.bridge),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    connected: {
      value: cdktf.booleanToHclTerraform(struct!.connected),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    firewall: {
      value: cdktf.booleanToHclTerraform(struct!.firewall),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mac: {
      value: cdktf.stringToHclTerraform(struct!.mac),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mtu: {
      value: cdktf.numberToHclTerraform(struct!.mtu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rate_limit: {
      value: cdktf.numberToHclTerraform(struct!.rateLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vlan_native: {
      value: cdktf.numberToHclTerraform(struct!.vlanNative),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ipv4: {
      value: lxcGuestNetworksNet4Ipv4ToHclTerraform(struct!.ipv4),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet4Ipv4List",
    },
    ipv6: {
      value: lxcGuestNetworksNet4Ipv6ToHclTerraform(struct!.ipv6),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet4Ipv6List",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet4OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet4 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bridge !== undefined) {
      hasAnyValues = true;
      internalValueResult.bridge = this._bridge;
    }
    if (this._connected !== undefined) {
      hasAnyValues = true;
      internalValueResult.connected = this._connected;
    }
    if (this._firewall !== undefined) {
      hasAnyValues = true;
      internalValueResult.firewall = this._firewall;
    }
    if (this._mac !== undefined) {
      hasAnyValues = true;
      internalValueResult.mac = this._mac;
    }
    if (this._mtu !== undefined) {
      hasAnyValues = true;
      internalValueResult.mtu = this._mtu;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._rateLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.rateLimit = this._rateLimit;
    }
    if (this._vlanNative !== undefined) {
      hasAnyValues = true;
      internalValueResult.vlanNative = this._vlanNative;
    }
    if (this._ipv4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv4 = this._ipv4?.internalValue;
    }
    if (this._ipv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6 = this._ipv6?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet4 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._bridge = undefined;
      this._connected = undefined;
      this._firewall = undefined;
      this._mac = undefined;
      this._mtu = undefined;
      this._name = undefined;
      this._rateLimit = undefined;
      this._vlanNative = undefined;
      this._ipv4.internalValue = undefined;
      this._ipv6.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._bridge = value.bridge;
      this._connected = value.connected;
      this._firewall = value.firewall;
      this._mac = value.mac;
      this._mtu = value.mtu;
      this._name = value.name;
      this._rateLimit = value.rateLimit;
      this._vlanNative = value.vlanNative;
      this._ipv4.internalValue = value.ipv4;
      this._ipv6.internalValue = value.ipv6;
    }
  }

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

  // connected - computed: false, optional: true, required: false
  private _connected?: boolean | cdktf.IResolvable; 
  public get connected() {
    return this.getBooleanAttribute('connected');
  }
  public set connected(value: boolean | cdktf.IResolvable) {
    this._connected = value;
  }
  public resetConnected() {
    this._connected = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectedInput() {
    return this._connected;
  }

  // firewall - computed: false, optional: true, required: false
  private _firewall?: boolean | cdktf.IResolvable; 
  public get firewall() {
    return this.getBooleanAttribute('firewall');
  }
  public set firewall(value: boolean | cdktf.IResolvable) {
    this._firewall = value;
  }
  public resetFirewall() {
    this._firewall = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firewallInput() {
    return this._firewall;
  }

  // mac - computed: true, optional: true, required: false
  private _mac?: string; 
  public get mac() {
    return this.getStringAttribute('mac');
  }
  public set mac(value: string) {
    this._mac = value;
  }
  public resetMac() {
    this._mac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
  }

  // mtu - computed: false, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // rate_limit - computed: false, optional: true, required: false
  private _rateLimit?: number; 
  public get rateLimit() {
    return this.getNumberAttribute('rate_limit');
  }
  public set rateLimit(value: number) {
    this._rateLimit = value;
  }
  public resetRateLimit() {
    this._rateLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateLimitInput() {
    return this._rateLimit;
  }

  // vlan_native - computed: false, optional: true, required: false
  private _vlanNative?: number; 
  public get vlanNative() {
    return this.getNumberAttribute('vlan_native');
  }
  public set vlanNative(value: number) {
    this._vlanNative = value;
  }
  public resetVlanNative() {
    this._vlanNative = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanNativeInput() {
    return this._vlanNative;
  }

  // ipv4 - computed: false, optional: true, required: false
  private _ipv4 = new LxcGuestNetworksNet4Ipv4OutputReference(this, "ipv4");
  public get ipv4() {
    return this._ipv4;
  }
  public putIpv4(value: LxcGuestNetworksNet4Ipv4) {
    this._ipv4.internalValue = value;
  }
  public resetIpv4() {
    this._ipv4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4Input() {
    return this._ipv4.internalValue;
  }

  // ipv6 - computed: false, optional: true, required: false
  private _ipv6 = new LxcGuestNetworksNet4Ipv6OutputReference(this, "ipv6");
  public get ipv6() {
    return this._ipv6;
  }
  public putIpv6(value: LxcGuestNetworksNet4Ipv6) {
    this._ipv6.internalValue = value;
  }
  public resetIpv6() {
    this._ipv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6Input() {
    return this._ipv6.internalValue;
  }
}
export interface LxcGuestNetworksNet5Ipv4 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
}

export function lxcGuestNetworksNet5Ipv4ToTerraform(struct?: LxcGuestNetworksNet5Ipv4OutputReference | LxcGuestNetworksNet5Ipv4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
  }
}


export function lxcGuestNetworksNet5Ipv4ToHclTerraform(struct?: LxcGuestNetworksNet5Ipv4OutputReference | LxcGuestNetworksNet5Ipv4): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet5Ipv4OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet5Ipv4 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet5Ipv4 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }
}
export interface LxcGuestNetworksNet5Ipv6 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#slaac LxcGuest#slaac}
  */
  readonly slaac?: boolean | cdktf.IResolvable;
}

export function lxcGuestNetworksNet5Ipv6ToTerraform(struct?: LxcGuestNetworksNet5Ipv6OutputReference | LxcGuestNetworksNet5Ipv6): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
    slaac: cdktf.booleanToTerraform(struct!.slaac),
  }
}


export function lxcGuestNetworksNet5Ipv6ToHclTerraform(struct?: LxcGuestNetworksNet5Ipv6OutputReference | LxcGuestNetworksNet5Ipv6): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    slaac: {
      value: cdktf.booleanToHclTerraform(struct!.slaac),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet5Ipv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet5Ipv6 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    if (this._slaac !== undefined) {
      hasAnyValues = true;
      internalValueResult.slaac = this._slaac;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet5Ipv6 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
      this._slaac = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
      this._slaac = value.slaac;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }

  // slaac - computed: false, optional: true, required: false
  private _slaac?: boolean | cdktf.IResolvable; 
  public get slaac() {
    return this.getBooleanAttribute('slaac');
  }
  public set slaac(value: boolean | cdktf.IResolvable) {
    this._slaac = value;
  }
  public resetSlaac() {
    this._slaac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slaacInput() {
    return this._slaac;
  }
}
export interface LxcGuestNetworksNet5 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#bridge LxcGuest#bridge}
  */
  readonly bridge: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#connected LxcGuest#connected}
  */
  readonly connected?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#firewall LxcGuest#firewall}
  */
  readonly firewall?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mac LxcGuest#mac}
  */
  readonly mac?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mtu LxcGuest#mtu}
  */
  readonly mtu?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#name LxcGuest#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#rate_limit LxcGuest#rate_limit}
  */
  readonly rateLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#vlan_native LxcGuest#vlan_native}
  */
  readonly vlanNative?: number;
  /**
  * ipv4 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv4 LxcGuest#ipv4}
  */
  readonly ipv4?: LxcGuestNetworksNet5Ipv4;
  /**
  * ipv6 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv6 LxcGuest#ipv6}
  */
  readonly ipv6?: LxcGuestNetworksNet5Ipv6;
}

export function lxcGuestNetworksNet5ToTerraform(struct?: LxcGuestNetworksNet5OutputReference | LxcGuestNetworksNet5): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bridge: cdktf.stringToTerraform(struct!.bridge),
    connected: cdktf.booleanToTerraform(struct!.connected),
    firewall: cdktf.booleanToTerraform(struct!.firewall),
    mac: cdktf.stringToTerraform(struct!.mac),
    mtu: cdktf.numberToTerraform(struct!.mtu),
    name: cdktf.stringToTerraform(struct!.name),
    rate_limit: cdktf.numberToTerraform(struct!.rateLimit),
    vlan_native: cdktf.numberToTerraform(struct!.vlanNative),
    ipv4: lxcGuestNetworksNet5Ipv4ToTerraform(struct!.ipv4),
    ipv6: lxcGuestNetworksNet5Ipv6ToTerraform(struct!.ipv6),
  }
}


export function lxcGuestNetworksNet5ToHclTerraform(struct?: LxcGuestNetworksNet5OutputReference | LxcGuestNetworksNet5): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bridge: {
      value: cdktf.stringToHclTerraform(struct!.bridge),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    connected: {
      value: cdktf.booleanToHclTerraform(struct!.connected),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    firewall: {
      value: cdktf.booleanToHclTerraform(struct!.firewall),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mac: {
      value: cdktf.stringToHclTerraform(struct!.mac),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mtu: {
      value: cdktf.numberToHclTerraform(struct!.mtu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rate_limit: {
      value: cdktf.numberToHclTerraform(struct!.rateLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vlan_native: {
      value: cdktf.numberToHclTerraform(struct!.vlanNative),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ipv4: {
      value: lxcGuestNetworksNet5Ipv4ToHclTerraform(struct!.ipv4),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet5Ipv4List",
    },
    ipv6: {
      value: lxcGuestNetworksNet5Ipv6ToHclTerraform(struct!.ipv6),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet5Ipv6List",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet5OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet5 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bridge !== undefined) {
      hasAnyValues = true;
      internalValueResult.bridge = this._bridge;
    }
    if (this._connected !== undefined) {
      hasAnyValues = true;
      internalValueResult.connected = this._connected;
    }
    if (this._firewall !== undefined) {
      hasAnyValues = true;
      internalValueResult.firewall = this._firewall;
    }
    if (this._mac !== undefined) {
      hasAnyValues = true;
      internalValueResult.mac = this._mac;
    }
    if (this._mtu !== undefined) {
      hasAnyValues = true;
      internalValueResult.mtu = this._mtu;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._rateLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.rateLimit = this._rateLimit;
    }
    if (this._vlanNative !== undefined) {
      hasAnyValues = true;
      internalValueResult.vlanNative = this._vlanNative;
    }
    if (this._ipv4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv4 = this._ipv4?.internalValue;
    }
    if (this._ipv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6 = this._ipv6?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet5 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._bridge = undefined;
      this._connected = undefined;
      this._firewall = undefined;
      this._mac = undefined;
      this._mtu = undefined;
      this._name = undefined;
      this._rateLimit = undefined;
      this._vlanNative = undefined;
      this._ipv4.internalValue = undefined;
      this._ipv6.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._bridge = value.bridge;
      this._connected = value.connected;
      this._firewall = value.firewall;
      this._mac = value.mac;
      this._mtu = value.mtu;
      this._name = value.name;
      this._rateLimit = value.rateLimit;
      this._vlanNative = value.vlanNative;
      this._ipv4.internalValue = value.ipv4;
      this._ipv6.internalValue = value.ipv6;
    }
  }

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

  // connected - computed: false, optional: true, required: false
  private _connected?: boolean | cdktf.IResolvable; 
  public get connected() {
    return this.getBooleanAttribute('connected');
  }
  public set connected(value: boolean | cdktf.IResolvable) {
    this._connected = value;
  }
  public resetConnected() {
    this._connected = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectedInput() {
    return this._connected;
  }

  // firewall - computed: false, optional: true, required: false
  private _firewall?: boolean | cdktf.IResolvable; 
  public get firewall() {
    return this.getBooleanAttribute('firewall');
  }
  public set firewall(value: boolean | cdktf.IResolvable) {
    this._firewall = value;
  }
  public resetFirewall() {
    this._firewall = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firewallInput() {
    return this._firewall;
  }

  // mac - computed: true, optional: true, required: false
  private _mac?: string; 
  public get mac() {
    return this.getStringAttribute('mac');
  }
  public set mac(value: string) {
    this._mac = value;
  }
  public resetMac() {
    this._mac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
  }

  // mtu - computed: false, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // rate_limit - computed: false, optional: true, required: false
  private _rateLimit?: number; 
  public get rateLimit() {
    return this.getNumberAttribute('rate_limit');
  }
  public set rateLimit(value: number) {
    this._rateLimit = value;
  }
  public resetRateLimit() {
    this._rateLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateLimitInput() {
    return this._rateLimit;
  }

  // vlan_native - computed: false, optional: true, required: false
  private _vlanNative?: number; 
  public get vlanNative() {
    return this.getNumberAttribute('vlan_native');
  }
  public set vlanNative(value: number) {
    this._vlanNative = value;
  }
  public resetVlanNative() {
    this._vlanNative = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanNativeInput() {
    return this._vlanNative;
  }

  // ipv4 - computed: false, optional: true, required: false
  private _ipv4 = new LxcGuestNetworksNet5Ipv4OutputReference(this, "ipv4");
  public get ipv4() {
    return this._ipv4;
  }
  public putIpv4(value: LxcGuestNetworksNet5Ipv4) {
    this._ipv4.internalValue = value;
  }
  public resetIpv4() {
    this._ipv4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4Input() {
    return this._ipv4.internalValue;
  }

  // ipv6 - computed: false, optional: true, required: false
  private _ipv6 = new LxcGuestNetworksNet5Ipv6OutputReference(this, "ipv6");
  public get ipv6() {
    return this._ipv6;
  }
  public putIpv6(value: LxcGuestNetworksNet5Ipv6) {
    this._ipv6.internalValue = value;
  }
  public resetIpv6() {
    this._ipv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6Input() {
    return this._ipv6.internalValue;
  }
}
export interface LxcGuestNetworksNet6Ipv4 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
}

export function lxcGuestNetworksNet6Ipv4ToTerraform(struct?: LxcGuestNetworksNet6Ipv4OutputReference | LxcGuestNetworksNet6Ipv4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
  }
}


export function lxcGuestNetworksNet6Ipv4ToHclTerraform(struct?: LxcGuestNetworksNet6Ipv4OutputReference | LxcGuestNetworksNet6Ipv4): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet6Ipv4OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet6Ipv4 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet6Ipv4 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }
}
export interface LxcGuestNetworksNet6Ipv6 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#slaac LxcGuest#slaac}
  */
  readonly slaac?: boolean | cdktf.IResolvable;
}

export function lxcGuestNetworksNet6Ipv6ToTerraform(struct?: LxcGuestNetworksNet6Ipv6OutputReference | LxcGuestNetworksNet6Ipv6): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
    slaac: cdktf.booleanToTerraform(struct!.slaac),
  }
}


export function lxcGuestNetworksNet6Ipv6ToHclTerraform(struct?: LxcGuestNetworksNet6Ipv6OutputReference | LxcGuestNetworksNet6Ipv6): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    slaac: {
      value: cdktf.booleanToHclTerraform(struct!.slaac),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet6Ipv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet6Ipv6 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    if (this._slaac !== undefined) {
      hasAnyValues = true;
      internalValueResult.slaac = this._slaac;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet6Ipv6 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
      this._slaac = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
      this._slaac = value.slaac;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }

  // slaac - computed: false, optional: true, required: false
  private _slaac?: boolean | cdktf.IResolvable; 
  public get slaac() {
    return this.getBooleanAttribute('slaac');
  }
  public set slaac(value: boolean | cdktf.IResolvable) {
    this._slaac = value;
  }
  public resetSlaac() {
    this._slaac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slaacInput() {
    return this._slaac;
  }
}
export interface LxcGuestNetworksNet6 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#bridge LxcGuest#bridge}
  */
  readonly bridge: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#connected LxcGuest#connected}
  */
  readonly connected?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#firewall LxcGuest#firewall}
  */
  readonly firewall?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mac LxcGuest#mac}
  */
  readonly mac?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mtu LxcGuest#mtu}
  */
  readonly mtu?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#name LxcGuest#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#rate_limit LxcGuest#rate_limit}
  */
  readonly rateLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#vlan_native LxcGuest#vlan_native}
  */
  readonly vlanNative?: number;
  /**
  * ipv4 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv4 LxcGuest#ipv4}
  */
  readonly ipv4?: LxcGuestNetworksNet6Ipv4;
  /**
  * ipv6 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv6 LxcGuest#ipv6}
  */
  readonly ipv6?: LxcGuestNetworksNet6Ipv6;
}

export function lxcGuestNetworksNet6ToTerraform(struct?: LxcGuestNetworksNet6OutputReference | LxcGuestNetworksNet6): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bridge: cdktf.stringToTerraform(struct!.bridge),
    connected: cdktf.booleanToTerraform(struct!.connected),
    firewall: cdktf.booleanToTerraform(struct!.firewall),
    mac: cdktf.stringToTerraform(struct!.mac),
    mtu: cdktf.numberToTerraform(struct!.mtu),
    name: cdktf.stringToTerraform(struct!.name),
    rate_limit: cdktf.numberToTerraform(struct!.rateLimit),
    vlan_native: cdktf.numberToTerraform(struct!.vlanNative),
    ipv4: lxcGuestNetworksNet6Ipv4ToTerraform(struct!.ipv4),
    ipv6: lxcGuestNetworksNet6Ipv6ToTerraform(struct!.ipv6),
  }
}


export function lxcGuestNetworksNet6ToHclTerraform(struct?: LxcGuestNetworksNet6OutputReference | LxcGuestNetworksNet6): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bridge: {
      value: cdktf.stringToHclTerraform(struct!.bridge),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    connected: {
      value: cdktf.booleanToHclTerraform(struct!.connected),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    firewall: {
      value: cdktf.booleanToHclTerraform(struct!.firewall),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mac: {
      value: cdktf.stringToHclTerraform(struct!.mac),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mtu: {
      value: cdktf.numberToHclTerraform(struct!.mtu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rate_limit: {
      value: cdktf.numberToHclTerraform(struct!.rateLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vlan_native: {
      value: cdktf.numberToHclTerraform(struct!.vlanNative),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ipv4: {
      value: lxcGuestNetworksNet6Ipv4ToHclTerraform(struct!.ipv4),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet6Ipv4List",
    },
    ipv6: {
      value: lxcGuestNetworksNet6Ipv6ToHclTerraform(struct!.ipv6),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet6Ipv6List",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet6 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bridge !== undefined) {
      hasAnyValues = true;
      internalValueResult.bridge = this._bridge;
    }
    if (this._connected !== undefined) {
      hasAnyValues = true;
      internalValueResult.connected = this._connected;
    }
    if (this._firewall !== undefined) {
      hasAnyValues = true;
      internalValueResult.firewall = this._firewall;
    }
    if (this._mac !== undefined) {
      hasAnyValues = true;
      internalValueResult.mac = this._mac;
    }
    if (this._mtu !== undefined) {
      hasAnyValues = true;
      internalValueResult.mtu = this._mtu;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._rateLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.rateLimit = this._rateLimit;
    }
    if (this._vlanNative !== undefined) {
      hasAnyValues = true;
      internalValueResult.vlanNative = this._vlanNative;
    }
    if (this._ipv4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv4 = this._ipv4?.internalValue;
    }
    if (this._ipv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6 = this._ipv6?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet6 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._bridge = undefined;
      this._connected = undefined;
      this._firewall = undefined;
      this._mac = undefined;
      this._mtu = undefined;
      this._name = undefined;
      this._rateLimit = undefined;
      this._vlanNative = undefined;
      this._ipv4.internalValue = undefined;
      this._ipv6.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._bridge = value.bridge;
      this._connected = value.connected;
      this._firewall = value.firewall;
      this._mac = value.mac;
      this._mtu = value.mtu;
      this._name = value.name;
      this._rateLimit = value.rateLimit;
      this._vlanNative = value.vlanNative;
      this._ipv4.internalValue = value.ipv4;
      this._ipv6.internalValue = value.ipv6;
    }
  }

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

  // connected - computed: false, optional: true, required: false
  private _connected?: boolean | cdktf.IResolvable; 
  public get connected() {
    return this.getBooleanAttribute('connected');
  }
  public set connected(value: boolean | cdktf.IResolvable) {
    this._connected = value;
  }
  public resetConnected() {
    this._connected = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectedInput() {
    return this._connected;
  }

  // firewall - computed: false, optional: true, required: false
  private _firewall?: boolean | cdktf.IResolvable; 
  public get firewall() {
    return this.getBooleanAttribute('firewall');
  }
  public set firewall(value: boolean | cdktf.IResolvable) {
    this._firewall = value;
  }
  public resetFirewall() {
    this._firewall = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firewallInput() {
    return this._firewall;
  }

  // mac - computed: true, optional: true, required: false
  private _mac?: string; 
  public get mac() {
    return this.getStringAttribute('mac');
  }
  public set mac(value: string) {
    this._mac = value;
  }
  public resetMac() {
    this._mac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
  }

  // mtu - computed: false, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // rate_limit - computed: false, optional: true, required: false
  private _rateLimit?: number; 
  public get rateLimit() {
    return this.getNumberAttribute('rate_limit');
  }
  public set rateLimit(value: number) {
    this._rateLimit = value;
  }
  public resetRateLimit() {
    this._rateLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateLimitInput() {
    return this._rateLimit;
  }

  // vlan_native - computed: false, optional: true, required: false
  private _vlanNative?: number; 
  public get vlanNative() {
    return this.getNumberAttribute('vlan_native');
  }
  public set vlanNative(value: number) {
    this._vlanNative = value;
  }
  public resetVlanNative() {
    this._vlanNative = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanNativeInput() {
    return this._vlanNative;
  }

  // ipv4 - computed: false, optional: true, required: false
  private _ipv4 = new LxcGuestNetworksNet6Ipv4OutputReference(this, "ipv4");
  public get ipv4() {
    return this._ipv4;
  }
  public putIpv4(value: LxcGuestNetworksNet6Ipv4) {
    this._ipv4.internalValue = value;
  }
  public resetIpv4() {
    this._ipv4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4Input() {
    return this._ipv4.internalValue;
  }

  // ipv6 - computed: false, optional: true, required: false
  private _ipv6 = new LxcGuestNetworksNet6Ipv6OutputReference(this, "ipv6");
  public get ipv6() {
    return this._ipv6;
  }
  public putIpv6(value: LxcGuestNetworksNet6Ipv6) {
    this._ipv6.internalValue = value;
  }
  public resetIpv6() {
    this._ipv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6Input() {
    return this._ipv6.internalValue;
  }
}
export interface LxcGuestNetworksNet7Ipv4 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
}

export function lxcGuestNetworksNet7Ipv4ToTerraform(struct?: LxcGuestNetworksNet7Ipv4OutputReference | LxcGuestNetworksNet7Ipv4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
  }
}


export function lxcGuestNetworksNet7Ipv4ToHclTerraform(struct?: LxcGuestNetworksNet7Ipv4OutputReference | LxcGuestNetworksNet7Ipv4): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet7Ipv4OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet7Ipv4 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet7Ipv4 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }
}
export interface LxcGuestNetworksNet7Ipv6 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#slaac LxcGuest#slaac}
  */
  readonly slaac?: boolean | cdktf.IResolvable;
}

export function lxcGuestNetworksNet7Ipv6ToTerraform(struct?: LxcGuestNetworksNet7Ipv6OutputReference | LxcGuestNetworksNet7Ipv6): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
    slaac: cdktf.booleanToTerraform(struct!.slaac),
  }
}


export function lxcGuestNetworksNet7Ipv6ToHclTerraform(struct?: LxcGuestNetworksNet7Ipv6OutputReference | LxcGuestNetworksNet7Ipv6): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    slaac: {
      value: cdktf.booleanToHclTerraform(struct!.slaac),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet7Ipv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet7Ipv6 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    if (this._slaac !== undefined) {
      hasAnyValues = true;
      internalValueResult.slaac = this._slaac;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet7Ipv6 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
      this._slaac = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
      this._slaac = value.slaac;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }

  // slaac - computed: false, optional: true, required: false
  private _slaac?: boolean | cdktf.IResolvable; 
  public get slaac() {
    return this.getBooleanAttribute('slaac');
  }
  public set slaac(value: boolean | cdktf.IResolvable) {
    this._slaac = value;
  }
  public resetSlaac() {
    this._slaac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slaacInput() {
    return this._slaac;
  }
}
export interface LxcGuestNetworksNet7 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#bridge LxcGuest#bridge}
  */
  readonly bridge: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#connected LxcGuest#connected}
  */
  readonly connected?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#firewall LxcGuest#firewall}
  */
  readonly firewall?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mac LxcGuest#mac}
  */
  readonly mac?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mtu LxcGuest#mtu}
  */
  readonly mtu?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#name LxcGuest#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#rate_limit LxcGuest#rate_limit}
  */
  readonly rateLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#vlan_native LxcGuest#vlan_native}
  */
  readonly vlanNative?: number;
  /**
  * ipv4 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv4 LxcGuest#ipv4}
  */
  readonly ipv4?: LxcGuestNetworksNet7Ipv4;
  /**
  * ipv6 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv6 LxcGuest#ipv6}
  */
  readonly ipv6?: LxcGuestNetworksNet7Ipv6;
}

export function lxcGuestNetworksNet7ToTerraform(struct?: LxcGuestNetworksNet7OutputReference | LxcGuestNetworksNet7): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bridge: cdktf.stringToTerraform(struct!.bridge),
    connected: cdktf.booleanToTerraform(struct!.connected),
    firewall: cdktf.booleanToTerraform(struct!.firewall),
    mac: cdktf.stringToTerraform(struct!.mac),
    mtu: cdktf.numberToTerraform(struct!.mtu),
    name: cdktf.stringToTerraform(struct!.name),
    rate_limit: cdktf.numberToTerraform(struct!.rateLimit),
    vlan_native: cdktf.numberToTerraform(struct!.vlanNative),
    ipv4: lxcGuestNetworksNet7Ipv4ToTerraform(struct!.ipv4),
    ipv6: lxcGuestNetworksNet7Ipv6ToTerraform(struct!.ipv6),
  }
}


export function lxcGuestNetworksNet7ToHclTerraform(struct?: LxcGuestNetworksNet7OutputReference | LxcGuestNetworksNet7): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bridge: {
      value: cdktf.stringToHclTerraform(struct!.bridge),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    connected: {
      value: cdktf.booleanToHclTerraform(struct!.connected),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    firewall: {
      value: cdktf.booleanToHclTerraform(struct!.firewall),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mac: {
      value: cdktf.stringToHclTerraform(struct!.mac),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mtu: {
      value: cdktf.numberToHclTerraform(struct!.mtu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rate_limit: {
      value: cdktf.numberToHclTerraform(struct!.rateLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vlan_native: {
      value: cdktf.numberToHclTerraform(struct!.vlanNative),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ipv4: {
      value: lxcGuestNetworksNet7Ipv4ToHclTerraform(struct!.ipv4),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet7Ipv4List",
    },
    ipv6: {
      value: lxcGuestNetworksNet7Ipv6ToHclTerraform(struct!.ipv6),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet7Ipv6List",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet7OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet7 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bridge !== undefined) {
      hasAnyValues = true;
      internalValueResult.bridge = this._bridge;
    }
    if (this._connected !== undefined) {
      hasAnyValues = true;
      internalValueResult.connected = this._connected;
    }
    if (this._firewall !== undefined) {
      hasAnyValues = true;
      internalValueResult.firewall = this._firewall;
    }
    if (this._mac !== undefined) {
      hasAnyValues = true;
      internalValueResult.mac = this._mac;
    }
    if (this._mtu !== undefined) {
      hasAnyValues = true;
      internalValueResult.mtu = this._mtu;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._rateLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.rateLimit = this._rateLimit;
    }
    if (this._vlanNative !== undefined) {
      hasAnyValues = true;
      internalValueResult.vlanNative = this._vlanNative;
    }
    if (this._ipv4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv4 = this._ipv4?.internalValue;
    }
    if (this._ipv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6 = this._ipv6?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet7 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._bridge = undefined;
      this._connected = undefined;
      this._firewall = undefined;
      this._mac = undefined;
      this._mtu = undefined;
      this._name = undefined;
      this._rateLimit = undefined;
      this._vlanNative = undefined;
      this._ipv4.internalValue = undefined;
      this._ipv6.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._bridge = value.bridge;
      this._connected = value.connected;
      this._firewall = value.firewall;
      this._mac = value.mac;
      this._mtu = value.mtu;
      this._name = value.name;
      this._rateLimit = value.rateLimit;
      this._vlanNative = value.vlanNative;
      this._ipv4.internalValue = value.ipv4;
      this._ipv6.internalValue = value.ipv6;
    }
  }

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

  // connected - computed: false, optional: true, required: false
  private _connected?: boolean | cdktf.IResolvable; 
  public get connected() {
    return this.getBooleanAttribute('connected');
  }
  public set connected(value: boolean | cdktf.IResolvable) {
    this._connected = value;
  }
  public resetConnected() {
    this._connected = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectedInput() {
    return this._connected;
  }

  // firewall - computed: false, optional: true, required: false
  private _firewall?: boolean | cdktf.IResolvable; 
  public get firewall() {
    return this.getBooleanAttribute('firewall');
  }
  public set firewall(value: boolean | cdktf.IResolvable) {
    this._firewall = value;
  }
  public resetFirewall() {
    this._firewall = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firewallInput() {
    return this._firewall;
  }

  // mac - computed: true, optional: true, required: false
  private _mac?: string; 
  public get mac() {
    return this.getStringAttribute('mac');
  }
  public set mac(value: string) {
    this._mac = value;
  }
  public resetMac() {
    this._mac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
  }

  // mtu - computed: false, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // rate_limit - computed: false, optional: true, required: false
  private _rateLimit?: number; 
  public get rateLimit() {
    return this.getNumberAttribute('rate_limit');
  }
  public set rateLimit(value: number) {
    this._rateLimit = value;
  }
  public resetRateLimit() {
    this._rateLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateLimitInput() {
    return this._rateLimit;
  }

  // vlan_native - computed: false, optional: true, required: false
  private _vlanNative?: number; 
  public get vlanNative() {
    return this.getNumberAttribute('vlan_native');
  }
  public set vlanNative(value: number) {
    this._vlanNative = value;
  }
  public resetVlanNative() {
    this._vlanNative = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanNativeInput() {
    return this._vlanNative;
  }

  // ipv4 - computed: false, optional: true, required: false
  private _ipv4 = new LxcGuestNetworksNet7Ipv4OutputReference(this, "ipv4");
  public get ipv4() {
    return this._ipv4;
  }
  public putIpv4(value: LxcGuestNetworksNet7Ipv4) {
    this._ipv4.internalValue = value;
  }
  public resetIpv4() {
    this._ipv4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4Input() {
    return this._ipv4.internalValue;
  }

  // ipv6 - computed: false, optional: true, required: false
  private _ipv6 = new LxcGuestNetworksNet7Ipv6OutputReference(this, "ipv6");
  public get ipv6() {
    return this._ipv6;
  }
  public putIpv6(value: LxcGuestNetworksNet7Ipv6) {
    this._ipv6.internalValue = value;
  }
  public resetIpv6() {
    this._ipv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6Input() {
    return this._ipv6.internalValue;
  }
}
export interface LxcGuestNetworksNet8Ipv4 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
}

export function lxcGuestNetworksNet8Ipv4ToTerraform(struct?: LxcGuestNetworksNet8Ipv4OutputReference | LxcGuestNetworksNet8Ipv4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
  }
}


export function lxcGuestNetworksNet8Ipv4ToHclTerraform(struct?: LxcGuestNetworksNet8Ipv4OutputReference | LxcGuestNetworksNet8Ipv4): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet8Ipv4OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet8Ipv4 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet8Ipv4 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }
}
export interface LxcGuestNetworksNet8Ipv6 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#slaac LxcGuest#slaac}
  */
  readonly slaac?: boolean | cdktf.IResolvable;
}

export function lxcGuestNetworksNet8Ipv6ToTerraform(struct?: LxcGuestNetworksNet8Ipv6OutputReference | LxcGuestNetworksNet8Ipv6): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
    slaac: cdktf.booleanToTerraform(struct!.slaac),
  }
}


export function lxcGuestNetworksNet8Ipv6ToHclTerraform(struct?: LxcGuestNetworksNet8Ipv6OutputReference | LxcGuestNetworksNet8Ipv6): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    slaac: {
      value: cdktf.booleanToHclTerraform(struct!.slaac),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet8Ipv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet8Ipv6 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    if (this._slaac !== undefined) {
      hasAnyValues = true;
      internalValueResult.slaac = this._slaac;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet8Ipv6 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
      this._slaac = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
      this._slaac = value.slaac;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }

  // slaac - computed: false, optional: true, required: false
  private _slaac?: boolean | cdktf.IResolvable; 
  public get slaac() {
    return this.getBooleanAttribute('slaac');
  }
  public set slaac(value: boolean | cdktf.IResolvable) {
    this._slaac = value;
  }
  public resetSlaac() {
    this._slaac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slaacInput() {
    return this._slaac;
  }
}
export interface LxcGuestNetworksNet8 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#bridge LxcGuest#bridge}
  */
  readonly bridge: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#connected LxcGuest#connected}
  */
  readonly connected?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#firewall LxcGuest#firewall}
  */
  readonly firewall?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mac LxcGuest#mac}
  */
  readonly mac?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mtu LxcGuest#mtu}
  */
  readonly mtu?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#name LxcGuest#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#rate_limit LxcGuest#rate_limit}
  */
  readonly rateLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#vlan_native LxcGuest#vlan_native}
  */
  readonly vlanNative?: number;
  /**
  * ipv4 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv4 LxcGuest#ipv4}
  */
  readonly ipv4?: LxcGuestNetworksNet8Ipv4;
  /**
  * ipv6 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv6 LxcGuest#ipv6}
  */
  readonly ipv6?: LxcGuestNetworksNet8Ipv6;
}

export function lxcGuestNetworksNet8ToTerraform(struct?: LxcGuestNetworksNet8OutputReference | LxcGuestNetworksNet8): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bridge: cdktf.stringToTerraform(struct!.bridge),
    connected: cdktf.booleanToTerraform(struct!.connected),
    firewall: cdktf.booleanToTerraform(struct!.firewall),
    mac: cdktf.stringToTerraform(struct!.mac),
    mtu: cdktf.numberToTerraform(struct!.mtu),
    name: cdktf.stringToTerraform(struct!.name),
    rate_limit: cdktf.numberToTerraform(struct!.rateLimit),
    vlan_native: cdktf.numberToTerraform(struct!.vlanNative),
    ipv4: lxcGuestNetworksNet8Ipv4ToTerraform(struct!.ipv4),
    ipv6: lxcGuestNetworksNet8Ipv6ToTerraform(struct!.ipv6),
  }
}


export function lxcGuestNetworksNet8ToHclTerraform(struct?: LxcGuestNetworksNet8OutputReference | LxcGuestNetworksNet8): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bridge: {
      value: cdktf.stringToHclTerraform(struct!.bridge),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    connected: {
      value: cdktf.booleanToHclTerraform(struct!.connected),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    firewall: {
      value: cdktf.booleanToHclTerraform(struct!.firewall),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mac: {
      value: cdktf.stringToHclTerraform(struct!.mac),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mtu: {
      value: cdktf.numberToHclTerraform(struct!.mtu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rate_limit: {
      value: cdktf.numberToHclTerraform(struct!.rateLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vlan_native: {
      value: cdktf.numberToHclTerraform(struct!.vlanNative),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ipv4: {
      value: lxcGuestNetworksNet8Ipv4ToHclTerraform(struct!.ipv4),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet8Ipv4List",
    },
    ipv6: {
      value: lxcGuestNetworksNet8Ipv6ToHclTerraform(struct!.ipv6),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet8Ipv6List",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet8OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet8 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bridge !== undefined) {
      hasAnyValues = true;
      internalValueResult.bridge = this._bridge;
    }
    if (this._connected !== undefined) {
      hasAnyValues = true;
      internalValueResult.connected = this._connected;
    }
    if (this._firewall !== undefined) {
      hasAnyValues = true;
      internalValueResult.firewall = this._firewall;
    }
    if (this._mac !== undefined) {
      hasAnyValues = true;
      internalValueResult.mac = this._mac;
    }
    if (this._mtu !== undefined) {
      hasAnyValues = true;
      internalValueResult.mtu = this._mtu;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._rateLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.rateLimit = this._rateLimit;
    }
    if (this._vlanNative !== undefined) {
      hasAnyValues = true;
      internalValueResult.vlanNative = this._vlanNative;
    }
    if (this._ipv4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv4 = this._ipv4?.internalValue;
    }
    if (this._ipv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6 = this._ipv6?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet8 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._bridge = undefined;
      this._connected = undefined;
      this._firewall = undefined;
      this._mac = undefined;
      this._mtu = undefined;
      this._name = undefined;
      this._rateLimit = undefined;
      this._vlanNative = undefined;
      this._ipv4.internalValue = undefined;
      this._ipv6.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._bridge = value.bridge;
      this._connected = value.connected;
      this._firewall = value.firewall;
      this._mac = value.mac;
      this._mtu = value.mtu;
      this._name = value.name;
      this._rateLimit = value.rateLimit;
      this._vlanNative = value.vlanNative;
      this._ipv4.internalValue = value.ipv4;
      this._ipv6.internalValue = value.ipv6;
    }
  }

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

  // connected - computed: false, optional: true, required: false
  private _connected?: boolean | cdktf.IResolvable; 
  public get connected() {
    return this.getBooleanAttribute('connected');
  }
  public set connected(value: boolean | cdktf.IResolvable) {
    this._connected = value;
  }
  public resetConnected() {
    this._connected = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectedInput() {
    return this._connected;
  }

  // firewall - computed: false, optional: true, required: false
  private _firewall?: boolean | cdktf.IResolvable; 
  public get firewall() {
    return this.getBooleanAttribute('firewall');
  }
  public set firewall(value: boolean | cdktf.IResolvable) {
    this._firewall = value;
  }
  public resetFirewall() {
    this._firewall = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firewallInput() {
    return this._firewall;
  }

  // mac - computed: true, optional: true, required: false
  private _mac?: string; 
  public get mac() {
    return this.getStringAttribute('mac');
  }
  public set mac(value: string) {
    this._mac = value;
  }
  public resetMac() {
    this._mac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
  }

  // mtu - computed: false, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // rate_limit - computed: false, optional: true, required: false
  private _rateLimit?: number; 
  public get rateLimit() {
    return this.getNumberAttribute('rate_limit');
  }
  public set rateLimit(value: number) {
    this._rateLimit = value;
  }
  public resetRateLimit() {
    this._rateLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateLimitInput() {
    return this._rateLimit;
  }

  // vlan_native - computed: false, optional: true, required: false
  private _vlanNative?: number; 
  public get vlanNative() {
    return this.getNumberAttribute('vlan_native');
  }
  public set vlanNative(value: number) {
    this._vlanNative = value;
  }
  public resetVlanNative() {
    this._vlanNative = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanNativeInput() {
    return this._vlanNative;
  }

  // ipv4 - computed: false, optional: true, required: false
  private _ipv4 = new LxcGuestNetworksNet8Ipv4OutputReference(this, "ipv4");
  public get ipv4() {
    return this._ipv4;
  }
  public putIpv4(value: LxcGuestNetworksNet8Ipv4) {
    this._ipv4.internalValue = value;
  }
  public resetIpv4() {
    this._ipv4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4Input() {
    return this._ipv4.internalValue;
  }

  // ipv6 - computed: false, optional: true, required: false
  private _ipv6 = new LxcGuestNetworksNet8Ipv6OutputReference(this, "ipv6");
  public get ipv6() {
    return this._ipv6;
  }
  public putIpv6(value: LxcGuestNetworksNet8Ipv6) {
    this._ipv6.internalValue = value;
  }
  public resetIpv6() {
    this._ipv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6Input() {
    return this._ipv6.internalValue;
  }
}
export interface LxcGuestNetworksNet9Ipv4 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
}

export function lxcGuestNetworksNet9Ipv4ToTerraform(struct?: LxcGuestNetworksNet9Ipv4OutputReference | LxcGuestNetworksNet9Ipv4): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
  }
}


export function lxcGuestNetworksNet9Ipv4ToHclTerraform(struct?: LxcGuestNetworksNet9Ipv4OutputReference | LxcGuestNetworksNet9Ipv4): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet9Ipv4OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet9Ipv4 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet9Ipv4 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }
}
export interface LxcGuestNetworksNet9Ipv6 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#address LxcGuest#address}
  */
  readonly address?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#dhcp LxcGuest#dhcp}
  */
  readonly dhcp?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#gateway LxcGuest#gateway}
  */
  readonly gateway?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#slaac LxcGuest#slaac}
  */
  readonly slaac?: boolean | cdktf.IResolvable;
}

export function lxcGuestNetworksNet9Ipv6ToTerraform(struct?: LxcGuestNetworksNet9Ipv6OutputReference | LxcGuestNetworksNet9Ipv6): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    address: cdktf.stringToTerraform(struct!.address),
    dhcp: cdktf.booleanToTerraform(struct!.dhcp),
    gateway: cdktf.stringToTerraform(struct!.gateway),
    slaac: cdktf.booleanToTerraform(struct!.slaac),
  }
}


export function lxcGuestNetworksNet9Ipv6ToHclTerraform(struct?: LxcGuestNetworksNet9Ipv6OutputReference | LxcGuestNetworksNet9Ipv6): any {
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
    dhcp: {
      value: cdktf.booleanToHclTerraform(struct!.dhcp),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    gateway: {
      value: cdktf.stringToHclTerraform(struct!.gateway),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    slaac: {
      value: cdktf.booleanToHclTerraform(struct!.slaac),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet9Ipv6OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet9Ipv6 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._dhcp !== undefined) {
      hasAnyValues = true;
      internalValueResult.dhcp = this._dhcp;
    }
    if (this._gateway !== undefined) {
      hasAnyValues = true;
      internalValueResult.gateway = this._gateway;
    }
    if (this._slaac !== undefined) {
      hasAnyValues = true;
      internalValueResult.slaac = this._slaac;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet9Ipv6 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._address = undefined;
      this._dhcp = undefined;
      this._gateway = undefined;
      this._slaac = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._address = value.address;
      this._dhcp = value.dhcp;
      this._gateway = value.gateway;
      this._slaac = value.slaac;
    }
  }

  // address - computed: false, optional: true, required: false
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

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: boolean | cdktf.IResolvable; 
  public get dhcp() {
    return this.getBooleanAttribute('dhcp');
  }
  public set dhcp(value: boolean | cdktf.IResolvable) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }

  // slaac - computed: false, optional: true, required: false
  private _slaac?: boolean | cdktf.IResolvable; 
  public get slaac() {
    return this.getBooleanAttribute('slaac');
  }
  public set slaac(value: boolean | cdktf.IResolvable) {
    this._slaac = value;
  }
  public resetSlaac() {
    this._slaac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slaacInput() {
    return this._slaac;
  }
}
export interface LxcGuestNetworksNet9 {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#bridge LxcGuest#bridge}
  */
  readonly bridge: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#connected LxcGuest#connected}
  */
  readonly connected?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#firewall LxcGuest#firewall}
  */
  readonly firewall?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mac LxcGuest#mac}
  */
  readonly mac?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#mtu LxcGuest#mtu}
  */
  readonly mtu?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#name LxcGuest#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#rate_limit LxcGuest#rate_limit}
  */
  readonly rateLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#vlan_native LxcGuest#vlan_native}
  */
  readonly vlanNative?: number;
  /**
  * ipv4 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv4 LxcGuest#ipv4}
  */
  readonly ipv4?: LxcGuestNetworksNet9Ipv4;
  /**
  * ipv6 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#ipv6 LxcGuest#ipv6}
  */
  readonly ipv6?: LxcGuestNetworksNet9Ipv6;
}

export function lxcGuestNetworksNet9ToTerraform(struct?: LxcGuestNetworksNet9OutputReference | LxcGuestNetworksNet9): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bridge: cdktf.stringToTerraform(struct!.bridge),
    connected: cdktf.booleanToTerraform(struct!.connected),
    firewall: cdktf.booleanToTerraform(struct!.firewall),
    mac: cdktf.stringToTerraform(struct!.mac),
    mtu: cdktf.numberToTerraform(struct!.mtu),
    name: cdktf.stringToTerraform(struct!.name),
    rate_limit: cdktf.numberToTerraform(struct!.rateLimit),
    vlan_native: cdktf.numberToTerraform(struct!.vlanNative),
    ipv4: lxcGuestNetworksNet9Ipv4ToTerraform(struct!.ipv4),
    ipv6: lxcGuestNetworksNet9Ipv6ToTerraform(struct!.ipv6),
  }
}


export function lxcGuestNetworksNet9ToHclTerraform(struct?: LxcGuestNetworksNet9OutputReference | LxcGuestNetworksNet9): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bridge: {
      value: cdktf.stringToHclTerraform(struct!.bridge),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    connected: {
      value: cdktf.booleanToHclTerraform(struct!.connected),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    firewall: {
      value: cdktf.booleanToHclTerraform(struct!.firewall),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    mac: {
      value: cdktf.stringToHclTerraform(struct!.mac),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mtu: {
      value: cdktf.numberToHclTerraform(struct!.mtu),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    rate_limit: {
      value: cdktf.numberToHclTerraform(struct!.rateLimit),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    vlan_native: {
      value: cdktf.numberToHclTerraform(struct!.vlanNative),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ipv4: {
      value: lxcGuestNetworksNet9Ipv4ToHclTerraform(struct!.ipv4),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet9Ipv4List",
    },
    ipv6: {
      value: lxcGuestNetworksNet9Ipv6ToHclTerraform(struct!.ipv6),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet9Ipv6List",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksNet9OutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworksNet9 | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bridge !== undefined) {
      hasAnyValues = true;
      internalValueResult.bridge = this._bridge;
    }
    if (this._connected !== undefined) {
      hasAnyValues = true;
      internalValueResult.connected = this._connected;
    }
    if (this._firewall !== undefined) {
      hasAnyValues = true;
      internalValueResult.firewall = this._firewall;
    }
    if (this._mac !== undefined) {
      hasAnyValues = true;
      internalValueResult.mac = this._mac;
    }
    if (this._mtu !== undefined) {
      hasAnyValues = true;
      internalValueResult.mtu = this._mtu;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._rateLimit !== undefined) {
      hasAnyValues = true;
      internalValueResult.rateLimit = this._rateLimit;
    }
    if (this._vlanNative !== undefined) {
      hasAnyValues = true;
      internalValueResult.vlanNative = this._vlanNative;
    }
    if (this._ipv4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv4 = this._ipv4?.internalValue;
    }
    if (this._ipv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6 = this._ipv6?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworksNet9 | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._bridge = undefined;
      this._connected = undefined;
      this._firewall = undefined;
      this._mac = undefined;
      this._mtu = undefined;
      this._name = undefined;
      this._rateLimit = undefined;
      this._vlanNative = undefined;
      this._ipv4.internalValue = undefined;
      this._ipv6.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._bridge = value.bridge;
      this._connected = value.connected;
      this._firewall = value.firewall;
      this._mac = value.mac;
      this._mtu = value.mtu;
      this._name = value.name;
      this._rateLimit = value.rateLimit;
      this._vlanNative = value.vlanNative;
      this._ipv4.internalValue = value.ipv4;
      this._ipv6.internalValue = value.ipv6;
    }
  }

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

  // connected - computed: false, optional: true, required: false
  private _connected?: boolean | cdktf.IResolvable; 
  public get connected() {
    return this.getBooleanAttribute('connected');
  }
  public set connected(value: boolean | cdktf.IResolvable) {
    this._connected = value;
  }
  public resetConnected() {
    this._connected = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get connectedInput() {
    return this._connected;
  }

  // firewall - computed: false, optional: true, required: false
  private _firewall?: boolean | cdktf.IResolvable; 
  public get firewall() {
    return this.getBooleanAttribute('firewall');
  }
  public set firewall(value: boolean | cdktf.IResolvable) {
    this._firewall = value;
  }
  public resetFirewall() {
    this._firewall = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firewallInput() {
    return this._firewall;
  }

  // mac - computed: true, optional: true, required: false
  private _mac?: string; 
  public get mac() {
    return this.getStringAttribute('mac');
  }
  public set mac(value: string) {
    this._mac = value;
  }
  public resetMac() {
    this._mac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
  }

  // mtu - computed: false, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // rate_limit - computed: false, optional: true, required: false
  private _rateLimit?: number; 
  public get rateLimit() {
    return this.getNumberAttribute('rate_limit');
  }
  public set rateLimit(value: number) {
    this._rateLimit = value;
  }
  public resetRateLimit() {
    this._rateLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rateLimitInput() {
    return this._rateLimit;
  }

  // vlan_native - computed: false, optional: true, required: false
  private _vlanNative?: number; 
  public get vlanNative() {
    return this.getNumberAttribute('vlan_native');
  }
  public set vlanNative(value: number) {
    this._vlanNative = value;
  }
  public resetVlanNative() {
    this._vlanNative = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanNativeInput() {
    return this._vlanNative;
  }

  // ipv4 - computed: false, optional: true, required: false
  private _ipv4 = new LxcGuestNetworksNet9Ipv4OutputReference(this, "ipv4");
  public get ipv4() {
    return this._ipv4;
  }
  public putIpv4(value: LxcGuestNetworksNet9Ipv4) {
    this._ipv4.internalValue = value;
  }
  public resetIpv4() {
    this._ipv4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4Input() {
    return this._ipv4.internalValue;
  }

  // ipv6 - computed: false, optional: true, required: false
  private _ipv6 = new LxcGuestNetworksNet9Ipv6OutputReference(this, "ipv6");
  public get ipv6() {
    return this._ipv6;
  }
  public putIpv6(value: LxcGuestNetworksNet9Ipv6) {
    this._ipv6.internalValue = value;
  }
  public resetIpv6() {
    this._ipv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6Input() {
    return this._ipv6.internalValue;
  }
}
export interface LxcGuestNetworks {
  /**
  * net0 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net0 LxcGuest#net0}
  */
  readonly net0?: LxcGuestNetworksNet0;
  /**
  * net1 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net1 LxcGuest#net1}
  */
  readonly net1?: LxcGuestNetworksNet1;
  /**
  * net10 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net10 LxcGuest#net10}
  */
  readonly net10?: LxcGuestNetworksNet10;
  /**
  * net11 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net11 LxcGuest#net11}
  */
  readonly net11?: LxcGuestNetworksNet11;
  /**
  * net12 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net12 LxcGuest#net12}
  */
  readonly net12?: LxcGuestNetworksNet12;
  /**
  * net13 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net13 LxcGuest#net13}
  */
  readonly net13?: LxcGuestNetworksNet13;
  /**
  * net14 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net14 LxcGuest#net14}
  */
  readonly net14?: LxcGuestNetworksNet14;
  /**
  * net15 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net15 LxcGuest#net15}
  */
  readonly net15?: LxcGuestNetworksNet15;
  /**
  * net2 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net2 LxcGuest#net2}
  */
  readonly net2?: LxcGuestNetworksNet2;
  /**
  * net3 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net3 LxcGuest#net3}
  */
  readonly net3?: LxcGuestNetworksNet3;
  /**
  * net4 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net4 LxcGuest#net4}
  */
  readonly net4?: LxcGuestNetworksNet4;
  /**
  * net5 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net5 LxcGuest#net5}
  */
  readonly net5?: LxcGuestNetworksNet5;
  /**
  * net6 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net6 LxcGuest#net6}
  */
  readonly net6?: LxcGuestNetworksNet6;
  /**
  * net7 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net7 LxcGuest#net7}
  */
  readonly net7?: LxcGuestNetworksNet7;
  /**
  * net8 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net8 LxcGuest#net8}
  */
  readonly net8?: LxcGuestNetworksNet8;
  /**
  * net9 block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#net9 LxcGuest#net9}
  */
  readonly net9?: LxcGuestNetworksNet9;
}

export function lxcGuestNetworksToTerraform(struct?: LxcGuestNetworksOutputReference | LxcGuestNetworks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    net0: lxcGuestNetworksNet0ToTerraform(struct!.net0),
    net1: lxcGuestNetworksNet1ToTerraform(struct!.net1),
    net10: lxcGuestNetworksNet10ToTerraform(struct!.net10),
    net11: lxcGuestNetworksNet11ToTerraform(struct!.net11),
    net12: lxcGuestNetworksNet12ToTerraform(struct!.net12),
    net13: lxcGuestNetworksNet13ToTerraform(struct!.net13),
    net14: lxcGuestNetworksNet14ToTerraform(struct!.net14),
    net15: lxcGuestNetworksNet15ToTerraform(struct!.net15),
    net2: lxcGuestNetworksNet2ToTerraform(struct!.net2),
    net3: lxcGuestNetworksNet3ToTerraform(struct!.net3),
    net4: lxcGuestNetworksNet4ToTerraform(struct!.net4),
    net5: lxcGuestNetworksNet5ToTerraform(struct!.net5),
    net6: lxcGuestNetworksNet6ToTerraform(struct!.net6),
    net7: lxcGuestNetworksNet7ToTerraform(struct!.net7),
    net8: lxcGuestNetworksNet8ToTerraform(struct!.net8),
    net9: lxcGuestNetworksNet9ToTerraform(struct!.net9),
  }
}


export function lxcGuestNetworksToHclTerraform(struct?: LxcGuestNetworksOutputReference | LxcGuestNetworks): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    net0: {
      value: lxcGuestNetworksNet0ToHclTerraform(struct!.net0),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet0List",
    },
    net1: {
      value: lxcGuestNetworksNet1ToHclTerraform(struct!.net1),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet1List",
    },
    net10: {
      value: lxcGuestNetworksNet10ToHclTerraform(struct!.net10),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet10List",
    },
    net11: {
      value: lxcGuestNetworksNet11ToHclTerraform(struct!.net11),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet11List",
    },
    net12: {
      value: lxcGuestNetworksNet12ToHclTerraform(struct!.net12),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet12List",
    },
    net13: {
      value: lxcGuestNetworksNet13ToHclTerraform(struct!.net13),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet13List",
    },
    net14: {
      value: lxcGuestNetworksNet14ToHclTerraform(struct!.net14),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet14List",
    },
    net15: {
      value: lxcGuestNetworksNet15ToHclTerraform(struct!.net15),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet15List",
    },
    net2: {
      value: lxcGuestNetworksNet2ToHclTerraform(struct!.net2),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet2List",
    },
    net3: {
      value: lxcGuestNetworksNet3ToHclTerraform(struct!.net3),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet3List",
    },
    net4: {
      value: lxcGuestNetworksNet4ToHclTerraform(struct!.net4),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet4List",
    },
    net5: {
      value: lxcGuestNetworksNet5ToHclTerraform(struct!.net5),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet5List",
    },
    net6: {
      value: lxcGuestNetworksNet6ToHclTerraform(struct!.net6),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet6List",
    },
    net7: {
      value: lxcGuestNetworksNet7ToHclTerraform(struct!.net7),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet7List",
    },
    net8: {
      value: lxcGuestNetworksNet8ToHclTerraform(struct!.net8),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet8List",
    },
    net9: {
      value: lxcGuestNetworksNet9ToHclTerraform(struct!.net9),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestNetworksNet9List",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestNetworksOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestNetworks | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._net0?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net0 = this._net0?.internalValue;
    }
    if (this._net1?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net1 = this._net1?.internalValue;
    }
    if (this._net10?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net10 = this._net10?.internalValue;
    }
    if (this._net11?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net11 = this._net11?.internalValue;
    }
    if (this._net12?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net12 = this._net12?.internalValue;
    }
    if (this._net13?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net13 = this._net13?.internalValue;
    }
    if (this._net14?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net14 = this._net14?.internalValue;
    }
    if (this._net15?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net15 = this._net15?.internalValue;
    }
    if (this._net2?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net2 = this._net2?.internalValue;
    }
    if (this._net3?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net3 = this._net3?.internalValue;
    }
    if (this._net4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net4 = this._net4?.internalValue;
    }
    if (this._net5?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net5 = this._net5?.internalValue;
    }
    if (this._net6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net6 = this._net6?.internalValue;
    }
    if (this._net7?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net7 = this._net7?.internalValue;
    }
    if (this._net8?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net8 = this._net8?.internalValue;
    }
    if (this._net9?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.net9 = this._net9?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestNetworks | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._net0.internalValue = undefined;
      this._net1.internalValue = undefined;
      this._net10.internalValue = undefined;
      this._net11.internalValue = undefined;
      this._net12.internalValue = undefined;
      this._net13.internalValue = undefined;
      this._net14.internalValue = undefined;
      this._net15.internalValue = undefined;
      this._net2.internalValue = undefined;
      this._net3.internalValue = undefined;
      this._net4.internalValue = undefined;
      this._net5.internalValue = undefined;
      this._net6.internalValue = undefined;
      this._net7.internalValue = undefined;
      this._net8.internalValue = undefined;
      this._net9.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._net0.internalValue = value.net0;
      this._net1.internalValue = value.net1;
      this._net10.internalValue = value.net10;
      this._net11.internalValue = value.net11;
      this._net12.internalValue = value.net12;
      this._net13.internalValue = value.net13;
      this._net14.internalValue = value.net14;
      this._net15.internalValue = value.net15;
      this._net2.internalValue = value.net2;
      this._net3.internalValue = value.net3;
      this._net4.internalValue = value.net4;
      this._net5.internalValue = value.net5;
      this._net6.internalValue = value.net6;
      this._net7.internalValue = value.net7;
      this._net8.internalValue = value.net8;
      this._net9.internalValue = value.net9;
    }
  }

  // net0 - computed: false, optional: true, required: false
  private _net0 = new LxcGuestNetworksNet0OutputReference(this, "net0");
  public get net0() {
    return this._net0;
  }
  public putNet0(value: LxcGuestNetworksNet0) {
    this._net0.internalValue = value;
  }
  public resetNet0() {
    this._net0.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net0Input() {
    return this._net0.internalValue;
  }

  // net1 - computed: false, optional: true, required: false
  private _net1 = new LxcGuestNetworksNet1OutputReference(this, "net1");
  public get net1() {
    return this._net1;
  }
  public putNet1(value: LxcGuestNetworksNet1) {
    this._net1.internalValue = value;
  }
  public resetNet1() {
    this._net1.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net1Input() {
    return this._net1.internalValue;
  }

  // net10 - computed: false, optional: true, required: false
  private _net10 = new LxcGuestNetworksNet10OutputReference(this, "net10");
  public get net10() {
    return this._net10;
  }
  public putNet10(value: LxcGuestNetworksNet10) {
    this._net10.internalValue = value;
  }
  public resetNet10() {
    this._net10.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net10Input() {
    return this._net10.internalValue;
  }

  // net11 - computed: false, optional: true, required: false
  private _net11 = new LxcGuestNetworksNet11OutputReference(this, "net11");
  public get net11() {
    return this._net11;
  }
  public putNet11(value: LxcGuestNetworksNet11) {
    this._net11.internalValue = value;
  }
  public resetNet11() {
    this._net11.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net11Input() {
    return this._net11.internalValue;
  }

  // net12 - computed: false, optional: true, required: false
  private _net12 = new LxcGuestNetworksNet12OutputReference(this, "net12");
  public get net12() {
    return this._net12;
  }
  public putNet12(value: LxcGuestNetworksNet12) {
    this._net12.internalValue = value;
  }
  public resetNet12() {
    this._net12.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net12Input() {
    return this._net12.internalValue;
  }

  // net13 - computed: false, optional: true, required: false
  private _net13 = new LxcGuestNetworksNet13OutputReference(this, "net13");
  public get net13() {
    return this._net13;
  }
  public putNet13(value: LxcGuestNetworksNet13) {
    this._net13.internalValue = value;
  }
  public resetNet13() {
    this._net13.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net13Input() {
    return this._net13.internalValue;
  }

  // net14 - computed: false, optional: true, required: false
  private _net14 = new LxcGuestNetworksNet14OutputReference(this, "net14");
  public get net14() {
    return this._net14;
  }
  public putNet14(value: LxcGuestNetworksNet14) {
    this._net14.internalValue = value;
  }
  public resetNet14() {
    this._net14.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net14Input() {
    return this._net14.internalValue;
  }

  // net15 - computed: false, optional: true, required: false
  private _net15 = new LxcGuestNetworksNet15OutputReference(this, "net15");
  public get net15() {
    return this._net15;
  }
  public putNet15(value: LxcGuestNetworksNet15) {
    this._net15.internalValue = value;
  }
  public resetNet15() {
    this._net15.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net15Input() {
    return this._net15.internalValue;
  }

  // net2 - computed: false, optional: true, required: false
  private _net2 = new LxcGuestNetworksNet2OutputReference(this, "net2");
  public get net2() {
    return this._net2;
  }
  public putNet2(value: LxcGuestNetworksNet2) {
    this._net2.internalValue = value;
  }
  public resetNet2() {
    this._net2.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net2Input() {
    return this._net2.internalValue;
  }

  // net3 - computed: false, optional: true, required: false
  private _net3 = new LxcGuestNetworksNet3OutputReference(this, "net3");
  public get net3() {
    return this._net3;
  }
  public putNet3(value: LxcGuestNetworksNet3) {
    this._net3.internalValue = value;
  }
  public resetNet3() {
    this._net3.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net3Input() {
    return this._net3.internalValue;
  }

  // net4 - computed: false, optional: true, required: false
  private _net4 = new LxcGuestNetworksNet4OutputReference(this, "net4");
  public get net4() {
    return this._net4;
  }
  public putNet4(value: LxcGuestNetworksNet4) {
    this._net4.internalValue = value;
  }
  public resetNet4() {
    this._net4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net4Input() {
    return this._net4.internalValue;
  }

  // net5 - computed: false, optional: true, required: false
  private _net5 = new LxcGuestNetworksNet5OutputReference(this, "net5");
  public get net5() {
    return this._net5;
  }
  public putNet5(value: LxcGuestNetworksNet5) {
    this._net5.internalValue = value;
  }
  public resetNet5() {
    this._net5.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net5Input() {
    return this._net5.internalValue;
  }

  // net6 - computed: false, optional: true, required: false
  private _net6 = new LxcGuestNetworksNet6OutputReference(this, "net6");
  public get net6() {
    return this._net6;
  }
  public putNet6(value: LxcGuestNetworksNet6) {
    this._net6.internalValue = value;
  }
  public resetNet6() {
    this._net6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net6Input() {
    return this._net6.internalValue;
  }

  // net7 - computed: false, optional: true, required: false
  private _net7 = new LxcGuestNetworksNet7OutputReference(this, "net7");
  public get net7() {
    return this._net7;
  }
  public putNet7(value: LxcGuestNetworksNet7) {
    this._net7.internalValue = value;
  }
  public resetNet7() {
    this._net7.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net7Input() {
    return this._net7.internalValue;
  }

  // net8 - computed: false, optional: true, required: false
  private _net8 = new LxcGuestNetworksNet8OutputReference(this, "net8");
  public get net8() {
    return this._net8;
  }
  public putNet8(value: LxcGuestNetworksNet8) {
    this._net8.internalValue = value;
  }
  public resetNet8() {
    this._net8.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net8Input() {
    return this._net8.internalValue;
  }

  // net9 - computed: false, optional: true, required: false
  private _net9 = new LxcGuestNetworksNet9OutputReference(this, "net9");
  public get net9() {
    return this._net9;
  }
  public putNet9(value: LxcGuestNetworksNet9) {
    this._net9.internalValue = value;
  }
  public resetNet9() {
    this._net9.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get net9Input() {
    return this._net9.internalValue;
  }
}
export interface LxcGuestRootMountOptions {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#discard LxcGuest#discard}
  */
  readonly discard?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#lazy_time LxcGuest#lazy_time}
  */
  readonly lazyTime?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#no_atime LxcGuest#no_atime}
  */
  readonly noAtime?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#no_suid LxcGuest#no_suid}
  */
  readonly noSuid?: boolean | cdktf.IResolvable;
}

export function lxcGuestRootMountOptionsToTerraform(struct?: LxcGuestRootMountOptionsOutputReference | LxcGuestRootMountOptions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    discard: cdktf.booleanToTerraform(struct!.discard),
    lazy_time: cdktf.booleanToTerraform(struct!.lazyTime),
    no_atime: cdktf.booleanToTerraform(struct!.noAtime),
    no_suid: cdktf.booleanToTerraform(struct!.noSuid),
  }
}


export function lxcGuestRootMountOptionsToHclTerraform(struct?: LxcGuestRootMountOptionsOutputReference | LxcGuestRootMountOptions): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    discard: {
      value: cdktf.booleanToHclTerraform(struct!.discard),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    lazy_time: {
      value: cdktf.booleanToHclTerraform(struct!.lazyTime),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    no_atime: {
      value: cdktf.booleanToHclTerraform(struct!.noAtime),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    no_suid: {
      value: cdktf.booleanToHclTerraform(struct!.noSuid),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestRootMountOptionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestRootMountOptions | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._discard !== undefined) {
      hasAnyValues = true;
      internalValueResult.discard = this._discard;
    }
    if (this._lazyTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.lazyTime = this._lazyTime;
    }
    if (this._noAtime !== undefined) {
      hasAnyValues = true;
      internalValueResult.noAtime = this._noAtime;
    }
    if (this._noSuid !== undefined) {
      hasAnyValues = true;
      internalValueResult.noSuid = this._noSuid;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestRootMountOptions | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._discard = undefined;
      this._lazyTime = undefined;
      this._noAtime = undefined;
      this._noSuid = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._discard = value.discard;
      this._lazyTime = value.lazyTime;
      this._noAtime = value.noAtime;
      this._noSuid = value.noSuid;
    }
  }

  // discard - computed: false, optional: true, required: false
  private _discard?: boolean | cdktf.IResolvable; 
  public get discard() {
    return this.getBooleanAttribute('discard');
  }
  public set discard(value: boolean | cdktf.IResolvable) {
    this._discard = value;
  }
  public resetDiscard() {
    this._discard = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get discardInput() {
    return this._discard;
  }

  // lazy_time - computed: false, optional: true, required: false
  private _lazyTime?: boolean | cdktf.IResolvable; 
  public get lazyTime() {
    return this.getBooleanAttribute('lazy_time');
  }
  public set lazyTime(value: boolean | cdktf.IResolvable) {
    this._lazyTime = value;
  }
  public resetLazyTime() {
    this._lazyTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lazyTimeInput() {
    return this._lazyTime;
  }

  // no_atime - computed: false, optional: true, required: false
  private _noAtime?: boolean | cdktf.IResolvable; 
  public get noAtime() {
    return this.getBooleanAttribute('no_atime');
  }
  public set noAtime(value: boolean | cdktf.IResolvable) {
    this._noAtime = value;
  }
  public resetNoAtime() {
    this._noAtime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noAtimeInput() {
    return this._noAtime;
  }

  // no_suid - computed: false, optional: true, required: false
  private _noSuid?: boolean | cdktf.IResolvable; 
  public get noSuid() {
    return this.getBooleanAttribute('no_suid');
  }
  public set noSuid(value: boolean | cdktf.IResolvable) {
    this._noSuid = value;
  }
  public resetNoSuid() {
    this._noSuid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get noSuidInput() {
    return this._noSuid;
  }
}
export interface LxcGuestRootMount {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#acl LxcGuest#acl}
  */
  readonly acl?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#quota LxcGuest#quota}
  */
  readonly quota?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#replicate LxcGuest#replicate}
  */
  readonly replicate?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#size LxcGuest#size}
  */
  readonly size: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#storage LxcGuest#storage}
  */
  readonly storage: string;
  /**
  * options block
  *
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#options LxcGuest#options}
  */
  readonly options?: LxcGuestRootMountOptions;
}

export function lxcGuestRootMountToTerraform(struct?: LxcGuestRootMountOutputReference | LxcGuestRootMount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    acl: cdktf.stringToTerraform(struct!.acl),
    quota: cdktf.booleanToTerraform(struct!.quota),
    replicate: cdktf.booleanToTerraform(struct!.replicate),
    size: cdktf.stringToTerraform(struct!.size),
    storage: cdktf.stringToTerraform(struct!.storage),
    options: lxcGuestRootMountOptionsToTerraform(struct!.options),
  }
}


export function lxcGuestRootMountToHclTerraform(struct?: LxcGuestRootMountOutputReference | LxcGuestRootMount): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    acl: {
      value: cdktf.stringToHclTerraform(struct!.acl),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    quota: {
      value: cdktf.booleanToHclTerraform(struct!.quota),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    replicate: {
      value: cdktf.booleanToHclTerraform(struct!.replicate),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    size: {
      value: cdktf.stringToHclTerraform(struct!.size),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    storage: {
      value: cdktf.stringToHclTerraform(struct!.storage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    options: {
      value: lxcGuestRootMountOptionsToHclTerraform(struct!.options),
      isBlock: true,
      type: "list",
      storageClassType: "LxcGuestRootMountOptionsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestRootMountOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestRootMount | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._acl !== undefined) {
      hasAnyValues = true;
      internalValueResult.acl = this._acl;
    }
    if (this._quota !== undefined) {
      hasAnyValues = true;
      internalValueResult.quota = this._quota;
    }
    if (this._replicate !== undefined) {
      hasAnyValues = true;
      internalValueResult.replicate = this._replicate;
    }
    if (this._size !== undefined) {
      hasAnyValues = true;
      internalValueResult.size = this._size;
    }
    if (this._storage !== undefined) {
      hasAnyValues = true;
      internalValueResult.storage = this._storage;
    }
    if (this._options?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.options = this._options?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestRootMount | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._acl = undefined;
      this._quota = undefined;
      this._replicate = undefined;
      this._size = undefined;
      this._storage = undefined;
      this._options.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._acl = value.acl;
      this._quota = value.quota;
      this._replicate = value.replicate;
      this._size = value.size;
      this._storage = value.storage;
      this._options.internalValue = value.options;
    }
  }

  // acl - computed: false, optional: true, required: false
  private _acl?: string; 
  public get acl() {
    return this.getStringAttribute('acl');
  }
  public set acl(value: string) {
    this._acl = value;
  }
  public resetAcl() {
    this._acl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aclInput() {
    return this._acl;
  }

  // quota - computed: false, optional: true, required: false
  private _quota?: boolean | cdktf.IResolvable; 
  public get quota() {
    return this.getBooleanAttribute('quota');
  }
  public set quota(value: boolean | cdktf.IResolvable) {
    this._quota = value;
  }
  public resetQuota() {
    this._quota = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get quotaInput() {
    return this._quota;
  }

  // replicate - computed: false, optional: true, required: false
  private _replicate?: boolean | cdktf.IResolvable; 
  public get replicate() {
    return this.getBooleanAttribute('replicate');
  }
  public set replicate(value: boolean | cdktf.IResolvable) {
    this._replicate = value;
  }
  public resetReplicate() {
    this._replicate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replicateInput() {
    return this._replicate;
  }

  // size - computed: false, optional: false, required: true
  private _size?: string; 
  public get size() {
    return this.getStringAttribute('size');
  }
  public set size(value: string) {
    this._size = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sizeInput() {
    return this._size;
  }

  // storage - computed: false, optional: false, required: true
  private _storage?: string; 
  public get storage() {
    return this.getStringAttribute('storage');
  }
  public set storage(value: string) {
    this._storage = value;
  }
  // Temporarily expose input value. Use with caution.
  public get storageInput() {
    return this._storage;
  }

  // options - computed: false, optional: true, required: false
  private _options = new LxcGuestRootMountOptionsOutputReference(this, "options");
  public get options() {
    return this._options;
  }
  public putOptions(value: LxcGuestRootMountOptions) {
    this._options.internalValue = value;
  }
  public resetOptions() {
    this._options.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get optionsInput() {
    return this._options.internalValue;
  }
}
export interface LxcGuestStartupShutdown {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#order LxcGuest#order}
  */
  readonly order?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#shutdown_timeout LxcGuest#shutdown_timeout}
  */
  readonly shutdownTimeout?: number;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#startup_delay LxcGuest#startup_delay}
  */
  readonly startupDelay?: number;
}

export function lxcGuestStartupShutdownToTerraform(struct?: LxcGuestStartupShutdownOutputReference | LxcGuestStartupShutdown): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    order: cdktf.numberToTerraform(struct!.order),
    shutdown_timeout: cdktf.numberToTerraform(struct!.shutdownTimeout),
    startup_delay: cdktf.numberToTerraform(struct!.startupDelay),
  }
}


export function lxcGuestStartupShutdownToHclTerraform(struct?: LxcGuestStartupShutdownOutputReference | LxcGuestStartupShutdown): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    order: {
      value: cdktf.numberToHclTerraform(struct!.order),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    shutdown_timeout: {
      value: cdktf.numberToHclTerraform(struct!.shutdownTimeout),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    startup_delay: {
      value: cdktf.numberToHclTerraform(struct!.startupDelay),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestStartupShutdownOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestStartupShutdown | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._order !== undefined) {
      hasAnyValues = true;
      internalValueResult.order = this._order;
    }
    if (this._shutdownTimeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.shutdownTimeout = this._shutdownTimeout;
    }
    if (this._startupDelay !== undefined) {
      hasAnyValues = true;
      internalValueResult.startupDelay = this._startupDelay;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestStartupShutdown | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._order = undefined;
      this._shutdownTimeout = undefined;
      this._startupDelay = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._order = value.order;
      this._shutdownTimeout = value.shutdownTimeout;
      this._startupDelay = value.startupDelay;
    }
  }

  // order - computed: false, optional: true, required: false
  private _order?: number; 
  public get order() {
    return this.getNumberAttribute('order');
  }
  public set order(value: number) {
    this._order = value;
  }
  public resetOrder() {
    this._order = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderInput() {
    return this._order;
  }

  // shutdown_timeout - computed: false, optional: true, required: false
  private _shutdownTimeout?: number; 
  public get shutdownTimeout() {
    return this.getNumberAttribute('shutdown_timeout');
  }
  public set shutdownTimeout(value: number) {
    this._shutdownTimeout = value;
  }
  public resetShutdownTimeout() {
    this._shutdownTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shutdownTimeoutInput() {
    return this._shutdownTimeout;
  }

  // startup_delay - computed: false, optional: true, required: false
  private _startupDelay?: number; 
  public get startupDelay() {
    return this.getNumberAttribute('startup_delay');
  }
  public set startupDelay(value: number) {
    this._startupDelay = value;
  }
  public resetStartupDelay() {
    this._startupDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startupDelayInput() {
    return this._startupDelay;
  }
}
export interface LxcGuestTemplate {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#file LxcGuest#file}
  */
  readonly file: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#storage LxcGuest#storage}
  */
  readonly storage: string;
}

export function lxcGuestTemplateToTerraform(struct?: LxcGuestTemplateOutputReference | LxcGuestTemplate): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    file: cdktf.stringToTerraform(struct!.file),
    storage: cdktf.stringToTerraform(struct!.storage),
  }
}


export function lxcGuestTemplateToHclTerraform(struct?: LxcGuestTemplateOutputReference | LxcGuestTemplate): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    file: {
      value: cdktf.stringToHclTerraform(struct!.file),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    storage: {
      value: cdktf.stringToHclTerraform(struct!.storage),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LxcGuestTemplateOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LxcGuestTemplate | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._file !== undefined) {
      hasAnyValues = true;
      internalValueResult.file = this._file;
    }
    if (this._storage !== undefined) {
      hasAnyValues = true;
      internalValueResult.storage = this._storage;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestTemplate | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._file = undefined;
      this._storage = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._file = value.file;
      this._storage = value.storage;
    }
  }

  // file - computed: false, optional: false, required: true
  private _file?: string; 
  public get file() {
    return this.getStringAttribute('file');
  }
  public set file(value: string) {
    this._file = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fileInput() {
    return this._file;
  }

  // storage - computed: false, optional: false, required: true
  private _storage?: string; 
  public get storage() {
    return this.getStringAttribute('storage');
  }
  public set storage(value: string) {
    this._storage = value;
  }
  // Temporarily expose input value. Use with caution.
  public get storageInput() {
    return this._storage;
  }
}
export interface LxcGuestTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#create LxcGuest#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#default LxcGuest#default}
  */
  readonly default?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#delete LxcGuest#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#read LxcGuest#read}
  */
  readonly read?: string;
  /**
  * Docs at Terraform Registry: {@link https://local/providers/telmate/proxmox/3.0.2-rc07/docs/resources/lxc_guest#update LxcGuest#update}
  */
  readonly update?: string;
}

export function lxcGuestTimeoutsToTerraform(struct?: LxcGuestTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    default: cdktf.stringToTerraform(struct!.default),
    delete: cdktf.stringToTerraform(struct!.delete),
    read: cdktf.stringToTerraform(struct!.read),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function lxcGuestTimeoutsToHclTerraform(struct?: LxcGuestTimeouts | cdktf.IResolvable): any {
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
    default: {
      value: cdktf.stringToHclTerraform(struct!.default),
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
    read: {
      value: cdktf.stringToHclTerraform(struct!.read),
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

export class LxcGuestTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): LxcGuestTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._default !== undefined) {
      hasAnyValues = true;
      internalValueResult.default = this._default;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._read !== undefined) {
      hasAnyValues = true;
      internalValueResult.read = this._read;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LxcGuestTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._default = undefined;
      this._delete = undefined;
      this._read = undefined;
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
      this._default = value.default;
      this._delete = value.delete;
      this._read = value.read;
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

  // default - computed: false, optional: true, required: false
  private _default?: string; 
  public get default() {
    return this.getStringAttribute('default');
  }
  public set default(value: string) {
    this._default = value;
  }
  public resetDefault() {
    this._default = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultInput() {
    return this._default;
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

  // read - computed: false, optional: true, required: false
  private _read?: string; 
  public get read() {
    return this.getStringAttribute('read');
  }
  public set read(value: string) {
    this._read = value;
  }
  public resetRead() {
    this._read = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readInput() {
    return this._read;
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
