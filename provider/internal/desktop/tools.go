package desktop

import (
	"context"
	"os"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
)

// desktopTool is the program run for a desktop hypervisor's tool: the name on
// PATH, or the path in the environment variable `env` (the tests point it at a
// stand-in, a user at a tool outside PATH).
func desktopTool(env, name string) string {
	if p := os.Getenv(env); p != "" {
		return p
	}
	return name
}

const (
	VboxManageEnv     = "HYPERLAB_VBOXMANAGE"
	VmrunEnv          = "HYPERLAB_VMRUN"
	VmwareNetworksEnv = "HYPERLAB_VMWARE_NETWORKS"
)

// desktopTry runs a desktop hypervisor's tool, ended with ctx, and reports a
// non-zero exit in the result (as hostexec.Try does), not as an error.
func desktopTry(ctx context.Context, argv ...string) (hostexec.Result, error) {
	res, err := hostexec.RunContext(ctx, argv...)
	if err != nil && res.ExitCode != 0 {
		return res, nil
	}
	return res, err
}
