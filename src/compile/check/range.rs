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
            TypeKind::Signature(_) => {
                self.unsupported(pos, "range over functions");
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

    /// After an error in the range clause: checks the body for its own errors.
    fn skip_range(
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
