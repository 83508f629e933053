package provider

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
)

func errorDiag(summary string, err error) diag.Diagnostics {
	var d diag.Diagnostics
	d.AddError(summary, err.Error())
	return d
}

// removeOwnedFile removes a file the resource made; one that no longer carries
// its owner mark (made again by someone else since) is left, with a warning.
func removeOwnedFile(ctx context.Context, file, owner string, diags *diag.Diagnostics) {
	defer hostfile.RemoveDirIfEmpty(filepath.Dir(file))
	have, err := hostfile.Owner(file)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		diags.AddError("Removing the file failed", err.Error())
		return
	}
	if have != owner {
		diags.AddWarning("File left on the host", fmt.Sprintf("%s carries the owner mark %q, not this resource's %q: "+
			"it is not the file this resource made, so it stays", file, have, owner))
		return
	}
	if err := os.Remove(file); err != nil && !errors.Is(err, fs.ErrNotExist) {
		diags.AddError("Removing the file failed", err.Error())
		return
	}
	tflog.Info(ctx, "removed", map[string]any{"path": file})
}
