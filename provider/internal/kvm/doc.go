// Package kvm is the libvirt guest resources: hyperlab_kvm_domain (its schema,
// domain XML, power state and readiness waits, cloud-init included) and
// hyperlab_kvm_seed (the cloud-init seed ISO). The disks they use are
// internal/kvmstore's.
package kvm
