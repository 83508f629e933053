// Package agent lets one provider process act on another Linux host: over SSH it
// starts a copy of the same provider binary there ("agent" mode) and forwards the
// engine's resource calls to it, so every resource runs the same code, on the
// host it manages, as it does locally.
//
// The wire is a stream of JSON values on the SSH session's stdin and stdout:
// requests {id, method, body} one way, replies {id, body, diags, replace, error}
// the other, answered in any order, so the engine's parallel calls share one
// session. The tfprotov6 request and response structs are JSON as they are,
// except attribute paths (diagnostics, requires-replace), which carry their steps
// in unexported fields and go as wireSteps.
package agent

import (
	"encoding/json"
	"fmt"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// The methods forwarded: those that act on the host. Schemas, validation and state
// upgrades are pure functions of the binary (the same on both ends) and stay local.
const (
	methodConfigure = "ConfigureProvider"
	methodRead      = "ReadResource"
	methodPlan      = "PlanResourceChange"
	methodApply     = "ApplyResourceChange"
	methodImport    = "ImportResourceState"
	methodStop      = "StopProvider"
)

type request struct {
	ID     uint64          `json:"id"`
	Method string          `json:"method"`
	Body   json.RawMessage `json:"body"`
}

type reply struct {
	ID      uint64          `json:"id"`
	Body    json.RawMessage `json:"body,omitempty"`
	Diags   []wireDiag      `json:"diags,omitempty"`
	Replace [][]wireStep    `json:"replace,omitempty"`
	Error   string          `json:"error,omitempty"`
}

// hello is the agent's first value on stdout: the hash it checked its own binary against.
type hello struct {
	Agent   string `json:"agent"`
	Version string `json:"version"`
	SHA256  string `json:"sha256"`
}

const helloName = "hyperlab-agent"

type wireDiag struct {
	Severity tfprotov6.DiagnosticSeverity `json:"severity"`
	Summary  string                       `json:"summary"`
	Detail   string                       `json:"detail,omitempty"`
	Path     []wireStep                   `json:"path,omitempty"`
}

// wireStep is one step of an attribute path: an attribute name, a map key or a
// list index. A set element's step (a whole value) ends the path at the set,
// which still names the attribute.
type wireStep struct {
	Attribute *string `json:"a,omitempty"`
	Key       *string `json:"k,omitempty"`
	Index     *int64  `json:"i,omitempty"`
}

func stepsOf(p *tftypes.AttributePath) []wireStep {
	if p == nil {
		return nil
	}
	out := []wireStep{}
	for _, s := range p.Steps() {
		switch v := s.(type) {
		case tftypes.AttributeName:
			name := string(v)
			out = append(out, wireStep{Attribute: &name})
		case tftypes.ElementKeyString:
			key := string(v)
			out = append(out, wireStep{Key: &key})
		case tftypes.ElementKeyInt:
			index := int64(v)
			out = append(out, wireStep{Index: &index})
		default:
			return out
		}
	}
	return out
}

func pathOf(steps []wireStep) *tftypes.AttributePath {
	if steps == nil {
		return nil
	}
	out := make([]tftypes.AttributePathStep, 0, len(steps))
	for _, s := range steps {
		switch {
		case s.Attribute != nil:
			out = append(out, tftypes.AttributeName(*s.Attribute))
		case s.Key != nil:
			out = append(out, tftypes.ElementKeyString(*s.Key))
		case s.Index != nil:
			out = append(out, tftypes.ElementKeyInt(*s.Index))
		}
	}
	return tftypes.NewAttributePathWithSteps(out)
}

func diagsToWire(diags []*tfprotov6.Diagnostic) []wireDiag {
	out := make([]wireDiag, 0, len(diags))
	for _, d := range diags {
		if d != nil {
			out = append(out, wireDiag{Severity: d.Severity, Summary: d.Summary, Detail: d.Detail, Path: stepsOf(d.Attribute)})
		}
	}
	return out
}

// diagsFromWire gives the agent's diagnostics, each naming the host it came from:
// in a stack over several hosts, an error is of no use without it.
func diagsFromWire(diags []wireDiag, host string) []*tfprotov6.Diagnostic {
	out := make([]*tfprotov6.Diagnostic, 0, len(diags))
	for _, d := range diags {
		out = append(out, &tfprotov6.Diagnostic{
			Severity: d.Severity, Summary: fmt.Sprintf("%s (on host %s)", d.Summary, host), Detail: d.Detail, Attribute: pathOf(d.Path),
		})
	}
	return out
}
