package resourceutil

import (
	"context"
	"errors"
	"fmt"
	"net"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/closing"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostnet"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// Readiness is one thing a guest must do before apply returns: what it is, and a
// check that fails until it holds.
type Readiness struct {
	What  string
	Check func() error
}

// finalError is a check's answer that waiting longer cannot change (cloud-init
// finished with errors): the wait ends with it at once.
type finalError struct{ error }

func (f finalError) Unwrap() error { return f.error }

// AddressReadiness is the guest's address answering, probed from the namespace
// its host side lives in: a TCP connection to port, or without one an ICMP echo.
func AddressReadiness(ctx context.Context, netns, address string, port int64) Readiness {
	if port > 0 {
		target := net.JoinHostPort(address, strconv.FormatInt(port, 10))
		return Readiness{"TCP " + target + " to accept a connection", func() error {
			return hostnet.Do(netns, func() error {
				conn, err := (&net.Dialer{Timeout: 3 * time.Second}).DialContext(ctx, "tcp", target)
				if err == nil {
					return closing.Error(conn.Close())
				}
				return err
			})
		}}
	}
	return Readiness{address + " to answer a ping", func() error {
		res, err := hostexec.Try(ctx, netns, "ping", "-c", "1", "-W", "2", "-n", "--", address)
		if err == nil && res.ExitCode != 0 {
			err = fmt.Errorf("no answer: %s", strings.TrimSpace(res.Stdout+res.Stderr))
		}
		return err
	}}
}

// WaitUntilReady runs the checks every second until all pass, or fails after
// timeout naming the guest, what it waited for and the last failure.
func WaitUntilReady(ctx context.Context, guest string, timeout time.Duration, checks []Readiness) error {
	if len(checks) == 0 {
		return nil
	}
	what := make([]string, len(checks))
	for i, c := range checks {
		what[i] = c.What
	}
	tflog.Info(ctx, "waiting for the guest", map[string]any{"name": guest, "for": what})
	deadline := time.Now().Add(timeout)
	for {
		var last error
		for _, c := range checks {
			if err := c.Check(); err != nil {
				last = err
				break
			}
		}
		if last == nil {
			return nil
		}
		var final finalError
		if errors.As(last, &final) {
			return final.error
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("guest %s was not ready after %s: waited for %v; last: %v", guest, timeout, what, last)
		}
		if err := Sleep(ctx, time.Second); err != nil {
			return fmt.Errorf("guest %s was not ready: waited for %v; last: %v (%w)", guest, what, last, err)
		}
	}
}

// LxcWaitFor is what apply waits for once it has started a container.
type LxcWaitFor struct {
	Address        types.String `tfsdk:"address"`
	TCPPort        types.Int64  `tfsdk:"tcp_port"`
	TimeoutSeconds types.Int64  `tfsdk:"timeout_seconds"`
}

func LxcWaitForAttribute() schema.SingleNestedAttribute {
	return schema.SingleNestedAttribute{
		Description: "What apply waits for after it starts the container, probed from the container's network namespace; apply fails " +
			"after the timeout, naming what it waited for. Kept in the container's configuration as an LXC comment.",
		Optional: true,
		Attributes: map[string]schema.Attribute{
			"address": schema.StringAttribute{Description: "The container's address (ICMP echo, or tcp_port).", Required: true,
				Validators: []validator.String{validate.IPValue{Any: true}}},
			"tcp_port": schema.Int64Attribute{Description: "A TCP port at address that must accept a connection.", Optional: true,
				Validators: []validator.Int64{validate.Int64Between{Min: 1, Max: 65535, Unit: ""}}},
			"timeout_seconds": schema.Int64Attribute{Description: "How long to wait, in seconds.", Optional: true, Computed: true,
				Default: int64default.StaticInt64(300), Validators: []validator.Int64{validate.Int64Between{Min: 1, Max: 86400, Unit: " s"}}},
		},
	}
}

// The wait, as its LXC comment: "address=A tcp_port=P timeout=T".
const WaitForKey = "# hyperlab.wait_for"

var waitForLine = regexp.MustCompile(`^address=(\S+)(?: tcp_port=(\d+))? timeout=(\d+)$`)

func (w *LxcWaitFor) ConfigLine() string {
	line := WaitForKey + " = address=" + w.Address.ValueString()
	if !w.TCPPort.IsNull() {
		line += fmt.Sprintf(" tcp_port=%d", w.TCPPort.ValueInt64())
	}
	return line + fmt.Sprintf(" timeout=%d", w.TimeoutSeconds.ValueInt64())
}

func ParseLxcWaitFor(value string) *LxcWaitFor {
	m := waitForLine.FindStringSubmatch(value)
	if m == nil {
		return nil
	}
	w := &LxcWaitFor{Address: types.StringValue(m[1]), TCPPort: types.Int64Null()}
	if m[2] != "" {
		port, err := strconv.ParseInt(m[2], 10, 64)
		if err != nil {
			return nil // digits beyond int64: not a line hyperlab wrote
		}
		w.TCPPort = types.Int64Value(port)
	}
	timeout, err := strconv.ParseInt(m[3], 10, 64)
	if err != nil {
		return nil
	}
	w.TimeoutSeconds = types.Int64Value(timeout)
	return w
}

func Sleep(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

// Final is err as a check's final answer (finalError): waiting stops with it.
func Final(err error) error { return finalError{err} }
