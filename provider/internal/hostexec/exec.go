// Package hostexec runs the host tools the provider drives (lxc-*, dnsmasq),
// always as an argument vector, never through a shell.
package hostexec

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
)

// Result is what a finished command printed and how it exited.
type Result struct {
	Stdout, Stderr string
	ExitCode       int
}

// Run runs argv in the network namespace (forked from a thread in it, so the
// child starts there). An exit status other than 0 is an error with the output.
func Run(netns string, argv ...string) (Result, error) {
	res, err := Try(netns, argv...)
	if err == nil && res.ExitCode != 0 {
		err = fmt.Errorf("%s exited %d: %s", strings.Join(argv, " "), res.ExitCode, strings.TrimSpace(res.Stderr+" "+res.Stdout))
	}
	return res, err
}

// Try runs argv like Run but reports a non-zero exit in Result, not as an error.
func Try(netns string, argv ...string) (Result, error) {
	var res Result
	err := hostnet.Do(netns, func() error {
		cmd := exec.Command(argv[0], argv[1:]...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		runErr := cmd.Run()
		res = Result{Stdout: stdout.String(), Stderr: stderr.String()}
		if exitErr, ok := runErr.(*exec.ExitError); ok {
			res.ExitCode = exitErr.ExitCode()
			return nil
		}
		if runErr != nil {
			return fmt.Errorf("running %s: %w", argv[0], runErr)
		}
		return nil
	})
	return res, err
}
