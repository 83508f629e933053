import { Construct } from "constructs";
import { KvmImage } from "../../l1";
import { ConfigurationError, ValidationError } from "../core/errors";
import { ownerIdentity } from "../core/identity";
import { instanceValue, isToken, propsOf, stringValue } from "../core/input";
import { checkTextAroundTokens, terraformLiteral } from "../core/literal";
import { guestName, hostPath } from "../core/names";
import { refuse } from "../core/refused";
import { claimUnique } from "../core/registry";
import { LinuxHost } from "../hosts/linux-host";

/** The value of `checksum` that takes an image without verifying it. */
export type UnverifiedChecksum = "unverified";

export interface BaseImageProps {
  /** The host whose storage pool keeps the image (its libvirtd's guests boot from it). */
  readonly host: LinuxHost;
  /**
   * Name of the image on the host: a DNS label. The file is
   * `<storagePoolPath>/_images/<name>` (a directory no guest's can be: guest names
   * have no "_"). A change replaces the image (and the guests' disks on it).
   */
  readonly name: string;
  /**
   * Where the image is fetched from, once per host: an http(s) URL, a file:// URL or
   * an absolute path on the host. Taken as it is (qemu-img detects its format: qcow2,
   * raw, ...). A change replaces the image.
   */
  readonly url: string;
  /**
   * SHA-256 of the image (64 hex digits, e.g. from the publisher's SHA256SUMS).
   * The fetched file must match, or the deploy fails with both digests and keeps
   * nothing; every later plan re-verifies the file on the host and asks the URL
   * whether its content changed (see docs/base-images.md). A change replaces the image.
   * @default - give sha256, sha512, or `checksum: BaseImage.UNVERIFIED`
   */
  readonly sha256?: string;
  /** SHA-512 of the image (128 hex digits), as `sha256`. @default - see sha256 */
  readonly sha512?: string;
  /**
   * `BaseImage.UNVERIFIED` ("unverified") takes the image with no digest: nothing
   * checks what was downloaded, what is on the host, or whether the URL changed.
   * Refused together with sha256 or sha512.
   * @default - the image is verified: sha256 or sha512 is required
   */
  readonly checksum?: UnverifiedChecksum;
}

const SHA256 = /^[0-9a-fA-F]{64}$/;
const SHA512 = /^[0-9a-fA-F]{128}$/;
const URL = /^(https?:\/\/[A-Za-z0-9][A-Za-z0-9._~:\/?#@!$&()*+,;=%-]{0,2047})$/;
const URL_EXPECTED = "an http(s) URL, a file:// URL, or an absolute path on the host";

/**
 * A verified base image for KVM guests on a LinuxHost (hyperlab_kvm_image):
 * fetched once per host into its storage pool, checked against its published
 * digest. A KvmGuest given it as `bootImage` boots from a qcow2 overlay on it
 * (linked clone) by default, so N guests cost one download and N small files.
 * Removing it from the stack while guests' overlays on the host still use it is
 * refused at deploy, naming them.
 */
export class BaseImage extends Construct {
  /** The `checksum` that takes an image unverified: say so by name. */
  static readonly UNVERIFIED: UnverifiedChecksum = "unverified";

  readonly host!: LinuxHost;
  readonly name!: string;
  /** Path of the image file on the host (as written at synth). */
  readonly path!: string;
  /** The hyperlab_kvm_image resource. */
  readonly image!: KvmImage;

  constructor(scope: Construct, id: string, props: BaseImageProps) {
    super(scope, id);
    // The door: a refusal of the props is kept for synth, and the construct builds nothing (core/refused.ts).
    try {
      props = propsOf<BaseImageProps>(this, props);
      this.host = instanceValue(this, "host", props.host, LinuxHost, "a LinuxHost");
      this.name = guestName(this, "name", props.name);
      const digest = imageDigest(this, props);
      this.path = `${this.host.storagePoolPath.replace(/\/$/, "")}/_images/${this.name}`;
      claimUnique(this, this.host.onMachine("KVM base image file"), this.path, "name");
      this.image = new KvmImage(this, "image", {
        provider: this.host.providerOf(this),
        path: terraformLiteral(this.path),
        url: imageUrl(this, props.url),
        ...digest,
        overlayDir: terraformLiteral(this.host.storagePoolPath),
        owner: ownerIdentity(this),
      });
    } catch (err) {
      refuse(this, err);
    }
  }
}

/** The digest attribute, or `unverified`: exactly one of sha256, sha512, checksum. */
function imageDigest(scope: Construct, props: BaseImageProps): { sha256?: string; sha512?: string; unverified?: boolean } {
  const valid = `a base image needs its digest: sha256 (64 hexadecimal digits) or sha512 (128), or checksum: BaseImage.UNVERIFIED ("unverified") to take it unverified`;
  const given = (["sha256", "sha512", "checksum"] as const).filter((k) => props[k] !== undefined);
  if (given.length === 0) throw new ValidationError(scope, "sha256", undefined, valid);
  if (given.length > 1) {
    throw new ConfigurationError(scope, `${given.join(" and ")} are given: give one of sha256, sha512 or checksum: BaseImage.UNVERIFIED`);
  }
  if (props.checksum !== undefined) {
    if (props.checksum !== BaseImage.UNVERIFIED) {
      throw new ValidationError(scope, "checksum", props.checksum, `expected BaseImage.UNVERIFIED ("unverified"); a digest goes in sha256 or sha512`);
    }
    return { unverified: true };
  }
  const [prop, rule, digits] = props.sha256 !== undefined ? ["sha256", SHA256, 64] as const : ["sha512", SHA512, 128] as const;
  const value = stringValue(scope, prop, props[prop], `${digits} hexadecimal digits`, "the digest is checked at synth");
  if (!rule.test(value)) throw new ValidationError(scope, prop, value, `expected ${digits} hexadecimal digits (the ${prop.toUpperCase()} of the image)`);
  return { [prop]: value.toLowerCase() };
}

function imageUrl(scope: Construct, url: unknown): string {
  const value = stringValue(scope, "url", url, URL_EXPECTED, "plan");
  if (isToken(value)) return terraformLiteral(checkTextAroundTokens(scope, "url", value, URL_EXPECTED));
  if (URL.test(value)) return terraformLiteral(value);
  if (value.startsWith("file://")) return terraformLiteral(`file://${hostPath(scope, "url", value.slice("file://".length))}`);
  if (!value.startsWith("/")) throw new ValidationError(scope, "url", value, `expected ${URL_EXPECTED}`);
  return terraformLiteral(hostPath(scope, "url", value));
}
