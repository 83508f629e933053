import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { BaseImage, KvmGuest, LinuxHost } from "../constructs";
import { only, synth, synthError } from "./support/synth";

const SHA256 = "a".repeat(63) + "F";
const SHA512 = "0123456789abcdef".repeat(8);
const URL = "http://10.40.0.1:8080/debian-12-genericcloud-amd64.qcow2";

describe("BaseImage (hyperlab_kvm_image)", () => {
  test("refuses an image without a digest, naming the construct, the value and what is valid", () => {
    expect(synthError((stack, host) => new BaseImage(stack, "debian", { host, name: "debian", url: URL })))
      .toBe('test/debian: sha256 undefined is invalid: a base image needs its digest: sha256 (64 hexadecimal digits) or sha512 ' +
        '(128), or checksum: BaseImage.UNVERIFIED ("unverified") to take it unverified');
  });

  test.each([
    ["a sha256 one digit short", { sha256: "a".repeat(63) }, 'test/debian: sha256 "' + "a".repeat(63) + '" is invalid: expected 64 hexadecimal digits (the SHA256 of the image)'],
    ["a sha256 with a non-hex digit", { sha256: "g".repeat(64) }, "is invalid: expected 64 hexadecimal digits"],
    ["a sha512 of sha256's length", { sha512: "a".repeat(64) }, 'test/debian: sha512 "' + "a".repeat(64) + '" is invalid: expected 128 hexadecimal digits (the SHA512 of the image)'],
    ["both digests", { sha256: SHA256, sha512: SHA512 }, "test/debian: sha256 and sha512 are given: give one of"],
    ["a digest and unverified", { sha256: SHA256, checksum: BaseImage.UNVERIFIED }, "test/debian: sha256 and checksum are given"],
    ["another checksum word", { checksum: "none" }, 'test/debian: checksum "none" is invalid: expected BaseImage.UNVERIFIED ("unverified")'],
    ["an ftp URL", { sha256: SHA256, url: "ftp://mirror.example.org/x.qcow2" }, 'test/debian: url "ftp://mirror.example.org/x.qcow2" is invalid'],
    ["a relative path", { sha256: SHA256, url: "images/x.qcow2" }, 'test/debian: url "images/x.qcow2" is invalid'],
    ["a name that is not a DNS label", { sha256: SHA256, name: "debian_12" }, 'test/debian: name "debian_12" is invalid'],
  ])("refuses %s", (_, extra, message) => {
    expect(synthError((stack, host) => new BaseImage(stack, "debian", { host, name: "debian", url: URL, ...(extra as object) } as any)))
      .toContain(message);
  });

  test.each([
    ["sha256", { sha256: SHA256 }, { sha256: SHA256.toLowerCase() }],
    ["sha512", { sha512: SHA512 }, { sha512: SHA512 }],
    ["checksum: BaseImage.UNVERIFIED", { checksum: BaseImage.UNVERIFIED }, { unverified: true }],
  ])("takes %s, kept in the host's pool under _images", (_, extra, attrs) => {
    const [image] = only(synth((stack, host) => new BaseImage(stack, "debian", { host, name: "debian", url: URL, ...extra })), "hyperlab_kvm_image");
    expect(image).toEqual({
      provider: "hyperlab", path: "/var/lib/hyperlab/pool/_images/debian", url: URL, overlay_dir: "/var/lib/hyperlab/pool",
      owner: expect.stringMatching(/^test\/[0-9a-f]+$/), ...attrs,
    });
  });

  test("refuses a token as a digest: it is checked at synth", () => {
    expect(synthError((stack, host) => new BaseImage(stack, "debian", {
      host, name: "debian", url: URL, sha256: new TerraformVariable(stack, "digest", { type: "string" }).stringValue,
    }))).toMatch(/^test\/debian: sha256 .* is invalid: a token cannot be used here, the value must be known at synth: the digest is checked at synth$/);
  });

  test("takes a file:// URL and a host path", () => {
    for (const url of ["file:///srv/images/debian.qcow2", "/srv/images/debian.qcow2"]) {
      const [image] = only(synth((stack, host) => new BaseImage(stack, "debian", { host, name: "debian", url, sha256: SHA256 })), "hyperlab_kvm_image");
      expect(image.url).toBe(url);
    }
  });

  test("two images of one name on a host are refused", () => {
    expect(synthError((stack, host) => {
      new BaseImage(stack, "a", { host, name: "debian", url: URL, sha256: SHA256 });
      new BaseImage(stack, "b", { host, name: "debian", url: URL, sha256: SHA256 });
    })).toBe('test/b: name "/var/lib/hyperlab/pool/_images/debian" is invalid: KVM base image file must be unique within the app, but test/a name already uses it');
  });
});

describe("KvmGuest with a BaseImage", () => {
  const guests = (cloneMode?: "linked" | "full") => synth((stack, host) => {
    const image = new BaseImage(stack, "debian", { host, name: "debian", url: URL, sha256: SHA256 });
    new KvmGuest(stack, "a", { host, name: "a", bootImage: image, cloneMode });
    new KvmGuest(stack, "b", { host, name: "b", bootImage: image, cloneMode, bootDiskSizeGiB: 4 });
  });

  test("boots each guest from a qcow2 overlay on the one image by default (its path attribute: made after it)", () => {
    const json = guests();
    const [key] = Object.keys(json.resource.hyperlab_kvm_image);
    const volumes = only(json, "hyperlab_kvm_volume");
    expect(volumes.map((v) => [v.path, v.format, v.backing_path, v.source, v.size_bytes])).toEqual([
      ["/var/lib/hyperlab/pool/a/boot.qcow2", "qcow2", `\${hyperlab_kvm_image.${key}.path}`, undefined, undefined],
      ["/var/lib/hyperlab/pool/b/boot.qcow2", "qcow2", `\${hyperlab_kvm_image.${key}.path}`, undefined, 4 * 2 ** 30],
    ]);
    expect(only(json, "hyperlab_kvm_image")).toHaveLength(1);
  });

  test("copies the image with cloneMode full", () => {
    const json = guests("full");
    const [key] = Object.keys(json.resource.hyperlab_kvm_image);
    expect(only(json, "hyperlab_kvm_volume").map((v) => [v.source, v.backing_path])).toEqual([
      [`\${hyperlab_kvm_image.${key}.path}`, undefined], [`\${hyperlab_kvm_image.${key}.path}`, undefined],
    ]);
  });

  test("refuses cloneMode linked with a path, cloneMode without an image, and an image of another host", () => {
    expect(synthError((stack, host) => new KvmGuest(stack, "vm", { host, name: "vm", bootImage: "/srv/a.qcow2", cloneMode: "linked" })))
      .toMatch(/^test\/vm: cloneMode "linked" needs a BaseImage as bootImage/);
    expect(synthError((stack, host) => new KvmGuest(stack, "vm", { host, name: "vm", kernelBoot: { kernel: "/k" }, cloneMode: "full" })))
      .toBe("test/vm: cloneMode needs bootImage (a BaseImage)");
    expect(synthError((stack, host) => new KvmGuest(stack, "vm", { host, name: "vm", bootImage: "/srv/a.qcow2", cloneMode: "thin" as any })))
      .toMatch(/^test\/vm: cloneMode "thin" is invalid/);
    expect(synthError((stack, host) => {
      const other = new LinuxHost(stack, "other", { storagePoolPath: "/srv/pool" });
      const image = new BaseImage(stack, "debian", { host: other, name: "debian", url: URL, sha256: SHA256 });
      new KvmGuest(stack, "vm", { host, name: "vm", bootImage: image });
    })).toMatch(/^test\/vm: bootImage test\/debian is kept in \/srv\/pool .*give it a BaseImage on its own host/);
  });

  test("a string http(s) bootImage warns that it is taken unverified; a path does not", () => {
    const warnings = (bootImage: string) => {
      const app = Testing.app();
      const stack = new TerraformStack(app, "test");
      const guest = new KvmGuest(stack, "vm", { host: new LinuxHost(stack, "host"), name: "vm", bootImage });
      return guest.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => m.data);
    };
    expect(warnings(URL)).toEqual([`bootImage ${URL} is downloaded for this guest alone and taken with no checksum: ` +
      "a BaseImage verifies it (sha256/sha512) and downloads it once per host"]);
    expect(warnings("/srv/a.qcow2")).toEqual([]);
  });

  test("a string bootImage is still copied as before", () => {
    const [boot] = only(synth((stack, host) => new KvmGuest(stack, "vm", { host, name: "vm", bootImage: "/srv/a.qcow2" })), "hyperlab_kvm_volume");
    expect(boot).toMatchObject({ source: "/srv/a.qcow2" });
    expect(boot.backing_path).toBeUndefined();
  });
});
