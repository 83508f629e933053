package provider

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/digitalocean/go-libvirt"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/libvirtconn"
)

// isActive says whether the domain runs (or is paused).
func isActive(ctx context.Context, c *libvirtconn.Conn, dom libvirt.Domain) (bool, error) {
	var active int32
	err := c.Do(ctx, "asking whether "+dom.Name+" runs", func(l *libvirt.Libvirt) (err error) {
		active, err = l.DomainIsActive(dom)
		return err
	})
	return active == 1, err
}

// startDomain boots the domain if it is not running.
func startDomain(ctx context.Context, c *libvirtconn.Conn, dom libvirt.Domain) error {
	if active, err := isActive(ctx, c, dom); err != nil || active {
		return err
	}
	tflog.Info(ctx, "starting the domain", map[string]any{"name": dom.Name})
	return c.Do(ctx, "starting "+dom.Name, func(l *libvirt.Libvirt) error { return l.DomainCreate(dom) })
}

// stopDomain shuts the domain down (the ACPI power button), waits up to timeout for
// it to go, and powers it off if it has not.
func stopDomain(ctx context.Context, c *libvirtconn.Conn, dom libvirt.Domain, timeout time.Duration) error {
	if active, err := isActive(ctx, c, dom); err != nil || !active {
		return err
	}
	if timeout > 0 {
		tflog.Info(ctx, "shutting the domain down", map[string]any{"name": dom.Name, "timeout": timeout.String()})
		if err := c.Do(ctx, "shutting "+dom.Name+" down", func(l *libvirt.Libvirt) error { return l.DomainShutdown(dom) }); err != nil {
			return err
		}
		deadline := time.Now().Add(timeout)
		for time.Now().Before(deadline) {
			if active, err := isActive(ctx, c, dom); err != nil || !active {
				return err
			}
			if err := sleep(ctx, 500*time.Millisecond); err != nil {
				return err
			}
		}
		tflog.Warn(ctx, "the guest did not shut down in time; powering it off", map[string]any{"name": dom.Name})
	}
	err := c.Do(ctx, "powering "+dom.Name+" off", func(l *libvirt.Libvirt) error { return l.DomainDestroyFlags(dom, libvirt.DomainDestroyDefault) })
	if err != nil {
		// It may have gone by itself meanwhile.
		if active, aerr := isActive(ctx, c, dom); aerr == nil && !active {
			return nil
		}
	}
	return err
}

func sleep(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

// waitReady waits for what wait_for names, or fails after its timeout saying
// what it waited for and what it last saw.
func (m *kvmDomainModel) waitReady(ctx context.Context, c *libvirtconn.Conn, dom libvirt.Domain) error {
	w := m.WaitFor
	if w == nil || !m.Running.ValueBool() {
		return nil
	}
	timeout := time.Duration(w.TimeoutSeconds.ValueInt64()) * time.Second
	deadline := time.Now().Add(timeout)
	var what []string
	checks := []func() error{}
	if w.Agent.ValueBool() {
		what = append(what, "the QEMU guest agent to answer")
		checks = append(checks, func() error {
			return c.Do(ctx, "pinging the guest agent", func(l *libvirt.Libvirt) error {
				_, err := l.QEMUDomainAgentCommand(dom, `{"execute":"guest-ping"}`, 5, 0)
				return err
			})
		})
	}
	if addr := w.Address.ValueString(); addr != "" {
		if port := w.TCPPort.ValueInt64(); port > 0 {
			target := net.JoinHostPort(addr, strconv.FormatInt(port, 10))
			what = append(what, "TCP "+target+" to accept a connection")
			checks = append(checks, func() error {
				conn, err := (&net.Dialer{Timeout: 3 * time.Second}).DialContext(ctx, "tcp", target)
				if err == nil {
					conn.Close()
				}
				return err
			})
		} else {
			what = append(what, addr+" to answer a ping")
			checks = append(checks, func() error {
				_, err := hostexec.RunContext(ctx, "ping", "-c", "1", "-W", "2", "-n", "--", addr)
				return err
			})
		}
	}
	tflog.Info(ctx, "waiting for the guest", map[string]any{"name": dom.Name, "for": what})
	var last error
	for {
		last = nil
		for _, check := range checks {
			if err := check(); err != nil {
				last = err
				break
			}
		}
		if last == nil {
			return nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("guest %s was not ready after %s: waited for %v; last: %v", dom.Name, timeout, what, last)
		}
		if err := sleep(ctx, time.Second); err != nil {
			return fmt.Errorf("guest %s was not ready: waited for %v; last: %v (%w)", dom.Name, what, last, err)
		}
	}
}
