package nat

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/coreos/go-iptables/iptables"
	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// NewNatResource is hyperlab_nat: the host forwards and masquerades one bridge's
// network, as lxc-net does.
func NewNatResource() resource.Resource { return &natResource{} }

type natResource struct{}

type Model struct {
	ID         types.String `tfsdk:"id"`
	Netns      types.String `tfsdk:"netns"`
	Bridge     types.String `tfsdk:"bridge"`
	SourceCIDR types.String `tfsdk:"source_cidr"`
	Masquerade types.Bool   `tfsdk:"masquerade"`
	Forward    types.Bool   `tfsdk:"forward"`
	IPForward  types.Bool   `tfsdk:"ip_forward"`
	// The IPv6 side, where the bridge has an IPv6 prefix too.
	SourceCIDR6 types.String   `tfsdk:"source_cidr6"`
	Masquerade6 types.Bool     `tfsdk:"masquerade6"`
	Mark        types.String   `tfsdk:"mark"`
	FoundMark   types.String   `tfsdk:"found_mark"`
	Timeouts    timeouts.Value `tfsdk:"timeouts"`
}

// The forwarding switch is one per namespace and NAT resources share its
// bookkeeping (the switch as the first NAT network found it, and the list of NAT
// networks that need it): they take turns, in one provider process and across
// processes (two stacks applied at once on one host) by natLock, an flock on
// natLockFile. Without the flock, one stack's last delete could restore the switch
// and remove the list while another's create wrote its entry into it: the switch was
// then left on for good.
var natLock resourceutil.HostLock

// natLockFile is under /run/lock, not beside the bookkeeping in /run: it stays, empty,
// and is nobody's residue.
var natLockFile = "/run/lock/hyperlab-nat.lock"

// lockNatBookkeeping takes the NAT lock, waiting until ctx ends; the returned
// function releases it.
func lockNatBookkeeping(ctx context.Context) (unlock func() error, err error) {
	return natLock.Lock(ctx, natLockFile, false, true)
}

type Rule struct {
	Table, Chain string
	Spec         []string
}

// The sysctls of the forwarding switches, and the names of the files that keep
// them as the first NAT network of the namespace found them.
const (
	ipv4ForwardSysctl = "net/ipv4/ip_forward"
	ipv6ForwardSysctl = "net/ipv6/conf/all/forwarding"
	IPv4ForwardFile   = "ip_forward"
	IPv6ForwardFile   = "ipv6_forward"
)

func (m *Model) hasIPv6() bool { return m.SourceCIDR6.ValueString() != "" }

// natRules6 are the IPv6 rules (ip6tables), tagged as the IPv4 ones: a MASQUERADE
// rule only where masquerade6 asks for it (a ULA prefix, as lxc-net's
// LXC_IPV6_NAT), the FORWARD rules always, so a global prefix is routed as it is.
func natRules6(m *Model) (masquerade Rule, forward []Rule) {
	tag := []string{"-m", "comment", "--comment", m.Comment()}
	cidr := m.SourceCIDR6.ValueString()
	masquerade = Rule{"nat", "POSTROUTING", append(append([]string{"-s", cidr, "!", "-d", cidr}, tag...), "-j", "MASQUERADE")}
	_, forward = Rules(m)
	return masquerade, forward
}

// Comment tags the rules: the bridge, so anyone reading the rules sees what they
// are for, and the resource's mark, so Read finds exactly its own rules and Delete
// removes no one else's.
func (m *Model) Comment() string {
	if m.Mark.ValueString() == "" {
		return Tag(m.Bridge.ValueString()) // a state written before marks: its rules' comment
	}
	return Tag(m.Bridge.ValueString()) + " " + m.Mark.ValueString()
}

func Tag(bridge string) string { return "hyperlab:" + bridge }

// natMarkOf is the mark in a comment natTag(bridge) starts, "" for none.
func natMarkOf(comment, bridge string) string {
	return strings.TrimPrefix(strings.TrimPrefix(comment, Tag(bridge)), " ")
}

// Rules carry the resource's comment, so Read finds exactly its own rules.
func Rules(m *Model) (masquerade Rule, forward []Rule) {
	tag := []string{"-m", "comment", "--comment", m.Comment()}
	cidr, bridge := m.SourceCIDR.ValueString(), m.Bridge.ValueString()
	masquerade = Rule{"nat", "POSTROUTING", append(append([]string{"-s", cidr, "!", "-d", cidr}, tag...), "-j", "MASQUERADE")}
	forward = []Rule{
		{"filter", "FORWARD", append(append([]string{"-i", bridge}, tag...), "-j", "ACCEPT")},
		{"filter", "FORWARD", append(append([]string{"-o", bridge, "-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED"}, tag...), "-j", "ACCEPT")},
	}
	return masquerade, forward
}

func (r *natResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_nat"
}

func (r *natResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	flag := func(description string) schema.BoolAttribute {
		return schema.BoolAttribute{Description: description, Optional: true, Computed: true, Default: booldefault.StaticBool(true)}
	}
	resp.Schema = schema.Schema{
		Description: "NAT for one bridge's network: a MASQUERADE rule, FORWARD rules first in their chain, and IPv4 " +
			"forwarding on; with source_cidr6 the same for IPv6 (ip6tables; MASQUERADE only with masquerade6). " +
			"Forwarding is put back as it was when the last hyperlab_nat of the namespace goes.",
		Attributes: map[string]schema.Attribute{
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
			"id":       resourceutil.IDAttribute(),
			"netns":    resourceutil.NetnsAttribute(),
			"bridge": schema.StringAttribute{Description: "The bridge whose guests are masqueraded.", Required: true, PlanModifiers: replace,
				Validators: []validator.String{validate.IfaceWord}},
			"source_cidr": schema.StringAttribute{Description: "The bridge's IPv4 network, e.g. 10.0.3.0/24.", Required: true, PlanModifiers: replace,
				Validators: []validator.String{validate.IPv4Network}},
			"masquerade": flag("Whether the MASQUERADE rule is in place (Read: whether it is)."),
			"forward":    flag("Whether both FORWARD rules are in place (Read: whether they are)."),
			"ip_forward": flag("Whether net.ipv4.ip_forward is 1 in the namespace, and with source_cidr6 " +
				"net.ipv6.conf.all.forwarding too (Read: whether they are)."),
			"source_cidr6": schema.StringAttribute{Description: "The bridge's IPv6 network, e.g. fd42:1::/64: its traffic is " +
				"forwarded too (ip6tables FORWARD rules, IPv6 forwarding on), and masqueraded where masquerade6 is set.",
				Optional: true, PlanModifiers: replace, Validators: []validator.String{validate.IPv6Network}},
			"masquerade6": schema.BoolAttribute{Description: "Whether the ip6tables MASQUERADE rule for source_cidr6 is in place " +
				"(Read: whether it is): for a ULA prefix (fc00::/7), which is not routed beyond the host; a global prefix is " +
				"routed, not translated. Needs source_cidr6.", Optional: true, Computed: true, Default: booldefault.StaticBool(false)},
			"mark": schema.StringAttribute{Description: "Identity written in the rules' comment (\"hyperlab:BRIDGE MARK\"): Create " +
				"refuses when rules for the bridge carry another mark or none, Update changes them only while they carry this mark or " +
				"the one this resource applied last, and Delete removes only rules with its own; a change rewrites the rules in place. " +
				"A state written before marks (no mark) takes the bridge's unmarked rules as its own.", Required: true, Validators: []validator.String{resourceutil.LinkMark}},
			"found_mark": resourceutil.FoundMarkAttribute(),
		},
	}
}

func (r *natResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
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
	tflog.Info(ctx, "creating the NAT", map[string]any{"netns": plan.Netns.ValueString(), "bridge": plan.Bridge.ValueString(), "source_cidr": plan.SourceCIDR.ValueString()})
	if err := r.converge(ctx, &plan, []string{plan.Mark.ValueString()}, false); err != nil {
		resp.Diagnostics.AddError("Creating NAT failed", err.Error())
		return
	}
	plan.ID = types.StringValue(resourceutil.JoinID(plan.Netns.ValueString(), plan.Bridge.ValueString()))
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackCreate(ctx, r, "the NAT of bridge "+plan.Bridge.ValueString(), resp)
}

// converge puts m's rules and forwarding in place. own are the marks whose rules
// for the bridge are this resource's (legacy: unmarked ones too, for a state
// written before marks); rules with any other are refused before anything changes.
func (r *natResource) converge(ctx context.Context, m *Model, own []string, legacy bool) error {
	if m.Masquerade6.ValueBool() && !m.hasIPv6() {
		return fmt.Errorf("masquerade6 needs source_cidr6, the IPv6 network to masquerade")
	}
	unlock, err := lockNatBookkeeping(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	return hostnet.Do(m.Netns.ValueString(), func() error {
		ipt, ip6t, err := natTables(m)
		if err != nil {
			return err
		}
		for _, t := range []*iptables.IPTables{ipt, ip6t} {
			if t == nil {
				continue
			}
			if err := refuseForeignNat(t, m, own, legacy); err != nil {
				return err
			}
		}
		m.FoundMark = m.Mark
		dir := resourceutil.RunStatePath("nat", m.Netns.ValueString())
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		// Remember each switch as the first NAT network that turns it on found it.
		if err := rememberSysctl(dir, IPv4ForwardFile, ipv4ForwardSysctl); err != nil {
			return err
		}
		if m.hasIPv6() {
			if err := rememberSysctl(dir, IPv6ForwardFile, ipv6ForwardSysctl); err != nil {
				return err
			}
		}
		if err := os.WriteFile(filepath.Join(dir, m.Bridge.ValueString()), nil, 0o644); err != nil {
			return err
		}
		if m.IPForward.ValueBool() {
			if err := hostnet.WriteSysctl(ipv4ForwardSysctl, "1"); err != nil {
				return fmt.Errorf("turning on IPv4 forwarding: %w", err)
			}
			if m.hasIPv6() {
				if err := hostnet.WriteSysctl(ipv6ForwardSysctl, "1"); err != nil {
					return fmt.Errorf("turning on IPv6 forwarding: %w", err)
				}
			}
		}
		masquerade, forward := Rules(m)
		if err := applyNatRules(ipt, masquerade, forward, m.Masquerade.ValueBool(), m.Forward.ValueBool()); err != nil {
			return err
		}
		if !m.hasIPv6() {
			return nil
		}
		masquerade6, forward6 := natRules6(m)
		return applyNatRules(ip6t, masquerade6, forward6, m.Masquerade6.ValueBool(), m.Forward.ValueBool())
	})
}

// CommentOption finds a rule's comment as iptables -S prints it: quoted where it has a space.
var CommentOption = regexp.MustCompile(`--comment (?:"((?:[^"\\]|\\.)*)"|(\S+))`)

// natComments are the comments of the rules tagged for bridge, in the chains NAT uses.
func natComments(ipt *iptables.IPTables, bridge string) ([]string, error) {
	return TaggedComments(ipt, Tag(bridge), [][2]string{{"nat", "POSTROUTING"}, {"filter", "FORWARD"}})
}

// TaggedComments are the comments, in the given table/chain pairs, that are tag
// itself or start with tag and a space (the tag, then a mark).
func TaggedComments(ipt *iptables.IPTables, tag string, chains [][2]string) ([]string, error) {
	var comments []string
	for _, where := range chains {
		rules, err := ipt.List(where[0], where[1])
		if err != nil {
			return nil, fmt.Errorf("listing %s %s: %w", where[0], where[1], err)
		}
		for _, rule := range rules {
			if found := CommentOption.FindStringSubmatch(rule); found != nil {
				if comment := found[1] + found[2]; comment == tag || strings.HasPrefix(comment, tag+" ") {
					comments = append(comments, comment)
				}
			}
		}
	}
	return comments, nil
}

// natTables are the iptables of m's families: ip6t is nil without source_cidr6.
func natTables(m *Model) (ipt, ip6t *iptables.IPTables, err error) {
	if ipt, err = iptables.New(); err != nil {
		return nil, nil, err
	}
	if m.hasIPv6() {
		if ip6t, err = iptables.NewWithProtocol(iptables.ProtocolIPv6); err != nil {
			return nil, nil, err
		}
	}
	return ipt, ip6t, nil
}

// natObject names the bridge's rules for a message.
func natObject(m *Model) string {
	return resourceutil.LinkObject("a NAT rule for bridge", m.Netns.ValueString(), m.Bridge.ValueString())
}

// natForeignMark is the mark of the first rule for m's bridge that is not this
// resource's (own; legacy: unmarked rules are its own too), and whether there is one.
func natForeignMark(ipt *iptables.IPTables, m *Model, own []string, legacy bool) (string, bool, error) {
	comments, err := natComments(ipt, m.Bridge.ValueString())
	if err != nil {
		return "", false, err
	}
	for _, comment := range comments {
		found := natMarkOf(comment, m.Bridge.ValueString())
		if legacy && found == "" {
			continue
		}
		if ownership.Of(true, found, own...) != ownership.Ours {
			return found, true, nil
		}
	}
	return "", false, nil
}

// refuseForeignNat fails when rules for m's bridge are in place with a mark that
// is not one of own, or none (unless legacy): they are another resource's (or
// were written by hand), and neither taken nor removed.
func refuseForeignNat(ipt *iptables.IPTables, m *Model, own []string, legacy bool) error {
	found, foreign, err := natForeignMark(ipt, m, own, legacy)
	if err != nil || !foreign {
		return err
	}
	return ownership.Refusal(natObject(m), found, m.Mark.ValueString())
}

// rememberSysctl keeps a sysctl's value in dir/file unless it is kept already.
func rememberSysctl(dir, file, sysctl string) error {
	original := filepath.Join(dir, file)
	if _, err := os.Stat(original); !os.IsNotExist(err) {
		return err
	}
	value, err := hostnet.ReadSysctl(sysctl)
	if err != nil {
		return err
	}
	return os.WriteFile(original, []byte(value+"\n"), 0o644)
}

// applyNatRules puts the rules that are asked for in place, of one family.
func applyNatRules(ipt *iptables.IPTables, masquerade Rule, forward []Rule, withMasquerade, withForward bool) error {
	if withMasquerade {
		if err := ipt.AppendUnique(masquerade.Table, masquerade.Chain, masquerade.Spec...); err != nil {
			return err
		}
	}
	if withForward {
		// First in the chain, so a DROP policy or rule set by others does not swallow the guests' traffic.
		for _, rule := range forward {
			if ok, err := ipt.Exists(rule.Table, rule.Chain, rule.Spec...); err != nil {
				return err
			} else if !ok {
				if err := ipt.Insert(rule.Table, rule.Chain, 1, rule.Spec...); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// natRulesIn reports which of one family's rules are in place.
func natRulesIn(ipt *iptables.IPTables, masquerade Rule, forward []Rule) (hasMasquerade, hasForward bool, err error) {
	if hasMasquerade, err = ipt.Exists(masquerade.Table, masquerade.Chain, masquerade.Spec...); err != nil {
		return false, false, err
	}
	hasForward = true
	for _, rule := range forward {
		ok, err := ipt.Exists(rule.Table, rule.Chain, rule.Spec...)
		if err != nil {
			return false, false, err
		}
		hasForward = hasForward && ok
	}
	return hasMasquerade, hasForward, nil
}

func (r *natResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state Model
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	gone := false
	err := hostnet.Do(state.Netns.ValueString(), func() error {
		ipt, ip6t, err := natTables(&state)
		if err != nil {
			return err
		}
		// found_mark is the mark the bridge's rules carry; with none in place,
		// nothing of another's is there, and it is the state's own.
		var comments []string
		for _, t := range []*iptables.IPTables{ipt, ip6t} {
			if t == nil {
				continue
			}
			found, err := natComments(t, state.Bridge.ValueString())
			if err != nil {
				return err
			}
			comments = append(comments, found...)
		}
		state.FoundMark = types.StringValue(state.Mark.ValueString())
		if len(comments) > 0 {
			state.FoundMark = types.StringValue(natMarkOf(comments[0], state.Bridge.ValueString()))
		}
		// The mark stays the one this resource applied. Imported (none yet), the
		// rules are read under the mark they carry.
		read := state
		if state.Mark.ValueString() == "" {
			read.Mark = state.FoundMark
		}
		masquerade, forward := Rules(&read)
		hasMasquerade, hasForward, err := natRulesIn(ipt, masquerade, forward)
		if err != nil {
			return err
		}
		value, err := hostnet.ReadSysctl(ipv4ForwardSysctl)
		if err != nil {
			return err
		}
		ipForward := value == "1"
		hasAny := hasMasquerade || hasForward
		if state.hasIPv6() {
			masquerade6, forward6 := natRules6(&read)
			hasMasquerade6, hasForward6, err := natRulesIn(ip6t, masquerade6, forward6)
			if err != nil {
				return err
			}
			value6, err := hostnet.ReadSysctl(ipv6ForwardSysctl)
			if err != nil {
				return err
			}
			// forward and ip_forward are true only where both families are.
			hasForward = hasForward && hasForward6
			ipForward = ipForward && value6 == "1"
			state.Masquerade6 = types.BoolValue(hasMasquerade6)
			hasAny = hasAny || hasMasquerade6 || hasForward6
		} else {
			state.Masquerade6 = types.BoolValue(false)
		}
		_, markerErr := os.Stat(filepath.Join(resourceutil.RunStatePath("nat", state.Netns.ValueString()), state.Bridge.ValueString()))
		// Nothing of it left (the namespace was reset, the host rebooted): it is
		// gone. Rules for the bridge under another mark are there, and shown.
		gone = !hasAny && len(comments) == 0 && os.IsNotExist(markerErr)
		state.Masquerade = types.BoolValue(hasMasquerade)
		state.Forward = types.BoolValue(hasForward)
		state.IPForward = types.BoolValue(ipForward)
		return nil
	})
	if err != nil {
		resp.Diagnostics.AddError("Reading NAT failed", err.Error())
		return
	}
	if gone {
		resp.State.RemoveResource(ctx)
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *natResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
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
	tflog.Info(ctx, "updating the NAT", map[string]any{"netns": plan.Netns.ValueString(), "bridge": plan.Bridge.ValueString(), "source_cidr": plan.SourceCIDR.ValueString()})
	imported, diags := resourceutil.WasImported(ctx, req.Private)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	// A state written before marks takes the bridge's unmarked rules; an imported one does not.
	legacy := state.Mark.ValueString() == "" && !imported
	own := []string{plan.Mark.ValueString(), state.Mark.ValueString()}
	// Changed only while the rules in place are this resource's, as the host says
	// now. A new mark: the rules under the old one are this resource's, and go first.
	unlock, err := lockNatBookkeeping(ctx)
	if err != nil {
		resp.Diagnostics.AddError("Updating NAT failed", err.Error())
		return
	}
	err = hostnet.Do(state.Netns.ValueString(), func() error {
		ipt, ip6t, err := natTables(&plan)
		if err != nil {
			return err
		}
		for _, t := range []*iptables.IPTables{ipt, ip6t} {
			if t == nil {
				continue
			}
			if err := refuseForeignNat(t, &plan, own, legacy); err != nil {
				return err
			}
		}
		if state.Mark.ValueString() != plan.Mark.ValueString() && (state.Mark.ValueString() != "" || legacy) {
			tflog.Info(ctx, "rewriting the NAT rules under the new mark", map[string]any{"bridge": state.Bridge.ValueString(),
				"from": state.Mark.ValueString(), "to": plan.Mark.ValueString()})
			return removeNatRules(&state)
		}
		return nil
	})
	err = errors.Join(err, unlock())
	if err != nil {
		resp.Diagnostics.AddError("Updating NAT failed", err.Error())
		return
	}
	if err := r.converge(ctx, &plan, []string{plan.Mark.ValueString()}, false); err != nil {
		resp.Diagnostics.AddError("Updating NAT failed", err.Error())
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackUpdate(ctx, r, "the NAT of bridge "+plan.Bridge.ValueString(), resp)
}

func (r *natResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
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
	tflog.Info(ctx, "deleting the NAT", map[string]any{"netns": state.Netns.ValueString(), "bridge": state.Bridge.ValueString(), "source_cidr": state.SourceCIDR.ValueString()})
	imported, diags := resourceutil.WasImported(ctx, req.Private)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	// Only rules with this resource's own comment are removed (an imported state,
	// never applied, has none of its own). Rules for the bridge under another
	// mark, or none, stay, and so does forwarding, which they may need.
	legacy := state.Mark.ValueString() == "" && !imported
	left := ""
	unlock, err := lockNatBookkeeping(ctx)
	if err != nil {
		resp.Diagnostics.AddError("Deleting NAT failed", err.Error())
		return
	}
	defer unlock()
	err = hostnet.Do(state.Netns.ValueString(), func() error {
		if state.Mark.ValueString() != "" || legacy {
			if err := removeNatRules(&state); err != nil {
				return err
			}
		}
		ipt, ip6t, err := natTables(&state)
		if err != nil {
			return err
		}
		for _, t := range []*iptables.IPTables{ipt, ip6t} {
			if t == nil {
				continue
			}
			found, foreign, err := natForeignMark(t, &state, []string{state.Mark.ValueString()}, legacy)
			if err != nil {
				return err
			}
			if foreign {
				left = ownership.Left(natObject(&state), found, state.Mark.ValueString())
				return nil
			}
		}
		if imported && state.Mark.ValueString() == "" {
			return nil // nothing of it was this resource's
		}
		dir := resourceutil.RunStatePath("nat", state.Netns.ValueString())
		if err := os.Remove(filepath.Join(dir, state.Bridge.ValueString())); err != nil && !os.IsNotExist(err) {
			return err
		}
		entries, err := os.ReadDir(dir)
		if os.IsNotExist(err) {
			return nil
		}
		if err != nil {
			return err
		}
		// The last NAT network of the namespace: the switches go back as the first found them.
		for _, e := range entries {
			if e.Name() != IPv4ForwardFile && e.Name() != IPv6ForwardFile {
				return nil
			}
		}
		for file, sysctl := range map[string]string{IPv4ForwardFile: ipv4ForwardSysctl, IPv6ForwardFile: ipv6ForwardSysctl} {
			original, err := os.ReadFile(filepath.Join(dir, file))
			if os.IsNotExist(err) {
				continue
			}
			if err != nil {
				return err
			}
			if err := hostnet.WriteSysctl(sysctl, string(TrimNewline(original))); err != nil {
				return err
			}
		}
		return os.RemoveAll(dir)
	})
	if err != nil {
		resp.Diagnostics.AddError("Deleting NAT failed", err.Error())
		return
	}
	if left != "" {
		tflog.Warn(ctx, "NAT rules left in place", map[string]any{"bridge": state.Bridge.ValueString(), "mark": state.Mark.ValueString()})
		resp.Diagnostics.AddWarning("NAT rules left in place", left)
	}
}

// ImportState takes "BRIDGE,CIDR" or "NETNS/BRIDGE,CIDR", with ",CIDR6" after it
// for the IPv6 side: the rules name the source networks, which the resource ID
// alone does not carry.
func (r *natResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	id, cidrs, found := strings.Cut(req.ID, ",")
	cidr, cidr6, has6 := strings.Cut(cidrs, ",")
	netns, bridge, err := resourceutil.SplitID(id)
	if err != nil || !found || cidr == "" || (has6 && !validate.IPv6Network.Valid(cidr6)) {
		resp.Diagnostics.AddError("Invalid import ID", fmt.Sprintf(`import ID %q is not "BRIDGE,CIDR[,CIDR6]" or "NETNS/BRIDGE,CIDR[,CIDR6]"`, req.ID))
		return
	}
	if has6 {
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("source_cidr6"), cidr6)...)
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), resourceutil.JoinID(netns, bridge))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("netns"), netns)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("bridge"), bridge)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("source_cidr"), cidr)...)
	// The mark stays null: the next apply takes the rules only if they carry the configured one.
	resp.Diagnostics.Append(resourceutil.MarkImported(ctx, resp.Private)...)
}

// removeNatRules removes m's rules (those with its comment), of both families; it runs in m's namespace.
func removeNatRules(m *Model) error {
	ipt, err := iptables.New()
	if err != nil {
		return err
	}
	masquerade, forward := Rules(m)
	for _, rule := range append([]Rule{masquerade}, forward...) {
		if err := ipt.DeleteIfExists(rule.Table, rule.Chain, rule.Spec...); err != nil {
			return err
		}
	}
	if !m.hasIPv6() {
		return nil
	}
	ip6t, err := iptables.NewWithProtocol(iptables.ProtocolIPv6)
	if err != nil {
		return err
	}
	masquerade6, forward6 := natRules6(m)
	for _, rule := range append([]Rule{masquerade6}, forward6...) {
		if err := ip6t.DeleteIfExists(rule.Table, rule.Chain, rule.Spec...); err != nil {
			return err
		}
	}
	return nil
}

func TrimNewline(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
