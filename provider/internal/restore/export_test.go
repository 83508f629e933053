package restore

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/resource"
)

// Internals for the external tests (restore_test), which cannot be in this
// package: they need the provider's kinds, and the provider imports restore.

var (
	EncodeRecord = encodeRecord
	DecodeRecord = decodeRecord
	RecordFile   = recordFile
	DomainUses   = domainUses
	FoundUnowned = foundUnowned
	// Copied and StartLibvirtDomains are the variables themselves: tests reset
	// the one and replace the other (leaving the host's libvirt alone).
	Copied              = &copied
	StartLibvirtDomains = &startLibvirtDomains
)

func (h *Host) Save(ctx context.Context, kinds Kinds, name string, content []byte, logf func(string, ...any), own ...string) (string, error) {
	return h.save(ctx, kinds, name, content, logf, own...)
}

func (h *Host) Remove(ctx context.Context, kinds Kinds, name string, logf func(string, ...any), own ...string) error {
	return h.remove(ctx, kinds, name, logf, own...)
}

func (h *Host) Binary() string      { return h.binary() }
func (h *Host) BootCommand() string { return h.bootCommand() }
func (h *Host) Unit() string        { return h.unit() }

func (ks Kinds) RecordIsOurs(kind, found string, own ...string) bool {
	return ks.recordIsOurs(kind, found, own...)
}

// Wrapper is the wrapper Kinds.Wrap puts around a resource.
type Wrapper = wrapper

// NewWrapper wraps inner as a resource of kind k, the only kind it knows.
func NewWrapper(inner resource.Resource, k *Kind) *Wrapper {
	return &wrapper{Resource: inner, kind: k, kinds: Kinds{k}}
}
