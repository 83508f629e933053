package ownership

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// FoundAttribute is the computed attribute in which Read keeps the mark it found
// on the host (markAttr names the resource's own mark attribute, which Read never
// writes). The plan shows it: an object that carries another's mark, or none, is
// planned back to this resource's mark with a warning that apply will refuse to
// change it, so a drift check exits 2 and names it, and apply fails saying whose
// it is, rather than taking it.
func FoundAttribute(markAttr string) schema.StringAttribute {
	return schema.StringAttribute{
		Description: "The owner mark the object carries on the host, as the last refresh found it (\"\" for none). It differs " +
			"from `" + markAttr + "` only when the object is another's or no one's: plan says so, and apply refuses to change it.",
		Computed:      true,
		PlanModifiers: []planmodifier.String{foundMark{markAttr}},
	}
}

type foundMark struct{ markAttr string }

func (m foundMark) Description(context.Context) string {
	return "planned as the configured mark, with a warning when the object on the host carries another or none"
}

func (m foundMark) MarkdownDescription(ctx context.Context) string { return m.Description(ctx) }

func (m foundMark) PlanModifyString(ctx context.Context, req planmodifier.StringRequest, resp *planmodifier.StringResponse) {
	if req.Plan.Raw.IsNull() { // destroy: Delete decides
		return
	}
	var want types.String
	resp.Diagnostics.Append(req.Plan.GetAttribute(ctx, path.Root(m.markAttr), &want)...)
	if resp.Diagnostics.HasError() || want.IsUnknown() {
		return
	}
	if req.State.Raw.IsNull() { // create: the object is made (or taken, when ours) with this mark
		resp.PlanValue = want
		return
	}
	found := req.StateValue
	if found.IsNull() || found.IsUnknown() {
		// A state from before this attribute: the next refresh fills it in. Nothing else changing, nothing to plan.
		if !req.PlanValue.IsUnknown() {
			resp.PlanValue = found
		} else {
			resp.PlanValue = want
		}
		return
	}
	if found.ValueString() == want.ValueString() {
		resp.PlanValue = found
		return
	}
	var applied types.String
	resp.Diagnostics.Append(req.State.GetAttribute(ctx, path.Root(m.markAttr), &applied)...)
	if Of(true, found.ValueString(), applied.ValueString()) != Ours {
		resp.Diagnostics.AddAttributeWarning(req.Path, "The object on the host is not this resource's",
			fmt.Sprintf("It carries %s, not this resource's %q: apply will refuse to change it, and destroy will leave it. "+
				"Remove it from the host, or mark it %q if it is yours to hand over.", Describe(found.ValueString()),
				want.ValueString(), want.ValueString()))
	}
	resp.PlanValue = want
}
