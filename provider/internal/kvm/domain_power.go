package kvm

import (
	"context"
	"time"

	"github.com/digitalocean/go-libvirt"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/libvirtconn"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
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
			if err := resourceutil.Sleep(ctx, 500*time.Millisecond); err != nil {
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

// waitReady waits for what wait_for names, or fails after its timeout saying
// what it waited for and what it last saw.
func (m *DomainModel) waitReady(ctx context.Context, c *libvirtconn.Conn, dom libvirt.Domain) error {
	w := m.WaitFor
	if w == nil || !m.Running.ValueBool() {
		return nil
	}
	var checks []resourceutil.Readiness
	if w.Agent.ValueBool() {
		checks = append(checks, resourceutil.Readiness{What: "the QEMU guest agent to answer", Check: func() error {
			return c.Do(ctx, "pinging the guest agent", func(l *libvirt.Libvirt) error {
				_, err := l.QEMUDomainAgentCommand(dom, `{"execute":"guest-ping"}`, 5, 0)
				return err
			})
		}})
	}
	if addr := w.Address.ValueString(); addr != "" {
		// libvirtd's QEMU joins bridges in the provider's own namespace.
		checks = append(checks, resourceutil.AddressReadiness(ctx, "", addr, w.TCPPort.ValueInt64()))
	}
	if w.CloudInit.ValueBool() {
		checks = append(checks, cloudInitReadiness(ctx, c, dom))
	}
	return resourceutil.WaitUntilReady(ctx, dom.Name, time.Duration(w.TimeoutSeconds.ValueInt64())*time.Second, checks)
}
