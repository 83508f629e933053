package lxc

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/boolplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/listdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/listplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// NewLxcContainerResource is hyperlab_lxc_container: a system container made by the lxc-* tools.
func NewLxcContainerResource() resource.Resource { return &lxcContainerResource{} }

type lxcContainerResource struct{}

type ContainerModel struct {
	ID           types.String             `tfsdk:"id"`
	Netns        types.String             `tfsdk:"netns"`
	Name         types.String             `tfsdk:"name"`
	LxcPath      types.String             `tfsdk:"lxc_path"`
	Template     types.String             `tfsdk:"template"`
	TemplateArgs types.List               `tfsdk:"template_args"`
	Nics         types.List               `tfsdk:"nics"`
	MemoryMiB    types.Int64              `tfsdk:"memory_mib"`
	Cpus         types.Int64              `tfsdk:"cpus"`
	Autostart    types.Bool               `tfsdk:"autostart"`
	Running      types.Bool               `tfsdk:"running"`
	Restart      types.List               `tfsdk:"restart_triggers"`
	Privileged   types.Bool               `tfsdk:"privileged"`
	IDMapStart   types.Int64              `tfsdk:"id_map_start"`
	IDMapCount   types.Int64              `tfsdk:"id_map_count"`
	WaitFor      *resourceutil.LxcWaitFor `tfsdk:"wait_for"`
	Mark         types.String             `tfsdk:"mark"`
	FoundMark    types.String             `tfsdk:"found_mark"`
	Files        types.List               `tfsdk:"files"`
	Commands     types.List               `tfsdk:"commands"`
	Provisioned  types.String             `tfsdk:"provisioned"`
	Timeouts     timeouts.Value           `tfsdk:"timeouts"`
}

type Nic struct {
	Bridge   types.String `tfsdk:"bridge"`
	Hwaddr   types.String `tfsdk:"hwaddr"`
	IPv4     types.String `tfsdk:"ipv4"`
	Gateway  types.String `tfsdk:"gateway"`
	VlanID   types.Int64  `tfsdk:"vlan"`
	IPv6     types.String `tfsdk:"ipv6"`
	Gateway6 types.String `tfsdk:"gateway6"`
}

var NicType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"bridge": types.StringType, "hwaddr": types.StringType, "ipv4": types.StringType, "gateway": types.StringType, "vlan": types.Int64Type,
	"ipv6": types.StringType, "gateway6": types.StringType,
}}

func (r *lxcContainerResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_lxc_container"
}

func (r *lxcContainerResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	replaceInt := []planmodifier.Int64{int64planmodifier.RequiresReplace()}
	resp.Schema = schema.Schema{
		Description: "An LXC system container: created from a template, with veth NICs on bridges, unprivileged (root in " +
			"the container maps to an unprivileged host user) unless privileged is set, under LXC's generated AppArmor profile. " +
			"Memory, CPUs, autostart and running change in place; template, its arguments, the user namespace and the NICs replace it. " +
			"Files and commands are applied after create and again, in place, when they change.",
		Attributes: map[string]schema.Attribute{
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
			"id":       resourceutil.IDAttribute(),
			"netns":    resourceutil.NetnsAttribute(),
			"name": schema.StringAttribute{Description: "Container name (and its hostname).", Required: true, PlanModifiers: replace,
				Validators: []validator.String{validate.ContainerNameWord}},
			"lxc_path": schema.StringAttribute{Description: "Directory LXC keeps containers in (lxc-* -P).", Optional: true, Computed: true,
				Default: stringdefault.StaticString("/var/lib/lxc"), PlanModifiers: replace, Validators: []validator.String{validate.LxcPathArg}},
			"template": schema.StringAttribute{Description: "LXC template that builds the root filesystem; a change replaces the container. " +
				"Recorded in the container's configuration, so import and Read give it back.",
				Required: true, PlanModifiers: replace, Validators: []validator.String{validate.TemplateWord}},
			"template_args": schema.ListAttribute{Description: "Arguments for the template, after --.", ElementType: types.StringType,
				Optional: true, Computed: true, Default: listdefault.StaticValue(types.ListValueMust(types.StringType, nil)),
				PlanModifiers: []planmodifier.List{listplanmodifier.RequiresReplace()}, Validators: []validator.List{validate.TemplateArgs{}}},
			"privileged": schema.BoolAttribute{Description: "Run without a user namespace: root in the container is root on the host. " +
				"A change replaces the container.", Optional: true, Computed: true, Default: booldefault.StaticBool(false),
				PlanModifiers: []planmodifier.Bool{boolplanmodifier.RequiresReplace()}},
			"id_map_start": schema.Int64Attribute{Description: "First host uid and gid of an unprivileged container's user namespace " +
				"(container root maps to it); a change replaces the container.", Optional: true, Computed: true,
				Default: int64default.StaticInt64(100000), PlanModifiers: replaceInt, Validators: []validator.Int64{validate.Int64Between{Min: 1, Max: 4294967294 - 65536, Unit: ""}}},
			"id_map_count": schema.Int64Attribute{Description: "How many ids that namespace maps; a change replaces the container.",
				Optional: true, Computed: true, Default: int64default.StaticInt64(65536), PlanModifiers: replaceInt,
				Validators: []validator.Int64{validate.Int64Between{Min: 65536, Max: 1 << 30, Unit: " ids"}}},
			"nics": schema.ListNestedAttribute{
				Description: "veth NICs, eth0 first; a change replaces the container.",
				Optional:    true, Computed: true, Default: listdefault.StaticValue(types.ListValueMust(NicType, nil)),
				PlanModifiers: []planmodifier.List{listplanmodifier.RequiresReplace()},
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"bridge": schema.StringAttribute{Required: true, Description: "Bridge the host end joins.", Validators: []validator.String{validate.IfaceWord}},
					"hwaddr": schema.StringAttribute{Required: true, Description: "MAC, lower case.", Validators: []validator.String{validate.MacWord}},
					"ipv4": schema.StringAttribute{Optional: true, Description: "Static address with prefix; none for DHCP or unconfigured.",
						Validators: []validator.String{validate.IPv4WithPrefix}},
					"gateway": schema.StringAttribute{Optional: true, Description: "Default route of the container: on one NIC at most.",
						Validators: []validator.String{validate.IPv4Address}},
					"vlan": schema.Int64Attribute{Optional: true, Description: "802.1Q VLAN tag of the host end.",
						Validators: []validator.Int64{validate.Int64Between{Min: 1, Max: 4094, Unit: ""}}},
					"ipv6": schema.StringAttribute{Optional: true, Description: "Static IPv6 address with prefix (lxc.net.N.ipv6.address), " +
						"canonical form; none: unconfigured (or SLAAC from router advertisements).", Validators: []validator.String{validate.IPv6WithPrefix}},
					"gateway6": schema.StringAttribute{Optional: true, Description: "IPv6 default route of the container " +
						"(lxc.net.N.ipv6.gateway): on one NIC at most.", Validators: []validator.String{validate.IPv6Address}},
				}},
			},
			"memory_mib": schema.Int64Attribute{Description: "Memory limit in MiB; changes in place.", Optional: true,
				Validators: []validator.Int64{validate.Int64Between{Min: 16, Max: 1048576, Unit: " MiB"}}},
			"cpus": schema.Int64Attribute{Description: "CPU time the container may use, in CPUs (a cgroup cpu.max quota over any " +
				"host CPUs, not a pinning); changes in place, on a running container too.", Optional: true,
				Validators: []validator.Int64{validate.Int64Between{Min: 1, Max: 1024, Unit: " CPUs"}}},
			"autostart": schema.BoolAttribute{Description: "Start with the host (lxc.start.auto); changes in place.",
				Optional: true, Computed: true, Default: booldefault.StaticBool(true)},
			"running": schema.BoolAttribute{Description: "Whether the container runs; changes in place.",
				Optional: true, Computed: true, Default: booldefault.StaticBool(true)},
			"wait_for":   resourceutil.LxcWaitForAttribute(),
			"mark":       resourceutil.MarkAttribute("container"),
			"found_mark": resourceutil.FoundMarkAttribute(),
			"restart_triggers": schema.ListAttribute{
				Description: "Opaque values, such as the IDs of the bridges its NICs join: when one changes (a bridge was made " +
					"again), a running container is restarted, so its veths join the bridges anew. Its root filesystem stays.",
				ElementType: types.StringType, Optional: true,
			},
		},
	}
	for k, v := range lxcProvisionAttributes() {
		resp.Schema.Attributes[k] = v
	}
}

func (m *ContainerModel) lxc(tool string, args ...string) []string {
	return append([]string{tool, "-P", m.LxcPath.ValueString(), "-n", m.Name.ValueString()}, args...)
}

func (m *ContainerModel) configPath() string {
	return filepath.Join(m.LxcPath.ValueString(), m.Name.ValueString(), "config")
}

// state is RUNNING, STOPPED, ... or "" when the container is not defined.
func (m *ContainerModel) state(ctx context.Context) (string, error) {
	res, err := hostexec.Try(ctx, m.Netns.ValueString(), m.lxc("lxc-info", "-s", "-H")...)
	if err != nil {
		return "", err
	}
	if res.ExitCode != 0 {
		return "", nil
	}
	return strings.TrimSpace(res.Stdout), nil
}

func (r *lxcContainerResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan ContainerModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	tflog.Info(ctx, "creating the container", map[string]any{"netns": plan.Netns.ValueString(), "name": plan.Name.ValueString()})
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Create, 30*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	if err := r.create(ctx, &plan); err != nil {
		resp.Diagnostics.AddError("Creating the container failed", err.Error())
		// A container of ours that exists (one that never became ready, say) is
		// recorded, tainted by the engine: the next apply replaces it, destroy
		// removes it. Someone else's (refused above) is never recorded.
		if state, serr := plan.state(ctx); serr == nil && state != "" && plan.carriesMark() {
			plan.ID = types.StringValue(resourceutil.JoinID(plan.Netns.ValueString(), plan.Name.ValueString()))
			resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
		}
		return
	}
	plan.ID = types.StringValue(resourceutil.JoinID(plan.Netns.ValueString(), plan.Name.ValueString()))
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackCreate(ctx, r, "container "+plan.Name.ValueString(), resp)
}

func (r *lxcContainerResource) create(ctx context.Context, m *ContainerModel) error {
	if err := m.waitForEarlierCreate(ctx); err != nil {
		return err
	}
	state, err := m.state(ctx)
	if err != nil {
		return err
	}
	// A container of this name is this resource's only with its mark (lxc-create
	// wrote it with the rest of the configuration); anything else is someone's, and
	// neither taken nor removed. Ours, it is taken if lxc-create finished it, and
	// anything less is removed and made again.
	if state != "" {
		if err := m.refuseUnlessOurs(m.Mark.ValueString()); err != nil {
			return err
		}
	}
	if state != "" && !m.finishedByCreate(ctx) {
		if _, err := hostexec.Run(ctx, m.Netns.ValueString(), m.lxc("lxc-destroy", "-f")...); err != nil {
			return err
		}
		state = ""
	}
	if state == "" {
		if err := m.removeDeadCreate(); err != nil {
			return err
		}
		// The configuration goes in on standard input: no file is left behind if
		// this provider is killed halfway.
		argv := m.lxc("lxc-create", "-f", "/dev/stdin", "-t", m.Template.ValueString())
		var args []string
		if err := resourceutil.ElementsInto(ctx, m.TemplateArgs, &args); err != nil {
			return fmt.Errorf("template_args of %s: %w", m.Name.ValueString(), err)
		}
		config, err := m.CreateConfig(ctx)
		if err != nil {
			return err
		}
		netns := m.Netns.ValueString()
		debian := m.Template.ValueString() == "debian"
		if debian {
			// See debian.go: the host's archive, from the host's namespace, and
			// the user namespace given afterwards.
			archive, err := debianArchiveArgs(ctx, args)
			if err != nil {
				return err
			}
			args = append(args, archive...)
			netns = ""
			if !m.Privileged.ValueBool() {
				config = withoutIDMap(config)
			}
		}
		if len(args) > 0 {
			argv = append(append(argv, "--"), args...)
		}
		// The template may run long (debootstrap): the create timeout bounds it.
		tflog.Info(ctx, "creating container", map[string]any{"container": m.Name.ValueString(), "argv": argv})
		out, code, err := hostexec.Combined(ctx, netns, strings.Join(config, "\n")+"\n", argv...)
		if err != nil {
			return err
		}
		if code != 0 {
			return fmt.Errorf("%s exited %d:\n%s", strings.Join(argv, " "), code, trimOutput(out))
		}
		if debian && !m.Privileged.ValueBool() {
			if err := m.debianUserns(ctx); err != nil {
				return err
			}
		}
	}
	// Adopted or new: an earlier apply may have been killed before this step.
	if err := m.quietBusyboxDhcp(ctx); err != nil {
		return err
	}
	if err := r.converge(ctx, m); err != nil {
		return err
	}
	// Files and commands once it runs; an adopted container whose configuration
	// records these files and commands applied in full gets them not again.
	return m.provision(ctx)
}

// finishedByCreate says whether lxc-create finished this container: its root
// filesystem has an init, and its configuration carries every line of its own
// this resource gives it (an lxc-create killed halfway can leave a root
// filesystem whose configuration lacks the NICs).
func (m *ContainerModel) finishedByCreate(ctx context.Context) bool {
	dir := filepath.Join(m.LxcPath.ValueString(), m.Name.ValueString())
	// lxc-create marks a container it is making with a "partial" file and removes it
	// last; one killed before that leaves it, and lxc-start then refuses the
	// container ("Ongoing container creation detected").
	if _, err := os.Stat(filepath.Join(dir, "partial")); !os.IsNotExist(err) {
		return false
	}
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
	// A plan that does not decode is reported by the create that follows
	// (CreateConfig); here it only means the container is not known finished.
	own, err := m.OwnConfig(ctx)
	if err != nil {
		return false
	}
	for _, line := range own {
		if !present[line] {
			return false
		}
	}
	return true
}

// removeDeadCreate removes what an lxc-create killed early left: a directory
// with its "partial" mark and no configuration LXC knows (lxc-info and
// lxc-destroy say no such container, and lxc-create refuses to mark it again).
// It runs after waitForEarlierCreate, so no lxc-create is still making it; a
// directory without the mark is someone's, and left alone.
func (m *ContainerModel) removeDeadCreate() error {
	dir := filepath.Join(m.LxcPath.ValueString(), m.Name.ValueString())
	if _, err := os.Stat(filepath.Join(dir, "partial")); err != nil {
		if os.IsNotExist(err) {
			return nil
		}
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("removing %s, which an interrupted lxc-create left: %w", dir, err)
	}
	return nil
}

// waitForEarlierCreate lets an lxc-create of this container that outlived an
// interrupted apply (its provider was killed, the tool was not) finish first, so
// what Create finds is a container or none, not one half-made. Up to two minutes,
// or until ctx ends (then ctx's error).
func (m *ContainerModel) waitForEarlierCreate(ctx context.Context) error {
	pattern := "^lxc-create -P " + regexp.QuoteMeta(m.LxcPath.ValueString()) + " -n " + regexp.QuoteMeta(m.Name.ValueString()) + " "
	for i := 0; i < 240; i++ {
		res, err := hostexec.Try(ctx, "", "pgrep", "-f", pattern)
		if ctx.Err() != nil {
			return fmt.Errorf("waiting for an earlier lxc-create of %s: %w", m.Name.ValueString(), ctx.Err())
		}
		if err != nil || res.ExitCode != 0 {
			return nil
		}
		if err := resourceutil.Sleep(ctx, 500*time.Millisecond); err != nil {
			return fmt.Errorf("waiting for an earlier lxc-create of %s: %w", m.Name.ValueString(), err)
		}
	}
	return nil
}

// The busybox template's rcS runs udhcpc on eth0, whose deconfig step flushes
// the static address LXC has just put there; a static eth0 needs no DHCP client.
func (m *ContainerModel) quietBusyboxDhcp(ctx context.Context) error {
	var nics []Nic
	if err := resourceutil.ElementsInto(ctx, m.Nics, &nics); err != nil {
		return fmt.Errorf("nics of %s: %w", m.Name.ValueString(), err)
	}
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

// converge applies the in-place settings to an existing container (this
// resource's: its callers decide that).
func (r *lxcContainerResource) converge(ctx context.Context, m *ContainerModel) error {
	if err := m.writeManagedConfig(); err != nil {
		return err
	}
	m.FoundMark = m.Mark
	state, err := m.state(ctx)
	if err != nil {
		return err
	}
	if state != "RUNNING" && state != "STOPPED" {
		// STARTING, STOPPING, ...: let it settle before deciding.
		// lxc-wait exiting non-zero (it timed out) is no error: the state read next decides.
		if _, err := hostexec.Try(ctx, m.Netns.ValueString(), m.lxc("lxc-wait", "-s", "RUNNING|STOPPED", "-t", "30")...); err != nil {
			return err
		}
		if state, err = m.state(ctx); err != nil {
			return err
		}
	}
	if state == "RUNNING" {
		// Live limits where the host's cgroups take them; the configuration holds them for the next start either way.
		m.applyLiveLimits(ctx)
		if !m.Running.ValueBool() {
			_, err := hostexec.Run(ctx, m.Netns.ValueString(), m.lxc("lxc-stop", "-t", "10")...)
			return err
		}
		return nil
	}
	if m.Running.ValueBool() {
		// Every lxc-* tool runs in the resource's namespace: the host ends of the
		// veths land there, and the monitor's socket (abstract, so per namespace) is
		// found there only. A start that outlived an interrupted apply may still be
		// under way, or may win the race: what counts is that it runs afterwards.
		if res, err := hostexec.Try(ctx, m.Netns.ValueString(), m.lxc("lxc-start")...); err != nil {
			return err
		} else if res.ExitCode != 0 {
			if _, err := hostexec.Try(ctx, m.Netns.ValueString(), m.lxc("lxc-wait", "-s", "RUNNING", "-t", "10")...); err != nil {
				return fmt.Errorf("lxc-start exited %d: %s; then %w", res.ExitCode, strings.TrimSpace(res.Stderr), err)
			}
			if now, err := m.state(ctx); err != nil {
				return fmt.Errorf("lxc-start exited %d: %s; then %w", res.ExitCode, strings.TrimSpace(res.Stderr), err)
			} else if now != "RUNNING" {
				return fmt.Errorf("lxc-start exited %d: %s", res.ExitCode, strings.TrimSpace(res.Stderr))
			}
			return nil
		}
		if _, err := hostexec.Run(ctx, m.Netns.ValueString(), m.lxc("lxc-wait", "-s", "RUNNING", "-t", "60")...); err != nil {
			return err
		}
		return m.waitReady(ctx)
	}
	return nil
}

// waitReady waits, after a start, for what wait_for names.
func (m *ContainerModel) waitReady(ctx context.Context) error {
	w := m.WaitFor
	if w == nil {
		return nil
	}
	check := resourceutil.AddressReadiness(ctx, m.Netns.ValueString(), w.Address.ValueString(), w.TCPPort.ValueInt64())
	return resourceutil.WaitUntilReady(ctx, m.Name.ValueString(), time.Duration(w.TimeoutSeconds.ValueInt64())*time.Second, []resourceutil.Readiness{check})
}

func (r *lxcContainerResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state ContainerModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	lxcState, err := state.state(ctx)
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
	if n, ok := ReadCpus(lines); ok {
		state.Cpus = types.Int64Value(n)
	}
	// A map edited by hand into a shape the resource does not write reads as none
	// of its own (id_map 0/0), so the plan replaces the container.
	privileged, start, count, _ := ReadIDMap(lines)
	state.Privileged = types.BoolValue(privileged)
	if privileged {
		// Unused without a user namespace: keep what the configuration says, so a
		// privileged container does not plan a change of an id map it has none of.
		if state.IDMapStart.IsNull() {
			state.IDMapStart, state.IDMapCount = types.Int64Value(100000), types.Int64Value(65536)
		}
	} else {
		state.IDMapStart, state.IDMapCount = types.Int64Value(start), types.Int64Value(count)
	}
	// The mark stays the one this resource applied (null when imported); the
	// configuration's is found_mark.
	mark, _ := configValue(lines, MarkKey)
	state.FoundMark = types.StringValue(mark)
	state.WaitFor = nil
	if v, ok := configValue(lines, resourceutil.WaitForKey); ok {
		state.WaitFor = resourceutil.ParseLxcWaitFor(v)
	}
	if v, ok := configValue(lines, templateKey); ok {
		state.Template = types.StringValue(v)
	}
	if v, ok := configValue(lines, templateArgsKey); ok {
		args := []string{}
		if v != "" {
			args = strings.Split(v, " ")
		}
		found, d := types.ListValueFrom(ctx, types.StringType, args)
		resp.Diagnostics.Append(d...)
		state.TemplateArgs = found
	}
	nics, d := ReadNics(ctx, lines)
	resp.Diagnostics.Append(d...)
	state.Nics = nics
	if resp.Diagnostics.HasError() {
		return
	}
	// Files and commands stay as the state has them; the digest is what was applied.
	provisioned, _ := configValue(lines, provisionedKey)
	state.Provisioned = types.StringValue(provisioned)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *lxcContainerResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan, state ContainerModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	tflog.Info(ctx, "updating the container", map[string]any{"netns": plan.Netns.ValueString(), "name": plan.Name.ValueString()})
	// Changed only while it is this resource's, as its configuration says now.
	if err := plan.refuseUnlessOurs(plan.Mark.ValueString(), state.Mark.ValueString()); err != nil {
		resp.Diagnostics.AddError("Updating the container failed", err.Error())
		return
	}
	// No triggers in the state means none were known: an imported or adopted
	// container, whose first deploy records them. That is no reason to restart it.
	if !state.Restart.IsNull() && !plan.Restart.Equal(state.Restart) && plan.Running.ValueBool() {
		if current, err := plan.state(ctx); err == nil && current == "RUNNING" {
			if _, err := hostexec.Run(ctx, plan.Netns.ValueString(), plan.lxc("lxc-stop", "-t", "10")...); err != nil {
				resp.Diagnostics.AddError("Restarting the container failed", err.Error())
				return
			}
		}
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, plan.Timeouts.Update, 30*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	if err := r.converge(ctx, &plan); err != nil {
		resp.Diagnostics.AddError("Updating the container failed", err.Error())
		return
	}
	// Files and commands again when they changed (the recorded digest differs).
	if err := plan.provision(ctx); err != nil {
		resp.Diagnostics.AddError("Updating the container failed", err.Error())
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	resourceutil.ReadBackUpdate(ctx, r, "container "+plan.Name.ValueString(), resp)
}

func (r *lxcContainerResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state ContainerModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ctx, cancel, tdiags := resourceutil.WithDeadline(ctx, state.Timeouts.Delete, 10*time.Minute)
	if resp.Diagnostics.Append(tdiags...); resp.Diagnostics.HasError() {
		return
	}
	defer cancel()
	tflog.Info(ctx, "deleting the container", map[string]any{"netns": state.Netns.ValueString(), "name": state.Name.ValueString()})
	lxcState, err := state.state(ctx)
	if err == nil && lxcState != "" {
		// Destroyed only while its configuration carries the mark this resource applied.
		var found string
		if found, err = state.configMark(); err == nil && ownership.Of(true, found, state.Mark.ValueString()) != ownership.Ours {
			tflog.Warn(ctx, "container left in place", map[string]any{"container": state.Name.ValueString(), "found": found, "mark": state.Mark.ValueString()})
			resp.Diagnostics.AddWarning("Container left in place", ownership.Left(state.object(), found, state.Mark.ValueString()))
			return
		}
		if err == nil {
			// lxc-destroy -f stops a running container first.
			_, err = hostexec.Run(ctx, state.Netns.ValueString(), state.lxc("lxc-destroy", "-f")...)
		}
	}
	if err != nil {
		resp.Diagnostics.AddError("Deleting the container failed", err.Error())
	}
}

// ImportState takes "NAME" or "NETNS/NAME", followed by ":LXCPATH" when the
// container is not in /var/lib/lxc. Read takes the template and its arguments
// from the container's configuration, where Create recorded them.
func (r *lxcContainerResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	id, lxcPath, hasPath := strings.Cut(req.ID, ":")
	netns, name, err := resourceutil.SplitID(id)
	if err != nil || (hasPath && !strings.HasPrefix(lxcPath, "/")) {
		resp.Diagnostics.AddError("Invalid import ID", fmt.Sprintf(`import ID %q is not "[NETNS/]NAME[:/LXC/PATH]"`, req.ID))
		return
	}
	if !hasPath {
		lxcPath = "/var/lib/lxc"
	}
	// The one spelling the schema takes, so the imported state matches the configuration.
	lxcPath = filepath.Clean(lxcPath)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), resourceutil.JoinID(netns, name))...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("netns"), netns)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("name"), name)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("lxc_path"), lxcPath)...)
}

// applyLiveLimits gives a running container its memory and CPU limits now; the
// configuration holds them for the next start either way. A host whose cgroup
// layout LXC cannot write them to is logged, not fatal: the next start applies them.
func (m *ContainerModel) applyLiveLimits(ctx context.Context) {
	var limits [][2]string
	if !m.MemoryMiB.IsNull() {
		limits = append(limits, [2]string{"memory.max", strconv.FormatInt(m.MemoryMiB.ValueInt64()*1024*1024, 10)})
	}
	if !m.Cpus.IsNull() {
		limits = append(limits, [2]string{"cpu.max", cpuMax(m.Cpus.ValueInt64())})
	}
	for _, l := range limits {
		res, err := hostexec.Try(ctx, m.Netns.ValueString(), m.lxc("lxc-cgroup", l[0], l[1])...)
		if err == nil && res.ExitCode != 0 {
			err = fmt.Errorf("lxc-cgroup exited %d: %s", res.ExitCode, strings.TrimSpace(res.Stderr))
		}
		if err != nil {
			tflog.Warn(ctx, "live cgroup limit not applied; the container gets it at its next start",
				map[string]any{"container": m.Name.ValueString(), "key": l[0], "value": l[1], "error": err.Error()})
		}
	}
}

// object names the container for a message.
func (m *ContainerModel) object() string {
	return fmt.Sprintf("container %s in %s (its configuration's %s line)", m.Name.ValueString(), m.LxcPath.ValueString(), MarkKey)
}

// RefuseUnlessOurs is nil when the container's configuration carries one of own.
func (m *ContainerModel) refuseUnlessOurs(own ...string) error {
	found, err := m.configMark()
	if err != nil {
		return err
	}
	return resourceutil.RefuseUnlessOurs(m.object(), found, m.Mark.ValueString(), own...)
}

// configMark is the mark the container's configuration carries ("" for none, or no configuration).
func (m *ContainerModel) configMark() (string, error) {
	lines, err := readConfig(m.configPath())
	if os.IsNotExist(err) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	mark, _ := configValue(lines, MarkKey)
	return mark, nil
}

// carriesMark says whether the container is this resource's (its configuration carries the mark).
func (m *ContainerModel) carriesMark() bool {
	mark, err := m.configMark()
	return err == nil && mark == m.Mark.ValueString()
}
