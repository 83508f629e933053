package kvm

import (
	"context"
	"fmt"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

var (
	libvirtURIArg = validate.ArgvWord{Pattern: regexp.MustCompile(`^[a-z][a-z0-9+]*://[\x21-\x7e]*$`), Expected: "a libvirt URI such as qemu:///system"}
	// The kernel takes 2047 characters (COMMAND_LINE_SIZE on x86); a line is one XML text, never a shell's.
	kernelCmdline   = textValue{regexp.MustCompile(`^[^\p{C}]*$`), 2047, "a kernel command line: up to 2047 characters, no control characters"}
	freeDescription = textValue{regexp.MustCompile(`^[^\x00-\x08\x0b-\x1f\x7f]*$`), 8192, "up to 8192 characters, no control characters but tab and newline"}
	// A title is one line (libvirt refuses a newline in it; `virsh list --title` shows it in a column).
	domainTitle = textValue{regexp.MustCompile(`^[^\x00-\x1f\x7f-\x9f\x{FFFE}\x{FFFF}]*$`), 255,
		"one line of up to 255 characters, no control characters (no tab or newline either)"}
)

type DomainModel struct {
	ID              types.String   `tfsdk:"id"`
	URI             types.String   `tfsdk:"uri"`
	Name            types.String   `tfsdk:"name"`
	UUID            types.String   `tfsdk:"uuid"`
	Owner           types.String   `tfsdk:"owner"`
	FoundMark       types.String   `tfsdk:"found_mark"`
	Type            types.String   `tfsdk:"type"`
	Vcpus           types.Int64    `tfsdk:"vcpus"`
	MemoryMiB       types.Int64    `tfsdk:"memory_mib"`
	CPUMode         types.String   `tfsdk:"cpu_mode"`
	Machine         types.String   `tfsdk:"machine"`
	Firmware        types.String   `tfsdk:"firmware"`
	Graphics        types.String   `tfsdk:"graphics"`
	Kernel          types.String   `tfsdk:"kernel"`
	Initrd          types.String   `tfsdk:"initrd"`
	Cmdline         types.String   `tfsdk:"cmdline"`
	Disks           []Disk         `tfsdk:"disks"`
	Seed            types.String   `tfsdk:"seed"`
	SeedInstanceID  types.String   `tfsdk:"seed_instance_id"`
	Nics            []kvmNic       `tfsdk:"nics"`
	Agent           types.Bool     `tfsdk:"agent"`
	Autostart       types.Bool     `tfsdk:"autostart"`
	Running         types.Bool     `tfsdk:"running"`
	Description     types.String   `tfsdk:"description"`
	Title           types.String   `tfsdk:"title"`
	ShutdownTimeout types.Int64    `tfsdk:"shutdown_timeout_seconds"`
	WaitFor         *kvmWaitFor    `tfsdk:"wait_for"`
	Timeouts        timeouts.Value `tfsdk:"timeouts"`
}

type Disk struct {
	Path   types.String `tfsdk:"path"`
	Format types.String `tfsdk:"format"`
}

type kvmNic struct {
	Bridge types.String `tfsdk:"bridge"`
	Tap    types.String `tfsdk:"tap"`
	MAC    types.String `tfsdk:"mac"`
	Model  types.String `tfsdk:"model"`
}

type kvmWaitFor struct {
	Address        types.String `tfsdk:"address"`
	TCPPort        types.Int64  `tfsdk:"tcp_port"`
	Agent          types.Bool   `tfsdk:"agent"`
	CloudInit      types.Bool   `tfsdk:"cloud_init"`
	TimeoutSeconds types.Int64  `tfsdk:"timeout_seconds"`
}

func (r *kvmDomainResource) Schema(ctx context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	replace := []planmodifier.String{stringplanmodifier.RequiresReplace()}
	str := func(desc, def string, v validator.String) schema.StringAttribute {
		return schema.StringAttribute{Description: desc, Optional: true, Computed: true, Default: stringdefault.StaticString(def),
			Validators: []validator.String{v}}
	}
	resp.Schema = schema.Schema{
		Description: "A libvirt domain (QEMU/KVM guest), defined over libvirt's RPC protocol. Read returns the persistent " +
			"definition and the power state. A change to anything but running, autostart, description, title, wait_for and the " +
			"timeouts redefines the domain and, when it runs, restarts it (shut down, then powered off after " +
			"shutdown_timeout_seconds); the plan warns of it. The domain carries its owner in its <metadata>: an existing " +
			"domain of that name is taken only with that mark; one with another mark or none is refused, never redefined, and " +
			"left defined by destroy.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{Description: `The name, or "URI NAME" for another URI than qemu:///system; the form import takes.`,
				Computed: true, PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"uri": schema.StringAttribute{Description: "libvirt URI; a change replaces the domain.", Optional: true, Computed: true,
				Default: stringdefault.StaticString("qemu:///system"), PlanModifiers: replace, Validators: []validator.String{libvirtURIArg}},
			"name": schema.StringAttribute{Description: "Domain name; a change replaces the domain.", Required: true, PlanModifiers: replace,
				Validators: []validator.String{validate.VmNameWord}},
			"uuid": schema.StringAttribute{Description: "The UUID libvirt gave the domain.", Computed: true,
				PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
			"owner": schema.StringAttribute{Description: "Identity written into the domain's <metadata>; a domain of this name is " +
				"taken, redefined or undefined only while it carries this mark (or the one this resource applied last).", Required: true,
				Validators: []validator.String{validate.OwnerMark}},
			"found_mark": ownership.FoundAttribute("owner"),
			"type":       str(`"kvm" (hardware virtualisation) or "qemu" (TCG software emulation).`, "kvm", validate.OneOfWordsOf("kvm", "qemu")),
			"cpu_mode":   str(`CPU model the guest sees: "host-passthrough" (KVM only), "host-model" (KVM only) or "maximum" (everything the accelerator can give).`, "maximum", validate.OneOfWordsOf("host-passthrough", "host-model", "maximum")),
			"machine":    str(`Machine type: "pc" (i440FX), "q35", or a versioned one such as "pc-q35-7.2".`, "pc", validate.ArgvWord{Pattern: regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`), Expected: "a QEMU machine type such as pc or q35"}),
			"firmware":   str(`"bios" (SeaBIOS) or "efi" (OVMF, with an NVRAM file libvirt makes and removes).`, "bios", validate.OneOfWordsOf("bios", "efi")),
			"graphics":   str(`"none" (serial console only) or "vnc" (on 127.0.0.1, port chosen by libvirt).`, "none", validate.OneOfWordsOf("none", "vnc")),
			"vcpus": schema.Int64Attribute{Description: "Virtual CPUs.", Optional: true, Computed: true, Default: int64default.StaticInt64(1),
				Validators: []validator.Int64{validate.Int64Between{Min: 1, Max: 256, Unit: ""}}},
			"memory_mib": schema.Int64Attribute{Description: "Memory in MiB.", Optional: true, Computed: true, Default: int64default.StaticInt64(512),
				Validators: []validator.Int64{validate.Int64Between{Min: 32, Max: 4194304, Unit: " MiB"}}},
			"kernel":  schema.StringAttribute{Description: "Kernel image on the host, for direct kernel boot.", Optional: true, Validators: []validator.String{validate.HostPathArg}},
			"initrd":  schema.StringAttribute{Description: "Initramfs on the host.", Optional: true, Validators: []validator.String{validate.HostPathArg}},
			"cmdline": schema.StringAttribute{Description: "Kernel command line, kept as written.", Optional: true, Validators: []validator.String{kernelCmdline}},
			"disks": schema.ListNestedAttribute{
				Description: "Disks, in order (vda, vdb, ...; the first is the boot disk).", Optional: true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"path":   schema.StringAttribute{Description: "Image file on the host.", Required: true, Validators: []validator.String{validate.HostPathArg}},
					"format": schema.StringAttribute{Description: `"qcow2" or "raw".`, Required: true, Validators: []validator.String{validate.OneOfWordsOf("qcow2", "raw")}},
				}},
			},
			"seed": schema.StringAttribute{Description: "A cloud-init seed image (hyperlab_kvm_seed's path), attached as a CD-ROM.", Optional: true,
				Validators: []validator.String{validate.HostPathArg}},
			"seed_instance_id": schema.StringAttribute{
				Description: "The seed's instance-id (hyperlab_kvm_seed's meta-data): a change restarts a running guest, so that it boots " +
					"with the new seed and cloud-init applies it.",
				Optional: true, Validators: []validator.String{validate.ArgvWord{Pattern: regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$`), Expected: "a cloud-init instance-id"}},
			},
			"nics": schema.ListNestedAttribute{
				Description: "NICs, in order: each on a bridge (libvirt makes its TAP device) or on a TAP device that exists.", Optional: true,
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"bridge": schema.StringAttribute{Description: "Bridge the NIC's TAP device joins.", Optional: true, Validators: []validator.String{validate.IfaceWord}},
					"tap":    schema.StringAttribute{Description: "An existing TAP device QEMU opens for this NIC (libvirt leaves it be).", Optional: true, Validators: []validator.String{validate.IfaceWord}},
					"mac":    schema.StringAttribute{Description: "MAC address, lower case.", Required: true, Validators: []validator.String{validate.MacWord}},
					"model":  schema.StringAttribute{Description: `NIC model: "virtio" or "e1000".`, Optional: true, Computed: true, Default: stringdefault.StaticString("virtio"), Validators: []validator.String{validate.OneOfWordsOf("virtio", "e1000")}},
				}},
			},
			"agent":       schema.BoolAttribute{Description: "A virtio channel for the QEMU guest agent.", Optional: true, Computed: true, Default: booldefault.StaticBool(false)},
			"autostart":   schema.BoolAttribute{Description: "Started when libvirtd starts (host boot); changes in place.", Optional: true, Computed: true, Default: booldefault.StaticBool(false)},
			"running":     schema.BoolAttribute{Description: "Whether the domain runs; changes in place (a shut-off domain shows as drift).", Optional: true, Computed: true, Default: booldefault.StaticBool(true)},
			"description": schema.StringAttribute{Description: "Free text kept with the domain; changes in place.", Optional: true, Validators: []validator.String{freeDescription}},
			"title": schema.StringAttribute{
				Description: "One-line title kept with the domain (`virsh list --title`, `virsh desc --title`); \"\" (the default) " +
					"means none. Read gives back the domain's, so a title changed on the host is drift that apply puts back; changes in place.",
				Optional: true, Computed: true, Default: stringdefault.StaticString(""), Validators: []validator.String{domainTitle},
			},
			"shutdown_timeout_seconds": schema.Int64Attribute{
				Description: "How long a shutdown (ACPI power button) may take before the domain is powered off; 0 powers off at once.",
				Optional:    true, Computed: true, Default: int64default.StaticInt64(60), Validators: []validator.Int64{validate.Int64Between{Min: 0, Max: 3600, Unit: " s"}},
			},
			"wait_for": schema.SingleNestedAttribute{
				Description: "What apply waits for after it starts the domain; apply fails after the timeout, naming what it waited for.",
				Optional:    true,
				Attributes: map[string]schema.Attribute{
					"address":  schema.StringAttribute{Description: "The guest's address, probed from the host (ICMP echo, or tcp_port).", Optional: true, Validators: []validator.String{validate.IPValue{Any: true}}},
					"tcp_port": schema.Int64Attribute{Description: "A TCP port at address that must accept a connection.", Optional: true, Validators: []validator.Int64{validate.Int64Between{Min: 1, Max: 65535, Unit: ""}}},
					"agent":    schema.BoolAttribute{Description: "The QEMU guest agent must answer a ping (needs agent).", Optional: true},
					"cloud_init": schema.BoolAttribute{Description: "cloud-init must have finished in the guest (its /run/cloud-init/result.json, " +
						"read through the QEMU guest agent: needs agent, and qemu-guest-agent in the image); apply fails, quoting " +
						"cloud-init's errors and the end of /var/log/cloud-init-output.log, when it finished with errors.", Optional: true},
					"timeout_seconds": schema.Int64Attribute{Description: "How long to wait, in seconds.", Optional: true, Computed: true,
						Default: int64default.StaticInt64(300), Validators: []validator.Int64{validate.Int64Between{Min: 1, Max: 86400, Unit: " s"}}},
				},
			},
			"timeouts": timeouts.Attributes(ctx, timeouts.Opts{Create: true, Update: true, Delete: true}),
		},
	}
}

// textValue is a string validator for text that lands in an XML document (never
// an argv or a shell): within pattern and at most max characters.
type textValue struct {
	pattern  *regexp.Regexp
	max      int
	expected string
}

func (v textValue) Description(context.Context) string             { return v.expected }
func (v textValue) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v textValue) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if s := req.ConfigValue.ValueString(); len([]rune(s)) > v.max || !v.pattern.MatchString(s) {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid value", fmt.Sprintf("%q is not %s", s, v.expected))
	}
}
