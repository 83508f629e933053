package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
)

// conn is the provider's end of one agent session: calls go out as requests and
// wait for the reply with their id, or for ctx, or for the session to end.
type conn struct {
	host string // for messages: "NAME (USER@ADDRESS:PORT)"
	enc  *json.Encoder
	mu   sync.Mutex // guards enc, next, pending and err
	next uint64
	// pending calls, by request id.
	pending map[uint64]chan reply
	err     error // why the session ended, once it has
	closer  io.Closer
}

// newConn takes over a session whose greeting dec has already read.
func newConn(host string, in io.Writer, dec *json.Decoder, closer io.Closer) *conn {
	c := &conn{host: host, enc: json.NewEncoder(in), pending: map[uint64]chan reply{}, closer: closer}
	go c.readReplies(dec)
	return c
}

func (c *conn) readReplies(dec *json.Decoder) {
	for {
		var r reply
		if err := dec.Decode(&r); err != nil {
			if errors.Is(err, io.EOF) {
				err = errors.New("the agent ended the session")
			}
			c.fail(err)
			return
		}
		c.mu.Lock()
		ch := c.pending[r.ID]
		delete(c.pending, r.ID)
		c.mu.Unlock()
		if ch != nil {
			ch <- r
		}
	}
}

// fail ends every pending call with err; later calls fail at once.
func (c *conn) fail(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err == nil {
		c.err = err
	}
	for id, ch := range c.pending {
		ch <- reply{ID: id, Error: fmt.Sprintf("connection to host %s lost: %v", c.host, c.err)}
		delete(c.pending, id)
	}
}

func (c *conn) close() error {
	c.fail(errors.New("the provider closed the session"))
	return c.closer.Close()
}

// call sends one request and decodes the reply's body into resp, returning the
// reply (for its diagnostics and paths).
func (c *conn) call(ctx context.Context, method string, req, resp any) (reply, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return reply{}, fmt.Errorf("encoding %s for host %s: %w", method, c.host, err)
	}
	ch := make(chan reply, 1)
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return reply{}, fmt.Errorf("connection to host %s lost: %w", c.host, c.err)
	}
	c.next++
	id := c.next
	c.pending[id] = ch
	err = c.enc.Encode(request{ID: id, Method: method, Body: body})
	if err != nil {
		delete(c.pending, id)
	}
	c.mu.Unlock()
	if err != nil {
		return reply{}, fmt.Errorf("sending %s to host %s: %w", method, c.host, err)
	}
	select {
	case r := <-ch:
		if r.Error != "" {
			return r, fmt.Errorf("host %s: %s", c.host, r.Error)
		}
		if err := json.Unmarshal(r.Body, resp); err != nil {
			return r, fmt.Errorf("decoding %s from host %s: %w", method, c.host, err)
		}
		return r, nil
	case <-ctx.Done():
		c.mu.Lock()
		delete(c.pending, id)
		c.mu.Unlock()
		return reply{}, fmt.Errorf("%s on host %s: %w", method, c.host, ctx.Err())
	}
}

// errorDiags is a call that failed as a whole, as the engine shows errors.
func errorDiags(summary string, err error) []*tfprotov6.Diagnostic {
	return []*tfprotov6.Diagnostic{{Severity: tfprotov6.DiagnosticSeverityError, Summary: summary, Detail: err.Error()}}
}
