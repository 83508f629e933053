package lxc

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostexec"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/validate"
)

// Files written into a container and commands run in it, after create and again
// whenever they change: inline on hyperlab_lxc_container (as incus_instance has
// its file blocks and execs), so they run after the container starts, in order,
// files first, and again on a container made anew, with no dependency to write.
//
// what was last applied is recorded in the container's configuration as a digest
// (provisionedKey); the plan's provisioned attribute is the digest of the files
// and commands configured, so a change shows as an in-place update of both, and
// an apply that failed halfway (the digest not recorded) plans them again.

// provisionedKey is the LXC comment line that records the digest of the files and
// commands last applied in full.
const provisionedKey = "# hyperlab.provisioned"

// attachPath is the PATH commands find their programs on (lxc-attach --clear-env).
const attachPath = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

// outputLimit is how much of a failed command's output an error quotes: its end,
// where a tool says what went wrong.
const outputLimit = 4096

type lxcFile struct {
	Path    types.String `tfsdk:"path"`
	Content types.String `tfsdk:"content"`
	Mode    types.String `tfsdk:"mode"`
	Owner   types.String `tfsdk:"owner"`
}

var FileType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"path": types.StringType, "content": types.StringType, "mode": types.StringType, "owner": types.StringType,
}}

var (
	// A file's path in the container: absolute, in its one spelling (no "..", "." or "//").
	containerFilePath = validate.PathArg{ArgvWord: validate.ArgvWord{Pattern: regexp.MustCompile(`^/[^\x00-\x1f\x7f]*[^/]$`), Expected: "an absolute path in the container, such as /etc/motd: " +
		"no control characters, no \"..\" or \".\" segments, not a directory (no trailing \"/\")"}}
	fileMode  = validate.ArgvWord{Pattern: regexp.MustCompile(`^0?[0-7]{3,4}$`), Expected: "a file mode as an octal string, such as \"0644\" or \"0600\""}
	fileOwner = validate.ArgvWord{Pattern: regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,31})?$`),
		Expected: "USER or USER:GROUP in the container, names or numeric ids, such as \"root:root\" or \"1000:1000\""}
)

func lxcProvisionAttributes() map[string]schema.Attribute {
	return map[string]schema.Attribute{
		"files": schema.ListNestedAttribute{
			Description: "Files written in the container once it runs, after create and again when any changes (in place: " +
				"the provisioned attribute shows it), before the commands, as the container's root (in its user namespace). " +
				"A file removed from the list is left in the container. Secrets belong in sensitive variables: content is kept in the state.",
			Optional: true,
			NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
				"path": schema.StringAttribute{Required: true, Description: "Absolute path in the container; missing directories are made (0755).",
					Validators: []validator.String{containerFilePath}},
				"content": schema.StringAttribute{Required: true, Description: "The file's content, written as given."},
				"mode": schema.StringAttribute{Optional: true, Computed: true, Default: stringdefault.StaticString("0644"),
					Description: "Permissions, an octal string such as \"0644\".", Validators: []validator.String{fileMode}},
				"owner": schema.StringAttribute{Optional: true, Computed: true, Default: stringdefault.StaticString("0:0"),
					Description: "USER[:GROUP] in the container (names or ids); \"0:0\" is the container's root.", Validators: []validator.String{fileOwner}},
			}},
		},
		"commands": schema.ListAttribute{
			Description: "Commands run in the container, in order, after the files: each an argument vector (no shell; write " +
				"[\"sh\", \"-c\", \"...\"] for one), run as the container's root with lxc-attach, once after create and all again when " +
				"files or commands change. The first that exits non-zero fails the apply with its exit status and output.",
			Optional:    true,
			ElementType: types.ListType{ElemType: types.StringType},
			Validators:  []validator.List{argvList{}},
		},
		"provisioned": schema.StringAttribute{
			Description: "Digest of the files and commands applied in full (\"\" for none), recorded in the container's " +
				"configuration: a change of files or commands changes it, an in-place update that writes and runs them all again.",
			Computed:      true,
			PlanModifiers: []planmodifier.String{provisionDigest{}},
		},
	}
}

// argvList checks a list of argument vectors: each non-empty, its program named.
type argvList struct{}

func (argvList) Description(context.Context) string {
	return "a list of commands, each a non-empty list of arguments whose first names the program (such as [\"touch\", \"/srv/ready\"])"
}
func (v argvList) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v argvList) ValidateList(ctx context.Context, req validator.ListRequest, resp *validator.ListResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	for i, e := range req.ConfigValue.Elements() {
		argv, ok := e.(types.List)
		if !ok || argv.IsUnknown() {
			continue
		}
		if argv.IsNull() || len(argv.Elements()) == 0 {
			resp.Diagnostics.AddAttributeError(req.Path.AtListIndex(i), "Invalid value", fmt.Sprintf("commands[%d] is empty: %s", i, v.Description(ctx)))
			continue
		}
		if first, ok := argv.Elements()[0].(types.String); ok && !first.IsUnknown() && strings.TrimSpace(first.ValueString()) == "" {
			resp.Diagnostics.AddAttributeError(req.Path.AtListIndex(i).AtListIndex(0), "Invalid value",
				fmt.Sprintf("commands[%d][0] %q names no program: %s", i, first.ValueString(), v.Description(ctx)))
		}
	}
}

// provisionDigest plans provisioned as the digest of the configured files and
// commands, unknown while any of them is.
type provisionDigest struct{}

func (provisionDigest) Description(context.Context) string {
	return "the digest of the files and commands configured"
}
func (v provisionDigest) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (provisionDigest) PlanModifyString(ctx context.Context, req planmodifier.StringRequest, resp *planmodifier.StringResponse) {
	if req.Plan.Raw.IsNull() {
		return
	}
	var files, commands types.List
	resp.Diagnostics.Append(req.Plan.GetAttribute(ctx, path.Root("files"), &files)...)
	resp.Diagnostics.Append(req.Plan.GetAttribute(ctx, path.Root("commands"), &commands)...)
	if resp.Diagnostics.HasError() {
		return
	}
	digest, known, err := provisioningDigest(ctx, files, commands)
	if err != nil {
		resp.Diagnostics.AddError("Reading files and commands failed", err.Error())
		return
	}
	if !known {
		resp.PlanValue = types.StringUnknown()
		return
	}
	resp.PlanValue = types.StringValue(digest)
}

// provisioningDigest is "" for no files and no commands, else sha256 of their
// JSON; known is false while a value is unknown.
func provisioningDigest(ctx context.Context, files, commands types.List) (digest string, known bool, err error) {
	if files.IsUnknown() || commands.IsUnknown() || !fullyKnown(files) || !fullyKnown(commands) {
		return "", false, nil
	}
	fs, argvs, err := provisionOf(ctx, files, commands)
	if err != nil {
		return "", false, err
	}
	if len(fs) == 0 && len(argvs) == 0 {
		return "", true, nil
	}
	type file struct{ Path, Content, Mode, Owner string }
	doc := struct {
		Files    []file
		Commands [][]string
	}{Commands: argvs}
	for _, f := range fs {
		doc.Files = append(doc.Files, file{f.Path.ValueString(), f.Content.ValueString(), f.Mode.ValueString(), f.Owner.ValueString()})
	}
	b, err := json.Marshal(doc)
	if err != nil {
		return "", false, err
	}
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:]), true, nil
}

// fullyKnown says whether a value holds no unknown anywhere inside.
func fullyKnown(v attr.Value) bool {
	if v.IsUnknown() {
		return false
	}
	switch t := v.(type) {
	case types.List:
		for _, e := range t.Elements() {
			if !fullyKnown(e) {
				return false
			}
		}
	case types.Object:
		for _, e := range t.Attributes() {
			if !fullyKnown(e) {
				return false
			}
		}
	}
	return true
}

func provisionOf(ctx context.Context, files, commands types.List) ([]lxcFile, [][]string, error) {
	var fs []lxcFile
	var argvs [][]string
	if !files.IsNull() {
		if err := resourceutil.ElementsInto(ctx, files, &fs); err != nil {
			return nil, nil, fmt.Errorf("files: %w", err)
		}
	}
	if !commands.IsNull() {
		if err := resourceutil.ElementsInto(ctx, commands, &argvs); err != nil {
			return nil, nil, fmt.Errorf("commands: %w", err)
		}
	}
	// Mode and owner planned by their defaults are known by apply; a null one here
	// (a state written before them) takes the default.
	for i := range fs {
		if fs[i].Mode.IsNull() {
			fs[i].Mode = types.StringValue("0644")
		}
		if fs[i].Owner.IsNull() {
			fs[i].Owner = types.StringValue("0:0")
		}
	}
	return fs, argvs, nil
}

// writeFileScript writes standard input to $1 through a temporary file beside
// it, owned by $2 with mode $3, then renames it into place: a reader never sees
// half a file, and a symbolic link at $1 is replaced, not followed. The path,
// owner and mode are arguments, never shell text.
const writeFileScript = `set -e
umask 077
mkdir -p -m 0755 "$(dirname "$1")"
t="$1.hyperlab-new"
cat > "$t"
chown "$2" "$t"
chmod "$3" "$t"
mv -f "$t" "$1"`

// attach is lxc-attach running argv as the container's root, in all its
// namespaces (its user namespace too: container root, not host root, on an
// unprivileged container) with a clean environment.
func (m *ContainerModel) attach(argv ...string) []string {
	return append(m.lxc("lxc-attach", "--clear-env", "--set-var", attachPath, "--set-var", "HOME=/root", "--"), argv...)
}

// provision writes the files and runs the commands in the running container, and
// records their digest in its configuration once all have succeeded.
func (m *ContainerModel) provision(ctx context.Context) error {
	digest, known, err := provisioningDigest(ctx, m.Files, m.Commands)
	if err != nil {
		return fmt.Errorf("container %s: %w", m.Name.ValueString(), err)
	}
	if !known {
		return fmt.Errorf("container %s: files or commands are not known at apply", m.Name.ValueString())
	}
	m.Provisioned = types.StringValue(digest)
	lines, err := readConfig(m.configPath())
	if err != nil {
		return err
	}
	if recorded, _ := configValue(lines, provisionedKey); recorded == digest {
		return nil
	}
	files, argvs, err := provisionOf(ctx, m.Files, m.Commands)
	if err != nil {
		return fmt.Errorf("container %s: %w", m.Name.ValueString(), err)
	}
	if len(files) > 0 || len(argvs) > 0 {
		if state, err := m.state(ctx); err != nil {
			return err
		} else if state != "RUNNING" {
			return fmt.Errorf("container %s is %s: its files are written and its commands run in the running container "+
				"(set running = true, or drop files and commands)", m.Name.ValueString(), strings.ToLower(orNone(state)))
		}
	}
	name := m.Name.ValueString()
	for _, f := range files {
		p := f.Path.ValueString()
		tflog.Info(ctx, "writing file in container", map[string]any{"container": name, "path": p, "mode": f.Mode.ValueString(), "owner": f.Owner.ValueString()})
		out, code, err := hostexec.Combined(ctx, m.Netns.ValueString(), f.Content.ValueString(),
			m.attach("/bin/sh", "-c", writeFileScript, "hyperlab-write-file", p, f.Owner.ValueString(), strings.TrimPrefix(f.Mode.ValueString(), "0"))...)
		if err != nil {
			return fmt.Errorf("container %s: writing %s: %w", name, p, err)
		}
		if code != 0 {
			return fmt.Errorf("container %s: writing %s (mode %s, owner %s) failed, exit status %d:\n%s",
				name, p, f.Mode.ValueString(), f.Owner.ValueString(), code, trimOutput(out))
		}
	}
	for i, argv := range argvs {
		tflog.Info(ctx, "running command in container", map[string]any{"container": name, "index": i, "argv": argv})
		out, code, err := hostexec.Combined(ctx, m.Netns.ValueString(), "", m.attach(argv...)...)
		if err != nil {
			return fmt.Errorf("container %s: commands[%d] %s: %w", name, i, quoteArgv(argv), err)
		}
		tflog.Debug(ctx, "command in container finished", map[string]any{"container": name, "index": i, "exit": code, "output": trimOutput(out)})
		if code != 0 {
			return fmt.Errorf("container %s: commands[%d] %s failed, exit status %d; its output:\n%s", name, i, quoteArgv(argv), code, trimOutput(out))
		}
	}
	return m.recordProvisioned(digest)
}

func orNone(state string) string {
	if state == "" {
		return "not defined"
	}
	return state
}

// recordProvisioned writes the digest line into the container's configuration (none for "").
func (m *ContainerModel) recordProvisioned(digest string) error {
	lines, err := readConfig(m.configPath())
	if err != nil {
		return err
	}
	kept := lines[:0]
	for _, line := range lines {
		if k, _, _ := strings.Cut(line, "="); strings.TrimSpace(k) != provisionedKey {
			kept = append(kept, line)
		}
	}
	if digest != "" {
		kept = append(kept, provisionedKey+" = "+digest)
	}
	return writeConfigLines(m.configPath(), kept)
}

// quoteArgv shows an argument vector as its JSON list, as the user wrote it.
func quoteArgv(argv []string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(argv); err != nil {
		return fmt.Sprintf("%q", argv) // strings always encode; this is never reached
	}
	return strings.TrimSpace(b.String())
}

// trimOutput is a command's output without surrounding blank space, and of a long
// one its end only, saying how much was cut.
func trimOutput(out string) string {
	out = strings.TrimSpace(out)
	if out == "" {
		return "(no output)"
	}
	if len(out) > outputLimit {
		cut := len(out) - outputLimit
		out = fmt.Sprintf("[first %d bytes cut]\n", cut) + out[cut:]
	}
	return out
}
