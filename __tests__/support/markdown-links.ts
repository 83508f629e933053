// Relative links of the repository's Markdown (README.md, ARCHITECTURE.md,
// CONTRIBUTING.md, CHANGELOG.md, docs/): every one must name a file that exists and,
// with a #fragment, a heading of that file (GitHub's anchor for it).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export interface Link { file: string; line: number; target: string }

/** Markdown files the docs test covers, relative to root, sorted. */
export function markdownFiles(root: string): string[] {
  const top = ["README.md", "ARCHITECTURE.md", "CONTRIBUTING.md", "CHANGELOG.md"].filter((f) => existsSync(join(root, f)));
  const walk = (dir: string): string[] => readdirSync(join(root, dir)).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return walk(path);
    return name.endsWith(".md") ? [path] : [];
  });
  return [...top, ...(existsSync(join(root, "docs")) ? walk("docs") : [])];
}

/** Lines outside fenced code blocks, with inline code spans blanked. */
function proseLines(text: string): { line: number; text: string }[] {
  let fence = false;
  return text.split("\n").flatMap((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) { fence = !fence; return []; }
    return fence ? [] : [{ line: i + 1, text: raw.replace(/`+[^`]*`+/g, (m) => " ".repeat(m.length)) }];
  });
}

/** GitHub's anchors for the headings of a Markdown text (duplicates get -1, -2...). */
export function headingAnchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let fence = false;
  for (const raw of text.split("\n")) {
    if (/^\s*(```|~~~)/.test(raw)) { fence = !fence; continue; }
    const m = !fence && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    if (!m) continue;
    const base = m[1]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** The relative links of one Markdown text ([text](target), not URLs). */
export function relativeLinks(file: string, text: string): Link[] {
  return proseLines(text).flatMap(({ line, text: t }) =>
    [...t.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
      .map((m) => m[1])
      .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
      .map((target) => ({ file, line, target })));
}

/** Why a link does not resolve, or undefined when it does. */
export function brokenReason(root: string, link: Link): string | undefined {
  const [path, fragment] = link.target.split("#", 2) as [string, string | undefined];
  const from = join(root, link.file);
  const to = path === "" ? from : resolve(dirname(from), decodeURIComponent(path));
  if (relative(root, to).startsWith("..")) return `${link.target} leaves the repository`;
  if (!existsSync(to)) return `${relative(root, to)} does not exist`;
  if (fragment === undefined) return undefined;
  if (!to.endsWith(".md")) return `#${fragment} on a file that is not Markdown`;
  if (!headingAnchors(readFileSync(to, "utf8")).has(fragment)) return `${relative(root, to)} has no heading #${fragment}`;
  return undefined;
}

/** Every broken relative link of the repository's Markdown, as "file:line: target: reason". */
export function brokenLinks(root: string): string[] {
  return markdownFiles(root).flatMap((file) =>
    relativeLinks(file, readFileSync(join(root, file), "utf8")).flatMap((link) => {
      const reason = brokenReason(root, link);
      return reason ? [`${link.file}:${link.line}: ${link.target}: ${reason}`] : [];
    }));
}
