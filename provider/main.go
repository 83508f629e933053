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

	"github.com/hashicorp/terraform-plugin-framework/providerserver"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/provider"
)

// Set at build time by tools/engine.sh.
var version = "dev"

func main() {
	// `restore` brings the lab back after a reboot (see the README, Reboot); the
	// engine starts the provider with no arguments but -debug and -address.
	if len(os.Args) > 1 && os.Args[1] == "restore" {
		os.Exit(provider.RestoreMain(os.Args[2:], os.Stdout, os.Stderr))
	}
	debug := flag.Bool("debug", false, "run with support for debuggers (prints a TF_REATTACH_PROVIDERS line)")
	// The address matters only in debug mode, as the key of TF_REATTACH_PROVIDERS:
	// give the engine's own (its default registry host + /hyperlab/hyperlab) there.
	// No host is built in, so one binary, with one hash, serves both engines.
	address := flag.String("address", "hyperlab.invalid/hyperlab/hyperlab", "source address, in debug mode")
	flag.Parse()
	err := providerserver.Serve(context.Background(), provider.New(version), providerserver.ServeOpts{
		Address: *address,
		Debug:   *debug,
	})
	if err != nil {
		log.Fatal(err)
	}
}
