package dhcp

import (
	"context"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/listdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/nat"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// NewDhcpResource is hyperlab_dhcp: dnsmasq answering DHCP (only) on one bridge.
func NewDhcpResource() resource.Resource { return &dhcpResource{} }

type dhcpResource struct{}

type Model struct {
	ID           types.String `tfsdk:"id"`
	Netns        types.String `tfsdk:"netns"`
	Bridge       types.String `tfsdk:"bridge"`
	RangeStart   types.String `tfsdk:"range_start"`
	RangeEnd     types.String `tfsdk:"range_end"`
	LeaseSeconds types.Int64  `tfsdk:"lease_seconds"`
	Router       types.String `tfsdk:"router"`
	Reservations types.Set    `tfsdk:"reservations"`
	Running      types.Bool   `tfsdk:"running"`
	Nameservers  types.List   `tfsdk:"nameservers"`
	DomainSearch types.List   `tfsdk:"domain_search"`
	// Router advertisements (and stateless DHCPv6) for the bridge's IPv6 prefix.
	IPv6Prefix      types.String `tfsdk:"ipv6_prefix"`
	IPv6Mode        types.String `tfsdk:"ipv6_mode"`
	IPv6Nameservers types.List   `tfsdk:"ipv6_nameservers"`
	Mark            types.String `tfsdk:"mark"`
	FoundMark       types.String `tfsdk:"found_mark"`
	// DNS on the bridge, the network's domain, the INPUT rules and the leases (dns.go).
	DNS         types.Bool     `tfsdk:"dns"`
	DNSUpstream types.List     `tfsdk:"dns_upstream"`
	Domain      types.String   `tfsdk:"domain"`
	InputRules  types.Bool     `tfsdk:"input_rules"`
	LeaseFile   types.String   `tfsdk:"lease_file"`
	Leases      types.List     `tfsdk:"leases"`
	Timeouts    timeouts.Value `tfsdk:"timeouts"`
}

// The IPv6 modes of dnsmasq's --dhcp-range that the resource offers: router
// advertisements for SLAAC with stateless DHCPv6 for the DNS options
// (ra-stateless), or advertisements alone (ra-only).
var IPv6Modes = validate.OneOfWordsOf("ra-stateless", "ra-only")

// A reservation fixes what one MAC gets: an address, and whether the router
// option is sent to it (a guest's NIC that is not its default route gets none).
type Reservation struct {
	MAC          string       `tfsdk:"mac"`
	Address      types.String `tfsdk:"address"`
	Hostname     string       `tfsdk:"hostname"`
	DefaultRoute types.Bool   `tfsdk:"default_route"`
}

var ReservationType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"mac": types.StringType, "address": types.StringType, "hostname": types.StringType, "default_route": types.BoolType,
}}

// noRouteTag marks the clients dnsmasq sends an empty router option to, so they
// add no default route through this bridge.
const noRouteTag = "hl-noroute"

func (r *dhcpResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_dhcp"
}

func (r *dhcpResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{
		Description: "dnsmasq as the DHCP server of one bridge, and with dns its DNS server, bound to the bridge alone, " +
			"configured by its arguments only, with INPUT rules that let the bridge's clients reach it. Changing the range, " +
			"lease, router, nameservers, search domains, domain or DNS settings restarts it; reservations change without a restart.",
		Attributes: map[string]schema.Attribute{
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
			"id":       resourceutil.IDAttribute(),
			"netns":    resourceutil.NetnsAttribute(),
			"bridge": schema.StringAttribute{Description: "The bridge it answers on.", Required: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}, Validators: []validator.String{validate.IfaceWord}},
			"range_start": schema.StringAttribute{Description: "First address handed out dynamically.", Required: true,
				Validators: []validator.String{validate.IPv4Address}},
			"range_end": schema.StringAttribute{Description: "Last address handed out dynamically.", Required: true,
				Validators: []validator.String{validate.IPv4Address}},
			"lease_seconds": schema.Int64Attribute{Description: "Lease time in seconds.", Optional: true, Computed: true,
				Default: int64default.StaticInt64(3600), Validators: []validator.Int64{validate.Int64Between{Min: 120, Max: 604800, Unit: " seconds"}}},
			"router": schema.StringAttribute{Description: "The router option handed to clients.", Required: true,
				Validators: []validator.String{validate.IPv4Address}},
			"nameservers": schema.ListAttribute{Description: "DNS servers handed to clients (option 6), in order; none by default: " +
				"without dns no option 6 is sent, with dns the bridge's own address (dnsmasq's default).",
				ElementType: types.StringType, Optional: true, Computed: true,
				Default: listdefault.StaticValue(types.ListValueMust(types.StringType, nil)), Validators: []validator.List{validate.EachString{Inner: validate.IPv4Address}}},
			"domain_search": schema.ListAttribute{Description: "DNS search domains handed to clients (option 119), in order; none by default.",
				ElementType: types.StringType, Optional: true, Computed: true,
				Default: listdefault.StaticValue(types.ListValueMust(types.StringType, nil)), Validators: []validator.List{validate.EachString{Inner: validate.DomainWord}}},
			"ipv6_prefix": schema.StringAttribute{Description: "The bridge's IPv6 /64 (e.g. fd42:1::/64), which must be on the " +
				"bridge: dnsmasq sends router advertisements for it (--enable-ra), with the host as router, so clients make " +
				"their addresses by SLAAC; none by default (IPv4 only). Changing it restarts the server.", Optional: true,
				Validators: []validator.String{validate.IPv6Network, validate.PrefixLength{Bits: 64}}},
			"ipv6_mode": schema.StringAttribute{Description: "ra-stateless (the default when unset): advertisements with SLAAC, and " +
				"stateless DHCPv6 for the DNS options; ra-only: advertisements alone. Used with ipv6_prefix.",
				Optional: true, Validators: []validator.String{IPv6Modes}},
			"ipv6_nameservers": schema.ListAttribute{Description: "IPv6 DNS servers for IPv6 clients (RDNSS in the advertisements, " +
				"and DHCPv6's dns-server option), in order; none by default. Used with ipv6_prefix.",
				ElementType: types.StringType, Optional: true, Validators: []validator.List{validate.EachString{Inner: validate.IPv6Address}}},
			"reservations": schema.SetNestedAttribute{
				Description: "What a MAC always gets: an address, and no router option where default_route is false; " +
					"change without a restart (Read lists the reservation files there are).",
				Optional: true, Computed: true,
				Default: setdefault.StaticValue(types.SetValueMust(ReservationType, nil)),
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"mac": schema.StringAttribute{Required: true, Description: "MAC, lower case.", Validators: []validator.String{validate.MacWord}},
					"address": schema.StringAttribute{Optional: true, Description: "The address it always gets; none: one from the range.",
						Validators: []validator.String{validate.IPv4Address}},
					"hostname": schema.StringAttribute{Required: true, Description: "The name the lease carries.",
						Validators: []validator.String{validate.DhcpHostnameWord}},
					"default_route": schema.BoolAttribute{Optional: true, Description: "false: the client gets an empty router " +
						"option, so it adds no default route through this bridge; null (the default): it gets the router."},
				}},
			},
			"dns": schema.BoolAttribute{Description: "Whether dnsmasq answers DNS (udp and tcp 53) on the bridge's addresses, " +
				"and on no other interface of the host: the names of the network's guests (reservations with an address, and " +
				"leases, bare and under domain) and, forwarded, all others. Clients are then told the bridge's address as " +
				"DNS server unless nameservers says otherwise. false (the default): DHCP only (--port=0).",
				Optional: true, Computed: true, Default: booldefault.StaticBool(false)},
			"dns_upstream": schema.ListAttribute{Description: "The servers dnsmasq forwards queries for other names to, in order " +
				"(IPv4 or IPv6 addresses); none by default: the resolvers of the host's /etc/resolv.conf (for a namespace, " +
				"/etc/netns/NAME/resolv.conf where there is one). Used with dns.",
				ElementType: types.StringType, Optional: true, Computed: true,
				Default: listdefault.StaticValue(types.ListValueMust(types.StringType, nil)), Validators: []validator.List{validate.EachString{Inner: validate.IPAddress}}},
			"domain": schema.StringAttribute{Description: "The network's DNS domain, e.g. lab.internal: sent to clients as option 15 " +
				"(domain name, which minimal clients such as busybox udhcpc ask for) and first in option 119 (search list); " +
				"with dns, the guests' names resolve under it and its names are never forwarded. None by default.",
				Optional: true, Validators: []validator.String{validate.DomainWord}},
			"input_rules": schema.BoolAttribute{Description: "Whether rules first in the namespace's INPUT chain accept DHCP (udp 67) " +
				"and, with dns, DNS (udp and tcp 53) coming in on the bridge, so a DROP policy does not cut the guests off; with " +
				"ipv6_prefix the same with ip6tables for router solicitations, DHCPv6 (udp 547) and DNS; and a CHECKSUM fill for " +
				"DHCP replies (mangle POSTROUTING, udp 68) where the kernel has the target. The rules carry the comment " +
				"\"hyperlab-dhcp:BRIDGE MARK\" and go with the server (Read: whether they are all in place). Default true.",
				Optional: true, Computed: true, Default: booldefault.StaticBool(true)},
			"lease_file": schema.StringAttribute{Description: "The lease file, under /var/lib/hyperlab/dhcp: it outlives a reboot, " +
				"so restored guests keep their addresses, and is removed with the server.", Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"leases": schema.ListNestedAttribute{Description: "The leases the server has handed out, as Read found them in the lease " +
				"file (mac, address, hostname; \"\" where the client sent none), by address; unknown in the plan of a change, " +
				"as a lease may come or go before the apply.", Computed: true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"mac":      schema.StringAttribute{Computed: true, Description: "The client's MAC, lower case."},
					"address":  schema.StringAttribute{Computed: true, Description: "The leased IPv4 address."},
					"hostname": schema.StringAttribute{Computed: true, Description: "The name the client sent, or \"\"."},
				}}},
			"mark": schema.StringAttribute{Description: "Identity of the server, kept beside its pid file: Create takes a running " +
				"server for the bridge only when it carries this mark, refuses one that carries none or another, Update changes " +
				"it only while it carries this mark or the one this resource applied last, and Delete stops only its own; changes " +
				"in place. A state written before marks (no mark) takes the bridge's unmarked server as its own.",
				Required: true, Validators: []validator.String{resourceutil.LinkMark}},
			"found_mark": resourceutil.FoundMarkAttribute(),
			"running": schema.BoolAttribute{
				Description: "Whether the server runs with this configuration (Read: false when it is dead, runs with other arguments, " +
					"or carries another mark).",
				Optional: true, Computed: true, Default: booldefault.StaticBool(true),
			},
		},
	}
}

func (m *Model) PidFile() string {
	return resourceutil.RunStatePath("dhcp-pid", m.Netns.ValueString(), m.Bridge.ValueString())
}

// MarkFile holds the mark of the resource whose server runs on the bridge.
func (m *Model) MarkFile() string {
	return resourceutil.RunStatePath("dhcp-mark", m.Netns.ValueString(), m.Bridge.ValueString())
}

// MarkFound is the mark the bridge's server carries: "" when none is kept.
func (m *Model) MarkFound() (string, error) {
	b, err := os.ReadFile(m.MarkFile())
	if os.IsNotExist(err) {
		return "", nil
	}
	return string(nat.TrimNewline(b)), err
}

// object names the bridge's server for a message.
func (m *Model) object() string {
	return resourceutil.LinkObject("the DHCP server for bridge", m.Netns.ValueString(), m.Bridge.ValueString()) + " (kept in " + m.PidFile() + ")"
}

// claim makes the bridge's server this resource's: refused when one runs, or its
// state is kept, under another mark or none (another resource's, or started by
// hand), which is neither taken nor stopped.
// previous is the mark the state recorded, when the resource applied it
// (recorded; not an import): the server under that mark, none included for a
// state written before marks, is this resource's.
func (m *Model) claim(previous string, recorded bool) error {
	found, err := m.MarkFound()
	if err != nil {
		return err
	}
	if found == "" {
		pid := m.livePid()
		_, dirErr := os.Stat(m.HostsDir())
		if pid == 0 && os.IsNotExist(dirErr) {
			return os.WriteFile(m.MarkFile(), []byte(m.Mark.ValueString()+"\n"), 0o644)
		}
	}
	if found == m.Mark.ValueString() {
		return nil
	}
	own := []string{m.Mark.ValueString()}
	if recorded {
		own = append(own, previous)
	}
	if ownership.Of(true, found, own...) == ownership.Ours || (recorded && previous == "" && found == "") {
		return os.WriteFile(m.MarkFile(), []byte(m.Mark.ValueString()+"\n"), 0o644)
	}
	return ownership.Refusal(m.object(), found, m.Mark.ValueString())
}

func (m *Model) HostsDir() string {
	return resourceutil.RunStatePath("dhcp-hosts", m.Netns.ValueString(), m.Bridge.ValueString())
}

// Argv is dnsmasq's whole configuration; Read compares it with the running process's.
func (m *Model) Argv() []string {
	argv := append([]string{"dnsmasq", "--conf-file=/dev/null"}, m.dnsArgv()...)
	argv = append(argv, "--interface="+m.Bridge.ValueString(), "--bind-interfaces",
		"--except-interface=lo", fmt.Sprintf("--dhcp-range=%s,%s,%d", m.RangeStart.ValueString(), m.RangeEnd.ValueString(), m.LeaseSeconds.ValueInt64()),
		"--dhcp-option=option:router,"+m.Router.ValueString(),
		// An option given with no value is sent empty: these clients get no router.
		"--dhcp-option=tag:"+noRouteTag+",option:router")
	nameservers := listStrings(m.Nameservers)
	domains := m.searchDomains()
	argv = append(argv, m.domainArgv()...)
	if len(nameservers) > 0 {
		argv = append(argv, "--dhcp-option=option:dns-server,"+strings.Join(nameservers, ","))
	}
	if len(domains) > 0 {
		argv = append(argv, "--dhcp-option=option:domain-search,"+strings.Join(domains, ","))
	}
	argv = append(argv, m.ipv6Argv(domains)...)
	return append(argv, "--dhcp-hostsdir="+m.HostsDir(), "--dhcp-leasefile="+m.LeaseFilePath(),
		"--dhcp-authoritative", "--pid-file="+m.PidFile(), "--user=nobody", "--group=nogroup")
}

// ipv6Argv is the IPv6 part of the arguments, none without ipv6_prefix: router
// advertisements for the prefix, lifetimes from the lease time, and the DNS
// options (dnsmasq puts dns-server in the advertisements as RDNSS too).
func (m *Model) ipv6Argv(domains []string) []string {
	prefix, err := netip.ParsePrefix(m.IPv6Prefix.ValueString())
	if err != nil {
		return nil
	}
	mode := m.IPv6Mode.ValueString()
	if mode == "" {
		mode = "ra-stateless"
	}
	argv := []string{"--enable-ra",
		fmt.Sprintf("--dhcp-range=%s,%s,%d,%d", prefix.Addr(), mode, prefix.Bits(), m.LeaseSeconds.ValueInt64())}
	nameservers := listStrings(m.IPv6Nameservers)
	if len(nameservers) > 0 {
		bracketed := make([]string, len(nameservers))
		for i, n := range nameservers {
			bracketed[i] = "[" + n + "]"
		}
		argv = append(argv, "--dhcp-option=option6:dns-server,"+strings.Join(bracketed, ","))
	}
	if len(domains) > 0 {
		argv = append(argv, "--dhcp-option=option6:domain-search,"+strings.Join(domains, ","))
	}
	return argv
}

// HostsLine is a reservation as a line of dnsmasq's --dhcp-hostsdir files:
// MAC[,set:TAG][,ADDRESS],HOSTNAME.
func (res Reservation) HostsLine() string {
	fields := []string{res.MAC}
	if !res.DefaultRoute.IsNull() && !res.DefaultRoute.ValueBool() {
		fields = append(fields, "set:"+noRouteTag)
	}
	if a := res.Address.ValueString(); a != "" {
		fields = append(fields, a)
	}
	return strings.Join(append(fields, res.Hostname), ",") + "\n"
}

// ParseHostsLine reads back a line HostsLine wrote.
func ParseHostsLine(line string) (Reservation, bool) {
	parts := strings.Split(strings.TrimSpace(line), ",")
	if len(parts) < 2 || len(parts) > 4 {
		return Reservation{}, false
	}
	res := Reservation{MAC: parts[0], Hostname: parts[len(parts)-1], Address: types.StringNull(), DefaultRoute: types.BoolNull()}
	for _, p := range parts[1 : len(parts)-1] {
		switch {
		case p == "set:"+noRouteTag:
			res.DefaultRoute = types.BoolValue(false)
		case validate.IPv4Address.Valid(p):
			res.Address = types.StringValue(p)
		default:
			return Reservation{}, false
		}
	}
	return res, true
}

// runningPid is the pid of the live dnsmasq of this resource, and whether it runs with m's arguments.
func (m *Model) runningPid() (pid int, current bool) {
	pid = m.livePid()
	if pid == 0 {
		return 0, false
	}
	cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil {
		return 0, false
	}
	args := strings.Split(strings.TrimRight(string(cmdline), "\x00"), "\x00")
	if len(args) == 0 || filepath.Base(args[0]) != "dnsmasq" {
		return 0, false // the pid was reused by another program
	}
	return pid, strings.Join(args[1:], "\x00") == strings.Join(m.Argv()[1:], "\x00")
}

// Stop sends dnsmasq SIGTERM and waits up to 5 s for it to go, or until ctx
// ends. A server already gone is not an error.
func Stop(ctx context.Context, pid int) error {
	if err := syscall.Kill(pid, syscall.SIGTERM); err != nil && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("stopping dnsmasq (pid %d): %w", pid, err)
	}
	for i := 0; i < 50 && resourceutil.Alive(pid); i++ {
		if err := resourceutil.Sleep(ctx, 100*time.Millisecond); err != nil {
			return fmt.Errorf("waiting for dnsmasq (pid %d) to stop: %w", pid, err)
		}
	}
	return nil
}

func (m *Model) writeReservations(ctx context.Context) (changed bool, err error) {
	var wanted []Reservation
	if err := resourceutil.ElementsInto(ctx, m.Reservations, &wanted); err != nil {
		return false, fmt.Errorf("reservations: %w", err)
	}
	if err := os.MkdirAll(m.HostsDir(), 0o755); err != nil {
		return false, err
	}
	files := map[string]string{}
	for _, res := range wanted {
		files[res.Hostname+"-"+strings.ReplaceAll(res.MAC, ":", "")] = res.HostsLine()
	}
	existing, err := os.ReadDir(m.HostsDir())
	if err != nil {
		return false, err
	}
	for _, e := range existing {
		if _, keep := files[e.Name()]; !keep {
			if err := os.Remove(filepath.Join(m.HostsDir(), e.Name())); err != nil {
				return false, err
			}
			changed = true
		}
	}
	for name, content := range files {
		path := filepath.Join(m.HostsDir(), name)
		if old, err := os.ReadFile(path); err == nil && string(old) == content {
			continue
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			return false, err
		}
		changed = true
	}
	return changed, nil
}

func (m *Model) readReservations(ctx context.Context) (types.Set, error) {
	entries, err := os.ReadDir(m.HostsDir())
	if err != nil && !os.IsNotExist(err) {
		return types.SetNull(ReservationType), err
	}
	found := []Reservation{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(m.HostsDir(), e.Name()))
		if err != nil {
			return types.SetNull(ReservationType), err
		}
		if res, ok := ParseHostsLine(string(b)); ok {
			found = append(found, res)
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].MAC < found[j].MAC })
	set, diags := types.SetValueFrom(ctx, ReservationType, found)
	if diags.HasError() {
		return set, fmt.Errorf("reservations: %v", diags)
	}
	return set, nil
}

// converge writes the reservations and makes the server run with m's arguments.
// Only dnsmasq itself must run in the namespace (hostexec starts it there); its
// files under /run and its pid are the same from any namespace.
func (r *dhcpResource) converge(ctx context.Context, m *Model, previousMark string, inState bool) error {
	if err := m.claim(previousMark, inState); err != nil {
		return err
	}
	changed, err := m.writeReservations(ctx)
	if err != nil {
		return err
	}
	dnsChanged, err := m.writeDNSHosts(ctx)
	if err != nil {
		return err
	}
	changed = changed || dnsChanged
	if m.InputRules.ValueBool() {
		err = m.applyInputRules(ctx)
	} else {
		err = m.RemoveInputRules(ctx)
	}
	if err != nil {
		return err
	}
	m.LeaseFile = types.StringValue(m.LeaseFilePath())
	if m.Leases, err = m.readLeasesValue(ctx); err != nil {
		return err
	}
	pid, current := m.runningPid()
	if pid != 0 && (!current || !m.Running.ValueBool()) {
		if err := Stop(ctx, pid); err != nil {
			return err
		}
		pid = 0
	}
	if pid != 0 && changed {
		// dnsmasq reads new files in its hosts directory by itself, but forgets removed ones only on SIGHUP.
		return syscall.Kill(pid, syscall.SIGHUP)
	}
	if pid == 0 && m.Running.ValueBool() {
		return m.Start(ctx)
	}
	return nil
}

func (r *dhcpResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan Model
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Create, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "creating the DHCP server", map[string]any{"netns": plan.Netns.ValueString(), "bridge": plan.Bridge.ValueString()})
	if err := r.converge(ctx, &plan, "", false); err != nil {
		resp.Diagnostics.AddError("Starting the DHCP server failed", err.Error())
		return
	}
	plan.FoundMark = plan.Mark
	plan.ID = types.StringValue(resourceutil.JoinID(plan.Netns.ValueString(), plan.Bridge.ValueString()))
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackCreate(ctx, r, "the DHCP server of bridge "+plan.Bridge.ValueString(), resp)
}

func (r *dhcpResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state Model
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	_, pidErr := os.Stat(state.PidFile())
	_, dirErr := os.Stat(state.HostsDir())
	if os.IsNotExist(pidErr) && os.IsNotExist(dirErr) {
		resp.State.RemoveResource(ctx)
		return
	}
	mark, err := state.MarkFound()
	if err != nil {
		resp.Diagnostics.AddError("Reading the DHCP server failed", err.Error())
		return
	}
	// The mark stays the one this resource applied (null when imported); the
	// server's is found_mark. Under another mark (or none) the server is someone
	// else's, not this one running: the plan shows it, and the apply refuses to take it.
	state.FoundMark = types.StringValue(mark)
	_, current := state.runningPid()
	state.Running = types.BoolValue(current && (state.Mark.ValueString() == "" || mark == state.Mark.ValueString()))
	if state.Reservations, err = state.readReservations(ctx); err != nil {
		resp.Diagnostics.AddError("Reading the DHCP server failed", err.Error())
		return
	}
	if state.InputRules.IsNull() || state.InputRules.ValueBool() {
		// Imported (no mark applied yet): the rules are looked for under the mark the server carries.
		carried := state
		if state.Mark.ValueString() == "" {
			carried.Mark = state.FoundMark
		}
		inPlace, err := carried.InputRulesInPlace()
		if err != nil {
			resp.Diagnostics.AddError("Reading the DHCP server's INPUT rules failed", fmt.Sprintf("bridge %s: %v", state.Bridge.ValueString(), err))
			return
		}
		state.InputRules = types.BoolValue(inPlace)
	}
	state.LeaseFile = types.StringValue(state.LeaseFilePath())
	if state.Leases, err = state.readLeasesValue(ctx); err != nil {
		resp.Diagnostics.AddError("Reading the DHCP server's leases failed", err.Error())
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *dhcpResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state Model
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Update, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "updating the DHCP server", map[string]any{"netns": plan.Netns.ValueString(), "bridge": plan.Bridge.ValueString()})
	// Changed only while the server is this resource's, as its mark file says now;
	// an imported state's null mark is no claim on an unmarked server.
	imported, diags := resourceutil.WasImported(ctx, req.Private)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	// Rules of the old configuration (another mark, dns or IPv6 then) go before the new ones are put in place.
	if !imported && !state.InputRules.IsNull() && (state.Mark.ValueString() != plan.Mark.ValueString() || state.DNS.ValueBool() != plan.DNS.ValueBool() ||
		state.IPv6Prefix.ValueString() != plan.IPv6Prefix.ValueString() || state.IPv6Mode.ValueString() != plan.IPv6Mode.ValueString()) {
		if err := state.RemoveInputRules(ctx); err != nil {
			resp.Diagnostics.AddError("Updating the DHCP server's INPUT rules failed", err.Error())
			return
		}
	}
	if err := r.converge(ctx, &plan, state.Mark.ValueString(), !imported); err != nil {
		resp.Diagnostics.AddError("Updating the DHCP server failed", err.Error())
		return
	}
	plan.FoundMark = plan.Mark
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackUpdate(ctx, r, "the DHCP server of bridge "+plan.Bridge.ValueString(), resp)
}

func (r *dhcpResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state Model
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Delete, 5*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "deleting the DHCP server", map[string]any{"netns": state.Netns.ValueString(), "bridge": state.Bridge.ValueString()})
	imported, diags := resourceutil.WasImported(ctx, req.Private)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	// Only its own server is stopped: under another mark, or none (unless the
	// state was written before marks), it is someone else's.
	legacy := state.Mark.ValueString() == "" && !imported
	if found, err := state.MarkFound(); err != nil {
		resp.Diagnostics.AddError("Reading the DHCP server's mark failed", err.Error())
		return
	} else if ownership.Of(true, found, state.Mark.ValueString()) != ownership.Ours && !(legacy && found == "") {
		pid := state.livePid()
		if _, dirErr := os.Stat(state.HostsDir()); found == "" && pid == 0 && os.IsNotExist(dirErr) {
			return // nothing of it is left
		}
		tflog.Warn(ctx, "DHCP server left in place", map[string]any{"bridge": state.Bridge.ValueString(), "found": found, "mark": state.Mark.ValueString()})
		resp.Diagnostics.AddWarning("DHCP server left running", ownership.Left(state.object(), found, state.Mark.ValueString()))
		return
	}
	if pid, _ := state.runningPid(); pid != 0 {
		if err := Stop(ctx, pid); err != nil {
			resp.Diagnostics.AddError("Stopping the DHCP server failed", err.Error())
		}
	}
	if err := state.RemoveInputRules(ctx); err != nil {
		resp.Diagnostics.AddError("Deleting the DHCP server's INPUT rules failed", err.Error())
	}
	for _, p := range []string{state.PidFile(), state.HostsDir(), state.MarkFile(), state.DNSHostsDir()} {
		if err := os.RemoveAll(p); err != nil {
			resp.Diagnostics.AddError("Deleting the DHCP server's state failed", err.Error())
		}
	}
	if err := state.RemoveLeaseFile(); err != nil {
		resp.Diagnostics.AddError("Deleting the DHCP server's lease file failed", err.Error())
	}
}

// ImportState takes "BRIDGE" or "NETNS/BRIDGE"; the range, lease and router are
// read from the running server's arguments.
func (r *dhcpResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	netns, bridge, ok := resourceutil.ImportByName(ctx, req, resp, "bridge")
	if !ok {
		return
	}
	// The mark stays null: the next apply takes the server only if it carries the configured one.
	resp.Diagnostics.Append(resourceutil.MarkImported(ctx, resp.Private)...)
	m := Model{Netns: types.StringValue(netns), Bridge: types.StringValue(bridge)}
	b, err := os.ReadFile(m.PidFile())
	if err != nil {
		resp.Diagnostics.AddError("No DHCP server to import", fmt.Sprintf("%s: %v", m.PidFile(), err))
		return
	}
	cmdline, err := os.ReadFile("/proc/" + strings.TrimSpace(string(b)) + "/cmdline")
	if err != nil {
		resp.Diagnostics.AddError("The DHCP server is not running", err.Error())
		return
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("nameservers"), []string{})...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("domain_search"), []string{})...)
	args := strings.Split(string(cmdline), "\x00")
	dns := true
	upstream, search, domain := []string{}, []string{}, ""
	for _, arg := range args {
		dns = dns && arg != "--port=0"
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("dns"), dns)...)
	for _, arg := range args {
		if v, ok := strings.CutPrefix(arg, "--dhcp-range="); ok {
			if parts := strings.Split(v, ","); len(parts) == 4 && IPv6Modes.Has(parts[1]) {
				resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("ipv6_prefix"), parts[0]+"/"+parts[2])...)
				resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("ipv6_mode"), parts[1])...)
			} else if len(parts) == 3 {
				lease, err := strconv.ParseInt(parts[2], 10, 64)
				if err != nil {
					resp.Diagnostics.AddError("Importing the DHCP server failed", fmt.Sprintf("its --dhcp-range %q has no lease time: %v", v, err))
					return
				}
				resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("range_start"), parts[0])...)
				resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("range_end"), parts[1])...)
				resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("lease_seconds"), lease)...)
			}
		}
		if v, ok := strings.CutPrefix(arg, "--dhcp-option=option:router,"); ok {
			resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("router"), v)...)
		}
		if v, ok := strings.CutPrefix(arg, "--dhcp-option=option:dns-server,"); ok {
			resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("nameservers"), strings.Split(v, ","))...)
		}
		if v, ok := strings.CutPrefix(arg, "--dhcp-option=option6:dns-server,"); ok {
			resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("ipv6_nameservers"),
				strings.Split(strings.NewReplacer("[", "", "]", "").Replace(v), ","))...)
		}
		if v, ok := strings.CutPrefix(arg, "--dhcp-option=option:domain-search,"); ok {
			search = strings.Split(v, ",")
		}
		if v, ok := strings.CutPrefix(arg, "--domain="); ok {
			domain = v
			resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("domain"), v)...)
		}
		if v, ok := strings.CutPrefix(arg, "--server="); ok {
			upstream = append(upstream, v)
		}
	}
	// The domain is first in option 119's list: domain_search is the rest.
	if domain != "" && len(search) > 0 && search[0] == domain {
		search = search[1:]
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("domain_search"), search)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("dns_upstream"), upstream)...)
}

// livePid is the pid of this resource's live dnsmasq, whatever its arguments, or
// 0 when none runs: no pid file, one that cannot be read or holds no number, or
// its process gone all mean there is no server to stop, take or find.
func (m *Model) livePid() int {
	if pid, err := m.RunningPidAny(); err == nil {
		return pid
	}
	return 0
}

// RunningPidAny is the pid of this resource's live dnsmasq, whatever its arguments.
func (m *Model) RunningPidAny() (int, error) {
	b, err := os.ReadFile(m.PidFile())
	if err != nil {
		return 0, err
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || !resourceutil.Alive(pid) {
		return 0, err
	}
	return pid, nil
}
