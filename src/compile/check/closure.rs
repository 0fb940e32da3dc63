//! Function values: function literals (closures capturing variables by reference), declared
//! functions and methods used as values (through thunks that take a closure context), calls
//! of function values, and function types.
//!
//! A function literal is checked as a function of its own, nested in the enclosing function's
//! scopes: a name that resolves to a local of an enclosing function is captured. The captured
//! variable moves to the heap (memrun's escape rule), and every function between it and the
//! literal gets a local for it whose cell comes from its closure context.

use super::*;
use crate::compile::types::print::Style;

/// An enclosing function, suspended while a function literal inside it is checked.
pub(super) struct Frame {
    func: tir::Func,
    locals: PrimaryMap<LocalId, LocalInfo>,
    targets: PrimaryMap<TargetId, Target>,
    target_stack: Vec<TargetId>,
    results: Vec<TypeId>,
    pending_label: Option<(String, Pos)>,
    cap_sites: Vec<(Pos, tir::Expr, Option<tir::CapGuard>)>,
    append_sites: Vec<(Pos, tir::Expr, bool)>,
    /// The suspended function's captures (outer local → its own local).
    captures: Vec<(LocalId, LocalId)>,
    /// The block depth where the suspended function's scopes begin.
    boundary: usize,
}

/// The function-literal state of the checker: enclosing functions and the captures of the
/// function being checked.
#[derive(Default)]
pub(super) struct Nesting {
    pub(super) frames: Vec<Frame>,
    /// Captures of the function being checked: (local of the enclosing function, own local).
    pub(super) captures: Vec<(LocalId, LocalId)>,
    /// The block depth where the function being checked begins (0 for a declared function).
    pub(super) boundary: usize,
    /// Literals per enclosing declared function, for gc's names (`main.main.func1`).
    pub(super) count: usize,
}

impl<'a> Checker<'a> {
    /// A local found at block depth `depth`: itself, or (declared in an enclosing function)
    /// the current function's capture of it.
    pub(super) fn resolve_local(&mut self, l: LocalId, depth: usize) -> LocalId {
        if depth >= self.nesting.boundary || self.nesting.frames.is_empty() {
            return l;
        }
        // The level that declares it: the innermost whose scopes begin at or above `depth`.
        let levels = self.nesting.frames.len();
        let owner = (0..levels)
            .rev()
            .find(|&i| self.nesting.frames[i].boundary <= depth)
            .unwrap_or(0);
        let mut id = l;
        for level in owner + 1..=levels {
            id = self.capture_at(level, id);
        }
        id
    }

    /// The local of function `level` capturing `outer`, a local of function `level - 1`.
    fn capture_at(&mut self, level: usize, outer: LocalId) -> LocalId {
        let current = self.nesting.frames.len();
        let existing = if level == current {
            &self.nesting.captures
        } else {
            &self.nesting.frames[level].captures
        };
        if let Some(&(_, inner)) = existing.iter().find(|(o, _)| *o == outer) {
            return inner;
        }
        // The enclosing function's variable moves to the heap and counts as used.
        let (ty, name, pos) = {
            let (func, locals) = if level - 1 == current {
                (&mut self.func, &mut self.locals)
            } else {
                let f = &mut self.nesting.frames[level - 1];
                (&mut f.func, &mut f.locals)
            };
            if !func.heap.contains(&outer) {
                func.heap.push(outer);
            }
            locals[outer].used = true;
            (
                func.locals[outer],
                locals[outer].name.clone(),
                locals[outer].pos,
            )
        };
        let info = LocalInfo {
            name,
            pos,
            used: true,
            report_unused: false,
            hoisted: false,
        };
        let (func, locals, captures) = if level == current {
            (&mut self.func, &mut self.locals, &mut self.nesting.captures)
        } else {
            let f = &mut self.nesting.frames[level];
            (&mut f.func, &mut f.locals, &mut f.captures)
        };
        let inner = func.locals.push(ty);
        locals.push(info);
        func.captures.push(inner);
        captures.push((outer, inner));
        inner
    }

    /// A function type as written.
    pub(super) fn func_type(&mut self, sig: &ast::FuncSig) -> Option<TypeId> {
        let mut params = Vec::new();
        let mut variadic = false;
        let mut ok = true;
        for (k, p) in sig.params.iter().enumerate() {
            let t = match &p.ty.kind {
                AK::DotsType(e) if k + 1 == sig.params.len() => {
                    variadic = true;
                    self.resolve_type(e).map(|e| self.types.slice(e))
                }
                AK::DotsType(_) => {
                    self.report(p.ty.pos, TypeError::DotsNotLast);
                    None
                }
                _ => self.resolve_type(&p.ty),
            };
            match t {
                Some(t) => params.push(t),
                None => ok = false,
            }
        }
        let mut results = Vec::new();
        for r in &sig.results {
            match self.resolve_type(&r.ty) {
                Some(t) => results.push(t),
                None => ok = false,
            }
        }
        let names = |ps: &[ast::Param]| -> Vec<String> {
            if ps.iter().all(|p| p.name.is_some()) {
                ps.iter()
                    .map(|p| p.name.as_ref().map(|n| n.0.clone()).unwrap_or_default())
                    .collect()
            } else {
                Vec::new()
            }
        };
        let (pn, rn) = (names(&sig.params), names(&sig.results));
        ok.then(|| self.types.signature(params, pn, results, rn, variadic))
    }

    /// A function literal: checked as a function of its own, then a closure of the variables
    /// it captures.
    pub(super) fn func_lit<'e>(
        &mut self,
        e: &'e ast::Expr,
        sig: &'e ast::FuncSig,
        body: &'e ast::Block,
    ) -> Operand<'e> {
        let Some(fty) = self.func_type(sig) else {
            return Operand::invalid(e.pos);
        };
        let name = self.enter_literal();
        let yields = std::mem::take(&mut self.yields);
        self.push_scope();
        let rejected_before = self.unsupported_count();
        let TypeKind::Signature(s) = self.types.kind(fty).clone() else {
            unreachable!("a function type")
        };
        for (p, &ty) in sig.params.iter().zip(&s.params) {
            let (n, pos) = p.name.clone().unwrap_or(("_".into(), p.ty.pos));
            let l = self.declare_local(&n, pos, ty, false);
            self.func.params.push(l);
        }
        for (r, &ty) in sig.results.iter().zip(&s.results) {
            self.func.results.push(ty);
            if let Some((n, pos)) = &r.name {
                let l = self.declare_local(n, *pos, ty, false);
                self.func.named_results.push(l);
            }
        }
        self.results = self.func.results.clone();
        let outer_labels = (
            std::mem::take(&mut self.label_ids),
            std::mem::take(&mut self.goto_names),
        );
        self.check_gotos(&body.stmts);
        let stmts = self.stmt_list(&body.stmts);
        if !self.results.is_empty() && !super::func::is_terminating_list(&body.stmts) {
            self.report(body.end, TypeError::MissingReturn);
        }
        self.func.body = stmts;
        self.pop_scope();
        self.mark_goto_labels();
        (self.label_ids, self.goto_names) = outer_labels;
        let summaries = self.slice_summaries.len();
        self.finish_locals(rejected_before);
        self.result_variables();
        self.func.targets = self.targets.len();
        self.yields = yields;
        let (mut func, captures) = self.leave_literal(name);
        func.checking = self.in_checking_instance();
        let id = self.prog.funcs.push(func);
        self.prog.funcs[id].literal_at = Some((self.file, e.pos));
        self.literal_summary(summaries, id);
        let outer: Vec<LocalId> = captures.iter().map(|(o, _)| *o).collect();
        let kind = tir::ExprKind::Closure(id, outer);
        self.mk(
            e.pos,
            Text::Expr(e),
            fty,
            OpKind::Value(tir::Expr { ty: fty, kind }),
        )
    }

    /// Suspends the enclosing function to check a function literal inside it (its name is
    /// gc's, `main.main.func1`).
    pub(super) fn enter_literal(&mut self) -> String {
        self.nesting.count += 1;
        let name = format!("{}.func{}", self.func.name, self.nesting.count);
        let frame = Frame {
            func: std::mem::take(&mut self.func),
            locals: std::mem::take(&mut self.locals),
            targets: std::mem::take(&mut self.targets),
            target_stack: std::mem::take(&mut self.target_stack),
            results: std::mem::take(&mut self.results),
            pending_label: self.pending_label.take(),
            cap_sites: std::mem::take(&mut self.cap_sites),
            append_sites: std::mem::take(&mut self.append_sites),
            captures: std::mem::take(&mut self.nesting.captures),
            boundary: self.nesting.boundary,
        };
        let outer_name = frame.func.name.clone();
        self.nesting.frames.push(frame);
        self.nesting.boundary = self.scopes.declared.len() + 1;
        self.func = tir::Func {
            name: outer_name,
            ctx: true,
            ..Default::default()
        };
        name
    }

    /// Resumes the enclosing function: the literal's function and its captures (enclosing
    /// local, own local).
    pub(super) fn leave_literal(&mut self, name: String) -> (tir::Func, Vec<(LocalId, LocalId)>) {
        let mut func = std::mem::take(&mut self.func);
        func.name = name;
        let captures = std::mem::take(&mut self.nesting.captures);
        let Some(frame) = self.nesting.frames.pop() else {
            unreachable!("a suspended frame")
        };
        self.func = frame.func;
        self.locals = frame.locals;
        self.targets = frame.targets;
        self.target_stack = frame.target_stack;
        self.results = frame.results;
        self.pending_label = frame.pending_label;
        self.cap_sites = frame.cap_sites;
        self.append_sites = frame.append_sites;
        self.nesting.captures = frame.captures;
        self.nesting.boundary = frame.boundary;
        (func, captures)
    }

    /// Captures `outer`, a local of the enclosing function, in the literal being checked.
    pub(super) fn capture(&mut self, outer: LocalId) -> LocalId {
        let level = self.nesting.frames.len();
        self.capture_at(level, outer)
    }

    /// A thunk's body: call `f` with `args` and return what it returns.
    fn forward_body(&mut self, f: FuncId, args: Vec<tir::Expr>, rtys: &[TypeId]) -> Vec<tir::Stmt> {
        let ty = self.results_type(rtys);
        let call = tir::Expr {
            ty,
            kind: tir::ExprKind::Call(f, args),
        };
        if rtys.is_empty() {
            vec![tir::Stmt::Eval(call)]
        } else {
            vec![tir::Stmt::Return(vec![call])]
        }
    }

    /// A declared function (or a method with its receiver first) as a function value: a
    /// closure of a thunk that calls it.
    pub(super) fn func_value(&mut self, f: FuncId, fty: TypeId) -> tir::Expr {
        self.thunked.insert(f);
        let thunk = match self.thunks.get(&f) {
            Some(&t) => t,
            None => {
                let (ptys, rtys) = self.signature(f);
                let mut func = tir::Func {
                    name: format!("{}·f", self.prog.funcs[f].name),
                    ctx: true,
                    results: rtys.clone(),
                    // Deferred through this value, f counts as the deferred function.
                    forward_defer: Some(f),
                    ..Default::default()
                };
                let params: Vec<LocalId> = ptys.iter().map(|&t| func.locals.push(t)).collect();
                func.params = params.clone();
                let args = params
                    .iter()
                    .zip(&ptys)
                    .map(|(&l, &t)| tir::Expr {
                        ty: t,
                        kind: tir::ExprKind::Local(l),
                    })
                    .collect();
                func.body = self.forward_body(f, args, &rtys);
                let t = self.prog.funcs.push(func);
                self.thunks.insert(f, t);
                t
            }
        };
        tir::Expr {
            ty: fty,
            kind: tir::ExprKind::Closure(thunk, Vec::new()),
        }
    }

    /// The signature type of declared function `f`.
    pub(super) fn func_sig_type(&mut self, f: FuncId) -> TypeId {
        if let Some(&t) = self.sig_types.get(&f) {
            return t;
        }
        let (p, r) = self.signature(f);
        let variadic = self.is_variadic(f);
        // gc spells a function's type with its parameter names.
        let names = |ps: &[ast::Param]| -> Vec<String> {
            if !ps.is_empty() && ps.iter().all(|p| p.name.is_some()) {
                ps.iter()
                    .map(|p| p.name.as_ref().map(|n| n.0.clone()).unwrap_or_default())
                    .collect()
            } else {
                Vec::new()
            }
        };
        let (pn, rn) = match self.func_decls_lookup(f) {
            Some(&(_, _, d)) if d.recv.is_none() => (names(&d.sig.params), names(&d.sig.results)),
            _ => (Vec::new(), Vec::new()),
        };
        let t = self.types.signature(p, pn, r, rn, variadic);
        self.sig_types.insert(f, t);
        t
    }

    /// The type of method `id`'s method values: its signature without the receiver.
    pub(super) fn method_value_type(&mut self, id: FuncId) -> TypeId {
        let (ptys, rtys) = self.signature(id);
        let variadic = self.is_variadic(id);
        self.types
            .signature(ptys[1..].to_vec(), Vec::new(), rtys, Vec::new(), variadic)
    }

    /// A method bound to its receiver as a function value: the receiver is evaluated now, and
    /// the closure holds a copy of it.
    pub(super) fn method_value(&mut self, id: FuncId, recv: tir::Expr) -> tir::Expr {
        self.thunked.insert(id);
        self.other_thunked.insert(id);
        let (ptys, rtys) = self.signature(id);
        let variadic = self.is_variadic(id);
        let fty = self.types.signature(
            ptys[1..].to_vec(),
            Vec::new(),
            rtys.clone(),
            Vec::new(),
            variadic,
        );
        let rt = recv.ty;
        let thunk = match self.bound_thunks.get(&id) {
            Some(&t) => t,
            None => {
                let mut func = tir::Func {
                    name: format!("{}-fm", self.prog.funcs[id].name),
                    ctx: true,
                    results: rtys.clone(),
                    forward_defer: Some(id),
                    ..Default::default()
                };
                let inner = func.locals.push(rt);
                func.captures.push(inner);
                let params: Vec<LocalId> = ptys[1..].iter().map(|&t| func.locals.push(t)).collect();
                func.params = params.clone();
                let mut args = vec![tir::Expr {
                    ty: rt,
                    kind: tir::ExprKind::Local(inner),
                }];
                args.extend(params.iter().zip(&ptys[1..]).map(|(&l, &t)| tir::Expr {
                    ty: t,
                    kind: tir::ExprKind::Local(l),
                }));
                func.body = self.forward_body(id, args, &rtys);
                let t = self.prog.funcs.push(func);
                self.bound_thunks.insert(id, t);
                t
            }
        };
        tir::Expr {
            ty: fty,
            kind: tir::ExprKind::BindMethod(thunk, Box::new(recv)),
        }
    }

    /// `x.M` of an interface value as a function value: a closure holding a copy of `x`
    /// that calls its method `index` (of type `fty`).
    pub(super) fn iface_method_value(
        &mut self,
        recv: tir::Expr,
        index: usize,
        fty: TypeId,
    ) -> tir::Expr {
        let TypeKind::Signature(sig) = self.types.kind(self.types.underlying(fty)).clone() else {
            unreachable!("a method's signature")
        };
        let mname = match self.types.kind(self.types.underlying(recv.ty)) {
            TypeKind::Interface(i) => i.methods.get(index).map(|m| m.name.clone()),
            _ => None,
        }
        .unwrap_or_default();
        let mut func = tir::Func {
            name: format!("{}.{mname}-fm", self.types.display(recv.ty, Style::Runtime)),
            ctx: true,
            results: sig.results.clone(),
            ..Default::default()
        };
        let inner = func.locals.push(recv.ty);
        func.captures.push(inner);
        func.forward_defer_iface = Some((
            Box::new(tir::Expr {
                ty: recv.ty,
                kind: tir::ExprKind::Local(inner),
            }),
            index,
        ));
        let params: Vec<LocalId> = sig.params.iter().map(|&t| func.locals.push(t)).collect();
        func.params = params.clone();
        let args = params
            .iter()
            .zip(&sig.params)
            .map(|(&l, &t)| tir::Expr {
                ty: t,
                kind: tir::ExprKind::Local(l),
            })
            .collect();
        let rty = self.results_type(&sig.results);
        let call = tir::Expr {
            ty: rty,
            kind: tir::ExprKind::CallIface(
                Box::new(tir::Expr {
                    ty: recv.ty,
                    kind: tir::ExprKind::Local(inner),
                }),
                index,
                args,
            ),
        };
        func.body = if sig.results.is_empty() {
            vec![tir::Stmt::Eval(call)]
        } else {
            vec![tir::Stmt::Return(vec![call])]
        };
        let thunk = self.prog.funcs.push(func);
        tir::Expr {
            ty: fty,
            kind: tir::ExprKind::BindMethod(thunk, Box::new(recv)),
        }
    }

    /// True if declared function `f`'s last parameter is `...T`.
    pub(super) fn is_variadic(&self, f: FuncId) -> bool {
        if self.library_variadic.contains(&f) {
            return true;
        }
        self.func_decls_lookup(f).is_some_and(|d| {
            d.2.sig
                .params
                .last()
                .is_some_and(|p| matches!(p.ty.kind, AK::DotsType(_)))
        })
    }

    /// `T.M` or `(*T).M`: the method as a function taking the receiver first.
    pub(super) fn method_expr<'e>(
        &mut self,
        xo: Operand<'e>,
        name: &str,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        // `T.M` of a type parameter: gc's shape takes the method from its dictionary, a
        // function it does not know (marked as a method call's receiver is).
        let t = xo.ty;
        let at = self.maybe_dictionary(t, pos);
        let mut o = self.method_expr_value(xo, name, pos, text);
        if let OpKind::Value(v) = &mut o.kind {
            let value = std::mem::replace(
                v,
                tir::Expr {
                    ty: v.ty,
                    kind: tir::ExprKind::Zero,
                },
            );
            *v = tir::Expr::dictionary_receiver(value, at);
        }
        o
    }

    /// [`Checker::method_expr`]'s function value.
    fn method_expr_value<'e>(
        &mut self,
        xo: Operand<'e>,
        name: &str,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let t = xo.ty;
        let is_ptr = matches!(self.types.kind(t), TypeKind::Pointer(_));
        if self.types.lookup_field(t, name).is_some() {
            let t = self.tn(t);
            self.report(
                xo.pos,
                TypeError::FieldSelectorOnType {
                    name: name.to_string(),
                    t,
                },
            );
            return Operand::invalid(pos);
        }
        let found = self.types.lookup_method(t, name, false);
        if let Some(f) = found.as_ref().filter(|f| f.owner.is_none()) {
            // `I.M` of an interface (or of a type embedding one): a function taking the value
            // first, calling through the interface.
            let TypeKind::Signature(sig) = self.types.kind(self.types.underlying(f.sig)).clone()
            else {
                return Operand::invalid(pos);
            };
            let mut params = vec![t];
            params.extend_from_slice(&sig.params);
            let fty = self.types.signature(
                params.clone(),
                Vec::new(),
                sig.results.clone(),
                Vec::new(),
                sig.variadic,
            );
            let mut func = tir::Func {
                name: format!("{}.{name}-fexpr", self.types.display(t, Style::Runtime)),
                results: sig.results.clone(),
                ..Default::default()
            };
            let locals: Vec<LocalId> = params.iter().map(|&p| func.locals.push(p)).collect();
            func.params = locals.clone();
            let (recv, _) = self.field_path(
                tir::Expr {
                    ty: t,
                    kind: tir::ExprKind::Local(locals[0]),
                },
                &f.path,
            );
            let Some(index) = self.iface_method_index(recv.ty, name) else {
                return Operand::invalid(pos);
            };
            let args = locals[1..]
                .iter()
                .zip(&params[1..])
                .map(|(&l, &ty)| tir::Expr {
                    ty,
                    kind: tir::ExprKind::Local(l),
                })
                .collect();
            let rty = self.results_type(&sig.results);
            func.forward_defer_iface = Some((Box::new(recv.clone()), index));
            let call = tir::Expr {
                ty: rty,
                kind: tir::ExprKind::CallIface(Box::new(recv), index, args),
            };
            func.body = if sig.results.is_empty() {
                vec![tir::Stmt::Eval(call)]
            } else {
                vec![tir::Stmt::Return(vec![call])]
            };
            let thunk = self.prog.funcs.push(func);
            let v = self.func_value(thunk, fty);
            return self.mk(pos, text, fty, OpKind::Value(v));
        }
        let Some(found) = found.filter(|f| f.owner.is_some() && !f.ptr_recv) else {
            if self.broken(t) {
                return Operand::invalid(pos);
            }
            let (x, ty) = (xo.text.to_string(), self.tn(t));
            self.report(
                pos,
                TypeError::NoMethod {
                    x,
                    name: name.to_string(),
                    ty,
                },
            );
            return Operand::invalid(pos);
        };
        let owner = found.owner.unwrap_or(T::INVALID);
        let Some(&id) = self.method_funcs.get(&(owner, name.to_string())) else {
            self.unsupported(pos, &format!("the method {name}"));
            return Operand::invalid(pos);
        };
        // (As for a library appender's function value: gc resolves the callee.)
        if super::stackslices::library_appender(&self.prog.funcs[id].name).is_some() {
            let what = format!(
                "the method expression {}.{name} as a function value",
                xo.text
            );
            self.unsupported(pos, &what);
            return Operand::invalid(pos);
        }
        let ptr_recv = matches!(self.types.kind(owner), TypeKind::Named(n) if n.methods.iter().any(|m| m.name == name && m.ptr_recv));
        if found.path.is_empty() && ptr_recv == is_ptr {
            let fty = self.func_sig_type(id);
            let v = self.func_value(id, fty);
            return self.mk(pos, text, fty, OpKind::Value(v));
        }
        // Through a pointer or an embedded field: a thunk that takes the receiver as written
        // and finds the method's own receiver in it.
        let (ptys, rtys) = self.signature(id);
        let variadic = self.is_variadic(id);
        self.thunked.insert(id);
        self.other_thunked.insert(id);
        let mut params = vec![t];
        params.extend_from_slice(&ptys[1..]);
        let fty = self.types.signature(
            params.clone(),
            Vec::new(),
            rtys.clone(),
            Vec::new(),
            variadic,
        );
        let mut func = tir::Func {
            name: format!("{}-fexpr", self.prog.funcs[id].name),
            results: rtys.clone(),
            forward_defer: Some(id),
            ..Default::default()
        };
        let locals: Vec<LocalId> = params.iter().map(|&p| func.locals.push(p)).collect();
        func.params = locals.clone();
        let start = tir::Expr {
            ty: t,
            kind: tir::ExprKind::Local(locals[0]),
        };
        let (cur, _) = self.field_path(start, &found.path);
        // A pointer method's receiver is reached through a pointer, so addressable.
        let recv = self.method_receiver(cur, owner, ptr_recv);
        let mut args = vec![recv];
        args.extend(
            locals[1..]
                .iter()
                .zip(&params[1..])
                .map(|(&l, &ty)| tir::Expr {
                    ty,
                    kind: tir::ExprKind::Local(l),
                }),
        );
        func.body = self.forward_body(id, args, &rtys);
        let thunk = self.prog.funcs.push(func);
        let v = self.func_value(thunk, fty);
        self.mk(pos, text, fty, OpKind::Value(v))
    }

    /// `defer f(args)`: the function and arguments are evaluated now into variables a thunk
    /// captures; the thunk, a closure of no arguments, goes on the function's list.
    pub(super) fn defer_stmt(&mut self, e: &ast::Expr, pos: Pos, out: &mut Vec<tir::Stmt>) {
        self.defer_or_go(e, pos, false, out);
    }

    /// `go f(x)`: the call's function and arguments evaluated now, as for `defer`, into a
    /// closure a new goroutine runs.
    pub(super) fn go_stmt(&mut self, e: &ast::Expr, pos: Pos, out: &mut Vec<tir::Stmt>) {
        self.defer_or_go(e, pos, true, out);
    }

    fn defer_or_go(&mut self, e: &ast::Expr, pos: Pos, go: bool, out: &mut Vec<tir::Stmt>) {
        let what = if go { "go" } else { "defer" };
        let AK::Call(f, ..) = &e.unparen().kind else {
            self.expr(e);
            self.report(e.pos, TypeError::DeferNotCall { what: what.into() });
            return;
        };
        if self.is_conversion_syntax(f) {
            let o = self.expr(e);
            if !matches!(o.kind, OpKind::Invalid) {
                let x = self.describe(&o);
                self.report(
                    e.pos,
                    TypeError::DeferConversion {
                        what: what.into(),
                        x,
                    },
                );
            }
            return;
        }
        let o = self.expr(e);
        let described = self.describe(&o);
        // A builtin whose value would be dropped (`len(s)`, folded to a constant or not) is
        // no call that can stand alone.
        let discards = match &o.kind {
            OpKind::Const(_) => true,
            OpKind::Value(c) => !matches!(
                c.kind,
                tir::ExprKind::Call(..)
                    | tir::ExprKind::CallValue(..)
                    | tir::ExprKind::CallIface(..)
                    | tir::ExprKind::Fmt(..)
                    | tir::ExprKind::Copy(..)
                    | tir::ExprKind::Recover
            ),
            _ => false,
        };
        if discards {
            self.report(
                e.pos,
                TypeError::DeferDiscards {
                    what: what.into(),
                    x: described,
                },
            );
            return;
        }
        let call = match o.kind {
            OpKind::Invalid => return,
            OpKind::NoValue(c) | OpKind::Value(c) => c,
            _ => {
                self.report(e.pos, TypeError::DeferNotCall { what: what.into() });
                return;
            }
        };
        if !go {
            self.func.has_defer = true;
        }
        // `defer func(){…}()`: the literal's closure itself.
        if let tir::ExprKind::CallValue(fv, args) = &call.kind {
            if args.is_empty() && matches!(fv.kind, tir::ExprKind::Closure(..)) {
                let c = (**fv).clone();
                out.push(if go {
                    tir::Stmt::Go(c)
                } else {
                    tir::Stmt::Defer(c)
                });
                return;
            }
        }
        let (operands, forward): (Vec<tir::Expr>, Option<FuncId>) = match &call.kind {
            tir::ExprKind::Call(f, args) => {
                self.thunked.insert(*f);
                self.other_thunked.insert(*f);
                (args.clone(), Some(*f))
            }
            tir::ExprKind::CallValue(fv, args) => {
                let mut v = vec![(**fv).clone()];
                v.extend(args.iter().cloned());
                // A literal called with arguments: recover in it counts as in the deferred
                // function.
                let target = match fv.kind {
                    tir::ExprKind::Closure(lit, _) => Some(lit),
                    _ => None,
                };
                (v, target)
            }
            tir::ExprKind::CallIface(x, _, args) => {
                let mut v = vec![(**x).clone()];
                v.extend(args.iter().cloned());
                (v, None)
            }
            tir::ExprKind::Fmt(_, args) => (
                args.iter()
                    .map(|a| match &a.kind {
                        // fmt.Println(xs...): the slice is the operand.
                        tir::ExprKind::Spread(x) => (**x).clone(),
                        _ => a.clone(),
                    })
                    .collect(),
                None,
            ),
            tir::ExprKind::Panic(x) => (vec![(**x).clone()], None),
            tir::ExprKind::Copy(a, b) => (vec![(**a).clone(), (**b).clone()], None),
            tir::ExprKind::Clear(x) | tir::ExprKind::Close(x) => (vec![(**x).clone()], None),
            tir::ExprKind::Delete(a, b) => (vec![(**a).clone(), (**b).clone()], None),
            // `defer recover()`: recover is then the deferred function, not called by one,
            // so it stops nothing.
            tir::ExprKind::Recover => (Vec::new(), None),
            _ => {
                self.unsupported(pos, &format!("{what} of this call"));
                return;
            }
        };
        // The operands, evaluated now into fresh heap variables.
        let mut temps = Vec::new();
        for op in &operands {
            let t = self.temp(op.ty);
            self.func.heap.push(t);
            out.push(tir::Stmt::Decl(t));
            temps.push(t);
        }
        if !temps.is_empty() {
            // As gc orders a deferred call's arguments: calls, and fmt's operands it converts
            // in place, in order; the rest read after them.
            let fmt = matches!(call.kind, tir::ExprKind::Fmt(..));
            let mut ops = operands.clone();
            for (op, &t) in ops.iter_mut().zip(&temps) {
                let ty = self.types.default_type(op.ty);
                if fmt && !op.is_variable() && self.types.converted_by_address(ty) {
                    let v = std::mem::replace(
                        op,
                        tir::Expr {
                            ty: op.ty,
                            kind: tir::ExprKind::Local(t),
                        },
                    );
                    out.push(tir::Stmt::Assign(vec![Place::Local(t)], vec![v]));
                } else {
                    self.hoist_calls(op, out);
                }
            }
            out.push(tir::Stmt::Assign(
                temps.iter().map(|&t| Place::Local(t)).collect(),
                ops,
            ));
            if let tir::ExprKind::CallIface(x, ..) = &call.kind {
                // The method value is evaluated here: a nil interface panics now.
                out.push(tir::Stmt::Eval(tir::Expr {
                    ty: T::INVALID,
                    kind: tir::ExprKind::IfaceNilCheck(Box::new(tir::Expr {
                        ty: x.ty,
                        kind: tir::ExprKind::Local(temps[0]),
                    })),
                }));
            }
        }
        // A goroutine's function is not a deferred call: recover in it stops nothing.
        let forward = if go { None } else { forward };
        let dynamic = !go && forward.is_none() && matches!(call.kind, tir::ExprKind::CallValue(..));
        let mut thunk = tir::Func {
            name: format!("{}.{what}wrap{}", self.func.name, temps.len()),
            ctx: true,
            forward_defer: forward,
            forward_defer_value: dynamic,
            ..Default::default()
        };
        let inner: Vec<tir::Expr> = operands
            .iter()
            .map(|op| {
                let l = thunk.locals.push(op.ty);
                thunk.captures.push(l);
                tir::Expr {
                    ty: op.ty,
                    kind: tir::ExprKind::Local(l),
                }
            })
            .collect();
        if let tir::ExprKind::CallIface(_, i, _) = call.kind {
            if !go {
                thunk.forward_defer_iface = Some((Box::new(inner[0].clone()), i));
            }
        }
        let mut it = inner.into_iter();
        let kind = match call.kind {
            tir::ExprKind::Call(f, _) => tir::ExprKind::Call(f, it.collect()),
            tir::ExprKind::CallValue(..) => {
                let fv = it.next().expect("the function value");
                tir::ExprKind::CallValue(Box::new(fv), it.collect())
            }
            tir::ExprKind::CallIface(_, i, _) => {
                let x = it.next().expect("the interface value");
                tir::ExprKind::CallIface(Box::new(x), i, it.collect())
            }
            tir::ExprKind::Fmt(k, ref args) => {
                let spread: Vec<bool> = args
                    .iter()
                    .map(|a| matches!(a.kind, tir::ExprKind::Spread(_)))
                    .collect();
                tir::ExprKind::Fmt(
                    k,
                    it.zip(spread)
                        .map(|(x, s)| {
                            if s {
                                tir::Expr {
                                    ty: x.ty,
                                    kind: tir::ExprKind::Spread(Box::new(x)),
                                }
                            } else {
                                x
                            }
                        })
                        .collect(),
                )
            }
            tir::ExprKind::Panic(_) => tir::ExprKind::Panic(Box::new(it.next().expect("operand"))),
            tir::ExprKind::Copy(..) => {
                let a = it.next().expect("operand");
                let b = it.next().expect("operand");
                tir::ExprKind::Copy(Box::new(a), Box::new(b))
            }
            tir::ExprKind::Clear(_) => tir::ExprKind::Clear(Box::new(it.next().expect("operand"))),
            tir::ExprKind::Close(_) => tir::ExprKind::Close(Box::new(it.next().expect("operand"))),
            tir::ExprKind::Delete(..) => {
                let a = it.next().expect("operand");
                let b = it.next().expect("operand");
                tir::ExprKind::Delete(Box::new(a), Box::new(b))
            }
            tir::ExprKind::Recover => tir::ExprKind::Recover,
            _ => unreachable!("checked above"),
        };
        thunk.body = vec![tir::Stmt::Eval(tir::Expr { ty: call.ty, kind })];
        let id = self.prog.funcs.push(thunk);
        // A `func()` value, as the literal gc's front end makes of the call.
        let c = tir::Expr {
            ty: self
                .types
                .signature(Vec::new(), Vec::new(), Vec::new(), Vec::new(), false),
            kind: tir::ExprKind::Closure(id, temps),
        };
        out.push(if go {
            tir::Stmt::Go(c)
        } else {
            tir::Stmt::Defer(c)
        });
    }

    /// A function with deferred calls keeps every result in a variable (its exit returns
    /// them after the deferred calls, which may change named ones).
    pub(super) fn result_variables(&mut self) {
        if !self.func.has_defer || self.func.named_results.len() == self.func.results.len() {
            return;
        }
        let results = self.func.results.clone();
        self.func.named_results = results.iter().map(|&t| self.temp(t)).collect();
    }
}
