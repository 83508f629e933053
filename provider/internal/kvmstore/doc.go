// Package kvmstore is the files a KVM guest runs from: hyperlab_kvm_image (a
// base image copied or downloaded into place) and hyperlab_kvm_volume (a qcow2 or
// raw volume made with qemu-img), each marked with its owner in an extended
// attribute.
package kvmstore
