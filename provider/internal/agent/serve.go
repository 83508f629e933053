package agent

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-log/tflog"
)

// ExitWrongBinary is the agent's exit status when its own binary does not have the
// hash it was started for: the caller then copies the right one and starts again.
const ExitWrongBinary = 86

// Main runs the agent: `terraform-provider-hyperlab agent --sha256 HEX
// [--log-level LEVEL]`, on the host, started by Dial over SSH. It serves the
// calls on stdin until stdin closes, logging at LEVEL on stderr (see logs.go).
func Main(args []string, version string, server func() tfprotov6.ProviderServer, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("agent", flag.ContinueOnError)
	flags.SetOutput(stderr)
	want := flags.String("sha256", "", "the sha256 this binary must have")
	level := flags.String("log-level", logLevelOff, "trace, debug, info, warn, error or off")
	if err := flags.Parse(args); err != nil || *want == "" || flags.NArg() != 0 {
		fmt.Fprintln(stderr, "usage: terraform-provider-hyperlab agent --sha256 HEX [--log-level LEVEL] (started by the provider over SSH)")
		return 2
	}
	own, err := executableHash()
	if err != nil {
		fmt.Fprintf(stderr, "hyperlab agent: %v\n", err)
		return 1
	}
	if own != *want {
		fmt.Fprintf(stderr, "hyperlab agent: this binary's sha256 is %s, not %s\n", own, *want)
		return ExitWrongBinary
	}
	if err := privileged(); err != nil {
		fmt.Fprintf(stderr, "hyperlab agent: %v\n", err)
		return 1
	}
	ctx, cancel := context.WithCancel(agentLogContext(context.Background(), *level))
	defer cancel()
	if err := serve(ctx, server(), stdin, stdout, hello{Agent: helloName, Version: version, SHA256: own}); err != nil {
		fmt.Fprintf(stderr, "hyperlab agent: %v\n", err)
		return 1
	}
	return 0
}

// privileged checks the agent can do its work: root, or CAP_NET_ADMIN and
// CAP_SYS_ADMIN (bridges, namespaces, containers). Without them every call would
// fail on its own EPERM; this says why once, at the start.
func privileged() error {
	if os.Geteuid() == 0 {
		return nil
	}
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return fmt.Errorf("reading its capabilities: %w", err)
	}
	const netAdmin, sysAdmin = 12, 21
	for _, line := range strings.Split(string(status), "\n") {
		if hexCaps, ok := strings.CutPrefix(line, "CapEff:"); ok {
			caps, err := strconv.ParseUint(strings.TrimSpace(hexCaps), 16, 64)
			if err == nil && caps&(1<<netAdmin) != 0 && caps&(1<<sysAdmin) != 0 {
				return nil
			}
		}
	}
	return fmt.Errorf("it runs as uid %d without CAP_NET_ADMIN and CAP_SYS_ADMIN; it needs root on the host", os.Geteuid())
}

func executableHash() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("finding its own binary: %w", err)
	}
	return fileHash(exe)
}

func fileHash(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("hashing %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// serve answers requests concurrently, as the engine sends them, until in ends.
func serve(ctx context.Context, server tfprotov6.ProviderServer, in io.Reader, out io.Writer, hi hello) error {
	var mu sync.Mutex
	enc := json.NewEncoder(out)
	write := func(v any) error {
		mu.Lock()
		defer mu.Unlock()
		return enc.Encode(v)
	}
	if err := write(hi); err != nil {
		return fmt.Errorf("greeting the provider: %w", err)
	}
	dec := json.NewDecoder(in)
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		var req request
		if err := dec.Decode(&req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("reading a request: %w", err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			r := dispatch(ctx, server, req)
			tflog.Debug(ctx, "agent call", map[string]any{"method": req.Method, "id": req.ID, "ms": time.Since(start).Milliseconds(), "error": r.Error})
			r.ID = req.ID
			// A reply that cannot be written means the session is gone; the
			// decoder's next read ends the loop.
			if err := write(r); err != nil {
				tflog.Debug(ctx, "agent reply not written: the session is gone", map[string]any{"method": req.Method, "id": req.ID, "error": err.Error()})
			}
		}()
	}
}

func dispatch(ctx context.Context, s tfprotov6.ProviderServer, req request) reply {
	switch req.Method {
	case methodConfigure:
		return call(ctx, req.Body, s.ConfigureProvider, func(r *tfprotov6.ConfigureProviderResponse) *[]*tfprotov6.Diagnostic { return &r.Diagnostics })
	case methodRead:
		return call(ctx, req.Body, s.ReadResource, func(r *tfprotov6.ReadResourceResponse) *[]*tfprotov6.Diagnostic { return &r.Diagnostics })
	case methodApply:
		return call(ctx, req.Body, s.ApplyResourceChange, func(r *tfprotov6.ApplyResourceChangeResponse) *[]*tfprotov6.Diagnostic { return &r.Diagnostics })
	case methodImport:
		return call(ctx, req.Body, s.ImportResourceState, func(r *tfprotov6.ImportResourceStateResponse) *[]*tfprotov6.Diagnostic { return &r.Diagnostics })
	case methodStop:
		return call(ctx, req.Body, s.StopProvider, func(*tfprotov6.StopProviderResponse) *[]*tfprotov6.Diagnostic { return nil })
	case methodPlan:
		var replace [][]wireStep
		r := call(ctx, req.Body, s.PlanResourceChange, func(r *tfprotov6.PlanResourceChangeResponse) *[]*tfprotov6.Diagnostic {
			for _, p := range r.RequiresReplace {
				replace = append(replace, stepsOf(p))
			}
			r.RequiresReplace = nil
			return &r.Diagnostics
		})
		r.Replace = replace
		return r
	}
	return reply{Error: fmt.Sprintf("unknown method %q", req.Method)}
}

// call decodes a request, calls the server and encodes its response, the
// diagnostics apart (their attribute paths do not survive JSON as they are).
func call[Req, Resp any](ctx context.Context, body json.RawMessage, method func(context.Context, *Req) (*Resp, error),
	diagsOf func(*Resp) *[]*tfprotov6.Diagnostic) reply {
	var req Req
	if err := json.Unmarshal(body, &req); err != nil {
		return reply{Error: fmt.Sprintf("decoding the request: %v", err)}
	}
	resp, err := method(ctx, &req)
	if err != nil {
		return reply{Error: err.Error()}
	}
	var r reply
	if d := diagsOf(resp); d != nil {
		r.Diags = diagsToWire(*d)
		*d = nil
	}
	if r.Body, err = json.Marshal(resp); err != nil {
		return reply{Error: fmt.Sprintf("encoding the response: %v", err)}
	}
	return r
}
