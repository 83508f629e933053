// The drift report: what the engine's JSON plans say, per construct, for people
// (one line per resource, Markdown) and for programs (JSON). Pure functions, so
// they are tested on plan documents without an engine.

/** The parts of `show -json PLANFILE` the report reads. */
export interface PlanJson {
  resource_drift?: ResourceChangeJson[];
  resource_changes?: ResourceChangeJson[];
}

export interface ResourceChangeJson {
  address: string;
  type: string;
  name: string;
  mode?: string;
  change: {
    actions: string[]; before: unknown; after: unknown; after_unknown?: Record<string, unknown>;
    /** Same shape as before/after, `true` where the value is sensitive. */
    before_sensitive?: unknown; after_sensitive?: unknown;
    /** Attribute paths that force the replacement. */
    replace_paths?: (string | number)[][];
  };
  /** Why the engine plans this action, e.g. "replace_by_triggers". */
  action_reason?: string;
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
  /** The host reached over SSH the resource is on (its LinuxHost's path and address); absent for this machine. */
  host?: string;
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
export function constructPath(synthesized: any, type: string, name: string): string {
  return synthesized?.resource?.[type]?.[name]?.["//"]?.metadata?.path ?? `${type}.${name}`;
}

/**
 * The remote host a resource is made on: the `ssh` block of the provider
 * configuration (alias) it names, as "PATH (ADDRESS)"; undefined for this machine.
 */
export function hostOf(synthesized: any, type: string, name: string): string | undefined {
  const provider = synthesized?.resource?.[type]?.[name]?.provider;
  if (typeof provider !== "string" || !provider.includes(".")) return undefined;
  const [providerType, alias] = provider.split(".");
  const configs = synthesized?.provider?.[providerType];
  const ssh = (Array.isArray(configs) ? configs : [configs]).find((c) => c?.alias === alias)?.ssh;
  return ssh ? `${ssh.name} (${ssh.host})` : undefined;
}

/** What a sensitive value shows as in every report. */
export const MASK = "(sensitive)";

/** Whether the dotted `path` is marked sensitive in a before_sensitive/after_sensitive tree. */
export function isSensitive(tree: unknown, path: string): boolean {
  let node: unknown = tree;
  if (node === true) return true;
  for (const part of path === "" ? [] : path.split(".")) {
    if (typeof node !== "object" || node === null) return false;
    node = (node as Record<string, unknown>)[part];
    if (node === true) return true;
  }
  return false;
}

/** The attribute changes of one resource change, with sensitive values masked. */
export function maskedChanges(change: ResourceChangeJson["change"], intoLists = false): AttributeChange[] {
  return changedAttributes(change.before, change.after, "", intoLists).map((a) =>
    isSensitive(change.before_sensitive, a.attribute) || isSensitive(change.after_sensitive, a.attribute)
      ? { attribute: a.attribute, expected: MASK, actual: MASK }
      : a);
}

/** Leaf attributes that differ between two values, by dotted path (list items by index). */
export function changedAttributes(before: unknown, after: unknown, prefix = "", intoLists = false): AttributeChange[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  const join = (k: string | number) => (prefix ? `${prefix}.${k}` : String(k));
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => changedAttributes(before[k], after[k], join(k), intoLists));
  }
  // Lists of one length, item by item (a NIC's MAC, not the whole NIC list).
  if (intoLists && Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, i) => changedAttributes(item, after[i], join(i), intoLists));
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
export function declared(synthesized: any, type: string, name: string, attribute: string): boolean {
  return synthesized?.resource?.[type]?.[name]?.[attribute] !== undefined;
}

/**
 * The owner mark an object carries on the host, as the provider read it. Not in
 * the configuration (the configured mark is), yet a change of it is the drift
 * that matters most: the object is now another's, or no one's, and apply will
 * refuse to touch it.
 */
export const FOUND_MARK = "found_mark";

/**
 * The report from one plan with refresh: `resource_drift` is what the refresh
 * found changed outside the engine; `resource_changes` mixes the repair of that
 * drift with code not yet deployed. A change is code not yet deployed when a
 * declared attribute's planned value differs from what was last deployed (the
 * state before the refresh). Changes that only follow from others are not: a
 * replacement triggered by another resource (replace_triggered_by), or values
 * not known until another resource is made again.
 */
export function driftReport(stack: string, synthesized: unknown, plan: PlanJson): DriftReport {
  const drifted = new Map((plan.resource_drift ?? []).map((r) => [r.address, r]));
  const drift = (plan.resource_drift ?? [])
    .filter((r) => !r.change.actions.every((a) => a === "no-op"))
    .map((r) => {
      const gone = r.change.after === null || r.change.actions.includes("delete");
      const attributes = gone ? [] : maskedChanges(r.change)
        .filter((a) => a.attribute === FOUND_MARK || declared(synthesized, r.type, r.name, a.attribute.split(".")[0]));
      const host = hostOf(synthesized, r.type, r.name);
      return { constructPath: constructPath(synthesized, r.type, r.name), address: r.address, ...(host ? { host } : {}), gone, attributes };
    })
    .filter((d) => d.gone || d.attributes.length > 0)
    .sort((a, b) => a.address.localeCompare(b.address));
  const undeployed = (plan.resource_changes ?? [])
    .filter((r) => !r.change.actions.every((a) => a === "no-op" || a === "read"))
    .filter((r) => r.action_reason !== "replace_by_triggers")
    .filter((r) => {
      const deployed = drifted.get(r.address)?.change.before ?? r.change.before;
      // Made anew after it was found gone: the repair of drift, not new code.
      if (drifted.get(r.address)?.change.after === null) return false;
      if (deployed === null || deployed === undefined) return true; // a resource the code adds
      if (r.change.after === null) return true; // one the code removes
      const unknown = r.change.after_unknown ?? {};
      return Object.keys(r.change.after as object).some((attribute) =>
        declared(synthesized, r.type, r.name, attribute) &&
        knownDiffers((r.change.after as any)[attribute], (deployed as any)[attribute], unknown[attribute]));
    })
    .map((r) => ({ constructPath: constructPath(synthesized, r.type, r.name), address: r.address, actions: r.change.actions }))
    .sort((a, b) => a.address.localeCompare(b.address));
  return { stack, drift, undeployed };
}

/**
 * Whether a planned value differs from the deployed one where the plan knows it.
 * `unknown` is the value's after_unknown, of the same shape: `true` where a value
 * waits on another resource (a list item, a block's attribute, at any depth),
 * and those places are not compared. A list of another length differs.
 */
export function knownDiffers(after: unknown, before: unknown, unknown: unknown): boolean {
  if (unknown === true) return false;
  if (Array.isArray(unknown) || (typeof unknown === "object" && unknown !== null)) {
    if (Array.isArray(after) && Array.isArray(before)) {
      if (after.length !== before.length) return true;
      return after.some((item, i) => knownDiffers(item, before[i], (unknown as unknown[])[i]));
    }
    const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
    if (isObject(after) && isObject(before)) {
      return [...new Set([...Object.keys(after), ...Object.keys(before)])]
        .some((k) => knownDiffers(after[k], before[k], (unknown as Record<string, unknown>)[k]));
    }
  }
  return JSON.stringify(after) !== JSON.stringify(before);
}

const cell = (v: unknown) => `\`${JSON.stringify(v).replace(/`/g, "'").replace(/\|/g, "\\|")}\``;

export function markdown(report: DriftReport): string {
  const lines = [`# Drift of stack \`${report.stack}\``, ""];
  if (!report.drift.length) lines.push("No drift: the host is what the stack deployed.", "");
  for (const d of report.drift) {
    lines.push(`## ${d.constructPath}`, "", `\`${d.address}\`${d.host ? ` on host ${d.host}` : ""}${d.gone ? ": gone from the host" : ""}`, "");
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
