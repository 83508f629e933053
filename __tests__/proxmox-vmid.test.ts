// VMIDs on a Proxmox cluster: telmate replaces a guest whose vmid changes, disks and
// all, so a guest's derived VMID depends on its own construct path only. Adding,
// removing or reordering other guests, or renaming a guest's VM name, never moves
// it; a collision is refused at synth naming both guests, never moved to a free id.
import { TerraformStack, Testing } from "cdktf";
import { KvmGuest, LxcContainer, ProxmoxNode } from "../constructs";
import { NODE } from "./support/proxmox";

const NAMES = ["web", "db", "cache", "queue", "z", "a", "mail", "dns", "ci", "vault", "log", "proxy"];

type Outcome = { vmids: Map<string, number> } | { error: string };

/**
 * Builds the guests `names`, in that order (even-numbered as VMs, the others as
 * containers), in a range of `size` ids, and reads each one's vmid from its
 * resource; with `synth`, from the synthesized JSON instead.
 */
function deploy(names: string[], size: number, opts: { renamed?: boolean; synth?: boolean } = {}): Outcome {
  const stack = new TerraformStack(Testing.app(), "test");
  const node = new ProxmoxNode(stack, "pve", { ...NODE, vmidRange: { first: 20000, last: 20000 + size - 1 } });
  try {
    const read = names.map((id): [string, () => number] => {
      const name = opts.renamed ? `${id}-renamed` : id;
      if (NAMES.indexOf(id) % 2 === 0) {
        const vm = new KvmGuest(stack, id, { host: node, name, proxmox: { clone: { template: "debian-12-ci" } } });
        return [id, () => vm.proxmoxVm!.vmidInput!];
      }
      const ct = new LxcContainer(stack, id, { host: node, name, proxmox: { ostemplate: "local:vztmpl/debian-12.tar.zst" } });
      return [id, () => (ct.dependable as unknown as { vmidInput: number }).vmidInput];
    });
    // A refused VMID is thrown at synth, with every other refusal of the app (issue 31).
    const json = JSON.parse(Testing.synth(stack));
    if (!opts.synth) return { vmids: new Map(read.map(([id, vmid]) => [id, vmid()])) };
    const synthesized = new Map<string, number>();
    for (const type of ["proxmox_vm_qemu", "proxmox_lxc"]) {
      for (const [address, r] of Object.entries<any>(json.resource[type] ?? {})) synthesized.set(address.split("_")[0], r.vmid);
    }
    return { vmids: synthesized };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** A deterministic sequence of scenarios: subsets of NAMES in shuffled orders (a fixed-seed LCG). */
function scenarios(count: number): string[][] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    const subset = NAMES.filter(() => next() < 0.6);
    for (let i = subset.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [subset[i], subset[j]] = [subset[j], subset[i]];
    }
    return subset;
  });
}

test.each([10000, 40])("in a range of %i ids, a guest's VMID is the same in every set and order of guests around it", (size) => {
  const seen = new Map<string, number>();
  let collisions = 0;
  for (const names of scenarios(50)) {
    const outcome = deploy(names, size);
    if ("error" in outcome) {
      // Refused, naming both guests and what to do; never a VMID moved.
      expect(outcome.error).toMatch(/^test\/(\w+): the VMID \d+ derived from this guest's path is taken: test\/(\w+) proxmox\.vmid has it\. Give one of the two an explicit proxmox\.vmid/);
      collisions++;
      continue;
    }
    for (const [id, vmid] of outcome.vmids) {
      expect(vmid).toBeGreaterThanOrEqual(20000);
      expect(vmid).toBeLessThan(20000 + size);
      if (seen.has(id)) expect([id, vmid]).toEqual([id, seen.get(id)]);
      seen.set(id, vmid);
    }
  }
  expect(seen.size).toBe(NAMES.length);
  // The small range makes collisions happen, so the refusal is exercised; the default one has none for these names.
  if (size === 40) expect(collisions).toBeGreaterThan(0);
  else expect(collisions).toBe(0);
});

test("renaming the VMs (their name prop) keeps every VMID, and the synthesized vmids are the resources'", () => {
  const before = deploy(NAMES, 10000) as { vmids: Map<string, number> };
  const after = deploy(NAMES, 10000, { renamed: true, synth: true }) as { vmids: Map<string, number> };
  expect(new Map([...after.vmids].sort())).toEqual(new Map([...before.vmids].sort()));
  expect(after.vmids.size).toBe(NAMES.length);
});

test("an explicit VMID that a derived one already has is refused, naming the other guest", () => {
  const derived = (deploy(["web"], 10000) as { vmids: Map<string, number> }).vmids.get("web")!;
  const stack = new TerraformStack(Testing.app(), "test");
  const node = new ProxmoxNode(stack, "pve", { ...NODE, vmidRange: { first: 20000, last: 29999 } });
  new KvmGuest(stack, "web", { host: node, name: "web", proxmox: { clone: { template: "t" } } });
  new KvmGuest(stack, "db", { host: node, name: "db", proxmox: { clone: { template: "t" }, vmid: derived } });
  expect(() => Testing.synth(stack)).toThrow(`test/db: proxmox.vmid "${derived}" is invalid: VMID on https://pve1.example.org:8006/api2/json must be unique within the app, but test/web proxmox.vmid already uses it`);
});
