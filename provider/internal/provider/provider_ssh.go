package provider

import (
	"context"
	"errors"
	"io"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"golang.org/x/crypto/ssh"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// The ssh block makes a provider configuration (an alias) act on another host:
// internal/agent reads it before this provider sees it, starts an agent there
// and forwards the resource calls. Here it is only schema and validation.

var (
	// A DNS name or an IP address (IPv6 without brackets), as net.JoinHostPort takes it.
	sshHostWord = validate.ArgvWord{Pattern: regexp.MustCompile(`^([A-Za-z0-9_]([A-Za-z0-9._-]{0,252})|[0-9A-Fa-f:.]{2,45})$`), Expected: "a DNS name or an IP address (IPv6 without brackets)"}
	labelWord   = validate.ArgvWord{Pattern: regexp.MustCompile(`^[\p{L}\p{N}_./:-]{1,256}$`), Expected: "a name for messages: 1-256 letters, digits or _ . / : -"}
)

type sshModel struct {
	Name           types.String `tfsdk:"name"`
	Host           types.String `tfsdk:"host"`
	Port           types.Int64  `tfsdk:"port"`
	User           types.String `tfsdk:"user"`
	KnownHosts     types.String `tfsdk:"known_hosts"`
	KnownHostsFile types.String `tfsdk:"known_hosts_file"`
	PrivateKey     types.String `tfsdk:"private_key"`
	PrivateKeyFile types.String `tfsdk:"private_key_file"`
	UseAgent       types.Bool   `tfsdk:"use_agent"`
	Sudo           types.Bool   `tfsdk:"sudo"`
	AgentDir       types.String `tfsdk:"agent_dir"`
	TimeoutSeconds types.Int64  `tfsdk:"timeout_seconds"`
}

type providerModel struct {
	SSH *sshModel `tfsdk:"ssh"`
}

func sshSchema() schema.SingleNestedAttribute {
	return schema.SingleNestedAttribute{
		Description: "The Linux host this configuration acts on, over SSH: every resource of the configuration is made there, " +
			"by a copy of this provider started on the host (copied to agent_dir when the host lacks one with its sha256). " +
			"Without it, the host is the machine the engine runs on.",
		Optional: true,
		Attributes: map[string]schema.Attribute{
			"name":             schema.StringAttribute{Description: "The host's name in messages (the construct gives its path).", Required: true, Validators: []validator.String{labelWord}},
			"host":             schema.StringAttribute{Description: "DNS name or IP address of the host.", Required: true, Validators: []validator.String{sshHostWord}},
			"port":             schema.Int64Attribute{Description: "SSH port (1-65535); default 22.", Optional: true, Validators: []validator.Int64{validate.Int64Between{Min: 1, Max: 65535, Unit: ""}}},
			"user":             schema.StringAttribute{Description: "User to log in as; default root. The resources need root's privileges on the host.", Optional: true, Validators: []validator.String{validate.PosixNameWord}},
			"known_hosts":      schema.StringAttribute{Description: "known_hosts lines for the host (its public keys): the host key is checked against them, and an unknown or changed key stops the connection.", Optional: true},
			"known_hosts_file": schema.StringAttribute{Description: "A known_hosts file to check the host key against, instead of known_hosts.", Optional: true, Validators: []validator.String{validate.HostPathArg}},
			"private_key":      schema.StringAttribute{Description: "Private key to log in with (OpenSSH or PEM, unencrypted); from a sensitive variable.", Optional: true, Sensitive: true},
			"private_key_file": schema.StringAttribute{Description: "A file holding the private key to log in with, instead of private_key.", Optional: true, Validators: []validator.String{validate.HostPathArg}},
			"use_agent":        schema.BoolAttribute{Description: "Also offer the keys of the ssh-agent at SSH_AUTH_SOCK.", Optional: true},
			"sudo":             schema.BoolAttribute{Description: "Run the agent, and its copy, as root through `sudo -n` (no password: the user needs a NOPASSWD rule); for a user that is not root. Default false.", Optional: true},
			"agent_dir":        schema.StringAttribute{Description: "Directory on the host the agent binary is kept in, named by its sha256; default /var/lib/hyperlab/agent.", Optional: true, Validators: []validator.String{validate.LxcPathArg}},
			"timeout_seconds":  schema.Int64Attribute{Description: "Seconds to connect and log in (1-600); default 15. A host that does not answer in time fails its resources' plan and apply.", Optional: true, Validators: []validator.Int64{validate.Int64Between{Min: 1, Max: 600, Unit: " seconds"}}},
		},
	}
}

// ValidateConfig checks what the attributes' validators cannot see alone: one
// source of host keys, at least one way to log in, and readable known_hosts lines.
func (p *hyperlabProvider) ValidateConfig(ctx context.Context, req provider.ValidateConfigRequest, resp *provider.ValidateConfigResponse) {
	var m providerModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &m)...)
	if resp.Diagnostics.HasError() || m.SSH == nil {
		return
	}
	s := m.SSH
	at := path.Root("ssh")
	set := func(v interface{ IsNull() bool }) bool { return !v.IsNull() }
	if set(s.KnownHosts) == set(s.KnownHostsFile) && !s.KnownHosts.IsUnknown() && !s.KnownHostsFile.IsUnknown() {
		resp.Diagnostics.AddAttributeError(at, "Host keys", "give exactly one of known_hosts and known_hosts_file: the host key is always checked")
	}
	if set(s.PrivateKey) && set(s.PrivateKeyFile) {
		resp.Diagnostics.AddAttributeError(at, "Private key", "give private_key or private_key_file, not both")
	}
	if !set(s.PrivateKey) && !set(s.PrivateKeyFile) && !s.UseAgent.ValueBool() && !s.UseAgent.IsUnknown() {
		resp.Diagnostics.AddAttributeError(at, "No way to log in", "give private_key, private_key_file or use_agent = true")
	}
	if !s.KnownHosts.IsNull() && !s.KnownHosts.IsUnknown() {
		rest := []byte(s.KnownHosts.ValueString())
		for len(rest) > 0 {
			var err error
			if _, _, _, _, rest, err = ssh.ParseKnownHosts(rest); err != nil && !errors.Is(err, io.EOF) {
				resp.Diagnostics.AddAttributeError(at.AtName("known_hosts"), "Invalid known_hosts", err.Error())
				break
			}
		}
	}
}
