// Package resourceutil holds what the resource packages share: ids and the
// common attributes (netns, mark, found_mark), reading back after a write,
// waits with deadlines, the host-wide locks, and the removal of owned files.
package resourceutil
