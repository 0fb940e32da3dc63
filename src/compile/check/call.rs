//! Calls: of functions, of builtins, of the runtime's intrinsics, and of `fmt`.

use super::builtins::Args;
use super::*;

/// What a call calls.
pub(super) enum Callee {
    /// A declared function.
    Func(FuncId),
    /// A method, with its receiver.
    Method(FuncId, tir::Expr),
    /// A function value.
    Value(tir::Expr),
    /// A method of an interface value, by its index.
    Iface(tir::Expr, usize),
}

impl<'a> Checker<'a> {
    pub(super) fn call<'e>(
        &mut self,
        f: &'e ast::Expr,
        args: &'e [ast::Expr],
        dots: bool,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        // Where gc reports what its arguments leave to infer (a generic function passed on).
        let lparen = f.pos + expr_string(f).len() as u32;
        let outer = self.call_lparen.replace(lparen);
        let r = self.call_here(f, args, dots, pos, text);
        self.call_lparen = outer;
        r
    }

    fn call_here<'e>(
        &mut self,
        f: &'e ast::Expr,
        args: &'e [ast::Expr],
        dots: bool,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let fo = self.expr(f);
        // `f(s...)` needs a variadic f: memrun's functions, builtins and conversions are not.
        if dots
            && !matches!(
                fo.kind,
                OpKind::Fmt(_) | OpKind::Invalid | OpKind::Builtin("append")
            )
        {
            let error = match &fo.kind {
                OpKind::Type => Some((
                    args.first().map_or(pos, |a| a.pos),
                    TypeError::DotsConversion { ty: self.tn(fo.ty) },
                )),
                OpKind::Builtin(b) => Some((
                    pos,
                    TypeError::DotsBuiltin {
                        name: (*b).to_owned(),
                    },
                )),
                OpKind::Func(id) if !self.is_variadic(*id) => Some((
                    pos,
                    TypeError::DotsNonVariadic {
                        name: fo.text.to_string(),
                    },
                )),
                OpKind::Generic(g, _) if !generic::is_variadic_decl(self.generics[*g].decl) => {
                    Some((
                        pos,
                        TypeError::DotsNonVariadic {
                            name: fo.text.to_string(),
                        },
                    ))
                }
                OpKind::Method(id, _) if !self.is_variadic(*id) => Some((
                    pos,
                    TypeError::DotsNonVariadic {
                        name: fo.text.to_string(),
                    },
                )),
                OpKind::Value(_) | OpKind::IfaceMethod(..) if !self.sig_variadic(fo.ty) => Some((
                    pos,
                    TypeError::DotsNonVariadic {
                        name: fo.text.to_string(),
                    },
                )),
                OpKind::Intrinsic(_) => Some((
                    pos,
                    TypeError::DotsNonVariadic {
                        name: fo.text.to_string(),
                    },
                )),
                _ => None,
            };
            if let Some((at, error)) = error {
                for a in args {
                    self.expr(a);
                }
                self.report(at, error);
                return Operand::invalid(pos);
            }
        }
        let no_common = match fo.kind {
            OpKind::Value(_) => self.no_common_under(fo.ty, SetOp::Call),
            _ => None,
        };
        if let Some(why) = no_common {
            let (op, x) = (SetOp::Call, self.describe(&fo));
            self.report(fo.pos, TypeError::NoCommonUnder { op, x, why });
            for a in args {
                self.expr(a);
            }
            return Operand::invalid(pos);
        }
        match fo.kind.clone() {
            OpKind::Invalid => {
                for a in args {
                    self.expr(a);
                }
                Operand::invalid(pos)
            }
            OpKind::Type => {
                // A conversion to a type parameter is not a constant, even of a constant: in
                // gc it is a value of the instance's type (T(1)<<10 does not overflow at
                // compile time, T(0) is no constant divisor).
                let tparam = self.names_type_param(f);
                let o = self.conversion(fo.ty, args, pos, text);
                match o.kind {
                    OpKind::Const(_) if tparam => {
                        let (ty, at, text) = (o.ty, o.pos, o.text.clone());
                        match self.value_expr(o) {
                            Some(e) => self.mk(at, text, ty, OpKind::Value(e)),
                            None => Operand::invalid(at),
                        }
                    }
                    _ => o,
                }
            }
            OpKind::Generic(g, explicit) => {
                let ops: Vec<Operand<'e>> = args.iter().map(|a| self.list_expr(a)).collect();
                // gc places inference and constraint errors at the call's `(`.
                let lparen = f.pos + expr_string(f).len() as u32;
                self.call_generic(
                    g,
                    explicit,
                    &fo.text.to_string(),
                    ops,
                    dots,
                    (pos, lparen),
                    text,
                )
            }
            kind @ (OpKind::Func(_) | OpKind::Method(..)) => {
                let (id, callee) = match kind {
                    OpKind::Method(id, recv) => (id, Callee::Method(id, *recv)),
                    OpKind::Func(id) => (id, Callee::Func(id)),
                    _ => unreachable!("matched above"),
                };
                let (mut ptys, rtys) = self.signature(id);
                if matches!(callee, Callee::Method(..)) {
                    // The receiver is bound.
                    ptys.remove(0);
                }
                let variadic = self.is_variadic(id);
                let o = self.call_func(
                    callee,
                    &fo.text.to_string(),
                    args,
                    (ptys, rtys, variadic, dots),
                    pos,
                    text,
                );
                if self.prog.funcs[id].name == "errors.As" {
                    return self.errors_as(o);
                }
                o
            }
            OpKind::Value(fv)
                if matches!(
                    self.types.kind(self.types.underlying(fv.ty)),
                    TypeKind::Signature(_)
                ) =>
            {
                let TypeKind::Signature(sig) =
                    self.types.kind(self.types.underlying(fv.ty)).clone()
                else {
                    unreachable!("a signature")
                };
                // A method expression called where it stands (`T.M(x, …)`) is a call of the
                // method itself, as gc's (a static call: its escape tags, its inlining).
                let callee = match &fv.kind {
                    tir::ExprKind::Closure(t, outer)
                        if outer.is_empty() && self.prog.funcs[*t].name.ends_with("·f") =>
                    {
                        match self.prog.funcs[*t].forward_defer {
                            Some(id) => Callee::Func(id),
                            None => Callee::Value(fv),
                        }
                    }
                    _ => Callee::Value(fv),
                };
                self.call_func(
                    callee,
                    &fo.text.to_string(),
                    args,
                    (sig.params, sig.results, sig.variadic, dots),
                    pos,
                    text,
                )
            }
            OpKind::IfaceMethod(x, index) => {
                let TypeKind::Signature(sig) =
                    self.types.kind(self.types.underlying(fo.ty)).clone()
                else {
                    unreachable!("an interface method's signature")
                };
                self.call_func(
                    Callee::Iface(*x, index),
                    &fo.text.to_string(),
                    args,
                    (sig.params, sig.results, sig.variadic, dots),
                    pos,
                    text,
                )
            }
            OpKind::Fmt(which) => {
                let mut vals = Vec::new();
                for (k, a) in args.iter().enumerate() {
                    let o = self.list_expr(a);
                    if matches!(o.kind, OpKind::Invalid) {
                        return self.skip_args(&args[k + 1..], pos);
                    }
                    if matches!(o.kind, OpKind::Generic(..)) {
                        // gc: its type parameters cannot be inferred from `any`.
                        self.assign_op(o, T::ANY, &format!("argument to {}", fo.text));
                        return self.skip_args(&args[k + 1..], pos);
                    }
                    let formats = matches!(which, FmtFn::Printf | FmtFn::Sprintf);
                    if k == 0 && formats && args.len() == 1 && self.types.is_tuple(o.ty) {
                        // fmt.Printf(f()): its first result the format, the rest the operands.
                        let first = self.types.tuple_types(o.ty).first().copied();
                        if first.is_some_and(|t| self.types.assignable(t, T::STRING)) {
                            self.report(
                                a.pos,
                                TypeError::Unsupported {
                                    what: format!("{} of a multi-value call", fo.text),
                                },
                            );
                            return Operand::invalid(pos);
                        }
                        self.report(
                            a.pos,
                            TypeError::CannotUseTupleArgument {
                                x: o.text.to_string(),
                                have: self.tn(first.unwrap_or(T::INVALID)),
                                want: "string".into(),
                                fname: fo.text.to_string(),
                            },
                        );
                        return Operand::invalid(pos);
                    }
                    // The operand spread (`fmt.Println(xs...)`): anything assignable to []any.
                    if dots && k + 1 == args.len() && k >= usize::from(formats) {
                        let any_slice = self.types.slice(T::ANY);
                        match self.assign_op(o, any_slice, &format!("argument to {}", fo.text)) {
                            Some(v) => vals.push(v),
                            None => return self.skip_args(&args[k + 1..], pos),
                        }
                        continue;
                    }
                    if k == 0 && formats {
                        match self.assign_op(o, T::STRING, &format!("argument to {}", fo.text)) {
                            Some(v) => vals.push(v),
                            None => return self.skip_args(&args[k + 1..], pos),
                        }
                        continue;
                    }
                    if self.types.is_tuple(o.ty)
                        && args.len() == 1
                        && !matches!(which, FmtFn::Printf | FmtFn::Sprintf)
                    {
                        // fmt.Println(f()) spreads f's results as the operands.
                        let ready = self
                            .types
                            .tuple_types(o.ty)
                            .into_iter()
                            .all(|t| self.fmt_ready(t, a.pos));
                        if !ready {
                            return self.skip_args(&args[k + 1..], pos);
                        }
                        match self.value_expr(o) {
                            Some(v) => vals.push(v),
                            None => return self.skip_args(&args[k + 1..], pos),
                        }
                        continue;
                    }
                    // nil prints as a nil interface.
                    let t = if o.ty == T::UNTYPED_NIL {
                        T::ANY
                    } else {
                        self.types.default_type(o.ty)
                    };
                    let ready = self
                        .types
                        .tuple_types(t)
                        .into_iter()
                        .all(|t| self.fmt_ready(t, a.pos));
                    if !ready {
                        return self.skip_args(&args[k + 1..], pos);
                    }
                    match self.assign_op(o, t, "argument") {
                        Some(v) => vals.push(v),
                        None => return self.skip_args(&args[k + 1..], pos),
                    }
                }
                if matches!(which, FmtFn::Printf | FmtFn::Sprintf) && vals.is_empty() {
                    self.report(
                        pos,
                        TypeError::NotEnoughArguments {
                            fname: fo.text.to_string(),
                            hw: "\n\thave ()\n\twant (string, ...any)".to_string(),
                        },
                    );
                    return Operand::invalid(pos);
                }
                if dots {
                    // fmt.Println(xs...): the one operand after the format is a []any.
                    let fixed = usize::from(matches!(which, FmtFn::Printf | FmtFn::Sprintf));
                    let any_slice = self.types.slice(T::ANY);
                    if vals.len() != fixed + 1 {
                        self.report(
                            pos,
                            TypeError::DotsNonVariadic {
                                name: fo.text.to_string(),
                            },
                        );
                        return Operand::invalid(pos);
                    }
                    let last = vals.pop().unwrap_or(tir::Expr {
                        ty: T::INVALID,
                        kind: tir::ExprKind::Zero,
                    });
                    if !self.types.identical(last.ty, any_slice) {
                        let (have, want) = (self.tn(last.ty), self.tn(any_slice));
                        self.report(
                            args[fixed].pos,
                            TypeError::CannotUse {
                                d: format!(
                                    "{} (variable of type {have})",
                                    expr_string(&args[fixed])
                                ),
                                ty: want,
                                ctx: format!("argument to {}", fo.text),
                            },
                        );
                        return Operand::invalid(pos);
                    }
                    vals.push(tir::Expr {
                        ty: any_slice,
                        kind: tir::ExprKind::Spread(Box::new(last)),
                    });
                }
                let ty = match which {
                    FmtFn::Sprint | FmtFn::Sprintln | FmtFn::Sprintf => T::STRING,
                    FmtFn::Print | FmtFn::Println | FmtFn::Printf => {
                        self.types.tuple(vec![T::INT, T::ERROR])
                    }
                    FmtFn::BuiltinPrint | FmtFn::BuiltinPrintln => T::INVALID,
                };
                let e = tir::Expr {
                    ty,
                    kind: tir::ExprKind::Fmt(which, vals),
                };
                if ty == T::INVALID {
                    self.mk(pos, text, T::INVALID, OpKind::NoValue(e))
                } else {
                    self.mk(pos, text, ty, OpKind::Value(e))
                }
            }
            OpKind::Builtin(b) => self.builtin(b, args, dots, pos, text),
            OpKind::Intrinsic(i) => self.intrinsic(i, args, pos, text),
            _ if self.broken(fo.ty) => Operand::invalid(pos),
            _ => {
                self.report(
                    pos,
                    TypeError::CallNonFunction {
                        x: self.describe(&fo),
                        t: self.tn(fo.ty),
                    },
                );
                Operand::invalid(pos)
            }
        }
    }

    /// After an argument that failed: checks the rest (their own errors, the variables they
    /// use), then gives up on the call.
    fn skip_args<'e>(&mut self, rest: &'e [ast::Expr], pos: Pos) -> Operand<'e> {
        for a in rest {
            self.expr(a);
        }
        Operand::invalid(pos)
    }

    /// A call of `callee` with parameter types `ptys` (the last a slice for a variadic
    /// callee), results `rtys`, and `dots` for `f(s...)`.
    pub(super) fn call_func<'e>(
        &mut self,
        callee: Callee,
        fname: &str,
        args: &'e [ast::Expr],
        sig: (Vec<TypeId>, Vec<TypeId>, bool, bool),
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        // Every argument is checked first, then assigned to its parameter (gc's order of
        // diagnostics).
        let ops: Vec<Operand<'e>> = args.iter().map(|a| self.list_expr(a)).collect();
        self.call_with(callee, fname, ops, sig, pos, text)
    }

    /// A call whose arguments are checked already (`ops`, one per argument as written).
    pub(super) fn call_with<'e>(
        &mut self,
        callee: Callee,
        fname: &str,
        ops: Vec<Operand<'e>>,
        (ptys, rtys, variadic, dots): (Vec<TypeId>, Vec<TypeId>, bool, bool),
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        if self.argument_count_error(fname, &ops, &ptys, variadic, dots, pos) {
            return Operand::invalid(pos);
        }
        let tuple = self.one_tuple(&ops);
        if variadic && !dots && !tuple {
            return self.call_variadic(callee, fname, ops, &ptys, &rtys, pos, text);
        }
        let mut vals = Vec::new();
        let mut ok = true;
        if ops.len() == 1 && (ptys.len() > 1 || tuple) {
            // f(g()) with as many results as parameters (the count is right), or at least
            // as many as a variadic f's fixed parameters.
            let o = ops.into_iter().next().expect("one argument");
            let at = o.pos;
            let ts = self.types.tuple_types(o.ty);
            let want: Vec<TypeId> = if variadic && !dots {
                let fixed = ptys.len() - 1;
                let elem = self.types.slice_elem(ptys[fixed]).unwrap_or(T::INVALID);
                let mut w = ptys[..fixed].to_vec();
                w.resize(ts.len(), elem);
                w
            } else {
                ptys.clone()
            };
            if self.tuple_assignable(&ts, &want, false).is_ok() {
                // g's results are f's arguments. The call's words spread into the argument
                // list when lowered.
                let Some(v) = self.value_expr(o) else {
                    return Operand::invalid(pos);
                };
                let mut v = self.convert_tuple(v, &want);
                if variadic && !dots {
                    v = tir::Expr {
                        ty: self.types.tuple(ptys.clone()),
                        kind: tir::ExprKind::TupleVariadic(Box::new(v), ptys.len() - 1),
                    };
                }
                vals.push(v);
                return self.finish_call(callee, vals, &rtys, pos, text);
            }
            // gc names the first result that does not fit its parameter.
            let (have, want) = match ts
                .iter()
                .zip(&want)
                .find(|(h, w)| !self.types.assignable(**h, **w))
            {
                Some((&h, &w)) => (h, w),
                None => (o.ty, self.types.tuple(want.clone())),
            };
            let (have, want) = (self.tn(have), self.tn(want));
            self.report(
                at,
                TypeError::CannotUseTupleArgument {
                    x: o.text.to_string(),
                    have: have.to_string(),
                    want: want.to_string(),
                    fname: fname.to_string(),
                },
            );
            return Operand::invalid(pos);
        }
        for (o, t) in ops.into_iter().zip(&ptys) {
            match self.assign_op(o, *t, &format!("argument to {fname}")) {
                Some(v) => vals.push(v),
                None => ok = false,
            }
        }
        if !ok {
            return Operand::invalid(pos);
        }
        self.finish_call(callee, vals, &rtys, pos, text)
    }

    /// Reports gc's error for a call of `fname` whose arguments `ops` (as written: one may be
    /// a call with several results) do not match parameters `ptys` (the last a slice for a
    /// variadic callee) in number: whether it did (or an argument has no value).
    pub(super) fn argument_count_error(
        &mut self,
        fname: &str,
        ops: &[Operand<'_>],
        ptys: &[TypeId],
        variadic: bool,
        dots: bool,
        pos: Pos,
    ) -> bool {
        let tuple = self.one_tuple(ops);
        if variadic && !dots {
            let fixed = ptys.len() - 1;
            // `f(g())`: g's results are the arguments.
            let have = if tuple {
                self.types.tuple_types(ops[0].ty)
            } else if ops.len() >= fixed {
                return false;
            } else {
                let Some(have) = self.op_types(ops) else {
                    return true;
                };
                have
            };
            if have.len() >= fixed {
                return false;
            }
            let last = ptys[fixed];
            let elem = self.types.slice_elem(last).unwrap_or(T::INVALID);
            let hw = self.have_want(&have, ptys);
            let hw = hw.replacen(
                &format!(", {}", self.tn(last)),
                &format!(", ...{}", self.tn(elem)),
                1,
            );
            self.report(
                ops.last().map_or(pos, |a| a.pos),
                TypeError::ArgumentCount {
                    word: "not enough".into(),
                    fname: fname.to_string(),
                    hw,
                },
            );
            return true;
        }
        if ops.len() == 1 && (ptys.len() > 1 || tuple) {
            let o = &ops[0];
            let at = o.pos;
            if let TypeKind::Tuple(ts) = self.types.kind(o.ty).clone() {
                if ts.len() == ptys.len() {
                    return false;
                }
                let word = if ts.len() > ptys.len() {
                    "too many"
                } else {
                    "not enough"
                };
                let hw = self.have_want(&ts, ptys);
                self.report(
                    at,
                    TypeError::ArgumentCount {
                        word: word.to_string(),
                        fname: fname.to_string(),
                        hw: hw.to_string(),
                    },
                );
                return true;
            }
            if !matches!(o.kind, OpKind::Invalid) {
                let hw = self.have_want(std::slice::from_ref(&o.ty), ptys);
                self.report(
                    at,
                    TypeError::NotEnoughArguments {
                        fname: fname.to_string(),
                        hw: hw.to_string(),
                    },
                );
            }
            return true;
        }
        if ops.len() == ptys.len() {
            return false;
        }
        let Some(have) = self.op_types(ops) else {
            return true;
        };
        let pos_err = if ops.len() > ptys.len() {
            ops[ptys.len()].pos
        } else {
            ops.last().map_or(pos, |a| a.pos)
        };
        let word = if ops.len() > ptys.len() {
            "too many"
        } else {
            "not enough"
        };
        let hw = self.have_want(&have, ptys);
        // A variadic callee's last parameter reads `...T`; a spread argument `[]T...`.
        let hw = if variadic {
            let last = ptys[ptys.len() - 1];
            let elem = self.types.slice_elem(last).unwrap_or(T::INVALID);
            let want_last = format!("{})", self.tn(last));
            let mut hw = match hw.rfind(&want_last) {
                Some(at) if hw.ends_with(&want_last) => {
                    format!("{}...{})", &hw[..at], self.tn(elem))
                }
                _ => hw,
            };
            if dots {
                if let Some(at) = hw.find(")\n\twant") {
                    hw.insert_str(at, "...");
                }
            }
            hw
        } else {
            hw
        };
        self.report(
            pos_err,
            TypeError::ArgumentCount {
                word: word.to_string(),
                fname: fname.to_string(),
                hw: hw.to_string(),
            },
        );
        true
    }

    /// The types of checked arguments, or None after reporting one that has no value.
    pub(super) fn op_types(&mut self, ops: &[Operand<'_>]) -> Option<Vec<TypeId>> {
        let mut types = Vec::new();
        let mut bad = false;
        for op in ops {
            match op.kind {
                OpKind::Invalid => bad = true,
                OpKind::NoValue(_) => {
                    self.no_value(op, op.pos);
                    bad = true;
                }
                _ => types.push(op.ty),
            }
        }
        (!bad).then_some(types)
    }

    /// A call of a variadic callee without `...`: the trailing arguments become a slice (nil
    /// when there are none).
    #[allow(clippy::too_many_arguments)]
    fn call_variadic<'e>(
        &mut self,
        callee: Callee,
        fname: &str,
        ops: Vec<Operand<'e>>,
        ptys: &[TypeId],
        rtys: &[TypeId],
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let fixed = ptys.len() - 1;
        let last = ptys[fixed];
        let elem = self.types.slice_elem(last).unwrap_or(T::INVALID);
        let mut vals = Vec::new();
        let mut ok = true;
        let ctx = format!("argument to {fname}");
        let mut ops = ops.into_iter();
        for t in ptys.iter().take(fixed) {
            let o = ops.next().expect("a fixed argument");
            match self.assign_op(o, *t, &ctx) {
                Some(v) => vals.push(v),
                None => ok = false,
            }
        }
        let mut rest = Vec::new();
        for (k, o) in ops.enumerate() {
            match self.assign_op(o, elem, &ctx) {
                Some(v) => rest.push((k as u64, v)),
                None => ok = false,
            }
        }
        if !ok {
            return Operand::invalid(pos);
        }
        vals.push(if rest.is_empty() {
            tir::Expr {
                ty: last,
                kind: tir::ExprKind::Zero,
            }
        } else {
            tir::Expr {
                ty: last,
                kind: tir::ExprKind::Composite(rest),
            }
        });
        self.finish_call(callee, vals, rtys, pos, text)
    }

    /// "not supported yet" for what shows the capacity of a `bytes.Buffer` that may come
    /// from `bytes.NewBufferString`: gc inlines it, and its `[]byte(s)` gets exactly
    /// `len(s)` bytes where the buffer does not escape, a size class's where it does — a
    /// choice of gc's escape analysis that memrun's precompiled library does not follow.
    /// A receiver that is a declared function's variable never assigned such a buffer is
    /// clear; any other is not, once the program calls it.
    pub(super) fn buffer_capacity_calls(&mut self) {
        if !self.buffer_from_string {
            return;
        }
        // The variables NewBufferString's buffers are assigned to; None: one goes elsewhere.
        let mut assigned: Option<HashSet<(FuncId, tir::LocalId)>> = Some(HashSet::new());
        let is_new = |e: &tir::Expr, funcs: &cranelift_entity::PrimaryMap<FuncId, tir::Func>| {
            let tir::ExprKind::Call(g, _) = e.kind else {
                return false;
            };
            funcs[g].name == "bytes.NewBufferString"
        };
        for (f, func) in self.prog.funcs.iter() {
            let mut calls = 0usize;
            let mut held = Vec::new();
            crate::compile::escape::walk_body(&func.body, &mut |e| {
                calls += usize::from(is_new(e, &self.prog.funcs));
            });
            crate::compile::escape::walk_stmts(&func.body, &mut |s| {
                if let tir::Stmt::Assign(ps, vs) = s {
                    for (p, v) in ps.iter().zip(vs) {
                        if let (tir::Place::Local(l), true) = (p, is_new(v, &self.prog.funcs)) {
                            held.push(*l);
                        }
                    }
                }
            });
            // Every call's buffer assigned to one of the function's own variables.
            if calls > 0 && (func.ctx || held.len() != calls) {
                assigned = None;
            } else if let Some(set) = &mut assigned {
                set.extend(held.into_iter().map(|l| (f, l)));
            }
        }
        for (file, pos, local) in std::mem::take(&mut self.buffer_capacity_calls) {
            let clear = local
                .zip(assigned.as_ref())
                .is_some_and(|(l, set)| !set.contains(&l));
            if clear {
                continue;
            }
            self.report_in(
                file,
                pos,
                TypeError::Unsupported {
                    what: "the capacity of a bytes.Buffer in a program that calls bytes.NewBufferString (gc's depends on whether the buffer escapes)".into(),
                },
            );
        }
    }

    /// Whether a call's arguments are one multi-value call (`f(g())`).
    fn one_tuple(&self, ops: &[Operand<'_>]) -> bool {
        matches!(ops, [o] if matches!(self.types.kind(o.ty), TypeKind::Tuple(_)))
    }

    /// True for a variadic function type.
    pub(super) fn sig_variadic(&self, t: TypeId) -> bool {
        matches!(self.types.kind(self.types.underlying(t)), TypeKind::Signature(s) if s.variadic)
    }

    pub(super) fn finish_call<'e>(
        &mut self,
        callee: Callee,
        mut vals: Vec<tir::Expr>,
        rtys: &[TypeId],
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let (ty, has_value) = match rtys.len() {
            0 => (T::INVALID, false),
            1 => (rtys[0], true),
            _ => (self.types.tuple(rtys.to_vec()), true),
        };
        if let Callee::Func(id) | Callee::Method(id, _) = &callee {
            // A library function appending to its first slice argument is judged as an
            // `append` to it (whether the result shares the argument's storage depends on
            // its capacity), `b = strconv.AppendInt(b, …)` as one to itself.
            // (A method's receiver is not among `vals`.)
            let recv = usize::from(matches!(callee, Callee::Method(..)));
            let dst = super::stackslices::library_appender(&self.prog.funcs[*id].name)
                .and_then(|j| vals.get(j.checked_sub(recv)?));
            // (Not a conversion's new storage, which nothing else holds: what the result's
            // capacity then is, is judged where it goes.)
            let converted = |e: &tir::Expr| {
                matches!(
                    e.unconverted().kind,
                    tir::ExprKind::StringToBytes(..) | tir::ExprKind::StringToRunes(..)
                )
            };
            if let Some(dst) = dst.filter(|d| !converted(d)) {
                let to_itself = self.call_to_itself == Some(pos);
                self.append_sites.push((pos, dst.clone(), to_itself));
            }
            match self.prog.funcs[*id].name.as_str() {
                "bytes.NewBufferString" => self.buffer_from_string = true,
                "bytes.(*bytes.Buffer).Cap"
                | "bytes.(*bytes.Buffer).Available"
                | "bytes.(*bytes.Buffer).AvailableBuffer" => {
                    // The receiver, if it is a variable of a declared function's own.
                    let mut r = match &callee {
                        Callee::Method(_, recv) => Some(recv),
                        _ => vals.first(),
                    };
                    while let Some(tir::Expr {
                        kind: tir::ExprKind::AddrOf(x) | tir::ExprKind::Retype(x),
                        ..
                    }) = r
                    {
                        r = Some(x);
                    }
                    let local = match (r.map(|x| &x.kind), self.func_id) {
                        (Some(tir::ExprKind::Local(l)), Some(f))
                            if self.nesting.frames.is_empty() =>
                        {
                            Some((f, *l))
                        }
                        _ => None,
                    };
                    self.buffer_capacity_calls.push((self.file, pos, local));
                }
                _ => {}
            }
        }
        let kind = match callee {
            Callee::Func(id) => tir::ExprKind::Call(id, vals),
            Callee::Method(id, recv) => {
                vals.insert(0, recv);
                tir::ExprKind::Call(id, vals)
            }
            Callee::Value(f) => tir::ExprKind::CallValue(Box::new(f), vals),
            Callee::Iface(x, i) => tir::ExprKind::CallIface(Box::new(x), i, vals),
        };
        let e = tir::Expr { ty, kind };
        if has_value {
            self.mk(pos, text, ty, OpKind::Value(e))
        } else {
            self.mk(pos, text, T::INVALID, OpKind::NoValue(e))
        }
    }

    /// The one argument of a builtin, `os.Exit` or a conversion, checked and evaluated (None
    /// after reporting). `few` is gc's word for zero arguments; `msg` words the count error.
    /// The one argument of a one-argument builtin (`len`, `panic`), with gc's count error.
    fn builtin_arg<'e>(
        &mut self,
        args: &'e [ast::Expr],
        pos: Pos,
        call: &Text<'e>,
    ) -> Option<Operand<'e>> {
        let o = self.single_arg(args, pos, "not enough", |w| {
            TypeError::BuiltinArgumentCount {
                which: w.to_owned(),
                call: call.to_string(),
                found: args.len().to_string(),
            }
        })?;
        (!self.tuple_argument(&o, pos, call)).then_some(o)
    }

    pub(super) fn single_arg<'e>(
        &mut self,
        args: &'e [ast::Expr],
        pos: Pos,
        few: &str,
        msg: impl FnOnce(&str) -> TypeError,
    ) -> Option<Operand<'e>> {
        if args.len() != 1 {
            let which = if args.is_empty() { few } else { "too many" };
            self.report(pos, msg(which));
            return None;
        }
        let o = self.expr(&args[0]);
        (!matches!(o.kind, OpKind::Invalid)).then_some(o)
    }

    pub(super) fn builtin<'e>(
        &mut self,
        b: &str,
        args: &'e [ast::Expr],
        dots: bool,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        if let Some(r) = self.builtin_of_call(b, args, dots, pos, &text) {
            return r;
        }
        match b {
            "close" => {
                let Some(o) = self.builtin_arg(args, pos, &text) else {
                    return Operand::invalid(pos);
                };
                self.close_builtin(o, pos, text)
            }
            "len" => {
                let Some(o) = self.builtin_arg(args, pos, &text) else {
                    return Operand::invalid(pos);
                };
                if let OpKind::Const(Value::Str(s)) = &o.kind {
                    return self.mk(
                        pos,
                        text,
                        T::INT,
                        OpKind::Const(Value::Int(BigInt::from(s.len()))),
                    );
                }
                if let Some((n, _, _)) = self.array_operand(o.ty) {
                    return self.array_len_const(o, n, pos, text);
                }
                if let Some(r) = self.chan_len(&o, false, pos, &text) {
                    return r;
                }
                let is_map = matches!(
                    self.types.kind(self.types.underlying(o.ty)),
                    TypeKind::Map(..)
                );
                if !is_map && !self.types.is_string(o.ty) && self.types.slice_elem(o.ty).is_none() {
                    self.report(
                        o.pos,
                        TypeError::InvalidLenArgument {
                            x: self.describe(&o),
                        },
                    );
                    return Operand::invalid(pos);
                }
                let Some(v) = self.value_expr(o) else {
                    return Operand::invalid(pos);
                };
                self.mk(
                    pos,
                    text,
                    T::INT,
                    OpKind::Value(tir::Expr {
                        ty: T::INT,
                        kind: tir::ExprKind::Len(Box::new(v)),
                    }),
                )
            }
            "panic" => {
                let Some(o) = self.builtin_arg(args, pos, &text) else {
                    return Operand::invalid(pos);
                };
                let Some(v) = self.assign_op(o, T::ANY, "argument to panic") else {
                    return Operand::invalid(pos);
                };
                self.mk(
                    pos,
                    text,
                    T::INVALID,
                    OpKind::NoValue(tir::Expr {
                        ty: T::INVALID,
                        kind: tir::ExprKind::Panic(Box::new(v)),
                    }),
                )
            }
            "recover" => {
                if !args.is_empty() {
                    let mut found = args.len();
                    for a in args {
                        let o = self.expr(a);
                        // Each result of recover(g()) counts.
                        if args.len() == 1 && self.types.is_tuple(o.ty) {
                            found = self.types.tuple_types(o.ty).len();
                        }
                    }
                    self.report(
                        pos,
                        TypeError::BuiltinCount {
                            which: "too many".into(),
                            call: text.to_string(),
                            expected: 0,
                            found,
                        },
                    );
                    return Operand::invalid(pos);
                }
                self.func.has_recover = true;
                self.mk(
                    pos,
                    text,
                    T::ANY,
                    OpKind::Value(tir::Expr {
                        ty: T::ANY,
                        kind: tir::ExprKind::Recover,
                    }),
                )
            }
            "print" | "println" => self.spreadable_builtin(b, Args::Written(args), dots, pos, text),
            _ if self.memory_builtin_name(b) => self
                .memory_builtin(b, args, dots, pos, text)
                .unwrap_or_else(|| Operand::invalid(pos)),
            _ => {
                self.report(pos, TypeError::NotAFunction { b: b.to_string() });
                Operand::invalid(pos)
            }
        }
    }

    pub(super) fn intrinsic<'e>(
        &mut self,
        i: Intrinsic,
        args: &'e [ast::Expr],
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let uptr = T::UINTPTR;
        if i == Intrinsic::IfaceWords {
            let o = args.first().map(|a| self.expr(a));
            let Some(o) = o.filter(|o| args.len() == 1 && self.types.is_interface(o.ty)) else {
                self.report(
                    pos,
                    TypeError::IntrinsicArgumentCount {
                        text: text.to_string(),
                    },
                );
                return Operand::invalid(pos);
            };
            let Some(v) = self.value_expr(o) else {
                return Operand::invalid(pos);
            };
            let tt = self.types.tuple(vec![uptr, uptr]);
            let e = tir::Expr {
                ty: tt,
                kind: tir::ExprKind::Intrinsic(i, vec![v]),
            };
            return self.mk(pos, text, tt, OpKind::Value(e));
        }
        if i == Intrinsic::FuncAddr {
            let fo = args.first().map(|a| self.expr(a));
            let Some(OpKind::Func(f)) = fo.map(|o| o.kind) else {
                self.report(
                    pos,
                    TypeError::IntrinsicArgumentCount {
                        text: text.to_string(),
                    },
                );
                return Operand::invalid(pos);
            };
            let e = tir::Expr {
                ty: uptr,
                kind: tir::ExprKind::FuncAddr(f),
            };
            return self.mk(pos, text, uptr, OpKind::Value(e));
        }
        let (params, result): (Vec<TypeId>, Option<TypeId>) = match i {
            Intrinsic::Load8 => (vec![uptr], Some(T::UINT8)),
            Intrinsic::Store8 => (vec![uptr, T::UINT8], None),
            Intrinsic::Load64 => (vec![uptr], Some(T::INT)),
            Intrinsic::Store64 => (vec![uptr, T::INT], None),
            Intrinsic::Syscall6 => (vec![T::INT; 7], Some(T::INT)),
            Intrinsic::SpillRegs => (vec![uptr], Some(uptr)),
            Intrinsic::RepMovsb => (vec![uptr, uptr, T::INT], None),
            Intrinsic::RepStosb => (vec![uptr, T::INT], None),
            Intrinsic::SwapCtx => (vec![uptr, uptr], None),
            Intrinsic::StrPtr => (vec![T::STRING], Some(uptr)),
            Intrinsic::MkStr => (vec![uptr, T::INT], Some(T::STRING)),
            Intrinsic::SlicePtr => (vec![self.types.slice(T::STRING)], Some(uptr)),
            Intrinsic::MkSlice => (vec![uptr, T::INT], Some(self.types.slice(T::STRING))),
            Intrinsic::CallMain => (vec![], None),
            Intrinsic::CallString => (vec![uptr, uptr], Some(T::STRING)),
            Intrinsic::EfaceWords => (vec![T::ANY], Some(self.types.tuple(vec![uptr, uptr]))),
            Intrinsic::MkEface => (vec![uptr, uptr], Some(T::ANY)),
            Intrinsic::IfaceWords => unreachable!("handled above"),
            Intrinsic::CallFormat => (vec![uptr, uptr, uptr, uptr, T::INT32], None),
            Intrinsic::Float64Bits => (vec![T::FLOAT64], Some(T::UINT64)),
            Intrinsic::Sqrt => (vec![T::FLOAT64], Some(T::FLOAT64)),
            Intrinsic::SliceAddr => (vec![self.types.slice(T::UINT8)], Some(uptr)),
            Intrinsic::Float32Bits => (vec![T::FLOAT32], Some(T::UINT32)),
            Intrinsic::Float64FromBits => (vec![T::UINT64], Some(T::FLOAT64)),
            Intrinsic::Float32FromBits => (vec![T::UINT32], Some(T::FLOAT32)),
            Intrinsic::FuncAddr => unreachable!("handled above"),
        };
        if args.len() != params.len() {
            self.report(
                pos,
                TypeError::IntrinsicArgumentCount {
                    text: text.to_string(),
                },
            );
            return Operand::invalid(pos);
        }
        let mut vals = Vec::new();
        for (a, t) in args.iter().zip(&params) {
            let o = self.expr(a);
            let Some(v) = self.assign_op(o, *t, "intrinsic argument") else {
                return Operand::invalid(pos);
            };
            vals.push(v);
        }
        match result {
            Some(t) => self.mk(
                pos,
                text,
                t,
                OpKind::Value(tir::Expr {
                    ty: t,
                    kind: tir::ExprKind::Intrinsic(i, vals),
                }),
            ),
            None => self.mk(
                pos,
                text,
                T::INVALID,
                OpKind::NoValue(tir::Expr {
                    ty: T::INVALID,
                    kind: tir::ExprKind::Intrinsic(i, vals),
                }),
            ),
        }
    }
}
