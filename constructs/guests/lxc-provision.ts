import { IConstruct } from "constructs";
import { ConfigurationError, ValidationError } from "../core/errors";
import { listValue, objectValue, stringValue } from "../core/input";
import { freeText } from "../core/literal";
import { filePath, packageName, permissions } from "./cloud-config";

/** A file written in an LxcContainer (on a LinuxHost) once it runs. */
export interface LxcFileProps {
  /** Absolute, clean path in the container (no `.`, `..` or empty segments, no trailing `/`); missing directories are made 0755. */
  readonly path: string;
  /**
   * The file's content, as text (no control characters but tab and newline), up to 1 MiB. A secret must
   * come from a sensitive TerraformVariable (the plan shows it as sensitive); it is kept in the state as any value is.
   */
  readonly content: string;
  /** Permissions as an octal string, such as "0644" or "0600". @default "0644" */
  readonly mode?: string;
  /** Owner in the container, "USER" or "USER:GROUP", names or numeric ids. @default "0:0" (the container's root) */
  readonly owner?: string;
}

/** LXC's `debian` template (lxc-templates, debootstrap) from the Debian archive the host's apt is configured with. */
export interface LxcDebianTemplateProps {
  /** Debian release by codename, such as "bookworm": 2-32 of [a-z]. @default "bookworm" */
  readonly release?: string;
  /**
   * Debian packages installed in the container by the template (its `--packages`), up to 256. They come
   * from the host's archive at create; a change replaces the container. @default []
   */
  readonly packages?: string[];
}

/** A template the construct knows, given by its own props in place of a template name and its arguments. */
export interface LxcTemplateProps {
  /** LXC's `debian` template. */
  readonly debian: LxcDebianTemplateProps;
}

const MAX_FILE = 1048576;
const RELEASE = /^[a-z]{2,32}$/;
// A name as useradd(8) takes one, or a numeric id; USER or USER:GROUP.
const OWNER_PART = "([a-z_][a-z0-9_-]{0,31}|[0-9]{1,10})";
const OWNER = new RegExp(`^${OWNER_PART}(:${OWNER_PART})?$`);
const WHY_SYNTH = "it is written into the container, and its digest decides at plan whether files and commands run again";

/** The container's files, checked: paths once each. */
export function lxcFiles(scope: IConstruct, value: unknown): { path: string; content: string; mode: string; owner: string }[] {
  const seen = new Set<string>();
  return listValue(scope, "files", value, 256).map((v, i) => {
    const prop = `files[${i}]`;
    const f = objectValue<LxcFileProps>(scope, prop, v);
    if (f === undefined) throw new ValidationError(scope, prop, v, "expected an object of props: path, content, mode, owner");
    const path = filePath(scope, `${prop}.path`, f.path);
    if (seen.has(path)) throw new ConfigurationError(scope, `${prop}.path "${path}" is given twice: write each file once`);
    seen.add(path);
    return {
      path,
      // A sensitive variable's token passes: its value is the provider's to write.
      content: freeText(scope, `${prop}.content`, f.content, MAX_FILE, "plan"),
      mode: f.mode === undefined ? "0644" : permissions(scope, `${prop}.mode`, f.mode),
      owner: f.owner === undefined ? "0:0" : ownerOf(scope, `${prop}.owner`, f.owner),
    };
  });
}

function ownerOf(scope: IConstruct, prop: string, value: unknown): string {
  const expected = "\"USER\" or \"USER:GROUP\" in the container, each a name of [a-z_] then up to 31 of [a-z0-9_-], or a numeric id, such as \"root:root\" or \"1000:1000\"";
  const owner = stringValue(scope, prop, value, expected, WHY_SYNTH);
  if (!OWNER.test(owner)) throw new ValidationError(scope, prop, owner, expected);
  return owner;
}

/** The container's commands: argument vectors, each with its program named. */
export function lxcCommands(scope: IConstruct, value: unknown): string[][] {
  return listValue(scope, "commands", value, 256).map((v, i) => {
    const prop = `commands[${i}]`;
    const expected = "a command as a list of words, the program first, such as [\"touch\", \"/srv/ready\"] " +
      "(no shell: write [\"sh\", \"-c\", \"...\"] for one)";
    if (typeof v === "string") throw new ValidationError(scope, prop, v, expected);
    const argv = listValue(scope, prop, v, 4096).map((w, j) => freeText(scope, `${prop}[${j}]`, w, 65536, "plan"));
    if (argv.length === 0) throw new ValidationError(scope, prop, v, expected);
    if (argv[0].trim() === "") throw new ValidationError(scope, `${prop}[0]`, argv[0], expected);
    return argv;
  });
}

/** A template name and its arguments from LxcTemplateProps. */
export function knownTemplate(scope: IConstruct, value: LxcTemplateProps): { template: string; templateArgs: string[] } {
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== "debian") {
    throw new ValidationError(scope, "template", value, "a template name such as \"busybox\", or { debian: { release, packages } }");
  }
  const d = objectValue<LxcDebianTemplateProps>(scope, "template.debian", value.debian) ?? {};
  const releaseExpected = "a Debian release codename of 2-32 letters a-z, such as \"bookworm\"";
  const release = stringValue(scope, "template.debian.release", d.release ?? "bookworm", releaseExpected, "the template reads it at create");
  if (!RELEASE.test(release)) throw new ValidationError(scope, "template.debian.release", release, releaseExpected);
  const packages = listValue(scope, "template.debian.packages", d.packages, 256)
    .map((p, i) => packageName(scope, `template.debian.packages[${i}]`, p));
  const args = [`--release=${release}`];
  if (packages.length) args.push(`--packages=${packages.join(",")}`);
  return { template: "debian", templateArgs: args };
}
