package resourceutil

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/hostfile"
	"github.com/hyperlab/terraform-provider-hyperlab/internal/ownership"
)

func ErrorDiag(summary string, err error) diag.Diagnostics {
	var d diag.Diagnostics
	d.AddError(summary, err.Error())
	return d
}

// RemoveOwnedFile removes a file the resource made: one that carries applied,
// the mark the resource applied last (its state's). A file that carries another
// mark or none (made again by someone else since, or imported and never applied)
// is not the resource's: it stays, with a warning naming it and its mark.
func RemoveOwnedFile(ctx context.Context, file, applied string, diags *diag.Diagnostics) {
	defer hostfile.RemoveDirIfEmpty(filepath.Dir(file))
	found, err := hostfile.Owner(file)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		diags.AddError("Removing the file failed", err.Error())
		return
	}
	if ownership.Of(true, found, applied) != ownership.Ours {
		tflog.Warn(ctx, "leaving a file that is not this resource's", map[string]any{"path": file, "found_mark": found, "owner": applied})
		diags.AddWarning("File left on the host", ownership.Left(file, found, applied))
		return
	}
	if err := os.Remove(file); err != nil && !errors.Is(err, fs.ErrNotExist) {
		diags.AddError("Removing the file failed", fmt.Sprintf("removing %s: %v", file, err))
		return
	}
	tflog.Info(ctx, "removed", map[string]any{"path": file})
}
