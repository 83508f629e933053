import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { keepStateInProject } from "./local-state";
import { BridgedNetwork, KvmGuest, LinuxHost, LxcContainer, TapInterface } from "../constructs";
import { Ipv4Network } from "../constructs/core/addresses";

export interface LinuxLabStackProps {
  /** Name of the lab's bridge. @default "hlnat0" */
  readonly bridgeName?: string;
  /** IPv4 network of the lab. @default "10.77.0.0/24" */
  readonly cidr?: string;
  /** Name prefix of the guests, so several labs can share a host. @default "hl" */
  readonly prefix?: string;
  /** Kernel the KVM guest boots directly. @default "/var/lib/hyperlab/guest/vmlinuz" */
  readonly guestKernel?: string;
  /** Its initramfs (tools/guest-image/build.sh makes one). @default "/var/lib/hyperlab/guest/initramfs.cpio.gz" */
  readonly guestInitrd?: string;
  /** How the KVM guest is run: "kvm", or "tcg" where /dev/kvm is missing or unusable. @default "kvm" */
  readonly guestAccelerator?: "kvm" | "tcg";
}

/** A guest of the lab as the tests and users address it. */
export interface LabGuest {
  readonly name: string;
  readonly address: string;
}

/**
 * The research setup on a plain Linux host: a NAT bridge with the host as gateway
 * and DHCP server (as lxc-net does), three LXC containers (two static, one on a
 * DHCP reservation) and two KVM guests under libvirt, one of them on a TAP device
 * the stack made, all with fixed addresses. The KVM guests boot a kernel and
 * busybox initramfs that take hostname and address from the kernel's standard
 * ip= parameter, which KvmGuest writes from the NIC's address; the deploy waits
 * until each serves HTTP on it.
 */
export class LinuxLabStack extends TerraformStack {
  readonly host: LinuxHost;
  readonly network: BridgedNetwork;
  readonly containers: LabGuest[];
  readonly kvms: LabGuest[];

  constructor(scope: Construct, id: string, props: LinuxLabStackProps = {}) {
    super(scope, id);
    keepStateInProject(this, id);
    const prefix = props.prefix ?? "hl";
    const host = new LinuxHost(this, "host", { storagePoolPath: `/var/lib/hyperlab/${prefix}-pool` });
    this.host = host;
    const cidr = props.cidr ?? "10.77.0.0/24";
    const bridgeName = props.bridgeName ?? "hlnat0";
    const net = Ipv4Network.parse(this, "cidr", cidr);
    const lan = new BridgedNetwork(this, "lan", {
      host, bridgeName, cidr, mode: "nat", dhcp: { rangeStart: net.host(100), rangeEnd: net.host(199) },
    });
    this.network = lan;

    // a and b are configured statically; c asks DHCP and gets its reserved address.
    this.containers = ["a", "b", "c"].map((suffix, i) => {
      const name = `${prefix}-ct-${suffix}`;
      const address = lan.network!.host(11 + i);
      const nic = { network: lan, address, dhcp: suffix === "c" };
      new LxcContainer(this, `ct-${suffix}`, { host, name, template: "busybox", nics: [nic], memoryMiB: 128 });
      return { name, address };
    });

    // Two KVM guests: one on a TAP libvirt creates, one on a TAP the stack made.
    const tap = new TapInterface(this, "kvm-tap", { network: lan, name: `${prefix}-tap0` });
    this.kvms = [{ id: "kvm", tap: undefined }, { id: "kvm-t", tap }].map(({ id, tap: nicTap }, i) => {
      const guest = { name: `${prefix}-${id}`, address: lan.network!.host(21 + i) };
      new KvmGuest(this, id, {
        host,
        name: guest.name,
        accelerator: props.guestAccelerator,
        memoryMiB: 256,
        kernelBoot: {
          kernel: props.guestKernel ?? "/var/lib/hyperlab/guest/vmlinuz",
          initrd: props.guestInitrd ?? "/var/lib/hyperlab/guest/initramfs.cpio.gz",
          // The NIC's static address is added by KvmGuest as the kernel's ip= parameter.
          cmdline: "console=ttyS0 quiet",
        },
        nics: [{ network: lan, address: guest.address, tap: nicTap }],
        disks: [{ sizeGiB: 1 }],
        // The deploy returns once the guest serves HTTP on its address (the guest image's httpd).
        waitFor: { tcpPort: 80, timeoutSeconds: 600 },
      });
      return guest;
    });
  }
}
