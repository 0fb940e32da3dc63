//! Assignability and conversion: untyped constants taking a type (with representability),
//! values assigned to typed places, operands brought to a common type, explicit conversions.

use super::*;

impl<'a> Checker<'a> {
    pub(super) fn value_expr<'e>(&mut self, op: Operand<'e>) -> Option<tir::Expr> {
        // A float constant that its default type cannot hold.
        if let OpKind::Const(v) = &op.kind {
            let ty = self.types.default_type(op.ty);
            if let Some(fmt) = self.float_format(ty) {
                if v.to_rational().and_then(|r| round_float(&r, fmt)).is_none() {
                    let (d, t) = (self.describe(&op), self.tn(ty));
                    self.report(
                        op.pos,
                        TypeError::CannotUseOverflows {
                            d,
                            ty: t,
                            what: String::new(),
                        },
                    );
                    return None;
                }
            }
        }
        match op.kind {
            OpKind::Value(e) => Some(e),
            // gc names it as written (`slices.Collect`); given some type arguments
            // (`F[int]`), the first it lacks, at the `[`.
            OpKind::Generic(g, explicit) => {
                let text = op.text.to_string();
                let name = text
                    .trim_start_matches('(')
                    .trim_end_matches(')')
                    .to_string();
                let tparam = self.generics[g].decl.tparams.get(explicit.len());
                match tparam.and_then(|p| p.name.as_ref()) {
                    Some((tp, declared)) if !explicit.is_empty() => {
                        let at = self.tparam_declared_at(g, tp, *declared);
                        let lbrack = op.pos + name.find('[').unwrap_or(0) as u32;
                        let name = tp.clone();
                        self.report(lbrack, TypeError::CannotInferHere { name, at });
                    }
                    _ => self.report(op.pos, TypeError::GenericWithoutInstantiation { name }),
                }
                None
            }
            OpKind::Const(v) => {
                let ty = self.types.default_type(op.ty);
                if ty == T::INVALID {
                    return None;
                }
                // A float constant takes its type's precision.
                let v = match self.float_format(ty) {
                    Some(fmt) => match v.to_rational().and_then(|r| round_float(&r, fmt)) {
                        Some(bits) => Value::Float(float_value(bits, fmt)),
                        None => return None,
                    },
                    None => v,
                };
                Some(tir::Expr {
                    ty,
                    kind: tir::ExprKind::Const(v),
                })
            }
            OpKind::NoValue(_) => {
                self.no_value(&op, op.pos);
                None
            }
            OpKind::Invalid => None,
            OpKind::Func(f) => {
                // gc resolves what a function variable holds (escape/call.go) and judges a
                // library appender's calls through it as direct ones; memrun judges only those.
                let name = &self.prog.funcs[f].name;
                if super::stackslices::library_appender(name).is_some() {
                    let what = tir::generic_name(name);
                    let what = what.rsplit_once('/').map_or(what, |(_, n)| n);
                    let what = format!("{what} as a function value");
                    self.appender_values.push((self.file, op.pos, what));
                }
                let t = self.func_sig_type(f);
                Some(self.func_value(f, t))
            }
            OpKind::Fmt(f) => {
                // Its calls are the compiler's intrinsics; as a value it is the library's
                // wrapper that calls it (fmt.printlnValue for fmt.Println).
                match self.fmt_func_value(f) {
                    Some(v) => Some(v),
                    None => {
                        self.unsupported(op.pos, &format!("fmt.{f:?} as a function value"));
                        None
                    }
                }
            }
            OpKind::Method(id, recv) => Some(self.method_value(id, *recv)),
            OpKind::IfaceMethod(recv, index) => Some(self.iface_method_value(*recv, index, op.ty)),
            OpKind::Package(p) => {
                self.report(op.pos, TypeError::PackageNotInSelector { path: p });
                None
            }
            OpKind::Builtin(b) => {
                self.report(op.pos, TypeError::BuiltinNotCalled { name: b.to_owned() });
                None
            }
            _ => {
                self.not_an_expression(&op);
                None
            }
        }
    }

    /// gc's error for an operand that is not a value: a type (`int (type) is not an
    /// expression`), a generic function not instantiated, anything else by its text.
    pub(super) fn not_an_expression(&mut self, op: &Operand) {
        let error = match op.kind {
            OpKind::Type => TypeError::NotAnExpression {
                x: format!("{} (type)", op.text),
            },
            OpKind::Generic(..) => TypeError::GenericWithoutInstantiation {
                name: op.text.to_string(),
            },
            _ => TypeError::NotAnExpression {
                x: op.text.to_string(),
            },
        };
        self.report(op.pos, error);
    }

    /// A call's argument or a literal's element (gc's generic expression lists): a generic
    /// type there is a type, not an expression (elsewhere it is one not instantiated).
    pub(super) fn list_expr<'e>(&mut self, a: &'e ast::Expr) -> Operand<'e> {
        if let AK::Ident(n) = &a.kind {
            if let Some(Entity::GenericType(_)) = self.lookup(n) {
                let x = format!("{n} (type)");
                self.report(a.pos, TypeError::NotAnExpression { x });
                return Operand::invalid(a.pos);
            }
        }
        self.expr(a)
    }

    /// Converts an untyped constant operand to `ty` (representability checked).
    pub(super) fn convert_untyped<'e>(
        &mut self,
        op: Operand<'e>,
        ty: TypeId,
        ctx: &str,
    ) -> Option<Operand<'e>> {
        if !self.types.is_untyped(op.ty) {
            return Some(op);
        }
        if op.ty == T::UNTYPED_NIL {
            if !self.types.nilable(ty) {
                self.cannot_use(&op, ty, ctx);
                return None;
            }
            let mut o = op;
            o.ty = ty;
            if let OpKind::Value(e) = &mut o.kind {
                e.ty = ty;
            }
            return Some(o);
        }
        let OpKind::Const(v) = &op.kind else {
            // A non-constant shift of an untyped constant takes the type of its context.
            if let (Some(k), OpKind::Value(_)) = (self.types.int_kind(ty), &op.kind) {
                if self.types.is_integer(op.ty) {
                    let mut o = op;
                    if let OpKind::Value(e) = &mut o.kind {
                        if let Err(v) = retype(e, ty, k) {
                            let ty = self.tn(ty);
                            self.report(
                                o.pos,
                                TypeError::ShiftOverflowsIn {
                                    v: v.to_string(),
                                    ty: ty.to_string(),
                                    ctx: ctx.to_string(),
                                },
                            );
                            return None;
                        }
                    }
                    o.ty = ty;
                    return Some(o);
                }
            }
            // Untyped bool values from comparisons.
            // (taking the boolean type of the context: `bool` or a defined one).
            if op.ty == T::UNTYPED_BOOL && self.types.is_boolean(ty) {
                let ty = if self.types.is_untyped(ty) {
                    T::BOOL
                } else {
                    ty
                };
                let mut o = op;
                o.ty = ty;
                if let OpKind::Value(e) = &mut o.kind {
                    e.ty = ty;
                }
                return Some(o);
            }
            self.cannot_use(&op, ty, ctx);
            return None;
        };
        let ok = match (self.types.int_kind(ty), op.ty) {
            (Some(k), T::UNTYPED_INT | T::UNTYPED_RUNE) => {
                let i = v.as_int().cloned().unwrap_or_default();
                if !k.fits(&i) && self.is_standin(ty) {
                    let error = self.standin_const_error(&op, ty, ctx);
                    self.report(op.pos, error);
                    return None;
                }
                if !k.fits(&i) {
                    let what = if ctx.is_empty() {
                        String::new()
                    } else {
                        format!(" in {ctx}")
                    };
                    let (d, ty) = (self.describe(&op), self.tn(ty));
                    self.report(
                        op.pos,
                        TypeError::CannotUseOverflows {
                            d: d.to_string(),
                            ty: ty.to_string(),
                            what: what.to_string(),
                        },
                    );
                    return None;
                }
                true
            }
            (Some(k), T::UNTYPED_FLOAT) => {
                let r = v.to_rational().unwrap_or_default();
                let i = r.to_integer();
                if (!r.is_integer() || !k.fits(&i)) && self.is_standin(ty) {
                    let error = self.standin_const_error(&op, ty, ctx);
                    self.report(op.pos, error);
                    return None;
                }
                if !r.is_integer() || !k.fits(&i) {
                    let what = if ctx.is_empty() {
                        String::new()
                    } else {
                        format!(" in {ctx}")
                    };
                    let (d, ty) = (self.describe(&op), self.tn(ty));
                    self.report(op.pos, TypeError::CannotUseTruncated { d, ty, what });
                    return None;
                }
                let mut o = op;
                o.ty = ty;
                o.kind = OpKind::Const(Value::Int(i));
                return Some(o);
            }
            (None, T::UNTYPED_INT | T::UNTYPED_RUNE | T::UNTYPED_FLOAT)
                if self.float_format(ty).is_some() =>
            {
                let fmt = self.float_format(ty).unwrap_or(FloatFormat::F64);
                match v.to_rational().and_then(|r| round_float(&r, fmt)) {
                    Some(bits) => {
                        let mut o = op;
                        o.ty = ty;
                        o.kind = OpKind::Const(Value::Float(float_value(bits, fmt)));
                        return Some(o);
                    }
                    None if self.is_standin(ty) => {
                        let error = self.standin_const_error(&op, ty, ctx);
                        self.report(op.pos, error);
                        return None;
                    }
                    None => {
                        let what = if ctx.is_empty() {
                            String::new()
                        } else {
                            format!(" in {ctx}")
                        };
                        let (d, ty) = (self.describe(&op), self.tn(ty));
                        self.report(op.pos, TypeError::CannotUseOverflows { d, ty, what });
                        return None;
                    }
                }
            }
            _ if ty == T::INVALID => return None,
            (_, T::UNTYPED_BOOL) => self.types.basic(ty) == Some(Basic::Bool),
            (_, T::UNTYPED_STRING) => self.types.basic(ty) == Some(Basic::String),
            _ => false,
        };
        if !ok {
            self.cannot_use(&op, ty, ctx);
            return None;
        }
        let mut o = op;
        o.ty = ty;
        Some(o)
    }

    /// Reports the use of a call without results as a value.
    pub(super) fn no_value(&mut self, op: &Operand, pos: Pos) {
        self.report(
            pos,
            TypeError::NoValueUsed {
                x: op.text.to_string(),
            },
        );
    }

    /// True if `o` is one value; else reports it (a call without results, or with several) and
    /// gives false.
    pub(super) fn single_value(&mut self, o: &Operand) -> bool {
        if matches!(o.kind, OpKind::NoValue(_)) {
            self.no_value(o, o.pos);
            return false;
        }
        if self.types.is_tuple(o.ty) {
            let t = self.tn(o.ty);
            self.report(
                o.pos,
                TypeError::MultipleValueInSingleContext {
                    x: o.text.to_string(),
                    t,
                },
            );
            return false;
        }
        true
    }

    /// gc's "cannot use X as T value in CTX".
    fn cannot_use(&mut self, op: &Operand, ty: TypeId, ctx: &str) {
        if self.broken(ty) || self.broken(op.ty) {
            return;
        }
        // An interface holding what is wanted: gc says a type assertion is needed.
        let hint = if self.types.is_interface(op.ty)
            && !self.types.is_interface(ty)
            && self.types.implements(ty, op.ty).is_ok()
        {
            ": need type assertion".to_string()
        } else if self.types.is_interface(ty) && !self.types.is_untyped(op.ty) {
            match self.types.implements(op.ty, ty) {
                Err(why) => format!(": {}", self.not_implemented_reason(op.ty, ty, &why)),
                Ok(()) => String::new(),
            }
        } else {
            String::new()
        };
        // gc writes plain `nil` where a type parameter's value is wanted.
        let d = if op.ty == T::UNTYPED_NIL && self.is_standin(ty) {
            "nil".to_owned()
        } else {
            self.describe(op)
        };
        let ty = self.tn(ty);
        self.report(
            op.pos,
            TypeError::CannotUse {
                d,
                ty,
                ctx: format!("{ctx}{hint}"),
            },
        );
    }

    pub(super) fn assign_op<'e>(
        &mut self,
        op: Operand<'e>,
        ty: TypeId,
        ctx: &str,
    ) -> Option<tir::Expr> {
        if matches!(op.kind, OpKind::Invalid) {
            return None;
        }
        if ty == T::INVALID {
            // No type to take: an error was reported for the target, or the operand is not a
            // value (a package, a builtin, a function), which `value_expr` reports.
            if !matches!(op.kind, OpKind::Value(_) | OpKind::Const(_)) {
                self.value_expr(op);
            }
            return None;
        }
        // A generic function where a function type is wanted: its type arguments come from
        // that type (Go 1.21).
        let op = match op.kind {
            OpKind::Generic(g, ref explicit) => {
                // Passed to a call, what it leaves to infer is reported at the call.
                let call = ctx
                    .strip_prefix("argument to ")
                    .and_then(|f| Some((f.to_owned(), self.call_lparen?)));
                let explicit = explicit.clone();
                if self.is_signature(ty) || call.is_some() {
                    self.instance_for_type(g, explicit, ty, op, call)?
                } else {
                    op
                }
            }
            _ => op,
        };
        if !self.single_value(&op) {
            return None;
        }
        let to_iface = self.types.is_interface(ty);
        let op = if self.types.is_untyped(op.ty) {
            if to_iface && op.ty != T::UNTYPED_NIL {
                // An untyped constant in an interface takes its default type.
                let d = self.types.default_type(op.ty);
                self.convert_untyped(op, d, ctx)?
            } else {
                self.convert_untyped(op, ty, ctx)?
            }
        } else {
            op
        };
        if !self.types.assignable(op.ty, ty) {
            self.cannot_use(&op, ty, ctx);
            return None;
        }
        let src = op.ty;
        let at = op.pos;
        let mut e = self.value_expr(op)?;
        if to_iface && !self.types.is_interface(src) && src != T::UNTYPED_NIL && src != ty {
            if !self.fmt_ready(src, at) {
                return None;
            }
            return Some(tir::Expr {
                ty,
                kind: tir::ExprKind::Box(Box::new(e)),
            });
        }
        if to_iface && self.types.is_interface(src) && !self.same_iface_layout(src, ty) {
            return Some(tir::Expr {
                ty,
                kind: tir::ExprKind::ConvIface(Box::new(e)),
            });
        }
        e.ty = ty;
        Some(e)
    }

    /// A constant of `ty`, with the overflow check for typed constants.
    pub(super) fn typed_const<'e>(
        &mut self,
        v: Value,
        ty: TypeId,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        if let Some(fmt) = self.float_format(ty) {
            let Some(bits) = v.to_rational().and_then(|r| round_float(&r, fmt)) else {
                let name = self.tn(ty);
                self.report(
                    pos,
                    TypeError::ConstantOverflows {
                        i: v.to_string(),
                        name,
                    },
                );
                return Operand::invalid(pos);
            };
            return self.mk(
                pos,
                text,
                ty,
                OpKind::Const(Value::Float(float_value(bits, fmt))),
            );
        }
        if let (Some(_), Value::Float(r)) = (self.types.int_kind(ty), &v) {
            if r.is_integer() {
                return self.typed_const(Value::Int(r.to_integer()), ty, pos, text);
            }
        }
        if let (Some(k), Value::Int(i)) = (self.types.int_kind(ty), &v) {
            if !k.fits(i) {
                let name = self.tn(ty);
                if text.to_string() == i.to_string() {
                    self.report(
                        pos,
                        TypeError::ConstantOverflows {
                            i: i.to_string(),
                            name: name.to_string(),
                        },
                    );
                } else {
                    self.report(
                        pos,
                        TypeError::ConstantExprOverflows {
                            text: text.to_string(),
                            i: i.to_string(),
                            name: name.to_string(),
                        },
                    );
                }
                return Operand::invalid(pos);
            }
        }
        self.mk(pos, text, ty, OpKind::Const(v))
    }

    pub(super) fn convert_operand<'e>(
        &mut self,
        o: Operand<'e>,
        t: TypeId,
        text: &Text<'e>,
        other: &Operand<'e>,
        comparison: bool,
    ) -> Option<Operand<'e>> {
        // An untyped constant compared with an interface is boxed with its default type.
        if self.types.is_interface(t) && o.ty != T::UNTYPED_NIL {
            let pos = o.pos;
            let text = o.text.clone();
            let v = self.assign_op(o, t, "comparison")?;
            return Some(Operand {
                ty: t,
                kind: OpKind::Value(v),
                pos,
                text,
                var: false,
            });
        }
        let compatible = match o.ty {
            T::UNTYPED_INT | T::UNTYPED_RUNE | T::UNTYPED_FLOAT => {
                self.types.int_kind(t).is_some() || self.float_format(t).is_some()
            }
            T::UNTYPED_BOOL => self.types.basic(t) == Some(Basic::Bool),
            T::UNTYPED_STRING => self.types.basic(t) == Some(Basic::String),
            T::UNTYPED_NIL => self.types.nilable(t),
            _ => false,
        };
        if !compatible && (self.broken(t) || self.broken(o.ty)) {
            return None;
        }
        // A constant that some type of a type parameter's set cannot hold (x == 1 with
        // `T int | string`): gc's conversion error.
        if !compatible && self.is_standin(t) && matches!(o.kind, OpKind::Const(_)) {
            let error = self.standin_const_error(&o, t, "");
            self.report(o.pos, error);
            return None;
        }
        if !compatible {
            // gc names the types in source order.
            let (first, second) = if o.pos <= other.pos {
                (self.tn(o.ty), self.tn(t))
            } else {
                (self.tn(t), self.tn(o.ty))
            };
            // gc reports a comparison's mismatch at its second operand.
            let at = if comparison {
                o.pos.max(other.pos)
            } else {
                o.pos.min(other.pos)
            };
            self.report(
                at,
                TypeError::MismatchedTypes {
                    text: text.to_string(),
                    first: first.to_string(),
                    second: second.to_string(),
                },
            );
            return None;
        }
        if self.is_standin(t) && !self.const_fits(&o, t) {
            // A constant operand with a type parameter's: gc names no reason.
            let error = self.standin_const_error(&o, t, "");
            self.report(o.pos, error);
            return None;
        }
        if matches!(o.kind, OpKind::Const(_)) {
            if let (Some(k), OpKind::Const(Value::Int(i))) = (self.types.int_kind(t), &o.kind) {
                if !k.fits(i) && matches!(o.ty, T::UNTYPED_RUNE | T::UNTYPED_INT) {
                    let (d, t) = (self.describe(&o), self.tn(t));
                    self.report(
                        o.pos,
                        TypeError::CannotUseOverflowsBare {
                            d: d.to_string(),
                            t: t.to_string(),
                        },
                    );
                    return None;
                }
            }
            if let Some(fmt) = self.float_format(t) {
                let OpKind::Const(v) = &o.kind else {
                    unreachable!("a constant")
                };
                let Some(bits) = v.to_rational().and_then(|r| round_float(&r, fmt)) else {
                    let (d, t) = (self.describe(&o), self.tn(t));
                    self.report(o.pos, TypeError::CannotUseOverflowsBare { d, t });
                    return None;
                };
                let mut o = o;
                o.ty = t;
                o.kind = OpKind::Const(Value::Float(float_value(bits, fmt)));
                return Some(o);
            }
            if let (Some(k), OpKind::Const(Value::Float(r))) = (self.types.int_kind(t), &o.kind) {
                let i = r.to_integer();
                if !r.is_integer() || !k.fits(&i) {
                    self.report(
                        o.pos,
                        TypeError::TruncatedToInt {
                            x: self.describe(&o),
                        },
                    );
                    return None;
                }
                let mut o = o;
                o.ty = t;
                o.kind = OpKind::Const(Value::Int(i));
                return Some(o);
            }
            let mut o = o;
            o.ty = t;
            return Some(o);
        }
        let mut o = o;
        o.ty = t;
        if let OpKind::Value(e) = &mut o.kind {
            if let Some(k) = self.types.int_kind(t) {
                if let Err(v) = retype(e, t, k) {
                    let t = self.tn(t);
                    self.report(
                        o.pos,
                        TypeError::ShiftOverflows {
                            v: v.to_string(),
                            t: t.to_string(),
                        },
                    );
                    return None;
                }
            } else {
                e.ty = t;
            }
        }
        Some(o)
    }

    pub(super) fn conversion<'e>(
        &mut self,
        ty: TypeId,
        args: &'e [ast::Expr],
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let tyn = self.tn(ty);
        let Some(o) = self.single_arg(args, pos, "missing", |w| {
            TypeError::ConversionArgumentCount {
                which: w.to_owned(),
                ty: tyn.clone(),
            }
        }) else {
            return Operand::invalid(pos);
        };
        // A generic function converted to a function type: instantiated from it.
        let o = match o.kind {
            OpKind::Generic(g, ref explicit) if self.is_signature(ty) => {
                let explicit = explicit.clone();
                match self.instance_for_type(g, explicit, ty, o, None) {
                    Some(o) => o,
                    None => return Operand::invalid(pos),
                }
            }
            _ => o,
        };
        if self.is_standin(ty) && self.types.is_untyped(o.ty) && !self.const_fits(&o, ty) {
            // gc: the constant as a value, and the term it does not fit.
            let d = format!("{} ({} value)", o.text, self.tn(o.ty));
            let (u, tname) = (self.tn(self.types.underlying(ty)), self.tn(ty));
            let why = match &o.kind {
                OpKind::Const(Value::Int(i)) if self.types.int_kind(ty).is_some() => {
                    format!("constant {i} overflows {u} (in {tname})")
                }
                _ => format!(
                    "cannot convert {} to type {u} (in {tname})",
                    self.describe(&o)
                ),
            };
            self.report(o.pos, TypeError::CannotConvertBecause { d, tyn, why });
            return Operand::invalid(pos);
        }
        match (self.types.int_kind(ty), &o.kind) {
            (Some(k), OpKind::Const(Value::Int(i))) => {
                if !k.fits(i) {
                    let d = self.describe(&o);
                    self.report(
                        o.pos,
                        TypeError::CannotConvert {
                            d: d.to_string(),
                            tyn: tyn.to_string(),
                        },
                    );
                    return Operand::invalid(pos);
                }
                return self.mk(pos, text, ty, OpKind::Const(Value::Int(i.clone())));
            }
            (Some(k), OpKind::Const(Value::Float(r))) => {
                let i = r.to_integer();
                if !r.is_integer() || !k.fits(&i) {
                    let d = self.describe(&o);
                    self.report(o.pos, TypeError::CannotConvert { d, tyn });
                    return Operand::invalid(pos);
                }
                return self.mk(pos, text, ty, OpKind::Const(Value::Int(i)));
            }
            (None, OpKind::Const(v @ (Value::Int(_) | Value::Float(_))))
                if self.float_format(ty).is_some() && self.types.is_numeric(o.ty) =>
            {
                let fmt = self.float_format(ty).unwrap_or(FloatFormat::F64);
                let Some(bits) = v.to_rational().and_then(|r| round_float(&r, fmt)) else {
                    let d = self.describe(&o);
                    self.report(o.pos, TypeError::CannotConvert { d, tyn });
                    return Operand::invalid(pos);
                };
                return self.mk(
                    pos,
                    text,
                    ty,
                    OpKind::Const(Value::Float(float_value(bits, fmt))),
                );
            }
            (_, OpKind::Const(Value::Int(i)))
                if self.types.is_string(ty) && self.types.is_integer(o.ty) =>
            {
                let ch = i.to_u32().and_then(char::from_u32).unwrap_or('\u{fffd}');
                return self.mk(
                    pos,
                    text,
                    ty,
                    OpKind::Const(Value::Str(ch.to_string().into_bytes())),
                );
            }
            (_, OpKind::Const(Value::Str(s)))
                if self.types.is_string(ty) && self.types.is_string(o.ty) =>
            {
                return self.mk(pos, text, ty, OpKind::Const(Value::Str(s.clone())));
            }
            (_, OpKind::Const(Value::Bool(b)))
                if self.types.is_boolean(ty) && self.types.is_boolean(o.ty) =>
            {
                return self.mk(pos, text, ty, OpKind::Const(Value::Bool(*b)));
            }
            _ => {}
        }
        if self.types.is_interface(ty) {
            // To an interface: the value boxed.
            let Some(v) = self.assign_op(o, ty, "conversion") else {
                return Operand::invalid(pos);
            };
            return self.mk(pos, text, ty, OpKind::Value(v));
        }
        if o.ty == T::UNTYPED_NIL && self.types.nilable(ty) {
            let zero = tir::Expr {
                ty,
                kind: tir::ExprKind::Zero,
            };
            return self.mk(pos, text, ty, OpKind::Value(self.retyped(zero)));
        }
        let src = self.types.default_type(o.ty);
        // A conversion between type parameters valid term by term is valid in every instance
        // (`Q(p)` of `P ~*A, Q ~*B` with Q a named pointer type).
        let by_terms = self.standins_convertible(src, ty) == Some(true);
        if by_terms {
            self.generic_conversions.insert((self.file, pos));
        }
        let ok = (self.types.convertible(src, ty)
            || by_terms
            || self.generic_conversions.contains(&(self.file, pos)))
            && !self.standin_blocks_conversion(src, ty);
        if !ok && (self.broken(src) || self.broken(ty)) {
            return Operand::invalid(pos);
        }
        if !ok {
            let d = self.describe(&o);
            let error = match self.conversion_cause(src, ty) {
                Some(why) => TypeError::CannotConvertBecause { d, tyn, why },
                None => TypeError::CannotConvert { d, tyn },
            };
            self.report(o.pos, error);
            return Operand::invalid(pos);
        }
        let Some(v) = self.assign_op(o, src, "conversion") else {
            return Operand::invalid(pos);
        };
        // A slice to an array or a pointer to one: checked at run time.
        let to_array_pointer = matches!(
            self.types.kind(self.types.underlying(ty)),
            TypeKind::Pointer(e) if self.types.array_len(*e).is_some()
        );
        if self.types.slice_elem(src).is_some()
            && (self.types.array_len(ty).is_some() || to_array_pointer)
        {
            let kind = tir::ExprKind::SliceToArray(Box::new(v));
            return self.mk(pos, text, ty, OpKind::Value(tir::Expr { ty, kind }));
        }
        // Between strings and byte or rune slices, a conversion copies.
        let bytes = |t: TypeId| {
            self.types
                .slice_elem(t)
                .map(|e| self.types.identical(self.types.underlying(e), T::UINT8))
        };
        let special = match (self.types.is_string(src), self.types.is_string(ty)) {
            (true, false) => bytes(ty).map(|b| {
                if b {
                    tir::ExprKind::StringToBytes(
                        Box::new(v.clone()),
                        false,
                        tir::Site::new(self.file, pos),
                    )
                } else {
                    tir::ExprKind::StringToRunes(
                        Box::new(v.clone()),
                        tir::Site::new(self.file, pos),
                    )
                }
            }),
            (false, true) => bytes(src).map(|b| {
                if b {
                    tir::ExprKind::BytesToString(Box::new(v.clone()))
                } else {
                    tir::ExprKind::RunesToString(Box::new(v.clone()))
                }
            }),
            _ => None,
        };
        if let Some(kind) = special {
            return self.mk(pos, text, ty, OpKind::Value(tir::Expr { ty, kind }));
        }
        // Between types with identical underlying types (`string(name)`, `Celsius(i)`), or
        // identical but for struct tags (also unnamed pointers to such), a conversion only
        // changes the type.
        let (su, tu) = (self.types.underlying(src), self.types.underlying(ty));
        let base = |t: TypeId| match self.types.kind(t) {
            crate::compile::types::TypeKind::Pointer(e) => Some(self.types.underlying(*e)),
            _ => None,
        };
        let pointers = base(su)
            .zip(base(tu))
            .is_some_and(|(a, b)| self.types.identical_ignoring_tags(a, b));
        if !self.types.identical(su, tu) && (self.types.identical_ignoring_tags(su, tu) || pointers)
        {
            self.prog.tag_conversions.push((src, ty));
            self.func.renames += 1;
            let mut v = v;
            v.ty = ty;
            return self.mk(pos, text, ty, OpKind::Value(self.retyped(v)));
        }
        if self.types.identical(su, tu) {
            self.func.renames += 1;
            let mut v = v;
            v.ty = ty;
            return self.mk(pos, text, ty, OpKind::Value(self.retyped(v)));
        }
        self.mk(
            pos,
            text,
            ty,
            OpKind::Value(tir::Expr {
                ty,
                kind: tir::ExprKind::Convert(Box::new(v)),
            }),
        )
    }

    /// An explicit conversion's value: marked for a slice, boolean or function type (see
    /// [`tir::ExprKind::Retype`]).
    fn retyped(&self, v: tir::Expr) -> tir::Expr {
        let func = matches!(
            self.types.kind(self.types.underlying(v.ty)),
            TypeKind::Signature(_)
        );
        if self.types.slice_elem(v.ty).is_some() || self.types.is_boolean(v.ty) || func {
            tir::Expr {
                ty: v.ty,
                kind: tir::ExprKind::Retype(Box::new(v)),
            }
        } else {
            v
        }
    }

    /// In an assignment of one value to `n` targets, `m[k]`, `x.(T)` and `<-ch` give their
    /// value and whether the key was present, the assertion held, a value was received.
    pub(super) fn comma_ok<'e>(&mut self, op: Operand<'e>, n: usize) -> Operand<'e> {
        use tir::ExprKind as K;
        if n != 2 {
            return op;
        }
        let OpKind::Value(e) = &op.kind else {
            return op;
        };
        let kind = match &e.kind {
            K::MapIndex(m, k) => K::MapIndexOk(m.clone(), k.clone()),
            K::TypeAssert(x, false) => K::TypeAssert(x.clone(), true),
            K::Recv(c, false) => K::Recv(c.clone(), true),
            K::SelectRecv(v, ok, false) => K::SelectRecv(*v, *ok, true),
            _ => return op,
        };
        let tt = self.types.tuple(vec![e.ty, T::BOOL]);
        Operand {
            ty: tt,
            kind: OpKind::Value(tir::Expr { ty: tt, kind }),
            ..op
        }
    }

    /// The float format of a floating-point type.
    pub(super) fn float_format(&self, t: TypeId) -> Option<FloatFormat> {
        match self.types.basic(t) {
            Some(Basic::Float32) => Some(FloatFormat::F32),
            Some(Basic::Float64) => Some(FloatFormat::F64),
            _ => None,
        }
    }

    /// Readies values of `t` for fmt, which finds their methods (and those of what is inside
    /// them) in their descriptors.
    pub(super) fn fmt_ready(&mut self, t: TypeId, _pos: Pos) -> bool {
        self.need_methods(t);
        true
    }
}
