package provider

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/listdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/listplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
)

// NewLxcContainerResource is hyperlab_lxc_container: a system container made by the lxc-* tools.
func NewLxcContainerResource() resource.Resource { return &lxcContainerResource{} }

type lxcContainerResource struct{}

type lxcContainerModel struct {
	ID           types.String `tfsdk:"id"`
	Netns        types.String `tfsdk:"netns"`
	Name         types.String `tfsdk:"name"`
	LxcPath      types.String `tfsdk:"lxc_path"`
	Template     types.String `tfsdk:"template"`
	TemplateArgs types.List   `tfsdk:"template_args"`
	Nics         types.List   `tfsdk:"nics"`
	MemoryMiB    types.Int64  `tfsdk:"memory_mib"`
	Cpus         types.Int64  `tfsdk:"cpus"`
	Autostart    types.Bool   `tfsdk:"autostart"`
	Running      types.Bool   `tfsdk:"running"`
	Restart      types.List   `tfsdk:"restart_triggers"`
}

type lxcNic struct {
	Bridge  types.String `tfsdk:"bridge"`
	Hwaddr  types.String `tfsdk:"hwaddr"`
	IPv4    types.String `tfsdk:"ipv4"`
	Gateway types.String `tfsdk:"gateway"`
	VlanID  types.Int64  `tfsdk:"vlan"`
}

var lxcNicType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"bridge": types.StringType, "hwaddr": types.StringType, "ipv4": types.StringType, "gateway": types.StringType, "vlan": types.Int64Type,
}}

func (r *lxcContainerResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_lxc_container"
}

func (r *lxcContainerResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		Description: "A privileged LXC system container: created from a template, with veth NICs on bridges. " +
			"Memory, CPUs, autostart and running change in place; template, its arguments and the NICs replace it.",
		Attributes: map[string]schema.Attribute{
			"id":    idAttribute(),
			"netns": netnsAttribute(),
			"name":  schema.StringAttribute{Description: "Container name (and its hostname).", Required: true, PlanModifiers: replace},
			"lxc_path": schema.StringAttribute{Description: "Directory LXC keeps containers in (lxc-* -P).", Optional: true, Computed: true,
				Default: stringdefault.StaticString("/var/lib/lxc"), PlanModifiers: replace},
			"template": schema.StringAttribute{Description: "LXC template that builds the root filesystem; a change replaces the container.",
				Required: true, PlanModifiers: replace},
			"template_args": schema.ListAttribute{Description: "Arguments for the template, after --.", ElementType: types.StringType,
				Optional: true, Computed: true, Default: listdefault.StaticValue(types.ListValueMust(types.StringType, nil)),
				PlanModifiers: []planmodifier.List{listplanmodifier.RequiresReplace()}},
			"nics": schema.ListNestedAttribute{
				Description: "veth NICs, eth0 first; a change replaces the container.",
				Optional:    true, Computed: true, Default: listdefault.StaticValue(types.ListValueMust(lxcNicType, nil)),
				PlanModifiers: []planmodifier.List{listplanmodifier.RequiresReplace()},
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"bridge":  schema.StringAttribute{Required: true, Description: "Bridge the host end joins."},
					"hwaddr":  schema.StringAttribute{Required: true, Description: "MAC, lower case."},
					"ipv4":    schema.StringAttribute{Optional: true, Description: "Static address with prefix; none for DHCP or unconfigured."},
					"gateway": schema.StringAttribute{Optional: true, Description: "Default route of the container."},
					"vlan":    schema.Int64Attribute{Optional: true, Description: "802.1Q VLAN tag of the host end."},
				}},
			},
			"memory_mib": schema.Int64Attribute{Description: "Memory limit in MiB; changes in place.", Optional: true},
			"cpus":       schema.Int64Attribute{Description: "The container may use the first N host CPUs; changes in place.", Optional: true},
			"autostart": schema.BoolAttribute{Description: "Start with the host (lxc.start.auto); changes in place.",
				Optional: true, Computed: true, Default: booldefault.StaticBool(true)},
			"running": schema.BoolAttribute{Description: "Whether the container runs; changes in place.",
				Optional: true, Computed: true, Default: booldefault.StaticBool(true)},
			"restart_triggers": schema.ListAttribute{
				Description: "Opaque values, such as the IDs of the bridges its NICs join: when one changes (a bridge was made " +
					"again), a running container is restarted, so its veths join the bridges anew. Its root filesystem stays.",
				ElementType: types.StringType, Optional: true,
			},
		},
	}
}

func (m *lxcContainerModel) lxc(tool string, args ...string) []string {
	return append([]string{tool, "-P", m.LxcPath.ValueString(), "-n", m.Name.ValueString()}, args...)
}

func (m *lxcContainerModel) configPath() string {
	return filepath.Join(m.LxcPath.ValueString(), m.Name.ValueString(), "config")
}

// state is RUNNING, STOPPED, ... or "" when the container is not defined.
func (m *lxcContainerModel) state() (string, error) {
	res, err := hostexec.Try(m.Netns.ValueString(), m.lxc("lxc-info", "-s", "-H")...)
	if err != nil {
		return "", err
	}
	if res.ExitCode != 0 {
		return "", nil
	}
	return strings.TrimSpace(res.Stdout), nil
}

func (r *lxcContainerResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan lxcContainerModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.create(ctx, &plan); err != nil {
		resp.Diagnostics.AddError("Creating the container failed", err.Error())
		return
	}
	plan.ID = types.StringValue(joinID(plan.Netns.ValueString(), plan.Name.ValueString()))
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *lxcContainerResource) create(ctx context.Context, m *lxcContainerModel) error {
	m.waitForEarlierCreate()
	state, err := m.state()
	if err != nil {
		return err
	}
	// A container of this name that an interrupted apply left is adopted only if
	// lxc-create finished it; anything less is removed and made again.
	if state != "" && !m.finishedByCreate(ctx) {
		if _, err := hostexec.Run(m.Netns.ValueString(), m.lxc("lxc-destroy", "-f")...); err != nil {
			return err
		}
		state = ""
	}
	if state == "" {
		// The configuration goes in on standard input: no file is left behind if
		// this provider is killed halfway.
		argv := m.lxc("lxc-create", "-f", "/dev/stdin", "-t", m.Template.ValueString())
		var args []string
		m.TemplateArgs.ElementsAs(ctx, &args, false)
		if len(args) > 0 {
			argv = append(append(argv, "--"), args...)
		}
		if _, err := hostexec.RunInput(m.Netns.ValueString(), strings.Join(m.createConfig(ctx), "\n")+"\n", argv...); err != nil {
			return err
		}
	}
	// Adopted or new: an earlier apply may have been killed before this step.
	if err := m.quietBusyboxDhcp(ctx); err != nil {
		return err
	}
	return r.converge(m)
}

// finishedByCreate says whether lxc-create finished this container: its root
// filesystem has an init, and its configuration carries every line of its own
// this resource gives it (an lxc-create killed halfway can leave a root
// filesystem whose configuration lacks the NICs).
func (m *lxcContainerModel) finishedByCreate(ctx context.Context) bool {
	dir := filepath.Join(m.LxcPath.ValueString(), m.Name.ValueString())
	if _, err := os.Stat(filepath.Join(dir, "rootfs", "sbin", "init")); err != nil {
		return false
	}
	// The busybox template writes its rcS last; quietBusyboxDhcp edits it.
	if _, err := os.Stat(filepath.Join(dir, "rootfs", "etc", "init.d", "rcS")); err != nil && m.Template.ValueString() == "busybox" {
		return false
	}
	have, err := readConfig(filepath.Join(dir, "config"))
	if err != nil {
		return false
	}
	present := map[string]bool{}
	for _, line := range have {
		present[strings.TrimSpace(line)] = true
	}
	for _, line := range m.ownConfig(ctx) {
		if !present[line] {
			return false
		}
	}
	return true
}

// waitForEarlierCreate lets an lxc-create of this container that outlived an
// interrupted apply (its provider was killed, the tool was not) finish first, so
// what Create finds is a container or none, not one half-made. Up to two minutes.
func (m *lxcContainerModel) waitForEarlierCreate() {
	pattern := "^lxc-create -P " + regexp.QuoteMeta(m.LxcPath.ValueString()) + " -n " + regexp.QuoteMeta(m.Name.ValueString()) + " "
	for i := 0; i < 240; i++ {
		if res, err := hostexec.Try("", "pgrep", "-f", pattern); err != nil || res.ExitCode != 0 {
			return
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// The busybox template's rcS runs udhcpc on eth0, whose deconfig step flushes
// the static address LXC has just put there; a static eth0 needs no DHCP client.
func (m *lxcContainerModel) quietBusyboxDhcp(ctx context.Context) error {
	var nics []lxcNic
	m.Nics.ElementsAs(ctx, &nics, false)
	if m.Template.ValueString() != "busybox" || len(nics) == 0 || nics[0].IPv4.ValueString() == "" {
		return nil
	}
	rcS := filepath.Join(m.LxcPath.ValueString(), m.Name.ValueString(), "rootfs", "etc", "init.d", "rcS")
	lines, err := readConfig(rcS)
	if err != nil {
		return err
	}
	kept := lines[:0]
	for _, line := range lines {
		if !strings.Contains(line, "udhcpc") {
			kept = append(kept, line)
		}
	}
	return os.WriteFile(rcS, []byte(strings.Join(kept, "\n")+"\n"), 0o755)
}

// converge applies the in-place settings to an existing container.
func (r *lxcContainerResource) converge(m *lxcContainerModel) error {
	if err := m.writeManagedConfig(); err != nil {
		return err
	}
	state, err := m.state()
	if err != nil {
		return err
	}
	if state != "RUNNING" && state != "STOPPED" {
		// STARTING, STOPPING, ...: let it settle before deciding.
		_, _ = hostexec.Try(m.Netns.ValueString(), m.lxc("lxc-wait", "-s", "RUNNING|STOPPED", "-t", "30")...)
		if state, err = m.state(); err != nil {
			return err
		}
	}
	if state == "RUNNING" {
		// Live limits where the host's cgroups take them; the configuration holds them for the next start either way.
		if !m.MemoryMiB.IsNull() {
			_, _ = hostexec.Try(m.Netns.ValueString(), m.lxc("lxc-cgroup", "memory.max", strconv.FormatInt(m.MemoryMiB.ValueInt64()*1024*1024, 10))...)
		}
		if !m.Running.ValueBool() {
			_, err := hostexec.Run(m.Netns.ValueString(), m.lxc("lxc-stop", "-t", "10")...)
			return err
		}
		return nil
	}
	if m.Running.ValueBool() {
		// Every lxc-* tool runs in the resource's namespace: the host ends of the
		// veths land there, and the monitor's socket (abstract, so per namespace) is
		// found there only. A start that outlived an interrupted apply may still be
		// under way, or may win the race: what counts is that it runs afterwards.
		if res, err := hostexec.Try(m.Netns.ValueString(), m.lxc("lxc-start")...); err != nil {
			return err
		} else if res.ExitCode != 0 {
			_, _ = hostexec.Try(m.Netns.ValueString(), m.lxc("lxc-wait", "-s", "RUNNING", "-t", "10")...)
			if now, _ := m.state(); now != "RUNNING" {
				return fmt.Errorf("lxc-start exited %d: %s", res.ExitCode, strings.TrimSpace(res.Stderr))
			}
			return nil
		}
		_, err := hostexec.Run(m.Netns.ValueString(), m.lxc("lxc-wait", "-s", "RUNNING", "-t", "60")...)
		return err
	}
	return nil
}

var cpusRange = regexp.MustCompile(`^0(-(\d+))?$`)

func (r *lxcContainerResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state lxcContainerModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	lxcState, err := state.state()
	if err != nil {
		resp.Diagnostics.AddError("Reading the container failed", err.Error())
		return
	}
	lines, configErr := readConfig(state.configPath())
	if lxcState == "" || os.IsNotExist(configErr) {
		resp.State.RemoveResource(ctx)
		return
	}
	if configErr != nil {
		resp.Diagnostics.AddError("Reading the container's configuration failed", configErr.Error())
		return
	}
	state.Running = types.BoolValue(lxcState == "RUNNING")
	auto, _ := configValue(lines, "lxc.start.auto")
	state.Autostart = types.BoolValue(auto == "1")
	state.MemoryMiB = types.Int64Null()
	if v, ok := configValue(lines, "lxc.cgroup2.memory.max"); ok {
		if bytes, err := strconv.ParseInt(v, 10, 64); err == nil {
			state.MemoryMiB = types.Int64Value(bytes / (1024 * 1024))
		}
	}
	state.Cpus = types.Int64Null()
	if v, ok := configValue(lines, "lxc.cgroup2.cpuset.cpus"); ok {
		if m := cpusRange.FindStringSubmatch(v); m != nil {
			n := int64(1)
			if m[2] != "" {
				last, _ := strconv.ParseInt(m[2], 10, 64)
				n = last + 1
			}
			state.Cpus = types.Int64Value(n)
		}
	}
	state.Nics = readNics(ctx, lines)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *lxcContainerResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state lxcContainerModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if !plan.Restart.Equal(state.Restart) && plan.Running.ValueBool() {
		if current, err := plan.state(); err == nil && current == "RUNNING" {
			if _, err := hostexec.Run(plan.Netns.ValueString(), plan.lxc("lxc-stop", "-t", "10")...); err != nil {
				resp.Diagnostics.AddError("Restarting the container failed", err.Error())
				return
			}
		}
	}
	if err := r.converge(&plan); err != nil {
		resp.Diagnostics.AddError("Updating the container failed", err.Error())
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *lxcContainerResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state lxcContainerModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	lxcState, err := state.state()
	if err == nil && lxcState != "" {
		// lxc-destroy -f stops a running container first.
		_, err = hostexec.Run(state.Netns.ValueString(), state.lxc("lxc-destroy", "-f")...)
	}
	if err != nil {
		resp.Diagnostics.AddError("Deleting the container failed", err.Error())
	}
}

// ImportState takes "NAME" or "NETNS/NAME", followed by ":LXCPATH" when the
// container is not in /var/lib/lxc. The template cannot be read back from the
// container: the configuration says what it was made from.
func (r *lxcContainerResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	id, lxcPath, hasPath := strings.Cut(req.ID, ":")
	netns, name, err := splitID(id)
	if err != nil || (hasPath && !strings.HasPrefix(lxcPath, "/")) {
		resp.Diagnostics.AddError("Invalid import ID", fmt.Sprintf(`import ID %q is not "[NETNS/]NAME[:/LXC/PATH]"`, req.ID))
		return
	}
	if !hasPath {
		lxcPath = "/var/lib/lxc"
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), joinID(netns, name))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("netns"), netns)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("name"), name)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("lxc_path"), lxcPath)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("template_args"), []string{})...)
}
