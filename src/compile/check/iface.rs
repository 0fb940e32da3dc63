//! Interfaces in the checker: interface types, the method tables of the types put into
//! interfaces (with the wrapper each table entry calls), calls of interface methods, type
//! assertions and type switches.

use super::*;
use crate::compile::types::print::Style;
use crate::compile::types::{IfaceMethod, TypeKind};

/// The method names the runtime library looks up in method tables (fmt and the panic report:
/// Error, String, GoString, Format) or names in its interfaces (errors' Unwrap, Is, As; io's):
/// a program's descriptors list these besides its own interfaces' methods, since the library
/// asserts the program's values to its interfaces. A unit test checks the library against it.
pub(crate) const RUNTIME_METHODS: [&str; 56] = [
    "As",
    "BlockSize",
    "Close",
    "Deadline",
    "Done",
    "Err",
    "Error",
    "Flag",
    "Format",
    "Get",
    "GoString",
    "Info",
    "Is",
    "IsBoolFlag",
    "IsDir",
    "Len",
    "Less",
    "Lock",
    "ModTime",
    "Mode",
    "Name",
    "Precision",
    "Read",
    "ReadAt",
    "ReadByte",
    "ReadFrom",
    "ReadRune",
    "Reset",
    "RuntimeError",
    "Scan",
    "Seek",
    "Set",
    "Signal",
    "Size",
    "SkipSpace",
    "String",
    "Sum",
    "Sum32",
    "Sum64",
    "Swap",
    "Sys",
    "Temporary",
    "Timeout",
    "Token",
    "Type",
    "Unlock",
    "UnreadByte",
    "UnreadRune",
    "Unwrap",
    "Value",
    "Width",
    "Write",
    "WriteAt",
    "WriteByte",
    "WriteString",
    "WriteTo",
];

impl<'a> Checker<'a> {
    /// `interface{ … }` with methods and embedded interfaces (type-set terms make a
    /// constraint, which memrun does not compile yet).
    pub(super) fn interface_type(&mut self, elems: &[ast::InterfaceElem]) -> Option<TypeId> {
        let mut methods: Vec<IfaceMethod> = Vec::new();
        let mut embeds = Vec::new();
        let mut unions = Vec::new();
        let mut declared: Vec<(String, Pos)> = Vec::new();
        // Every method so far, explicit or embedded: name, where, signature.
        let mut embedded: Vec<(String, Pos, TypeId)> = Vec::new();
        let mut ok = true;
        for el in elems {
            match el {
                ast::InterfaceElem::Method(name, sig) => {
                    self.indirect += 1;
                    let st = self.func_type(sig);
                    self.indirect -= 1;
                    if name.0 == "_" {
                        self.report(name.1, TypeError::BlankMethod);
                        ok = false;
                        continue;
                    }
                    if let Some(&(_, prev)) = declared.iter().find(|(n, _)| *n == name.0) {
                        self.duplicate_method(name.1, &name.0, prev);
                        ok = false;
                        continue;
                    }
                    declared.push((name.0.clone(), name.1));
                    let Some(st) = st else {
                        ok = false;
                        continue;
                    };
                    if let Some(&(_, prev, sig)) = embedded.iter().find(|(n, _, _)| *n == name.0) {
                        if !self.types.identical(sig, st) {
                            self.duplicate_method(name.1, &name.0, prev);
                            ok = false;
                            continue;
                        }
                    }
                    embedded.push((name.0.clone(), name.1, st));
                    self.prog.iface_method_names.insert(name.0.clone());
                    methods.push(IfaceMethod {
                        name: name.0.clone(),
                        pkg: (!is_exported(&name.0)).then_some(self.pkg),
                        sig: st,
                    });
                }
                ast::InterfaceElem::Embed(e) => {
                    let is_term =
                        matches!(&e.kind, AK::Binary(Op::Or, ..) | AK::Unary(Op::Tilde, _));
                    if is_term {
                        // A union of type terms: one more restriction of the type set.
                        self.constraint_depth += 1;
                        let terms = self.union_terms(e);
                        self.constraint_depth -= 1;
                        match terms {
                            Some(terms) => unions.push(terms),
                            None => ok = false,
                        }
                        continue;
                    }
                    self.constraint_depth += 1;
                    let t = self.resolve_type(e);
                    self.constraint_depth -= 1;
                    let Some(t) = t else {
                        ok = false;
                        continue;
                    };
                    match self.types.kind(self.types.underlying(t)).clone() {
                        TypeKind::Interface(i) if i.is_basic() => {
                            for m in &i.methods {
                                self.prog.iface_method_names.insert(m.name.clone());
                                // The same name twice is allowed only with identical
                                // signatures.
                                if let Some(&(_, prev, sig)) =
                                    embedded.iter().find(|(n, _, _)| *n == m.name)
                                {
                                    if !self.types.identical(sig, m.sig) {
                                        self.duplicate_method(e.pos, &m.name, prev);
                                        ok = false;
                                    }
                                    continue;
                                }
                                embedded.push((m.name.clone(), e.pos, m.sig));
                            }
                            embeds.push(t);
                        }
                        // A constraint interface: its type set and methods fold in.
                        TypeKind::Interface(_) => embeds.push(t),
                        _ if self.broken(t) => ok = false,
                        // A single type term.
                        _ => unions.push(vec![crate::compile::types::Term {
                            tilde: false,
                            ty: t,
                        }]),
                    }
                }
            }
        }
        ok.then(|| self.types.interface(methods, unions, false, embeds))
    }

    /// gc's "duplicate method M", with where the other one is.
    fn duplicate_method(&mut self, at: Pos, name: &str, prev: Pos) {
        let prev = related(prev, &format!("other declaration of method {name}"));
        self.report(
            at,
            TypeError::DuplicateMethod {
                name: name.to_string(),
                prev,
            },
        );
    }

    /// The type of a call with results `rtys` (a tuple for several, INVALID for none).
    pub(super) fn results_type(&mut self, rtys: &[TypeId]) -> TypeId {
        match rtys {
            [] => T::INVALID,
            [t] => *t,
            _ => self.types.tuple(rtys.to_vec()),
        }
    }

    /// The receiver a method declared on `owner` (`ptr_recv`: on `*owner`) takes, from `cur`
    /// (the value or a pointer to it, addressable when a pointer method needs its address).
    pub(super) fn method_receiver(
        &mut self,
        cur: tir::Expr,
        owner: TypeId,
        ptr_recv: bool,
    ) -> tir::Expr {
        let cur_ptr = matches!(self.types.kind(cur.ty), TypeKind::Pointer(_));
        match (ptr_recv, cur_ptr) {
            (false, true) => tir::Expr {
                ty: owner,
                kind: tir::ExprKind::Deref(Box::new(cur)),
            },
            (true, false) => {
                let pt = self.types.pointer(cur.ty);
                tir::Expr {
                    ty: pt,
                    kind: tir::ExprKind::AddrOf(Box::new(cur)),
                }
            }
            _ => cur,
        }
    }

    /// Makes sure the method table of `t` (the methods in its method set, each with a wrapper
    /// taking an interface's data word) and those of the types inside it exist: a value of
    /// `t` goes into an interface, where fmt and dynamic calls find its methods.
    pub(super) fn need_methods(&mut self, t: TypeId) {
        crate::compile::deep(|| self.need_methods_here(t))
    }

    fn need_methods_here(&mut self, t: TypeId) {
        let canon = self.types.canonical(t);
        if self.types.is_invalid(t) || !self.methods_done.insert(canon) {
            return;
        }
        if self.types.is_interface(t) {
            // Never a dynamic type: the value inside has its own table.
            return;
        }
        let mut names = Vec::new();
        let mut seen = Vec::new();
        self.method_names(t, &mut names, &mut seen);
        let direct = self.is_direct_iface(t);
        let wty = if direct { t } else { self.types.pointer(t) };
        let mut entries = Vec::new();
        for name in names {
            let Some(found) = self.types.lookup_method(t, &name, false) else {
                continue;
            };
            if found.ptr_recv {
                continue;
            }
            if let Some(w) = self.iface_wrapper(t, wty, direct, &name, &found) {
                entries.push(tir::MethodEntry {
                    name,
                    sig: found.sig,
                    wrapper: w,
                });
            }
        }
        if !entries.is_empty() {
            self.prog.method_tables.insert(canon, entries);
        }
        // fmt calls the methods of what is inside, too.
        match self.types.kind(self.types.underlying(t)).clone() {
            TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Array(_, e) => {
                self.need_methods(e)
            }
            TypeKind::Map(k, v) => {
                self.need_methods(k);
                self.need_methods(v);
            }
            TypeKind::Struct(fs) => {
                for f in fs {
                    self.need_methods(f.ty);
                }
            }
            _ => {}
        }
    }

    /// True for types whose values are an interface's data word themselves.
    pub(super) fn is_direct_iface(&self, t: TypeId) -> bool {
        matches!(
            self.types.kind(self.types.underlying(t)),
            TypeKind::Pointer(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Signature(_)
                | TypeKind::Basic(crate::compile::types::Basic::UnsafePointer)
        )
    }

    /// Candidate method names of `t`: its own, and those promoted from embedded fields.
    fn method_names(&self, t: TypeId, out: &mut Vec<String>, seen: &mut Vec<TypeId>) {
        let base = match self.types.kind(t) {
            TypeKind::Pointer(e) => *e,
            _ => t,
        };
        if seen.contains(&base) {
            return;
        }
        seen.push(base);
        if let TypeKind::Named(n) = self.types.kind(base) {
            for m in &n.methods {
                if !out.contains(&m.name) {
                    out.push(m.name.clone());
                }
            }
        }
        match self.types.kind(self.types.underlying(base)) {
            TypeKind::Struct(fs) => {
                for f in fs.iter().filter(|f| f.embedded) {
                    self.method_names(f.ty, out, seen);
                }
            }
            TypeKind::Interface(i) => {
                for m in &i.methods {
                    if !out.contains(&m.name) {
                        out.push(m.name.clone());
                    }
                }
            }
            _ => {}
        }
    }

    /// The function an interface table holds for method `name` of `t`: it takes the data word
    /// (of type `wty`: `t` itself when `direct`, else a pointer to the boxed copy) and the
    /// method's parameters, and calls the method on the receiver it finds there.
    fn iface_wrapper(
        &mut self,
        t: TypeId,
        wty: TypeId,
        direct: bool,
        name: &str,
        found: &crate::compile::types::rules::FoundMethod,
    ) -> Option<FuncId> {
        let TypeKind::Signature(sig) = self.types.kind(self.types.underlying(found.sig)).clone()
        else {
            return None;
        };
        let standin = found
            .owner
            .is_some_and(|o| self.checking_standins.contains_key(&o));
        let mut func = tir::Func {
            name: format!("{}.{name}-iface", self.types.display(t, Style::Runtime)),
            checking: standin,
            results: sig.results.clone(),
            ..Default::default()
        };
        let p = func.locals.push(wty);
        let params: Vec<LocalId> = sig.params.iter().map(|&t| func.locals.push(t)).collect();
        func.params = std::iter::once(p).chain(params.iter().copied()).collect();
        let mut start = tir::Expr {
            ty: wty,
            kind: tir::ExprKind::Local(p),
        };
        if !direct {
            start = tir::Expr {
                ty: t,
                kind: tir::ExprKind::Deref(Box::new(start)),
            };
        }
        let (cur, _) = self.field_path(start, &found.path);
        let args: Vec<tir::Expr> = params
            .iter()
            .zip(&sig.params)
            .map(|(&l, &ty)| tir::Expr {
                ty,
                kind: tir::ExprKind::Local(l),
            })
            .collect();
        let rty = self.results_type(&sig.results);
        let mut prologue = Vec::new();
        let call = match found.owner {
            Some(owner) => {
                let id = *self.method_funcs.get(&(owner, name.to_string()))?;
                if self.library_bodyless.contains(&id) {
                    // Reached through an interface at run time: memrun's message, then exit.
                    let what = format!("{} is not supported yet", self.prog.funcs[id].name);
                    func.body = vec![tir::Stmt::Eval(tir::Expr {
                        ty: T::INVALID,
                        kind: tir::ExprKind::Unsupported(what),
                    })];
                    func.body.push(tir::Stmt::Return(
                        sig.results
                            .iter()
                            .map(|&t| tir::Expr {
                                ty: t,
                                kind: tir::ExprKind::Zero,
                            })
                            .collect(),
                    ));
                    if sig.results.is_empty() {
                        func.body.pop();
                    }
                    return Some(self.prog.funcs.push(func));
                }
                func.forward_defer = Some(id);
                let ptr_recv = matches!(self.types.kind(owner), TypeKind::Named(n) if n.methods.iter().any(|m| m.name == name && m.ptr_recv));
                let recv = self.method_receiver(cur, owner, ptr_recv);
                let through_ptr = matches!(self.types.kind(wty), TypeKind::Pointer(_));
                if direct && through_ptr && !ptr_recv && found.path.is_empty() {
                    // gc's panicwrap: the value method through a nil pointer.
                    let (pkg, tn) = match self.types.kind(owner) {
                        TypeKind::Named(n) => (
                            n.pkg
                                .map(|p| self.types.package_info(p).name.clone())
                                .unwrap_or_default(),
                            n.name.clone(),
                        ),
                        _ => (String::new(), self.tn(owner)),
                    };
                    let msg =
                        format!("value method {pkg}.{tn}.{name} called using nil *{tn} pointer");
                    let is_nil = tir::Expr {
                        ty: T::BOOL,
                        kind: tir::ExprKind::Binary(
                            BinOp::Eq,
                            Box::new(tir::Expr {
                                ty: wty,
                                kind: tir::ExprKind::Local(p),
                            }),
                            Box::new(tir::Expr {
                                ty: wty,
                                kind: tir::ExprKind::Zero,
                            }),
                        ),
                    };
                    prologue.push(tir::Stmt::If(
                        is_nil,
                        vec![tir::Stmt::Eval(tir::Expr {
                            ty: T::INVALID,
                            kind: tir::ExprKind::PanicWrap(msg),
                        })],
                        Vec::new(),
                    ));
                }
                let mut all = vec![recv];
                all.extend(args);
                tir::Expr {
                    ty: rty,
                    kind: tir::ExprKind::Call(id, all),
                }
            }
            None => {
                // Promoted from an embedded interface: a call through it (a deferred call of
                // the wrapper is a deferred call of the method).
                let index = self.iface_method_index(cur.ty, name)?;
                func.forward_defer_iface = Some((Box::new(cur.clone()), index));
                tir::Expr {
                    ty: rty,
                    kind: tir::ExprKind::CallIface(Box::new(cur), index, args),
                }
            }
        };
        func.body = prologue;
        func.body.push(if sig.results.is_empty() {
            tir::Stmt::Eval(call)
        } else {
            tir::Stmt::Return(vec![call])
        });
        Some(self.prog.funcs.push(func))
    }

    /// Whether each result of a multi-value expression of type `have` may be assigned to the
    /// corresponding type of `want` (the second of a comma-ok form is an untyped bool: any
    /// boolean type takes it); the first that may not, as (index, have).
    pub(super) fn tuple_assignable(
        &self,
        have: &[TypeId],
        want: &[TypeId],
        comma_ok: bool,
    ) -> Result<(), (usize, TypeId)> {
        for (k, (&h, &w)) in have.iter().zip(want).enumerate() {
            let untyped_bool = comma_ok && k == 1 && self.types.is_boolean(w);
            if !untyped_bool && !self.types.assignable(h, w) && w != T::INVALID {
                return Err((k, h));
            }
        }
        Ok(())
    }

    /// A value converted to `to` (assignable), as an assignment converts it.
    pub(super) fn convert_expr(&mut self, mut e: tir::Expr, to: TypeId) -> tir::Expr {
        if to == T::INVALID || self.types.identical(e.ty, to) {
            return e;
        }
        let (from_iface, to_iface) = (self.types.is_interface(e.ty), self.types.is_interface(to));
        if to_iface && !from_iface && e.ty != T::UNTYPED_NIL {
            self.need_methods(e.ty);
            return tir::Expr {
                ty: to,
                kind: tir::ExprKind::Box(Box::new(e)),
            };
        }
        if to_iface && from_iface && !self.same_iface_layout(e.ty, to) {
            return tir::Expr {
                ty: to,
                kind: tir::ExprKind::ConvIface(Box::new(e)),
            };
        }
        e.ty = to;
        e
    }

    /// A multi-value expression converted to the types `want` (each assignable), as an
    /// assignment converts its values.
    pub(super) fn convert_tuple(&mut self, e: tir::Expr, want: &[TypeId]) -> tir::Expr {
        let have = self.types.tuple_types(e.ty);
        if have.len() == want.len()
            && have
                .iter()
                .zip(want)
                .all(|(&h, &w)| w == T::INVALID || self.types.identical(h, w))
        {
            return e;
        }
        let want: Vec<TypeId> = have
            .iter()
            .zip(want)
            .map(|(&h, &w)| if w == T::INVALID { h } else { w })
            .collect();
        for (&h, &w) in have.iter().zip(&want) {
            if self.types.is_interface(w) && !self.types.is_interface(h) {
                self.need_methods(h);
            }
        }
        let ty = self.types.tuple(want);
        tir::Expr {
            ty,
            kind: tir::ExprKind::TupleConvert(Box::new(e)),
        }
    }

    /// The index of method `name` in interface type `t`'s sorted method list.
    pub(super) fn iface_method_index(&self, t: TypeId, name: &str) -> Option<usize> {
        match self.types.kind(self.types.underlying(t)) {
            TypeKind::Interface(i) => i.methods.iter().position(|m| m.name == name),
            _ => None,
        }
    }

    /// True when values of interface types `a` and `b` have the same words (the same
    /// method list, so the same itab layout).
    pub(super) fn same_iface_layout(&self, a: TypeId, b: TypeId) -> bool {
        let m = |t: TypeId| match self.types.kind(self.types.underlying(t)) {
            TypeKind::Interface(i) => i
                .methods
                .iter()
                .map(|m| (m.name.clone(), self.types.canonical(m.sig)))
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        };
        m(a) == m(b)
    }

    /// `x.(T)`.
    pub(super) fn type_assertion<'e>(
        &mut self,
        x: &'e ast::Expr,
        t: &'e ast::Expr,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let xo = self.expr(x);
        let target = self.resolve_type(t);
        if matches!(xo.kind, OpKind::Invalid) {
            return Operand::invalid(pos);
        }
        let Some(target) = target else {
            return Operand::invalid(pos);
        };
        if !self.types.is_interface(xo.ty) {
            if !self.broken(xo.ty) {
                let d = self.describe(&xo);
                let error = if self.is_standin(xo.ty) {
                    TypeError::AssertOnTypeParam { x: d }
                } else {
                    TypeError::NotAnInterface { x: d }
                };
                self.report(x.pos, error);
            }
            return Operand::invalid(pos);
        }
        if !self.assertable(xo.ty, target, x, t) {
            return Operand::invalid(pos);
        }
        if !self.types.is_interface(target) {
            // The target's descriptor is the dynamic type's: with its method table (the
            // library's descriptors are the ones programs use).
            self.need_methods(target);
        }
        let Some(v) = self.value_expr(xo) else {
            return Operand::invalid(pos);
        };
        let e = tir::Expr {
            ty: target,
            kind: tir::ExprKind::TypeAssert(Box::new(v), false),
        };
        self.mk(pos, text, target, OpKind::Value(e))
    }

    /// `switch v := x.(type) { … }`: `x` is evaluated once; each clause's condition tests its
    /// dynamic type, and its `v` is `x` asserted to the clause's one type (else `x` itself).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn type_switch(
        &mut self,
        init: Option<&ast::Stmt>,
        bind: Option<&ast::Name>,
        x: &ast::Expr,
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
        let xo = self.expr(x);
        let mut subject = None;
        if !matches!(xo.kind, OpKind::Invalid) {
            if !self.types.is_interface(xo.ty) {
                if !self.broken(xo.ty) {
                    let d = self.describe(&xo);
                    let error = if self.is_standin(xo.ty) {
                        TypeError::SwitchOnTypeParam { x: d }
                    } else {
                        TypeError::SwitchNotInterface { x: d }
                    };
                    self.report(x.pos, error);
                }
            } else {
                let ty = xo.ty;
                let desc = self.describe(&xo);
                if let Some(v) = self.value_expr(xo) {
                    let tmp = self.temp(ty);
                    pre.push(tir::Stmt::Assign(vec![Place::Local(tmp)], vec![v]));
                    subject = Some((tmp, ty, desc));
                }
            }
        }
        let target = self.new_target(label, false, true, pos);
        self.target_stack.push(target);
        let mut out_clauses = Vec::new();
        let mut seen_default = false;
        let mut seen: Vec<(Option<TypeId>, Pos)> = Vec::new();
        let mut generic_cases: Vec<Pos> = Vec::new();
        let mut bound = Vec::new();
        for cl in clauses {
            let mut conds = Vec::new();
            let mut types: Vec<Option<TypeId>> = Vec::new();
            match &cl.exprs {
                Some(exprs) => {
                    for e in exprs {
                        // `nil`, or a type.
                        if matches!(&e.unparen().kind, AK::Ident(n) if n == "nil" && matches!(self.lookup(n), Some(Entity::Nil) | None))
                        {
                            if let Some((_, prev)) = seen.iter().find(|(t, _)| t.is_none()) {
                                let prev = related(*prev, "previous case");
                                self.report(
                                    e.pos,
                                    TypeError::DuplicateTypeCase {
                                        t: "nil".into(),
                                        prev,
                                    },
                                );
                            }
                            seen.push((None, e.pos));
                            types.push(None);
                            if let Some((tmp, ty, _)) = &subject {
                                conds.push(tir::Expr {
                                    ty: T::BOOL,
                                    kind: tir::ExprKind::Binary(
                                        BinOp::Eq,
                                        Box::new(tir::Expr {
                                            ty: *ty,
                                            kind: tir::ExprKind::Local(*tmp),
                                        }),
                                        Box::new(tir::Expr {
                                            ty: *ty,
                                            kind: tir::ExprKind::Zero,
                                        }),
                                    ),
                                });
                            }
                            continue;
                        }
                        let Some(t) = self.resolve_type(e) else {
                            continue;
                        };
                        let canon = self.types.canonical(t);
                        // In a generic function, `case T` may be the same type as another
                        // case in an instance: gc allows that (the first one matches). The
                        // generic check's stand-ins are types of their own: a repeated `T`
                        // is a duplicate there.
                        let generic = !self.in_checking_instance() && self.names_type_param(e);
                        if generic {
                            generic_cases.push(e.pos);
                        }
                        if let Some((_, prev)) = seen.iter().find(|(s, p)| {
                            s.is_some_and(|s| self.types.canonical(s) == canon)
                                && !generic
                                && !generic_cases.contains(p)
                        }) {
                            let prev = related(*prev, "previous case");
                            let tn = self.tn(t);
                            self.report(e.pos, TypeError::DuplicateTypeCase { t: tn, prev });
                        }
                        seen.push((Some(t), e.pos));
                        types.push(Some(t));
                        let Some((tmp, ty, desc)) = &subject else {
                            continue;
                        };
                        if !self.types.is_interface(t) && !self.is_type_param_expr(e) {
                            if let Err(why) = self.types.implements(t, *ty) {
                                let reason = self.not_implemented_reason(t, *ty, &why);
                                // gc words it as the dynamic type the operand cannot have.
                                let dynamic = match reason.find(" (") {
                                    Some(i) => format!("{}{}", self.tn(t), &reason[i..]),
                                    None => self.tn(t),
                                };
                                self.report(
                                    e.pos,
                                    TypeError::ImpossibleCase {
                                        t: expr_string(e),
                                        x: desc.clone(),
                                        dynamic,
                                    },
                                );
                                continue;
                            }
                            // Its descriptor is the dynamic type's: with its method table.
                            self.need_methods(t);
                        }
                        conds.push(tir::Expr {
                            ty: T::BOOL,
                            kind: tir::ExprKind::TypeIs(
                                Box::new(tir::Expr {
                                    ty: *ty,
                                    kind: tir::ExprKind::Local(*tmp),
                                }),
                                t,
                            ),
                        });
                    }
                }
                None => {
                    if seen_default {
                        self.report(cl.pos, TypeError::MultipleDefaults);
                    }
                    seen_default = true;
                }
            }
            self.push_scope();
            let mut body = Vec::new();
            if let (Some(name), None) = (bind, &subject) {
                // The operand was reported: the symbol still stands, for its uses.
                let l = self.declare_local(&name.0, name.1, T::INVALID, false);
                bound.push(l);
                self.locals[l].used = true;
            }
            if let (Some(name), Some((tmp, ty, _))) = (bind, &subject) {
                // The clause's one type, else the operand's.
                let vt = match types.as_slice() {
                    [Some(t)] => *t,
                    _ => *ty,
                };
                let l = self.declare_local(&name.0, name.1, vt, false);
                bound.push(l);
                let src = tir::Expr {
                    ty: *ty,
                    kind: tir::ExprKind::Local(*tmp),
                };
                let v = if vt == *ty {
                    src
                } else {
                    // Holds: the clause's condition tested it.
                    tir::Expr {
                        ty: vt,
                        kind: tir::ExprKind::TypeAssert(Box::new(src), false),
                    }
                };
                body.push(tir::Stmt::Decl(l));
                body.push(tir::Stmt::Assign(vec![Place::Local(l)], vec![v]));
            }
            let mut body_ast: &[ast::Stmt] = &cl.body;
            if let Some(ast::Stmt::Fallthrough(fpos)) = cl.body.last() {
                self.report(*fpos, TypeError::FallthroughTypeSwitch);
                body_ast = &cl.body[..cl.body.len() - 1];
            }
            body.extend(self.stmt_list(body_ast));
            self.pop_scope();
            out_clauses.push(tir::SwitchClause {
                conds,
                is_default: cl.exprs.is_none(),
                body,
                fallthrough: false,
            });
        }
        self.target_stack.pop();
        if let Some(name) = bind {
            if name.0 != "_" && bound.iter().all(|&l| !self.locals[l].used) {
                self.report(
                    name.1,
                    TypeError::TypeSwitchVarUnused {
                        name: name.0.clone(),
                    },
                );
            }
        }
        self.pop_scope();
        pre.push(tir::Stmt::Switch {
            clauses: out_clauses,
            target,
        });
        out.push(tir::Stmt::Block(pre));
    }

    /// Whether `x.(target)` can hold for `x` of interface type `iface`: a concrete type must
    /// implement it (else gc's "impossible type assertion").
    fn assertable(&mut self, iface: TypeId, target: TypeId, x: &ast::Expr, t: &ast::Expr) -> bool {
        // (A type parameter may be any type: gc checks generic code once.)
        if self.types.is_interface(target) || self.is_type_param_expr(t) {
            return true;
        }
        match self.types.implements(target, iface) {
            Ok(()) => true,
            Err(why) => {
                let reason = self.not_implemented_reason(target, iface, &why);
                self.report(
                    x.pos,
                    TypeError::ImpossibleAssertion {
                        x: expr_string(x),
                        t: expr_string(t),
                        reason,
                    },
                );
                false
            }
        }
    }

    /// A signature spelt without its parameter names, as gc's have/want lines show it.
    fn unnamed_sig(&mut self, sig: TypeId) -> String {
        match self.types.kind(sig).clone() {
            TypeKind::Signature(s) => {
                let t =
                    self.types
                        .signature(s.params, Vec::new(), s.results, Vec::new(), s.variadic);
                self.tn(t)
            }
            _ => self.tn(sig),
        }
    }

    /// gc's wording of why `t` does not implement `iface`.
    pub(super) fn not_implemented_reason(
        &mut self,
        t: TypeId,
        iface: TypeId,
        why: &crate::compile::types::rules::NotImplemented,
    ) -> String {
        use crate::compile::types::rules::NotImplemented as N;
        let (tn, iname) = (self.tn(t), self.tn(iface));
        if matches!(self.types.kind(t), TypeKind::Pointer(e) if self.types.is_interface(*e)) {
            return format!(
                "{tn} does not implement {iname} (type {tn} is pointer to interface, not interface)"
            );
        }
        match why {
            N::Missing(m) => format!("{tn} does not implement {iname} (missing method {m})"),
            N::PointerReceiver(m) => {
                format!("{tn} does not implement {iname} (method {m} has pointer receiver)")
            }
            N::WrongType(m) => {
                let have = self.types.lookup_method(t, m, true).map(|f| f.sig);
                let have = have.map(|s| self.unnamed_sig(s)).unwrap_or_default();
                let want = match self.types.kind(self.types.underlying(iface)) {
                    TypeKind::Interface(i) => {
                        i.methods.iter().find(|x| &x.name == m).map(|x| x.sig)
                    }
                    _ => None,
                };
                let want = want.map(|s| self.unnamed_sig(s)).unwrap_or_default();
                format!(
                    "{tn} does not implement {iname} (wrong type for method {m})\n\t\thave {m}{}\n\t\twant {m}{}",
                    have.trim_start_matches("func"),
                    want.trim_start_matches("func")
                )
            }
            N::NotInTypeSet => format!("{tn} does not implement {iname}"),
        }
    }
}

/// True for exported identifiers (an upper-case first letter).
pub(super) fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}
