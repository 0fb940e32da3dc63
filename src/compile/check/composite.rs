//! Composite literals (`T{…}`, `[...]T{…}`, elided inner types, `&T{…}`), struct fields and
//! selectors, pointers (`&x`, `*p`) and what may have its address taken.

use super::*;

impl<'a> Checker<'a> {
    /// A composite literal of the written type, or of `hint` when the type is elided inside an
    /// enclosing literal.
    pub(super) fn composite<'e>(&mut self, e: &'e ast::Expr, hint: Option<TypeId>) -> Operand<'e> {
        let AK::Composite { ty, elems, rbrace } = &e.kind else {
            unreachable!("composite literal")
        };
        let pos = e.pos;
        let (lit_ty, dots) = match ty.as_deref() {
            Some(ast::Expr {
                kind: AK::ArrayType(None, elem),
                ..
            }) => match self.resolve_type(elem) {
                Some(et) => (et, true),
                None => {
                    self.skip_elems(elems);
                    return Operand::invalid(pos);
                }
            },
            Some(t) => match self.resolve_type(t) {
                Some(t) => (t, false),
                None => {
                    self.skip_elems(elems);
                    return Operand::invalid(pos);
                }
            },
            None => match hint {
                Some(t) => (t, false),
                None => {
                    self.report(pos, TypeError::MissingLiteralType);
                    self.skip_elems(elems);
                    return Operand::invalid(pos);
                }
            },
        };
        if self.no_common_under(lit_ty, SetOp::Literal).is_some() {
            let (op, x, why) = (SetOp::Literal, self.tn(lit_ty), String::new());
            self.report(pos, TypeError::NoCommonUnder { op, x, why });
            self.skip_elems(elems);
            return Operand::invalid(pos);
        }
        // An elided `&T` in a literal of pointers: the element is `&T{…}`.
        if !dots && ty.is_none() {
            // Also of a defined pointer type (`type PS *S`), or a type parameter's (`P *S`).
            if let TypeKind::Pointer(base) = *self.types.kind(self.types.underlying(lit_ty)) {
                let inner = self.composite(e, Some(base));
                let Some(v) = self.value_expr(inner) else {
                    return Operand::invalid(pos);
                };
                let kind = tir::ExprKind::HeapAlloc(Box::new(v));
                return self.mk(
                    pos,
                    Text::Expr(e),
                    lit_ty,
                    OpKind::Value(tir::Expr { ty: lit_ty, kind }),
                );
            }
        }
        let under = if dots {
            TypeKind::Array(u64::MAX, lit_ty)
        } else {
            self.types.kind(self.types.underlying(lit_ty)).clone()
        };
        let (ty, elems) = match under {
            TypeKind::Struct(fields) => {
                let Some(v) = self.struct_literal(lit_ty, &fields, elems, *rbrace) else {
                    return Operand::invalid(pos);
                };
                (lit_ty, v)
            }
            TypeKind::Array(n, elem) => {
                let len = if dots { None } else { Some(n) };
                let Some((v, max)) = self.indexed_literal(elem, len, elems) else {
                    return Operand::invalid(pos);
                };
                let ty = if dots {
                    self.types.array(max, elem)
                } else {
                    lit_ty
                };
                (ty, v)
            }
            TypeKind::Slice(elem) => {
                let Some((v, _)) = self.indexed_literal(elem, None, elems) else {
                    return Operand::invalid(pos);
                };
                (lit_ty, v)
            }
            TypeKind::Map(kt, vt) => {
                let Some(v) = self.map_literal(kt, vt, elems) else {
                    return Operand::invalid(pos);
                };
                let kind = tir::ExprKind::MapLit(v);
                return self.mk(
                    pos,
                    Text::Expr(e),
                    lit_ty,
                    OpKind::Value(tir::Expr { ty: lit_ty, kind }),
                );
            }
            _ => {
                if lit_ty != T::INVALID && !self.broken(lit_ty) {
                    let t = self.tn(lit_ty);
                    self.report(pos, TypeError::InvalidCompositeType { ty: t });
                }
                self.skip_elems(elems);
                return Operand::invalid(pos);
            }
        };
        let kind = tir::ExprKind::Composite(elems);
        self.mk(
            pos,
            Text::Expr(e),
            ty,
            OpKind::Value(tir::Expr { ty, kind }),
        )
    }

    /// Checks the elements of a literal that failed, for their own errors and uses.
    fn skip_elems(&mut self, elems: &[ast::Expr]) {
        for el in elems {
            let v = match &el.kind {
                AK::KeyValue(_, v) => v,
                _ => el,
            };
            if !matches!(v.kind, AK::Composite { ty: None, .. }) {
                self.expr(v);
            }
        }
    }

    /// An element's value, of type `ty` (an elided literal takes it).
    fn element(&mut self, v: &ast::Expr, ty: TypeId, ctx: &str) -> Option<tir::Expr> {
        let o = if matches!(v.kind, AK::Composite { ty: None, .. }) {
            self.composite(v, Some(ty))
        } else {
            self.list_expr(v)
        };
        self.assign_op(o, ty, ctx)
    }

    fn struct_literal(
        &mut self,
        lit_ty: TypeId,
        fields: &[crate::compile::types::Field],
        elems: &[ast::Expr],
        rbrace: Pos,
    ) -> Option<Vec<(u64, tir::Expr)>> {
        let mut out = Vec::new();
        let mut ok = true;
        let keyed = elems
            .first()
            .is_some_and(|e| matches!(e.kind, AK::KeyValue(..)));
        let mut seen = vec![false; fields.len()];
        for (k, el) in elems.iter().enumerate() {
            match (&el.kind, keyed) {
                (AK::KeyValue(key, v), true) => {
                    let AK::Ident(name) = &key.kind else {
                        self.report(
                            key.pos,
                            TypeError::InvalidFieldName {
                                x: expr_string(key),
                            },
                        );
                        self.expr(v);
                        ok = false;
                        continue;
                    };
                    let Some(i) = fields.iter().position(|f| f.name == *name) else {
                        let ty = self.tn(lit_ty);
                        self.report(
                            key.pos,
                            TypeError::UnknownField {
                                name: name.clone(),
                                ty,
                            },
                        );
                        self.expr(v);
                        ok = false;
                        continue;
                    };
                    if seen[i] {
                        self.report(key.pos, TypeError::DuplicateField { name: name.clone() });
                        self.expr(v);
                        ok = false;
                        continue;
                    }
                    seen[i] = true;
                    match self.element(v, fields[i].ty, "struct literal") {
                        Some(v) => out.push((i as u64, v)),
                        None => ok = false,
                    }
                }
                (AK::KeyValue(..), false) | (_, true) => {
                    self.report(el.pos, TypeError::MixedStructLiteral);
                    let v = match &el.kind {
                        AK::KeyValue(_, v) => v,
                        _ => el,
                    };
                    self.expr(v);
                    ok = false;
                }
                (_, false) => {
                    if k >= fields.len() {
                        let ty = self.tn(lit_ty);
                        self.report(el.pos, TypeError::TooManyStructValues { ty });
                        return None;
                    }
                    match self.element(el, fields[k].ty, "struct literal") {
                        // A blank field stays zero: its value is evaluated and dropped.
                        Some(v) if fields[k].name == "_" => out.push((u64::MAX, v)),
                        Some(v) => out.push((k as u64, v)),
                        None => ok = false,
                    }
                }
            }
        }
        if ok && !keyed && !elems.is_empty() && elems.len() < fields.len() {
            let ty = self.tn(lit_ty);
            self.report(rbrace, TypeError::TooFewStructValues { ty });
            return None;
        }
        ok.then_some(out)
    }

    /// The entries of a map literal, with gc's errors for missing and duplicate constant keys.
    fn map_literal(
        &mut self,
        kt: TypeId,
        vt: TypeId,
        elems: &[ast::Expr],
    ) -> Option<Vec<(tir::Expr, tir::Expr)>> {
        let mut out = Vec::new();
        // Constant keys seen, with their type in the map (for an interface key, the dynamic
        // type: `1` and `MyInt(1)` are different keys of a map[any]T).
        let mut seen: Vec<(TypeId, Value)> = Vec::new();
        let mut ok = true;
        for el in elems {
            let AK::KeyValue(k, v) = &el.kind else {
                self.report(el.pos, TypeError::MissingMapKey);
                self.expr(el);
                ok = false;
                continue;
            };
            let ko = if matches!(k.kind, AK::Composite { ty: None, .. }) {
                self.composite(k, Some(kt))
            } else {
                self.expr(k)
            };
            if let OpKind::Const(c) = &ko.kind {
                let key_ty = if self.types.is_interface(kt) {
                    self.types.canonical(self.types.default_type(ko.ty))
                } else {
                    kt
                };
                let c = &(key_ty, c.clone());
                if seen.contains(c) {
                    self.report(
                        k.pos,
                        TypeError::DuplicateMapKey {
                            k: ko.text.to_string(),
                        },
                    );
                    ok = false;
                } else {
                    seen.push(c.clone());
                }
            }
            let kv = self.assign_op(ko, kt, "map literal");
            let vv = self.element(v, vt, "map literal");
            match (kv, vv) {
                (Some(k), Some(v)) => out.push((k, v)),
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// The elements of an array (of length `len`; None for `[...]T` and slices) or slice
    /// literal by index, and the literal's length.
    fn indexed_literal(
        &mut self,
        elem: TypeId,
        len: Option<u64>,
        elems: &[ast::Expr],
    ) -> Option<(Vec<(u64, tir::Expr)>, u64)> {
        let mut out: Vec<(u64, tir::Expr)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut ok = true;
        let mut next = 0u64;
        let mut max = 0u64;
        for el in elems {
            let (v, index) = match &el.kind {
                AK::KeyValue(key, v) => {
                    let ko = self.expr(key);
                    match &ko.kind {
                        OpKind::Const(Value::Int(i))
                            if self.types.is_integer(ko.ty) || ko.ty == T::UNTYPED_RUNE =>
                        {
                            match i.to_u64() {
                                Some(i) => {
                                    if let Some(n) = len.filter(|n| i >= *n) {
                                        self.report(
                                            key.pos,
                                            TypeError::IndexOutOfBounds {
                                                x: i.to_string(),
                                                n: n.to_string(),
                                            },
                                        );
                                        ok = false;
                                    }
                                    (v.as_ref(), Some(i))
                                }
                                None => {
                                    self.report(
                                        key.pos,
                                        TypeError::IndexNegative {
                                            x: self.describe(&ko),
                                        },
                                    );
                                    ok = false;
                                    (v.as_ref(), None)
                                }
                            }
                        }
                        OpKind::Invalid => {
                            ok = false;
                            (v.as_ref(), None)
                        }
                        _ => {
                            self.report(
                                key.pos,
                                TypeError::IndexMustBeConstant {
                                    x: ko.text.to_string(),
                                },
                            );
                            ok = false;
                            (v.as_ref(), None)
                        }
                    }
                }
                _ => {
                    if let Some(n) = len.filter(|n| next >= *n) {
                        self.report(
                            el.pos,
                            TypeError::LiteralIndexTooLarge {
                                i: next.to_string(),
                                n: n.to_string(),
                            },
                        );
                        ok = false;
                    }
                    (el, Some(next))
                }
            };
            if let Some(i) = index {
                if !seen.insert(i) {
                    let at = match &el.kind {
                        AK::KeyValue(k, _) => k.pos,
                        _ => el.pos,
                    };
                    self.report(at, TypeError::DuplicateIndex { i: i.to_string() });
                    ok = false;
                }
                next = i + 1;
                max = max.max(next);
            }
            match self.element(v, elem, "array or slice literal") {
                Some(x) => {
                    if let Some(i) = index {
                        out.push((i, x));
                    }
                }
                None => ok = false,
            }
        }
        ok.then_some((out, max))
    }

    /// `x.name`: a field (through pointers and embedded structs) or a package member.
    /// `x.f1.f2…` along a path of field indexes (embedded fields to a promoted one),
    /// dereferencing pointers on the way; and whether it went through one (making the result
    /// addressable).
    pub(super) fn field_path(&self, mut cur: tir::Expr, path: &[usize]) -> (tir::Expr, bool) {
        let mut through_ptr = false;
        for &i in path {
            if let TypeKind::Pointer(base) = *self.types.kind(self.types.underlying(cur.ty)) {
                cur = tir::Expr {
                    ty: base,
                    kind: tir::ExprKind::Deref(Box::new(cur)),
                };
                through_ptr = true;
            }
            let ft = match self.types.kind(self.types.underlying(cur.ty)) {
                TypeKind::Struct(fs) => fs[i].ty,
                _ => T::INVALID,
            };
            cur = tir::Expr {
                ty: ft,
                kind: tir::ExprKind::Field(Box::new(cur), i),
            };
        }
        (cur, through_ptr)
    }

    pub(super) fn field_selector<'e>(
        &mut self,
        xo: Operand<'e>,
        name: &str,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        // A type parameter's value has its constraint's methods but no fields, and a pointer
        // to one has no methods at all.
        if let TypeKind::Pointer(base) = *self.types.kind(xo.ty) {
            if self.is_standin(base) {
                let (sel, ty) = (format!("{}.{name}", xo.text), self.tn(xo.ty));
                self.report(pos, TypeError::PointerToTypeParam { sel, ty });
                return Operand::invalid(pos);
            }
        }
        if self.is_standin(xo.ty) {
            match self.types.lookup_method(xo.ty, name, true) {
                Some(found) if found.path.is_empty() => {
                    return self.method_selector(xo, name, found, pos, text)
                }
                _ => return self.no_field_or_method(&xo, name, pos, String::new()),
            }
        }
        // Another package's unexported field is not there for this one.
        let found = self
            .types
            .lookup_field(xo.ty, name)
            .filter(|(path, _)| self.field_visible(xo.ty, path));
        let Some((path, fty)) = found else {
            if let Some(found) = self.types.lookup_method(xo.ty, name, true) {
                return self.method_selector(xo, name, found, pos, text);
            }
            if self.types.ambiguous_selector(xo.ty, name) {
                self.report(
                    pos,
                    TypeError::AmbiguousSelector {
                        x: format!("{}.{name}", xo.text),
                    },
                );
                return Operand::invalid(pos);
            }
            if self.broken(xo.ty) {
                return Operand::invalid(pos);
            }
            let base = match self.types.kind(xo.ty) {
                TypeKind::Pointer(e) => *e,
                _ => xo.ty,
            };
            if matches!(self.types.kind(xo.ty), TypeKind::Pointer(e) if self.types.is_interface(*e))
            {
                let ty = self.tn(xo.ty);
                self.report(
                    pos,
                    TypeError::PointerToInterface {
                        x: format!("{}.{name}", xo.text),
                        ty,
                    },
                );
                return Operand::invalid(pos);
            }
            if self
                .library_unsupported_methods
                .contains(&(base, name.to_string()))
            {
                let what = format!("the method {}.{name}", self.tn(base));
                self.unsupported(pos, &what);
                return Operand::invalid(pos);
            }
            let hint = self.case_hint(xo.ty, name);
            return self.no_field_or_method(&xo, name, pos, hint);
        };
        let mut var = xo.var;
        let xpos = xo.pos;
        let Some(cur) = self.value_expr(xo) else {
            return Operand::invalid(pos);
        };
        let (cur, through_ptr) = self.field_path(cur, &path);
        var |= through_ptr;
        debug_assert_eq!(cur.ty, fty);
        // gc places a field selection at its operand.
        let mut o = self.mk(xpos, text, fty, OpKind::Value(cur));
        o.var = var;
        o
    }

    /// gc's `x.name undefined (type T has no field or method name…)`.
    pub(super) fn no_field_or_method<'e>(
        &mut self,
        xo: &Operand<'e>,
        name: &str,
        pos: Pos,
        hint: String,
    ) -> Operand<'e> {
        let error = TypeError::NoFieldOrMethod {
            x: xo.text.to_string(),
            name: name.to_string(),
            ty: self.tn(xo.ty),
            hint,
        };
        self.report(pos, error);
        Operand::invalid(pos)
    }

    /// gc's hint for a selector that differs from a field or method only in case:
    /// `, but does have method Push`.
    /// Whether the field at the end of `path` in `t` is exported or of this package.
    fn field_visible(&self, t: TypeId, path: &[usize]) -> bool {
        let mut cur = t;
        let mut pkg = None;
        for &i in path {
            if let TypeKind::Pointer(e) = self.types.kind(self.types.underlying(cur)) {
                cur = *e;
            }
            let TypeKind::Struct(fs) = self.types.kind(self.types.underlying(cur)) else {
                return true;
            };
            let Some(f) = fs.get(i) else { return true };
            pkg = f.pkg;
            cur = f.ty;
        }
        pkg.is_none_or(|p| p == self.pkg)
    }

    fn case_hint(&self, t: TypeId, name: &str) -> String {
        let lower = name.to_lowercase();
        let base = match self.types.kind(self.types.underlying(t)) {
            TypeKind::Pointer(e) => *e,
            _ => t,
        };
        if let TypeKind::Named(n) = self.types.kind(base) {
            if let Some(m) = n.methods.iter().find(|m| m.name.to_lowercase() == lower) {
                return format!(", but does have method {}", m.name);
            }
        }
        if let TypeKind::Struct(fs) = self.types.kind(self.types.underlying(base)) {
            if let Some(f) = fs.iter().find(|f| f.name.to_lowercase() == lower) {
                return format!(", but does have field {}", f.name);
            }
        }
        String::new()
    }

    /// For a method selected at `pos` on a value (or type) of type `t`: in a generic body's
    /// check with stand-ins, notes the selector when `t` is a stand-in's (gc calls that method
    /// through its dictionary); in an instance, where the selector is (to mark) when `t` is a
    /// type argument's — it is a dictionary call if the body's check noted it
    /// ([`Checker::resolve_dictionary_calls`]).
    pub(super) fn maybe_dictionary(&mut self, t: TypeId, pos: Pos) -> Option<(usize, u32)> {
        let pointee = match self.types.kind(t) {
            TypeKind::Pointer(e) => Some(*e),
            _ => None,
        };
        let at = (self.file, pos);
        let standin = |x: &TypeId| self.checking_standins.contains_key(x);
        if standin(&t) || pointee.as_ref().is_some_and(standin) {
            self.dictionary_selectors.insert(at);
        }
        let targ = |x: &TypeId| self.instance_targs.contains(x);
        let maybe =
            !self.in_checking_instance() && (targ(&t) || pointee.as_ref().is_some_and(targ));
        maybe.then_some(at)
    }

    /// `x.M`: a method of `x`'s type (found through embedded fields at `found.path`), bound
    /// to the receiver: `&x` or `*p` taken as the method's receiver type needs.
    fn method_selector<'e>(
        &mut self,
        xo: Operand<'e>,
        name: &str,
        found: crate::compile::types::rules::FoundMethod,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        // A method value stands where its operand starts, as gc places it in messages.
        let xpos = xo.pos;
        let at = self.maybe_dictionary(xo.ty, pos);
        let Some(owner) = found.owner else {
            // A method of an interface (the operand's type, or an embedded field's).
            let Some(cur) = self.value_expr(xo) else {
                return Operand::invalid(pos);
            };
            let (cur, _) = self.field_path(cur, &found.path);
            let Some(index) = self.iface_method_index(cur.ty, name) else {
                return Operand::invalid(pos);
            };
            let cur = tir::Expr::dictionary_receiver(cur, at);
            return self.mk(
                xpos,
                text,
                found.sig,
                OpKind::IfaceMethod(Box::new(cur), index),
            );
        };
        let Some(&id) = self.method_funcs.get(&(owner, name.to_string())) else {
            // A library type's method memrun does not compile yet.
            self.unsupported(pos, &format!("the method {name}"));
            return Operand::invalid(pos);
        };
        if self.library_bodyless.contains(&id) {
            let what = format!("the method {}", self.prog.funcs[id].name);
            self.unsupported(pos, &what);
            return Operand::invalid(pos);
        }
        let ptr_recv = match self.types.kind(owner) {
            TypeKind::Named(n) => n.methods.iter().any(|m| m.name == name && m.ptr_recv),
            _ => false,
        };
        let xty = xo.ty;
        let mut var = xo.var;
        let Some(cur) = self.value_expr(xo) else {
            return Operand::invalid(pos);
        };
        let (cur, through_ptr) = self.field_path(cur, &found.path);
        var |= through_ptr;
        let is_ptr = matches!(self.types.kind(cur.ty), TypeKind::Pointer(_));
        let recv = match (ptr_recv, is_ptr) {
            (true, true) | (false, false) => cur,
            (false, true) => tir::Expr {
                ty: owner,
                kind: tir::ExprKind::Deref(Box::new(cur)),
            },
            (true, false) => {
                if !var {
                    let t = self.tn(xty);
                    self.report(
                        pos,
                        TypeError::PointerMethodOnValue {
                            m: name.to_string(),
                            t,
                        },
                    );
                    return Operand::invalid(pos);
                }
                self.escapes(&cur);
                let pt = self.types.pointer(cur.ty);
                tir::Expr {
                    ty: pt,
                    kind: tir::ExprKind::AddrOf(Box::new(cur)),
                }
            }
        };
        let recv = tir::Expr::dictionary_receiver(recv, at);
        let t = self.method_value_type(id);
        self.mk(xpos, text, t, OpKind::Method(id, Box::new(recv)))
    }

    /// `&x`: of an addressable operand (its variable then lives on the heap), or `&T{…}`.
    pub(super) fn address_of<'e>(
        &mut self,
        x: &'e ast::Expr,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        if matches!(x.unparen().kind, AK::Composite { .. }) {
            let o = self.composite(x.unparen(), None);
            let ty = o.ty;
            let Some(v) = self.value_expr(o) else {
                return Operand::invalid(pos);
            };
            let pt = self.types.pointer(ty);
            let kind = tir::ExprKind::HeapAlloc(Box::new(v));
            return self.mk(pos, text, pt, OpKind::Value(tir::Expr { ty: pt, kind }));
        }
        let xo = self.expr(x);
        if matches!(xo.kind, OpKind::Invalid) {
            return Operand::invalid(pos);
        }
        if !xo.var || !matches!(xo.kind, OpKind::Value(_)) {
            let mut xo = xo;
            xo.text = Text::Expr(x.unparen());
            self.report(
                x.unparen().pos,
                TypeError::CannotTakeAddress {
                    x: self.describe(&xo),
                },
            );
            return Operand::invalid(pos);
        }
        let ty = xo.ty;
        let Some(v) = self.value_expr(xo) else {
            return Operand::invalid(pos);
        };
        self.escapes(&v);
        let pt = self.types.pointer(ty);
        let kind = tir::ExprKind::AddrOf(Box::new(v));
        self.mk(pos, text, pt, OpKind::Value(tir::Expr { ty: pt, kind }))
    }

    /// The variable an addressable expression is part of has its address taken: it lives on
    /// the heap (memrun's escape rule).
    pub(super) fn escapes(&mut self, e: &tir::Expr) {
        crate::compile::deep(|| self.escapes_here(e))
    }

    fn escapes_here(&mut self, e: &tir::Expr) {
        match &e.kind {
            tir::ExprKind::Local(l) if !self.func.heap.contains(l) => self.func.heap.push(*l),
            tir::ExprKind::Field(x, _) | tir::ExprKind::ArrayIndex(x, _) => self.escapes(x),
            _ => {}
        }
    }

    /// `*x`: a pointer type, or the variable a pointer points to.
    pub(super) fn star<'e>(&mut self, x: &'e ast::Expr, pos: Pos, text: Text<'e>) -> Operand<'e> {
        let xo = self.expr(x);
        match &xo.kind {
            OpKind::Invalid => Operand::invalid(pos),
            OpKind::Type => {
                let pt = self.types.pointer(xo.ty);
                self.mk(pos, text, pt, OpKind::Type)
            }
            _ if !self.set_elems_agree(xo.ty, false) => {
                let x = self.describe(&xo);
                self.report(xo.pos, TypeError::DerefBases { x });
                Operand::invalid(pos)
            }
            _ => {
                let TypeKind::Pointer(base) = *self.types.kind(self.types.underlying(xo.ty)) else {
                    let x = if xo.ty == T::UNTYPED_NIL {
                        "nil".to_string()
                    } else {
                        self.describe(&xo)
                    };
                    self.report(xo.pos, TypeError::CannotIndirect { x });
                    return Operand::invalid(pos);
                };
                let Some(v) = self.value_expr(xo) else {
                    return Operand::invalid(pos);
                };
                let kind = tir::ExprKind::Deref(Box::new(v));
                let mut o = self.mk(pos, text, base, OpKind::Value(tir::Expr { ty: base, kind }));
                o.var = true;
                o
            }
        }
    }
}
