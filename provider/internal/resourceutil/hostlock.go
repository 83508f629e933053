package resourceutil

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/closing"
)

// HostLock is a lock held in turn by this process's goroutines (its mutex) and
// by the host's processes (an exclusive flock on a file or directory at path):
// two stacks applied at once on one host are two provider processes.
// The flock is on path: a directory (dir set; opened read-only) or a file
// (made, empty, when missing).
type HostLock struct {
	mu sync.Mutex
}

// lockPoll is how often a lock held by another process is tried again.
const lockPoll = 20 * time.Millisecond

// Lock takes the mutex, then the flock on path, waiting until ctx ends (then
// ctx's error). With create, the directory (dir) or the file's directory is
// made first; without it, a path that is not there is an error that
// os.IsNotExist recognizes. A directory removed (and
// perhaps made anew) while this waited is locked again: the lock held would be
// on one that is gone. The returned function releases both.
func (l *HostLock) Lock(ctx context.Context, path string, dir, create bool) (unlock func() error, err error) {
	l.mu.Lock()
	closeFile, err := flock(ctx, path, dir, create)
	if err != nil {
		l.mu.Unlock()
		return nil, err
	}
	return func() error { defer l.mu.Unlock(); return closeFile() }, nil
}

func flock(ctx context.Context, path string, dir, create bool) (unlock func() error, err error) {
	for {
		if create {
			made := filepath.Dir(path)
			if dir {
				made = path
			}
			if err := os.MkdirAll(made, 0o755); err != nil {
				return nil, err
			}
		}
		var f *os.File
		if dir {
			f, err = os.Open(path)
		} else {
			f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
		}
		if err != nil {
			return nil, err
		}
		for {
			err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
			if !errors.Is(err, syscall.EWOULDBLOCK) {
				break
			}
			if serr := Sleep(ctx, lockPoll); serr != nil {
				return nil, closing.After(fmt.Errorf("waiting for the lock on %s: %w", path, serr), f)
			}
		}
		if err != nil {
			return nil, closing.After(fmt.Errorf("locking %s: %w", path, err), f)
		}
		var held, now syscall.Stat_t
		if syscall.Fstat(int(f.Fd()), &held) == nil && syscall.Stat(path, &now) == nil && held.Ino == now.Ino && held.Dev == now.Dev {
			return f.Close, nil
		}
		if err := f.Close(); err != nil {
			return nil, err
		}
	}
}
