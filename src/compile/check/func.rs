//! Per-function checking: parameters, results, the body, "missing return" (the spec's
//! terminating statements), unused variables and labels, and callee signatures.

use super::*;

impl<'a> Checker<'a> {
    pub(super) fn check_func(&mut self, file: usize, id: FuncId, decl: &ast::FuncDecl) {
        // A library generic's instance is its package's code.
        let pkg = self.instance_pkg.take().unwrap_or(self.file_pkgs[file]);
        let name = self.prog.funcs[id].name.clone();
        let bindings = std::mem::take(&mut self.type_bindings);
        let instance = !bindings.is_empty();
        let outer_targs = std::mem::replace(
            &mut self.instance_targs,
            bindings.iter().map(|(_, t)| *t).collect(),
        );
        let outer_names = std::mem::replace(
            &mut self.instance_params,
            bindings.iter().map(|(n, _)| n.clone()).collect(),
        );
        let library = self.instance_library.take();
        let func = self.with_pkg_context(file, pkg, |c| {
            let rejected_before = c.unsupported_count();
            c.func = tir::Func {
                name,
                ..Default::default()
            };
            let outer_library = (c.library_decl, c.library_body);
            if let Some(p) = library {
                // A library generic's instance: its names are its package's.
                c.library_decl = Some(p);
                c.library_body = true;
            }
            c.push_scope();
            // An instance of a generic function: its type parameters name its type arguments.
            for (n, t) in bindings {
                if n != "_" {
                    c.scopes.insert(n, Entity::TypeName(t));
                }
            }
            let is_main =
                !c.files[file].library && (decl.name.0 == "main" || decl.name.0 == "init");
            if is_main && (!decl.sig.params.is_empty() || !decl.sig.results.is_empty()) {
                c.report(
                    decl.name.1,
                    TypeError::MainSignature {
                        name: decl.name.0.to_string(),
                    },
                );
            }
            if let Some(r) = &decl.recv {
                // An instantiated receiver was reported by attach_methods.
                let base = match &r.ty.unparen().kind {
                    AK::Star(x) => x.unparen(),
                    _ => r.ty.unparen(),
                };
                let ty = if matches!(base.kind, AK::Index(..)) && !instance {
                    T::INVALID
                } else {
                    // Its blank type parameters (`Pair[_, V]`) are the instance's arguments
                    // at their places.
                    c.receiver_targs = c.instance_targs.clone();
                    let ty = c.resolve_type(&r.ty).unwrap_or(T::INVALID);
                    c.receiver_targs = Vec::new();
                    ty
                };
                let (n, pos) = r.name.clone().unwrap_or(("_".into(), r.ty.pos));
                let l = c.declare_local(&n, pos, ty, false);
                c.func.params.push(l);
            }
            c.nesting.count = 0;
            for p in &decl.sig.params {
                let ty = c.param_type(&p.ty).unwrap_or(T::INVALID);
                let (n, pos) = p.name.clone().unwrap_or(("_".into(), p.ty.pos));
                let l = c.declare_local(&n, pos, ty, false);
                c.func.params.push(l);
            }
            for r in &decl.sig.results {
                let ty = c.resolve_type(&r.ty).unwrap_or(T::INVALID);
                c.func.results.push(ty);
                if let Some((n, pos)) = &r.name {
                    let l = c.declare_local(n, *pos, ty, false);
                    c.func.named_results.push(l);
                }
            }
            c.results = c.func.results.clone();
            match &decl.body {
                Some(body) => {
                    c.check_gotos(&body.stmts);
                    // The body shares the parameters' block, as the spec says: `var x` in
                    // the body redeclares a parameter x.
                    let stmts = c.stmt_list(&body.stmts);
                    if !c.results.is_empty() && !is_terminating_list(&body.stmts) {
                        c.report(body.end, TypeError::MissingReturn);
                    }
                    c.func.body = stmts;
                }
                None if !decl.tparams.is_empty() => {
                    c.report(decl.name.1, TypeError::GenericMissingBody)
                }
                None => c.report(decl.name.1, TypeError::MissingFunctionBody),
            }
            c.pop_scope();
            c.mark_goto_labels();
            c.finish_locals(rejected_before);
            c.result_variables();
            c.func.targets = c.targets.len();
            (c.library_decl, c.library_body) = outer_library;
            let hidden = c
                .locals
                .iter()
                .filter(|(_, i)| i.name == "_")
                .map(|(l, _)| l)
                .collect();
            let hoisted = c
                .locals
                .iter()
                .filter(|(_, i)| i.hoisted)
                .map(|(l, _)| l)
                .collect();
            let declared_at = c
                .locals
                .iter()
                .filter(|(_, i)| i.name != "_")
                .map(|(l, i)| (l, i.pos))
                .collect();
            (std::mem::take(&mut c.func), hidden, hoisted, declared_at)
        });
        let (func, hidden, hoisted, declared_at) = func;
        self.instance_targs = outer_targs;
        self.instance_params = outer_names;
        let slot = &mut self.prog.funcs[id];
        slot.params = func.params;
        slot.results = func.results;
        slot.named_results = func.named_results;
        slot.locals = func.locals;
        slot.heap = func.heap;
        slot.range_vars = func.range_vars;
        slot.captures = func.captures;
        slot.has_defer = func.has_defer;
        slot.defer_cell = func.defer_cell;
        slot.has_recover = func.has_recover;
        slot.body = func.body;
        slot.targets = func.targets;
        slot.renames = func.renames;
        slot.op_assigns = func.op_assigns;
        if !self.files[file].library && library.is_none() {
            self.escape_funcs.push(crate::compile::escape::UserFunc {
                id,
                noinline: decl.noinline,
                tokens: decl.body_tokens,
                hidden,
                hoisted,
                file,
                declared_at,
            });
        }
    }

    /// How many "not supported yet" errors have been reported so far.
    pub(super) fn unsupported_count(&self) -> usize {
        self.errors
            .iter()
            .filter(|e| e.error.is_unsupported())
            .count()
    }

    /// Reports unused variables and labels of the function just checked (none after a
    /// construct memrun rejected, which may be what used them).
    pub(super) fn finish_locals(&mut self, rejected_before: usize) {
        self.stack_slices();
        let rejected = self.unsupported_count() > rejected_before;
        if rejected {
            return;
        }
        let mut found = Vec::new();
        for l in self.locals.values() {
            if l.report_unused && !l.used && l.name != "_" {
                found.push((
                    l.pos,
                    TypeError::DeclaredAndNotUsed {
                        name: l.name.clone(),
                    },
                ));
            }
        }
        for t in self.targets.values() {
            if let Some(label) = &t.label {
                if !t.used {
                    found.push((
                        t.pos,
                        TypeError::LabelNotUsed {
                            label: label.clone(),
                        },
                    ));
                }
            }
        }
        let file = self.files[self.file].index;
        for (pos, error) in found {
            self.errors.push(CheckError { file, pos, error });
        }
    }

    /// A parameter's type: `...T` is `[]T`.
    pub(super) fn param_type(&mut self, t: &ast::Expr) -> Option<TypeId> {
        match &t.kind {
            AK::DotsType(e) => self.resolve_type(e).map(|e| self.types.slice(e)),
            _ => self.resolve_type(t),
        }
    }

    pub(super) fn signature(&mut self, id: FuncId) -> (Vec<TypeId>, Vec<TypeId>) {
        if let Some(sig) = self.instance_sigs.get(&id) {
            return sig.clone();
        }
        let Some(&(file, _, decl)) = self.func_decls_lookup(id) else {
            // A library function (or the synthesized entry): its signature is in the program.
            let f = &self.prog.funcs[id];
            return (
                f.params.iter().map(|&l| f.locals[l]).collect(),
                f.results.clone(),
            );
        };
        let pkg = self.file_pkgs[file];
        let marks = self.errors.len();
        let r = self.with_pkg_context(file, pkg, |c| {
            let p: Vec<TypeId> = decl
                .recv
                .iter()
                .chain(&decl.sig.params)
                .map(|p| c.param_type(&p.ty).unwrap_or(T::INVALID))
                .collect();
            let r: Vec<TypeId> = decl
                .sig
                .results
                .iter()
                .map(|p| c.resolve_type(&p.ty).unwrap_or(T::INVALID))
                .collect();
            (p, r)
        });
        // TypeId errors in the signature are reported when the function itself is checked.
        self.errors.truncate(marks);
        r
    }

    pub(super) fn func_decls_lookup(
        &self,
        id: FuncId,
    ) -> Option<&(usize, FuncId, &'a ast::FuncDecl)> {
        // Declarations are collected in function-id order (the synthesized entry has none).
        self.func_decls.get(id.index()).filter(|d| d.1 == id)
    }
}

/// Go's terminating-statement rule (spec: "Terminating statements"), for "missing return".
pub(super) fn is_terminating_list(stmts: &[ast::Stmt]) -> bool {
    stmts
        .iter()
        .rev()
        .find(|s| !matches!(s, ast::Stmt::Empty))
        .is_some_and(is_terminating)
}

pub(super) fn is_terminating(s: &ast::Stmt) -> bool {
    crate::compile::deep(|| is_terminating_here(s))
}

pub(super) fn is_terminating_here(s: &ast::Stmt) -> bool {
    match s {
        ast::Stmt::Return(..) | ast::Stmt::Goto(..) => true,
        ast::Stmt::Expr(e) => {
            matches!(&e.kind, AK::Call(f, _, _) if matches!(&f.kind, AK::Ident(n) if n == "panic"))
        }
        ast::Stmt::Block(b, _) => is_terminating_list(b),
        ast::Stmt::If { then, els, .. } => {
            is_terminating_list(then) && els.as_ref().is_some_and(|e| is_terminating(e))
        }
        ast::Stmt::For {
            cond, body, label, ..
        } => cond.is_none() && !has_break(body, label.as_deref(), true),
        ast::Stmt::Switch { clauses, label, .. } => switch_terminates(clauses, label.as_deref()),
        ast::Stmt::TypeSwitch { clauses, .. } => switch_terminates(clauses, None),
        ast::Stmt::Select(clauses, _) => select_terminates(clauses, None),
        ast::Stmt::Labeled((l, _), s) => match &**s {
            ast::Stmt::For { cond, body, .. } => cond.is_none() && !has_break(body, Some(l), true),
            ast::Stmt::Switch { clauses, .. } | ast::Stmt::TypeSwitch { clauses, .. } => {
                switch_terminates(clauses, Some(l))
            }
            ast::Stmt::Select(clauses, _) => select_terminates(clauses, Some(l)),
            other => is_terminating(other),
        },
        _ => false,
    }
}

/// The spec's rule for a (type) switch: a default clause, and every clause ends in a
/// terminating statement or fallthrough, with no break out of the switch.
fn switch_terminates(clauses: &[ast::Clause], label: Option<&str>) -> bool {
    clauses.iter().any(|c| c.exprs.is_none())
        && clauses.iter().all(|c| {
            !has_break(&c.body, label, true)
                && (is_terminating_list(&c.body)
                    || matches!(c.body.last(), Some(ast::Stmt::Fallthrough(_))))
        })
}

/// The spec's rule for a select: every clause ends in a terminating statement, with no
/// break out of the select (so `select {}` terminates).
fn select_terminates(clauses: &[ast::CommClause], label: Option<&str>) -> bool {
    clauses
        .iter()
        .all(|c| !has_break(&c.body, label, true) && is_terminating_list(&c.body))
}

/// Does `stmts` contain a break that targets the enclosing statement?
pub(super) fn has_break(stmts: &[ast::Stmt], label: Option<&str>, top: bool) -> bool {
    crate::compile::deep(|| has_break_here(stmts, label, top))
}

pub(super) fn has_break_here(stmts: &[ast::Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| match s {
        ast::Stmt::Break(None, _) => top,
        ast::Stmt::Break(Some((l, _)), _) => Some(l.as_str()) == label,
        ast::Stmt::Block(b, _) => has_break(b, label, top),
        ast::Stmt::If { then, els, .. } => {
            has_break(then, label, top)
                || els
                    .as_ref()
                    .is_some_and(|e| has_break(std::slice::from_ref(&**e), label, top))
        }
        ast::Stmt::Labeled(_, s) => has_break(std::slice::from_ref(&**s), label, top),
        ast::Stmt::For { body, .. } | ast::Stmt::Range { body, .. } => {
            has_break(body, label, false)
        }
        ast::Stmt::Switch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        _ => false,
    })
}
