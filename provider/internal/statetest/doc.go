// Package statetest builds framework states from a resource's model, for unit
// tests that call a resource's methods directly. Only tests import it.
package statetest
