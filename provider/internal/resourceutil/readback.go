package resourceutil

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
)

// ReadBackCreate ends a Create with a Read of what the host has: the
// resource's own Read runs over the state just set from the plan, as the next
// refresh would, so what is recorded is what is there. An object Read does not
// find is an error: it was just made.
func ReadBackCreate(ctx context.Context, r resource.Resource, what string, resp *resource.CreateResponse) {
	if resp.Diagnostics.HasError() {
		return
	}
	read := resource.ReadResponse{State: resp.State, Private: resp.Private}
	r.Read(ctx, resource.ReadRequest{State: resp.State, Private: resp.Private}, &read)
	resp.Diagnostics.Append(read.Diagnostics...)
	if read.State.Raw.IsNull() {
		resp.Diagnostics.AddError("Reading back failed", fmt.Sprintf("%s is not there right after it was created", what))
		return
	}
	resp.State, resp.Private = read.State, read.Private
}

// ReadBackUpdate is ReadBackCreate for an Update.
func ReadBackUpdate(ctx context.Context, r resource.Resource, what string, resp *resource.UpdateResponse) {
	if resp.Diagnostics.HasError() {
		return
	}
	read := resource.ReadResponse{State: resp.State, Private: resp.Private}
	r.Read(ctx, resource.ReadRequest{State: resp.State, Private: resp.Private}, &read)
	resp.Diagnostics.Append(read.Diagnostics...)
	if read.State.Raw.IsNull() {
		resp.Diagnostics.AddError("Reading back failed", fmt.Sprintf("%s is not there right after it was updated", what))
		return
	}
	resp.State, resp.Private = read.State, read.Private
}

// WithDeadline is ctx ended after the operation's timeout (the resource's
// timeouts block, or def), and the diagnostics of reading that block.
func WithDeadline(ctx context.Context, timeout func(context.Context, time.Duration) (time.Duration, diag.Diagnostics), def time.Duration) (context.Context, context.CancelFunc, diag.Diagnostics) {
	d, diags := timeout(ctx, def)
	if diags.HasError() {
		return ctx, func() {}, diags
	}
	ctx, cancel := context.WithTimeout(ctx, d)
	return ctx, cancel, diags
}
