// Command terraform-provider-hyperlab is the Terraform/OpenTofu provider for what
// hyperlab makes on a Linux host: bridges, TAP devices, NAT, DHCP and LXC
// containers. Its Read reports what the kernel and the tools really have, so
// drift on the host shows in plan.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/provider"
)

// Set at build time by tools/engine.sh.
var version = "dev"

// address is used only in debug mode, as the key of TF_REATTACH_PROVIDERS. It has
// no registry host, so each engine reads it under its own default host and one
// binary (one hash) serves OpenTofu and Terraform alike.
const address = "hyperlab/hyperlab"

func main() {
	debug := flag.Bool("debug", false, "run with support for debuggers (prints a TF_REATTACH_PROVIDERS line)")
	flag.Parse()
	err := providerserver.Serve(context.Background(), provider.New(version), providerserver.ServeOpts{
		Address: address,
		Debug:   *debug,
	})
	if err != nil {
		log.Fatal(err)
	}
}
