// Valid input that real users write: accepted, and arriving safely where it lands
// (the Terraform JSON, argv words, libvirt's XML, a .vmx, the cloud-init YAML).
// The dangerous near-misses of each are refused still.
import { TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { KvmGuest, LinuxHost } from "../constructs";
import { only, synth } from "./support/synth";

const kvm = (stack: Construct, host: LinuxHost, props: Record<string, unknown> = {}) =>
  new KvmGuest(stack, "vm", { host, name: "vm1", bootImage: "/srv/a.qcow2", ...props } as any);

/** The error building a LinuxHost with `props` throws, or undefined. */
function hostError(props: Record<string, unknown>): string | undefined {
  try {
    new LinuxHost(new TerraformStack(Testing.app(), "s"), "host", props);
  } catch (err) {
    return (err as Error).message;
  }
  return undefined;
}

describe("libvirtUri: real remote URIs", () => {
  test.each([
    ["a user with a hyphen", "qemu+ssh://ci-runner@kvm1/system"],
    ["sshauth with a comma-separated list of methods", "qemu+ssh://root@kvm1/system?sshauth=agent,privkey"],
    ["an IPv6 ssh host in brackets", "qemu+ssh://root@[2001:db8::10]/system"],
    ["an IPv6 tcp host with a port", "qemu+tcp://[fd00::1]:16509/system"],
    ["a keyfile under ~ and known_hosts", "qemu+ssh://ci-runner@kvm1.example.org:2222/system?keyfile=~/.ssh/id_ed25519&known_hosts=/etc/ssh/known_hosts&sshauth=privkey"],
  ])("%s is accepted and reaches the libvirt provider as written", (_what, uri) => {
    const json = synth((stack, host) => kvm(stack, host), { libvirtUri: uri });
    expect(json.provider!.libvirt[0].uri).toBe(uri);
  });

  test.each([
    ["a user starting with '-'", "qemu+ssh://-oProxyCommand=x@kvm1/system"],
    ["a host starting with '-'", "qemu+ssh://ci-runner@-oProxyCommand/system"],
    ["the ext transport", "qemu+ext:///system?command=/bin/sh"],
    ["command=", "qemu+ssh://kvm1/system?command=/bin/sh"],
    ["netcat=", "qemu+ssh://kvm1/system?netcat=/tmp/nc"],
    ["a '..' segment in known_hosts", "qemu+ssh://kvm1/system?known_hosts=/x/../../etc/shadow"],
    ["a '..' segment in keyfile", "qemu+ssh://kvm1/system?keyfile=../id"],
    ["a '..' segment in socket", "qemu+ssh://kvm1/system?socket=/run/../etc/x"],
    ["a '..' segment in pkipath", "qemu+tls://kvm1/system?pkipath=/etc/pki/.."],
    ["an sshauth method read as an option", "qemu+ssh://kvm1/system?sshauth=agent,-oProxyCommand"],
    ["an empty sshauth method", "qemu+ssh://kvm1/system?sshauth=agent,,privkey"],
    ["an IPv6 host without brackets", "qemu+tcp://fd00::1/system"],
    ["an IPv6 host with a zone", "qemu+ssh://root@[fe80::1%25eth0]/system"],
    ["an IPv4 address in brackets", "qemu+ssh://root@[10.0.0.1]/system"],
    ["a bracketed host that is not an address", "qemu+ssh://root@[-oProxyCommand]/system"],
    ["port 0", "qemu+tcp://kvm1:0/system"],
    ["port 65536", "qemu+tcp://kvm1:65536/system"],
    ["shell syntax in a parameter", "qemu+ssh://kvm1/system?keyfile=/x;touch"],
  ])("%s is refused", (_what, uri) => {
    expect(hostError({ libvirtUri: uri })).toBe(`s/host: libvirtUri ${JSON.stringify(uri)} is invalid: expected a libvirt URI such as ` +
      "'qemu:///system', 'qemu+ssh://ci-runner@kvm1/system' or 'qemu+tcp://[fd00::1]:16509/system': driver qemu, transport " +
      "unix/ssh/libssh/libssh2/tls/tcp, a user and host not starting with '-' (an IPv6 host in brackets), a port 1-65535, " +
      "parameters socket, keyfile, known_hosts, known_hosts_verify, no_verify, no_tty, sshauth, pkipath, mode (paths of " +
      "[A-Za-z0-9._/+~-] without '..' segments, sshauth a comma-separated list of methods such as 'agent,privkey')");
  });
});
