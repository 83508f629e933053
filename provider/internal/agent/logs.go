package agent

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"sync"

	"github.com/hashicorp/go-hclog"
	"github.com/hashicorp/terraform-plugin-log/tflog"
	"github.com/hashicorp/terraform-plugin-log/tfsdklog"
)

// The agent's logs reach the engine's log: the agent writes them as JSON lines on
// its stderr (the SSH session's), at the level the engine asked of the provider,
// and the provider writes each again through its own logger, with the host named.
// Nothing is logged on the host's disk.

// logLevelOff is the agent's --log-level when the engine logs nothing: the agent
// then makes no logger, and its tflog calls cost nothing.
const logLevelOff = "off"

// engineLogLevel is the level the engine's environment asks of this provider, as
// terraform-plugin-log reads it (the provider's own variable first, then the
// engine's TF_LOG), or "off".
func engineLogLevel() string {
	for _, name := range []string{"TF_LOG_PROVIDER_HYPERLAB", "TF_LOG_PROVIDER", "TF_LOG"} {
		v := strings.ToUpper(strings.TrimSpace(os.Getenv(name)))
		if v == "JSON" {
			return "trace"
		}
		if l := hclog.LevelFromString(v); l != hclog.NoLevel && l != hclog.Off {
			return strings.ToLower(l.String())
		}
		if v != "" {
			return logLevelOff
		}
	}
	return logLevelOff
}

// agentLogContext gives the agent's calls a provider logger and an SDK logger at
// level, as JSON on the agent's stderr; for "off", ctx as it is.
func agentLogContext(ctx context.Context, level string) context.Context {
	l := hclog.LevelFromString(level)
	if l == hclog.NoLevel || l == hclog.Off {
		return ctx
	}
	ctx = tfsdklog.NewRootProviderLogger(ctx, tfsdklog.WithLogName("hyperlab.agent"), tfsdklog.WithLevel(l), tfsdklog.WithStderrFromInit(), tfsdklog.WithoutLocation())
	return tfsdklog.NewRootSDKLogger(ctx, tfsdklog.WithLevel(l), tfsdklog.WithStderrFromInit(), tfsdklog.WithoutLocation())
}

// relayLogContext carries the logger the relay writes through: a root provider
// logger of this process, on its stderr as the engine reads it, and not a call's
// (a session outlives the configure call that opened it, and its lines belong to
// no one call of this process).
func relayLogContext() context.Context {
	return tfsdklog.NewRootProviderLogger(context.Background(), tfsdklog.WithLogName("hyperlab"),
		tfsdklog.WithLevelFromEnv("TF_LOG_PROVIDER", "HYPERLAB"), tfsdklog.WithStderrFromInit(), tfsdklog.WithoutLocation())
}

// logRelay is the agent session's stderr on the provider's side: each JSON log
// line is written again through ctx's logger, with "hyperlab_host"; any other
// line (an agent that fails to start says why there) is kept in rest.
type logRelay struct {
	ctx  context.Context
	host string
	rest *bytesBuffer
	mu   sync.Mutex
	part []byte // a line not yet ended
}

// Write takes what the session copies, in whatever pieces.
func (r *logRelay) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.part = append(r.part, p...)
	for {
		i := bytes.IndexByte(r.part, '\n')
		if i < 0 {
			break
		}
		r.line(r.part[:i])
		r.part = r.part[i+1:]
	}
	// A line longer than the bound is not a log line of ours: kept as text.
	if len(r.part) > 1<<20 {
		r.rest.keep(r.part)
		r.part = nil
	}
	return len(p), nil
}

func (r *logRelay) line(b []byte) {
	var entry map[string]any
	msg, ok := "", false
	if len(b) > 0 && b[0] == '{' && json.Unmarshal(b, &entry) == nil {
		msg, ok = entry["@message"].(string)
	}
	if !ok {
		r.rest.keep(append(append([]byte{}, b...), '\n'))
		return
	}
	fields := map[string]any{"hyperlab_host": r.host}
	for k, v := range entry {
		if !strings.HasPrefix(k, "@") {
			fields[k] = v
		}
	}
	if m, ok := entry["@module"].(string); ok {
		fields["agent_module"] = m
	}
	level, _ := entry["@level"].(string)
	switch level {
	case "trace":
		tflog.Trace(r.ctx, msg, fields)
	case "debug":
		tflog.Debug(r.ctx, msg, fields)
	case "warn":
		tflog.Warn(r.ctx, msg, fields)
	case "error":
		tflog.Error(r.ctx, msg, fields)
	default:
		tflog.Info(r.ctx, msg, fields)
	}
}
