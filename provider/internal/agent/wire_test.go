package agent

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// fakeServer answers as a provider would, from the request it got: enough to see
// that every field crosses the wire both ways.
type fakeServer struct {
	tfprotov6.ProviderServer
	block chan struct{}
}

func (f *fakeServer) PlanResourceChange(_ context.Context, req *tfprotov6.PlanResourceChangeRequest) (*tfprotov6.PlanResourceChangeResponse, error) {
	return &tfprotov6.PlanResourceChangeResponse{
		PlannedState:   req.ProposedNewState,
		PlannedPrivate: append([]byte("private:"), req.PriorPrivate...),
		RequiresReplace: []*tftypes.AttributePath{
			tftypes.NewAttributePath().WithAttributeName("name"),
			tftypes.NewAttributePath().WithAttributeName("nics").WithElementKeyInt(1).WithAttributeName("bridge"),
		},
		Diagnostics: []*tfprotov6.Diagnostic{{
			Severity: tfprotov6.DiagnosticSeverityWarning, Summary: "careful", Detail: "about " + req.TypeName,
			Attribute: tftypes.NewAttributePath().WithAttributeName("tags").WithElementKeyString("k"),
		}},
	}, nil
}

func (f *fakeServer) ReadResource(_ context.Context, req *tfprotov6.ReadResourceRequest) (*tfprotov6.ReadResourceResponse, error) {
	if req.TypeName == "slow" {
		<-f.block
	}
	if req.TypeName == "fails" {
		return nil, fmt.Errorf("boom")
	}
	return &tfprotov6.ReadResourceResponse{NewState: req.CurrentState, Private: []byte(req.TypeName)}, nil
}

func pair(t *testing.T, server tfprotov6.ProviderServer) (*remote, func()) {
	t.Helper()
	reqR, reqW := io.Pipe()
	repR, repW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- serve(context.Background(), server, reqR, repW, hello{Agent: helloName, SHA256: "h"})
		repW.Close()
	}()
	dec := json.NewDecoder(repR)
	var hi hello
	if err := dec.Decode(&hi); err != nil || hi.Agent != helloName {
		t.Fatalf("greeting: %v %+v", err, hi)
	}
	c := newConn("b (root@10.0.0.2:22)", reqW, dec, reqW)
	return &remote{name: "lab/b", conn: c}, func() {
		reqW.Close()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}
}

func TestPlanCrossesTheWire(t *testing.T) {
	r, stop := pair(t, &fakeServer{})
	defer stop()
	state := tfprotov6.DynamicValue{MsgPack: []byte{0x81, 0xa1, 'a', 0x01}}
	resp, err := forwardReply(context.Background(), r, methodPlan, &tfprotov6.PlanResourceChangeRequest{
		TypeName: "hyperlab_bridge", ProposedNewState: &state, PriorPrivate: []byte("p"),
	}, func(resp *tfprotov6.PlanResourceChangeResponse, d []*tfprotov6.Diagnostic, rep reply) {
		resp.Diagnostics = d
		for _, s := range rep.Replace {
			resp.RequiresReplace = append(resp.RequiresReplace, pathOf(s))
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.PlannedState.MsgPack) != string(state.MsgPack) || string(resp.PlannedPrivate) != "private:p" {
		t.Errorf("planned state %v private %q", resp.PlannedState, resp.PlannedPrivate)
	}
	want := []string{`AttributeName("name")`, `AttributeName("nics").ElementKeyInt(1).AttributeName("bridge")`}
	if len(resp.RequiresReplace) != 2 || resp.RequiresReplace[0].String() != want[0] || resp.RequiresReplace[1].String() != want[1] {
		t.Errorf("requires replace %v, want %v", resp.RequiresReplace, want)
	}
	d := resp.Diagnostics
	if len(d) != 1 || d[0].Summary != "careful (on host lab/b)" || d[0].Detail != "about hyperlab_bridge" ||
		d[0].Severity != tfprotov6.DiagnosticSeverityWarning || d[0].Attribute.String() != `AttributeName("tags").ElementKeyString("k")` {
		t.Errorf("diagnostics %+v", d)
	}
}

// Calls are answered as they finish, not in order: a slow Read holds up no other.
func TestCallsDoNotWaitForEachOther(t *testing.T) {
	f := &fakeServer{block: make(chan struct{})}
	r, stop := pair(t, f)
	defer stop()
	slow := make(chan error, 1)
	go func() {
		var resp tfprotov6.ReadResourceResponse
		_, err := r.conn.call(context.Background(), methodRead, &tfprotov6.ReadResourceRequest{TypeName: "slow"}, &resp)
		slow <- err
	}()
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var resp tfprotov6.ReadResourceResponse
			name := fmt.Sprintf("t%d", i)
			if _, err := r.conn.call(context.Background(), methodRead, &tfprotov6.ReadResourceRequest{TypeName: name}, &resp); err != nil || string(resp.Private) != name {
				t.Errorf("%s: %v %q", name, err, resp.Private)
			}
		}(i)
	}
	wg.Wait()
	close(f.block)
	if err := <-slow; err != nil {
		t.Fatal(err)
	}
}

func TestFailuresNameTheHost(t *testing.T) {
	r, stop := pair(t, &fakeServer{})
	resp, _ := forward(context.Background(), r, methodRead, &tfprotov6.ReadResourceRequest{TypeName: "fails"},
		func(resp *tfprotov6.ReadResourceResponse, d []*tfprotov6.Diagnostic) { resp.Diagnostics = d })
	if len(resp.Diagnostics) != 1 || !strings.Contains(resp.Diagnostics[0].Summary, "lab/b") || !strings.Contains(resp.Diagnostics[0].Detail, "boom") {
		t.Errorf("diagnostics %+v", resp.Diagnostics)
	}
	stop()
	// The session is gone: a call fails at once, naming the host, rather than hanging.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := r.conn.call(ctx, methodRead, &tfprotov6.ReadResourceRequest{TypeName: "t"}, &tfprotov6.ReadResourceResponse{})
	if err == nil || !strings.Contains(err.Error(), "b (root@10.0.0.2:22)") || ctx.Err() != nil {
		t.Errorf("after the session ended: %v (ctx %v)", err, ctx.Err())
	}
}

// Every word reaches the remote shell as one word, whatever it holds.
func TestCommandLineQuotesEveryWord(t *testing.T) {
	got := commandLine("/var/lib/hyper lab/a'b", "agent", "$(reboot)", "")
	want := `'/var/lib/hyper lab/a'\''b' 'agent' '$(reboot)' ''`
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// With sudo, the agent's argv follows `sudo -n --`, so no word of it is an option of sudo's.
func TestSudoCommandLine(t *testing.T) {
	s := Settings{User: "lab", Sudo: true}
	got := commandLine(s.asRoot("/var/lib/hyperlab/agent/-x", "agent")...)
	if want := `'sudo' '-n' '--' '/var/lib/hyperlab/agent/-x' 'agent'`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if h := s.rootHint("sudo: a password is required"); !strings.Contains(h, "needs a NOPASSWD sudo rule for lab") {
		t.Errorf("hint with sudo: %q", h)
	}
	if h := s.rootHint("mkdir: Permission denied"); h != "" {
		t.Errorf("a hint with sudo set and no password asked: %q", h)
	}
	s.Sudo = false
	if got := commandLine(s.asRoot("a")...); got != `'a'` {
		t.Errorf("without sudo: %s", got)
	}
	if h := s.rootHint(""); !strings.Contains(h, "lab is not root: set sudo = true") {
		t.Errorf("hint %q", h)
	}
	if h := (Settings{User: "root"}).rootHint("anything"); h != "" {
		t.Errorf("a hint for root: %q", h)
	}
}

// An IP address is one host however it is spelled; names, wildcards and hashes are left alone.
func TestCanonicalKnownHosts(t *testing.T) {
	in := "fd42:10:199:0::1 ssh-ed25519 AAAA c\n" +
		"[FD00:0::5]:2222,10.0.0.1,!fd00:0:0::9,host.example ssh-ed25519 BBBB\n" +
		"@cert-authority *.example,fd00:0::7 ssh-ed25519 CCCC\n" +
		"|1|c2FsdA==|aGFzaA== ssh-ed25519 DDDD\n" +
		"# fd00:0::1 a comment\n"
	want := "fd42:10:199::1 ssh-ed25519 AAAA c\n" +
		"[fd00::5]:2222,10.0.0.1,!fd00::9,host.example ssh-ed25519 BBBB\n" +
		"@cert-authority *.example,fd00::7 ssh-ed25519 CCCC\n" +
		"|1|c2FsdA==|aGFzaA== ssh-ed25519 DDDD\n" +
		"# fd00:0::1 a comment\n"
	if got := canonicalKnownHosts(in); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
