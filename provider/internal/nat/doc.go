// Package nat is hyperlab_nat: the iptables rules (masquerade, forwarding, input)
// and the ip_forward switches of a bridge's network, each rule marked with its
// owner in its comment. internal/dhcp uses its rule helpers for its own input
// rules.
package nat
