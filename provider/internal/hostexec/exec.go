// Package hostexec runs the host tools the provider drives (lxc-*, dnsmasq),
// always as an argument vector, never through a shell.
package hostexec

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
)

// Result is what a finished command printed and how it exited.
type Result struct {
	Stdout, Stderr string
	ExitCode       int
}

// Run runs argv in the network namespace ("" for the provider's own). An exit
// status other than 0 is an error with the output. ctx ending kills the tool and
// is the error.
func Run(ctx context.Context, netns string, argv ...string) (Result, error) {
	return RunInput(ctx, netns, "", argv...)
}

// Try runs argv like Run but reports a non-zero exit in Result, not as an error.
// In a namespace the tool runs under `ip netns exec`, which also shows it that
// namespace's /sys (lxc-start looks up bridges there).
func Try(ctx context.Context, netns string, argv ...string) (Result, error) {
	return TryInput(ctx, netns, "", argv...)
}

// RunInput is Run with `input` on the tool's standard input.
func RunInput(ctx context.Context, netns, input string, argv ...string) (Result, error) {
	res, err := TryInput(ctx, netns, input, argv...)
	if err == nil && res.ExitCode != 0 {
		err = fmt.Errorf("%s exited %d: %s", strings.Join(argv, " "), res.ExitCode, strings.TrimSpace(res.Stderr+" "+res.Stdout))
	}
	return res, err
}

// TryInput is Try with `input` on the tool's standard input. The tool is
// killed when ctx ends, and the result is then ctx's error (a killed tool's exit
// status is not an answer).
func TryInput(ctx context.Context, netns, input string, argv ...string) (Result, error) {
	if netns != "" {
		argv = append([]string{"ip", "netns", "exec", netns}, argv...)
	}
	if err := ctx.Err(); err != nil {
		return Result{ExitCode: -1}, fmt.Errorf("%s: %w", strings.Join(argv, " "), err)
	}
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Stdin = strings.NewReader(input)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	res := Result{Stdout: stdout.String(), Stderr: stderr.String()}
	if ctx.Err() != nil {
		res.ExitCode = -1
		return res, fmt.Errorf("%s: %w", strings.Join(argv, " "), ctx.Err())
	}
	if exitErr, ok := runErr.(*exec.ExitError); ok {
		res.ExitCode = exitErr.ExitCode()
		return res, nil
	}
	if runErr != nil {
		return res, fmt.Errorf("running %s: %w", argv[0], runErr)
	}
	return res, nil
}

// RunContext is Run for a tool that can take long (copying a disk image): it is
// killed when ctx ends.
func RunContext(ctx context.Context, argv ...string) (Result, error) {
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	res := Result{Stdout: stdout.String(), Stderr: stderr.String()}
	if ctx.Err() != nil {
		return res, fmt.Errorf("%s: %w", strings.Join(argv, " "), ctx.Err())
	}
	if exitErr, ok := runErr.(*exec.ExitError); ok {
		res.ExitCode = exitErr.ExitCode()
		return res, fmt.Errorf("%s exited %d: %s", strings.Join(argv, " "), res.ExitCode, strings.TrimSpace(res.Stderr+" "+res.Stdout))
	}
	if runErr != nil {
		return res, fmt.Errorf("running %s: %w", argv[0], runErr)
	}
	return res, nil
}

// Combined runs argv in the network namespace ("" for the provider's own) with
// `input` on its standard input, and gives its standard output and error as one
// stream, in the order it wrote them (a command's failure reads as it happened).
// A non-zero exit is in the exit code, not the error; ctx ending kills it.
func Combined(ctx context.Context, netns, input string, argv ...string) (output string, exitCode int, err error) {
	if netns != "" {
		argv = append([]string{"ip", "netns", "exec", netns}, argv...)
	}
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Stdin = strings.NewReader(input)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	runErr := cmd.Run()
	if ctx.Err() != nil {
		return out.String(), -1, fmt.Errorf("%s: %w", strings.Join(argv, " "), ctx.Err())
	}
	if exitErr, ok := runErr.(*exec.ExitError); ok {
		return out.String(), exitErr.ExitCode(), nil
	}
	if runErr != nil {
		return out.String(), -1, fmt.Errorf("running %s: %w", argv[0], runErr)
	}
	return out.String(), 0, nil
}
