package lint

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// DroppedErrors is an errcheck-style analyzer: it reports a call whose error
// result is dropped, either as a statement of its own (`os.Remove(f)`) or
// assigned to the blank identifier (`_ = os.Remove(f)`, `n, _ := strconv.Atoi(s)`).
// An error that does not matter is still handled where it is made: logged,
// returned, joined into another, or compared (os.IsNotExist and the like), so a
// reader sees the decision. The call of a defer or go statement is not checked
// (a deferred Close of a file only read is the usual case), the function
// literals it runs are; the writes that cannot fail
// (a bytes.Buffer's, a strings.Builder's, a hash's) and fmt's printing of a
// message (fmt.Print*, fmt.Fprint*: to a command's own output, a builder, a
// response) are not reported.
var DroppedErrors = &analysis.Analyzer{
	Name: "droppederrors",
	Doc:  "reports calls whose error result is dropped (a statement of its own, or assigned to _)",
	Run:  runDroppedErrors,
}

var errorType = types.Universe.Lookup("error").Type()

// Calls whose error never happens or is never an answer.
var neverFails = map[string]bool{
	"(*bytes.Buffer).Write": true, "(*bytes.Buffer).WriteString": true, "(*bytes.Buffer).WriteByte": true, "(*bytes.Buffer).WriteRune": true,
	"(*strings.Builder).Write": true, "(*strings.Builder).WriteString": true, "(*strings.Builder).WriteByte": true, "(*strings.Builder).WriteRune": true,
	"fmt.Print": true, "fmt.Printf": true, "fmt.Println": true,
	"fmt.Fprint": true, "fmt.Fprintf": true, "fmt.Fprintln": true,
	"(hash.Hash).Write": true,
}

func runDroppedErrors(pass *analysis.Pass) (any, error) {
	for _, file := range pass.Files {
		ast.Inspect(file, visitor(pass))
	}
	return nil, nil
}

// inspectBodies looks into the function literals of a deferred or started call
// (its function and arguments) without reporting the call itself.
func inspectBodies(call *ast.CallExpr, pass *analysis.Pass) {
	for _, e := range append([]ast.Expr{call.Fun}, call.Args...) {
		if lit, ok := e.(*ast.FuncLit); ok {
			ast.Inspect(lit.Body, visitor(pass))
		}
	}
}

func visitor(pass *analysis.Pass) func(ast.Node) bool {
	return func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.DeferStmt:
			inspectBodies(s.Call, pass)
			return false
		case *ast.GoStmt:
			inspectBodies(s.Call, pass)
			return false
		case *ast.ExprStmt:
			call, ok := ast.Unparen(s.X).(*ast.CallExpr)
			if !ok {
				return true
			}
			if results := resultTypes(pass, call); results != nil && !exempt(pass, call) {
				for i := 0; i < results.Len(); i++ {
					if types.Identical(results.At(i).Type(), errorType) {
						pass.Reportf(call.Pos(), "the error of %s is dropped", callName(pass, call))
						break
					}
				}
			}
		case *ast.AssignStmt:
			if len(s.Rhs) == 1 && len(s.Lhs) > 1 {
				call, ok := ast.Unparen(s.Rhs[0]).(*ast.CallExpr)
				if !ok {
					return true
				}
				results := resultTypes(pass, call)
				if results == nil || results.Len() != len(s.Lhs) {
					return true
				}
				for i, lhs := range s.Lhs {
					if blank(lhs) && types.Identical(results.At(i).Type(), errorType) {
						pass.Reportf(call.Pos(), "the error of %s is assigned to _", callName(pass, call))
					}
				}
				return true
			}
			for i, lhs := range s.Lhs {
				if i >= len(s.Rhs) || !blank(lhs) {
					continue
				}
				call, ok := ast.Unparen(s.Rhs[i]).(*ast.CallExpr)
				if !ok {
					continue
				}
				if t := pass.TypesInfo.TypeOf(call); t != nil && types.Identical(t, errorType) {
					pass.Reportf(call.Pos(), "the error of %s is assigned to _", callName(pass, call))
				}
			}
		}
		return true
	}
}

func blank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}

// resultTypes is the call's results, nil for a conversion or a builtin.
func resultTypes(pass *analysis.Pass, call *ast.CallExpr) *types.Tuple {
	if tv, ok := pass.TypesInfo.Types[call.Fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
		return nil
	}
	sig, ok := pass.TypesInfo.TypeOf(call.Fun).Underlying().(*types.Signature)
	if !ok {
		return nil
	}
	return sig.Results()
}

func callee(pass *analysis.Pass, call *ast.CallExpr) *types.Func {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return nil
	}
	fn, _ := pass.TypesInfo.Uses[id].(*types.Func)
	return fn
}

func exempt(pass *analysis.Pass, call *ast.CallExpr) bool {
	fn := callee(pass, call)
	return fn != nil && neverFails[fn.FullName()]
}

func callName(pass *analysis.Pass, call *ast.CallExpr) string {
	if fn := callee(pass, call); fn != nil {
		return fn.FullName()
	}
	return types.ExprString(call.Fun)
}
