// Command terraform-provider-hyperlab is the Terraform/OpenTofu provider for what
// hyperlab makes on a Linux host: bridges, TAP devices, NAT, DHCP and LXC
// containers. Its Read reports what the kernel and the tools really have, so
// drift on the host shows in plan.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6/tf6server"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/agent"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/provider"
)

// Set at build time by tools/engine.sh.
var version = "dev"

func main() {
	// `restore` brings the lab back after a reboot (see the README, Reboot); the
	// engine starts the provider with no arguments but -debug and -address.
	if len(os.Args) > 1 && os.Args[1] == "restore" {
		// Stopped with the boot unit (SIGTERM) or by hand (SIGINT), the restore's
		// commands and waits end with it.
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := provider.RestoreMain(ctx, os.Args[2:], os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	// `agent` is this binary on a host reached over SSH, serving the provider
	// that started it (see internal/agent).
	if len(os.Args) > 1 && os.Args[1] == "agent" {
		os.Exit(agent.Main(os.Args[2:], version, providerServer, os.Stdin, os.Stdout, os.Stderr))
	}
	debug := flag.Bool("debug", false, "run with support for debuggers (prints a TF_REATTACH_PROVIDERS line)")
	// The address matters only in debug mode, as the key of TF_REATTACH_PROVIDERS:
	// give the engine's own (its default registry host + /hyperlab/hyperlab) there.
	// No host is built in, so one binary, with one hash, serves both engines.
	address := flag.String("address", "hyperlab.invalid/hyperlab/hyperlab", "source address, in debug mode")
	flag.Parse()
	var opts []tf6server.ServeOpt
	if *debug {
		opts = append(opts, tf6server.WithManagedDebug())
	}
	// The engine's server is the framework's, wrapped so that a configuration
	// with an ssh block forwards its resources' calls to that host.
	err := tf6server.Serve(*address, func() tfprotov6.ProviderServer { return agent.Wrap(providerServer()) }, opts...)
	// The engine is done with this process: the agents' last log lines reach its log
	// before the process exits (within the engine's grace period for a plugin to stop).
	agent.Drain(time.Second)
	if err != nil {
		log.Fatal(err)
	}
}

func providerServer() tfprotov6.ProviderServer {
	return providerserver.NewProtocol6(provider.New(version)())()
}
