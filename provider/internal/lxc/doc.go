// Package lxc is hyperlab_lxc_container: the container's configuration, its
// creation from a template (Debian's included), its provisioning (files and
// commands) and its start at boot from a restore record.
package lxc
