package network

import (
	"context"
	"fmt"
	"net/netip"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

func (r *vxlanResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		Description: "A VXLAN device (iproute2's `type vxlan`, learning on, no multicast group), up, as a port of a bridge: " +
			"one half of a network stretched across hosts, each host's bridge with one such port pointing at the others. " +
			"Broadcast and unknown traffic goes to every peer (one all-zeros FDB entry per peer, as `bridge fdb append " +
			"00:00:00:00:00:00 dev NAME dst PEER`); unicast is learnt. It carries its mark in its alias: Create takes an " +
			"existing VXLAN device of its name only with that mark, and refuses any other; Update changes and Delete removes " +
			"only a device that still carries the mark this resource wrote.",
		Attributes: map[string]schema.Attribute{
			"timeouts":   timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
			"id":         resourceutil.IDAttribute(),
			"netns":      resourceutil.NetnsAttribute(),
			"mark":       resourceutil.MarkAttribute("vxlan"),
			"found_mark": resourceutil.FoundMarkAttribute(),
			"name": schema.StringAttribute{
				Description: "Interface name of the VXLAN device.",
				Required:    true, PlanModifiers: replace,
				Validators: []validator.String{validate.IfaceWord},
			},
			"vni": schema.Int64Attribute{
				Description: "VXLAN network identifier, the same on every host of the network; a change replaces the device.",
				Required:    true,
				// The kernel changes neither the VNI nor the port of an existing device.
				PlanModifiers: []planmodifier.Int64{int64planmodifier.RequiresReplace()},
				Validators:    []validator.Int64{validate.Int64Between{Min: 1, Max: 16777215, Unit: ""}},
			},
			"local": schema.StringAttribute{
				Description: "This host's underlay address (IPv4 or IPv6, canonical form), the tunnel's source; a change " +
					"replaces the device. It need not be configured yet when the device is made.",
				Required: true, PlanModifiers: replace,
				Validators: []validator.String{underlayAddress{}},
			},
			"port": schema.Int64Attribute{
				Description: "UDP destination port of the tunnel, the same on every host; a change replaces the device.",
				Optional:    true, Computed: true, Default: int64default.StaticInt64(4789),
				PlanModifiers: []planmodifier.Int64{int64planmodifier.RequiresReplace()},
				Validators:    []validator.Int64{validate.Int64Between{Min: 1, Max: 65535, Unit: ""}},
			},
			"peers": schema.SetAttribute{
				Description: "Underlay addresses of the other hosts (the family of `local`, never `local` itself), canonical " +
					"form; change in place. Read gives back the remotes really in the device's FDB, so one removed by hand " +
					"is drift that apply adds again.",
				ElementType: types.StringType,
				Optional:    true, Computed: true,
				Default:    setdefault.StaticValue(types.SetValueMust(types.StringType, nil)),
				Validators: []validator.Set{validate.EachSetString{Inner: underlayAddress{}}},
			},
			"bridge": schema.StringAttribute{
				Description: "The existing bridge the device is a port of; changes in place. Read shows the bridge it really is on.",
				Required:    true,
				Validators:  []validator.String{validate.IfaceWord},
			},
			"mtu": schema.Int64Attribute{
				Description: "MTU in bytes; changes in place. The default leaves room for the 50 bytes VXLAN over IPv4 adds " +
					"to a 1500-byte underlay (over IPv6 it adds 70).",
				Optional: true, Computed: true, Default: int64default.StaticInt64(1450),
				Validators: []validator.Int64{validate.Int64Between{Min: 68, Max: 65535, Unit: " bytes"}},
			},
			"ifindex": schema.Int64Attribute{
				Description:   "The kernel's index of the device: new whenever the device is made again.",
				Computed:      true,
				PlanModifiers: []planmodifier.Int64{int64planmodifier.UseStateForUnknown()},
			},
		},
	}
}

// underlayAddress is an address a tunnel can run between: IPAddress (either
// family, canonical, not link-local, which would need a device to name) and
// unicast, since a multicast or unspecified remote would mean another mode.
type underlayAddress struct{}

func (underlayAddress) Description(context.Context) string {
	return "a unicast IPv4 or IPv6 address in canonical form, such as 10.0.3.1 or fd42:1::1 (no fe80::/10 link-local)"
}
func (v underlayAddress) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v underlayAddress) ValidateString(ctx context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if s := req.ConfigValue.ValueString(); !validUnderlay(s) {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", fmt.Sprintf("%q is not %s", s, v.Description(ctx)))
	}
}

func validUnderlay(s string) bool {
	a, err := netip.ParseAddr(s)
	return err == nil && validate.IPAddress.Valid(s) && !a.IsUnspecified() && !a.IsMulticast()
}

// ValidateConfig checks the peers against local, which no attribute validator sees together.
func (r *vxlanResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var local types.String
	var peers types.Set
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("local"), &local)...)
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("peers"), &peers)...)
	if resp.Diagnostics.HasError() || local.IsNull() || local.IsUnknown() || peers.IsNull() || peers.IsUnknown() {
		return
	}
	for _, e := range peers.Elements() {
		peer, ok := e.(types.String)
		if !ok || peer.IsNull() || peer.IsUnknown() {
			continue
		}
		if msg := peerProblem(local.ValueString(), peer.ValueString()); msg != "" {
			resp.Diagnostics.AddAttributeError(path.Root("peers").AtSetValue(peer), "Invalid peer", msg)
		}
	}
}

// peerProblem says what is wrong with a peer of a device whose underlay address
// is local, or "": a tunnel runs within one address family (the kernel refuses
// an IPv6 remote on an IPv4 device), and never to the host itself. Values the
// attribute validators refuse are left to them.
func peerProblem(local, peer string) string {
	l, lerr := netip.ParseAddr(local)
	p, perr := netip.ParseAddr(peer)
	switch {
	case lerr != nil || perr != nil:
		return ""
	case l == p:
		return fmt.Sprintf("peer %s is local, this host's own underlay address: the peers are the other hosts", peer)
	case l.Is4() != p.Is4():
		return fmt.Sprintf("peer %s is not of the address family of local %s: a VXLAN device runs over IPv4 or over IPv6, not both", peer, local)
	}
	return ""
}
