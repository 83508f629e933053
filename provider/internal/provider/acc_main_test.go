package provider

import "testing"

func TestMain(m *testing.M) { acctestMain(m) }
