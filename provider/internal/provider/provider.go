// Package provider is the hyperlab provider: its configuration (the ssh block)
// and the registration of the resources, which live in the packages of their
// domain (internal/network, nat, dhcp, lxc, kvm, kvmstore, desktop,
// hostfileresource), each with Create, Read, Update, Delete and Import, reading
// back what the host has. It also gives internal/restore the restorable kinds.
package provider

import (
	"context"
	"io"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/desktop"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostfileresource"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/kvm"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/kvmstore"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/restore"
)

// New returns the provider factory for the given version.
func New(version string) func() provider.Provider {
	return func() provider.Provider { return &hyperlabProvider{version: version} }
}

type hyperlabProvider struct {
	version string
}

func (p *hyperlabProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "hyperlab"
	resp.Version = p.version
}

func (p *hyperlabProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = schema.Schema{
		Description: "Manages bridges, TAP devices, NAT, DHCP and LXC containers on the Linux host the engine runs on, " +
			"and VirtualBox and VMware Workstation Player guests and vmnet networks through their command-line tools. " +
			"The host networking and LXC resources need root and take a network namespace, so a stack can live apart " +
			"from the host's own network; the desktop hypervisor resources run as the user of the engine. " +
			"With an ssh block, the host resources are made on that host instead.",
		Attributes: map[string]schema.Attribute{"ssh": sshSchema()},
	}
}

func (p *hyperlabProvider) Configure(context.Context, provider.ConfigureRequest, *provider.ConfigureResponse) {
}

func (p *hyperlabProvider) Resources(context.Context) []func() resource.Resource {
	// The host resources keep restore records, for `restore` after a reboot
	// (internal/restore); the kinds it knows are the ones given here.
	kinds := RestoreKinds()
	return []func() resource.Resource{
		kinds.Wrap("bridge"),
		kinds.Wrap("vxlan"),
		kinds.Wrap("tap"),
		kinds.Wrap("nat"),
		kinds.Wrap("dhcp"),
		kinds.Wrap("lxc_container"),
		desktop.NewVirtualBoxVMResource,
		desktop.NewVmwareVMResource,
		desktop.NewVmnetResource,
		kvm.NewKvmDomainResource,
		kvmstore.NewKvmVolumeResource,
		kvmstore.NewKvmImageResource,
		kvm.NewKvmSeedResource,
		hostfileresource.NewHostFileResource,
	}
}

func (p *hyperlabProvider) DataSources(context.Context) []func() datasource.DataSource {
	return nil
}

// RestoreMain is `terraform-provider-hyperlab restore`, over this provider's
// restorable kinds; it returns the exit status.
func RestoreMain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return restore.Main(ctx, RestoreKinds(), args, stdout, stderr)
}
