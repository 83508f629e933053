package provider

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"
)

// Read keeps the mark it finds in found_mark and never writes owner: owner is
// the mark this resource applied (null after an import), which the ownership
// rule compares the found one with.
func TestKvmDomainReadKeepsOwner(t *testing.T) {
	defined := kvmDomainModel{Name: types.StringValue("web"), Owner: types.StringValue("other-stack/web"), Type: types.StringValue("qemu"),
		Vcpus: types.Int64Value(1), MemoryMiB: types.Int64Value(64), CPUMode: types.StringValue("maximum"), Machine: types.StringValue("pc"),
		Firmware: types.StringValue("bios"), Graphics: types.StringValue("none")}
	text, err := defined.domainXML("")
	if err != nil {
		t.Fatal(err)
	}
	for _, applied := range []types.String{types.StringValue("this-stack/web"), types.StringNull()} {
		m := kvmDomainModel{Name: types.StringValue("web"), Owner: applied}
		if err := m.fromXML(text); err != nil {
			t.Fatal(err)
		}
		if !m.Owner.Equal(applied) {
			t.Errorf("Read wrote owner %v over the applied %v", m.Owner, applied)
		}
		if m.FoundMark.ValueString() != "other-stack/web" {
			t.Errorf("found_mark %v, want the mark on the host", m.FoundMark)
		}
	}
	// A domain without metadata carries no mark: found_mark "".
	m := kvmDomainModel{Owner: types.StringValue("this-stack/web")}
	if err := m.fromXML(`<domain type="qemu"><name>web</name></domain>`); err != nil {
		t.Fatal(err)
	}
	if m.FoundMark.ValueString() != "" || m.FoundMark.IsNull() || m.Owner.ValueString() != "this-stack/web" {
		t.Errorf("unmarked domain: found_mark %v, owner %v", m.FoundMark, m.Owner)
	}
}
