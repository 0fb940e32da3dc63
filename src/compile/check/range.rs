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
        let u = self.types.underlying(xo.ty);
        let over = match self.types.kind(u) {
            _ if self.types.is_integer(xo.ty) => Over::Int(self.types.default_type(xo.ty)),
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
            TypeKind::Pointer(p) if self.types.array_len(*p).is_some() => Over::Elems {
                elem: self.types.elem(*p).unwrap_or(T::INVALID),
                array: self.types.array_len(*p),
                ptr: true,
            },
            TypeKind::Map(k, v) => Over::Map(*k, *v),
            TypeKind::Chan(..) => {
                self.unsupported(pos, "channels");
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
            Over::Elems {
                array: Some(n),
                ptr: false,
                ..
            } if !uses_value && !builtins::contains_call(&xv) => (
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
        let target = self.new_target(label, true, true, lpos);
        let mut head = vec![
            tir::Stmt::AssignTuple(
                vec![Place::Local(kp), Place::Local(vp)],
                tir::Expr {
                    ty: tt,
                    kind: tir::ExprKind::MapIterNext(it),
                },
            ),
            tir::Stmt::If(
                tir::Expr {
                    ty: T::BOOL,
                    kind: tir::ExprKind::Binary(
                        BinOp::Eq,
                        Box::new(local(kp, pk)),
                        Box::new(tir::Expr {
                            ty: pk,
                            kind: tir::ExprKind::Zero,
                        }),
                    ),
                },
                vec![tir::Stmt::Break(target)],
                Vec::new(),
            ),
        ];
        let kv = tir::Expr {
            ty: kt,
            kind: tir::ExprKind::Deref(Box::new(local(kp, pk))),
        };
        let vv = tir::Expr {
            ty: vt,
            kind: tir::ExprKind::Deref(Box::new(local(vp, pv))),
        };
        self.bind_range_targets(
            [(key, kt, Some(kv)), (value, vt, Some(vv))],
            define,
            &mut head,
        );
        self.target_stack.push(target);
        head.extend(self.block(body));
        self.target_stack.pop();
        self.pop_scope();
        pre.push(tir::Stmt::Loop {
            cond: None,
            body: head,
            post: Vec::new(),
            per_iter: Vec::new(),
            target,
        });
        out.push(tir::Stmt::Block(pre));
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
        // A return inside the body returns from the enclosing function: the yield closure
        // records it (values and a flag the loop checks after the iterator returns).
        let outer_named = !self.func.named_results.is_empty();
        if let Some(what) = leaves_body(body, label.as_deref(), outer_named) {
            self.unsupported(pos, &format!("{what} in a range-over-function loop"));
            return;
        }
        let returns = has_return(body);
        if returns && self.in_yield > 0 {
            self.unsupported(pos, "a return in nested range-over-function loops");
            return;
        }
        let Some(seq) = self.value_expr(xo) else {
            return;
        };
        // The flag that the body said stop.
        let done = self.temp(T::BOOL);
        self.func.heap.push(done);
        out.push(tir::Stmt::Decl(done));
        let outer_results = self.results.clone();
        let (ret_flag, ret_vals) = if returns {
            let f = self.temp(T::BOOL);
            self.func.heap.push(f);
            out.push(tir::Stmt::Decl(f));
            let vs: Vec<LocalId> = outer_results
                .iter()
                .map(|&t| {
                    let l = self.temp(t);
                    self.func.heap.push(l);
                    out.push(tir::Stmt::Decl(l));
                    l
                })
                .collect();
            (Some(f), vs)
        } else {
            (None, Vec::new())
        };
        let name = self.enter_literal();
        // The body's labels and gotos are its own; the enclosing function's are kept aside.
        let outer_labels = (
            std::mem::take(&mut self.label_ids),
            std::mem::take(&mut self.goto_names),
        );
        self.push_scope();
        let rejected_before = self
            .errors
            .iter()
            .filter(|e| e.error.is_unsupported())
            .count();
        let done_in = self.capture(done);
        let ret_in = ret_flag.map(|f| {
            let vs: Vec<LocalId> = ret_vals.iter().map(|&v| self.capture(v)).collect();
            (self.capture(f), vs)
        });
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
        self.bind_range_targets(targets, define, &mut head);
        let res = self.temp(T::BOOL);
        let goto_here = label.as_ref().is_some_and(|l| outer_labels.1.contains(l));
        let target = self.new_target(label, true, true, lpos);
        // A goto in the enclosing function uses the statement's label.
        self.targets[target].used |= goto_here;
        self.target_stack.push(target);
        // Returns in the body are checked against the enclosing function's results.
        self.results = outer_results.clone();
        self.in_yield += 1;
        head.extend(self.block(body));
        self.in_yield -= 1;
        self.results = vec![T::BOOL];
        self.target_stack.pop();
        self.pop_scope();
        if let Some((flag, vals)) = &ret_in {
            rewrite_returns(&mut head, *flag, vals);
        }
        let truth = |b: bool| tir::Expr {
            ty: T::BOOL,
            kind: tir::ExprKind::Const(Value::Bool(b)),
        };
        let msg = "runtime error: range function continued iteration after function for loop body returned false";
        let panic = tir::Expr {
            ty: T::INVALID,
            kind: tir::ExprKind::Panic(Box::new(tir::Expr {
                ty: T::ANY,
                kind: tir::ExprKind::Box(Box::new(tir::Expr {
                    ty: T::STRING,
                    kind: tir::ExprKind::Const(Value::Str(msg.as_bytes().to_vec())),
                })),
            })),
        };
        self.func.body = vec![
            tir::Stmt::If(
                local(done_in, T::BOOL),
                vec![tir::Stmt::Eval(panic)],
                Vec::new(),
            ),
            tir::Stmt::Loop {
                cond: None,
                body: head,
                post: vec![
                    tir::Stmt::Assign(vec![Place::Local(res)], vec![truth(true)]),
                    tir::Stmt::Break(target),
                ],
                per_iter: Vec::new(),
                target,
            },
            tir::Stmt::If(
                local(res, T::BOOL),
                Vec::new(),
                vec![tir::Stmt::Assign(
                    vec![Place::Local(done_in)],
                    vec![truth(true)],
                )],
            ),
            tir::Stmt::Return(vec![local(res, T::BOOL)]),
        ];
        self.mark_goto_labels();
        (self.label_ids, self.goto_names) = outer_labels;
        self.finish_locals(rejected_before);
        self.func.targets = self.targets.len();
        let (func, captures) = self.leave_literal(name);
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
        if let Some(f) = ret_flag {
            let vals = ret_vals
                .iter()
                .zip(&outer_results)
                .map(|(&l, &t)| tir::Expr {
                    ty: t,
                    kind: tir::ExprKind::Local(l),
                })
                .collect();
            out.push(tir::Stmt::If(
                tir::Expr {
                    ty: T::BOOL,
                    kind: tir::ExprKind::Local(f),
                },
                vec![tir::Stmt::Return(vals)],
                Vec::new(),
            ));
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

/// What in a range-over-function body would have to leave the body's function (a return, a
/// goto, a defer, a break or continue to an enclosing statement), which memrun does not
/// compile yet.
fn leaves_body(stmts: &[ast::Stmt], own: Option<&str>, named: bool) -> Option<&'static str> {
    fn walk(
        s: &ast::Stmt,
        own: Option<&str>,
        inner: &mut Vec<String>,
        named: bool,
    ) -> Option<&'static str> {
        crate::compile::deep(|| walk_here(s, own, inner, named))
    }
    fn walk_here(
        s: &ast::Stmt,
        own: Option<&str>,
        inner: &mut Vec<String>,
        named: bool,
    ) -> Option<&'static str> {
        let label_ok = |l: &Option<ast::Name>, inner: &Vec<String>| match l {
            None => true,
            Some((n, _)) => Some(n.as_str()) == own || inner.contains(n),
        };
        match s {
            ast::Stmt::Return(vals, _) if vals.is_empty() && named => {
                Some("a bare return with named results")
            }
            ast::Stmt::Goto(..) => Some("goto"),
            ast::Stmt::Defer(..) => Some("defer"),
            ast::Stmt::Break(l, _) | ast::Stmt::Continue(l, _) if !label_ok(l, inner) => {
                Some("a break or continue to an enclosing statement")
            }
            ast::Stmt::Labeled((n, _), x) => {
                inner.push(n.clone());
                let r = walk(x, own, inner, named);
                inner.pop();
                r
            }
            ast::Stmt::Block(b, _) => b.iter().find_map(|x| walk(x, own, inner, named)),
            ast::Stmt::If { then, els, .. } => then
                .iter()
                .find_map(|x| walk(x, own, inner, named))
                .or_else(|| els.as_ref().and_then(|e| walk(e, own, inner, named))),
            ast::Stmt::For { body, .. } | ast::Stmt::Range { body, .. } => {
                body.iter().find_map(|x| walk(x, own, inner, named))
            }
            ast::Stmt::Switch { clauses, .. } => clauses
                .iter()
                .find_map(|c| c.body.iter().find_map(|x| walk(x, own, inner, named))),
            _ => None,
        }
    }
    let mut inner = Vec::new();
    stmts.iter().find_map(|s| walk(s, own, &mut inner, named))
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

/// In a yield closure's body: `return vals` of the enclosing function becomes storing the
/// values and the flag, then `return false` (stop the iterator).
fn rewrite_returns(stmts: &mut Vec<tir::Stmt>, flag: LocalId, vals: &[LocalId]) {
    crate::compile::deep(|| rewrite_returns_here(stmts, flag, vals))
}

fn rewrite_returns_here(stmts: &mut Vec<tir::Stmt>, flag: LocalId, vals: &[LocalId]) {
    let mut i = 0;
    while i < stmts.len() {
        match &mut stmts[i] {
            tir::Stmt::Return(vs) => {
                let values = std::mem::take(vs);
                let mut repl = Vec::new();
                if !values.is_empty() {
                    // A multi-value call returns as a tuple.
                    if values.len() == 1 && vals.len() > 1 {
                        repl.push(tir::Stmt::AssignTuple(
                            vals.iter().map(|&l| Place::Local(l)).collect(),
                            values.into_iter().next().expect("one value"),
                        ));
                    } else {
                        repl.push(tir::Stmt::Assign(
                            vals.iter().map(|&l| Place::Local(l)).collect(),
                            values,
                        ));
                    }
                }
                repl.push(tir::Stmt::Assign(
                    vec![Place::Local(flag)],
                    vec![tir::Expr {
                        ty: T::BOOL,
                        kind: tir::ExprKind::Const(Value::Bool(true)),
                    }],
                ));
                repl.push(tir::Stmt::Return(vec![tir::Expr {
                    ty: T::BOOL,
                    kind: tir::ExprKind::Const(Value::Bool(false)),
                }]));
                let n = repl.len();
                stmts.splice(i..=i, repl);
                i += n;
                continue;
            }
            tir::Stmt::If(_, a, b) => {
                rewrite_returns(a, flag, vals);
                rewrite_returns(b, flag, vals);
            }
            tir::Stmt::Loop { body, post, .. } => {
                rewrite_returns(body, flag, vals);
                rewrite_returns(post, flag, vals);
            }
            tir::Stmt::Switch { clauses, .. } => {
                for c in clauses {
                    rewrite_returns(&mut c.body, flag, vals);
                }
            }
            tir::Stmt::Labeled(b, _) | tir::Stmt::Block(b) => rewrite_returns(b, flag, vals),
            _ => {}
        }
        i += 1;
    }
}
