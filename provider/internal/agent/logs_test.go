package agent

import (
	"bytes"
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-log/tflogtest"
)

func TestLogRelay(t *testing.T) {
	var out bytes.Buffer
	rest := &bytesBuffer{}
	r := &logRelay{ctx: tflogtest.RootLogger(context.Background(), &out), host: "lab/b (root@10.0.0.2:22)", rest: rest}
	// hclog's JSON lines, cut anywhere by the session's copier, and a plain line.
	text := `{"@level":"debug","@message":"agent call","@module":"hyperlab.agent","method":"read","ms":3}` + "\n" +
		"hyperlab agent: reading a request: EOF\n" +
		`{"@level":"warn","@message":"the guest did not shut down in time","name":"vm-a"}` + "\n" + `{"@level":"info","@mess`
	for i := 0; i < len(text); i += 7 {
		if _, err := r.Write([]byte(text[i:min(i+7, len(text))])); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := tflogtest.MultilineJSONDecode(&out)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 {
		t.Fatalf("got %d entries: %v", len(entries), entries)
	}
	first, second := entries[0], entries[1]
	if first["@level"] != "debug" || first["@message"] != "agent call" || first["method"] != "read" || first["ms"] != float64(3) ||
		first["hyperlab_host"] != "lab/b (root@10.0.0.2:22)" || first["agent_module"] != "hyperlab.agent" {
		t.Errorf("first entry: %v", first)
	}
	if second["@level"] != "warn" || second["name"] != "vm-a" || second["hyperlab_host"] != "lab/b (root@10.0.0.2:22)" {
		t.Errorf("second entry: %v", second)
	}
	// The plain line stays for the start error; the unfinished line waits for its end.
	if got := rest.String(); got != "hyperlab agent: reading a request: EOF" {
		t.Errorf("rest = %q", got)
	}
}

func TestEngineLogLevel(t *testing.T) {
	for _, c := range []struct{ provider, tfLog, want string }{
		{"", "", "off"},
		{"", "debug", "debug"},
		{"", "JSON", "trace"},
		{"", "TRACE", "trace"},
		{"warn", "trace", "warn"},
		{"", "off", "off"},
		{"", "bogus", "off"},
	} {
		t.Setenv("TF_LOG_PROVIDER_HYPERLAB", "")
		t.Setenv("TF_LOG_PROVIDER", c.provider)
		t.Setenv("TF_LOG", c.tfLog)
		if got := engineLogLevel(); got != c.want {
			t.Errorf("TF_LOG_PROVIDER=%q TF_LOG=%q: %q, want %q", c.provider, c.tfLog, got, c.want)
		}
	}
}
