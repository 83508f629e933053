package kvm

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// Read keeps the mark it finds in found_mark and never writes owner: owner is
// the mark this resource applied (null after an import), which the ownership
// rule compares the found one with.
func TestKvmDomainReadKeepsOwner(t *testing.T) {
	defined := DomainModel{Name: types.StringValue("web"), Owner: types.StringValue("other-stack/web"), Type: types.StringValue("qemu"),
		Vcpus: types.Int64Value(1), MemoryMiB: types.Int64Value(64), CPUMode: types.StringValue("maximum"), Machine: types.StringValue("pc"),
		Firmware: types.StringValue("bios"), Graphics: types.StringValue("none")}
	text, err := defined.DomainXML("")
	if err != nil {
		t.Fatal(err)
	}
	for _, applied := range []types.String{types.StringValue("this-stack/web"), types.StringNull()} {
		m := DomainModel{Name: types.StringValue("web"), Owner: applied}
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
	m := DomainModel{Owner: types.StringValue("this-stack/web")}
	if err := m.fromXML(`<domain type="qemu"><name>web</name></domain>`); err != nil {
		t.Fatal(err)
	}
	if m.FoundMark.ValueString() != "" || m.FoundMark.IsNull() || m.Owner.ValueString() != "this-stack/web" {
		t.Errorf("unmarked domain: found_mark %v, owner %v", m.FoundMark, m.Owner)
	}
}

// The title goes into the definition and comes back from it; "" is none.
func TestKvmDomainTitle(t *testing.T) {
	for _, title := range []string{"Lab web – ${x} Σ", ""} {
		m := DomainModel{Name: types.StringValue("web"), Owner: types.StringValue("s/web"), Type: types.StringValue("qemu"),
			Vcpus: types.Int64Value(1), MemoryMiB: types.Int64Value(64), CPUMode: types.StringValue("maximum"), Machine: types.StringValue("pc"),
			Firmware: types.StringValue("bios"), Graphics: types.StringValue("none"), Title: types.StringValue(title)}
		text, err := m.DomainXML("")
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(text, "<title>") != (title != "") {
			t.Errorf("title %q: definition %s", title, text)
		}
		back := DomainModel{}
		if err := back.fromXML(text); err != nil {
			t.Fatal(err)
		}
		if !back.Title.Equal(types.StringValue(title)) {
			t.Errorf("title %q read back as %v", title, back.Title)
		}
	}
	for title, ok := range map[string]bool{
		strings.Repeat("é", 255): true, "Lab web ${x}": true, "": true,
		"two\nlines": false, "tab\there": false, "esc\x1b[2J": false, "c1\u0085": false, "\ufffe": false, strings.Repeat("t", 256): false,
	} {
		resp := &validator.StringResponse{}
		domainTitle.ValidateString(context.Background(), validator.StringRequest{Path: path.Root("title"), ConfigValue: types.StringValue(title)}, resp)
		if resp.Diagnostics.HasError() == ok {
			t.Errorf("title %q: accepted %v, want %v", title, !resp.Diagnostics.HasError(), ok)
		}
	}
}
