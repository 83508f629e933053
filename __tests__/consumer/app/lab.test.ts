import "cdktf/lib/testing/adapters/jest"; // types of the matchers setup.js installs
import { App, Testing } from "cdktf";
import { BridgedNetwork, LinuxHost } from "@hyperlab-iac/cdk";
import { Fleet, Lab } from "./lab";

describe("the lab, as a user tests it", () => {
  const lab = Testing.synth(new Lab(Testing.app(), "lab", { netns: "hlc", lxcPath: "/var/lib/hyperlab/consumer-lxc" }));

  it("has the NAT bridge, the TAP and the container", () => {
    expect(lab).toHaveResourceWithProperties({ tfResourceType: "hyperlab_bridge" }, { name: "hlc0", netns: "hlc" });
    expect(lab).toHaveResourceWithProperties({ tfResourceType: "hyperlab_tap" }, { name: "hlc-tap0" });
    expect(lab).toHaveResourceWithProperties({ tfResourceType: "hyperlab_lxc_container" }, { name: "hlc-web" });
  });

  it("synthesizes the fleet, Proxmox included", () => {
    const fleet = Testing.synth(new Fleet(Testing.app(), "fleet"));
    expect(fleet).toHaveResourceWithProperties({ tfResourceType: "hyperlab_kvm_domain" }, { name: "hlf-vm" });
    expect(fleet).toHaveResource({ tfResourceType: "proxmox_vm_qemu" });
  });

  it("refuses bad input at synth, naming the construct, the value and what is valid", () => {
    const app = new App();
    const stack = new Lab(app, "bad", { netns: "hlc", lxcPath: "/var/lib/hyperlab/consumer-lxc" });
    const host = new LinuxHost(stack, "host2", { netns: "hlc" });
    // The construct keeps its refusal; the app's synth throws it, with any other (issue 31).
    new BridgedNetwork(stack, "wan", { host, bridgeName: "hlc1", cidr: "10.213.0.0/33" });
    expect(() => Testing.synth(stack)).toThrow(/bad\/wan.*cidr.*10\.213\.0\.0\/33/s);
  });
});
