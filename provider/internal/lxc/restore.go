package lxc

import (
	"context"
	"fmt"
	"os"

	"github.com/hashicorp/terraform-plugin-framework/tfsdk"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/resourceutil"
)

// Starting a container at boot, from its restore record (registered by the
// provider as the lxc_container kind's).
//
// The objects as the host has them at boot, before restore makes or takes one:
// whether there is one, and the mark it carries. Restore brings back only what
// is absent or carries the record's mark (ownership.Of): anything else of that
// name is another's, or no one's, and is left as it is.

// A container is started only when it is meant to run and to start with the
// host; restore never makes one (its root filesystem outlives a reboot).
func RestoreContainer(ctx context.Context, st tfsdk.State) (string, error) {
	var m ContainerModel
	if err := resourceutil.GetModel(ctx, st, &m); err != nil {
		return "", err
	}
	if !m.Running.ValueBool() || !m.Autostart.ValueBool() {
		return fmt.Sprintf("left as it is (running %t, autostart %t)", m.Running.ValueBool(), m.Autostart.ValueBool()), nil
	}
	state, err := m.state(ctx)
	if err != nil {
		return "", err
	}
	if state == "" {
		return "", fmt.Errorf("container %s is not defined in %s: restore starts containers, a deploy makes them", m.Name.ValueString(), m.LxcPath.ValueString())
	}
	if err := m.refuseUnlessOurs(m.Mark.ValueString()); err != nil {
		return "", err
	}
	if err := (&lxcContainerResource{}).converge(ctx, &m); err != nil {
		return "", err
	}
	return "running (was " + state + ")", nil
}

// FoundContainer: a container carries its mark in its configuration.
func FoundContainer(ctx context.Context, st tfsdk.State) (bool, string, error) {
	var m ContainerModel
	if err := resourceutil.GetModel(ctx, st, &m); err != nil {
		return false, "", err
	}
	if !m.Running.ValueBool() || !m.Autostart.ValueBool() {
		return false, "", nil // restore leaves it as it is, whoever's it is
	}
	if _, err := os.Stat(m.configPath()); os.IsNotExist(err) {
		return false, "", nil
	}
	mark, err := m.configMark()
	return true, mark, err
}
