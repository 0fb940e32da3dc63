//! The builtins of slices and memory: `new`, `make`, `append`, `copy`, `cap`, `clear`,
//! `min`, `max` (and `len` of arrays), with gc's errors.

use super::*;

/// A builtin's arguments: as written, or already checked (its only argument a call, whose
/// results, several for `max(g())`, are the operands).
pub(super) enum Args<'e> {
    Written(&'e [ast::Expr]),
    Checked(Vec<Operand<'e>>),
}

impl Args<'_> {
    /// How many arguments gc counts (a multi-value call's results each).
    pub(super) fn len(&self) -> usize {
        match self {
            Args::Written(a) => a.len(),
            Args::Checked(ops) => ops.len(),
        }
    }
}

impl<'a> Checker<'a> {
    /// Reports gc's argument-count error for builtin `b` unless `args` has between `min` and
    /// `max` (None: any number) arguments; the arguments are still checked.
    fn builtin_count(
        &mut self,
        args: &Args,
        min: usize,
        max: Option<usize>,
        pos: Pos,
        text: &Text,
    ) -> bool {
        let n = args.len();
        let which = if n < min {
            "not enough"
        } else if max.is_some_and(|m| n > m) {
            "too many"
        } else {
            return true;
        };
        let expected = if n < min { min } else { max.unwrap_or(min) };
        if let Args::Written(args) = args {
            for a in *args {
                if !matches!(a.kind, AK::Composite { ty: None, .. }) {
                    self.expr(a);
                }
            }
        }
        self.report(
            pos,
            TypeError::BuiltinCount {
                which: which.into(),
                call: text.to_string(),
                expected,
                found: n,
            },
        );
        false
    }

    /// Reports gc's count error for a one-argument builtin given a multi-value call
    /// (`len(g())`: too many arguments, each result counted); true if it did.
    pub(super) fn tuple_argument(&mut self, o: &Operand, pos: Pos, text: &Text) -> bool {
        if !self.types.is_tuple(o.ty) {
            return false;
        }
        let found = self.types.tuple_types(o.ty).len();
        self.report(
            pos,
            TypeError::BuiltinCount {
                which: "too many".into(),
                call: text.to_string(),
                expected: 1,
                found,
            },
        );
        true
    }

    /// Argument `i` of a builtin, checked (an untyped composite literal with `hint` as its
    /// type, as an element of `append`).
    pub(super) fn builtin_operand<'e>(
        &mut self,
        args: &Args<'e>,
        i: usize,
        hint: Option<TypeId>,
    ) -> Operand<'e> {
        match args {
            Args::Written(a) => match (&a[i].kind, hint) {
                (AK::Composite { ty: None, .. }, Some(_)) => self.composite(&a[i], hint),
                _ => self.expr(&a[i]),
            },
            Args::Checked(ops) => ops[i].clone(),
        }
    }

    fn value_op<'e>(
        &self,
        pos: Pos,
        text: Text<'e>,
        ty: TypeId,
        kind: tir::ExprKind,
    ) -> Operand<'e> {
        self.mk(pos, text, ty, OpKind::Value(tir::Expr { ty, kind }))
    }

    /// True for the builtins of this file.
    pub(super) fn memory_builtin_name(&self, b: &str) -> bool {
        matches!(
            b,
            "new" | "cap" | "make" | "append" | "copy" | "clear" | "min" | "max" | "delete"
        )
    }

    /// The builtins of this file; None for other names.
    pub(super) fn memory_builtin<'e>(
        &mut self,
        b: &str,
        args: &'e [ast::Expr],
        dots: bool,
        pos: Pos,
        text: Text<'e>,
    ) -> Option<Operand<'e>> {
        Some(match b {
            "new" => {
                if !self.builtin_count(&Args::Written(args), 1, Some(1), pos, &text) {
                    return Some(Operand::invalid(pos));
                }
                let o = self.expr(&args[0]);
                let v = match o.kind {
                    OpKind::Invalid => return Some(Operand::invalid(pos)),
                    OpKind::Type => tir::Expr {
                        ty: o.ty,
                        kind: tir::ExprKind::Zero,
                    },
                    _ => {
                        // Go 1.26: new(v) allocates a variable holding v.
                        let t = self.types.default_type(o.ty);
                        match self.assign_op(o, t, "argument to new") {
                            Some(v) => v,
                            None => return Some(Operand::invalid(pos)),
                        }
                    }
                };
                let pt = self.types.pointer(v.ty);
                self.value_op(pos, text, pt, tir::ExprKind::HeapAlloc(Box::new(v)))
            }
            "cap" => {
                if !self.builtin_count(&Args::Written(args), 1, Some(1), pos, &text) {
                    return Some(Operand::invalid(pos));
                }
                let o = self.expr(&args[0]);
                if matches!(o.kind, OpKind::Invalid) || self.tuple_argument(&o, pos, &text) {
                    return Some(Operand::invalid(pos));
                }
                if let Some((n, _, _)) = self.array_operand(o.ty) {
                    return Some(self.array_len_const(o, n, pos, text));
                }
                if let Some(r) = self.chan_len(&o, true, pos, &text) {
                    return Some(r);
                }
                if self.types.slice_elem(o.ty).is_none() {
                    self.report(
                        o.pos,
                        TypeError::InvalidCapArgument {
                            x: self.describe(&o),
                        },
                    );
                    return Some(Operand::invalid(pos));
                }
                let Some(mut v) = self.value_expr(o) else {
                    return Some(Operand::invalid(pos));
                };
                // A conversion read only for its capacity: gc's has the length.
                if let tir::ExprKind::StringToBytes(_, exact, _) = &mut v.kind {
                    *exact = true;
                }
                self.cap_sites.push((pos, v.clone(), None));
                self.value_op(pos, text, T::INT, tir::ExprKind::Cap(Box::new(v)))
            }
            "make" => self.make(args, pos, text),
            "clear" => {
                if !self.builtin_count(&Args::Written(args), 1, Some(1), pos, &text) {
                    return Some(Operand::invalid(pos));
                }
                let o = self.expr(&args[0]);
                if matches!(o.kind, OpKind::Invalid) || self.tuple_argument(&o, pos, &text) {
                    return Some(Operand::invalid(pos));
                }
                let is_map = matches!(
                    self.types.kind(self.types.underlying(o.ty)),
                    TypeKind::Map(..)
                );
                if !is_map && self.types.slice_elem(o.ty).is_none() {
                    self.report(
                        o.pos,
                        TypeError::CannotClear {
                            x: self.describe(&o),
                        },
                    );
                    return Some(Operand::invalid(pos));
                }
                let Some(v) = self.value_expr(o) else {
                    return Some(Operand::invalid(pos));
                };
                let e = tir::Expr {
                    ty: T::INVALID,
                    kind: tir::ExprKind::Clear(Box::new(v)),
                };
                self.mk(pos, text, T::INVALID, OpKind::NoValue(e))
            }
            "append" | "copy" | "delete" | "min" | "max" => {
                self.spreadable_builtin(b, Args::Written(args), dots, pos, text)
            }
            _ => return None,
        })
    }

    /// The builtins whose only argument may be a multi-value call (`max(g())`): `append`,
    /// `copy`, `delete`, `min`, `max`, `print`, `println`.
    pub(super) fn spreadable_builtin<'e>(
        &mut self,
        b: &str,
        args: Args<'e>,
        dots: bool,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        match b {
            "append" => self.append(args, dots, pos, text),
            "min" | "max" => self.min_max(b == "max", args, pos, text),
            "print" | "println" => self.print_builtin(b, args, pos, text),
            "copy" => {
                if !self.builtin_count(&args, 2, Some(2), pos, &text) {
                    return Operand::invalid(pos);
                }
                let d = self.builtin_operand(&args, 0, None);
                let s = self.builtin_operand(&args, 1, None);
                if matches!(d.kind, OpKind::Invalid) || matches!(s.kind, OpKind::Invalid) {
                    return Operand::invalid(pos);
                }
                for (o, strings) in [(&d, false), (&s, true)] {
                    if let Some((a, b)) = self.mismatched_elems(o.ty, strings) {
                        let (op, x) = ("copy", self.describe(o));
                        self.report(o.pos, TypeError::MismatchedSliceElems { op, a, b, x });
                        return Operand::invalid(pos);
                    }
                }
                let Some(de) = self.types.slice_elem(d.ty) else {
                    self.report(
                        d.pos,
                        TypeError::NotASliceArg {
                            what: "copy".into(),
                            x: self.describe(&d),
                        },
                    );
                    return Operand::invalid(pos);
                };
                let se = if self.types.is_string(s.ty) {
                    Some(T::BYTE)
                } else {
                    self.types.slice_elem(s.ty)
                };
                let Some(se) = se else {
                    self.report(
                        s.pos,
                        TypeError::NotASliceArg {
                            what: "copy".into(),
                            x: self.describe(&s),
                        },
                    );
                    return Operand::invalid(pos);
                };
                if !self.types.identical(de, se) {
                    let text = format!("{} and {}", self.describe(&d), self.describe(&s));
                    let (a, b) = (self.tn(de), self.tn(se));
                    self.report(d.pos, TypeError::CopyMismatch { text, a, b });
                    return Operand::invalid(pos);
                }
                let st = self.types.default_type(s.ty);
                let (Some(dv), Some(sv)) = (
                    self.value_expr(d),
                    self.assign_op(s, st, "argument to copy"),
                ) else {
                    return Operand::invalid(pos);
                };
                self.value_op(
                    pos,
                    text,
                    T::INT,
                    tir::ExprKind::Copy(Box::new(dv), Box::new(sv)),
                )
            }
            "delete" => {
                if !self.builtin_count(&args, 2, Some(2), pos, &text) {
                    return Operand::invalid(pos);
                }
                let m = self.builtin_operand(&args, 0, None);
                if matches!(m.kind, OpKind::Invalid) {
                    self.builtin_operand(&args, 1, None);
                    return Operand::invalid(pos);
                }
                if !self.set_elems_agree(m.ty, true) {
                    let x = self.describe(&m);
                    self.report(m.pos, TypeError::DeleteKeys { x });
                    self.builtin_operand(&args, 1, None);
                    return Operand::invalid(pos);
                }
                let TypeKind::Map(kt, _) = *self.types.kind(self.types.underlying(m.ty)) else {
                    self.report(
                        m.pos,
                        TypeError::NotAMap {
                            x: self.describe(&m),
                        },
                    );
                    self.builtin_operand(&args, 1, None);
                    return Operand::invalid(pos);
                };
                let k = self.builtin_operand(&args, 1, None);
                let (Some(k), Some(mv)) = (
                    self.assign_op(k, kt, "argument to delete"),
                    self.value_expr(m),
                ) else {
                    return Operand::invalid(pos);
                };
                let e = tir::Expr {
                    ty: T::INVALID,
                    kind: tir::ExprKind::Delete(Box::new(mv), Box::new(k)),
                };
                self.mk(pos, text, T::INVALID, OpKind::NoValue(e))
            }
            _ => unreachable!("a builtin that takes a multi-value call"),
        }
    }

    /// `len` or `cap` of an array (or a pointer to one): the constant length.
    pub(super) fn array_len_const<'e>(
        &mut self,
        o: Operand<'e>,
        n: u64,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        if let OpKind::Value(v) = &o.kind {
            // Not a constant either for a type parameter's array: gc's len of a type
            // parameter is never constant, in any instance (the generic body, checked first
            // with stand-ins, says where).
            // (A pointer to one too; not an array of them, whose length is its type's.)
            let pointee = match self.types.kind(o.ty) {
                TypeKind::Pointer(e) => Some(*e),
                _ => None,
            };
            let standin = self.is_standin(o.ty) || pointee.is_some_and(|e| self.is_standin(e));
            if standin {
                self.generic_lens.insert((self.file, pos));
            }
            if contains_call(v) || standin || self.generic_lens.contains(&(self.file, pos)) {
                // Not a constant then: the call runs, the length is the array's.
                let v = v.clone();
                return self.value_op(pos, text, T::INT, tir::ExprKind::Len(Box::new(v)));
            }
        }
        self.mk(
            pos,
            text,
            T::INT,
            OpKind::Const(Value::Int(BigInt::from(n))),
        )
    }

    /// A length or capacity argument of `make`: an integer (constant: representable as `int`
    /// and not negative).
    fn size_arg(&mut self, e: &ast::Expr) -> Option<(tir::Expr, Option<BigInt>)> {
        let o = self.expr(e);
        if matches!(o.kind, OpKind::Invalid) {
            return None;
        }
        let o = if self.types.is_untyped(o.ty) {
            if !matches!(o.ty, T::UNTYPED_INT | T::UNTYPED_RUNE) {
                let d = self.describe(&o);
                self.report(
                    o.pos,
                    TypeError::CannotConvert {
                        d,
                        tyn: "int".into(),
                    },
                );
                return None;
            }
            self.convert_untyped(o, T::INT, "argument to make")?
        } else {
            o
        };
        if !self.types.is_integer(o.ty) {
            self.report(
                o.pos,
                TypeError::IndexNotInteger {
                    x: self.describe(&o),
                },
            );
            return None;
        }
        let k = match &o.kind {
            OpKind::Const(Value::Int(i)) => {
                if i.is_negative() {
                    self.report(
                        o.pos,
                        TypeError::IndexNegative {
                            x: self.describe(&o),
                        },
                    );
                    return None;
                }
                Some(i.clone())
            }
            _ => None,
        };
        let t = o.ty;
        Some((self.assign_op(o, t, "argument to make")?, k))
    }

    fn make<'e>(&mut self, args: &'e [ast::Expr], pos: Pos, text: Text<'e>) -> Operand<'e> {
        if !self.builtin_count(&Args::Written(args), 1, None, pos, &text) {
            return Operand::invalid(pos);
        }
        let t = self.expr(&args[0]);
        match t.kind {
            OpKind::Invalid => return Operand::invalid(pos),
            OpKind::Type => {}
            _ => {
                self.report(
                    t.pos,
                    TypeError::NotAType {
                        n: t.text.to_string(),
                    },
                );
                return Operand::invalid(pos);
            }
        }
        let ty = t.ty;
        if let Some(why) = self.no_common_under(ty, SetOp::Make) {
            let (op, x) = (SetOp::Make, self.tn(ty));
            self.report(args[0].pos, TypeError::NoCommonUnder { op, x, why });
            return Operand::invalid(pos);
        }
        match self.types.kind(self.types.underlying(ty)) {
            TypeKind::Slice(_) => {}
            kind @ (TypeKind::Map(..) | TypeKind::Chan(..)) => {
                let is_map = matches!(kind, TypeKind::Map(..));
                // make(map[K]V[, hint]), make(chan T[, size]).
                if args.len() > 2 {
                    self.report(
                        pos,
                        TypeError::MakeMapArgCount {
                            call: text.to_string(),
                            n: args.len(),
                        },
                    );
                    return Operand::invalid(pos);
                }
                let size = match args.get(1) {
                    Some(h) => match self.size_arg(h) {
                        Some((v, _)) => Some(Box::new(v)),
                        None => return Operand::invalid(pos),
                    },
                    None => None,
                };
                let kind = if is_map {
                    tir::ExprKind::MakeMap(size)
                } else {
                    tir::ExprKind::MakeChan(size)
                };
                return self.value_op(pos, text, ty, kind);
            }
            _ if self.broken(ty) => return Operand::invalid(pos),
            _ => {
                let ty = self.tn(ty);
                self.report(args[0].pos, TypeError::CannotMake { ty });
                return Operand::invalid(pos);
            }
        }
        if args.len() < 2 || args.len() > 3 {
            self.report(
                pos,
                TypeError::MakeArgCount {
                    call: text.to_string(),
                    n: args.len(),
                },
            );
            return Operand::invalid(pos);
        }
        let len = self.size_arg(&args[1]);
        let cap = args.get(2).map(|c| self.size_arg(c));
        let (Some((l, lk)), Some(cap)) = (len, cap.map_or(Some(None), |c| c.map(Some))) else {
            return Operand::invalid(pos);
        };
        if let (Some(a), Some((_, Some(b)))) = (&lk, &cap) {
            if a > b {
                self.report(args[1].pos, TypeError::MakeLenLargerThanCap);
                return Operand::invalid(pos);
            }
        }
        let kind = tir::ExprKind::MakeSlice(Box::new(l), cap.map(|c| Box::new(c.0)));
        self.value_op(pos, text, ty, kind)
    }

    fn append<'e>(&mut self, args: Args<'e>, dots: bool, pos: Pos, text: Text<'e>) -> Operand<'e> {
        // `s = append(s, …)` (the statement's whole right side, base s through reslices).
        let to_itself = matches!(args, Args::Written(_)) && self.call_to_itself == Some(pos);
        if !self.builtin_count(&args, 1, None, pos, &text) {
            return Operand::invalid(pos);
        }
        let so = self.builtin_operand(&args, 0, None);
        if matches!(so.kind, OpKind::Invalid) {
            for i in 1..args.len() {
                self.builtin_operand(&args, i, None);
            }
            return Operand::invalid(pos);
        }
        let Some(elem) = self.types.slice_elem(so.ty) else {
            let x = if so.ty == T::UNTYPED_NIL {
                "untyped nil".to_string()
            } else {
                self.describe(&so)
            };
            self.report(
                so.pos,
                TypeError::NotASliceArg {
                    what: "append".into(),
                    x,
                },
            );
            for i in 1..args.len() {
                self.builtin_operand(&args, i, None);
            }
            return Operand::invalid(pos);
        };
        if let Some((a, b)) = self.mismatched_elems(so.ty, false) {
            let x = self.describe(&so);
            let op = "append";
            self.report(so.pos, TypeError::MismatchedSliceElems { op, a, b, x });
            return Operand::invalid(pos);
        }
        let ty = so.ty;
        let Some(sv) = self.value_expr(so) else {
            return Operand::invalid(pos);
        };
        if dots {
            if args.len() != 2 {
                self.builtin_count(&args, 2, Some(2), pos, &text);
                return Operand::invalid(pos);
            }
            let to = self.builtin_operand(&args, 1, None);
            if matches!(to.kind, OpKind::Invalid) {
                return Operand::invalid(pos);
            }
            // append([]byte, string...) is allowed.
            let t = if self.types.is_string(to.ty)
                && self.types.identical(self.types.underlying(elem), T::UINT8)
            {
                self.types.default_type(to.ty)
            } else {
                ty
            };
            let Some(tv) = self.assign_op(to, t, "argument to append") else {
                return Operand::invalid(pos);
            };
            let kind = tir::ExprKind::AppendSlice(Box::new(sv.clone()), Box::new(tv));
            // One that never grows shares its storage whatever gc allocates.
            if super::stackslices::shrinking(&tir::Expr {
                ty,
                kind: kind.clone(),
            })
            .is_none()
            {
                self.append_sites.push((pos, sv, to_itself));
            }
            return self.value_op(pos, text, ty, kind);
        }
        self.append_sites.push((pos, sv.clone(), to_itself));
        let mut vals = Vec::new();
        let mut ok = true;
        for i in 1..args.len() {
            let o = self.builtin_operand(&args, i, Some(elem));
            match self.assign_op(o, elem, "argument to append") {
                Some(v) => vals.push(v),
                None => ok = false,
            }
        }
        if !ok {
            return Operand::invalid(pos);
        }
        self.value_op(
            pos,
            text,
            ty,
            tir::ExprKind::Append(Box::new(sv), vals, tir::Site::new(self.file, pos)),
        )
    }

    fn min_max<'e>(&mut self, max: bool, args: Args<'e>, pos: Pos, text: Text<'e>) -> Operand<'e> {
        if !self.builtin_count(&args, 1, None, pos, &text) {
            return Operand::invalid(pos);
        }
        let ops: Vec<Operand<'e>> = (0..args.len())
            .map(|i| self.builtin_operand(&args, i, None))
            .collect();
        if ops.iter().any(|o| matches!(o.kind, OpKind::Invalid)) {
            return Operand::invalid(pos);
        }
        for o in &ops {
            if !self.single_value(o) {
                return Operand::invalid(pos);
            }
            if !self.types.is_ordered(o.ty) {
                self.report(
                    o.pos,
                    TypeError::CannotBeOrdered {
                        x: self.describe(o),
                    },
                );
                return Operand::invalid(pos);
            }
        }
        // All constants: a constant, of the typed operand's type if there is one.
        if ops.iter().all(|o| matches!(o.kind, OpKind::Const(_))) {
            let mut best = ops[0].clone();
            for o in &ops[1..] {
                let both_typed = !self.types.is_untyped(o.ty) && !self.types.is_untyped(best.ty);
                if self.types.is_string(best.ty) != self.types.is_string(o.ty)
                    || (both_typed && !self.types.identical(o.ty, best.ty))
                {
                    self.mismatched_arg(&best, o);
                    return Operand::invalid(pos);
                }
                let ord = match (&best.kind, &o.kind) {
                    (OpKind::Const(Value::Str(a)), OpKind::Const(Value::Str(b))) => a.cmp(b),
                    (OpKind::Const(a), OpKind::Const(b)) => {
                        match (a.to_rational(), b.to_rational()) {
                            (Some(a), Some(b)) => a.cmp(&b),
                            _ => std::cmp::Ordering::Equal,
                        }
                    }
                    _ => std::cmp::Ordering::Equal,
                };
                let rank = |t: TypeId| match t {
                    T::UNTYPED_INT => 1,
                    T::UNTYPED_RUNE => 2,
                    T::UNTYPED_FLOAT => 3,
                    _ => 0,
                };
                let ty = if self.types.is_untyped(best.ty)
                    && (!self.types.is_untyped(o.ty) || rank(o.ty) > rank(best.ty))
                {
                    o.ty
                } else {
                    best.ty
                };
                let take = if max {
                    ord == std::cmp::Ordering::Less
                } else {
                    ord == std::cmp::Ordering::Greater
                };
                if take {
                    best = o.clone();
                }
                best.ty = ty;
            }
            let OpKind::Const(v) = best.kind else {
                unreachable!("constant")
            };
            return self.typed_const(v, best.ty, pos, text);
        }
        // The operands' common type: the typed one's.
        let ty = ops
            .iter()
            .find(|o| !self.types.is_untyped(o.ty))
            .map(|o| o.ty)
            .unwrap_or(T::INT);
        let mut vals = Vec::new();
        let mut prev: Option<Operand> = None;
        for o in ops {
            if !self.types.is_untyped(o.ty) && !self.types.identical(o.ty, ty) {
                self.mismatched_arg(prev.as_ref().unwrap_or(&o), &o);
                return Operand::invalid(pos);
            }
            prev = Some(o.clone());
            // A constant a type parameter's types cannot all hold: gc's conversion error.
            if self.is_standin(ty) && !self.const_fits(&o, ty) {
                let error = self.standin_const_error(&o, ty, "");
                self.report(o.pos, error);
                return Operand::invalid(pos);
            }
            match self.assign_op(o, ty, "argument to min or max") {
                Some(v) => vals.push(v),
                None => return Operand::invalid(pos),
            }
        }
        self.value_op(pos, text, ty, tir::ExprKind::MinMax(max, vals))
    }

    /// `print(x, …)`, `println(x, …)`.
    fn print_builtin<'e>(
        &mut self,
        b: &str,
        args: Args<'e>,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let mut vals = Vec::new();
        let mut ok = true;
        for i in 0..args.len() {
            let o = self.builtin_operand(&args, i, None);
            if matches!(o.kind, OpKind::Invalid) {
                ok = false;
                continue;
            }
            if !self.single_value(&o) {
                ok = false;
                continue;
            }
            let t = self.types.default_type(o.ty);
            if o.ty == T::UNTYPED_NIL {
                self.report(
                    o.pos,
                    TypeError::UntypedNilUse {
                        ctx: format!("argument to built-in {b}"),
                    },
                );
                ok = false;
                continue;
            }
            match self.assign_op(o, t, &format!("argument to built-in {b}")) {
                Some(v) => vals.push(v),
                None => ok = false,
            }
        }
        if !ok {
            return Operand::invalid(pos);
        }
        let which = if b == "print" {
            FmtFn::BuiltinPrint
        } else {
            FmtFn::BuiltinPrintln
        };
        let e = tir::Expr {
            ty: T::INVALID,
            kind: tir::ExprKind::Fmt(which, vals),
        };
        self.mk(pos, text, T::INVALID, OpKind::NoValue(e))
    }

    fn mismatched_arg(&mut self, prev: &Operand, o: &Operand) {
        let (p, t) = (self.tn(prev.ty), self.tn(o.ty));
        self.report(
            o.pos,
            TypeError::MismatchedArgTypes {
                prev: p,
                t,
                x: o.text.to_string(),
            },
        );
    }
}

/// Whether evaluating `e` calls a function or receives: then `len`/`cap` of an array it is
/// are not constant, and it is evaluated.
pub(super) fn contains_call(e: &tir::Expr) -> bool {
    crate::compile::deep(|| contains_call_here(e))
}

fn contains_call_here(e: &tir::Expr) -> bool {
    use tir::ExprKind as K;
    match &e.kind {
        // The spec's "channel receives or (non-constant) function calls": calls, receives and
        // the builtins with a value that is not constant. (Not conversions, type assertions
        // or literals: `len(x.([4]int))` is 4 whatever x holds, and does not panic.)
        K::Call(..)
        | K::Fmt(..)
        | K::Intrinsic(..)
        | K::CallValue(..)
        | K::CallIface(..)
        | K::Recv(..)
        | K::Select(..)
        | K::Recover
        | K::MakeSlice(..)
        | K::MakeChan(..)
        | K::Append(..)
        | K::AppendSlice(..)
        | K::Copy(..)
        | K::Len(_)
        | K::Cap(_)
        | K::ChanLen(..)
        | K::MinMax(..)
        | K::MakeMap(..)
        | K::MapIterInit(..)
        | K::MapIterNext(_) => true,
        // `new(T)` (`&T{…}` is a literal, not a call).
        K::HeapAlloc(x) if !matches!(x.kind, K::Composite(..)) => true,
        kind => {
            let mut found = false;
            kind.for_each_operand(&mut |x| found = found || contains_call(x));
            found
        }
    }
}

impl<'a> Checker<'a> {
    /// A builtin whose only argument is a call (`max(g())`, `copy(g())`): None when it is
    /// not one of those that take a multi-value call, else the builtin checked on the call's
    /// results. gc's front end binds several results to temporaries and applies the builtin
    /// to them; memrun applies it in a function of its own, called as `f(g())` is, so that
    /// every later pass sees an ordinary call.
    pub(super) fn builtin_of_call<'e>(
        &mut self,
        b: &str,
        args: &'e [ast::Expr],
        dots: bool,
        pos: Pos,
        text: &Text<'e>,
    ) -> Option<Operand<'e>> {
        let spreads = matches!(
            b,
            "append" | "copy" | "delete" | "min" | "max" | "print" | "println"
        );
        if !spreads || dots || args.len() != 1 || !matches!(args[0].kind, AK::Call { .. }) {
            return None;
        }
        let o = self.expr(&args[0]);
        if matches!(o.kind, OpKind::Invalid) {
            return Some(Operand::invalid(pos));
        }
        if !self.types.is_tuple(o.ty) {
            let args = Args::Checked(vec![o]);
            return Some(self.spreadable_builtin(b, args, dots, pos, text.clone()));
        }
        if b == "append" {
            // Where gc keeps the grown storage depends on its escape analysis of the
            // temporaries, which a function of memrun's own would change.
            self.report(
                pos,
                TypeError::Unsupported {
                    what: "append of a multi-value call (append(g()))".into(),
                },
            );
            return Some(Operand::invalid(pos));
        }
        let ts = self.types.tuple_types(o.ty);
        let temps: Vec<LocalId> = ts.iter().map(|&t| self.temp(t)).collect();
        let ops = temps
            .iter()
            .zip(&ts)
            .enumerate()
            .map(|(i, (&l, &ty))| {
                let kind = OpKind::Value(tir::Expr {
                    ty,
                    kind: tir::ExprKind::Local(l),
                });
                // gc's name for each.
                let text = Text::Owned(format!("{} function result", ordinal(i + 1)));
                self.mk(o.pos, text, ty, kind)
            })
            .collect();
        let r = self.spreadable_builtin(b, Args::Checked(ops), dots, pos, text.clone());
        let (body, value) = match r.kind {
            OpKind::Value(e) => (e, true),
            OpKind::NoValue(e) => (e, false),
            _ => return Some(Operand::invalid(pos)),
        };
        let ty = body.ty;
        let Some(call) = self.value_expr(o) else {
            return Some(Operand::invalid(pos));
        };
        let f = self.builtin_function(b, &temps, body, value);
        let e = tir::Expr {
            ty,
            kind: tir::ExprKind::Call(f, vec![call]),
        };
        let kind = if value {
            OpKind::Value(e)
        } else {
            OpKind::NoValue(e)
        };
        Some(self.mk(pos, text.clone(), ty, kind))
    }

    /// A function applying builtin `b` to its parameters: `body`, checked over the enclosing
    /// function's `temps`, which become the parameters.
    fn builtin_function(
        &mut self,
        b: &str,
        temps: &[LocalId],
        mut body: tir::Expr,
        value: bool,
    ) -> FuncId {
        let mut func = tir::Func {
            name: format!("{}·{b}", self.func.name),
            results: if value { vec![body.ty] } else { Vec::new() },
            checking: self.in_checking_instance(),
            ..Default::default()
        };
        let params: Vec<LocalId> = temps
            .iter()
            .map(|&t| func.locals.push(self.func.locals[t]))
            .collect();
        func.params = params.clone();
        fn rename(e: &mut tir::Expr, temps: &[LocalId], params: &[LocalId]) {
            crate::compile::deep(|| {
                if let tir::ExprKind::Local(l) = &mut e.kind {
                    if let Some(i) = temps.iter().position(|t| t == l) {
                        *l = params[i];
                    }
                }
                e.kind
                    .for_each_operand_mut(&mut |x| rename(x, temps, params));
            })
        }
        rename(&mut body, temps, &params);
        func.body = vec![if value {
            tir::Stmt::Return(vec![body])
        } else {
            tir::Stmt::Eval(body)
        }];
        self.prog.funcs.push(func)
    }
}
