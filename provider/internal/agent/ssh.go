package agent

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"
	"golang.org/x/crypto/ssh/knownhosts"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/closing"
)

// Settings are a host's `ssh` block of the provider configuration.
type Settings struct {
	Name           string // the host's name in messages (the construct sets its path)
	Address        string // DNS name or IP address
	Port           int
	User           string
	KnownHosts     string // known_hosts lines, or
	KnownHostsFile string
	PrivateKey     string // PEM/OpenSSH key, from a sensitive variable, or
	PrivateKeyFile string
	UseAgent       bool // keys of the ssh-agent at SSH_AUTH_SOCK
	Sudo           bool // run the agent and its copy through `sudo -n`
	AgentDir       string
	Timeout        time.Duration
}

// DefaultAgentDir is where the agent binary is kept on the host, named by its hash.
const DefaultAgentDir = "/var/lib/hyperlab/agent"

// Label is the host as messages name it: "NAME (USER@ADDRESS:PORT)".
func (s Settings) Label() string {
	return fmt.Sprintf("%s (%s@%s)", s.Name, s.User, net.JoinHostPort(s.Address, strconv.Itoa(s.Port)))
}

// dial connects and authenticates, verifying the host key against known_hosts:
// there is no way to accept an unknown or changed key.
func dial(ctx context.Context, s Settings) (*ssh.Client, error) {
	hostKey, algorithms, err := hostKeyCheck(s)
	if err != nil {
		return nil, err
	}
	auth, err := authMethods(s)
	if err != nil {
		return nil, err
	}
	address := net.JoinHostPort(s.Address, strconv.Itoa(s.Port))
	ctx, cancel := context.WithTimeout(ctx, s.Timeout)
	defer cancel()
	raw, err := (&net.Dialer{}).DialContext(ctx, "tcp", address)
	if err != nil {
		return nil, fmt.Errorf("cannot reach host %s: %w", s.Label(), err)
	}
	// The handshake gets the same time as the connect: a host that accepts and
	// then says nothing must not hang the deploy.
	deadline, _ := ctx.Deadline()
	if err := raw.SetDeadline(deadline); err != nil {
		return nil, closing.After(fmt.Errorf("host %s: %w", s.Label(), err), raw)
	}
	cfg := &ssh.ClientConfig{User: s.User, Auth: auth, HostKeyCallback: hostKey, HostKeyAlgorithms: algorithms, Timeout: s.Timeout}
	c, chans, reqs, err := ssh.NewClientConn(raw, address, cfg)
	if err != nil {
		if cerr := closing.Error(raw.Close()); cerr != nil {
			err = errors.Join(err, cerr)
		}
		var keyErr *knownhosts.KeyError
		if errors.As(err, &keyErr) {
			return nil, hostKeyError(s, keyErr)
		}
		return nil, fmt.Errorf("SSH to host %s failed: %w", s.Label(), err)
	}
	if err := raw.SetDeadline(time.Time{}); err != nil {
		return nil, closing.After(fmt.Errorf("host %s: %w", s.Label(), err), c)
	}
	return ssh.NewClient(c, chans, reqs), nil
}

func hostKeyError(s Settings, e *knownhosts.KeyError) error {
	if len(e.Want) == 0 {
		return fmt.Errorf("host %s is not in known_hosts: add its key (for example from `ssh-keyscan -p %d %s`, checked out of band) to the ssh block's known_hosts",
			s.Label(), s.Port, s.Address)
	}
	want := make([]string, 0, len(e.Want))
	for _, k := range e.Want {
		want = append(want, k.Key.Type()+" "+ssh.FingerprintSHA256(k.Key))
	}
	return fmt.Errorf("the host key of %s does not match known_hosts (which has %s): the host was reinstalled, or something is "+
		"between it and this machine; nothing was done on it. Check the key out of band and update known_hosts", s.Label(), strings.Join(want, ", "))
}

// hostKeyCheck reads known_hosts (given inline or as a file) and returns its
// callback with the key algorithms known for this host, so the server offers a
// key that can be checked rather than one known_hosts has no line for.
func hostKeyCheck(s Settings) (ssh.HostKeyCallback, []string, error) {
	lines := s.KnownHosts
	if s.KnownHostsFile != "" {
		b, err := os.ReadFile(s.KnownHostsFile)
		if err != nil {
			return nil, nil, fmt.Errorf("known_hosts for host %s: %w", s.Label(), err)
		}
		lines = string(b)
	}
	// knownhosts reads files only: the lines, their addresses in one spelling, go
	// to a private temporary file, removed once read.
	tmp, err := os.CreateTemp("", "hyperlab-known-hosts-")
	if err != nil {
		return nil, nil, fmt.Errorf("known_hosts for host %s: %w", s.Label(), err)
	}
	defer os.Remove(tmp.Name())
	_, werr := tmp.WriteString(canonicalKnownHosts(lines) + "\n")
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return nil, nil, fmt.Errorf("known_hosts for host %s: %w", s.Label(), werr)
	}
	cb, err := knownhosts.New(tmp.Name())
	if err != nil {
		return nil, nil, fmt.Errorf("known_hosts for host %s: %w", s.Label(), err)
	}
	// Asking with a key no line has gives the keys the lines do have for the host.
	address := net.JoinHostPort(s.Address, strconv.Itoa(s.Port))
	var keyErr *knownhosts.KeyError
	probe := probeKey{}
	if err := cb(address, &net.TCPAddr{}, probe); errors.As(err, &keyErr) && len(keyErr.Want) > 0 {
		var algorithms []string
		for _, k := range keyErr.Want {
			algorithms = append(algorithms, algorithmsOf(k.Key.Type())...)
		}
		return cb, algorithms, nil
	}
	return nil, nil, fmt.Errorf("host %s is not in known_hosts: add its key (for example from `ssh-keyscan -p %d %s`, checked out of band) to the ssh block's known_hosts",
		s.Label(), s.Port, s.Address)
}

// canonicalKnownHosts writes every IP address among the lines' host patterns in
// its canonical form (fd00:0::1 as fd00::1), as the address the provider dials
// is: knownhosts compares them as text, and a line from `ssh-keyscan fd00:0::1`
// is the same host. Names, wildcards, negations and hashed entries stay as they are.
func canonicalKnownHosts(text string) string {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		fields := strings.Fields(line)
		at := 0
		if len(fields) > 0 && strings.HasPrefix(fields[0], "@") {
			at = 1
		}
		if len(fields) <= at || strings.HasPrefix(fields[0], "#") || strings.HasPrefix(fields[at], "|") {
			continue
		}
		patterns := strings.Split(fields[at], ",")
		for j, p := range patterns {
			patterns[j] = canonicalPattern(p)
		}
		fields[at] = strings.Join(patterns, ",")
		lines[i] = strings.Join(fields, " ")
	}
	return strings.Join(lines, "\n")
}

func canonicalPattern(p string) string {
	neg, rest := "", p
	if strings.HasPrefix(rest, "!") {
		neg, rest = "!", rest[1:]
	}
	if strings.HasPrefix(rest, "[") {
		if end := strings.Index(rest, "]:"); end > 0 {
			if a, err := netip.ParseAddr(rest[1:end]); err == nil {
				return neg + "[" + a.String() + "]" + rest[end+1:]
			}
		}
		return p
	}
	if a, err := netip.ParseAddr(rest); err == nil {
		return neg + a.String()
	}
	return p
}

func algorithmsOf(keyType string) []string {
	if keyType == ssh.KeyAlgoRSA {
		return []string{ssh.KeyAlgoRSASHA512, ssh.KeyAlgoRSASHA256, ssh.KeyAlgoRSA}
	}
	return []string{keyType}
}

// probeKey is a public key no known_hosts line holds.
type probeKey struct{}

func (probeKey) Type() string                        { return "hyperlab-probe" }
func (probeKey) Marshal() []byte                     { return []byte("hyperlab-probe") }
func (probeKey) Verify([]byte, *ssh.Signature) error { return errors.New("a probe verifies nothing") }

func authMethods(s Settings) ([]ssh.AuthMethod, error) {
	var methods []ssh.AuthMethod
	key := []byte(s.PrivateKey)
	if s.PrivateKeyFile != "" {
		var err error
		if key, err = os.ReadFile(s.PrivateKeyFile); err != nil {
			return nil, fmt.Errorf("private_key_file for host %s: %w", s.Label(), err)
		}
	}
	if len(key) > 0 {
		signer, err := ssh.ParsePrivateKey(key)
		if err != nil {
			// The parser's message names no part of the key.
			return nil, fmt.Errorf("the private key for host %s cannot be read: %w", s.Label(), err)
		}
		methods = append(methods, ssh.PublicKeys(signer))
	}
	if s.UseAgent {
		sock := os.Getenv("SSH_AUTH_SOCK")
		if sock == "" {
			return nil, fmt.Errorf("use_agent is set for host %s but SSH_AUTH_SOCK is not", s.Label())
		}
		a, err := net.Dial("unix", sock)
		if err != nil {
			return nil, fmt.Errorf("the ssh-agent at SSH_AUTH_SOCK for host %s: %w", s.Label(), err)
		}
		methods = append(methods, ssh.PublicKeysCallback(agent.NewClient(a).Signers))
	}
	return methods, nil
}

// quote makes one argv word of the remote command line: sshd hands the command to
// the user's shell, so every word is single-quoted, whatever it holds.
func quote(word string) string {
	return "'" + strings.ReplaceAll(word, "'", `'\''`) + "'"
}

// asRoot is argv as the host runs it for the agent: through `sudo -n --` when the
// settings say so (-n: a rule that wants a password fails at once, never prompts).
func (s Settings) asRoot(argv ...string) []string {
	if s.Sudo {
		return append([]string{"sudo", "-n", "--"}, argv...)
	}
	return argv
}

// rootHint explains a failed start or copy by its usual reason, from what the
// host printed: a user that is not root without sudo, or a sudo rule that wants
// a password.
func (s Settings) rootHint(printed string) string {
	switch {
	case s.Sudo && strings.Contains(printed, "a password is required"):
		return fmt.Sprintf(" (sudo = true needs a NOPASSWD sudo rule for %s on the host: sudo is run with -n, and never prompts)", s.User)
	case !s.Sudo && s.User != "root":
		return fmt.Sprintf(" (the agent needs root on the host, and %s is not root: set sudo = true, or log in as root)", s.User)
	}
	return ""
}

func commandLine(argv ...string) string {
	words := make([]string, len(argv))
	for i, w := range argv {
		words[i] = quote(w)
	}
	return strings.Join(words, " ")
}

func agentPath(dir, hash string) string {
	return path.Join(dir, "terraform-provider-hyperlab-"+hash)
}

// uploadScript writes stdin to $2 atomically, in $1 (made private): a fixed
// script, its arguments quoted words.
const uploadScript = `umask 077 && mkdir -p -- "$1" && tmp="$2.part.$$" && cat > "$tmp" && chmod 0700 "$tmp" && mv -f -- "$tmp" "$2"`

// upload copies the provider's own binary to the host.
func upload(client *ssh.Client, s Settings, local, remote string) error {
	f, err := os.Open(local)
	if err != nil {
		return fmt.Errorf("opening the provider binary: %w", err)
	}
	defer f.Close()
	session, err := client.NewSession()
	if err != nil {
		return fmt.Errorf("host %s: opening a session: %w", s.Label(), err)
	}
	defer session.Close()
	var stderr bytes.Buffer
	session.Stdin, session.Stderr = f, &stderr
	if err := session.Run(commandLine(s.asRoot("sh", "-c", uploadScript, "sh", path.Dir(remote), remote)...)); err != nil {
		printed := strings.TrimSpace(stderr.String())
		return fmt.Errorf("copying the agent to %s on host %s: %w: %s%s", remote, s.Label(), err, printed, s.rootHint(printed))
	}
	return nil
}

// session is a started agent: its stdin, stdout and stderr.
type session struct {
	s      *ssh.Session
	stdin  io.WriteCloser
	stdout io.Reader
	stderr *bytesBuffer
}

func (a *session) Close() error {
	// Closing stdin ends the agent's loop; the session close ends the channel.
	return errors.Join(closing.Error(a.stdin.Close()), a.s.Close())
}

// drain closes stdin and waits for the agent to exit and for its stderr (the log
// relay) to be copied to the end, then closes the session.
func (a *session) drain() error {
	if err := a.stdin.Close(); err != nil {
		return fmt.Errorf("closing the agent's stdin: %w", err)
	}
	if err := a.s.Wait(); err != nil {
		return fmt.Errorf("waiting for the agent to exit: %w", err)
	}
	// After Wait the channel is closed already: io.EOF says only that.
	if err := a.s.Close(); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// bytesBuffer is the agent's stderr, written by the session's copier and read
// when the agent fails.
type bytesBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *bytesBuffer) Write(p []byte) (int, error) {
	b.keep(p)
	return len(p), nil
}

// keep is Write for the buffer's own callers, which a write cannot fail.
func (b *bytesBuffer) keep(p []byte) {
	b.mu.Lock()
	defer b.mu.Unlock()
	// Only the start of it is kept: enough to say why, bounded however much it writes.
	if room := 64<<10 - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(len(p), room)])
	}
}

func (b *bytesBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return strings.TrimSpace(b.buf.String())
}
