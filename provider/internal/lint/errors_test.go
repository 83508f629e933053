package lint

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// The analyzer reports each dropped error of its fixture, and nothing else
// (analysistest fails on a missing report and on an unexpected one).
func TestDroppedErrorsFixture(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), DroppedErrors, "dropped")
}

// TestNoDroppedErrors runs the analyzer over the provider's own sources (tests
// apart: their cleanups may drop errors): any dropped error fails it, named by
// file and line.
func TestNoDroppedErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("loads and type-checks the whole module")
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: "../.."}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors loading the module", n)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{DroppedErrors}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for act := range graph.All() {
		if !act.IsRoot {
			continue
		}
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		for _, d := range act.Diagnostics {
			found = append(found, act.Package.Fset.Position(d.Pos).String()+": "+d.Message)
		}
	}
	if len(found) > 0 {
		t.Errorf("%d dropped errors:\n%s", len(found), strings.Join(found, "\n"))
	}
}
