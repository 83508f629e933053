// Package hostnet runs work inside a network namespace and wraps the netlink
// calls the resources share.
package hostnet

import (
	"fmt"
	"runtime"

	"github.com/vishvananda/netns"
)

// Do runs fn with the calling goroutine's OS thread in the named network
// namespace ("" is the provider's own). Netlink sockets opened, sysctl files
// read and processes started by fn all belong to that namespace. The thread is
// returned to its namespace afterwards, or, if that fails, never reused.
func Do(name string, fn func() error) error {
	if name == "" {
		return fn()
	}
	runtime.LockOSThread()
	origin, err := netns.Get()
	if err != nil {
		runtime.UnlockOSThread()
		return fmt.Errorf("reading the current network namespace: %w", err)
	}
	defer origin.Close()
	target, err := netns.GetFromName(name)
	if err != nil {
		runtime.UnlockOSThread()
		return fmt.Errorf("network namespace %q: %w", name, err)
	}
	defer target.Close()
	if err := netns.Set(target); err != nil {
		runtime.UnlockOSThread()
		return fmt.Errorf("entering network namespace %q: %w", name, err)
	}
	fnErr := fn()
	if err := netns.Set(origin); err != nil {
		// Leave the thread locked: the runtime then ends it with the goroutine,
		// rather than run other goroutines in the wrong namespace.
		return fmt.Errorf("returning from network namespace %q: %w", name, err)
	}
	runtime.UnlockOSThread()
	return fnErr
}
