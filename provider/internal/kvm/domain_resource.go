package kvm

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/digitalocean/go-libvirt"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/libvirtconn"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

const defaultLibvirtURI = "qemu:///system"

// NewKvmDomainResource is hyperlab_kvm_domain: a libvirt QEMU/KVM domain.
func NewKvmDomainResource() resource.Resource { return &kvmDomainResource{} }

type kvmDomainResource struct{}

var (
	_ resource.ResourceWithImportState    = &kvmDomainResource{}
	_ resource.ResourceWithModifyPlan     = &kvmDomainResource{}
	_ resource.ResourceWithValidateConfig = &kvmDomainResource{}
)

// ValidateConfig refuses a wait_for that waits for nothing, a wait for cloud-init
// without the guest agent's channel, and a NIC that names
// both or neither of a bridge and a TAP.
func (r *kvmDomainResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var m DomainModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if w := m.WaitFor; w != nil {
		switch {
		case !w.TCPPort.IsNull() && w.Address.IsNull() && !w.Address.IsUnknown():
			resp.Diagnostics.AddAttributeError(path.Root("wait_for").AtName("tcp_port"), "Missing attribute", "tcp_port needs an address to connect to")
		case w.Address.IsNull() && !w.Address.IsUnknown() && !w.Agent.ValueBool() && !w.Agent.IsUnknown() &&
			!w.CloudInit.ValueBool() && !w.CloudInit.IsUnknown():
			resp.Diagnostics.AddAttributeError(path.Root("wait_for"), "Nothing to wait for", "give wait_for an address, agent = true or cloud_init = true")
		case w.CloudInit.ValueBool() && !m.Agent.IsUnknown() && !m.Agent.ValueBool():
			resp.Diagnostics.AddAttributeError(path.Root("wait_for").AtName("cloud_init"), "Missing guest agent",
				"wait_for.cloud_init reads cloud-init's result through the QEMU guest agent: set agent = true (and install qemu-guest-agent in the image)")
		}
	}
	for i, nic := range m.Nics {
		if nic.Bridge.IsUnknown() || nic.Tap.IsUnknown() {
			continue
		}
		if nic.Bridge.IsNull() == nic.Tap.IsNull() {
			resp.Diagnostics.AddAttributeError(path.Root("nics").AtListIndex(i), "Invalid NIC", "give a NIC exactly one of bridge and tap")
		}
	}
}

func (r *kvmDomainResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_kvm_domain"
}

func domainID(uri, name string) string {
	if uri == defaultLibvirtURI {
		return name
	}
	return uri + " " + name
}

// restartFields are what a running domain only takes at its next start (a new
// seed is read by cloud-init at boot).
func (m *DomainModel) restartFields() map[string]any {
	return map[string]any{
		"type": m.Type, "vcpus": m.Vcpus, "memory_mib": m.MemoryMiB, "cpu_mode": m.CPUMode, "machine": m.Machine,
		"firmware": m.Firmware, "graphics": m.Graphics, "kernel": m.Kernel, "initrd": m.Initrd, "cmdline": m.Cmdline,
		"disks": m.Disks, "seed": m.Seed, "seed_instance_id": m.SeedInstanceID, "nics": m.Nics, "agent": m.Agent,
	}
}

// restartNeeded names what changed from state to plan that needs a restart.
func restartNeeded(state, plan *DomainModel) []string {
	var changed []string
	before, after := state.restartFields(), plan.restartFields()
	for name, value := range after {
		if !reflect.DeepEqual(value, before[name]) {
			changed = append(changed, name)
		}
	}
	sort.Strings(changed)
	return changed
}

func (r *kvmDomainResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.State.Raw.IsNull() || req.Plan.Raw.IsNull() {
		return
	}
	var state, plan DomainModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() || !state.Running.ValueBool() || !plan.Running.ValueBool() {
		return
	}
	if changed := restartNeeded(&state, &plan); len(changed) > 0 {
		resp.Diagnostics.AddWarning(fmt.Sprintf("Domain %s restarts", plan.Name.ValueString()),
			fmt.Sprintf("applying %s restarts the running guest (shut down, powered off after %d s if it has not stopped)",
				strings.Join(changed, ", "), plan.ShutdownTimeout.ValueInt64()))
	}
}

// lookup finds the domain by name; found is false when there is none.
func lookup(ctx context.Context, c *libvirtconn.Conn, name string) (dom libvirt.Domain, found bool, err error) {
	err = c.Do(ctx, "looking up domain "+name, func(l *libvirt.Libvirt) (err error) {
		dom, err = l.DomainLookupByName(name)
		return err
	})
	if err != nil && libvirt.IsNotFound(err) {
		return dom, false, nil
	}
	return dom, err == nil, err
}

func persistentXML(ctx context.Context, c *libvirtconn.Conn, dom libvirt.Domain) (string, error) {
	var text string
	err := c.Do(ctx, "reading the definition of "+dom.Name, func(l *libvirt.Libvirt) (err error) {
		text, err = l.DomainGetXMLDesc(dom, libvirt.DomainXMLInactive)
		return err
	})
	return text, err
}

// define writes m's definition, keeping uuid, and sets autostart.
func (m *DomainModel) define(ctx context.Context, c *libvirtconn.Conn, uuid string) (libvirt.Domain, error) {
	var dom libvirt.Domain
	text, err := m.DomainXML(uuid)
	if err != nil {
		return dom, err
	}
	err = c.Do(ctx, "defining domain "+m.Name.ValueString(), func(l *libvirt.Libvirt) (err error) {
		dom, err = l.DomainDefineXMLFlags(text, libvirt.DomainDefineValidate)
		return err
	})
	if err != nil {
		return dom, err
	}
	autostart := int32(0)
	if m.Autostart.ValueBool() {
		autostart = 1
	}
	return dom, c.Do(ctx, "setting autostart of "+dom.Name, func(l *libvirt.Libvirt) error { return l.DomainSetAutostart(dom, autostart) })
}

// power brings the domain to the planned power state, and waits for readiness when it starts it.
func (m *DomainModel) power(ctx context.Context, c *libvirtconn.Conn, dom libvirt.Domain, restart bool) error {
	active, err := isActive(ctx, c, dom)
	if err != nil {
		return err
	}
	if active && (restart || !m.Running.ValueBool()) {
		if err := stopDomain(ctx, c, dom, time.Duration(m.ShutdownTimeout.ValueInt64())*time.Second); err != nil {
			return err
		}
		active = false
	}
	if m.Running.ValueBool() && !active {
		if err := startDomain(ctx, c, dom); err != nil {
			return err
		}
		return m.waitReady(ctx, c, dom)
	}
	return nil
}

// read fills m from libvirt; a domain that is gone leaves m.ID null.
func (m *DomainModel) read(ctx context.Context, c *libvirtconn.Conn) error {
	dom, found, err := lookup(ctx, c, m.Name.ValueString())
	if err != nil {
		return err
	}
	if !found {
		m.ID = types.StringNull()
		return nil
	}
	text, err := persistentXML(ctx, c, dom)
	if err != nil {
		return err
	}
	if err := m.fromXML(text); err != nil {
		return err
	}
	active, err := isActive(ctx, c, dom)
	if err != nil {
		return err
	}
	var autostart int32
	if err := c.Do(ctx, "reading autostart of "+dom.Name, func(l *libvirt.Libvirt) (err error) {
		autostart, err = l.DomainGetAutostart(dom)
		return err
	}); err != nil {
		return err
	}
	m.Running, m.Autostart = types.BoolValue(active), types.BoolValue(autostart == 1)
	m.ID = types.StringValue(domainID(m.URI.ValueString(), m.Name.ValueString()))
	return nil
}

func open(ctx context.Context, uri types.String) (*libvirtconn.Conn, diag.Diagnostics) {
	c, err := libvirtconn.Open(ctx, uri.ValueString())
	if err != nil {
		return nil, resourceutil.ErrorDiag("Connecting to libvirt failed", err)
	}
	return c, nil
}

func (r *kvmDomainResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan DomainModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Create, 20*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	c, diags := open(ctx, plan.URI)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	defer c.Close()
	name := plan.Name.ValueString()
	uuid := ""
	existing, found, err := lookup(ctx, c, name)
	if err != nil {
		resp.Diagnostics.AddError("Looking up the domain failed", err.Error())
		return
	}
	if found {
		// Taken only with this resource's mark: an interrupted apply defined it.
		current, err := definedMark(ctx, c, existing, plan.URI)
		if err != nil {
			resp.Diagnostics.AddError("Reading the existing domain failed", err.Error())
			return
		}
		if ownership.Of(true, current.FoundMark.ValueString(), plan.Owner.ValueString()) != ownership.Ours {
			tflog.Warn(ctx, "refusing a domain that is not this resource's", map[string]any{"name": name, "found_mark": current.FoundMark.ValueString()})
			resp.Diagnostics.AddError("The domain is not this resource's",
				ownership.Refusal(domainObject(plan.URI, name), current.FoundMark.ValueString(), plan.Owner.ValueString()).Error())
			return
		}
		tflog.Info(ctx, "taking the domain an interrupted apply defined", map[string]any{"name": name})
		uuid = current.UUID.ValueString()
	}
	dom, err := plan.define(ctx, c, uuid)
	if err == nil {
		err = plan.power(ctx, c, dom, found)
	}
	if err != nil {
		resp.Diagnostics.AddError("Creating the domain failed", err.Error())
		// What was made is recorded, so the next apply continues from it.
		if dom.Name != "" {
			if rerr := plan.read(ctx, c); rerr == nil && !plan.ID.IsNull() {
				resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
			}
		}
		return
	}
	r.readInto(ctx, c, &plan, &resp.State, &resp.Diagnostics)
}

// domainObject names a domain in a message.
func domainObject(uri types.String, name string) string {
	if uri.ValueString() == defaultLibvirtURI || uri.ValueString() == "" {
		return "domain " + name
	}
	return fmt.Sprintf("domain %s (%s)", name, uri.ValueString())
}

// definedMark reads the persistent definition of dom: its UUID and the owner mark
// it carries (in FoundMark).
func definedMark(ctx context.Context, c *libvirtconn.Conn, dom libvirt.Domain, uri types.String) (DomainModel, error) {
	current := DomainModel{Name: types.StringValue(dom.Name), URI: uri}
	text, err := persistentXML(ctx, c, dom)
	if err == nil {
		err = current.fromXML(text)
	}
	return current, err
}

// readInto reads the domain back into plan (keeping what libvirt does not hold) and records it.
func (r *kvmDomainResource) readInto(ctx context.Context, c *libvirtconn.Conn, m *DomainModel, state interface {
	Set(context.Context, any) diag.Diagnostics
}, diags *diag.Diagnostics) {
	if err := m.read(ctx, c); err != nil {
		diags.AddError("Reading the domain failed", err.Error())
		return
	}
	diags.Append(state.Set(ctx, m)...)
}

func (r *kvmDomainResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state DomainModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	c, diags := open(ctx, state.URI)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	defer c.Close()
	if err := state.read(ctx, c); err != nil {
		resp.Diagnostics.AddError("Reading the domain failed", err.Error())
		return
	}
	if state.ID.IsNull() {
		resp.State.RemoveResource(ctx)
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *kvmDomainResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state DomainModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Update, 20*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	c, diags := open(ctx, plan.URI)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	defer c.Close()
	// Redefined only while it carries this resource's mark, as libvirt has it now.
	name := plan.Name.ValueString()
	existing, found, err := lookup(ctx, c, name)
	if err != nil {
		resp.Diagnostics.AddError("Looking up the domain failed", err.Error())
		return
	}
	if found {
		current, err := definedMark(ctx, c, existing, plan.URI)
		if err != nil {
			resp.Diagnostics.AddError("Reading the domain failed", err.Error())
			return
		}
		if ownership.Of(true, current.FoundMark.ValueString(), plan.Owner.ValueString(), state.Owner.ValueString()) != ownership.Ours {
			tflog.Warn(ctx, "refusing to redefine a domain that is not this resource's", map[string]any{"name": name, "found_mark": current.FoundMark.ValueString()})
			resp.Diagnostics.AddError("The domain is not this resource's",
				ownership.Refusal(domainObject(plan.URI, name), current.FoundMark.ValueString(), plan.Owner.ValueString()).Error())
			return
		}
	}
	dom, err := plan.define(ctx, c, state.UUID.ValueString())
	if err == nil {
		err = plan.power(ctx, c, dom, len(restartNeeded(&state, &plan)) > 0)
	}
	if err != nil {
		resp.Diagnostics.AddError("Updating the domain failed", err.Error())
		return
	}
	r.readInto(ctx, c, &plan, &resp.State, &resp.Diagnostics)
}

func (r *kvmDomainResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state DomainModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Delete, 10*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	c, diags := open(ctx, state.URI)
	if resp.Diagnostics.Append(diags...); resp.Diagnostics.HasError() {
		return
	}
	defer c.Close()
	name := state.Name.ValueString()
	dom, found, err := lookup(ctx, c, name)
	if err != nil || !found {
		if err != nil {
			resp.Diagnostics.AddError("Looking up the domain failed", err.Error())
		}
		return
	}
	current, err := definedMark(ctx, c, dom, state.URI)
	if err != nil {
		resp.Diagnostics.AddError("Reading the domain failed", err.Error())
		return
	}
	if ownership.Of(true, current.FoundMark.ValueString(), state.Owner.ValueString()) != ownership.Ours {
		tflog.Warn(ctx, "leaving a domain that is not this resource's", map[string]any{"name": name, "found_mark": current.FoundMark.ValueString()})
		resp.Diagnostics.AddWarning("Domain left on the host",
			ownership.Left(domainObject(state.URI, name), current.FoundMark.ValueString(), state.Owner.ValueString()))
		return
	}
	// Destroying is what removal means: no shutdown wait.
	if err := stopDomain(ctx, c, dom, 0); err != nil {
		resp.Diagnostics.AddError("Powering the domain off failed", err.Error())
		return
	}
	flags := libvirt.DomainUndefineManagedSave | libvirt.DomainUndefineSnapshotsMetadata | libvirt.DomainUndefineNvram | libvirt.DomainUndefineCheckpointsMetadata
	if err := c.Do(ctx, "undefining "+name, func(l *libvirt.Libvirt) error { return l.DomainUndefineFlags(dom, flags) }); err != nil && !libvirt.IsNotFound(err) {
		resp.Diagnostics.AddError("Undefining the domain failed", err.Error())
	}
}

// ImportState takes "NAME" (on qemu:///system) or "URI NAME".
func (r *kvmDomainResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	uri, name := defaultLibvirtURI, req.ID
	if parts := strings.Fields(req.ID); len(parts) == 2 {
		uri, name = parts[0], parts[1]
	} else if len(parts) != 1 {
		resp.Diagnostics.AddError("Invalid import ID", fmt.Sprintf(`%q is not "NAME" or "URI NAME"`, req.ID))
		return
	}
	for attr, value := range map[string]any{"id": domainID(uri, name), "uri": uri, "name": name} {
		resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root(attr), value)...)
	}
	// What libvirt does not keep takes its default, as a new resource would.
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("shutdown_timeout_seconds"), int64(60))...)
}
