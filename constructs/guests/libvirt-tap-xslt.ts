/** A libvirt NIC that QEMU should open on a TAP device the stack made. */
export interface TapNic {
  /** The NIC's MAC, upper case, as the provider writes it into the domain XML. */
  readonly mac: string;
  readonly tapName: string;
}

/**
 * An XSLT stylesheet for the libvirt provider's `xml.xslt`: it turns each listed
 * NIC (declared to the provider with its MAC only) into an `ethernet` interface on
 * the existing TAP device (`managed='no'`: libvirt opens it and leaves it be).
 * Reading the domain back gives a NIC with the MAC and no bridge or network, which
 * is what was declared, so a second plan stays empty.
 */
export function tapNicXslt(nics: readonly TapNic[]): string {
  const rules = nics.map((nic) => `
  <xsl:template match="/domain/devices/interface[mac/@address='${nic.mac}']">
    <interface type="ethernet">
      <xsl:apply-templates select="@*[name() != 'type']|node()"/>
      <target dev="${nic.tapName}" managed="no"/>
    </interface>
  </xsl:template>`);
  return `<?xml version="1.0"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output omit-xml-declaration="yes" indent="yes"/>
  <xsl:template match="@*|node()">
    <xsl:copy>
      <xsl:apply-templates select="@*|node()"/>
    </xsl:copy>
  </xsl:template>${rules.join("")}
</xsl:stylesheet>
`;
}
