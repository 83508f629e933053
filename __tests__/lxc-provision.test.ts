import { TerraformVariable } from "cdktf";
import { LxcContainer } from "../constructs";
import { errorOn } from "./support/proxmox";
import { only, synth, synthError } from "./support/synth";

describe("LxcContainer files and commands, and the debian template", () => {
  const build = (extra: object) => only(synth((stack, host) => {
    new LxcContainer(stack, "web", { host, name: "web", ...extra });
  }), "hyperlab_lxc_container")[0];
  const error = (extra: object) => synthError((stack, host) => {
    new LxcContainer(stack, "web", { host, name: "web", ...extra });
  });

  test("files with their defaults (0644, container root) and commands as argument vectors", () => {
    const ct = build({
      files: [{ path: "/etc/motd", content: "hi\n" }, { path: "/srv/app.conf", content: "x=1\n", mode: "0600", owner: "1000:www-data" }],
      commands: [["touch", "/srv/ready"], ["sh", "-c", "echo $HOME > /root/home"]],
    });
    expect(ct.files).toEqual([
      { path: "/etc/motd", content: "hi\n", mode: "0644", owner: "0:0" },
      { path: "/srv/app.conf", content: "x=1\n", mode: "0600", owner: "1000:www-data" },
    ]);
    expect(ct.commands).toEqual([["touch", "/srv/ready"], ["sh", "-c", "echo $HOME > /root/home"]]);
    const none = build({});
    expect(none.files).toBeUndefined();
    expect(none.commands).toBeUndefined();
  });

  test("a file's content may come from a sensitive variable", () => {
    const json = synth((stack, host) => {
      const secret = new TerraformVariable(stack, "secret", { type: "string", sensitive: true });
      new LxcContainer(stack, "web", { host, name: "web", files: [{ path: "/etc/secret", content: secret.stringValue, mode: "0600" }] });
    });
    expect(only(json, "hyperlab_lxc_container")[0].files).toEqual([{ path: "/etc/secret", content: "${var.secret}", mode: "0600", owner: "0:0" }]);
  });

  test.each([
    ["a relative path", { files: [{ path: "etc/motd", content: "" }] }, 'test/web: files[0].path "etc/motd" is invalid: an absolute, clean path'],
    ["a path with ..", { files: [{ path: "/etc/../root/x", content: "" }] }, 'test/web: files[0].path "/etc/../root/x" is invalid'],
    ["a mode that is not an octal string", { files: [{ path: "/x", content: "", mode: 644 }] }, "test/web: files[0].mode 644 is invalid: expected a string: an octal mode"],
    ["a mode with a digit 8", { files: [{ path: "/x", content: "", mode: "0688" }] }, 'test/web: files[0].mode "0688" is invalid: an octal mode as a string'],
    ["an owner with a space", { files: [{ path: "/x", content: "", owner: "root root" }] }, 'test/web: files[0].owner "root root" is invalid: "USER" or "USER:GROUP"'],
    ["one path twice", { files: [{ path: "/x", content: "" }, { path: "/x", content: "" }] }, 'test/web: files[1].path "/x" is given twice'],
    ["a command given as a shell string", { commands: ["touch /x"] }, 'test/web: commands[0] "touch /x" is invalid: a command as a list of words'],
    ["an empty command", { commands: [[]] }, "test/web: commands[0] an array of 0 is invalid: a command as a list of words"],
    ["a command without a program", { commands: [["", "x"]] }, 'test/web: commands[0][0] "" is invalid'],
    ["files on a stopped container", { files: [{ path: "/x", content: "" }], startOnCreate: false },
      "test/web: files and commands are written and run in the running container"],
    ["a debian release with a digit", { template: { debian: { release: "12" } } }, 'test/web: template.debian.release "12" is invalid: a Debian release codename'],
    ["a debian package with a comma", { template: { debian: { packages: ["a,b"] } } }, 'test/web: template.debian.packages[0] "a,b" is invalid: a Debian package name'],
    ["an unknown template object", { template: { alpine: {} } }, "test/web: template"],
    ["templateArgs with the debian template", { template: { debian: {} }, templateArgs: ["--x"] }, "test/web: templateArgs goes with a template name"],
  ])("refuses %s, with the construct path, the value and what is valid", (_n, extra, message) => {
    expect(error(extra)).toContain(message);
  });

  test("the debian template: release (bookworm by default) and packages become its arguments", () => {
    expect(build({ template: { debian: {} } })).toMatchObject({ template: "debian", template_args: ["--release=bookworm"] });
    expect(build({ template: { debian: { release: "trixie", packages: ["nginx", "curl"] } } })).toMatchObject({
      template: "debian", template_args: ["--release=trixie", "--packages=nginx,curl"],
    });
  });

  test("files and commands are refused on a ProxmoxNode, naming why", () => {
    expect(errorOn((stack, node) => new LxcContainer(stack, "ct", {
      host: node, name: "ct", commands: [["true"]], proxmox: { ostemplate: "local:vztmpl/debian-12.tar.zst" },
    } as any))).toContain("test/ct: commands does not apply on a Proxmox node: commands are run with lxc-attach on a LinuxHost");
  });
});
