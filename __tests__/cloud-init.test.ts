// cloud-init as users write it: the typed cloud-config props of KvmGuest.cloudInit
// (packages, files, commands, APT) and the raw userData escape hatch, merged with
// what the construct generates into one #cloud-config document. Every seed these
// tests synthesize is also handed to the real `cloud-init schema` at the end.
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { Construct } from "constructs";
import { parse as parseYaml } from "yaml";
import { BridgedNetwork, KvmGuest, LinuxHost, ProxmoxNode } from "../constructs";
import { CLOUD_CONFIG_KEYS } from "../constructs/guests/cloud-config";
import { errorOn } from "./support/proxmox";
import { cloudInitSchemaCheck as schemaCheck, only, readAsCloudInit, synth, synthError } from "./support/synth";

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample user@host";
const PGP = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGExample\n=abcd\n-----END PGP PUBLIC KEY BLOCK-----\n";

/** Every user-data and vendor-data document synthesized here, for the `cloud-init schema` check at the end. */
const seen: { name: string; userData: string }[] = [];

const lan = (stack: Construct, host: LinuxHost) => new BridgedNetwork(stack, "lan", { host, bridgeName: "hlbr0", cidr: "10.40.0.0/24" });

/** The seed of a guest with `cloudInit` (user debian, one key, one static NIC) and `more` in it. */
function seedWith(name: string, more: object, user: string | undefined = "debian") {
  const json = synth((stack, host) => {
    new KvmGuest(stack, "vm", {
      host, name: "vm1", bootImage: "/srv/a.qcow2",
      nics: [{ network: lan(stack, host), address: "10.40.0.20", mac: "52:54:00:00:00:20" }],
      cloudInit: { user, sshKeys: [KEY], nameservers: ["10.40.0.1"], ...more },
    });
  });
  const seed = only(json, "hyperlab_kvm_seed")[0];
  seen.push({ name, userData: seed.user_data.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{") });
  if (seed.vendor_data !== undefined) seen.push({ name: `${name} (vendor-data)`, userData: seed.vendor_data.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{") });
  return { seed, doc: readAsCloudInit(seed.user_data), instanceId: readAsCloudInit(seed.meta_data)["instance-id"] as string };
}

const refusal = (more: object) => synthError((stack, host) => {
  new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", cloudInit: { user: "debian", sshKeys: [KEY], ...more } });
});

describe("typed cloud-config props", () => {
  test("without them the document is the construct's own, byte for byte as before", () => {
    const plain = seedWith("plain", {});
    expect(Object.keys(plain.doc)).toEqual(["hostname", "preserve_hostname", "users", "write_files"]);
    // Given empty, the props add nothing: the same seed, the same instance-id.
    expect(seedWith("empty lists", { packages: [], writeFiles: [], runCommands: [], bootCommands: [], aptSources: [] }).seed)
      .toEqual(plain.seed);
  });

  test("packages, update and upgrade become packages, package_update, package_upgrade", () => {
    const { doc } = seedWith("packages", { packages: ["nginx", "postgresql-15", "g++", "on"], packageUpdate: true, packageUpgrade: false });
    expect(doc.packages).toEqual(["nginx", "postgresql-15", "g++", "on"]);
    expect(doc.package_update).toBe(true);
    expect(doc.package_upgrade).toBe(false);
  });

  test("writeFiles follow the authorized_keys entry the construct writes, with every field as given", () => {
    const gz = gzipSync(Buffer.from("hello\n")).toString("base64");
    const { doc } = seedWith("write_files", { writeFiles: [
      { path: "/etc/motd", content: "welcome ${USER} %{x}\n" },
      { path: "/usr/local/bin/hello", content: "#!/bin/sh\necho hi\n", permissions: "0755", owner: "root:root" },
      { path: "/srv/data.bin", content: Buffer.from("\u0001\u0002").toString("base64"), encoding: "b64", defer: true, owner: "debian:debian" },
      { path: "/srv/hello.txt", content: gz, encoding: "gzip+b64", append: true },
    ] });
    expect(doc.write_files.map((f: any) => f.path)).toEqual(["/home/debian/.ssh/authorized_keys", "/etc/motd", "/usr/local/bin/hello",
      "/srv/data.bin", "/srv/hello.txt"]);
    expect(doc.write_files[1]).toEqual({ path: "/etc/motd", content: "welcome ${USER} %{x}\n" });
    expect(doc.write_files[2]).toEqual({ path: "/usr/local/bin/hello", content: "#!/bin/sh\necho hi\n", permissions: "0755", owner: "root:root" });
    expect(doc.write_files[3]).toMatchObject({ encoding: "b64", defer: true, owner: "debian:debian" });
    expect(doc.write_files[4]).toMatchObject({ encoding: "gz+b64", append: true, content: gz });
  });

  test("runCommands and bootCommands: argv lists stay lists, a shell line stays a string", () => {
    const { doc } = seedWith("commands", {
      runCommands: [{ argv: ["systemctl", "enable", "--now", "nginx"] }, { shell: "echo $(hostname) > /tmp/name && sync" }],
      bootCommands: [{ argv: ["sh", "-c", "echo boot >> /var/log/boots"] }],
    });
    expect(doc.runcmd).toEqual([["systemctl", "enable", "--now", "nginx"], "echo $(hostname) > /tmp/name && sync"]);
    expect(doc.bootcmd).toEqual([["sh", "-c", "echo boot >> /var/log/boots"]]);
  });

  test("aptSources and aptProxy become apt.sources (by name, with the key) and apt.proxy", () => {
    const { doc } = seedWith("apt", {
      aptSources: [{ name: "pgdg", source: "deb [signed-by=$KEY_FILE] http://apt.example.org/pub bookworm-pgdg main", key: PGP },
        { name: "no", source: "deb http://mirror.example.org/debian $RELEASE main" }],
      aptProxy: "http://10.40.0.1:3142",
    });
    expect(doc.apt).toEqual({
      sources: { pgdg: { source: "deb [signed-by=$KEY_FILE] http://apt.example.org/pub bookworm-pgdg main", key: PGP },
        no: { source: "deb http://mirror.example.org/debian $RELEASE main" } },
      proxy: "http://10.40.0.1:3142",
    });
  });

  test("an edit changes the seed's instance-id, so the guest runs cloud-init again", () => {
    const a = seedWith("iid a", { packages: ["nginx"] });
    const b = seedWith("iid b", { packages: ["nginx", "curl"] });
    const c = seedWith("iid c", { runCommands: [{ shell: "true" }] });
    expect(new Set([a.instanceId, b.instanceId, c.instanceId, seedWith("iid plain", {}).instanceId]).size).toBe(4);
    expect(seedWith("iid a again", { packages: ["nginx"] }).instanceId).toBe(a.instanceId);
  });

  test.each([
    ["a package name with a space", { packages: ["nginx curl"] }, 'cloudInit.packages[0] "nginx curl" is invalid: a Debian package name'],
    ["an upper-case package name", { packages: ["Nginx"] }, "cloudInit.packages[0]"],
    ["a relative file path", { writeFiles: [{ path: "etc/motd", content: "x" }] }, 'cloudInit.writeFiles[0].path "etc/motd" is invalid: an absolute, clean path'],
    ["a path with ..", { writeFiles: [{ path: "/etc/../root/x", content: "x" }] }, "cloudInit.writeFiles[0].path"],
    ["a path with //", { writeFiles: [{ path: "/etc//motd", content: "x" }] }, "cloudInit.writeFiles[0].path"],
    ["a path with a trailing /", { writeFiles: [{ path: "/etc/motd/", content: "x" }] }, "cloudInit.writeFiles[0].path"],
    ["a path with a newline", { writeFiles: [{ path: "/etc/mo\ntd", content: "x" }] }, "cloudInit.writeFiles[0].path"],
    ["numeric permissions", { writeFiles: [{ path: "/x", content: "x", permissions: 644 }] }, "cloudInit.writeFiles[0].permissions 644 is invalid"],
    ["permissions without the 0", { writeFiles: [{ path: "/x", content: "x", permissions: "644" }] }, 'permissions "644" is invalid: an octal mode'],
    ["permissions with an 8", { writeFiles: [{ path: "/x", content: "x", permissions: "0648" }] }, "cloudInit.writeFiles[0].permissions"],
    ["an owner without a group", { writeFiles: [{ path: "/x", content: "x", owner: "root" }] }, 'owner "root" is invalid: "user:group"'],
    ["an owner with a space", { writeFiles: [{ path: "/x", content: "x", owner: "root: root" }] }, "cloudInit.writeFiles[0].owner"],
    ["an unknown encoding", { writeFiles: [{ path: "/x", content: "x", encoding: "zz" }] }, 'encoding "zz" is invalid: one of "text", "b64" or "gzip+b64"'],
    ["binary gzip", { writeFiles: [{ path: "/x", content: "x", encoding: "gzip" }] }, "base64-encode it"],
    ["b64 content that is not base64", { writeFiles: [{ path: "/x", content: "not base64!", encoding: "b64" }] }, "cloudInit.writeFiles[0].content"],
    ["gzip+b64 content that is not gzip", { writeFiles: [{ path: "/x", content: "aGVsbG8=", encoding: "gzip+b64" }] }, "it does not unpack"],
    ["a file written twice", { writeFiles: [{ path: "/x", content: "a" }, { path: "/x", content: "b" }] }, "write_files has /x twice"],
    ["the user's authorized_keys", { writeFiles: [{ path: "/home/debian/.ssh/authorized_keys", content: "k" }] }, "write_files has /home/debian/.ssh/authorized_keys twice"],
    ["a command with both forms", { runCommands: [{ argv: ["true"], shell: "true" }] }, "cloudInit.runCommands[0] an object is invalid: expected an object with exactly one of argv"],
    ["a bare string command", { runCommands: ["apt-get update"] }, 'cloudInit.runCommands[0] "apt-get update" is invalid'],
    ["an empty argv", { bootCommands: [{ argv: [] }] }, "cloudInit.bootCommands[0].argv"],
    ["a blank shell line", { runCommands: [{ shell: "  " }] }, "cloudInit.runCommands[0].shell"],
    ["an APT source that is not a deb line", { aptSources: [{ name: "x", source: "http://x" }] }, "cloudInit.aptSources[0].source"],
    ["an APT source name with a slash", { aptSources: [{ name: "../x", source: "deb http://x y z" }] }, "cloudInit.aptSources[0].name"],
    ["an APT key that is not a key block", { aptSources: [{ name: "x", source: "deb http://x y z", key: "ABCD" }] }, "cloudInit.aptSources[0].key"],
    ["an APT source named twice", { aptSources: [{ name: "x", source: "deb http://x y z" }, { name: "x", source: "deb http://x y w" }] }, 'aptSources[1].name "x" is given twice'],
    ["a proxy that is not a URL", { aptProxy: "10.40.0.1:3142" }, "cloudInit.aptProxy"],
    ["a proxy with a newline", { aptProxy: "http://x\nAcquire::x" }, "cloudInit.aptProxy"],
    ["a packageUpdate that is text", { packageUpdate: "yes" }, "cloudInit.packageUpdate"],
  ])("refuses %s, naming the construct and the prop", (_what, more, message) => {
    const error = refusal(more);
    expect(error).toContain("test/vm: ");
    expect(error).toContain(message);
  });

  test("a token is refused: the seed and its instance-id are made at synth", () => {
    const error = synthError((stack, host) => {
      const { TerraformVariable } = require("cdktf");
      const v = new TerraformVariable(stack, "pkg", { type: "string" });
      new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", cloudInit: { packages: [v.stringValue] } });
    });
    expect(error).toMatch(/^test\/vm: cloudInit\.packages\[0\] .* a token cannot be used here/);
  });
});

describe("userData", () => {
  test("an object merges with the construct's keys: lists joined (theirs first), new keys after", () => {
    const { doc } = seedWith("userData object", {
      packages: ["nginx"], runCommands: [{ argv: ["true"] }],
      userData: { packages: ["curl", ["vim", "2:9.0.1378-2"]], runcmd: ["echo user"], timezone: "Europe/Berlin", ntp: { enabled: true, servers: ["10.40.0.1"] },
        write_files: [{ path: "/etc/user", content: "u", permissions: "0600" }], preserve_hostname: false, hostname: "vm1" },
    });
    expect(doc.packages).toEqual(["nginx", "curl", ["vim", "2:9.0.1378-2"]]);
    expect(doc.runcmd).toEqual([["true"], "echo user"]);
    expect(doc.write_files.map((f: any) => f.path)).toEqual(["/home/debian/.ssh/authorized_keys", "/etc/user"]);
    expect(doc.timezone).toBe("Europe/Berlin");
    expect(doc.ntp).toEqual({ enabled: true, servers: ["10.40.0.1"] });
    expect(Object.keys(doc)).toEqual(["hostname", "preserve_hostname", "users", "write_files", "packages", "runcmd", "timezone", "ntp"]);
  });

  test("a #cloud-config document is read as cloud-init reads it (YAML 1.1) and merged the same way", () => {
    const text = "#cloud-config\n# from a file\npackages:\n  - htop\nruncmd:\n  - [touch, /tmp/done]\nmanage_etc_hosts: yes\n" +
      "write_files:\n  - path: /etc/x\n    content: |\n      line ${HOME}\n    permissions: '0640'\nlocale: en_US.UTF-8\n";
    const { doc } = seedWith("userData document", { packages: ["nginx"], userData: text });
    expect(doc.packages).toEqual(["nginx", "htop"]);
    expect(doc.runcmd).toEqual([["touch", "/tmp/done"]]);
    expect(doc.manage_etc_hosts).toBe(true);
    expect(doc.write_files[1]).toEqual({ path: "/etc/x", content: "line ${HOME}\n", permissions: "0640" });
    expect(doc.locale).toBe("en_US.UTF-8");
  });

  test("apt from userData merges with aptSources key by key", () => {
    const { doc } = seedWith("apt merge", { aptProxy: "http://10.40.0.1:3142", userData: { apt: { preserve_sources_list: true, sources: { extra: { source: "deb http://x.example.org/debian bookworm main" } } } } });
    expect(doc.apt).toEqual({ proxy: "http://10.40.0.1:3142", preserve_sources_list: true, sources: { extra: { source: "deb http://x.example.org/debian bookworm main" } } });
  });

  test("a userData hostname other than the guest's is refused with both values", () => {
    expect(refusal({ userData: { hostname: "other" } })).toBe('test/vm: cloudInit.userData sets hostname to "other", but the guest\'s ' +
      'cloud-config already has hostname: "vm1" (from the construct\'s props: name, cloudInit.user/sshKeys or the typed cloudInit props). ' +
      "Leave it out of one of them, or give both the same value");
  });

  test.each([
    ["a nested conflict", { aptProxy: "http://a:1", userData: { apt: { proxy: "http://b:2" } } }, 'sets apt.proxy to "http://b:2", but the guest\'s cloud-config already has apt.proxy: "http://a:1"'],
    ["a list against a scalar", { packages: ["x1"], userData: { packages: "curl" } }, "cloudInit.userData.packages"],
    ["packageUpdate against package_update", { packageUpdate: true, userData: { package_update: false } }, "sets package_update to false"],
    ["a key cloud-init does not know", { userData: { pakages: ["curl"] } }, 'cloudInit.userData.pakages "pakages" is invalid: not a top-level key of cloud-config'],
    ["a document without #cloud-config", { userData: "packages: [curl]\n" }, "cloudInit.userData"],
    ["a document that is not YAML", { userData: "#cloud-config\npackages: [curl\n" }, "YAML:"],
    ["a document that is a list", { userData: "#cloud-config\n- a\n" }, "expected a cloud-config object"],
    ["a document with a date", { userData: "#cloud-config\ntimezone: 2001-01-01\n" }, "cloudInit.userData.timezone"],
    ["a document with a duplicate key", { userData: "#cloud-config\nlocale: a\nlocale: b\n" }, "YAML:"],
    ["a merge key", { userData: { ntp: { "<<": { a: 1 } } } }, "YAML 1.1's merge key"],
    ["a float YAML would misread", { userData: { ntp: { x: 1e21 } } }, "cloudInit.userData.ntp.x"],
    ["a user write_files path that is relative", { userData: { write_files: [{ path: "x", content: "y" }] } }, "cloudInit.userData.write_files[0].path"],
    ["numeric permissions in a document", { userData: "#cloud-config\nwrite_files:\n  - path: /x\n    content: z\n    permissions: 0644\n" }, "cloudInit.userData.write_files[0].permissions 420 is invalid"],
    ["a user package name that is invalid", { userData: { packages: ["Bad Name"] } }, "cloudInit.userData.packages[0]"],
    ["a runcmd entry that is a mapping", { userData: { runcmd: [{ a: "b" }] } }, "cloudInit.userData.runcmd[0]"],
    ["a NUL in a value", { userData: { timezone: "UTC\u0000" } }, "cloudInit.userData.timezone"],
    ["a number as userData", { userData: 5 }, "cloudInit.userData"],
  ])("refuses %s", (_what, more, message) => {
    const error = refusal(more);
    expect(error).toContain("test/vm: ");
    expect(error).toContain(message);
  });

  test("the known keys include what the construct and the typed props write", () => {
    for (const key of ["hostname", "preserve_hostname", "users", "write_files", "ssh_authorized_keys", "packages", "package_update",
      "package_upgrade", "runcmd", "bootcmd", "apt"]) expect(CLOUD_CONFIG_KEYS.has(key)).toBe(true);
  });
});

describe("vendorData", () => {
  test("an object becomes the seed's vendor-data document, and the user-data stays as it was", () => {
    const plain = seedWith("no vendor", {});
    const { seed, doc } = seedWith("vendorData object", { vendorData: { timezone: "UTC", ntp: { enabled: true, servers: ["10.40.0.1"] }, runcmd: [["touch", "/tmp/vendor"]] } });
    expect(seed.vendor_data.startsWith("#cloud-config\n")).toBe(true);
    expect(readAsCloudInit(seed.vendor_data)).toEqual({ timezone: "UTC", ntp: { enabled: true, servers: ["10.40.0.1"] }, runcmd: [["touch", "/tmp/vendor"]] });
    expect(doc).toEqual(plain.doc);
    expect(plain.seed.vendor_data).toBeUndefined();
  });

  test("a #cloud-config document is read as cloud-init reads it (YAML 1.1)", () => {
    const { seed } = seedWith("vendorData document", { vendorData: "#cloud-config\n# from the vendor\nmanage_etc_hosts: yes\nlocale: C.UTF-8\n" });
    expect(readAsCloudInit(seed.vendor_data)).toEqual({ manage_etc_hosts: true, locale: "C.UTF-8" });
  });

  test("the instance-id follows the vendor data, and a seed without it keeps its id", () => {
    const ids = [{}, { vendorData: { timezone: "UTC" } }, { vendorData: { timezone: "Europe/Berlin" } }].map((more) => seedWith("vendor id", more).instanceId);
    expect(new Set(ids).size).toBe(3);
    // The id without vendor data is the digest of user-data and network-config alone, as before vendorData existed.
    const { seed, instanceId } = seedWith("vendor id again", {});
    const { createHash } = require("node:crypto");
    const digest = createHash("sha256").update(seed.user_data).update("\0").update(seed.network_config).digest("hex").slice(0, 16);
    expect(instanceId).toBe(`vm1-${digest}`);
  });

  test.each([
    ["a key the user-data also has (generated)", { vendorData: { hostname: "vm1" } }, "cloudInit.vendorData sets hostname, which the guest's user-data also sets"],
    ["a key the user-data also has (typed prop)", { packages: ["curl"], vendorData: { packages: ["htop"] } }, "cloudInit.vendorData sets packages"],
    ["a key the user-data also has (userData)", { userData: { timezone: "UTC" }, vendorData: { timezone: "UTC" } }, "cloudInit.vendorData sets timezone"],
    ["a key cloud-init does not know", { vendorData: { pakages: ["curl"] } }, 'cloudInit.vendorData.pakages "pakages" is invalid: not a top-level key'],
    ["a document without #cloud-config", { vendorData: "timezone: UTC\n" }, "cloudInit.vendorData"],
    ["an empty document", { vendorData: "#cloud-config\n" }, "cloudInit.vendorData"],
    ["a relative write_files path", { vendorData: { write_files: [{ path: "x", content: "y" }] } }, "cloudInit.vendorData.write_files[0].path"],
  ])("refuses %s", (_what, more, message) => {
    const error = refusal(more);
    expect(error).toContain("test/vm: ");
    expect(error).toContain(message);
  });
});

describe("on a ProxmoxNode", () => {
  test.each(["packages", "writeFiles", "runCommands", "userData", "aptProxy"])("cloudInit.%s is refused on a node without ssh, saying why", (prop) => {
    const values: Record<string, unknown> = { packages: ["nginx"], writeFiles: [{ path: "/x", content: "y" }], runCommands: [{ argv: ["true"] }],
      userData: { timezone: "UTC" }, aptProxy: "http://10.50.0.1:3142" };
    const error = errorOn((stack, node: ProxmoxNode) => new KvmGuest(stack, "web", {
      host: node, name: "web", proxmox: { clone: { template: "debian-12-ci" } }, cloudInit: { user: "debian", [prop]: values[prop] },
    }));
    expect(error).toContain(`test/web: cloudInit.${prop} on a Proxmox node needs the node's ssh settings`);
    expect(error).toContain("cicustom");
  });
});

describe("cloud-init's own schema check", () => {
  test("the check fails on a document cloud-init refuses (so it can fail)", () => {
    const result = schemaCheck("#cloud-config\npackages: 5\nwrite_files:\n  - path: /x\n    permissions: 644\n");
    expect(result).toContain("is not of type 'array'");
  });

  test("a guest with each new prop, and every other seed synthesized in this file, passes `cloud-init schema`", () => {
    const each: Record<string, object> = {
      packages: { packages: ["nginx", "g++"], packageUpdate: true, packageUpgrade: true },
      writeFiles: { writeFiles: [{ path: "/etc/a", content: "no\n", permissions: "0600", owner: "root:root", append: true, defer: true },
        { path: "/etc/b", content: Buffer.from("b").toString("base64"), encoding: "b64" },
        { path: "/etc/c", content: gzipSync(Buffer.from("c")).toString("base64"), encoding: "gzip+b64" }] },
      runCommands: { runCommands: [{ argv: ["touch", "/tmp/on"] }, { shell: "echo 52:54:00:12:34:56 > /tmp/mac" }] },
      bootCommands: { bootCommands: [{ argv: ["true"] }, { shell: "echo boot" }] },
      aptSources: { aptSources: [{ name: "pgdg", source: "deb [signed-by=$KEY_FILE] http://apt.example.org/pub bookworm-pgdg main", key: PGP }] },
      aptProxy: { aptProxy: "http://10.40.0.1:3142" },
      "userData object": { userData: { timezone: "UTC", packages: [["vim", "2:9.0"]], runcmd: [["true"]], ssh_pwauth: false } },
      "userData document": { userData: "#cloud-config\nlocale: C.UTF-8\nntp:\n  enabled: yes\n  servers: [10.40.0.1]\n" },
      "vendorData object": { vendorData: { timezone: "UTC", runcmd: [["true"]], ntp: { enabled: true, servers: ["10.40.0.1"] } } },
      "vendorData document": { vendorData: "#cloud-config\nlocale: C.UTF-8\nbootcmd:\n  - [echo, vendor]\n" },
    };
    for (const [name, more] of Object.entries(each)) {
      seedWith(`each: ${name}`, more);
      seedWith(`each: ${name}, no user`, more, undefined);
    }
    const docs = new Map(seen.map(({ name, userData }) => [userData, name]));
    const failures = [...docs].map(([userData, name]) => {
      const found = schemaCheck(userData);
      return found === undefined ? undefined : `${name}:\n${found}`;
    }).filter((f) => f !== undefined);
    expect(failures).toEqual([]);
    // PyYAML (cloud-init's reader) reads each document exactly as this file's YAML 1.1 reader does,
    // so the values the tests above expect are the ones cloud-init gets.
    const misread = [...docs].filter(([userData]) => {
      const py = spawnSync("python3", ["-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin.read())))"],
        { input: userData, encoding: "utf8" });
      if (py.status !== 0) throw new Error(`python3 -c yaml.safe_load failed: ${py.stderr}`);
      return JSON.stringify(JSON.parse(py.stdout)) !== JSON.stringify(parseYaml(userData, { version: "1.1" }));
    }).map(([, name]) => name);
    expect(misread).toEqual([]);
  });
});
