package kvm

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// result.json as cloud-init 22.4 (Debian 12) writes it after a failed runcmd.
const failedRuncmdResult = `{
 "v1": {
  "datasource": "DataSourceNoCloud [seed=/dev/vdb][dsmode=net]",
  "errors": [
   "('scripts_user', RuntimeError('Runparts: 1 failures (part-001) in 1 attempted commands'))"
  ]
 }
}`

func TestCloudInitErrors(t *testing.T) {
	errs, err := cloudInitErrors([]byte(failedRuncmdResult))
	if err != nil || len(errs) != 1 || !strings.Contains(errs[0], "Runparts: 1 failures") {
		t.Fatalf("errors %q, %v", errs, err)
	}
	if errs, err := cloudInitErrors([]byte(`{"v1": {"datasource": "x", "errors": []}}`)); err != nil || len(errs) != 0 {
		t.Fatalf("a clean run: errors %q, %v", errs, err)
	}
	for _, bad := range []string{`{}`, `not json`} {
		if _, err := cloudInitErrors([]byte(bad)); err == nil {
			t.Errorf("%q was taken as a result", bad)
		}
	}
}

// The failure names the guest, quotes cloud-init's errors and the last lines of its
// output log (not the first), and drops a first line the tail may have cut.
func TestCloudInitFailure(t *testing.T) {
	var log strings.Builder
	for i := 0; i < 40; i++ {
		log.WriteString("line " + string(rune('A'+i%26)) + "\n")
	}
	log.WriteString("hlcw: the page is missing\n2026-12-07 06:00:00,000 - cc_scripts_user.py[WARNING]: Failed to run module scripts-user\n")
	msg := cloudInitFailure("hlcw-guest", []string{"('scripts_user', RuntimeError('Runparts: 1 failures'))"}, []byte(log.String()), nil).Error()
	for _, want := range []string{"guest hlcw-guest: cloud-init finished with 1 error(s)", "Runparts: 1 failures",
		"  | hlcw: the page is missing", "Failed to run module scripts-user"} {
		if !strings.Contains(msg, want) {
			t.Errorf("no %q in:\n%s", want, msg)
		}
	}
	if n := strings.Count(msg, "\n  | "); n != cloudInitOutputLines {
		t.Errorf("%d output lines quoted, want %d:\n%s", n, cloudInitOutputLines, msg)
	}
	cut := strings.Repeat("x", cloudInitOutputTail-6) + "\nlast\n"
	if msg := cloudInitFailure("g", []string{"e"}, []byte(cut), nil).Error(); strings.Contains(msg, "xxx") || !strings.Contains(msg, "| last") {
		t.Errorf("the cut first line is quoted, or the last is not:\n%s", msg)
	}
	msg = cloudInitFailure("g", []string{"e"}, nil, errors.New("no such file")).Error()
	if !strings.Contains(msg, "/var/log/cloud-init-output.log could not be read: no such file") {
		t.Errorf("the read error is not said: %s", msg)
	}
}

// A final error ends the wait at once, with its own text; another keeps it going.
func TestWaitUntilReadyFinal(t *testing.T) {
	calls := 0
	start := time.Now()
	err := resourceutil.WaitUntilReady(context.Background(), "g", time.Minute, []resourceutil.Readiness{{What: "x", Check: func() error {
		calls++
		if calls < 2 {
			return errors.New("not yet")
		}
		return resourceutil.Final(errors.New("guest g: cloud-init finished with 1 error(s)"))
	}}})
	if err == nil || err.Error() != "guest g: cloud-init finished with 1 error(s)" || calls != 2 || time.Since(start) > 10*time.Second {
		t.Fatalf("err %v after %d calls, %s", err, calls, time.Since(start))
	}
}
