// The drift report: what the engine's JSON plans say, per construct, for people
// (one line per resource, Markdown) and for programs (JSON). Pure functions, so
// they are tested on plan documents without an engine.

/** The parts of `show -json PLANFILE` the report reads. */
export interface PlanJson {
  resource_drift?: ResourceChangeJson[];
  resource_changes?: ResourceChangeJson[];
}

interface ResourceChangeJson {
  address: string;
  type: string;
  name: string;
  change: { actions: string[]; before: unknown; after: unknown };
}

/** One attribute that differs: what the stack deployed, and what the host has. */
export interface AttributeChange {
  attribute: string;
  expected: unknown;
  actual: unknown;
}

export interface DriftedResource {
  constructPath: string;
  address: string;
  /** The host no longer has the object at all. */
  gone: boolean;
  attributes: AttributeChange[];
}

export interface UndeployedChange {
  constructPath: string;
  address: string;
  actions: string[];
}

export interface DriftReport {
  stack: string;
  drift: DriftedResource[];
  undeployed: UndeployedChange[];
}

/** The construct path cdktf records for each resource in its metadata ("//"). */
function constructPath(synthesized: any, type: string, name: string): string {
  return synthesized?.resource?.[type]?.[name]?.["//"]?.metadata?.path ?? `${type}.${name}`;
}

/** Leaf attributes that differ between two values, by dotted path (list items by index). */
export function changedAttributes(before: unknown, after: unknown, prefix = ""): AttributeChange[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => changedAttributes(before[k], after[k], prefix ? `${prefix}.${k}` : k));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ attribute: prefix, expected: before ?? null, actual: after ?? null }];
}

/**
 * Drift is a difference in what the stack declared: the attributes set in its
 * configuration. What a provider only computes or fills in (a pool's free space,
 * an unset list read back as []) changes on its own and is not drift; constructs
 * therefore declare the defaults they rely on (a NAT's masquerade, a server's running).
 */
function declared(synthesized: any, type: string, name: string, attribute: string): boolean {
  return synthesized?.resource?.[type]?.[name]?.[attribute] !== undefined;
}

export function driftReport(stack: string, synthesized: unknown, refreshOnly: PlanJson, codeOnly: PlanJson): DriftReport {
  const drift = (refreshOnly.resource_drift ?? [])
    .filter((r) => !r.change.actions.every((a) => a === "no-op"))
    .map((r) => {
      const gone = r.change.after === null || r.change.actions.includes("delete");
      const attributes = gone ? [] : changedAttributes(r.change.before, r.change.after)
        .filter((a) => declared(synthesized, r.type, r.name, a.attribute.split(".")[0]));
      return { constructPath: constructPath(synthesized, r.type, r.name), address: r.address, gone, attributes };
    })
    .filter((d) => d.gone || d.attributes.length > 0)
    .sort((a, b) => a.address.localeCompare(b.address));
  const undeployed = (codeOnly.resource_changes ?? [])
    .filter((r) => !r.change.actions.every((a) => a === "no-op" || a === "read"))
    .map((r) => ({ constructPath: constructPath(synthesized, r.type, r.name), address: r.address, actions: r.change.actions }))
    .sort((a, b) => a.address.localeCompare(b.address));
  return { stack, drift, undeployed };
}

const cell = (v: unknown) => `\`${JSON.stringify(v).replace(/`/g, "'").replace(/\|/g, "\\|")}\``;

export function markdown(report: DriftReport): string {
  const lines = [`# Drift of stack \`${report.stack}\``, ""];
  if (!report.drift.length) lines.push("No drift: the host is what the stack deployed.", "");
  for (const d of report.drift) {
    lines.push(`## ${d.constructPath}`, "", `\`${d.address}\`${d.gone ? ": gone from the host" : ""}`, "");
    if (d.attributes.length) {
      lines.push("| attribute | expected | actual |", "|---|---|---|");
      for (const a of d.attributes) lines.push(`| ${a.attribute} | ${cell(a.expected)} | ${cell(a.actual)} |`);
      lines.push("");
    }
  }
  lines.push("## Not yet deployed", "");
  if (!report.undeployed.length) lines.push("Nothing: the code is what was deployed.");
  for (const u of report.undeployed) lines.push(`- ${u.constructPath} (\`${u.address}\`): ${u.actions.join(", ")}`);
  return lines.join("\n") + "\n";
}
