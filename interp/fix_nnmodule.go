package interp

import (
	"go/ast"
	"go/types"
	"reflect"

	"github.com/gograd/gograd/tensor/nn"
)

// Session modules with a SetTraining method handed to compiled nn code.
// nn.Train, nn.Eval and Sequential.SetTraining switch a module's mode
// through m.(nn.TrainingSetter); a session module reaches them as yaegi's
// wrapper of nn.Module, which has Forward and Parameters only, so
// nn.Eval(model) left the session model (and the Dropout inside it) in
// training mode. An argument of a session type with SetTraining passed
// for an nn.Module parameter goes through gg__.NNTrainable, a compiled
// module that has SetTraining too:
//
//	nn.Eval(m)  =>  nn.Eval(func(gg__m *MLP) nn.Module { return gg__.NNTrainable(gg__m, gg__m.SetTraining) }(m))

const nnPath = "github.com/gograd/gograd/tensor/nn"

// nnTrainable is a session module with its SetTraining method.
type nnTrainable struct {
	nn.Module
	set func(bool)
}

func (t nnTrainable) SetTraining(training bool) { t.set(training) }

func init() {
	extraRuntime["NNTrainable"] = reflect.ValueOf(func(m nn.Module, set func(bool)) nn.Module {
		if m == nil || set == nil {
			return m
		}
		return nnTrainable{m, set}
	})
}

// isNNModule reports whether t is nn.Module.
func isNNModule(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == "Module" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == nnPath
}

// nnModuleArgs rewrites the arguments of c (see above).
func (m *modernizer) nnModuleArgs(c *ast.CallExpr) {
	fn := m.calledFunc(c)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != nnPath || c.Ellipsis.IsValid() {
		return
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return
	}
	params := sig.Params()
	for i, a := range c.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			pt = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
		case i < params.Len():
			pt = params.At(i).Type()
		default:
			return
		}
		if !isNNModule(pt) {
			continue
		}
		at := m.info.TypeOf(a)
		if at == nil || types.IsInterface(at) || !declaredInCell(at) || hasTypeParam(at) {
			continue
		}
		sel := types.NewMethodSet(at).Lookup(nil, "SetTraining")
		if sel == nil {
			continue
		}
		if s, ok := sel.Type().(*types.Signature); !ok || s.Params().Len() != 1 || s.Results().Len() != 0 {
			continue
		}
		pos := a.Pos()
		te, ok1 := m.typeExpr(at, pos)
		me, ok2 := m.typeExpr(pt, pos)
		if !ok1 || !ok2 {
			continue
		}
		src := "func(gg__m " + exprString(te) + ") " + exprString(me) + " { return gg__.NNTrainable(gg__m, gg__m.SetTraining) }"
		lit, err := parseExprSafe(src, pos)
		if err != nil {
			continue
		}
		c.Args[i] = &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{a}, Rparen: a.End()}
	}
}
