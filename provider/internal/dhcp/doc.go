// Package dhcp is hyperlab_dhcp: a dnsmasq per bridge, its reservations, DNS and
// input rules, and its restore at boot.
package dhcp
