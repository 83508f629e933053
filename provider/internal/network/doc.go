// Package network is the host-network resources that are links: hyperlab_bridge,
// hyperlab_tap and hyperlab_vxlan, made with netlink in the host's or a named
// network namespace, each marked with its owner in the link's alias. Their
// restore functions (restore.go) bring them back at boot for internal/restore.
package network
