package desktop

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/statetest"
)

func vboxModel(cpus, memory int64, running bool) *virtualBoxVMModel {
	return &virtualBoxVMModel{
		ID: types.StringValue("vm"), Name: types.StringValue("vm"), OSType: types.StringValue("Linux_64"),
		Cpus: types.Int64Value(cpus), MemoryMiB: types.Int64Value(memory),
		Nics:      types.ListValueMust(virtualBoxNicType, []attr.Value{}),
		DiskImage: types.StringValue("/srv/disk.vdi"), Ova: types.StringNull(),
		BaseFolder: types.StringValue("/var/lib/hyperlab/virtualbox"), Running: types.BoolValue(running),
	}
}

// modifyPlanWarnings runs r's ModifyPlan from `state` to `plan` (models of r) and returns its warnings.
func modifyPlanWarnings(t *testing.T, r resource.ResourceWithModifyPlan, state, plan any) []string {
	ctx := context.Background()
	var s resource.SchemaResponse
	r.Schema(ctx, resource.SchemaRequest{}, &s)
	empty := tftypes.NewValue(s.Schema.Type().TerraformType(ctx), nil)
	st := tfsdk.State{Schema: s.Schema, Raw: empty}
	pl := tfsdk.Plan{Schema: s.Schema, Raw: empty}
	if d := st.Set(ctx, statetest.WithNullTimeouts(state)); d.HasError() {
		t.Fatal(d)
	}
	if d := pl.Set(ctx, statetest.WithNullTimeouts(plan)); d.HasError() {
		t.Fatal(d)
	}
	resp := resource.ModifyPlanResponse{Plan: pl}
	r.ModifyPlan(ctx, resource.ModifyPlanRequest{State: st, Plan: pl}, &resp)
	var warnings []string
	for _, d := range resp.Diagnostics.Warnings() {
		warnings = append(warnings, d.Summary()+": "+d.Detail())
	}
	return warnings
}

func TestVirtualBoxPlanWarnsOfPowerOff(t *testing.T) {
	r := &virtualBoxVMResource{}
	w := modifyPlanWarnings(t, r, vboxModel(1, 512, true), vboxModel(2, 512, true))
	if len(w) != 1 || !strings.Contains(w[0], "powered off") {
		t.Fatalf("running VM, cpus changed: %q", w)
	}
	if w := modifyPlanWarnings(t, r, vboxModel(1, 512, false), vboxModel(2, 1024, false)); len(w) != 0 {
		t.Fatalf("stopped VM: %q", w)
	}
	if w := modifyPlanWarnings(t, r, vboxModel(1, 512, true), vboxModel(1, 512, false)); len(w) != 0 {
		t.Fatalf("only running changes: %q", w)
	}
}

func vmwareModel(memory int64, running bool) *vmwareVMModel {
	return &vmwareVMModel{
		ID: types.StringValue("/srv/vm/vm.vmx"), VmxPath: types.StringValue("/srv/vm/vm.vmx"), DisplayName: types.StringValue("vm"),
		GuestOS: types.StringValue("other-64"), Cpus: types.Int64Value(1), MemoryMiB: types.Int64Value(memory),
		Disks: types.ListValueMust(types.StringType, []attr.Value{}), Nics: types.ListValueMust(vmwareNicType, []attr.Value{}),
		Running: types.BoolValue(running),
	}
}

func TestVmwarePlanWarnsOfStop(t *testing.T) {
	r := &vmwareVMResource{}
	if w := modifyPlanWarnings(t, r, vmwareModel(512, true), vmwareModel(1024, true)); len(w) != 1 || !strings.Contains(w[0], "will be stopped") {
		t.Fatalf("running VM, memsize changed: %q", w)
	}
	if w := modifyPlanWarnings(t, r, vmwareModel(512, false), vmwareModel(1024, false)); len(w) != 0 {
		t.Fatalf("stopped VM: %q", w)
	}
}
