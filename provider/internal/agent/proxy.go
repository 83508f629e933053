package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/netip"
	"os"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/hashicorp/terraform-plugin-log/tflog"
	"golang.org/x/crypto/ssh"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/closing"
)

// Wrap gives the provider server the engine talks to: local's own, until a
// configuration with an `ssh` block makes it forward the calls that act on the
// host to an agent there. Each provider configuration (alias) is a process of
// its own, so one process serves one host.
func Wrap(local tfprotov6.ProviderServer) tfprotov6.ProviderServer {
	s := &server{ProviderServer: local}
	live.Lock()
	live.servers = append(live.servers, s)
	live.Unlock()
	return s
}

// live are this process's servers, for Drain.
var live struct {
	sync.Mutex
	servers []*server
}

// Drain ends this process's agent sessions once the engine is done with it, before
// the process exits: each agent's stdin is closed, so it answers what it was asked
// and exits, and its session's stderr is copied to the end. An agent's log lines
// travel apart from its replies (stderr and stdout) and can come after the last
// reply: without this, the last lines of a run (its last "agent call", say) were
// lost when the engine stopped the provider. Waits at most timeout in all.
func Drain(timeout time.Duration) {
	live.Lock()
	servers := append([]*server(nil), live.servers...)
	live.Unlock()
	var wg sync.WaitGroup
	for _, s := range servers {
		r := s.remoteOf()
		if r == nil || r.sess == nil {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Logged, not returned: the process is exiting, and the engine's log is
			// where someone looking at a lost line would look.
			ctx := relayLogContext()
			if err := r.sess.drain(); err != nil {
				tflog.Warn(ctx, "draining the agent session", map[string]any{"host": r.name, "error": err.Error()})
			}
			if err := r.client.Close(); err != nil {
				tflog.Debug(ctx, "closing the SSH connection", map[string]any{"host": r.name, "error": err.Error()})
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(timeout):
	}
}

type server struct {
	tfprotov6.ProviderServer
	mu     sync.Mutex
	remote *remote
}

type remote struct {
	name   string
	conn   *conn
	client *ssh.Client
	sess   *session
}

func (p *server) remoteOf() *remote {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.remote
}

func (p *server) ConfigureProvider(ctx context.Context, req *tfprotov6.ConfigureProviderRequest) (*tfprotov6.ConfigureProviderResponse, error) {
	settings, rest, err := p.sshSettings(ctx, req.Config)
	if err != nil {
		return &tfprotov6.ConfigureProviderResponse{Diagnostics: errorDiags("Invalid ssh settings", err)}, nil
	}
	if settings == nil {
		return p.ProviderServer.ConfigureProvider(ctx, req)
	}
	r, err := connect(ctx, *settings)
	if err != nil {
		return &tfprotov6.ConfigureProviderResponse{Diagnostics: errorDiags("Cannot use host "+settings.Name, err)}, nil
	}
	p.mu.Lock()
	p.remote = r
	p.mu.Unlock()
	// The agent gets the configuration without the ssh block: the key stays here.
	forwarded := *req
	forwarded.Config = rest
	return forward(ctx, r, methodConfigure, &forwarded, func(resp *tfprotov6.ConfigureProviderResponse, d []*tfprotov6.Diagnostic) {
		resp.Diagnostics = d
	})
}

func (p *server) ReadResource(ctx context.Context, req *tfprotov6.ReadResourceRequest) (*tfprotov6.ReadResourceResponse, error) {
	r := p.remoteOf()
	if r == nil {
		return p.ProviderServer.ReadResource(ctx, req)
	}
	return forward(ctx, r, methodRead, req, func(resp *tfprotov6.ReadResourceResponse, d []*tfprotov6.Diagnostic) { resp.Diagnostics = d })
}

func (p *server) PlanResourceChange(ctx context.Context, req *tfprotov6.PlanResourceChangeRequest) (*tfprotov6.PlanResourceChangeResponse, error) {
	r := p.remoteOf()
	if r == nil {
		return p.ProviderServer.PlanResourceChange(ctx, req)
	}
	var replace [][]wireStep
	resp, err := forwardReply(ctx, r, methodPlan, req, func(resp *tfprotov6.PlanResourceChangeResponse, d []*tfprotov6.Diagnostic, rep reply) {
		resp.Diagnostics = d
		replace = rep.Replace
	})
	for _, steps := range replace {
		resp.RequiresReplace = append(resp.RequiresReplace, pathOf(steps))
	}
	return resp, err
}

func (p *server) ApplyResourceChange(ctx context.Context, req *tfprotov6.ApplyResourceChangeRequest) (*tfprotov6.ApplyResourceChangeResponse, error) {
	r := p.remoteOf()
	if r == nil {
		return p.ProviderServer.ApplyResourceChange(ctx, req)
	}
	return forward(ctx, r, methodApply, req, func(resp *tfprotov6.ApplyResourceChangeResponse, d []*tfprotov6.Diagnostic) { resp.Diagnostics = d })
}

func (p *server) ImportResourceState(ctx context.Context, req *tfprotov6.ImportResourceStateRequest) (*tfprotov6.ImportResourceStateResponse, error) {
	r := p.remoteOf()
	if r == nil {
		return p.ProviderServer.ImportResourceState(ctx, req)
	}
	return forward(ctx, r, methodImport, req, func(resp *tfprotov6.ImportResourceStateResponse, d []*tfprotov6.Diagnostic) { resp.Diagnostics = d })
}

// StopProvider stops the agent's work too (its waits end with its ctx), then this process's.
func (p *server) StopProvider(ctx context.Context, req *tfprotov6.StopProviderRequest) (*tfprotov6.StopProviderResponse, error) {
	if r := p.remoteOf(); r != nil {
		var resp tfprotov6.StopProviderResponse
		if _, err := r.conn.call(ctx, methodStop, req, &resp); err != nil {
			tflog.Warn(ctx, "stopping the agent", map[string]any{"host": r.name, "error": err.Error()})
		}
	}
	return p.ProviderServer.StopProvider(ctx, req)
}

func forward[Req, Resp any](ctx context.Context, r *remote, method string, req *Req, setDiags func(*Resp, []*tfprotov6.Diagnostic)) (*Resp, error) {
	return forwardReply(ctx, r, method, req, func(resp *Resp, d []*tfprotov6.Diagnostic, _ reply) { setDiags(resp, d) })
}

// forwardReply makes one call on the agent. A call that fails as a whole (the
// host gone, ctx done) is an error diagnostic naming the host, as the engine
// shows a resource's errors; the response is otherwise empty.
func forwardReply[Req, Resp any](ctx context.Context, r *remote, method string, req *Req, set func(*Resp, []*tfprotov6.Diagnostic, reply)) (*Resp, error) {
	resp := new(Resp)
	rep, err := r.conn.call(ctx, method, req, resp)
	if err != nil {
		resp = new(Resp)
		set(resp, errorDiags("Host "+r.name+" did not answer", err), reply{})
		return resp, nil
	}
	set(resp, diagsFromWire(rep.Diags, r.name), rep)
	return resp, nil
}

// sshSettings reads the ssh block from the configuration: nil for a local host;
// otherwise the settings and the configuration with the block null.
func (p *server) sshSettings(ctx context.Context, config *tfprotov6.DynamicValue) (*Settings, *tfprotov6.DynamicValue, error) {
	schema, err := p.ProviderServer.GetProviderSchema(ctx, &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		return nil, nil, err
	}
	typ := schema.Provider.ValueType()
	value, err := config.Unmarshal(typ)
	if err != nil {
		return nil, nil, fmt.Errorf("decoding the provider configuration: %w", err)
	}
	attrs := map[string]tftypes.Value{}
	if !value.IsNull() {
		if err := value.As(&attrs); err != nil {
			return nil, nil, err
		}
	}
	block, ok := attrs["ssh"]
	if !ok || block.IsNull() {
		return nil, nil, nil
	}
	if !block.IsFullyKnown() {
		return nil, nil, errors.New("the ssh settings are not known until apply (they depend on a resource): the host must be reachable at plan, so give them as values or variables")
	}
	s, err := settingsOf(block)
	if err != nil {
		return nil, nil, err
	}
	attrs["ssh"] = tftypes.NewValue(block.Type(), nil)
	rest, err := tfprotov6.NewDynamicValue(typ, tftypes.NewValue(typ, attrs))
	if err != nil {
		return nil, nil, err
	}
	return s, &rest, nil
}

func settingsOf(block tftypes.Value) (*Settings, error) {
	fields := map[string]tftypes.Value{}
	if err := block.As(&fields); err != nil {
		return nil, err
	}
	var errs []error
	// Each field as its Go value, nil when null; errs collects what does not convert.
	read := func(name string, into any) bool {
		f, ok := fields[name]
		if !ok || f.IsNull() {
			return false
		}
		if err := f.As(into); err != nil {
			errs = append(errs, fmt.Errorf("ssh.%s: %w", name, err))
			return false
		}
		return true
	}
	str := func(name, def string) string {
		var v string
		if !read(name, &v) {
			return def
		}
		return v
	}
	num := func(name string, def int64) int64 {
		var n big.Float
		if !read(name, &n) {
			return def
		}
		i, _ := n.Int64() // the schema's validators keep it a small integer
		return i
	}
	var useAgent, sudo bool
	read("use_agent", &useAgent)
	read("sudo", &sudo)
	s := &Settings{
		Name: str("name", ""), Address: str("host", ""), Port: int(num("port", 22)), User: str("user", "root"),
		KnownHosts: str("known_hosts", ""), KnownHostsFile: str("known_hosts_file", ""),
		PrivateKey: str("private_key", ""), PrivateKeyFile: str("private_key_file", ""), UseAgent: useAgent, Sudo: sudo,
		AgentDir: str("agent_dir", DefaultAgentDir), Timeout: time.Duration(num("timeout_seconds", 15)) * time.Second,
	}
	// An IP address in one spelling, as the known_hosts lines are compared (see canonicalKnownHosts).
	if a, err := netip.ParseAddr(s.Address); err == nil {
		s.Address = a.String()
	}
	if s.Name == "" {
		s.Name = s.Address
	}
	return s, errors.Join(errs...)
}

// connect dials the host and starts the agent there, copying this binary first
// when the host lacks one with its hash.
func connect(ctx context.Context, s Settings) (*remote, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("finding the provider binary: %w", err)
	}
	hash, err := fileHash(exe)
	if err != nil {
		return nil, err
	}
	tflog.Info(ctx, "connecting to host", map[string]any{"host": s.Label()})
	client, err := dial(ctx, s)
	if err != nil {
		return nil, err
	}
	remotePath := agentPath(s.AgentDir, hash)
	for attempt := 0; ; attempt++ {
		sess, dec, status, err := startAgent(ctx, client, s, remotePath, hash)
		if err == nil {
			tflog.Info(ctx, "agent started", map[string]any{"host": s.Label(), "agent": remotePath})
			return &remote{name: s.Name, client: client, sess: sess, conn: newConn(s.Label(), sess.stdin, dec, closers{sess, client})}, nil
		}
		// The usual reasons: no such file (the shell's 127), or not this build
		// (ExitWrongBinary). Whatever the reason, a fresh copy is tried once; a host
		// that cannot run it then fails with the second start's error.
		if attempt > 0 {
			return nil, closing.After(err, client)
		}
		tflog.Info(ctx, "copying the agent to the host", map[string]any{"host": s.Label(), "agent": remotePath, "sha256": hash,
			"exit_status": status, "first_start": err.Error()})
		if err := upload(client, s, exe, remotePath); err != nil {
			return nil, closing.After(err, client)
		}
	}
}

type closers []interface{ Close() error }

func (cs closers) Close() error {
	var errs []error
	for _, c := range cs {
		errs = append(errs, c.Close())
	}
	return errors.Join(errs...)
}

// startAgent starts the agent and reads its greeting; on failure it gives the
// exit status (-1 when there is none) with the error.
func startAgent(ctx context.Context, client *ssh.Client, s Settings, remotePath, hash string) (*session, *json.Decoder, int, error) {
	sess, err := client.NewSession()
	if err != nil {
		return nil, nil, -1, fmt.Errorf("host %s: opening a session: %w", s.Label(), err)
	}
	a := &session{s: sess, stderr: &bytesBuffer{}}
	sess.Stderr = &logRelay{ctx: relayLogContext(), host: s.Label(), rest: a.stderr}
	if a.stdin, err = sess.StdinPipe(); err == nil {
		a.stdout, err = sess.StdoutPipe()
	}
	if err == nil {
		err = sess.Start(commandLine(s.asRoot(remotePath, "agent", "--sha256", hash, "--log-level", engineLogLevel())...))
	}
	if err != nil {
		return nil, nil, -1, closing.After(fmt.Errorf("host %s: starting the agent: %w", s.Label(), err), sess)
	}
	dec := json.NewDecoder(a.stdout)
	greeting := make(chan error, 1)
	var hi hello
	go func() { greeting <- dec.Decode(&hi) }()
	timer := time.NewTimer(s.Timeout)
	defer timer.Stop()
	select {
	case err = <-greeting:
	case <-timer.C:
		err = errors.New("no greeting in time")
	case <-ctx.Done():
		err = ctx.Err()
	}
	if err == nil && (hi.Agent != helloName || hi.SHA256 != hash) {
		err = fmt.Errorf("unexpected greeting %+v", hi)
	}
	if err != nil {
		status := -1
		var exit *ssh.ExitError
		if werr := sess.Wait(); errors.As(werr, &exit) {
			status = exit.ExitStatus()
		}
		return nil, nil, status, closing.After(fmt.Errorf("host %s: the agent %s did not start: %v (exit status %d): %s%s",
			s.Label(), remotePath, err, status, a.stderr.String(), s.rootHint(a.stderr.String())), sess)
	}
	return a, dec, 0, nil
}
