// Package closing closes what a failed step leaves open without dropping the
// close's own error: it is joined to the step's.
package closing

import (
	"errors"
	"io"
	"net"
	"os"
)

// After closes c after err and returns err joined with the close's error, if
// that says more than "already closed" or "end of file" (what closing a
// connection or session the failure already ended answers).
func After(err error, c io.Closer) error {
	return errors.Join(err, Error(c.Close()))
}

// Error is a close's error, nil when it only says the thing was already closed.
func Error(err error) error {
	if err == nil || errors.Is(err, io.EOF) || errors.Is(err, net.ErrClosed) || errors.Is(err, os.ErrClosed) {
		return nil
	}
	return err
}
