package nat

import (
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"testing"
)

// The NAT bookkeeping lock holds across processes: while this process has it,
// flock(1), another process, cannot take the lock file; once released, it can.
// Two stacks applied at once on one host are two provider processes: with only the
// in-process mutex, the suite run side by side left net.ipv4.ip_forward at 1 (the
// whole-host check after the run: ipForward added "1", removed "0").
func TestNatBookkeepingLockHoldsAcrossProcesses(t *testing.T) {
	if _, err := exec.LookPath("flock"); err != nil {
		t.Fatalf("flock(1) (util-linux) is needed: %v", err)
	}
	saved := natLockFile
	natLockFile = filepath.Join(t.TempDir(), "lock", "hyperlab-nat.lock")
	t.Cleanup(func() { natLockFile = saved })

	tryOther := func() error { return exec.Command("flock", "--nonblock", natLockFile, "true").Run() }
	unlock, err := lockNatBookkeeping(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var exit *exec.ExitError
	if err := tryOther(); !errors.As(err, &exit) || exit.ExitCode() != 1 {
		unlock()
		t.Fatalf("another process took the NAT lock while this one held it (flock: %v)", err)
	}
	unlock()
	if err := tryOther(); err != nil {
		t.Fatalf("another process could not take the NAT lock once released: %v", err)
	}
	// And in this process, the lock is taken again after release (the mutex too).
	unlock, err = lockNatBookkeeping(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	unlock()
}
