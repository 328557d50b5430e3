package interp

import "go/ast"

// fixCall applies the call rewrites of the fix_*.go files; it returns the
// replacement of c, or nil to leave c to the other rewrites.
func (m *modernizer) fixCall(c *ast.CallExpr) ast.Expr {
	if e := m.recoverCall(c); e != nil {
		return e
	}
	m.nilVariadic(c)
	if e := m.newExpr(c); e != nil {
		return e
	}
	if e := m.randN(c); e != nil {
		return e
	}
	if e := m.syncOnceValue(c); e != nil {
		return e
	}
	m.nnModuleArgs(c)
	m.slogArgs(c)
	if e := m.ioUpgrade(c); e != nil {
		return e
	}
	m.noteBoxedIsTarget(c)
	m.boxedArgs(c)
	if e := m.errorsCall(c); e != nil {
		return e
	}
	if e := m.explicitIfaceConversion(c); e != nil {
		return e
	}
	return nil
}

// fixCell applies the whole-cell rewrites of the fix_*.go files before the
// others run.
func (m *modernizer) fixCell(pc *parsedCell) {
	m.identConversions(pc)
	m.localAliases(pc)
	m.parenAssignedReceives(pc) // see fix_recvassign.go
	m.rangePtrArrays(pc)        // see fix_rangeptrarray.go
	m.switchClauses(pc)
	m.forInitConds(pc)
	m.parallelNils(pc)
	m.parallelAnys(pc)
	m.shortRedecls(pc)          // see fix_shortredecl.go
	m.parallelDirectAssigns(pc) // see fix_parassign.go (before returnBuiltins)
	m.mapCommaOks(pc)           // see fix_mapcommaok.go
	m.returnBuiltins(pc)
	m.loopVarPointers(pc)
	m.zeroNamedResults(pc)
	m.closuresForDefer(pc)
	m.nilSafeDefers(pc)
	m.deferChains(pc)
	m.declRecovers(pc)
	m.markBlankAsserts(pc)
	m.deferStacks(pc)
	m.compiledCallbacks(pc)
	m.selectChans(pc)
	m.goMethodCalls(pc)
	m.errorTypeSwitches(pc)
	m.pointerMethodValues(pc)
	m.promotedMethods(pc)
	m.explicitConsts(pc)
	m.parallelIfaceAssign(pc)
	m.ifaceCopies(pc)
	m.boxedReturns(pc)
	m.boxedAssertions(pc)
	m.boxedSingleAssertions(pc)
	m.ifaceTagSwitches(pc) // see fix_errswitch.go
	m.errorEquality(pc)
	m.compiledIfaceFields(pc)
	m.ifaceOperandAssign(pc)
	m.complexDivisors(pc)
	m.ptrMethodAsserts(pc)
	m.ifaceAssertions(pc)
	m.panicNotes(pc)
}

// topLevelNames are the names decls declare at the package level: a cell's
// variable st is not the package st its selectors (st.String()) would
// otherwise import into the checked file ("st already declared through
// import of package st").
func topLevelNames(decls []ast.Decl) map[string]bool {
	names := map[string]bool{}
	for _, d := range decls {
		switch x := d.(type) {
		case *ast.FuncDecl:
			if x.Recv == nil {
				names[x.Name.Name] = true
			}
		case *ast.GenDecl:
			for _, s := range x.Specs {
				switch sp := s.(type) {
				case *ast.ValueSpec:
					for _, n := range sp.Names {
						names[n.Name] = true
					}
				case *ast.TypeSpec:
					names[sp.Name.Name] = true
				}
			}
		}
	}
	return names
}
