package dhcp_test

import (
	"testing"

	"github.com/hyperlab/terraform-provider-hyperlab/internal/acctest"
)

// The acceptance tests run in the namespace, with the restore records, that
// acctest.Main sets up and removes.
func TestMain(m *testing.M) { acctest.Main(m) }
