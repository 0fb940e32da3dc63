//! Statements: declarations, assignments, control flow and `switch`.

use super::*;

impl<'a> Checker<'a> {
    pub(super) fn block(&mut self, stmts: &[ast::Stmt]) -> Vec<tir::Stmt> {
        self.push_scope();
        let out = self.stmt_list(stmts);
        self.pop_scope();
        out
    }

    pub(super) fn stmt_list(&mut self, stmts: &[ast::Stmt]) -> Vec<tir::Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        out
    }

    pub(super) fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<tir::Stmt>) {
        crate::compile::deep(|| self.stmt_here(s, out))
    }

    pub(super) fn stmt_here(&mut self, s: &ast::Stmt, out: &mut Vec<tir::Stmt>) {
        match s {
            ast::Stmt::Empty => {}
            ast::Stmt::Expr(e) => {
                // Only a call (not a conversion) stands as a statement: judged by its syntax,
                // as `int(f())` and `+f()` check to the call they wrap.
                let call_syntax = match &e.unparen().kind {
                    AK::Call(f, ..) => !self.is_conversion_syntax(f),
                    // A receive stands as a statement too.
                    AK::Unary(Op::Arrow, _) => true,
                    _ => false,
                };
                let op = self.expr(e);
                // As gc describes the operand, should it not be used.
                let described = matches!(op.kind, OpKind::Value(_)).then(|| self.describe(&op));
                match op.kind {
                    OpKind::Value(x) | OpKind::NoValue(x) => {
                        let is_call = call_syntax
                            && matches!(
                                x.kind,
                                tir::ExprKind::Call(..)
                                    | tir::ExprKind::CallValue(..)
                                    | tir::ExprKind::CallIface(..)
                                    | tir::ExprKind::Fmt(..)
                                    | tir::ExprKind::Panic(_)
                                    | tir::ExprKind::Copy(..)
                                    | tir::ExprKind::Clear(_)
                                    | tir::ExprKind::Delete(..)
                                    | tir::ExprKind::Close(_)
                                    | tir::ExprKind::Recv(..)
                                    | tir::ExprKind::Recover
                                    | tir::ExprKind::Intrinsic(..)
                            );
                        if !is_call {
                            // gc describes it as elsewhere: `P{} (value of struct type P)`.
                            let error = match described {
                                Some(d) => TypeError::DescribedNotUsed { d },
                                None => TypeError::ValueNotUsed {
                                    x: op.text.to_string(),
                                    ty: self.tn(op.ty),
                                },
                            };
                            self.report(e.pos, error);
                        } else {
                            out.push(tir::Stmt::Eval(x));
                        }
                    }
                    // Reported already (or else a checker bug: see `dropped`).
                    OpKind::Invalid => self.dropped = self.dropped.or(Some(e.pos)),
                    OpKind::Const(_) => self.report(
                        e.pos,
                        TypeError::NotUsed {
                            x: op.text.to_string(),
                        },
                    ),
                    // A function (`F[int]`): a value of its function type.
                    OpKind::Func(_) => {
                        let d = format!("{} (value of type {})", op.text, self.tn(op.ty));
                        self.report(e.pos, TypeError::DescribedNotUsed { d });
                    }
                    OpKind::Type => {
                        let x = format!("{} (type)", op.text);
                        self.report(e.pos, TypeError::NotAnExpression { x });
                    }
                    _ => self.report(
                        e.pos,
                        TypeError::NotUsed {
                            x: op.text.to_string(),
                        },
                    ),
                }
            }
            ast::Stmt::Define(names, values, pos) => {
                // `s := append(s, …)` in an inner scope appends to the outer s: not to itself.
                self.define(names, values, *pos, out)
            }
            ast::Stmt::Assign(lhs, op, rhs, pos) => {
                // `s = append(s, …)`, `s = strconv.AppendInt(s[:k], …)`: an append to itself,
                // which stackslices tells apart. (A statement of a literal among the call's
                // arguments leaves the call's mark as it found it.)
                let outer = self.call_to_itself.take();
                if let ([l], Op::Assign, [r]) = (lhs.as_slice(), op, rhs.as_slice()) {
                    if let AK::Call(_, args, _) = &r.unparen().kind {
                        let mut base = args.first().map(|a| a.unparen());
                        while let Some(AK::Slice { x, .. }) = base.map(|b| &b.kind) {
                            base = Some(x.unparen());
                        }
                        if base.is_some_and(|b| expr_string(b) == expr_string(l.unparen())) {
                            self.call_to_itself = Some(r.unparen().pos);
                        }
                    }
                }
                // (On a variable: its typed form `x = x op y` reads the place it assigns.)
                if *op != Op::Assign
                    && matches!(lhs.as_slice(), [l] if matches!(l.unparen().kind, AK::Ident(_)))
                {
                    self.func.op_assigns += 1;
                }
                self.assign_stmt(lhs, *op, rhs, *pos, out);
                self.call_to_itself = outer;
            }
            ast::Stmt::IncDec(e, inc, pos) => {
                if matches!(e.unparen().kind, AK::Ident(_)) {
                    self.func.op_assigns += 1;
                }
                let one = ast::Expr {
                    pos: *pos,
                    kind: AK::Int("1".into()),
                };
                self.assign_stmt(
                    std::slice::from_ref(e),
                    if *inc { Op::AddAssign } else { Op::SubAssign },
                    std::slice::from_ref(&one),
                    *pos,
                    out,
                );
            }
            ast::Stmt::Var(specs) => {
                for spec in specs {
                    self.var_decl(spec, out);
                }
            }
            ast::Stmt::Const(specs) => {
                let mut last = None;
                for spec in specs {
                    let spec = self.complete_const_spec(spec, &mut last);
                    let vals: Vec<Option<(TypeId, Value)>> = (0..spec.names.len())
                        .map(|k| self.const_value(spec, k))
                        .collect();
                    for ((name, pos), v) in spec.names.iter().zip(vals) {
                        if name == "_" {
                            continue;
                        }
                        if self.scopes.in_innermost(name) {
                            self.report(
                                *pos,
                                TypeError::Redeclared {
                                    name: name.to_string(),
                                },
                            );
                            continue;
                        }
                        let e = match v {
                            Some((t, v)) => Entity::Const(t, v),
                            None => Entity::Const(T::INVALID, Value::Int(BigInt::zero())),
                        };
                        self.scopes.insert(name.clone(), e);
                    }
                }
            }
            ast::Stmt::Block(b, _) => {
                let b = self.block(b);
                out.push(tir::Stmt::Block(b));
            }
            ast::Stmt::If {
                init,
                cond,
                then,
                els,
                ..
            } => {
                self.push_scope();
                let mut pre = Vec::new();
                if let Some(i) = init {
                    self.stmt(i, &mut pre);
                }
                let c = self.condition(cond, "if statement");
                let t = self.block(then);
                let e = match els {
                    Some(s) => {
                        let mut v = Vec::new();
                        match &**s {
                            ast::Stmt::Block(b, _) => v = self.block(b),
                            other => self.stmt(other, &mut v),
                        }
                        v
                    }
                    None => Vec::new(),
                };
                self.pop_scope();
                if let Some(c) = c {
                    pre.push(tir::Stmt::If(c, t, e));
                }
                out.push(tir::Stmt::Block(pre));
            }
            ast::Stmt::For {
                init,
                cond,
                post,
                body,
                label,
                pos,
                ..
            } => {
                self.push_scope();
                let mut pre = Vec::new();
                let first_local = self.func.locals.len();
                if let Some(i) = init {
                    self.stmt(i, &mut pre);
                }
                let per_iter: Vec<LocalId> = (first_local..self.func.locals.len())
                    .map(LocalId::new)
                    .collect();
                let c = cond
                    .as_ref()
                    .and_then(|c| self.condition(c, "for statement"));
                let mut p = Vec::new();
                if let Some(ps) = post {
                    if matches!(**ps, ast::Stmt::Define(..)) {
                        self.report(*pos, TypeError::DeclareInPost);
                    }
                    self.stmt(ps, &mut p);
                }
                let (label, lpos) = match self.pending_label.take() {
                    Some((l, p)) => (Some(l), p),
                    None => (label.clone(), *pos),
                };
                let target = self.new_target(label, true, true, lpos);
                self.target_stack.push(target);
                let b = self.block(body);
                self.target_stack.pop();
                self.pop_scope();
                pre.push(tir::Stmt::Loop {
                    cond: c,
                    body: b,
                    post: p,
                    per_iter,
                    init: true,
                    target,
                });
                out.push(tir::Stmt::Block(pre));
            }
            ast::Stmt::Range {
                key,
                value,
                extra,
                define,
                body,
                label,
                pos,
                ..
            } if !extra.is_empty() => {
                self.report(
                    extra[0].pos,
                    TypeError::RangeTooManyVars {
                        x: String::new(),
                        n: 3,
                    },
                );
                self.pending_label = None;
                // gc declares the first two only.
                self.skip_range(
                    key.as_ref(),
                    value.as_ref(),
                    *define,
                    body,
                    label.clone(),
                    *pos,
                );
            }
            ast::Stmt::Range {
                key,
                value,
                define,
                expr,
                body,
                label,
                pos,
                ..
            } => self.range_stmt(
                key.as_ref(),
                value.as_ref(),
                *define,
                expr,
                body,
                label.clone(),
                *pos,
                out,
            ),
            ast::Stmt::Switch {
                init,
                tag,
                clauses,
                label,
                pos,
            } => {
                let (label, lpos) = match self.pending_label.take() {
                    Some((l, p)) => (Some(l), p),
                    None => (label.clone(), *pos),
                };
                self.switch(init.as_deref(), tag.as_ref(), clauses, label, lpos, out)
            }
            ast::Stmt::Return(values, pos) => self.return_stmt(values, *pos, out),
            ast::Stmt::Break(label, pos) | ast::Stmt::Continue(label, pos) => {
                let is_break = matches!(s, ast::Stmt::Break(..));
                self.branch_stmt(is_break, label.as_ref(), *pos, out);
            }
            ast::Stmt::Fallthrough(pos) => self.report(*pos, TypeError::FallthroughOutOfPlace),
            ast::Stmt::Labeled((name, pos), inner)
                if matches!(
                    **inner,
                    ast::Stmt::For { .. }
                        | ast::Stmt::Switch { .. }
                        | ast::Stmt::Range { .. }
                        | ast::Stmt::Select(..)
                ) =>
            {
                let id = self.label_id(name);
                out.push(tir::Stmt::Label(id));
                self.pending_label = Some((name.clone(), *pos));
                self.stmt(inner, out);
            }
            ast::Stmt::Labeled((name, pos), inner) => {
                let id = self.label_id(name);
                out.push(tir::Stmt::Label(id));
                let target = self.new_target(Some(name.clone()), false, false, *pos);
                self.target_stack.push(target);
                let mut v = Vec::new();
                self.stmt(inner, &mut v);
                self.target_stack.pop();
                out.push(tir::Stmt::Labeled(v, target));
            }
            ast::Stmt::Send(ch, v, _) => self.send_stmt(ch, v, out),
            ast::Stmt::Go(e, pos) => self.go_stmt(e, *pos, out),
            ast::Stmt::Defer(e, pos) if !self.yields.is_empty() => self.defer_in_body(e, *pos, out),
            ast::Stmt::Defer(e, pos) => self.defer_stmt(e, *pos, out),
            ast::Stmt::Select(clauses, pos) => {
                let (label, lpos) = match self.pending_label.take() {
                    Some((l, p)) => (Some(l), p),
                    None => (None, *pos),
                };
                self.select_stmt(clauses, label, lpos, out)
            }
            ast::Stmt::Goto(name, _) => self.goto_stmt(name, out),
            ast::Stmt::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                pos,
            } => {
                let (label, lpos) = match self.pending_label.take() {
                    Some((l, p)) => (Some(l), p),
                    None => (None, *pos),
                };
                self.type_switch(init.as_deref(), bind.as_ref(), x, clauses, label, lpos, out)
            }
            ast::Stmt::Type(specs, _) => {
                for spec in specs {
                    if spec.alias && spec.tparams.is_empty() {
                        self.local_alias(spec);
                        continue;
                    }
                    if !spec.tparams.is_empty() {
                        self.local_generic_type(spec);
                        continue;
                    }
                    let id = self.check_type_spec(spec);
                    if let Some(id) = id {
                        let k = self.local_type_number(spec);
                        self.types.set_local(id, k);
                        // Inside an instance of a generic function, gc names the local type
                        // with the instance's type arguments (main.L[int]): one type each.
                        if !self.instance_targs.is_empty() {
                            self.types.set_targs(id, self.instance_targs.clone());
                        }
                    }
                    let Some(id) = id else {
                        // Reported as not supported; its uses are follow-ons.
                        self.scopes.insert(spec.name.0.clone(), Entity::Unsupported);
                        continue;
                    };
                    // The name is in scope from its own specification on (a local type may
                    // refer to itself, and is then reported as recursive).
                    if spec.name.0 != "_" {
                        if self.scopes.in_innermost(&spec.name.0) {
                            self.report(
                                spec.name.1,
                                TypeError::Redeclared {
                                    name: spec.name.0.clone(),
                                },
                            );
                        } else {
                            self.scopes
                                .insert(spec.name.0.clone(), Entity::TypeName(id));
                        }
                    }
                    self.complete_local_type(id, spec);
                }
            }
        }
    }

    /// `break`/`continue` [label]: to a statement of this function, or (in a range-over-function
    /// body, to a label outside it) leaving the body for the enclosing function to go on.
    /// `goto label` (checked against the labels before the body, `check_gotos`); in a
    /// range-over-function body, to a label outside it, leaving the body.
    pub(super) fn goto_stmt(&mut self, name: &ast::Name, out: &mut Vec<tir::Stmt>) {
        if self
            .yields
            .last()
            .is_some_and(|y| !y.labels.contains(&name.0))
        {
            self.leave_body(range::Exit::Goto(name.clone()), out);
            return;
        }
        let id = self.label_id(&name.0);
        out.push(tir::Stmt::Goto(id));
    }

    pub(super) fn branch_stmt(
        &mut self,
        is_break: bool,
        label: Option<&ast::Name>,
        pos: Pos,
        out: &mut Vec<tir::Stmt>,
    ) {
        let pos = &pos;
        let target = match label {
            Some((l, lpos)) => {
                let found = self
                    .target_stack
                    .iter()
                    .rev()
                    .copied()
                    .find(|&t| self.targets[t].label.as_deref() == Some(l));
                match found {
                    Some(t)
                        if (is_break && self.targets[t].breakable) || self.targets[t].is_loop =>
                    {
                        self.targets[t].used = true;
                        Some(t)
                    }
                    Some(t) if is_break => {
                        // Only a loop, switch or select's label (gc marks it used).
                        self.targets[t].used = true;
                        self.report(*lpos, TypeError::InvalidBreakLabel { l: l.to_string() });
                        None
                    }
                    Some(t) => {
                        self.targets[t].used = true;
                        self.report(*lpos, TypeError::InvalidContinueLabel { l: l.to_string() });
                        None
                    }
                    None if !self.yields.is_empty()
                        && !self.targets.values().any(|t| t.label.as_deref() == Some(l)) =>
                    {
                        // A label outside the range-over-function body.
                        let name = (l.clone(), *lpos);
                        let exit = if is_break {
                            range::Exit::Break(name)
                        } else {
                            range::Exit::Continue(name)
                        };
                        self.leave_body(exit, out);
                        None
                    }
                    None => {
                        let kind = if is_break { "break" } else { "continue" };
                        // gc counts the label as used even so.
                        let mut known = false;
                        for t in self.targets.values_mut() {
                            if t.label.as_deref() == Some(l) {
                                t.used = true;
                                known = true;
                            }
                        }
                        if known {
                            self.report(
                                *lpos,
                                TypeError::InvalidLabel {
                                    kind: kind.to_string(),
                                    l: l.to_string(),
                                },
                            );
                        } else {
                            self.report(
                                *lpos,
                                TypeError::LabelNotDefined {
                                    kind: kind.to_string(),
                                    l: l.to_string(),
                                },
                            );
                        }
                        None
                    }
                }
            }
            None => {
                let found =
                    self.target_stack.iter().rev().copied().find(|&t| {
                        (is_break && self.targets[t].breakable) || self.targets[t].is_loop
                    });
                if found.is_none() {
                    if is_break {
                        self.report(*pos, TypeError::BreakOutsideLoop);
                    } else {
                        self.report(*pos, TypeError::ContinueOutsideLoop);
                    }
                }
                found
            }
        };
        if let Some(t) = target {
            out.push(if is_break {
                tir::Stmt::Break(t)
            } else {
                tir::Stmt::Continue(t)
            });
        }
    }

    pub(super) fn condition(&mut self, e: &ast::Expr, what: &str) -> Option<tir::Expr> {
        let op = self.expr(e);
        if matches!(op.kind, OpKind::Invalid) {
            return None;
        }
        if !self.types.is_boolean(op.ty) {
            self.report(
                e.pos,
                TypeError::NonBooleanCondition {
                    what: what.to_string(),
                },
            );
            return None;
        }
        let ty = self.types.default_type(op.ty);
        self.assign_op(op, ty, what)
    }

    pub(super) fn var_decl(&mut self, spec: &ast::VarSpec, out: &mut Vec<tir::Stmt>) {
        let declared = spec.ty.as_ref().map(|t| self.resolve_type(t));
        if let Some(None) = declared {
            for (n, p) in &spec.names {
                self.declare_local(n, *p, T::INVALID, false);
            }
            return;
        }
        let declared = declared.flatten();
        let (places, values) =
            self.rhs_values(&spec.names, &spec.values, declared, "variable declaration");
        let ids: Vec<Place> = spec
            .names
            .iter()
            .zip(places)
            .map(|((n, p), ty)| {
                let id = self.declare_local(n, *p, ty, true);
                if n == "_" {
                    Place::Blank
                } else {
                    // Each execution of the declaration makes a new variable (a fresh cell
                    // when its address escapes).
                    out.push(tir::Stmt::Decl(id));
                    Place::Local(id)
                }
            })
            .collect();
        match values {
            Rhs::None => {
                // Zero values: locals start zeroed by codegen; still emit explicit zeroing so loops
                // re-running the declaration reset it.
                let zeros: Vec<tir::Expr> = ids
                    .iter()
                    .filter_map(|p| match p {
                        Place::Local(l) => Some(zero_value(&self.types, self.func.locals[*l])),
                        _ => None,
                    })
                    .collect();
                let places: Vec<Place> = ids
                    .into_iter()
                    .filter(|p| matches!(p, Place::Local(_)))
                    .collect();
                if !places.is_empty() {
                    out.push(tir::Stmt::Assign(places, zeros));
                }
            }
            Rhs::List(v) => out.push(tir::Stmt::Assign(ids, v)),
            Rhs::Tuple(call) => out.push(tir::Stmt::AssignTuple(ids, call)),
            Rhs::Error => {}
        }
    }

    /// Checks right-hand sides for `n` new variables; returns their types and the values.
    pub(super) fn rhs_values(
        &mut self,
        names: &[ast::Name],
        values: &[ast::Expr],
        declared: Option<TypeId>,
        ctx: &str,
    ) -> (Vec<TypeId>, Rhs) {
        let n = names.len();
        let fallback = || vec![declared.unwrap_or(T::INVALID); n];
        if values.is_empty() {
            return (fallback(), Rhs::None);
        }
        if values.len() == 1 && n > 1 {
            let op = self.expr(&values[0]);
            let op = self.comma_ok(op, n);
            match self.types.kind(op.ty).clone() {
                TypeKind::Tuple(ts) if ts.len() == n => {
                    let mut tys = Vec::new();
                    let comma_ok = is_comma_ok(&op);
                    for (k, t) in ts.into_iter().enumerate() {
                        let untyped_bool = comma_ok && k == 1;
                        match declared {
                            Some(d)
                                if !(self.types.assignable(t, d)
                                    || untyped_bool && self.types.is_boolean(d)) =>
                            {
                                let (t, d) = (self.tn(t), self.tn(d));
                                self.report(
                                    values[0].pos,
                                    TypeError::CannotUseValue {
                                        t: t.to_string(),
                                        d: d.to_string(),
                                        ctx: ctx.to_string(),
                                    },
                                );
                                return (fallback(), Rhs::Error);
                            }
                            Some(d) => tys.push(d),
                            _ => tys.push(t),
                        }
                    }
                    let call = self.value_expr(op);
                    let call = call.map(|c| self.convert_tuple(c, &tys));
                    return (tys, call.map(Rhs::Tuple).unwrap_or(Rhs::Error));
                }
                TypeKind::Tuple(ts) => {
                    self.assign_count_error(&values[0], n, ts.len());
                    return (fallback(), Rhs::Error);
                }
                _ if matches!(op.kind, OpKind::NoValue(_)) => {
                    self.no_value(&op, op.pos);
                    return (fallback(), Rhs::Error);
                }
                _ if op.ty == T::INVALID => return (fallback(), Rhs::Error),
                _ => {
                    self.assign_count_error(&values[0], n, 1);
                    return (fallback(), Rhs::Error);
                }
            }
        }
        if values.len() != n {
            self.report(
                values[0].pos,
                TypeError::AssignCount {
                    n: n.to_string(),
                    n_s: (plural(n)).to_string(),
                    values: (values.len()).to_string(),
                    values_s: (plural(values.len())).to_string(),
                },
            );
            for v in values {
                self.expr(v);
            }
            return (fallback(), Rhs::Error);
        }
        let mut tys = Vec::new();
        let mut exprs = Vec::new();
        let mut ok = true;
        for v in values {
            let op = self.expr(v);
            if let TypeKind::Tuple(ts) = self.types.kind(op.ty).clone() {
                self.report(
                    v.pos,
                    TypeError::AssignCountCallN {
                        n: n.to_string(),
                        n_s: (plural(n)).to_string(),
                        call: call_name(v),
                        values: (ts.len()).to_string(),
                        values_s: (plural(ts.len())).to_string(),
                    },
                );
                ok = false;
                tys.push(T::INVALID);
                continue;
            }
            if matches!(op.kind, OpKind::NoValue(_)) {
                self.no_value(&op, v.pos);
                ok = false;
                tys.push(T::INVALID);
                continue;
            }
            let ty = match declared {
                Some(d) => d,
                None => self.types.default_type(op.ty),
            };
            match self.assign_op(op, ty, ctx) {
                Some(e) => exprs.push(e),
                None => ok = false,
            }
            tys.push(ty);
        }
        (tys, if ok { Rhs::List(exprs) } else { Rhs::Error })
    }

    /// gc's "assignment mismatch" for `n` variables and one right-hand side with `values`
    /// values, at that right-hand side (naming the function when it is a call).
    fn assign_count_error(&mut self, rhs: &ast::Expr, n: usize, values: usize) {
        let call = matches!(&rhs.unparen().kind, AK::Call(f, ..) if !self.is_conversion_syntax(f));
        let error = if call {
            TypeError::AssignCountCall {
                n: n.to_string(),
                call: call_name(rhs),
                values: values.to_string(),
                values_s: plural(values).to_string(),
            }
        } else {
            TypeError::AssignCount {
                n: n.to_string(),
                n_s: plural(n).to_string(),
                values: values.to_string(),
                values_s: plural(values).to_string(),
            }
        };
        self.report(rhs.pos, error);
    }

    pub(super) fn define(
        &mut self,
        names: &[ast::Name],
        values: &[ast::Expr],
        pos: Pos,
        out: &mut Vec<tir::Stmt>,
    ) {
        // Which names are new in this scope?
        let scope_has = |c: &Self, n: &str| c.scopes.in_innermost(n);
        let any_new = names.iter().any(|(n, _)| n != "_" && !scope_has(self, n));
        if !any_new {
            self.report(pos, TypeError::NoNewVariables);
        }
        let (tys, rhs) = self.rhs_values(names, values, None, "assignment");
        let comma_ok = matches!(
            &rhs,
            Rhs::Tuple(tir::Expr {
                kind: tir::ExprKind::MapIndexOk(..)
                    | tir::ExprKind::TypeAssert(_, true)
                    | tir::ExprKind::Recv(_, true)
                    | tir::ExprKind::SelectRecv(_, _, true),
                ..
            })
        );
        let mut places = Vec::new();
        let mut want = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for (k, ((n, p), ty)) in names.iter().zip(tys).enumerate() {
            want.push(ty);
            if n == "_" {
                places.push(Place::Blank);
                continue;
            }
            if seen.contains(&n.as_str()) {
                self.report(*p, TypeError::RepeatedOnLeft { n: n.to_string() });
            }
            seen.push(n);
            if scope_has(self, n) {
                match self.lookup(n) {
                    Some(Entity::Local(l)) => {
                        let lt = self.func.locals[l];
                        want[k] = lt;
                        let untyped_bool = comma_ok && k == 1 && self.types.is_boolean(lt);
                        if !untyped_bool
                            && !self.types.assignable(ty, lt)
                            && ty != T::INVALID
                            && lt != T::INVALID
                        {
                            let (ty, lt) = (self.tn(ty), self.tn(lt));
                            self.report(
                                *p,
                                TypeError::CannotUseValueInAssignment {
                                    t: ty.to_string(),
                                    lt: lt.to_string(),
                                },
                            );
                        }
                        places.push(Place::Local(l));
                    }
                    // A constant (or anything but a variable) declared in this block.
                    _ => {
                        self.report(*p, TypeError::CannotAssign { n: n.to_string() });
                        places.push(Place::Blank);
                    }
                }
            } else {
                let id = self.declare_local(n, *p, ty, true);
                out.push(tir::Stmt::Decl(id));
                places.push(Place::Local(id));
            }
        }
        match rhs {
            Rhs::List(v) => {
                let v = v
                    .into_iter()
                    .zip(&want)
                    .map(|(e, &w)| self.convert_expr(e, w))
                    .collect();
                out.push(tir::Stmt::Assign(places, v))
            }
            Rhs::Tuple(c) => {
                let c = self.convert_tuple(c, &want);
                out.push(tir::Stmt::AssignTuple(places, c))
            }
            Rhs::None | Rhs::Error => {}
        }
    }

    pub(super) fn place(&mut self, e: &ast::Expr) -> Option<(Place, TypeId)> {
        crate::compile::deep(|| self.place_here(e))
    }

    fn place_here(&mut self, e: &ast::Expr) -> Option<(Place, TypeId)> {
        match &e.kind {
            AK::Ident(n) if n == "_" => Some((Place::Blank, T::INVALID)),
            AK::Ident(n) => match self.lookup(n) {
                Some(Entity::Local(l)) => Some((Place::Local(l), self.func.locals[l])),
                Some(Entity::LazyGlobal(i)) => {
                    let g = self.resolve_global(i)?;
                    Some((Place::Global(g), self.prog.globals[g].ty))
                }
                None => {
                    self.report(e.pos, TypeError::Undefined { n: n.to_string() });
                    None
                }
                Some(_) => {
                    self.expr(e);
                    self.report(
                        e.pos,
                        TypeError::CannotAssignUnaddressable {
                            expr: expr_string(e),
                        },
                    );
                    None
                }
            },
            AK::Paren(x) => self.place(x),
            AK::Index(x, ix) if ix.len() == 1 => {
                let xo = self.expr(x);
                if let TypeKind::Map(kt, vt) = *self.types.kind(self.types.underlying(xo.ty)) {
                    let io = self.expr(&ix[0]);
                    let k = self.assign_op(io, kt, "map index")?;
                    let m = self.value_expr(xo)?;
                    return Some((Place::MapElem(m, k), vt));
                }
                if let TypeKind::Slice(elem) = *self.types.kind(self.types.underlying(xo.ty)) {
                    let io = self.expr(&ix[0]);
                    let idx = self.index_value(io, None)?;
                    let xv = self.value_expr(xo)?;
                    return Some((Place::SliceElem(xv, idx), elem));
                }
                if self.types.is_string(xo.ty) {
                    self.report(
                        e.pos,
                        TypeError::CannotAssignUnaddressable {
                            expr: expr_string(e),
                        },
                    );
                    return None;
                }
                let io = self.expr(&ix[0]);
                let op = self.index_operands(xo, io, e.pos, Text::Expr(e));
                self.addressable_place(e, op)
            }
            _ => {
                let op = self.expr(e);
                self.addressable_place(e, op)
            }
        }
    }

    /// The place an operand denotes when it is addressable (a package's variable, a field, an
    /// array element, `*p`); otherwise gc's error.
    fn addressable_place(&mut self, e: &ast::Expr, op: Operand) -> Option<(Place, TypeId)> {
        // A package's variable (`os.Args`).
        if let OpKind::Value(tir::Expr {
            kind: tir::ExprKind::Global(g),
            ty,
        }) = &op.kind
        {
            return Some((Place::Global(*g), *ty));
        }
        if op.var {
            if let OpKind::Value(v) = &op.kind {
                if matches!(
                    v.kind,
                    tir::ExprKind::Field(..)
                        | tir::ExprKind::ArrayIndex(..)
                        | tir::ExprKind::Deref(_)
                ) {
                    let ty = v.ty;
                    let pt = self.types.pointer(ty);
                    let addr = tir::Expr {
                        ty: pt,
                        kind: tir::ExprKind::AddrOf(Box::new(v.clone())),
                    };
                    return Some((Place::Deref(addr), ty));
                }
            }
        }
        if let OpKind::Value(v) = &op.kind {
            if through_map(v) {
                self.report(
                    e.pos,
                    TypeError::AssignStructFieldInMap { x: expr_string(e) },
                );
                return None;
            }
        }
        if let OpKind::Value(tir::Expr {
            kind: tir::ExprKind::Field(..) | tir::ExprKind::ArrayIndex(..),
            ..
        }) = &op.kind
        {
            self.report(
                e.pos,
                TypeError::CannotAssignUnaddressable {
                    expr: expr_string(e),
                },
            );
            return None;
        }
        if !matches!(op.kind, OpKind::Invalid) {
            self.report(
                e.pos,
                TypeError::CannotAssignUnaddressable {
                    expr: expr_string(e),
                },
            );
        }
        None
    }

    pub(super) fn assign_stmt<'e>(
        &mut self,
        lhs: &'e [ast::Expr],
        op: Op,
        rhs: &'e [ast::Expr],
        _pos: Pos,
        out: &mut Vec<tir::Stmt>,
    ) {
        if let Some(bin) = op.assign_base() {
            // x op= y  ==  x = x op y, with x's operands evaluated once: a slice element's
            // slice and index go to temporaries first (`a[f()] += 1` calls f once).
            let (Some(l), Some(r)) = (lhs.first(), rhs.first()) else {
                return;
            };
            let Some((place, ty)) = self.place(l) else {
                self.expr(r);
                return;
            };
            let (place, cur) = match place {
                Place::SliceElem(xv, idx) => {
                    let (mut xs, mut is) = (xv, idx);
                    self.hoist_calls(&mut xs, out);
                    self.hoist_calls(&mut is, out);
                    let cur = Operand {
                        ty,
                        kind: OpKind::Value(tir::Expr {
                            ty,
                            kind: tir::ExprKind::SliceIndex(
                                Box::new(xs.clone()),
                                Box::new(is.clone()),
                            ),
                        }),
                        pos: l.pos,
                        text: Text::Expr(l),
                        var: true,
                    };
                    (Place::SliceElem(xs, is), cur)
                }
                Place::MapElem(m, k) => {
                    let (mut ms, mut ks) = (m, k);
                    self.hoist_calls(&mut ms, out);
                    self.hoist_calls(&mut ks, out);
                    let cur = Operand {
                        ty,
                        kind: OpKind::Value(tir::Expr {
                            ty,
                            kind: tir::ExprKind::MapIndex(
                                Box::new(ms.clone()),
                                Box::new(ks.clone()),
                            ),
                        }),
                        pos: l.pos,
                        text: Text::Expr(l),
                        var: false,
                    };
                    (Place::MapElem(ms, ks), cur)
                }
                Place::Deref(addr) => {
                    // The address's operands once. (The value at an address the place takes,
                    // `s[i].f`, is read as that operand: gc takes no address there.)
                    let mut p = addr;
                    self.hoist_calls(&mut p, out);
                    let read = match &p.kind {
                        tir::ExprKind::AddrOf(x) => (**x).clone(),
                        _ => tir::Expr {
                            ty,
                            kind: tir::ExprKind::Deref(Box::new(p.clone())),
                        },
                    };
                    let cur = Operand {
                        ty,
                        kind: OpKind::Value(read),
                        pos: l.pos,
                        text: Text::Expr(l),
                        var: true,
                    };
                    (Place::Deref(p), cur)
                }
                // gc counts `x op= y` as a use of x.
                place => (place, self.expr(l)),
            };
            let mut rop = self.expr(r);
            // As gc orders it: the place's computed operands, then the right side's calls,
            // then the reads of plain variables (`s[i] += f()` indexes with i as f left it).
            // (Only its call-likes: the place is read before the rest of the right side, so
            // `s[f()] += s[f()]` checks the left index first, as gc.)
            if let OpKind::Value(v) = &mut rop.kind {
                if !self.types.is_tuple(v.ty) {
                    self.hoist_calls(v, out);
                }
            }
            // gc places an operation's error at the assigned operand.
            let Some(res) = self.binary_ops(
                bin,
                cur,
                rop,
                l.pos,
                &Text::Owned(format!("{} {} {}", expr_string(l), bin, expr_string(r))),
            ) else {
                return;
            };
            if let Some(v) = self.assign_op(res, ty, "assignment") {
                out.push(tir::Stmt::Assign(vec![place], vec![v]));
            }
            return;
        }
        let mut places = Vec::new();
        let mut tys = Vec::new();
        let mut ok = true;
        for l in lhs {
            match self.place(l) {
                Some((p, t)) => {
                    places.push(p);
                    tys.push(t);
                }
                None => ok = false,
            }
        }
        if rhs.len() == 1 && lhs.len() > 1 {
            let op = self.expr(&rhs[0]);
            let op = self.comma_ok(op, lhs.len());
            match self.types.kind(op.ty).clone() {
                TypeKind::Tuple(ts) if ts.len() == lhs.len() => {
                    let comma_ok = is_comma_ok(&op);
                    let want: Vec<TypeId> = (0..ts.len())
                        .map(|k| match (places.get(k), tys.get(k)) {
                            (Some(Place::Blank) | None, _) | (_, None) => T::INVALID,
                            (_, Some(&lt)) => lt,
                        })
                        .collect();
                    if let Err((k, t)) = self.tuple_assignable(&ts, &want, comma_ok) {
                        let (t, lt) = (self.tn(t), self.tn(want[k]));
                        let error = if comma_ok {
                            TypeError::CannotUseValueInAssignment {
                                t: t.to_string(),
                                lt: lt.to_string(),
                            }
                        } else {
                            TypeError::CannotUseResult {
                                nth: ordinal(k + 1),
                                t,
                                lt,
                            }
                        };
                        self.report(rhs[0].pos, error);
                        ok = false;
                    }
                    if ok {
                        if let Some(c) = self.value_expr(op) {
                            let c = self.convert_tuple(c, &want);
                            out.push(tir::Stmt::AssignTuple(places, c));
                        }
                    }
                }
                TypeKind::Tuple(ts) => self.assign_count_error(&rhs[0], lhs.len(), ts.len()),
                _ if matches!(op.kind, OpKind::NoValue(_)) => self.no_value(&op, op.pos),
                _ if op.ty == T::INVALID => {}
                _ => self.assign_count_error(&rhs[0], lhs.len(), 1),
            }
            return;
        }
        if rhs.len() != lhs.len() {
            self.report(
                rhs[0].pos,
                TypeError::AssignCount {
                    n: (lhs.len()).to_string(),
                    n_s: (plural(lhs.len())).to_string(),
                    values: (rhs.len()).to_string(),
                    values_s: (plural(rhs.len())).to_string(),
                },
            );
            return;
        }
        let mut values = Vec::new();
        for (k, r) in rhs.iter().enumerate() {
            let op = self.expr(r);
            if let TypeKind::Tuple(ts) = self.types.kind(op.ty).clone() {
                self.report(
                    r.pos,
                    TypeError::AssignCountCallN {
                        n: (lhs.len()).to_string(),
                        n_s: (plural(lhs.len())).to_string(),
                        call: call_name(r),
                        values: (ts.len()).to_string(),
                        values_s: (plural(ts.len())).to_string(),
                    },
                );
                ok = false;
                continue;
            }
            let target = match places.get(k) {
                Some(Place::Blank) => {
                    let t = self.types.default_type(op.ty);
                    self.assign_op(op, t, "assignment to _ identifier")
                        .map(|v| values.push(v))
                        .is_none()
                        .then(|| ok = false);
                    continue;
                }
                Some(_) => tys[k],
                None => continue,
            };
            match self.assign_op(op, target, "assignment") {
                Some(v) => values.push(v),
                None => ok = false,
            }
        }
        if ok {
            // `m[k] = m[k] << n` computes before it inserts (a failing shift leaves no key),
            // unlike `m[k] <<= n`, which lowering updates in place: computed here first.
            if let ([Place::MapElem(..)], [v]) = (places.as_slice(), values.as_mut_slice()) {
                if matches!(&v.kind, tir::ExprKind::Binary(BinOp::Shl | BinOp::Shr, x, _)
                    if matches!(x.kind, tir::ExprKind::MapIndex(..)))
                {
                    let t = self.temp(v.ty);
                    let ty = v.ty;
                    let value = std::mem::replace(
                        v,
                        tir::Expr {
                            ty,
                            kind: tir::ExprKind::Local(t),
                        },
                    );
                    out.push(tir::Stmt::Assign(vec![Place::Local(t)], vec![value]));
                }
            }
            out.push(tir::Stmt::Assign(places, values));
        }
    }

    /// The types of `values` for a count-mismatch message, or None when one of them is
    /// already an error (reported here for a call with no value, as gc does).
    pub(super) fn value_types(&mut self, values: &[ast::Expr]) -> Option<Vec<TypeId>> {
        let mut types = Vec::new();
        let mut bad = false;
        for v in values {
            let op = self.expr(v);
            match op.kind {
                OpKind::Invalid => bad = true,
                OpKind::NoValue(_) => {
                    self.no_value(&op, op.pos);
                    bad = true;
                }
                _ => types.push(op.ty),
            }
        }
        (!bad).then_some(types)
    }

    pub(super) fn return_stmt(&mut self, values: &[ast::Expr], pos: Pos, out: &mut Vec<tir::Stmt>) {
        let Some(y) = self.yields.last() else {
            return self.return_here(values, pos, out);
        };
        // In a range-over-function body: a return of the enclosing function.
        if values.is_empty() {
            if !self.results.is_empty() && !y.named {
                let hw = self.have_want(&[], &self.results.clone());
                self.report(pos, TypeError::NotEnoughReturnValues { hw });
                return;
            }
            return self.bare_return(out);
        }
        let mut checked = Vec::new();
        self.return_here(values, pos, &mut checked);
        for s in checked {
            match s {
                tir::Stmt::Return(vals) => self.return_values(vals, out),
                s => out.push(s),
            }
        }
    }

    fn return_here(&mut self, values: &[ast::Expr], pos: Pos, out: &mut Vec<tir::Stmt>) {
        let results = self.results.clone();
        if values.is_empty() {
            if !results.is_empty() && self.func.named_results.is_empty() {
                self.report(
                    pos,
                    TypeError::NotEnoughReturnValues {
                        hw: self.have_want(&[], &results),
                    },
                );
                return;
            }
            // Each named result must still be the name's meaning here (gc: "not in scope").
            for &l in &self.func.named_results.clone() {
                let name = self.locals[l].name.clone();
                if name == "_" {
                    continue;
                }
                if let Some(Entity::Local(inner)) = self.scopes.get(&name).cloned() {
                    if inner != l {
                        let inner_pos = self.locals[inner].pos;
                        let ty = self.tn(self.func.locals[inner]);
                        let inner =
                            related(inner_pos, &format!("inner declaration of var {name} {ty}"));
                        self.report(pos, TypeError::ResultNotInScope { name, inner });
                        return;
                    }
                }
            }
            return self.bare_return(out);
        }
        if values.len() == 1 && results.len() > 1 {
            let op = self.expr(&values[0]);
            if let TypeKind::Tuple(ts) = self.types.kind(op.ty).clone() {
                if ts.len() == results.len() {
                    if let Err((k, have)) = self.tuple_assignable(&ts, &results, false) {
                        let (have, want) = (self.tn(have), self.tn(results[k]));
                        self.report(
                            values[0].pos,
                            TypeError::CannotUse {
                                d: format!("{} (value of type {have})", op.text),
                                ty: want,
                                ctx: "return statement".into(),
                            },
                        );
                        return;
                    }
                    if let Some(c) = self.value_expr(op) {
                        let c = self.convert_tuple(c, &results);
                        // Return a tuple call directly: lower as assignment to temps.
                        let temps: Vec<LocalId> = results.iter().map(|t| self.temp(*t)).collect();
                        out.push(tir::Stmt::AssignTuple(
                            temps.iter().map(|&t| Place::Local(t)).collect(),
                            c,
                        ));
                        out.push(tir::Stmt::Return(
                            temps
                                .iter()
                                .map(|&t| tir::Expr {
                                    ty: results[0],
                                    kind: tir::ExprKind::Local(t),
                                })
                                .enumerate()
                                .map(|(k, mut e)| {
                                    e.ty = results[k];
                                    e
                                })
                                .collect(),
                        ));
                    }
                    return;
                }
            }
            if matches!(op.kind, OpKind::NoValue(_)) {
                self.no_value(&op, op.pos);
            } else if !matches!(op.kind, OpKind::Invalid) {
                let many = matches!(self.types.kind(op.ty), TypeKind::Tuple(ts) if ts.len() > results.len());
                let word = if many { "too many" } else { "not enough" };
                let hw = self.have_want(std::slice::from_ref(&op.ty), &results);
                self.report(
                    values[0].pos,
                    TypeError::ReturnValues {
                        word: word.to_string(),
                        hw: hw.to_string(),
                    },
                );
            }
            return;
        }
        if values.len() != results.len() {
            let msg = if values.len() > results.len() {
                "too many return values"
            } else {
                "not enough return values"
            };
            let Some(have) = self.value_types(values) else {
                return;
            };
            // gc points at the first value too many, or at the last one given.
            let at = values
                .get(results.len())
                .or(values.last())
                .map_or(pos, |v| v.pos);
            self.report(
                at,
                TypeError::ReturnCount {
                    msg: msg.to_string(),
                    hw: self.have_want(&have, &results),
                },
            );
            return;
        }
        let mut vals = Vec::new();
        for (v, t) in values.iter().zip(&results) {
            let op = self.expr(v);
            if let Some(e) = self.assign_op(op, *t, "return statement") {
                vals.push(e);
            }
        }
        if vals.len() == results.len() {
            out.push(tir::Stmt::Return(vals));
        }
    }

    pub(super) fn switch(
        &mut self,
        init: Option<&ast::Stmt>,
        tag: Option<&ast::Expr>,
        clauses: &[ast::Clause],
        label: Option<String>,
        pos: Pos,
        out: &mut Vec<tir::Stmt>,
    ) {
        self.push_scope();
        let mut pre = Vec::new();
        if let Some(i) = init {
            self.stmt(i, &mut pre);
        }
        // The tag is evaluated once into a temporary.
        let tag_val = match tag {
            Some(t) => {
                let op = self.expr(t);
                if matches!(op.kind, OpKind::Invalid) {
                    None
                } else if matches!(op.kind, OpKind::NoValue(_)) {
                    self.no_value(&op, t.pos);
                    None
                } else {
                    let ty = self.types.default_type(op.ty);
                    let text = op.text.clone();
                    let v = self.assign_op(op, ty, "switch expression");
                    v.map(|v| {
                        let tmp = self.temp(ty);
                        pre.push(tir::Stmt::Assign(vec![Place::Local(tmp)], vec![v]));
                        (tmp, ty, text)
                    })
                }
            }
            None => None,
        };
        let target = self.new_target(label, false, true, pos);
        self.target_stack.push(target);
        let mut out_clauses = Vec::new();
        let mut seen_default = false;
        let mut seen_consts: Vec<((TypeId, Value), Pos)> = Vec::new();
        for (ci, cl) in clauses.iter().enumerate() {
            let mut conds = Vec::new();
            if let Some(exprs) = &cl.exprs {
                for e in exprs {
                    let op = self.expr(e);
                    if matches!(op.kind, OpKind::Invalid) {
                        continue;
                    }
                    match (&tag_val, tag) {
                        (Some((tmp, ty, ttext)), _) => {
                            if let OpKind::Const(v) = &op.kind {
                                // Against an interface tag, the dynamic type counts too.
                                let case_ty = if self.types.is_interface(*ty) {
                                    self.types.canonical(self.types.default_type(op.ty))
                                } else {
                                    *ty
                                };
                                let v = &(case_ty, v.clone());
                                if let Some((_, prev)) = seen_consts.iter().find(|(s, _)| s == v) {
                                    let conv_ty = if self.types.is_untyped(op.ty) {
                                        *ty
                                    } else {
                                        op.ty
                                    };
                                    let prev = related(*prev, "previous case");
                                    // Described as the tag's type takes it.
                                    let mut converted = op.clone();
                                    converted.ty = conv_ty;
                                    let x = self.describe(&converted);
                                    self.report(e.pos, TypeError::DuplicateCase { x, prev });
                                } else {
                                    seen_consts.push((v.clone(), e.pos));
                                }
                            }
                            // Against an interface tag, the case's type must be comparable.
                            if self.types.is_interface(*ty)
                                && !self.types.is_interface(op.ty)
                                && !self.types.is_untyped(op.ty)
                                && !self.types.comparable(op.ty)
                            {
                                let why = self.incomparable(op.ty);
                                self.report(
                                    e.pos,
                                    TypeError::InvalidCaseCompare {
                                        x: op.text.to_string(),
                                        tag: ttext.to_string(),
                                        why,
                                    },
                                );
                                continue;
                            }
                            let tag_op = Operand {
                                ty: *ty,
                                kind: OpKind::Value(tir::Expr {
                                    ty: *ty,
                                    kind: tir::ExprKind::Local(*tmp),
                                }),
                                pos: e.pos,
                                text: ttext.clone(),
                                var: true,
                            };
                            let text = Text::Owned(format!("{} == {}", ttext, op.text));
                            if let Some(c) = self.binary_ops(Op::Eq, tag_op, op, e.pos, &text) {
                                if let Some(v) = self.value_expr(c) {
                                    conds.push(v);
                                }
                            }
                        }
                        (None, None) => {
                            if !self.types.is_boolean(op.ty) {
                                self.report(
                                    e.pos,
                                    TypeError::InvalidCaseNotBool {
                                        x: op.text.to_string(),
                                        ty: self.tn(op.ty),
                                    },
                                );
                                continue;
                            }
                            if let Some(v) = self.assign_op(op, T::BOOL, "switch case") {
                                conds.push(v);
                            }
                        }
                        (None, Some(_)) => {}
                    }
                }
            } else if seen_default {
                self.report(cl.pos, TypeError::MultipleDefaults);
            } else {
                seen_default = true;
            }
            self.push_scope();
            let mut body_ast: &[ast::Stmt] = &cl.body;
            let mut fallthrough = false;
            if let Some(ast::Stmt::Fallthrough(fpos)) = cl.body.last() {
                if ci + 1 == clauses.len() {
                    self.report(*fpos, TypeError::FallthroughFinalCase);
                }
                fallthrough = true;
                body_ast = &cl.body[..cl.body.len() - 1];
            }
            let body = self.stmt_list(body_ast);
            self.pop_scope();
            out_clauses.push(tir::SwitchClause {
                conds,
                is_default: cl.exprs.is_none(),
                body,
                fallthrough,
            });
        }
        self.target_stack.pop();
        self.pop_scope();
        pre.push(tir::Stmt::Switch {
            clauses: out_clauses,
            target,
        });
        out.push(tir::Stmt::Block(pre));
    }
}

pub(super) enum Rhs {
    None,
    List(Vec<tir::Expr>),
    Tuple(tir::Expr),
    Error,
}

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

pub(super) fn call_name(e: &ast::Expr) -> String {
    match &e.kind {
        AK::Call(f, _, _) => expr_string(f),
        _ => expr_string(e),
    }
}

impl<'a> Checker<'a> {
    /// True if the callee `f` of a call is a type (the call is a conversion).
    pub(super) fn is_conversion_syntax(&mut self, f: &ast::Expr) -> bool {
        match &f.unparen().kind {
            AK::Ident(n) => {
                matches!(self.scopes.get(n), None | Some(Entity::TypeName(_)))
                    && matches!(self.lookup(n), Some(Entity::TypeName(_)))
            }
            AK::ArrayType(..)
            | AK::SliceType(_)
            | AK::MapType(..)
            | AK::ChanType(..)
            | AK::FuncType(_)
            | AK::StructType(_)
            | AK::InterfaceType(_)
            | AK::Star(_) => true,
            _ => false,
        }
    }
}

/// Whether an operand is a comma-ok form (`m[k]`, `x.(T)`), whose second value is an untyped
/// bool.
pub(super) fn is_comma_ok(op: &Operand) -> bool {
    matches!(
        &op.kind,
        OpKind::Value(tir::Expr {
            kind: tir::ExprKind::MapIndexOk(..)
                | tir::ExprKind::TypeAssert(_, true)
                | tir::ExprKind::Recv(_, true)
                | tir::ExprKind::SelectRecv(_, _, true),
            ..
        })
    )
}

/// Whether `e` is a field or element of a map element (`m[k].f`): not assignable.
fn through_map(e: &tir::Expr) -> bool {
    crate::compile::deep(|| through_map_here(e))
}

fn through_map_here(e: &tir::Expr) -> bool {
    match &e.kind {
        tir::ExprKind::Field(x, _) => {
            matches!(x.kind, tir::ExprKind::MapIndex(..)) || through_map(x)
        }
        tir::ExprKind::ArrayIndex(x, _) => through_map(x),
        _ => false,
    }
}
