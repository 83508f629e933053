package hostexec

import (
	"context"
	"errors"
	"testing"
	"time"
)

// A tool still running when ctx ends is killed, and the answer is ctx's error,
// not the killed tool's exit status.
func TestTryEndsWithContext(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := Try(ctx, "", "sleep", "30")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Try of sleep 30 with a 200 ms deadline: err = %v, want the deadline", err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Fatalf("Try took %s: the tool was not killed at the deadline", took)
	}
	if _, err := Run(ctx, "", "true"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Run after the deadline: err = %v, want the deadline", err)
	}
}

func TestTryReportsExit(t *testing.T) {
	res, err := Try(context.Background(), "", "sh", "-c", "echo out; echo err >&2; exit 3")
	if err != nil || res.ExitCode != 3 || res.Stdout != "out\n" || res.Stderr != "err\n" {
		t.Fatalf("Try = %+v, %v", res, err)
	}
	if _, err := RunInput(context.Background(), "", "x", "sh", "-c", "read a; test \"$a\" = y"); err == nil {
		t.Fatal("RunInput of a failing tool: no error")
	}
}
