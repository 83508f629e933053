// Package libvirtconn opens libvirt connections over libvirt's own RPC protocol
// (go-libvirt, no C library) and makes every call honour a context: libvirt
// calls take none, so a call still pending when the context ends closes the
// connection, which fails the call instead of letting it wait for good.
package libvirtconn

import (
	"context"
	"fmt"
	"net/url"

	"github.com/digitalocean/go-libvirt"
	"github.com/hashicorp/terraform-plugin-log/tflog"
)

// Conn is one connection to a libvirtd, for the length of one operation.
type Conn struct {
	uri string
	l   *libvirt.Libvirt
}

// Open connects to the libvirtd a URI names (qemu:///system, qemu+ssh://host/system, ...).
func Open(ctx context.Context, uri string) (*Conn, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return nil, fmt.Errorf("libvirt URI %q: %w", uri, err)
	}
	type opened struct {
		l   *libvirt.Libvirt
		err error
	}
	done := make(chan opened, 1)
	go func() {
		l, err := libvirt.ConnectToURI(u)
		done <- opened{l, err}
	}()
	select {
	case o := <-done:
		if o.err != nil {
			return nil, fmt.Errorf("connecting to libvirt at %s: %w", uri, o.err)
		}
		return &Conn{uri: uri, l: o.l}, nil
	case <-ctx.Done():
		// A connection made after the caller gave up is closed; ctx's values
		// still carry the logger, its deadline is over.
		go func() {
			if o := <-done; o.err == nil {
				if err := o.l.Disconnect(); err != nil {
					tflog.Debug(ctx, "closing a libvirt connection made too late", map[string]any{"uri": uri, "error": err.Error()})
				}
			}
		}()
		return nil, fmt.Errorf("connecting to libvirt at %s: %w", uri, ctx.Err())
	}
}

// Close ends the connection.
func (c *Conn) Close() error { return c.l.Disconnect() }

// URI is the URI the connection was opened with.
func (c *Conn) URI() string { return c.uri }

// Do runs one or more libvirt calls; if ctx ends first the connection is closed
// (the calls then fail) and ctx's error returned.
func (c *Conn) Do(ctx context.Context, what string, call func(l *libvirt.Libvirt) error) error {
	done := make(chan error, 1)
	go func() { done <- call(c.l) }()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	case <-ctx.Done():
		// Disconnecting is what makes the calls fail: its own error is said too.
		derr := c.l.Disconnect()
		<-done
		if derr != nil {
			return fmt.Errorf("%s: %w (closing the connection: %v)", what, ctx.Err(), derr)
		}
		return fmt.Errorf("%s: %w", what, ctx.Err())
	}
}

// NotFound says whether err is libvirt's "no domain with matching name" (or uuid).
func NotFound(err error) bool { return libvirt.IsNotFound(err) }
