//! Expressions: names, selectors, indexing and slicing, unary and binary operators, shifts.

use super::*;

impl<'a> Checker<'a> {
    pub(super) fn expr<'e>(&mut self, e: &'e ast::Expr) -> Operand<'e> {
        let op = crate::compile::deep(|| self.expr_here(e));
        // A value of a type whose declaration failed (reported there): as gc, no follow-ons.
        if matches!(op.kind, OpKind::Value(_) | OpKind::Const(_))
            && (op.ty == T::INVALID || self.broken(op.ty))
        {
            return Operand::invalid(op.pos);
        }
        op
    }

    pub(super) fn expr_here<'e>(&mut self, e: &'e ast::Expr) -> Operand<'e> {
        let text = Text::Expr(e);
        match &e.kind {
            AK::Int(s) => {
                let v = parse_int(s);
                self.mk(e.pos, text, T::UNTYPED_INT, OpKind::Const(Value::Int(v)))
            }
            AK::Char(c) => self.mk(
                e.pos,
                text,
                T::UNTYPED_RUNE,
                OpKind::Const(Value::Int(BigInt::from(*c))),
            ),
            AK::Str(s) => self.mk(
                e.pos,
                text,
                T::UNTYPED_STRING,
                OpKind::Const(Value::Str(s.clone())),
            ),
            AK::Float(s) => match crate::compile::types::constant::parse_float(s) {
                Some(r) => self.mk(
                    e.pos,
                    text,
                    T::UNTYPED_FLOAT,
                    OpKind::Const(Value::Float(r)),
                ),
                None => {
                    self.report(
                        e.pos,
                        TypeError::ConstantOverflows {
                            i: s.clone(),
                            name: "untyped float".into(),
                        },
                    );
                    Operand::invalid(e.pos)
                }
            },
            AK::Paren(x) => {
                let mut o = self.expr(x);
                o.text = text;
                // gc's front end folds a condition such as `x && false` (its `staticBool`),
                // but not one in parentheses: the parentheses stay, as a node that renames
                // nothing, for memrun's dead code to tell them apart.
                if matches!(
                    x.kind,
                    AK::Binary(Op::LogAnd | Op::LogOr, ..) | AK::Unary(Op::Not, _)
                ) {
                    if let OpKind::Value(v) = o.kind {
                        let ty = v.ty;
                        o.kind = OpKind::Value(tir::Expr {
                            ty,
                            kind: tir::ExprKind::Retype(Box::new(v)),
                        });
                    }
                }
                o
            }
            AK::Ident(n) => self.ident(n, e.pos, text),
            AK::Unary(op @ (Op::Add | Op::Sub | Op::Not | Op::Xor), x) => {
                self.unary(*op, x, e.pos, text)
            }
            AK::Unary(Op::Tilde, _) => {
                self.report(e.pos, TypeError::TildeOutsideConstraint);
                Operand::invalid(e.pos)
            }
            AK::Binary(op, a, b) => {
                let l = self.expr(a);
                let r = self.expr(b);
                self.binary_ops(*op, l, r, e.pos, &text)
                    .unwrap_or_else(|| Operand::invalid(e.pos))
            }
            AK::Call(f, args, dots) => self.call(f, args, *dots, e.pos, text),
            AK::Selector(x, (name, npos)) => self.selector(x, name, *npos, text),
            // An instance of a generic type, as a conversion or a method expression's type.
            AK::Index(x, _)
                if self.names_generic_type(x) || self.selects_generic_type(x).is_some() =>
            {
                match self.resolve_type(e) {
                    Some(ty) => self.mk(e.pos, text, ty, OpKind::Type),
                    None => Operand::invalid(e.pos),
                }
            }
            AK::Index(x, ix) if ix.len() == 1 || self.names_generic(x) => {
                let xo = self.expr(x);
                match xo.kind {
                    OpKind::Generic(g, ref have) if have.is_empty() => {
                        self.explicit_instance(g, ix, e.pos, text)
                    }
                    _ => {
                        let io = self.expr(&ix[0]);
                        self.index_operands(xo, io, e.pos, text)
                    }
                }
            }
            AK::Slice { x, lo, hi, max } => self.slice(
                x,
                [lo.as_deref(), hi.as_deref(), max.as_deref()],
                e.pos,
                text,
            ),
            AK::Composite { .. } => self.composite(e, None),
            AK::TypeAssert(x, Some(t)) => self.type_assertion(x, t, e.pos, text),
            AK::TypeAssert(x, None) => {
                self.expr(x);
                self.report(e.pos, TypeError::TypeOutsideSwitch);
                Operand::invalid(e.pos)
            }
            AK::FuncLit(sig, body) => self.func_lit(e, sig, body),
            AK::Unary(Op::And, x) => self.address_of(x, e.pos, text),
            AK::Unary(Op::Arrow, x) => match self.select_received(e, text.clone()) {
                Some(o) => o,
                None => self.recv(x, e.pos, text),
            },
            AK::Star(x) => self.star(x, e.pos, text),
            AK::SliceType(_)
            | AK::ArrayType(..)
            | AK::StructType(_)
            | AK::FuncType(_)
            | AK::MapType(..)
            | AK::ChanType(..)
            | AK::InterfaceType(_) => match self.resolve_type(e) {
                Some(ty) => self.mk(e.pos, text, ty, OpKind::Type),
                None => Operand::invalid(e.pos),
            },
            AK::Bad => Operand::invalid(e.pos),
            _ => {
                let what = unsupported_form(e).unwrap_or("this expression");
                self.unsupported(e.pos, what);
                Operand::invalid(e.pos)
            }
        }
    }

    pub(super) fn ident<'e>(&mut self, n: &str, pos: Pos, text: Text<'e>) -> Operand<'e> {
        if n == "_" {
            self.report(pos, TypeError::BlankAsValue);
            return Operand::invalid(pos);
        }
        if n == "iota" {
            if let Some(i) = self.iota {
                if self
                    .lookup("iota")
                    .is_some_and(|e| matches!(e, Entity::Builtin("iota")))
                {
                    return self.mk(
                        pos,
                        text,
                        T::UNTYPED_INT,
                        OpKind::Const(Value::Int(BigInt::from(i))),
                    );
                }
            }
        }
        let e = self.lookup(n);
        if e.is_none() && self.files[self.file].library {
            // Package fmt's own print functions are the compiler's intrinsics there too.
            let q = format!("{}.{n}", self.pkg_path(self.pkg));
            if let Some(f) = FmtFn::intrinsic(&q) {
                let t = self.fmt_sig(f);
                return self.mk(pos, text, t, OpKind::Fmt(f));
            }
        }
        self.entity_operand(e, n, pos, text)
    }

    /// The operand a name denotes, given what it resolved to (None: undeclared).
    pub(super) fn entity_operand<'e>(
        &mut self,
        e: Option<Entity>,
        n: &str,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        match e {
            None => {
                if matches!(n, "complex64" | "complex128") {
                    self.unsupported(pos, "complex numbers");
                } else if matches!(n, "delete" | "close" | "complex" | "real" | "imag") {
                    self.unsupported(pos, &format!("the builtin {n}"));
                } else {
                    self.report(pos, TypeError::Undefined { n: n.to_string() });
                }
                Operand::invalid(pos)
            }
            Some(Entity::Local(l)) => {
                self.locals[l].used = true;
                let ty = self.func.locals[l];
                if ty == T::INVALID {
                    return Operand::invalid(pos);
                }
                Operand {
                    ty,
                    kind: OpKind::Value(tir::Expr {
                        ty,
                        kind: tir::ExprKind::Local(l),
                    }),
                    pos,
                    text,
                    var: true,
                }
            }
            Some(Entity::Const(t, v)) => {
                if t == T::INVALID {
                    return Operand::invalid(pos);
                }
                self.mk(pos, text, t, OpKind::Const(v))
            }
            Some(Entity::LazyConst(i)) => match self.resolve_const(i) {
                Some((t, v)) => self.mk(pos, text, t, OpKind::Const(v)),
                None => Operand::invalid(pos),
            },
            Some(Entity::LazyGlobal(i)) => match self.resolve_global(i) {
                Some(g) => self.global_operand(g, pos, text),
                None => Operand::invalid(pos),
            },
            Some(Entity::Func(f)) => {
                let t = self.func_sig_type(f);
                self.mk(pos, text, t, OpKind::Func(f))
            }
            Some(Entity::Generic(g)) => {
                self.mk(pos, text, T::INVALID, OpKind::Generic(g, Vec::new()))
            }
            // As an expression, gc names it as written (`Box`, not `Box[T any]`).
            Some(Entity::GenericType(_)) => {
                let t = n.to_string();
                self.report(pos, TypeError::GenericTypeWithoutInstantiation { t });
                Operand::invalid(pos)
            }
            Some(Entity::TypeName(t)) => self.mk(pos, text, t, OpKind::Type),
            Some(Entity::LazyAlias(i)) => match self.resolve_alias(i) {
                Some(t) => self.mk(pos, text, t, OpKind::Type),
                None => Operand::invalid(pos),
            },
            Some(Entity::Builtin(b)) => {
                if b == "iota" {
                    self.report(pos, TypeError::IotaOutsideConst);
                    return Operand::invalid(pos);
                }
                self.mk(pos, text, T::INVALID, OpKind::Builtin(b))
            }
            Some(Entity::Intrinsic(i)) => self.mk(pos, text, T::INVALID, OpKind::Intrinsic(i)),
            Some(Entity::Package(p, _)) => self.mk(pos, text, T::INVALID, OpKind::Package(p)),
            Some(Entity::Nil) => self.mk(
                pos,
                text,
                T::UNTYPED_NIL,
                OpKind::Value(tir::Expr {
                    ty: T::UNTYPED_NIL,
                    kind: tir::ExprKind::Zero,
                }),
            ),
            Some(Entity::Unsupported) => Operand::invalid(pos),
        }
    }

    pub(super) fn global_operand<'e>(
        &mut self,
        g: GlobalId,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let ty = self.prog.globals[g].ty;
        if ty == T::INVALID {
            return Operand::invalid(pos);
        }
        Operand {
            ty,
            kind: OpKind::Value(tir::Expr {
                ty,
                kind: tir::ExprKind::Global(g),
            }),
            pos,
            text,
            var: true,
        }
    }

    pub(super) fn selector<'e>(
        &mut self,
        x: &'e ast::Expr,
        name: &str,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let xo = self.expr(x);
        // No field or method of a pointer to a type parameter (a stand-in's, in a generic
        // body's check) is selected, whatever the type parameter's constraint.
        let to_standin = matches!(self.types.kind(xo.ty), TypeKind::Pointer(e) if self.checking_standins.contains_key(e));
        if to_standin && matches!(xo.kind, OpKind::Type | OpKind::Value(_)) {
            let error = TypeError::PtrToTypeParamSelector {
                x: xo.text.to_string(),
                name: name.to_string(),
                ty: self.tn(xo.ty),
            };
            self.report(pos, error);
            return Operand::invalid(pos);
        }
        match &xo.kind {
            OpKind::Package(p) => {
                let p = p.clone();
                self.package_member(&p, name, pos, x.pos, text)
            }
            OpKind::Invalid => Operand::invalid(pos),
            OpKind::Type => self.method_expr(xo, name, pos, text),
            OpKind::Value(_) | OpKind::Const(_) => self.field_selector(xo, name, pos, text),
            _ => self.no_field_or_method(&xo, name, pos, String::new()),
        }
    }

    pub(super) fn index_value<'e>(
        &mut self,
        io: Operand<'e>,
        len: Option<usize>,
    ) -> Option<tir::Expr> {
        if matches!(io.kind, OpKind::Invalid) {
            return None;
        }
        // An untyped float constant that is an integer serves as an index.
        let io = match (&io.kind, io.ty) {
            (OpKind::Const(Value::Float(r)), T::UNTYPED_FLOAT) => {
                if !r.is_integer() {
                    self.report(
                        io.pos,
                        TypeError::TruncatedToInt {
                            x: self.describe(&io),
                        },
                    );
                    return None;
                }
                let mut o = io.clone();
                o.ty = T::UNTYPED_INT;
                o.kind = OpKind::Const(Value::Int(r.to_integer()));
                o
            }
            _ => io,
        };
        if !self.types.is_integer(io.ty) {
            self.report(
                io.pos,
                TypeError::IndexNotInteger {
                    x: self.describe(&io),
                },
            );
            return None;
        }
        if let OpKind::Const(Value::Int(i)) = &io.kind {
            if i.is_negative() {
                // gc describes the index as converted to int.
                let mut d = io.clone();
                if self.types.is_untyped(d.ty) {
                    d.ty = T::INT;
                }
                self.report(
                    io.pos,
                    TypeError::IndexNegative {
                        x: self.describe(&d),
                    },
                );
                return None;
            }
            if let Some(n) = len {
                if *i >= BigInt::from(n) {
                    self.report(
                        io.pos,
                        TypeError::IndexOutOfBounds {
                            x: io.text.to_string(),
                            n: n.to_string(),
                        },
                    );
                    return None;
                }
            }
        }
        let ty = if self.types.is_untyped(io.ty) {
            T::INT
        } else {
            io.ty
        };
        self.assign_op(io, ty, "index")
    }

    /// `x[i]` of checked operands.
    pub(super) fn index_operands<'e>(
        &mut self,
        xo: Operand<'e>,
        io: Operand<'e>,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        // gc reports what cannot be indexed at the `[`.
        let io_pos = io.pos.saturating_sub(1);
        match xo.ty {
            _ if matches!(xo.kind, OpKind::Invalid) => Operand::invalid(pos),
            _ if !self.set_indexable(xo.ty) => {
                let x = self.describe(&xo);
                self.report(io_pos, TypeError::CannotIndex { x });
                Operand::invalid(pos)
            }
            _ if self.types.is_string(xo.ty) => {
                let clen = if let OpKind::Const(Value::Str(s)) = &xo.kind {
                    Some(s.len())
                } else {
                    None
                };
                let Some(idx) = self.index_value(io.clone(), clen) else {
                    return Operand::invalid(pos);
                };
                let Some(xv) = self.value_expr(xo) else {
                    return Operand::invalid(pos);
                };
                let ty = T::UINT8;
                self.mk(
                    pos,
                    text,
                    ty,
                    OpKind::Value(tir::Expr {
                        ty,
                        kind: tir::ExprKind::StrIndex(Box::new(xv), Box::new(idx)),
                    }),
                )
            }
            _ if self.types.slice_elem(xo.ty).is_some() => {
                let elem = self.types.slice_elem(xo.ty).unwrap_or(T::INVALID);
                let Some(idx) = self.index_value(io, None) else {
                    return Operand::invalid(pos);
                };
                let Some(xv) = self.value_expr(xo) else {
                    return Operand::invalid(pos);
                };
                let mut o = self.mk(
                    pos,
                    text,
                    elem,
                    OpKind::Value(tir::Expr {
                        ty: elem,
                        kind: tir::ExprKind::SliceIndex(Box::new(xv), Box::new(idx)),
                    }),
                );
                o.var = true;
                o
            }
            _ if self.array_operand(xo.ty).is_some() => {
                let (n, elem, through_ptr) =
                    self.array_operand(xo.ty).unwrap_or((0, T::INVALID, false));
                let Some(idx) = self.index_value(io, Some(n as usize)) else {
                    return Operand::invalid(pos);
                };
                let var = xo.var || through_ptr;
                let Some(mut xv) = self.value_expr(xo) else {
                    return Operand::invalid(pos);
                };
                if through_ptr {
                    let at = self.types.elem(xv.ty).unwrap_or(T::INVALID);
                    xv = tir::Expr {
                        ty: at,
                        kind: tir::ExprKind::Deref(Box::new(xv)),
                    };
                }
                let mut o = self.mk(
                    pos,
                    text,
                    elem,
                    OpKind::Value(tir::Expr {
                        ty: elem,
                        kind: tir::ExprKind::ArrayIndex(Box::new(xv), Box::new(idx)),
                    }),
                );
                o.var = var;
                o
            }
            _ if matches!(
                self.types.kind(self.types.underlying(xo.ty)),
                TypeKind::Map(..)
            ) =>
            {
                let TypeKind::Map(kt, vt) = *self.types.kind(self.types.underlying(xo.ty)) else {
                    unreachable!("a map")
                };
                let Some(k) = self.assign_op(io, kt, "map index") else {
                    return Operand::invalid(pos);
                };
                let Some(m) = self.value_expr(xo) else {
                    return Operand::invalid(pos);
                };
                self.mk(
                    pos,
                    text,
                    vt,
                    OpKind::Value(tir::Expr {
                        ty: vt,
                        kind: tir::ExprKind::MapIndex(Box::new(m), Box::new(k)),
                    }),
                )
            }
            _ => {
                self.report(
                    io_pos,
                    TypeError::CannotIndex {
                        x: self.describe(&xo),
                    },
                );
                Operand::invalid(pos)
            }
        }
    }

    /// Why values of `t` cannot be compared, in gc's words.
    pub(super) fn incomparable(&self, t: TypeId) -> String {
        let u = self.types.underlying(t);
        match self.types.kind(u) {
            TypeKind::Map(..) => "map can only be compared to nil".into(),
            TypeKind::Signature(_) => "func can only be compared to nil".into(),
            TypeKind::Slice(_) => "slice can only be compared to nil".into(),
            TypeKind::Struct(fs) => {
                let bad = fs.iter().find(|f| !self.types.comparable(f.ty));
                match bad {
                    Some(f) => format!("struct containing {} cannot be compared", self.tn(f.ty)),
                    None => format!("{} cannot be compared", self.tn(t)),
                }
            }
            _ => format!("{} cannot be compared", self.tn(t)),
        }
    }

    /// An array's length and element type, for an array or a pointer to one (true).
    pub(super) fn array_operand(&self, t: TypeId) -> Option<(u64, TypeId, bool)> {
        match self.types.kind(self.types.underlying(t)) {
            TypeKind::Array(n, e) => Some((*n, *e, false)),
            // A pointer to a type parameter is no pointer to an array, whatever its terms.
            TypeKind::Pointer(p) if self.is_standin(*p) => None,
            TypeKind::Pointer(p) => match self.types.kind(self.types.underlying(*p)) {
                TypeKind::Array(n, e) => Some((*n, *e, true)),
                _ => None,
            },
            _ => None,
        }
    }

    pub(super) fn slice<'e>(
        &mut self,
        x: &'e ast::Expr,
        bounds: [Option<&'e ast::Expr>; 3],
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let xo = self.expr(x);
        if matches!(xo.kind, OpKind::Invalid) {
            return Operand::invalid(pos);
        }
        if let Some(why) = self.no_common_under(xo.ty, SetOp::Slice) {
            let op = SetOp::Slice;
            let x = self.describe(&xo);
            self.report(xo.pos, TypeError::NoCommonUnder { op, x, why });
            return Operand::invalid(pos);
        }
        let array = self.array_operand(xo.ty);
        let clen = if let OpKind::Const(Value::Str(s)) = &xo.kind {
            Some(s.len() + 1)
        } else {
            array.map(|(n, _, _)| n as usize + 1)
        };
        let mut vals: Vec<Option<(tir::Expr, Option<BigInt>)>> = Vec::new();
        for b in bounds {
            match b {
                None => vals.push(None),
                Some(e) => {
                    let o = self.expr(e);
                    let k = if let OpKind::Const(Value::Int(k)) = &o.kind {
                        Some(k.clone())
                    } else {
                        None
                    };
                    match self.index_value(o, clen) {
                        Some(v) => vals.push(Some((v, k))),
                        None => return Operand::invalid(pos),
                    }
                }
            }
        }
        // Constant indices must not decrease (reported at the smaller, later one).
        let consts: Vec<(&BigInt, Pos)> = vals
            .iter()
            .zip(bounds)
            .filter_map(|(v, b)| {
                v.as_ref()
                    .and_then(|(_, k)| k.as_ref())
                    .map(|k| (k, b.map_or(pos, |b| b.pos)))
            })
            .collect();
        for w in consts.windows(2) {
            if w[0].0 > w[1].0 {
                self.report(
                    w[1].1,
                    TypeError::InvalidSliceIndices {
                        b: w[1].0.to_string(),
                        a: w[0].0.to_string(),
                    },
                );
                return Operand::invalid(pos);
            }
        }
        let three = bounds[2].is_some();
        // The result has the operand's type (a defined string type stays itself); an untyped
        // string constant gives string; an array gives a slice of its elements.
        let ty = match xo.ty {
            T::UNTYPED_STRING if !three => T::STRING,
            _ if self.types.is_string(xo.ty) && !three => xo.ty,
            _ if self.types.is_string(xo.ty) => {
                self.report(
                    bounds[2].map_or(pos, |b| b.pos),
                    TypeError::Unaddressable3Index {
                        x: xo.text.to_string(),
                    },
                );
                return Operand::invalid(pos);
            }
            _ if self.types.slice_elem(xo.ty).is_some() => xo.ty,
            _ if array.is_some() => {
                let (_, elem, through_ptr) = array.unwrap_or((0, T::INVALID, false));
                if !through_ptr && !xo.var {
                    self.report(
                        xo.pos,
                        TypeError::SliceUnaddressable {
                            x: self.describe(&xo),
                        },
                    );
                    return Operand::invalid(pos);
                }
                self.types.slice(elem)
            }
            _ => {
                self.report(
                    pos,
                    TypeError::CannotSlice {
                        x: self.describe(&xo),
                    },
                );
                return Operand::invalid(pos);
            }
        };
        let through_ptr = array.is_some_and(|a| a.2);
        let Some(xv) = self.value_expr(xo) else {
            return Operand::invalid(pos);
        };
        let mut it = vals.into_iter().map(|v| v.map(|x| Box::new(x.0)));
        let (l, h, m) = (
            it.next().flatten(),
            it.next().flatten(),
            it.next().flatten(),
        );
        let kind = if self.types.is_string(ty) {
            tir::ExprKind::StrSlice(Box::new(xv), l, h)
        } else if array.is_some() {
            let p = if through_ptr {
                xv
            } else {
                self.escapes(&xv);
                let pt = self.types.pointer(xv.ty);
                tir::Expr {
                    ty: pt,
                    kind: tir::ExprKind::AddrOf(Box::new(xv)),
                }
            };
            tir::ExprKind::ArraySlice(Box::new(p), l, h, m)
        } else {
            // A high or max bound may reach past the length into the capacity, which may be
            // gc's choice: judged with `cap`'s sites, unless it is plainly within the length.
            let guard = tir::CapGuard::default();
            if [&h, &m]
                .into_iter()
                .flatten()
                .any(|b| !super::stackslices::within_len(b, &xv))
            {
                self.cap_sites.push((pos, xv.clone(), Some(guard.clone())));
            }
            tir::ExprKind::SliceSlice(Box::new(xv), l, h, m, guard)
        };
        self.mk(pos, text, ty, OpKind::Value(tir::Expr { ty, kind }))
    }

    pub(super) fn unary<'e>(
        &mut self,
        op: Op,
        x: &'e ast::Expr,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let xo = self.expr(x);
        if matches!(xo.kind, OpKind::Invalid) {
            return Operand::invalid(pos);
        }
        let ok = match op {
            Op::Add | Op::Sub => self.types.is_numeric(xo.ty),
            Op::Not => self.types.is_boolean(xo.ty),
            Op::Xor => self.types.is_integer(xo.ty),
            _ => false,
        };
        if !ok {
            let what = match op {
                Op::Not => "operator ! not defined on",
                Op::Xor => "operator ^ not defined on",
                _ => "operator - not defined on",
            };
            // gc places it at the operand.
            self.report(
                xo.pos,
                TypeError::UnaryNotDefined {
                    what: what.to_string(),
                    x: self.describe(&xo),
                },
            );
            return Operand::invalid(pos);
        }
        if let OpKind::Const(v) = &xo.kind {
            let r = match (op, v) {
                (Op::Add, v) => v.clone(),
                (Op::Sub, Value::Int(i)) => Value::Int(-i),
                (Op::Sub, Value::Float(r)) => Value::Float(-r),
                (Op::Not, Value::Bool(b)) => Value::Bool(!b),
                (Op::Xor, Value::Int(i)) => match self.types.int_kind(xo.ty) {
                    Some(k) if !k.signed() => Value::Int(k.max() - i),
                    _ => Value::Int(-i - 1),
                },
                _ => return Operand::invalid(pos),
            };
            return self.typed_const(r, xo.ty, pos, text);
        }
        let ty = xo.ty;
        let Some(v) = self.value_expr(xo) else {
            return Operand::invalid(pos);
        };
        if op == Op::Add {
            // (A node of gc's all the same, for the bound of its inlining cost.)
            self.func.renames += 1;
            return self.mk(pos, text, ty, OpKind::Value(v));
        }
        let uop = match op {
            Op::Sub => UnOp::Neg,
            Op::Not => UnOp::Not,
            _ => UnOp::Complement,
        };
        self.mk(
            pos,
            text,
            ty,
            OpKind::Value(tir::Expr {
                ty,
                kind: tir::ExprKind::Unary(uop, Box::new(v)),
            }),
        )
    }

    /// A declared function, method value or interface method as an operand: its function
    /// value (None when that was reported); any other operand as it is.
    fn func_as_value<'e>(&mut self, o: Operand<'e>) -> Option<Operand<'e>> {
        let ty = match &o.kind {
            OpKind::Func(f) => self.func_sig_type(*f),
            OpKind::Method(..) | OpKind::IfaceMethod(..) | OpKind::Fmt(_) => o.ty,
            _ => return Some(o),
        };
        let (pos, text) = (o.pos, o.text.clone());
        let v = self.value_expr(o)?;
        Some(self.mk(pos, text, ty, OpKind::Value(v)))
    }

    pub(super) fn binary_ops<'e>(
        &mut self,
        op: Op,
        l: Operand<'e>,
        r: Operand<'e>,
        pos: Pos,
        text: &Text<'e>,
    ) -> Option<Operand<'e>> {
        let text = text.to_owned();
        if matches!(l.kind, OpKind::Invalid) || matches!(r.kind, OpKind::Invalid) {
            return None;
        }
        // A function or method used as an operand (`f != nil`) is its function value.
        let (l, r) = (self.func_as_value(l)?, self.func_as_value(r)?);
        for o in [&l, &r] {
            if !self.single_value(o) {
                return None;
            }
            if !matches!(o.kind, OpKind::Value(_) | OpKind::Const(_)) {
                self.not_an_expression(o);
                return None;
            }
        }
        if op == Op::Shl || op == Op::Shr {
            return self.shift(op, l, r, pos, text);
        }
        let with_nil = l.ty == T::UNTYPED_NIL || r.ty == T::UNTYPED_NIL;
        if l.ty == T::UNTYPED_NIL && r.ty == T::UNTYPED_NIL {
            self.report(
                pos,
                TypeError::OperatorNotDefinedIn {
                    text: text.to_string(),
                    op: op.to_string(),
                    x: "untyped nil".into(),
                },
            );
            return None;
        }
        let comparison = matches!(op, Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge);
        // Bring both operands to a common type.
        let (l, r) = if self.types.is_untyped(l.ty) && !self.types.is_untyped(r.ty) {
            let t = r.ty;
            match self.convert_operand(l, t, &text, &r, comparison) {
                Some(l) => (l, r),
                None => return None,
            }
        } else if self.types.is_untyped(r.ty) && !self.types.is_untyped(l.ty) {
            let t = l.ty;
            match self.convert_operand(r, t, &text, &l, comparison) {
                Some(r) => (l, r),
                None => return None,
            }
        } else if self.types.is_untyped(l.ty) && self.types.is_untyped(r.ty) && l.ty != r.ty {
            // untyped int/rune/float mix → the "larger" kind.
            let rank = |t: TypeId| match t {
                T::UNTYPED_INT => Some(1),
                T::UNTYPED_RUNE => Some(2),
                T::UNTYPED_FLOAT => Some(3),
                _ => None,
            };
            match (rank(l.ty), rank(r.ty)) {
                (Some(a), Some(b)) => {
                    let t = if a > b { l.ty } else { r.ty };
                    let mut l = l;
                    let mut r = r;
                    l.ty = t;
                    r.ty = t;
                    (l, r)
                }
                _ if self.broken(l.ty) || self.broken(r.ty) => return None,
                _ => {
                    let (lt, rt) = (self.tn(l.ty), self.tn(r.ty));
                    self.report(
                        pos,
                        TypeError::MismatchedTypes {
                            text: text.to_string(),
                            first: lt.to_string(),
                            second: rt.to_string(),
                        },
                    );
                    return None;
                }
            }
        } else {
            (l, r)
        };
        // In a comparison either operand may be assignable to the other's type.
        let comparable_mix =
            comparison && (self.types.assignable(l.ty, r.ty) || self.types.assignable(r.ty, l.ty));
        if !self.types.identical(l.ty, r.ty) && !comparable_mix {
            let (lt, rt) = (self.tn(l.ty), self.tn(r.ty));
            // gc reports a comparison's mismatch at its second operand.
            self.report(
                if comparison { r.pos } else { pos },
                TypeError::MismatchedTypes {
                    text: text.to_string(),
                    first: lt.to_string(),
                    second: rt.to_string(),
                },
            );
            return None;
        }
        // A comparison of an interface with a concrete value compares interfaces.
        // Between interfaces, the one the other is assignable to.
        let ty = if self.types.is_interface(r.ty)
            && (!self.types.is_interface(l.ty)
                || (!self.types.assignable(r.ty, l.ty) && self.types.assignable(l.ty, r.ty)))
        {
            r.ty
        } else if comparison
            && !self.types.is_interface(l.ty)
            && !self.types.assignable(r.ty, l.ty)
            && self.types.assignable(l.ty, r.ty)
        {
            // `ch == recvOnly`: the bidirectional channel is assignable to the other's type.
            r.ty
        } else {
            l.ty
        };
        let bop = match op {
            Op::Add => BinOp::Add,
            Op::Sub => BinOp::Sub,
            Op::Mul => BinOp::Mul,
            Op::Div => BinOp::Div,
            Op::Rem => BinOp::Rem,
            Op::And => BinOp::And,
            Op::Or => BinOp::Or,
            Op::Xor => BinOp::Xor,
            Op::AndNot => BinOp::AndNot,
            Op::Eq => BinOp::Eq,
            Op::Ne => BinOp::Ne,
            Op::Lt => BinOp::Lt,
            Op::Le => BinOp::Le,
            Op::Gt => BinOp::Gt,
            Op::Ge => BinOp::Ge,
            Op::LogAnd => BinOp::LogAnd,
            Op::LogOr => BinOp::LogOr,
            _ => return None,
        };
        let defined = match bop {
            BinOp::Add => self.types.is_numeric(ty) || self.types.is_string(ty),
            BinOp::Sub | BinOp::Mul | BinOp::Div => self.types.is_numeric(ty),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => {
                self.types.is_integer(ty)
            }
            BinOp::Eq | BinOp::Ne => {
                self.types.comparable(ty) || (with_nil && self.types.nilable(ty))
            }
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => self.types.is_ordered(ty),
            BinOp::LogAnd | BinOp::LogOr => self.types.is_boolean(ty),
            _ => false,
        };
        if !defined {
            if self.types.slice_elem(ty).is_some() && matches!(bop, BinOp::Eq | BinOp::Ne) {
                self.report(
                    pos,
                    TypeError::SliceCompared {
                        text: text.to_string(),
                    },
                );
            } else if matches!(bop, BinOp::Eq | BinOp::Ne) {
                let why = self.incomparable(ty);
                self.report(
                    pos,
                    TypeError::CannotBeCompared {
                        text: text.to_string(),
                        why,
                    },
                );
            } else if matches!(bop, BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge) {
                // gc names what cannot be ordered: a type parameter, or the type's kind.
                let why = if self.checking_standins.contains_key(&ty) {
                    format!("type parameter {} cannot use operator {op}", self.tn(ty))
                } else {
                    let kind = self.type_structure(ty);
                    let kind = if self.types.is_named(ty)
                        && matches!(
                            self.types.kind(self.types.underlying(ty)),
                            TypeKind::Basic(_)
                        ) {
                        self.tn(ty)
                    } else {
                        kind
                    };
                    format!("operator {op} not defined on {kind}")
                };
                self.report(
                    pos,
                    TypeError::InvalidOperationBecause {
                        text: text.to_string(),
                        why,
                    },
                );
            } else {
                self.report(
                    pos,
                    TypeError::OperatorNotDefined {
                        op: op.to_string(),
                        x: self.describe(&l),
                    },
                );
            }
            return None;
        }
        // An interface compared with a concrete value: that value's type must be comparable.
        if matches!(bop, BinOp::Eq | BinOp::Ne) && self.types.is_interface(ty) {
            for o in [&l, &r] {
                if !self.types.is_interface(o.ty)
                    && !self.types.is_untyped(o.ty)
                    && !self.types.comparable(o.ty)
                {
                    let why = self.incomparable(o.ty);
                    self.report(
                        o.pos,
                        TypeError::CannotBeCompared {
                            text: text.to_string(),
                            why,
                        },
                    );
                    return None;
                }
            }
        }
        let is_cmp = matches!(
            bop,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        );
        // Division by a constant zero: an error for integers, and for floats only when both
        // operands are constants (a float variable divided by zero is ±Inf or NaN).
        // In generic code, only for a type parameter whose types are all integers (checked
        // generically, so not again in an instance, where it panics at run time as in gc).
        let generic = if self.is_standin(ty) {
            !self.all_integer(ty)
        } else {
            !self.instance_targs.is_empty() && !self.in_checking_instance()
        };
        let float_var = (self.types.is_float(ty) || generic) && !matches!(l.kind, OpKind::Const(_));
        if matches!(bop, BinOp::Div | BinOp::Rem) && !float_var {
            if let Some(z) = match &r.kind {
                OpKind::Const(v) => v.to_rational(),
                _ => None,
            } {
                if z.is_zero() {
                    self.report(r.pos, TypeError::DivisionByZero);
                    return None;
                }
            }
        }
        if let (OpKind::Const(a), OpKind::Const(b)) = (&l.kind, &r.kind) {
            // Float operands (an integer constant among them) fold as exact rationals.
            let as_float = |v: &Value| match v.to_rational() {
                Some(r) => Value::Float(r),
                None => v.clone(),
            };
            let v = if self.types.is_float(ty) {
                fold(bop, &as_float(a), &as_float(b), None)?
            } else {
                fold(bop, a, b, self.types.int_kind(ty))?
            };
            let rty = if is_cmp { T::UNTYPED_BOOL } else { ty };
            let rty = if is_cmp && !self.types.is_untyped(l.ty) {
                T::UNTYPED_BOOL
            } else {
                rty
            };
            return Some(self.typed_const(v, rty, pos, text));
        }
        let (lt, rt) = (self.types.default_type(ty), self.types.default_type(ty));
        // Untyped integer arithmetic on a non-constant shift stays untyped, and its context
        // types the whole tree once (`retype`): converting the operands here too would walk the
        // left operand's tree at every level of a chain (quadratic).
        let stays_untyped = !is_cmp && self.types.is_integer(ty) && self.types.is_untyped(ty);
        let (lv, rv) = if stays_untyped {
            (self.value_expr(l)?, self.value_expr(r)?)
        } else {
            (self.assign_op(l, lt, "")?, self.assign_op(r, rt, "")?)
        };
        let rty = if is_cmp {
            T::UNTYPED_BOOL
        } else if matches!(bop, BinOp::LogAnd | BinOp::LogOr)
            || self.types.is_integer(ty) && self.types.is_untyped(ty)
        {
            // Untyped integer arithmetic on a non-constant shift stays untyped until its
            // context types it (see `retype`).
            ty
        } else {
            lt
        };
        let ety = if rty == T::UNTYPED_BOOL {
            T::BOOL
        } else {
            self.types.default_type(rty)
        };
        Some(self.mk(
            pos,
            text,
            rty,
            OpKind::Value(tir::Expr {
                ty: ety,
                kind: tir::ExprKind::Binary(bop, Box::new(lv), Box::new(rv)),
            }),
        ))
    }

    pub(super) fn shift<'e>(
        &mut self,
        op: Op,
        l: Operand<'e>,
        r: Operand<'e>,
        pos: Pos,
        text: Text<'e>,
    ) -> Option<Operand<'e>> {
        // An untyped float constant that is an integer counts as one.
        let r = match (&r.kind, r.ty) {
            (OpKind::Const(Value::Float(v)), T::UNTYPED_FLOAT) if v.is_integer() => {
                let mut o = r.clone();
                o.ty = T::UNTYPED_INT;
                o.kind = OpKind::Const(Value::Int(v.to_integer()));
                o
            }
            _ => r,
        };
        let l = match (&l.kind, l.ty) {
            (OpKind::Const(Value::Float(v)), T::UNTYPED_FLOAT) if v.is_integer() => {
                let mut o = l.clone();
                o.ty = T::UNTYPED_INT;
                o.kind = OpKind::Const(Value::Int(v.to_integer()));
                o
            }
            _ => l,
        };
        if !self.types.is_integer(r.ty) {
            self.report(
                r.pos,
                TypeError::ShiftCountNotInteger {
                    x: self.describe(&r),
                },
            );
            return None;
        }
        if let OpKind::Const(Value::Int(c)) = &r.kind {
            if c.is_negative() {
                self.report(
                    r.pos,
                    TypeError::NegativeShiftCount {
                        x: self.describe(&r),
                    },
                );
                return None;
            }
        }
        if !self.types.is_integer(l.ty) {
            self.report(
                pos,
                TypeError::ShiftedNotInteger {
                    x: self.describe(&l),
                },
            );
            return None;
        }
        let bop = if op == Op::Shl {
            BinOp::Shl
        } else {
            BinOp::Shr
        };
        if let (OpKind::Const(Value::Int(a)), OpKind::Const(Value::Int(c))) = (&l.kind, &r.kind) {
            let Some(c) = c.to_u32().filter(|c| *c < 10000) else {
                self.report(
                    r.pos,
                    TypeError::InvalidShiftCount {
                        x: r.text.to_string(),
                    },
                );
                return None;
            };
            let v = if bop == BinOp::Shl { a << c } else { a >> c };
            return Some(self.typed_const(Value::Int(v), l.ty, pos, text));
        }
        // Non-constant shift of an untyped constant: the spec gives the constant the type the
        // whole expression would have in its context. TypeId it `int` for now and keep the result
        // untyped; `convert_untyped`/`convert_operand` retype it once the context is known.
        let untyped = self.types.is_untyped(l.ty);
        let lt = self.types.default_type(l.ty);
        let result_ty = if untyped { l.ty } else { lt };
        let lv = self.assign_op(l, lt, "shift")?;
        let rt = self.types.default_type(r.ty);
        let rv = self.assign_op(r, rt, "shift")?;
        Some(self.mk(
            pos,
            text,
            result_ty,
            OpKind::Value(tir::Expr {
                ty: lt,
                kind: tir::ExprKind::Binary(bop, Box::new(lv), Box::new(rv)),
            }),
        ))
    }
}
