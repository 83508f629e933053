package kvm

import (
	"encoding/xml"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/types"
	"libvirt.org/go/libvirtxml"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// ownerNamespace is the XML namespace of the owner mark in a domain's <metadata>.
const ownerNamespace = "urn:hyperlab:owner:1"

const agentChannel = "org.qemu.guest_agent.0"

// ownerElement is the owner mark, with what the resource says that libvirt does
// not keep (so that import gives it back): the machine type as written (libvirt
// expands "pc" to "pc-i440fx-7.2"), the shutdown timeout and the readiness wait.
type ownerElement struct {
	XMLName         xml.Name `xml:"urn:hyperlab:owner:1 owner"`
	Value           string   `xml:",chardata"`
	Machine         string   `xml:"machine,attr,omitempty"`
	ShutdownTimeout *int64   `xml:"shutdown-timeout,attr"`
	WaitAddress     string   `xml:"wait-address,attr,omitempty"`
	WaitTCPPort     *int64   `xml:"wait-tcp-port,attr"`
	WaitAgent       *bool    `xml:"wait-agent,attr"`
	WaitCloudInit   *bool    `xml:"wait-cloud-init,attr"`
	WaitTimeout     *int64   `xml:"wait-timeout,attr"`
	SeedInstanceID  string   `xml:"seed-instance-id,attr,omitempty"`
}

func (m *DomainModel) ownerElement() ownerElement {
	o := ownerElement{Value: m.Owner.ValueString(), Machine: m.Machine.ValueString(), SeedInstanceID: m.SeedInstanceID.ValueString()}
	if !m.ShutdownTimeout.IsNull() && !m.ShutdownTimeout.IsUnknown() {
		v := m.ShutdownTimeout.ValueInt64()
		o.ShutdownTimeout = &v
	}
	if w := m.WaitFor; w != nil {
		o.WaitAddress = w.Address.ValueString()
		if !w.TCPPort.IsNull() {
			v := w.TCPPort.ValueInt64()
			o.WaitTCPPort = &v
		}
		if !w.Agent.IsNull() {
			v := w.Agent.ValueBool()
			o.WaitAgent = &v
		}
		if !w.CloudInit.IsNull() {
			v := w.CloudInit.ValueBool()
			o.WaitCloudInit = &v
		}
		v := w.TimeoutSeconds.ValueInt64()
		o.WaitTimeout = &v
	}
	return o
}

// fromOwnerElement sets what only the owner mark keeps. The mark itself goes to
// found_mark, never to owner: owner is the mark this resource applied.
func (m *DomainModel) fromOwnerElement(o ownerElement, liveMachine string) {
	m.FoundMark = types.StringValue(o.Value)
	m.Machine = types.StringValue(sameMachine(o.Machine, liveMachine))
	m.SeedInstanceID = resourceutil.OptionalString(o.SeedInstanceID)
	if o.ShutdownTimeout != nil {
		m.ShutdownTimeout = types.Int64Value(*o.ShutdownTimeout)
	}
	m.WaitFor = nil
	if o.WaitTimeout != nil {
		w := &kvmWaitFor{Address: resourceutil.OptionalString(o.WaitAddress), TCPPort: types.Int64Null(), Agent: types.BoolNull(),
			CloudInit: types.BoolNull(), TimeoutSeconds: types.Int64Value(*o.WaitTimeout)}
		if o.WaitTCPPort != nil {
			w.TCPPort = types.Int64Value(*o.WaitTCPPort)
		}
		if o.WaitAgent != nil {
			w.Agent = types.BoolValue(*o.WaitAgent)
		}
		if o.WaitCloudInit != nil {
			w.CloudInit = types.BoolValue(*o.WaitCloudInit)
		}
		m.WaitFor = w
	}
}

// DomainXML is the definition m asks for; uuid keeps an existing domain's identity.
func (m *DomainModel) DomainXML(uuid string) (string, error) {
	owner, err := xml.Marshal(m.ownerElement())
	if err != nil {
		return "", err
	}
	port := uint(0)
	d := &libvirtxml.Domain{
		Type: m.Type.ValueString(), Name: m.Name.ValueString(), UUID: uuid, Description: m.Description.ValueString(),
		Title:    m.Title.ValueString(),
		Metadata: &libvirtxml.DomainMetadata{XML: string(owner)},
		Memory:   &libvirtxml.DomainMemory{Value: uint(m.MemoryMiB.ValueInt64()), Unit: "MiB"},
		VCPU:     &libvirtxml.DomainVCPU{Value: uint(m.Vcpus.ValueInt64())},
		CPU:      &libvirtxml.DomainCPU{Mode: m.CPUMode.ValueString()},
		OS: &libvirtxml.DomainOS{
			Type:   &libvirtxml.DomainOSType{Type: "hvm", Arch: "x86_64", Machine: m.Machine.ValueString()},
			Kernel: m.Kernel.ValueString(), Initrd: m.Initrd.ValueString(), Cmdline: m.Cmdline.ValueString(),
			BootDevices: []libvirtxml.DomainBootDevice{{Dev: "hd"}},
		},
		Features: &libvirtxml.DomainFeatureList{ACPI: &libvirtxml.DomainFeature{}, APIC: &libvirtxml.DomainFeatureAPIC{}},
		Devices: &libvirtxml.DomainDeviceList{
			// A serial console, so `virsh console NAME` reaches the guest.
			Serials:  []libvirtxml.DomainSerial{{Source: &libvirtxml.DomainChardevSource{Pty: &libvirtxml.DomainChardevSourcePty{}}, Target: &libvirtxml.DomainSerialTarget{Port: &port}}},
			Consoles: []libvirtxml.DomainConsole{{Source: &libvirtxml.DomainChardevSource{Pty: &libvirtxml.DomainChardevSourcePty{}}, Target: &libvirtxml.DomainConsoleTarget{Type: "serial", Port: &port}}},
		},
	}
	if m.Firmware.ValueString() == "efi" {
		d.OS.Firmware = "efi"
	}
	for i, disk := range m.Disks {
		d.Devices.Disks = append(d.Devices.Disks, libvirtxml.DomainDisk{
			Device: "disk",
			Driver: &libvirtxml.DomainDiskDriver{Name: "qemu", Type: disk.Format.ValueString()},
			Source: &libvirtxml.DomainDiskSource{File: &libvirtxml.DomainDiskSourceFile{File: disk.Path.ValueString()}},
			Target: &libvirtxml.DomainDiskTarget{Dev: virtioDiskName(i), Bus: "virtio"},
		})
	}
	if !m.Seed.IsNull() && m.Seed.ValueString() != "" {
		dev, bus := "hdc", "ide"
		if strings.Contains(m.Machine.ValueString(), "q35") {
			dev, bus = "sda", "sata" // q35 has no IDE
		}
		d.Devices.Disks = append(d.Devices.Disks, libvirtxml.DomainDisk{
			Device:   "cdrom",
			Driver:   &libvirtxml.DomainDiskDriver{Name: "qemu", Type: "raw"},
			Source:   &libvirtxml.DomainDiskSource{File: &libvirtxml.DomainDiskSourceFile{File: m.Seed.ValueString()}},
			Target:   &libvirtxml.DomainDiskTarget{Dev: dev, Bus: bus},
			ReadOnly: &libvirtxml.DomainDiskReadOnly{},
		})
	}
	for _, nic := range m.Nics {
		iface := libvirtxml.DomainInterface{
			MAC:   &libvirtxml.DomainInterfaceMAC{Address: nic.MAC.ValueString()},
			Model: &libvirtxml.DomainInterfaceModel{Type: nic.Model.ValueString()},
		}
		if nic.Tap.ValueString() != "" {
			// libvirt opens the stack's TAP device and leaves it be (managed='no').
			iface.Source = &libvirtxml.DomainInterfaceSource{Ethernet: &libvirtxml.DomainInterfaceSourceEthernet{}}
			iface.Target = &libvirtxml.DomainInterfaceTarget{Dev: nic.Tap.ValueString(), Managed: "no"}
		} else {
			iface.Source = &libvirtxml.DomainInterfaceSource{Bridge: &libvirtxml.DomainInterfaceSourceBridge{Bridge: nic.Bridge.ValueString()}}
		}
		d.Devices.Interfaces = append(d.Devices.Interfaces, iface)
	}
	if m.Agent.ValueBool() {
		d.Devices.Channels = []libvirtxml.DomainChannel{{
			Source: &libvirtxml.DomainChardevSource{UNIX: &libvirtxml.DomainChardevSourceUNIX{Mode: "bind"}},
			Target: &libvirtxml.DomainChannelTarget{VirtIO: &libvirtxml.DomainChannelTargetVirtIO{Name: agentChannel}},
		}}
	}
	if m.Graphics.ValueString() == "vnc" {
		d.Devices.Graphics = []libvirtxml.DomainGraphic{{VNC: &libvirtxml.DomainGraphicVNC{AutoPort: "yes", Listen: "127.0.0.1"}}}
	}
	return d.Marshal()
}

func virtioDiskName(i int) string { return fmt.Sprintf("vd%c", 'a'+i) }

// DomainOwner is the owner mark in a domain's definition (Value "" when it has none).
func DomainOwner(d *libvirtxml.Domain) ownerElement {
	if d.Metadata == nil {
		return ownerElement{}
	}
	dec := xml.NewDecoder(strings.NewReader("<m>" + d.Metadata.XML + "</m>"))
	var wrapper struct {
		Owners []ownerElement `xml:"urn:hyperlab:owner:1 owner"`
	}
	if err := dec.Decode(&wrapper); err != nil || len(wrapper.Owners) == 0 {
		return ownerElement{}
	}
	o := wrapper.Owners[0]
	o.Value = strings.TrimSpace(o.Value)
	return o
}

// fromXML sets m's attributes from the persistent definition libvirt returns.
func (m *DomainModel) fromXML(text string) error {
	var d libvirtxml.Domain
	if err := d.Unmarshal(text); err != nil {
		return fmt.Errorf("reading the domain's XML: %w", err)
	}
	m.UUID = types.StringValue(d.UUID)
	m.Type = types.StringValue(d.Type)
	m.Description = resourceutil.OptionalString(d.Description)
	m.Title = types.StringValue(d.Title) // "" for none, as the attribute's default says
	if d.VCPU != nil {
		m.Vcpus = types.Int64Value(int64(d.VCPU.Value))
	}
	if d.Memory != nil {
		m.MemoryMiB = types.Int64Value(int64(memoryMiB(d.Memory)))
	}
	m.CPUMode = types.StringValue("")
	if d.CPU != nil {
		m.CPUMode = types.StringValue(d.CPU.Mode)
	}
	m.Firmware = types.StringValue("bios")
	live := ""
	defer func() { m.fromOwnerElement(DomainOwner(&d), live) }()
	m.Kernel, m.Initrd, m.Cmdline = types.StringNull(), types.StringNull(), types.StringNull()
	if d.OS != nil {
		if d.OS.Firmware == "efi" {
			m.Firmware = types.StringValue("efi")
		}
		if d.OS.Type != nil {
			live = d.OS.Type.Machine
		}
		m.Kernel, m.Initrd, m.Cmdline = resourceutil.OptionalString(d.OS.Kernel), resourceutil.OptionalString(d.OS.Initrd), resourceutil.OptionalString(d.OS.Cmdline)
	}
	m.Disks, m.Seed, m.Nics = nil, types.StringNull(), nil
	m.Agent, m.Graphics = types.BoolValue(false), types.StringValue("none")
	if d.Devices == nil {
		return nil
	}
	for _, disk := range d.Devices.Disks {
		file := ""
		if disk.Source != nil && disk.Source.File != nil {
			file = disk.Source.File.File
		}
		switch disk.Device {
		case "cdrom":
			m.Seed = resourceutil.OptionalString(file)
		case "", "disk":
			format := ""
			if disk.Driver != nil {
				format = disk.Driver.Type
			}
			m.Disks = append(m.Disks, Disk{Path: types.StringValue(file), Format: types.StringValue(format)})
		}
	}
	for _, iface := range d.Devices.Interfaces {
		nic := kvmNic{Bridge: types.StringNull(), Tap: types.StringNull(), MAC: types.StringValue(""), Model: types.StringValue("")}
		if iface.MAC != nil {
			nic.MAC = types.StringValue(strings.ToLower(iface.MAC.Address))
		}
		if iface.Model != nil {
			nic.Model = types.StringValue(iface.Model.Type)
		}
		switch {
		case iface.Source != nil && iface.Source.Bridge != nil:
			nic.Bridge = types.StringValue(iface.Source.Bridge.Bridge)
		case iface.Source != nil && iface.Source.Ethernet != nil && iface.Target != nil:
			nic.Tap = types.StringValue(iface.Target.Dev)
		}
		m.Nics = append(m.Nics, nic)
	}
	for _, ch := range d.Devices.Channels {
		if ch.Target != nil && ch.Target.VirtIO != nil && ch.Target.VirtIO.Name == agentChannel {
			m.Agent = types.BoolValue(true)
		}
	}
	for _, g := range d.Devices.Graphics {
		if g.VNC != nil {
			m.Graphics = types.StringValue("vnc")
		}
	}
	return nil
}

// memoryMiB converts libvirt's memory element (KiB unless it says otherwise) to MiB.
func memoryMiB(mem *libvirtxml.DomainMemory) uint {
	switch strings.ToLower(mem.Unit) {
	case "", "k", "kib":
		return mem.Value / 1024
	case "m", "mib":
		return mem.Value
	case "g", "gib":
		return mem.Value * 1024
	case "b", "bytes":
		return mem.Value / (1 << 20)
	}
	return mem.Value / 1024
}

// sameMachine keeps the alias a user wrote (pc, q35) when libvirt shows the
// versioned type it stands for (pc-i440fx-7.2, pc-q35-7.2).
func sameMachine(configured, live string) string {
	switch {
	case configured == "pc" && strings.HasPrefix(live, "pc-i440fx-"):
		return configured
	case configured == "q35" && strings.HasPrefix(live, "pc-q35-"):
		return configured
	}
	return live
}
