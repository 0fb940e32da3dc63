//! `for range` loops, lowered to three-clause loops over hidden variables: the ranged value is
//! evaluated once, each iteration declares its own iteration variables (Go 1.22), and
//! assignments to them in the body do not change the iteration.

use super::*;

/// What a loop ranges over.
enum Over {
    /// `range n`: 0..n of n's type.
    Int(TypeId),
    /// A slice, an array (copied when its elements are used), or a pointer to an array.
    Elems {
        elem: TypeId,
        array: Option<u64>,
        ptr: bool,
    },
    /// A string: byte offsets and runes.
    Str,
    /// A map: keys and values, in an order that varies.
    Map(TypeId, TypeId),
}

impl<'a> Checker<'a> {
    /// The type of a range clause's preexisting key variable (assigned, not declared, not
    /// `_`), found without reporting anything (the clause's binding checks it again).
    fn preexisting_type(&mut self, key: Option<&ast::Expr>, define: bool) -> Option<TypeId> {
        let k = key.filter(|k| !define && !matches!(&k.kind, AK::Ident(n) if n == "_"))?;
        let errors = self.errors.len();
        let t = self.place(k).map(|(_, t)| t);
        self.errors.truncate(errors);
        t
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_stmt(
        &mut self,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        x: &ast::Expr,
        body: &[ast::Stmt],
        label: Option<String>,
        pos: Pos,
        out: &mut Vec<tir::Stmt>,
    ) {
        let (label, lpos) = match self.pending_label.take() {
            Some((l, p)) => (Some(l), p),
            None => (label, pos),
        };
        let xo = self.expr(x);
        if matches!(xo.kind, OpKind::Invalid) {
            self.skip_range(key, value, define, body, label, lpos);
            return;
        }
        if let Some(why) = self.no_common_under(xo.ty, SetOp::Range) {
            let op = SetOp::Range;
            let xs = self.describe(&xo);
            self.report(x.pos, TypeError::NoCommonUnder { op, x: xs, why });
            self.skip_range(key, value, define, body, label, lpos);
            return;
        }
        let u = self.types.underlying(xo.ty);
        let over = match self.types.kind(u) {
            // An untyped constant assigned to a variable takes its (integer) type (spec).
            _ if self.types.is_untyped(xo.ty) && self.types.is_integer(xo.ty) => Over::Int(
                self.preexisting_type(key, define)
                    .filter(|&t| self.types.is_integer(t))
                    .unwrap_or_else(|| self.types.default_type(xo.ty)),
            ),
            _ if self.types.is_integer(xo.ty) => Over::Int(xo.ty),
            _ if self.types.is_string(xo.ty) => Over::Str,
            TypeKind::Slice(e) => Over::Elems {
                elem: *e,
                array: None,
                ptr: false,
            },
            TypeKind::Array(n, e) => Over::Elems {
                elem: *e,
                array: Some(*n),
                ptr: false,
            },
            TypeKind::Pointer(p) if self.types.array_len(*p).is_some() && !self.is_standin(*p) => {
                Over::Elems {
                    elem: self.types.elem(*p).unwrap_or(T::INVALID),
                    array: self.types.array_len(*p),
                    ptr: true,
                }
            }
            TypeKind::Map(k, v) => Over::Map(*k, *v),
            TypeKind::Chan(dir, elem) => {
                let (dir, elem) = (*dir, *elem);
                if let Some(v) = value {
                    self.report(
                        v.pos,
                        TypeError::RangeChanOneVar {
                            x: self.describe(&xo),
                        },
                    );
                    self.skip_range(key, value, define, body, label, lpos);
                    return;
                }
                if dir == crate::compile::types::ChanDir::Send {
                    let t = self.tn(xo.ty);
                    self.report(
                        x.pos,
                        TypeError::RangeSendOnly {
                            x: self.describe(&xo),
                            t,
                        },
                    );
                    self.skip_range(key, value, define, body, label, lpos);
                    return;
                }
                self.range_chan(xo, (key, define), elem, body, (label, lpos), out);
                return;
            }
            TypeKind::Signature(sig) => {
                let sig = sig.clone();
                self.range_func(xo, sig, (key, value, define), body, (label, lpos), pos, out);
                return;
            }
            _ => {
                self.report(
                    x.pos,
                    TypeError::CannotRange {
                        x: self.describe(&xo),
                    },
                );
                self.skip_range(key, value, define, body, label, lpos);
                return;
            }
        };
        if matches!(over, Over::Int(_)) && value.is_some() {
            let v = value.map_or(pos, |v| v.pos);
            self.report(
                v,
                TypeError::RangeOneVariable {
                    x: self.describe(&xo),
                },
            );
            self.skip_range(key, value, define, body, label, lpos);
            return;
        }
        let (kt, vt) = match over {
            Over::Int(t) => (t, T::INVALID),
            Over::Str => (T::INT, T::RUNE),
            Over::Elems { elem, .. } => (T::INT, elem),
            Over::Map(k, v) => (k, v),
        };
        if let Over::Map(..) = over {
            self.range_map(xo, (key, value, define), (kt, vt), body, (label, lpos), out);
            return;
        }
        let local = |id: LocalId, ty: TypeId| tir::Expr {
            ty,
            kind: tir::ExprKind::Local(id),
        };
        self.push_scope();
        let mut pre = Vec::new();
        // The ranged value, once.
        let uses_value = value.is_some_and(|v| !matches!(&v.kind, AK::Ident(n) if n == "_"));
        let xty = xo.ty;
        let Some(xv) = self.assign_op(
            xo,
            if let Over::Int(t) = over {
                t
            } else {
                self.types.default_type(xty)
            },
            "range",
        ) else {
            self.pop_scope();
            return;
        };
        let xt = xv.ty;
        let (hx, len): (Option<LocalId>, tir::Expr) = match over {
            // Not evaluated: one variable at most, and a constant length (an array's, or a
            // pointer to one's, without calls or receives).
            Over::Elems { array: Some(n), .. } if !uses_value && !builtins::contains_call(&xv) => (
                None,
                tir::Expr {
                    ty: T::INT,
                    kind: tir::ExprKind::Const(Value::Int(BigInt::from(n))),
                },
            ),
            Over::Elems { array: Some(n), .. } => {
                let h = self.temp(xt);
                pre.push(tir::Stmt::Assign(vec![Place::Local(h)], vec![xv]));
                let len = tir::Expr {
                    ty: T::INT,
                    kind: tir::ExprKind::Const(Value::Int(BigInt::from(n))),
                };
                (Some(h), len)
            }
            _ => {
                let h = self.temp(xt);
                pre.push(tir::Stmt::Assign(vec![Place::Local(h)], vec![xv]));
                let len = match over {
                    Over::Int(_) => local(h, xt),
                    _ => tir::Expr {
                        ty: T::INT,
                        kind: tir::ExprKind::Len(Box::new(local(h, xt))),
                    },
                };
                (Some(h), len)
            }
        };
        let ct = if let Over::Int(t) = over { t } else { T::INT };
        let counter = self.temp(ct);
        pre.push(tir::Stmt::Assign(
            vec![Place::Local(counter)],
            vec![zero_value(&self.types, ct)],
        ));
        let cond = tir::Expr {
            ty: T::BOOL,
            kind: tir::ExprKind::Binary(BinOp::Lt, Box::new(local(counter, ct)), Box::new(len)),
        };
        // Each iteration: the key and value.
        let mut head = Vec::new();
        let width = if matches!(over, Over::Str) {
            let (r, w) = (self.temp(T::RUNE), self.temp(T::INT));
            let hs = hx.expect("the string is held");
            let tt = self.types.tuple(vec![T::RUNE, T::INT]);
            head.push(tir::Stmt::AssignTuple(
                vec![Place::Local(r), Place::Local(w)],
                tir::Expr {
                    ty: tt,
                    kind: tir::ExprKind::DecodeRune(
                        Box::new(local(hs, xt)),
                        Box::new(local(counter, T::INT)),
                    ),
                },
            ));
            Some((r, w))
        } else {
            None
        };
        let key_val = local(counter, ct);
        let value_val = match over {
            Over::Int(_) | Over::Map(..) => None,
            Over::Str => width.map(|(r, _)| local(r, T::RUNE)),
            Over::Elems { ptr, array, .. } => hx.map(|h| {
                let idx = Box::new(local(counter, T::INT));
                let base = local(h, xt);
                if ptr {
                    let at = self.types.elem(xt).unwrap_or(T::INVALID);
                    let arr = tir::Expr {
                        ty: at,
                        kind: tir::ExprKind::Deref(Box::new(base)),
                    };
                    tir::Expr {
                        ty: vt,
                        kind: tir::ExprKind::ArrayIndex(Box::new(arr), idx),
                    }
                } else if array.is_some() {
                    tir::Expr {
                        ty: vt,
                        kind: tir::ExprKind::ArrayIndex(Box::new(base), idx),
                    }
                } else {
                    tir::Expr {
                        ty: vt,
                        kind: tir::ExprKind::SliceIndex(Box::new(base), idx),
                    }
                }
            }),
        };
        let targets = [(key, kt, Some(key_val)), (value, vt, value_val)];
        self.bind_range_targets(targets, define, &mut head);
        let target = self.new_target(label, true, true, lpos);
        self.target_stack.push(target);
        let mut b = head;
        b.extend(self.block(body));
        self.target_stack.pop();
        self.pop_scope();
        let step = match width {
            Some((_, w)) => local(w, T::INT),
            None => tir::Expr {
                ty: ct,
                kind: tir::ExprKind::Const(Value::Int(BigInt::from(1))),
            },
        };
        let post = vec![tir::Stmt::Assign(
            vec![Place::Local(counter)],
            vec![tir::Expr {
                ty: ct,
                kind: tir::ExprKind::Binary(
                    BinOp::Add,
                    Box::new(local(counter, ct)),
                    Box::new(step),
                ),
            }],
        )];
        pre.push(tir::Stmt::Loop {
            cond: Some(cond),
            body: b,
            post,
            per_iter: Vec::new(),
            init: false,
            target,
        });
        out.push(tir::Stmt::Block(pre));
    }

    /// Declares or assigns the iteration variables at the head of each iteration.
    fn bind_range_targets(
        &mut self,
        targets: [(Option<&ast::Expr>, TypeId, Option<tir::Expr>); 2],
        define: bool,
        head: &mut Vec<tir::Stmt>,
    ) {
        let mut places = Vec::new();
        let mut vals = Vec::new();
        for (t, ty, v) in targets {
            let Some(t) = t else { continue };
            if define {
                let AK::Ident(n) = &t.kind else {
                    self.report(t.pos, TypeError::NonNameOnLeft { x: expr_string(t) });
                    continue;
                };
                if n == "_" {
                    continue;
                }
                let id = self.declare_local(n, t.pos, ty, true);
                self.func.range_vars.push(id);
                head.push(tir::Stmt::Decl(id));
                places.push(Place::Local(id));
                vals.push(v.unwrap_or_else(|| zero_value(&self.types, ty)));
            } else {
                let Some((place, pt)) = self.place(t) else {
                    continue;
                };
                if matches!(place, Place::Blank) {
                    continue;
                }
                let Some(v) = v else { continue };
                let o = self.mk(t.pos, Text::Owned(expr_string(t)), ty, OpKind::Value(v));
                if let Some(v) = self.assign_op(o, pt, "range") {
                    places.push(place);
                    vals.push(v);
                }
            }
        }
        if !places.is_empty() {
            head.push(tir::Stmt::Assign(places, vals));
        }
    }

    /// `for k, v := range m`: the runtime's iterator, from a random entry.
    #[allow(clippy::type_complexity)]
    fn range_map(
        &mut self,
        xo: Operand,
        (key, value, define): (Option<&ast::Expr>, Option<&ast::Expr>, bool),
        (kt, vt): (TypeId, TypeId),
        body: &[ast::Stmt],
        (label, lpos): (Option<String>, Pos),
        out: &mut Vec<tir::Stmt>,
    ) {
        let local = |id: LocalId, ty: TypeId| tir::Expr {
            ty,
            kind: tir::ExprKind::Local(id),
        };
        self.push_scope();
        let mt = xo.ty;
        let Some(m) = self.value_expr(xo) else {
            self.pop_scope();
            return;
        };
        let mut pre = Vec::new();
        let it_ty = self.types.array(6, T::UINT64);
        let it = self.temp(it_ty);
        pre.push(tir::Stmt::Eval(tir::Expr {
            ty: T::INVALID,
            kind: tir::ExprKind::MapIterInit(Box::new(m), it),
        }));
        let _ = mt;
        let (pk, pv) = (self.types.pointer(kt), self.types.pointer(vt));
        let (kp, vp) = (self.temp(pk), self.temp(pv));
        let tt = self.types.tuple(vec![pk, pv]);
        let next = tir::Stmt::AssignTuple(
            vec![Place::Local(kp), Place::Local(vp)],
            tir::Expr {
                ty: tt,
                kind: tir::ExprKind::MapIterNext(it),
            },
        );
        let end = tir::Expr {
            ty: T::BOOL,
            kind: tir::ExprKind::Binary(
                BinOp::Eq,
                Box::new(local(kp, pk)),
                Box::new(tir::Expr {
                    ty: pk,
                    kind: tir::ExprKind::Zero,
                }),
            ),
        };
        let kv = tir::Expr {
            ty: kt,
            kind: tir::ExprKind::Deref(Box::new(local(kp, pk))),
        };
        let vv = tir::Expr {
            ty: vt,
            kind: tir::ExprKind::Deref(Box::new(local(vp, pv))),
        };
        let binds = [(key, kt, Some(kv)), (value, vt, Some(vv))];
        self.pull_loop(pre, (next, end), binds, define, body, (label, lpos), out);
    }

    /// The loop of a range that pulls its values: each iteration runs `next`, leaves when
    /// `end` holds, binds the iteration variables and runs the body. Closes the scope the
    /// caller opened for the range.
    #[allow(clippy::too_many_arguments)]
    fn pull_loop(
        &mut self,
        mut pre: Vec<tir::Stmt>,
        (next, end): (tir::Stmt, tir::Expr),
        binds: [(Option<&ast::Expr>, TypeId, Option<tir::Expr>); 2],
        define: bool,
        body: &[ast::Stmt],
        (label, lpos): (Option<String>, Pos),
        out: &mut Vec<tir::Stmt>,
    ) {
        let target = self.new_target(label, true, true, lpos);
        let mut head = vec![
            next,
            tir::Stmt::If(end, vec![tir::Stmt::Break(target)], Vec::new()),
        ];
        self.bind_range_targets(binds, define, &mut head);
        self.target_stack.push(target);
        head.extend(self.block(body));
        self.target_stack.pop();
        self.pop_scope();
        pre.push(tir::Stmt::Loop {
            cond: None,
            body: head,
            post: Vec::new(),
            per_iter: Vec::new(),
            init: false,
            target,
        });
        out.push(tir::Stmt::Block(pre));
    }

    /// `for v := range ch`: receives until the channel is closed and empty.
    fn range_chan(
        &mut self,
        xo: Operand,
        (key, define): (Option<&ast::Expr>, bool),
        elem: TypeId,
        body: &[ast::Stmt],
        (label, lpos): (Option<String>, Pos),
        out: &mut Vec<tir::Stmt>,
    ) {
        let local = |id: LocalId, ty: TypeId| tir::Expr {
            ty,
            kind: tir::ExprKind::Local(id),
        };
        self.push_scope();
        let ct = xo.ty;
        let Some(c) = self.value_expr(xo) else {
            self.pop_scope();
            return;
        };
        let mut pre = Vec::new();
        let ch = self.temp(ct);
        pre.push(tir::Stmt::Assign(vec![Place::Local(ch)], vec![c]));
        let (v, ok) = (self.temp(elem), self.temp(T::BOOL));
        let tt = self.types.tuple(vec![elem, T::BOOL]);
        let next = tir::Stmt::AssignTuple(
            vec![Place::Local(v), Place::Local(ok)],
            tir::Expr {
                ty: tt,
                kind: tir::ExprKind::Recv(Box::new(local(ch, ct)), true),
            },
        );
        let end = tir::Expr {
            ty: T::BOOL,
            kind: tir::ExprKind::Unary(UnOp::Not, Box::new(local(ok, T::BOOL))),
        };
        let binds = [(key, elem, Some(local(v, elem))), (None, T::INVALID, None)];
        self.pull_loop(pre, (next, end), binds, define, body, (label, lpos), out);
    }

    /// `for k, v := range seq` over an iterator function (Go 1.23): the body becomes the
    /// `yield` function, a closure returning false for `break` and true for `continue` or the
    /// end of the body; calling yield again after it returned false panics as gc's runtime
    /// does.
    #[allow(clippy::too_many_arguments)]
    fn range_func(
        &mut self,
        xo: Operand,
        sig: crate::compile::types::Signature,
        (key, value, define): (Option<&ast::Expr>, Option<&ast::Expr>, bool),
        body: &[ast::Stmt],
        (label, lpos): (Option<String>, Pos),
        pos: Pos,
        out: &mut Vec<tir::Stmt>,
    ) {
        // func(yield func(K, V) bool) with at most two yielded values.
        // gc's reasons for a function that is not an iterator.
        let shape: Result<(TypeId, crate::compile::types::Signature), &str> =
            match sig.params.as_slice() {
                [y] if sig.results.is_empty() => match self.types.kind(self.types.underlying(*y)) {
                    TypeKind::Signature(ys) if ys.params.len() > 2 => {
                        Err("yield func has too many parameters")
                    }
                    TypeKind::Signature(ys)
                        if ys.results.len() != 1 || !self.types.is_boolean(ys.results[0]) =>
                    {
                        Err("yield func does not return bool")
                    }
                    TypeKind::Signature(ys) => Ok((*y, ys.clone())),
                    _ => Err("argument is not func"),
                },
                [_] => Err("func must not return results"),
                _ => Err("wrong argument count"),
            };
        let (yield_ty, ys) = match shape {
            Ok(s) => s,
            Err(why) => {
                self.report(
                    xo.pos,
                    TypeError::CannotRangeFunc {
                        x: self.describe(&xo),
                        why: why.to_string(),
                    },
                );
                self.skip_range(key, value, define, body, label, lpos);
                return;
            }
        };
        let wanted = usize::from(key.is_some()) + usize::from(value.is_some());
        if wanted > ys.params.len() {
            let at = if ys.params.is_empty() { key } else { value };
            self.report(
                at.map_or(pos, |e| e.pos),
                TypeError::RangeTooManyVars {
                    x: self.describe(&xo),
                    n: ys.params.len(),
                },
            );
            return;
        }
        let Some(seq) = self.value_expr(xo) else {
            return;
        };
        // The loop's state, as gc's runtime checks it (`RangeState`).
        let done = self.temp(T::INT);
        self.func.heap.push(done);
        out.push(tir::Stmt::Decl(done));
        // How the body left (0: it did not), for the statements after the iterator returns.
        let code = self.temp(T::INT);
        self.func.heap.push(code);
        out.push(tir::Stmt::Decl(code));
        let outer_results = self.results.clone();
        let named = match self.yields.last() {
            Some(y) => y.named,
            None => !self.func.named_results.is_empty(),
        };
        // A return inside the body assigns the enclosing function's result variables there
        // and then (gc names unnamed results for it), so that a deferred call or an iterator
        // still running sees them.
        let ret_vals: Vec<LocalId> = if !has_return(body) {
            Vec::new()
        } else if let Some(y) = self.yields.last() {
            y.ret_vals.clone()
        } else {
            if self.func.named_results.len() != self.func.results.len() {
                let results = self.func.results.clone();
                self.func.named_results = results.iter().map(|&t| self.temp(t)).collect();
            }
            self.func.named_results.clone()
        };
        // Deferred calls in the body go on the enclosing function's list.
        let defer_cell = if has_defer(body) {
            Some(self.defer_cell())
        } else {
            None
        };
        let name = self.enter_literal();
        // The body's labels and gotos are its own; the enclosing function's are kept aside.
        let outer_labels = (std::mem::take(&mut self.label_ids), self.goto_names.clone());
        self.push_scope();
        let rejected_before = self.unsupported_count();
        let done_in = self.capture(done);
        let ctx = YieldCtx {
            done: done_in,
            code: self.capture(code),
            ret_vals: ret_vals.iter().map(|&v| self.capture(v)).collect(),
            defer_cell: defer_cell.map(|c| self.capture(c)),
            named,
            exits: Vec::new(),
            labels: body_labels(body),
        };
        let local = |id: LocalId, ty: TypeId| tir::Expr {
            ty,
            kind: tir::ExprKind::Local(id),
        };
        let mut head = Vec::new();
        let mut params = Vec::new();
        for &pt in &ys.params {
            let l = self.temp(pt);
            params.push(l);
        }
        self.func.params = params.clone();
        self.func.results = vec![T::BOOL];
        self.results = vec![T::BOOL];
        let targets = [
            (
                key,
                ys.params.first().copied().unwrap_or(T::INVALID),
                params.first().map(|&l| local(l, ys.params[0])),
            ),
            (
                value,
                ys.params.get(1).copied().unwrap_or(T::INVALID),
                params.get(1).map(|&l| local(l, ys.params[1])),
            ),
        ];
        // gc assigns the yielded values one after another (`for i, a[i] = range seq`).
        self.bind_range_targets(targets, define, &mut head);
        sequential(&mut head);
        let res = self.temp(T::BOOL);
        let goto_here = label.as_ref().is_some_and(|l| outer_labels.1.contains(l));
        let target = self.new_target(label, true, true, lpos);
        // A goto in the enclosing function uses the statement's label.
        self.targets[target].used |= goto_here;
        self.target_stack.push(target);
        // Returns in the body are checked against the enclosing function's results.
        self.results = outer_results.clone();
        self.yields.push(ctx);
        head.extend(self.block(body));
        let ctx = self.yields.pop().expect("pushed above");
        self.results = vec![T::BOOL];
        self.target_stack.pop();
        self.pop_scope();
        let truth = |b: bool| tir::Expr {
            ty: T::BOOL,
            kind: tir::ExprKind::Const(Value::Bool(b)),
        };
        let state = |v: RangeState| tir::Expr {
            ty: T::INT,
            kind: tir::ExprKind::Const(Value::Int(BigInt::from(v as i64))),
        };
        let set =
            |l: LocalId, v: RangeState| tir::Stmt::Assign(vec![Place::Local(l)], vec![state(v)]);
        let is = |l: LocalId, v: RangeState| tir::Expr {
            ty: T::BOOL,
            kind: tir::ExprKind::Binary(BinOp::Eq, Box::new(local(l, T::INT)), Box::new(state(v))),
        };
        // yield called again once the body said stop, while it runs or after it panicked, or
        // after the loop: gc's runtime errors, naming the state found (the loop is then
        // panicking, so an iterator that recovers and returns is caught too).
        let mut entry = Vec::new();
        for s in [RangeState::Done, RangeState::Panic, RangeState::Exhausted] {
            entry.push(tir::Stmt::If(
                is(done_in, s),
                vec![
                    set(done_in, RangeState::Panic),
                    tir::Stmt::Eval(range_panic(s)),
                ],
                Vec::new(),
            ));
        }
        entry.push(set(done_in, RangeState::Panic));
        self.func.body = entry;
        self.func.body.extend([
            tir::Stmt::Loop {
                cond: None,
                body: head,
                post: vec![
                    tir::Stmt::Assign(vec![Place::Local(res)], vec![truth(true)]),
                    tir::Stmt::Break(target),
                ],
                per_iter: Vec::new(),
                init: false,
                target,
            },
            tir::Stmt::If(
                local(res, T::BOOL),
                vec![set(done_in, RangeState::Ready)],
                vec![set(done_in, RangeState::Done)],
            ),
            tir::Stmt::Return(vec![local(res, T::BOOL)]),
        ]);
        self.mark_goto_labels();
        (self.label_ids, self.goto_names) = outer_labels;
        self.finish_locals(rejected_before);
        self.func.targets = self.targets.len();
        let (mut func, captures) = self.leave_literal(name);
        func.checking = self.in_checking_instance();
        let id = self.prog.funcs.push(func);
        let outer: Vec<LocalId> = captures.iter().map(|(o, _)| *o).collect();
        let yield_fn = tir::Expr {
            ty: yield_ty,
            kind: tir::ExprKind::Closure(id, outer),
        };
        out.push(tir::Stmt::Eval(tir::Expr {
            ty: T::INVALID,
            kind: tir::ExprKind::CallValue(Box::new(seq), vec![yield_fn]),
        }));
        // The iterator returned: a body panic it recovered is an error; the loop is over.
        let local_int = |id: LocalId| tir::Expr {
            ty: T::INT,
            kind: tir::ExprKind::Local(id),
        };
        let missing = RangeState::MissingPanic;
        out.push(tir::Stmt::If(
            tir::Expr {
                ty: T::BOOL,
                kind: tir::ExprKind::Binary(
                    BinOp::Eq,
                    Box::new(local_int(done)),
                    Box::new(tir::Expr {
                        ty: T::INT,
                        kind: tir::ExprKind::Const(Value::Int(BigInt::from(
                            RangeState::Panic as i64,
                        ))),
                    }),
                ),
            },
            vec![tir::Stmt::Eval(range_panic(missing))],
            Vec::new(),
        ));
        out.push(tir::Stmt::Assign(
            vec![Place::Local(done)],
            vec![tir::Expr {
                ty: T::INT,
                kind: tir::ExprKind::Const(Value::Int(BigInt::from(RangeState::Exhausted as i64))),
            }],
        ));
        // Where the body left to: the enclosing function goes on there.
        let local = |id: LocalId, ty: TypeId| tir::Expr {
            ty,
            kind: tir::ExprKind::Local(id),
        };
        for (k, exit) in ctx.exits.into_iter().enumerate() {
            let mut then = Vec::new();
            match exit {
                // The results are in place: return them.
                Exit::Return => self.bare_return(&mut then),
                Exit::Break(name) => self.branch_stmt(true, Some(&name), name.1, &mut then),
                Exit::Continue(name) => self.branch_stmt(false, Some(&name), name.1, &mut then),
                Exit::Goto(name) => self.goto_stmt(&name, &mut then),
            }
            let is_k = tir::Expr {
                ty: T::BOOL,
                kind: tir::ExprKind::Binary(
                    BinOp::Eq,
                    Box::new(local(code, T::INT)),
                    Box::new(tir::Expr {
                        ty: T::INT,
                        kind: tir::ExprKind::Const(Value::Int(BigInt::from(k + 1))),
                    }),
                ),
            };
            out.push(tir::Stmt::If(is_k, then, Vec::new()));
        }
    }

    /// Leaves the range-over-function body being checked: records `exit` (once) and stops
    /// the iterator; the enclosing function acts on it after the iterator returns.
    pub(super) fn leave_body(&mut self, exit: Exit, out: &mut Vec<tir::Stmt>) {
        let y = self
            .yields
            .last_mut()
            .expect("in a range-over-function body");
        let k = match y.exits.iter().position(|e| *e == exit) {
            Some(i) => i + 1,
            None => {
                y.exits.push(exit);
                y.exits.len()
            }
        };
        // Done, as after a break: an iterator that calls yield again panics.
        out.push(tir::Stmt::Assign(
            vec![Place::Local(y.code), Place::Local(y.done)],
            vec![
                tir::Expr {
                    ty: T::INT,
                    kind: tir::ExprKind::Const(Value::Int(BigInt::from(k))),
                },
                tir::Expr {
                    ty: T::INT,
                    kind: tir::ExprKind::Const(Value::Int(BigInt::from(RangeState::Done as i64))),
                },
            ],
        ));
        out.push(tir::Stmt::Return(vec![tir::Expr {
            ty: T::BOOL,
            kind: tir::ExprKind::Const(Value::Bool(false)),
        }]));
    }

    /// `return vals` of the function being checked, or of the enclosing one from a
    /// range-over-function body (the values kept for it).
    pub(super) fn return_values(&mut self, vals: Vec<tir::Expr>, out: &mut Vec<tir::Stmt>) {
        let Some(y) = self.yields.last() else {
            out.push(tir::Stmt::Return(vals));
            return;
        };
        let places: Vec<Place> = y.ret_vals.iter().map(|&l| Place::Local(l)).collect();
        if vals.len() == 1 && places.len() > 1 {
            // A multi-value call's results.
            let v = vals.into_iter().next().expect("one value");
            out.push(tir::Stmt::AssignTuple(places, v));
        } else if !vals.is_empty() {
            out.push(tir::Stmt::Assign(places, vals));
        }
        self.leave_body(Exit::Return, out);
    }

    /// A bare `return` (named results or none), here or from a range-over-function body.
    pub(super) fn bare_return(&mut self, out: &mut Vec<tir::Stmt>) {
        if !self.yields.is_empty() {
            self.leave_body(Exit::Return, out);
            return;
        }
        let vals = self
            .func
            .named_results
            .iter()
            .map(|&l| tir::Expr {
                ty: self.func.locals[l],
                kind: tir::ExprKind::Local(l),
            })
            .collect();
        out.push(tir::Stmt::Return(vals));
    }

    /// The local holding the head of the deferred-call list of the function a defer in a
    /// range-over-function body belongs to (the enclosing declared function or literal).
    fn defer_cell(&mut self) -> LocalId {
        if let Some(y) = self.yields.last() {
            return y.defer_cell.expect("the enclosing body has a defer too");
        }
        if let Some(c) = self.func.defer_cell {
            return c;
        }
        // Typed as a pointer: the collector must see the records it holds.
        let c = self.temp(T::UNSAFE_POINTER);
        self.func.heap.push(c);
        self.func.defer_cell = Some(c);
        self.func.has_defer = true;
        c
    }

    /// `defer` in a range-over-function body: the deferred call goes on the enclosing
    /// function's list, to run when that function returns.
    pub(super) fn defer_in_body(&mut self, e: &ast::Expr, pos: Pos, out: &mut Vec<tir::Stmt>) {
        let had = self.func.has_defer;
        let mut v = Vec::new();
        self.defer_stmt(e, pos, &mut v);
        self.func.has_defer = had;
        let cell = self
            .yields
            .last()
            .and_then(|y| y.defer_cell)
            .expect("a body with a defer has the cell");
        for s in v {
            out.push(match s {
                tir::Stmt::Defer(c) => tir::Stmt::DeferTo(cell, c),
                s => s,
            });
        }
    }

    /// After an error in the range clause: checks the body for its own errors.
    pub(super) fn skip_range(
        &mut self,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        body: &[ast::Stmt],
        label: Option<String>,
        lpos: Pos,
    ) {
        self.push_scope();
        for t in [key, value].into_iter().flatten() {
            if define {
                if let AK::Ident(n) = &t.kind {
                    let id = self.declare_local(n, t.pos, T::INVALID, false);
                    self.locals[id].used = true;
                }
            } else {
                self.expr(t);
            }
        }
        let target = self.new_target(label, true, true, lpos);
        self.target_stack.push(target);
        self.block(body);
        self.target_stack.pop();
        self.pop_scope();
    }
}

/// Whether a body has a return statement (outside function literals).
fn has_return(stmts: &[ast::Stmt]) -> bool {
    crate::compile::deep(|| has_return_here(stmts))
}

fn has_return_here(stmts: &[ast::Stmt]) -> bool {
    stmts.iter().any(|s| match s {
        ast::Stmt::Return(..) => true,
        ast::Stmt::Labeled(_, x) => has_return(std::slice::from_ref(x)),
        ast::Stmt::Block(b, _) => has_return(b),
        ast::Stmt::If { then, els, .. } => {
            has_return(then)
                || els
                    .as_ref()
                    .is_some_and(|e| has_return(std::slice::from_ref(e)))
        }
        ast::Stmt::For { body, .. } | ast::Stmt::Range { body, .. } => has_return(body),
        ast::Stmt::Switch { clauses, .. } => clauses.iter().any(|c| has_return(&c.body)),
        _ => false,
    })
}

/// Whether a body has a defer statement (outside function literals).
fn has_defer(stmts: &[ast::Stmt]) -> bool {
    crate::compile::deep(|| has_defer_here(stmts))
}

fn has_defer_here(stmts: &[ast::Stmt]) -> bool {
    stmts.iter().any(|s| match s {
        ast::Stmt::Defer(..) => true,
        ast::Stmt::Labeled(_, x) => has_defer(std::slice::from_ref(x)),
        ast::Stmt::Block(b, _) => has_defer(b),
        ast::Stmt::If { then, els, .. } => {
            has_defer(then)
                || els
                    .as_ref()
                    .is_some_and(|e| has_defer(std::slice::from_ref(e)))
        }
        ast::Stmt::For { body, .. } | ast::Stmt::Range { body, .. } => has_defer(body),
        ast::Stmt::Switch { clauses, .. } => clauses.iter().any(|c| has_defer(&c.body)),
        _ => false,
    })
}

/// The labels declared in a body (outside function literals): a goto to any other leaves it.
fn body_labels(stmts: &[ast::Stmt]) -> Vec<String> {
    fn walk(stmts: &[ast::Stmt], out: &mut Vec<String>) {
        crate::compile::deep(|| {
            for s in stmts {
                match s {
                    ast::Stmt::Labeled((n, _), x) => {
                        out.push(n.clone());
                        walk(std::slice::from_ref(x), out);
                    }
                    ast::Stmt::Block(b, _) => walk(b, out),
                    ast::Stmt::If { then, els, .. } => {
                        walk(then, out);
                        if let Some(e) = els {
                            walk(std::slice::from_ref(e), out);
                        }
                    }
                    ast::Stmt::For { body, .. } | ast::Stmt::Range { body, .. } => walk(body, out),
                    ast::Stmt::Switch { clauses, .. } => {
                        for c in clauses {
                            walk(&c.body, out);
                        }
                    }
                    _ => {}
                }
            }
        })
    }
    let mut out = Vec::new();
    walk(stmts, &mut out);
    out
}

/// A range-over-function body being checked: it is a closure (the yield function), so
/// whatever leaves it — return, break or continue to an outer label, goto out, defer — is
/// recorded and done by the enclosing function once the iterator returns.
pub(super) struct YieldCtx {
    /// The closure's local for the loop's exit code (a cell shared with the enclosing
    /// function): 0 while the body has not left, else an index into `exits` plus one.
    pub(super) code: LocalId,
    /// The closure's local for the loop's done flag (set when the body leaves).
    pub(super) done: LocalId,
    /// The enclosing declared function's or literal's result variables, as captured here.
    pub(super) ret_vals: Vec<LocalId>,
    /// The enclosing function's deferred-call list, when the body defers.
    pub(super) defer_cell: Option<LocalId>,
    /// Whether the enclosing declared function or literal has named results.
    pub(super) named: bool,
    /// The ways the body leaves, in the order first met.
    pub(super) exits: Vec<Exit>,
    /// Labels declared in the body.
    pub(super) labels: Vec<String>,
}

/// A way out of a range-over-function body.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Exit {
    /// A return of the enclosing function (its results already assigned).
    Return,
    /// `break label`, to a statement outside the body.
    Break(ast::Name),
    /// `continue label`, to a loop outside the body.
    Continue(ast::Name),
    /// `goto label`, to a label outside the body.
    Goto(ast::Name),
}

/// Where a range-over-function loop is, as gc's runtime tracks it to report misbehaving
/// iterators (`Ready` is the zero a fresh state starts at).
#[derive(Clone, Copy)]
enum RangeState {
    /// The body is not running and may be called.
    Ready = 0,
    /// The body said stop (break, return, a jump out).
    Done = 1,
    /// The body is running, or panicked.
    Panic = 2,
    /// The iterator returned.
    Exhausted = 3,
    /// The iterator returned after recovering a panic of the body.
    MissingPanic = 4,
}

/// gc's panic for an iterator that misbehaved in `state`.
fn range_panic(state: RangeState) -> tir::Expr {
    let why = match state {
        RangeState::Done => "continued iteration after function for loop body returned false",
        RangeState::Panic => "continued iteration after loop body panic",
        RangeState::Exhausted => "continued iteration after whole loop exit",
        RangeState::MissingPanic | RangeState::Ready => {
            "recovered a loop body panic and did not resume panicking"
        }
    };
    let msg = format!("runtime error: range function {why}");
    tir::Expr {
        ty: T::INVALID,
        kind: tir::ExprKind::Panic(Box::new(tir::Expr {
            ty: T::ANY,
            kind: tir::ExprKind::Box(Box::new(tir::Expr {
                ty: T::STRING,
                kind: tir::ExprKind::Const(Value::Str(msg.into_bytes())),
            })),
        })),
    }
}

/// Splits the last parallel assignment of `head` into one assignment per place, in order.
fn sequential(head: &mut Vec<tir::Stmt>) {
    if let Some(tir::Stmt::Assign(places, _)) = head.last() {
        if places.len() > 1 {
            let Some(tir::Stmt::Assign(places, vals)) = head.pop() else {
                unreachable!("matched above")
            };
            for (p, v) in places.into_iter().zip(vals) {
                head.push(tir::Stmt::Assign(vec![p], vec![v]));
            }
        }
    }
}
