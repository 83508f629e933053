// The plan summary for code review: what a saved plan will do, per construct, with
// what a reviewer must not miss (possible data loss, new addresses, reboots, NICs
// that move) at the top, sensitive values masked, and drift found by the refresh
// shown apart. Pure functions over `show -json` documents, tested without an engine.
import {
  AttributeChange, constructPath, declared, driftReport, DriftedResource, isSensitive, MASK, maskedChanges, PlanJson, ResourceChangeJson,
} from "./drift-report";

export type Action = "create" | "update" | "replace" | "destroy";

export interface ResourceReview {
  constructPath: string;
  address: string;
  action: Action;
  /** Changed attributes; for a create, the declared ones it is made with. */
  attributes: AttributeChange[];
  /** Attributes that force a replacement. */
  forcedBy: string[];
}

export type WarningKind = "data-loss" | "new-address" | "reboot" | "nic-moves";

export interface ReviewWarning {
  kind: WarningKind;
  constructPath: string;
  address: string;
  /** What happens and why, for a person. */
  message: string;
}

export interface ReviewSummary {
  stack: string;
  counts: Record<Action, number>;
  warnings: ReviewWarning[];
  /** Changes grouped by the construct that owns the resources (the L1's parent path). */
  groups: { construct: string; changes: ResourceReview[] }[];
  drift: DriftedResource[];
}

/** Guests, and what their replacement or removal loses. */
const GUESTS: Record<string, string> = {
  hyperlab_kvm_domain: "the domain is destroyed and defined again: the running guest stops; its disk images stay unless they are replaced too",
  hyperlab_lxc_container: "the container and its root filesystem are destroyed",
  hyperlab_virtualbox_vm: "the VM and its own disk are deleted (unregistervm --delete)",
  hyperlab_vmware_vm: "the VM and its files are deleted",
  proxmox_vm_qemu: "the VM and its disks are destroyed",
  proxmox_lxc: "the container and its root filesystem are destroyed",
};
/** Disks and the storage that holds them. */
const DISKS: Record<string, string> = {
  hyperlab_kvm_volume: "the disk image and everything written to it are deleted",
  hyperlab_kvm_image: "the base image is deleted (refused while guests' overlays use it) and fetched again, verified, on replacement",
};
/** Attributes whose in-place change restarts the guest, per type. */
const RESTARTS: Record<string, RegExp> = {
  hyperlab_kvm_domain: /^(type|vcpus|memory_mib|cpu_mode|machine|firmware|graphics|kernel|initrd|cmdline|disks|seed|nics|agent)(\.|$)/,
  hyperlab_lxc_container: /^restart_triggers(\.|$)/,
  hyperlab_virtualbox_vm: /^(cpus|memory_mib|nics)(\.|$)/,
  // mark: a .vmx key like the others, so a change is written with them, the VM stopped first.
  hyperlab_vmware_vm: /^(cpus|memory_mib|nics|disks|guest_os|display_name|mark)(\.|$)/,
  proxmox_vm_qemu: /^(cores|sockets|vcpus|memory|cpu|bios|machine|network|disks)(\.|$)/,
};
const MAC_ATTRIBUTE = /(^|\.)(mac|macaddr|hwaddr)$/;
const LINK_ATTRIBUTE = /^(network_interface|nics|network)\.(\d+)\.(bridge|vnet|adapter)$/;

function action(actions: string[]): Action | undefined {
  if (actions.includes("delete") && actions.includes("create")) return "replace";
  if (actions.includes("create")) return "create";
  if (actions.includes("delete")) return "destroy";
  if (actions.includes("update")) return "update";
  return undefined;
}

/** Declared top-level values a resource is created with (masked), for the details. */
function createdWith(synthesized: unknown, r: ResourceChangeJson): AttributeChange[] {
  const after = (r.change.after ?? {}) as Record<string, unknown>;
  return Object.keys(after).sort()
    .filter((k) => declared(synthesized, r.type, r.name, k))
    .map((k) => ({ attribute: k, expected: null, actual: isSensitive(r.change.after_sensitive, k) ? MASK : after[k] }));
}

/** Declared attributes that change, masked; values computed at apply say so. */
function changesOf(synthesized: unknown, r: ResourceChangeJson): AttributeChange[] {
  return maskedChanges(r.change, true)
    .filter((a) => declared(synthesized, r.type, r.name, a.attribute.split(".")[0]))
    .map((a) => (a.actual === null && isSensitive(r.change.after_unknown, a.attribute) ? { ...a, actual: "(known after apply)" } : a));
}

const shown = (v: unknown) => `\`${JSON.stringify(v)}\``;

function warningsFor(review: ResourceReview, type: string): ReviewWarning[] {
  const at = { constructPath: review.constructPath, address: review.address };
  const out: ReviewWarning[] = [];
  const loses = GUESTS[type] ?? DISKS[type];
  if (loses && (review.action === "replace" || review.action === "destroy")) {
    const cause = review.action === "replace"
      ? `replaced${review.forcedBy.length ? ` (forced by ${review.forcedBy.map((p) => `\`${p}\``).join(", ")})` : ""}`
      : "destroyed";
    out.push({ kind: "data-loss", ...at, message: `${cause}; ${loses}` });
  }
  if (review.action === "update" || review.action === "replace") {
    for (const a of review.attributes) {
      if (MAC_ATTRIBUTE.test(a.attribute) && a.expected !== null && a.expected !== MASK) {
        out.push({ kind: "new-address", ...at, message: `\`${a.attribute}\` changes from ${shown(a.expected)} to ${shown(a.actual)}: a new DHCP lease, so likely a new address` });
      }
      const link = LINK_ATTRIBUTE.exec(a.attribute);
      if (link && a.expected !== null) {
        out.push({ kind: "nic-moves", ...at, message: `NIC ${link[2]} moves from ${shown(a.expected)} to ${shown(a.actual)}` });
      }
    }
  }
  const restarts = RESTARTS[type];
  if (review.action === "update" && restarts) {
    const causes = review.attributes.map((a) => a.attribute).filter((p) => restarts.test(p));
    if (causes.length) out.push({ kind: "reboot", ...at, message: `restarts in place, because ${causes.map((p) => `\`${p}\``).join(", ")} changed` });
  }
  return out;
}

const KIND_ORDER: WarningKind[] = ["data-loss", "new-address", "nic-moves", "reboot"];

export function reviewSummary(stack: string, synthesized: unknown, plan: PlanJson): ReviewSummary {
  const counts: Record<Action, number> = { create: 0, update: 0, replace: 0, destroy: 0 };
  const warnings: ReviewWarning[] = [];
  const byConstruct = new Map<string, ResourceReview[]>();
  for (const r of plan.resource_changes ?? []) {
    if (r.mode === "data") continue;
    const act = action(r.change.actions);
    if (!act) continue;
    counts[act]++;
    const path = constructPath(synthesized, r.type, r.name);
    const review: ResourceReview = {
      constructPath: path, address: r.address, action: act,
      attributes: act === "create" ? createdWith(synthesized, r) : act === "destroy" ? [] : changesOf(synthesized, r),
      forcedBy: (r.change.replace_paths ?? []).map((p) => p.join(".")).sort(),
    };
    warnings.push(...warningsFor(review, r.type));
    const construct = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : path;
    byConstruct.set(construct, [...(byConstruct.get(construct) ?? []), review]);
  }
  warnings.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.address.localeCompare(b.address));
  const groups = [...byConstruct.entries()].sort(([a], [b]) => a.localeCompare(b))
    .map(([construct, changes]) => ({ construct, changes: changes.sort((a, b) => a.address.localeCompare(b.address)) }));
  return { stack, counts, warnings, groups, drift: driftReport(stack, synthesized, plan).drift };
}

const cell = (v: unknown) => (v === null ? "" : `\`${JSON.stringify(v).replace(/`/g, "'").replace(/\|/g, "\\|")}\``);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const HEADINGS: Record<WarningKind, string> = {
  "data-loss": "Possible data loss",
  "new-address": "New DHCP lease (MAC changes)",
  "nic-moves": "NIC moves to another network",
  reboot: "Guest restarts",
};

/** The summary as a pull request comment: counts and warnings open, details collapsed. */
export function reviewMarkdown(s: ReviewSummary): string {
  const { create, update, replace, destroy } = s.counts;
  const total = create + update + replace + destroy;
  const lines = [`### Plan for stack \`${s.stack}\``, ""];
  lines.push(total === 0 ? "**No changes.**" : `**${create} to create, ${update} to update in place, ${replace} to replace, ${destroy} to destroy.**`);
  lines.push(s.drift.length ? `Drift: ${plural(s.drift.length, "resource")} changed outside the engine (below, apart from the code's changes).` : "No drift found by the refresh.", "");
  for (const kind of KIND_ORDER) {
    const ws = s.warnings.filter((w) => w.kind === kind);
    if (!ws.length) continue;
    lines.push(`#### ${kind === "data-loss" ? "⚠️ " : ""}${HEADINGS[kind]}`, "");
    for (const w of ws) lines.push(`- **${w.constructPath}** (\`${w.address}\`): ${w.message}`);
    lines.push("");
  }
  if (total > 0) {
    lines.push(`<details><summary>Changes by construct (${plural(total, "resource")})</summary>`, "");
    for (const g of s.groups) {
      lines.push(`**${g.construct}**`, "");
      for (const c of g.changes) {
        const forced = c.forcedBy.length ? `, forced by ${c.forcedBy.map((p) => `\`${p}\``).join(", ")}` : "";
        if (lines[lines.length - 1].startsWith("  |")) lines.push("");
        lines.push(`- ${c.action} \`${c.address}\`${forced}`);
        if (c.attributes.length) {
          lines.push("", c.action === "create" ? "  | attribute | value |" : "  | attribute | before | after |", c.action === "create" ? "  |---|---|" : "  |---|---|---|");
          for (const a of c.attributes) {
            lines.push(c.action === "create" ? `  | ${a.attribute} | ${cell(a.actual)} |` : `  | ${a.attribute} | ${cell(a.expected)} | ${cell(a.actual)} |`);
          }
        }
      }
      lines.push("");
    }
    lines.push("</details>", "");
  }
  if (s.drift.length) {
    lines.push(`<details><summary>Drift found by the refresh (${plural(s.drift.length, "resource")})</summary>`, "");
    for (const d of s.drift) {
      lines.push(`- **${d.constructPath}** (\`${d.address}\`)${d.gone ? ": gone from the host" : ""}`);
      for (const a of d.attributes) lines.push(`  - ${a.attribute}: deployed ${cell(a.expected)}, now ${cell(a.actual)}`);
    }
    lines.push("", "</details>", "");
  }
  return lines.join("\n");
}
