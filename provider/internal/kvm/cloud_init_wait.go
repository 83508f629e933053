package kvm

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/digitalocean/go-libvirt"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/libvirtconn"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// How wait_for.cloud_init knows that cloud-init has finished, and how it ended.
//
// cloud-init writes /run/cloud-init/result.json once, at the end of its last stage
// (modules-final), with the errors of every stage: it is the record `cloud-init
// status` itself reads, and /run is a tmpfs, so the file is this boot's. The provider
// reads it, and on errors the end of /var/log/cloud-init-output.log (where a failed
// runcmd's output and apt's "E: ..." lines are), through the QEMU guest agent's
// guest-file-open/read/seek/close. Why the guest agent:
//   - it goes through the libvirt connection the provider already has, so it works
//     for a remote host (qemu+ssh://) as for the local one, with no network path to
//     the guest and no credentials in it (SSH would need both);
//   - it reads a file, so no process is run in the guest (guest-exec of `cloud-init
//     status --wait` would leave a process behind on a timeout), and the answer is
//     cloud-init's own structured record rather than text scraped from a console;
//   - a serial console logged to a file would need the file on the provider's machine
//     (not so with a remote libvirtd) and a marker in the user's final_message.
// The cost: the image needs qemu-guest-agent (Debian's cloud images do not have it:
// install it in the image; cloud-init's own `packages` would come too late, since it
// installs them in the very run being waited for), and the domain the agent channel.

const (
	cloudInitResult = "/run/cloud-init/result.json"
	cloudInitOutput = "/var/log/cloud-init-output.log"
	// How much of the end of the output log is read, and how many of its lines quoted.
	cloudInitOutputTail  = 16384
	cloudInitOutputLines = 25
)

// agentCommand runs one guest agent command and decodes its "return" into out.
func agentCommand(ctx context.Context, c *libvirtconn.Conn, dom libvirt.Domain, what string, command map[string]any, out any) error {
	body, err := json.Marshal(command)
	if err != nil {
		return err
	}
	var reply libvirt.OptString
	if err := c.Do(ctx, what+" through the guest agent of "+dom.Name, func(l *libvirt.Libvirt) (err error) {
		reply, err = l.QEMUDomainAgentCommand(dom, string(body), 10, 0)
		return err
	}); err != nil {
		return err
	}
	if len(reply) == 0 {
		return fmt.Errorf("%s: the guest agent of %s gave no answer", what, dom.Name)
	}
	var envelope struct {
		Return json.RawMessage `json:"return"`
	}
	if err := json.Unmarshal([]byte(reply[0]), &envelope); err != nil {
		return fmt.Errorf("%s: the guest agent's answer %q: %w", what, reply[0], err)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(envelope.Return, out)
}

// guestFileRead reads a file in the guest through its agent: all of it, or with
// tail > 0 its last tail bytes at most.
func guestFileRead(ctx context.Context, c *libvirtconn.Conn, dom libvirt.Domain, file string, tail int64) (content []byte, err error) {
	var handle int64
	if err := agentCommand(ctx, c, dom, "opening "+file, map[string]any{
		"execute": "guest-file-open", "arguments": map[string]any{"path": file, "mode": "r"}}, &handle); err != nil {
		return nil, err
	}
	defer func() {
		cerr := agentCommand(ctx, c, dom, "closing "+file, map[string]any{"execute": "guest-file-close", "arguments": map[string]any{"handle": handle}}, nil)
		if err == nil {
			err = cerr
		}
	}()
	if tail > 0 {
		var end struct {
			Position int64 `json:"position"`
		}
		if err := agentCommand(ctx, c, dom, "seeking to the end of "+file, map[string]any{
			"execute": "guest-file-seek", "arguments": map[string]any{"handle": handle, "offset": 0, "whence": "end"}}, &end); err != nil {
			return nil, err
		}
		if err := agentCommand(ctx, c, dom, "seeking in "+file, map[string]any{
			"execute": "guest-file-seek", "arguments": map[string]any{"handle": handle, "offset": max(0, end.Position-tail), "whence": "set"}}, nil); err != nil {
			return nil, err
		}
	}
	for {
		var chunk struct {
			Count int    `json:"count"`
			Buf   string `json:"buf-b64"`
			EOF   bool   `json:"eof"`
		}
		if err := agentCommand(ctx, c, dom, "reading "+file, map[string]any{
			"execute": "guest-file-read", "arguments": map[string]any{"handle": handle, "count": 65536}}, &chunk); err != nil {
			return nil, err
		}
		b, err := base64.StdEncoding.DecodeString(chunk.Buf)
		if err != nil {
			return nil, fmt.Errorf("reading %s: the guest agent's base64: %w", file, err)
		}
		content = append(content, b...)
		if chunk.EOF || chunk.Count == 0 {
			return content, nil
		}
		if len(content) > 4<<20 {
			return nil, fmt.Errorf("reading %s: more than 4 MiB", file)
		}
	}
}

// cloudInitErrors reads result.json's errors: v1.errors, a list of strings.
func cloudInitErrors(result []byte) ([]string, error) {
	var r struct {
		V1 *struct {
			Errors []any `json:"errors"`
		} `json:"v1"`
	}
	if err := json.Unmarshal(result, &r); err != nil {
		return nil, fmt.Errorf("%s is not JSON: %w", cloudInitResult, err)
	}
	if r.V1 == nil {
		return nil, fmt.Errorf("%s has no v1 object: %s", cloudInitResult, strings.TrimSpace(string(result)))
	}
	errs := make([]string, 0, len(r.V1.Errors))
	for _, e := range r.V1.Errors {
		if s, ok := e.(string); ok {
			errs = append(errs, s)
		} else {
			b, err := json.Marshal(e)
			if err != nil {
				b = []byte(fmt.Sprint(e))
			}
			errs = append(errs, string(b))
		}
	}
	return errs, nil
}

// cloudInitFailure is the error for a run that ended with errs: cloud-init's own
// error lines, then the last lines of its output log (output, as read; empty when
// it could not be read, readErr then says why).
func cloudInitFailure(guest string, errs []string, output []byte, readErr error) error {
	var b strings.Builder
	fmt.Fprintf(&b, "guest %s: cloud-init finished with %d error(s) (%s):", guest, len(errs), cloudInitResult)
	for _, e := range errs {
		fmt.Fprintf(&b, "\n  %s", e)
	}
	if readErr != nil {
		fmt.Fprintf(&b, "\n%s could not be read: %v", cloudInitOutput, readErr)
		return errors.New(b.String())
	}
	lines := strings.Split(strings.TrimRight(strings.ToValidUTF8(string(output), "\uFFFD"), "\n"), "\n")
	if len(output) == cloudInitOutputTail && len(lines) > 1 {
		lines = lines[1:] // the first may be cut
	}
	if len(lines) > cloudInitOutputLines {
		lines = lines[len(lines)-cloudInitOutputLines:]
	}
	fmt.Fprintf(&b, "\nthe end of %s:", cloudInitOutput)
	for _, l := range lines {
		fmt.Fprintf(&b, "\n  | %s", l)
	}
	return errors.New(b.String())
}

// cloudInitReadiness is cloud-init having finished without errors. Until result.json
// exists (or while the agent does not answer yet) the check fails and the wait goes
// on; once it exists with errors, the check's error is final: the wait ends with it.
func cloudInitReadiness(ctx context.Context, c *libvirtconn.Conn, dom libvirt.Domain) resourceutil.Readiness {
	return resourceutil.Readiness{What: "cloud-init to finish (" + cloudInitResult + ", through the guest agent)", Check: func() error {
		result, err := guestFileRead(ctx, c, dom, cloudInitResult, 0)
		if err != nil {
			return fmt.Errorf("cloud-init has not finished, or the guest agent does not answer (is qemu-guest-agent in the image?): %w", err)
		}
		errs, err := cloudInitErrors(result)
		if err != nil {
			return err
		}
		if len(errs) == 0 {
			tflog.Info(ctx, "cloud-init has finished without errors", map[string]any{"name": dom.Name})
			return nil
		}
		output, readErr := guestFileRead(ctx, c, dom, cloudInitOutput, cloudInitOutputTail)
		tflog.Error(ctx, "cloud-init finished with errors", map[string]any{"name": dom.Name, "errors": errs})
		return resourceutil.Final(cloudInitFailure(dom.Name, errs, output, readErr))
	}}
}
