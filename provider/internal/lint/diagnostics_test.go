// Package lint holds checks over the provider's own sources that go vet does not
// make. TestNoDroppedErrors runs the DroppedErrors analyzer (errors.go) over the
// module. TestNoDroppedDiagnostics: the framework's conversions (ElementsAs, As,
// the *ValueFrom constructors, Get/Set of a plan, state or config) return their
// problems as diagnostics, not as an error, so errcheck-style linters do not see a
// dropped one. Each must be appended, returned or turned into an error.
package lint

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// Calls whose last (or only) result is diag.Diagnostics.
var diagnosing = map[string]bool{
	"ElementsAs": true, "As": true,
	"ListValueFrom": true, "SetValueFrom": true, "MapValueFrom": true, "ObjectValueFrom": true,
	"ListValue": true, "SetValue": true, "MapValue": true, "ObjectValue": true,
	"Get": true, "Set": true, "GetAttribute": true, "SetAttribute": true, "RemoveResource": false,
}

// A framework call: the method name is in the list and its first argument is a
// context (ctx, or a call into package context), which map Get/Set calls do not take.
func frameworkCall(call *ast.CallExpr) (string, bool) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || !diagnosing[sel.Sel.Name] || len(call.Args) == 0 {
		return "", false
	}
	switch a := call.Args[0].(type) {
	case *ast.Ident:
		if a.Name == "ctx" {
			return sel.Sel.Name, true
		}
	case *ast.CallExpr:
		if s, ok := a.Fun.(*ast.SelectorExpr); ok {
			if pkg, ok := s.X.(*ast.Ident); ok && pkg.Name == "context" {
				return sel.Sel.Name, true
			}
		}
	}
	// types.ListValueFrom(ctx, ...) and the like are caught above; a conversion
	// called with context.Background() is caught too (and is wrong for another reason).
	return "", false
}

func TestNoDroppedDiagnostics(t *testing.T) {
	root := filepath.Join("..")
	fset := token.NewFileSet()
	var found []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		file, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch s := n.(type) {
			case *ast.ExprStmt:
				if call, ok := s.X.(*ast.CallExpr); ok {
					if name, ok := frameworkCall(call); ok {
						found = append(found, fset.Position(call.Pos()).String()+": the diagnostics of "+name+" are dropped")
					}
				}
			case *ast.AssignStmt:
				if len(s.Rhs) != 1 {
					return true
				}
				call, ok := s.Rhs[0].(*ast.CallExpr)
				if !ok {
					return true
				}
				if name, ok := frameworkCall(call); ok {
					if last, ok := s.Lhs[len(s.Lhs)-1].(*ast.Ident); ok && last.Name == "_" {
						found = append(found, fset.Position(call.Pos()).String()+": the diagnostics of "+name+" are assigned to _")
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(found) > 0 {
		t.Errorf("%d dropped diagnostics:\n%s", len(found), strings.Join(found, "\n"))
	}
}
