// Package hostfileresource is hyperlab_host_file: a file the lab puts on the host,
// marked with its owner in an extended attribute (internal/hostfile).
package hostfileresource
