package closing

import (
	"errors"
	"io"
	"testing"
)

type closer struct{ err error }

func (c closer) Close() error { return c.err }

func TestAfter(t *testing.T) {
	step := errors.New("step failed")
	if err := After(step, closer{io.EOF}); err.Error() != "step failed" {
		t.Fatalf("EOF on close: %q", err)
	}
	if err := After(step, closer{errors.New("disk full")}); err.Error() != "step failed\ndisk full" || !errors.Is(err, step) {
		t.Fatalf("a real close error: %q", err)
	}
}
