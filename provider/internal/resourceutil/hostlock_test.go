package resourceutil

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// Waiting for a lock another process holds ends with ctx (it was a blocking
// flock, deaf to ctx, in both the NAT and the restore record locks); once the
// other process lets go, the lock is taken, in this process in turn.
func TestHostLockWaitEndsWithContext(t *testing.T) {
	if _, err := exec.LookPath("flock"); err != nil {
		t.Fatalf("flock(1) (util-linux) is needed: %v", err)
	}
	for _, dir := range []bool{false, true} {
		path := filepath.Join(t.TempDir(), "lock")
		if dir {
			if err := os.Mkdir(path, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if !dir {
			if err := os.WriteFile(path, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		// One process that holds the lock and is killed with it (flock(1) running
		// a command would leave that command holding it).
		holder := exec.Command("sh", "-c", `exec 9<"$1"; flock 9; exec sleep 30`, "sh", path)
		if err := holder.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if err := holder.Process.Kill(); err == nil {
				_ = holder.Wait()
			}
		})
		// flock(1) has the lock once the file is locked: wait until a try fails.
		for i := 0; exec.Command("flock", "--nonblock", path, "true").Run() == nil; i++ {
			if i > 100 {
				t.Fatal("flock(1) did not take the lock")
			}
			time.Sleep(20 * time.Millisecond)
		}
		var l HostLock
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		start := time.Now()
		_, err := l.Lock(ctx, path, dir, false)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 5*time.Second {
			t.Fatalf("dir %v: lock while another process holds it: %v after %s, want the deadline", dir, err, time.Since(start))
		}
		if err := holder.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		_ = holder.Wait()
		unlock, err := l.Lock(context.Background(), path, dir, false)
		if err != nil {
			t.Fatalf("dir %v: lock once released: %v", dir, err)
		}
		if err := unlock(); err != nil {
			t.Fatal(err)
		}
		unlock, err = l.Lock(context.Background(), path, dir, false)
		if err != nil {
			t.Fatal(err)
		}
		if err := unlock(); err != nil {
			t.Fatal(err)
		}
	}
}
