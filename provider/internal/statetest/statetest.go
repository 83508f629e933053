package statetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// WithNullTimeouts is model (a resource's model, or a pointer to one) with a
// null timeouts block of the create, update and delete timeouts, when the test
// left its Timeouts field unset: as the engine sends a configuration without one.
func WithNullTimeouts(model any) any {
	v := reflect.ValueOf(model)
	ptr := v.Kind() == reflect.Pointer
	if ptr {
		v = v.Elem()
	}
	f := v.FieldByName("Timeouts")
	if !f.IsValid() || !f.Interface().(timeouts.Value).Object.Equal(timeouts.Value{}.Object) {
		return model
	}
	copied := reflect.New(v.Type())
	copied.Elem().Set(v)
	copied.Elem().FieldByName("Timeouts").Set(reflect.ValueOf(timeouts.Value{Object: types.ObjectNull(map[string]attr.Type{
		"create": types.StringType, "update": types.StringType, "delete": types.StringType})}))
	if ptr {
		return copied.Interface()
	}
	return copied.Elem().Interface()
}

func StateOf(t *testing.T, r resource.Resource, model any) tfsdk.State {
	t.Helper()
	ctx := context.Background()
	s := resourceutil.SchemaOf(ctx, r)
	st := tfsdk.State{Schema: s, Raw: tftypes.NewValue(s.Type().TerraformType(ctx), nil)}
	if diags := st.Set(ctx, WithNullTimeouts(model)); diags.HasError() {
		t.Fatal(resourceutil.DiagError(diags))
	}
	return st
}
