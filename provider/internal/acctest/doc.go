// Package acctest is the acceptance tests' harness, for the _test packages of the
// resource packages: the provider server they run the engine against, the test
// network namespace (Main, RequireNetns), and the ownership table every marking
// kind runs through (RunOwnershipTable). Only tests import it.
package acctest
