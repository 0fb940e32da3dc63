//! Types as written: resolving type expressions of the syntax tree into the type table, and
//! naming the constructs memrun does not compile yet.

use super::*;

impl<'a> Checker<'a> {
    pub(super) fn resolve_type(&mut self, t: &ast::Expr) -> Option<TypeId> {
        // A type declaration's own type may be a constraint (`type Number interface{ ~int }`).
        let declared = std::mem::take(&mut self.constraint_decl);
        let r = crate::compile::deep(|| self.resolve_type_here(t));
        // An interface with a type set is a constraint only.
        if let (Some(ty), 0, false) = (r, self.constraint_depth, declared) {
            let tparam = matches!(self.types.kind(ty), TypeKind::TypeParam(_));
            if let (TypeKind::Interface(i), false) =
                (self.types.kind(self.types.underlying(ty)), tparam)
            {
                if !i.is_basic() {
                    let why = if i.unions.is_empty() {
                        "is (or embeds) comparable"
                    } else {
                        "contains type constraints"
                    };
                    let tn = self.tn(ty);
                    self.report(
                        t.pos,
                        TypeError::ConstraintOutside {
                            t: tn,
                            why: why.into(),
                        },
                    );
                    return None;
                }
            }
        }
        // Types named behind a pointer, slice or function were left incomplete (a type may
        // refer to itself through them); complete them once the outermost type is resolved.
        // Not while an alias is resolved: the types it names may name the alias.
        if self.indirect == 0
            && self.type_stack.is_empty()
            && self.local_types.is_empty()
            && self.alias_stack.is_empty()
        {
            while let Some(p) = self.pending_types.pop() {
                self.complete_type(p);
            }
        }
        r
    }

    /// Resolves an element type that is reached through an indirection (pointer, slice, map,
    /// channel, function): its own declaration may be in progress.
    fn resolve_indirect(&mut self, t: &ast::Expr) -> Option<TypeId> {
        self.indirect += 1;
        let r = self.resolve_type(t);
        self.indirect -= 1;
        r
    }

    pub(super) fn resolve_type_here(&mut self, t: &ast::Expr) -> Option<TypeId> {
        let pos = t.pos;
        match &t.kind {
            AK::Ident(n) => match self.lookup(n) {
                Some(Entity::GenericType(g)) => {
                    self.uninstantiated_type(g, pos);
                    None
                }
                Some(Entity::TypeName(t)) => {
                    if self.indirect > 0 {
                        if self.type_index.contains_key(&t) {
                            self.pending_types.push(t);
                        }
                    } else {
                        self.complete_type(t);
                    }
                    Some(t)
                }
                Some(Entity::Unsupported) => None,
                // gc names what it is instead.
                Some(e) => {
                    let what = match e {
                        Entity::Local(l) => {
                            self.locals[l].used = true;
                            if self.func.params.contains(&l) {
                                "parameter"
                            } else if self.func.named_results.contains(&l) {
                                "result variable"
                            } else {
                                "local variable"
                            }
                        }
                        Entity::LazyGlobal(_) => "package-level variable",
                        Entity::Const(..) | Entity::LazyConst(_) => "constant",
                        Entity::Func(_) | Entity::Generic(_) => "function",
                        Entity::Builtin(_) | Entity::Intrinsic(_) => "built-in function",
                        Entity::Package(..) => "package name",
                        Entity::Nil => "untyped nil",
                        _ => "",
                    };
                    let n = if what.is_empty() {
                        n.to_string()
                    } else {
                        format!("{n} ({what})")
                    };
                    self.report(pos, TypeError::NotAType { n });
                    None
                }
                None => {
                    if matches!(n.as_str(), "complex64" | "complex128") {
                        self.unsupported(pos, "complex numbers");
                    } else if n == "any" {
                        return Some(T::ANY);
                    } else if n == "_" {
                        self.report(pos, TypeError::BlankAsValueOrType);
                    } else {
                        self.report(pos, TypeError::Undefined { n: n.to_string() });
                    }
                    None
                }
            },
            AK::Paren(x) => self.resolve_type(x),
            AK::SliceType(e) => {
                let et = self.resolve_indirect(e)?;
                Some(self.types.slice(et))
            }
            AK::Star(e) => {
                let et = self.resolve_indirect(e)?;
                Some(self.types.pointer(et))
            }
            AK::ChanType(dir, e) => {
                let et = self.resolve_indirect(e)?;
                let dir = match dir {
                    ast::ChanDir::Both => crate::compile::types::ChanDir::Both,
                    ast::ChanDir::Send => crate::compile::types::ChanDir::Send,
                    ast::ChanDir::Recv => crate::compile::types::ChanDir::Recv,
                };
                Some(self.types.chan(dir, et))
            }
            AK::ArrayType(Some(n), e) => {
                // The length is an expression: the types it uses are needed complete.
                let outer = std::mem::replace(&mut self.indirect, 0);
                let len = self.array_length(n);
                self.indirect = outer;
                let et = self.resolve_type(e)?;
                let t = self.types.array(len?, et);
                // gc's limit on amd64: 1<<50 bytes.
                if self.types.layout(t).size >= 1 << 50 {
                    let tn = self.tn(t);
                    self.report(pos, TypeError::TypeTooLarge { t: tn });
                    return None;
                }
                Some(t)
            }
            AK::ArrayType(None, _) => {
                self.report(pos, TypeError::DotsArrayOutsideLiteral);
                None
            }
            AK::StructType(fields) => {
                let t = self.struct_type(fields)?;
                if self.types.layout(t).size >= 1 << 50 {
                    let tn = self.tn(t);
                    self.report(pos, TypeError::TypeTooLarge { t: tn });
                    return None;
                }
                Some(t)
            }
            AK::InterfaceType(elems) if elems.is_empty() => Some(T::EMPTY_INTERFACE),
            AK::InterfaceType(elems) => self.interface_type(elems),
            AK::MapType(k, v) => {
                let kt = self.resolve_type(k);
                let vt = self.resolve_indirect(v);
                let kt = kt?;
                if !self.types.comparable(kt) && kt != T::INVALID {
                    let mut t = self.tn(kt);
                    if self.is_standin(kt) {
                        t += " (missing comparable constraint)";
                    }
                    self.report(k.pos, TypeError::InvalidMapKey { t });
                    return None;
                }
                Some(self.types.map(kt, vt?))
            }
            AK::FuncType(sig) => {
                self.indirect += 1;
                let t = self.func_type(sig);
                self.indirect -= 1;
                t
            }
            AK::Selector(x, (sel, spos)) if matches!(x.kind, AK::Ident(_)) => {
                let AK::Ident(pkgname) = &x.kind else {
                    unreachable!("matched above")
                };
                let entity = self.lookup(pkgname);
                if entity.is_none() {
                    self.report(
                        x.pos,
                        TypeError::Undefined {
                            n: pkgname.to_string(),
                        },
                    );
                    return None;
                }
                if let Some(Entity::Package(path, _)) = entity {
                    let o = self.package_member(&path, sel, *spos, pos, Text::Expr(t));
                    return match o.kind {
                        OpKind::Type => Some(o.ty),
                        OpKind::Invalid => None,
                        _ => {
                            let n = self.describe(&o);
                            self.report(pos, TypeError::NotAType { n });
                            None
                        }
                    };
                }
                // A value's field or method, a method expression: gc places it at the name
                // selected.
                if let Some(Entity::Local(l)) = entity {
                    self.locals[l].used = true;
                }
                if !matches!(entity, Some(Entity::Unsupported)) {
                    let n = expr_string(t);
                    self.report(*spos, TypeError::NotAType { n });
                }
                None
            }
            AK::Bad => None,
            // An instance of a generic type of the program.
            AK::Index(x, ix)
                if matches!(&x.unparen().kind, AK::Ident(n)
                    if matches!(self.lookup(n), Some(Entity::GenericType(_)))) =>
            {
                let AK::Ident(n) = &x.unparen().kind else {
                    unreachable!("matched above")
                };
                let Some(Entity::GenericType(g)) = self.lookup(n) else {
                    unreachable!("matched above")
                };
                self.instantiate_type(g, ix, pos)
            }
            // An instance of a generic type, which was reported as not supported.
            AK::Index(x, _) if matches!(&x.unparen().kind, AK::Ident(n) if matches!(self.lookup(n), Some(Entity::Unsupported))) => {
                None
            }
            // An instance of a library package's generic type (`iter.Seq[int]`), or of one
            // memrun does not declare.
            AK::Index(x, ix) if matches!(&x.unparen().kind, AK::Selector(b, _) if matches!(b.kind, AK::Ident(_))) =>
            {
                if let Some(g) = self.selects_generic_type(x) {
                    return self.instantiate_type(g, ix, pos);
                }
                let what = format!("the type {}", expr_string(x.unparen()));
                self.unsupported(pos, &what);
                None
            }
            _ => {
                match unsupported_form(t) {
                    Some(what) => self.unsupported(pos, what),
                    None => self.report(pos, TypeError::NotAType { n: expr_string(t) }),
                }
                None
            }
        }
    }
}

impl Checker<'_> {
    /// The length of an array type: a constant representable as a non-negative `int`.
    fn array_length(&mut self, n: &ast::Expr) -> Option<u64> {
        let o = self.expr(n);
        match &o.kind {
            OpKind::Invalid => None,
            OpKind::Const(v @ (Value::Int(_) | Value::Float(_)))
                if matches!(v, Value::Float(r) if o.ty == T::UNTYPED_FLOAT && r.is_integer())
                    || matches!(v, Value::Int(_)
                        if self.types.is_integer(o.ty) || o.ty == T::UNTYPED_RUNE) =>
            {
                let n_int = match v {
                    Value::Float(r) => r.to_integer(),
                    Value::Int(i) => i.clone(),
                    _ => unreachable!("matched above"),
                };
                match n_int.to_u64().filter(|v| *v < 1 << 40) {
                    Some(v) => Some(v),
                    None => {
                        self.report(
                            n.pos,
                            TypeError::InvalidArrayLength {
                                x: self.describe(&o),
                            },
                        );
                        None
                    }
                }
            }
            OpKind::Const(_) => {
                self.report(
                    n.pos,
                    TypeError::ArrayLengthNotInteger {
                        x: self.describe(&o),
                    },
                );
                None
            }
            _ => {
                self.report(
                    n.pos,
                    TypeError::InvalidArrayLength {
                        x: o.text.to_string(),
                    },
                );
                None
            }
        }
    }

    /// A struct type: fields in order (an embedded field is named by its type's name), names
    /// unique, unexported names qualified by their package.
    fn struct_type(&mut self, fields: &[ast::Field]) -> Option<TypeId> {
        let mut out: Vec<crate::compile::types::Field> = Vec::new();
        let mut seen: HashMap<String, Pos> = HashMap::new();
        let mut ok = true;
        for f in fields {
            let ty = self.resolve_type(&f.ty);
            let tag = f
                .tag
                .as_ref()
                .map(|t| String::from_utf8_lossy(t).into_owned());
            let names: Vec<(String, Pos, bool)> = if f.names.is_empty() {
                let base = match &f.ty.unparen().kind {
                    AK::Star(x) => x.unparen(),
                    _ => f.ty.unparen(),
                };
                // An embedded instance of a generic type is named by the generic type.
                let base = match &base.kind {
                    AK::Index(x, _) => x.unparen(),
                    _ => base,
                };
                let name = match &base.kind {
                    AK::Ident(n) => n.clone(),
                    AK::Selector(_, (n, _)) => n.clone(),
                    _ => String::new(),
                };
                vec![(name, f.ty.pos, true)]
            } else {
                f.names
                    .iter()
                    .map(|(n, p)| (n.clone(), *p, false))
                    .collect()
            };
            let Some(ty) = ty else {
                ok = false;
                continue;
            };
            if let Some((_, p, true)) = names.first() {
                // An embedded field must be a type name or a pointer to a non-pointer,
                // non-interface one, and not a type parameter.
                let base = match self.types.kind(ty) {
                    TypeKind::Pointer(e) => *e,
                    _ => ty,
                };
                if self.is_standin(base) {
                    self.report(*p, TypeError::EmbeddedTypeParam);
                    ok = false;
                    continue;
                }
                match self.types.kind(ty) {
                    TypeKind::Pointer(e) => {
                        let eu = self.types.underlying(*e);
                        if matches!(self.types.kind(eu), TypeKind::Pointer(_)) {
                            self.report(*p, TypeError::EmbeddedPointer);
                            ok = false;
                            continue;
                        }
                        if self.types.is_interface(eu) {
                            self.report(*p, TypeError::EmbeddedPointerToInterface);
                            ok = false;
                            continue;
                        }
                    }
                    // A defined pointer type.
                    TypeKind::Named(_)
                        if matches!(
                            self.types.kind(self.types.underlying(ty)),
                            TypeKind::Pointer(_)
                        ) =>
                    {
                        self.report(*p, TypeError::EmbeddedPointer);
                        ok = false;
                        continue;
                    }
                    _ => {}
                }
            }
            for (name, p, embedded) in names {
                if name != "_" {
                    if let Some(prev) = seen.get(&name) {
                        // gc keeps the first field of the name and goes on.
                        let other = related(*prev, &format!("other declaration of {name}"));
                        self.report(p, TypeError::FieldRedeclared { name, other });
                        continue;
                    }
                    seen.insert(name.clone(), p);
                }
                let exported = name.chars().next().is_some_and(char::is_uppercase);
                out.push(crate::compile::types::Field {
                    pkg: if exported { None } else { Some(self.pkg) },
                    name,
                    ty,
                    embedded,
                    tag: tag.clone(),
                });
            }
        }
        ok.then(|| self.types.structure(out))
    }
}

/// What a construct that memrun parses but does not compile yet is called in its "memrun: …
/// is not supported yet" diagnostic; None for the forms the checker handles itself.
pub(super) fn unsupported_form(e: &ast::Expr) -> Option<&'static str> {
    Some(match &e.kind {
        // A literal of a type memrun does not compile is named by its type (`maps`).
        AK::Composite { ty: Some(t), .. } => unsupported_form(t).unwrap_or("composite literals"),
        AK::Composite { ty: None, .. } => "composite literals",
        AK::TypeAssert(..) => "type assertions",
        AK::Imag(_) => "complex numbers",
        AK::Unary(Op::And, _) | AK::Star(_) => "pointers",
        AK::Unary(Op::Arrow, _) | AK::ChanType(..) => "channels",
        AK::ArrayType(..) => "arrays",
        AK::StructType(_) => "structs",
        AK::InterfaceType(_) => "interfaces",
        AK::Slice { max: Some(_), .. } => "3-index slices",
        AK::Index(_, ix) if ix.len() != 1 => "generic instantiation",
        _ => return None,
    })
}

/// A declared type awaiting its underlying type.
pub(super) struct TypeDecl<'a> {
    /// The type.
    pub(super) id: TypeId,
    /// Where it is declared: file index and package.
    pub(super) file: usize,
    pub(super) pkg: PkgId,
    /// Its specification.
    pub(super) spec: &'a ast::TypeSpec,
    /// 0 new, 1 in progress, 2 done.
    pub(super) state: u8,
}

impl<'a> Checker<'a> {
    /// Declares the type of `spec` (a defined type; generic types and aliases are not supported
    /// yet) in the table, its underlying type to be resolved by [`Checker::complete_type`].
    pub(super) fn declare_type(&mut self, spec: &'a ast::TypeSpec, pkg: PkgId) -> Option<TypeId> {
        let outer = std::mem::replace(&mut self.pkg, pkg);
        let id = self.check_type_spec(spec);
        self.pkg = outer;
        let id = id?;
        self.type_index.insert(id, self.type_decls.len());
        self.type_decls.push(TypeDecl {
            id,
            file: self.file,
            pkg,
            spec,
            state: 0,
        });
        Some(id)
    }

    /// A new defined type for `spec` in the package being checked, or None (reported) for what
    /// memrun does not compile yet: generic types and aliases.
    pub(super) fn check_type_spec(&mut self, spec: &ast::TypeSpec) -> Option<TypeId> {
        if !spec.tparams.is_empty() {
            self.unsupported(spec.name.1, "generic types");
            return None;
        }
        if spec.alias {
            self.unsupported(spec.name.1, "type aliases");
            return None;
        }
        Some(self.types.named(&spec.name.0, Some(self.pkg)))
    }

    /// A local type's number among its package's in source order (earlier files first), as
    /// gc numbers them.
    pub(super) fn local_type_number(&self, spec: &ast::TypeSpec) -> u32 {
        let earlier: u32 = (0..self.file)
            .filter(|&f| self.file_pkgs[f] == self.file_pkgs[self.file])
            .map(|f| self.files[f].ast.local_types)
            .sum();
        earlier + spec.local
    }

    /// `type G[T any] …` in a function (Go 1.27): a generic type whose names resolve in the
    /// function's scope, checked generically at its declaration.
    pub(super) fn local_generic_type(&mut self, spec: &ast::TypeSpec) {
        let g = self.generic_types.len();
        let shared = generic::SpecRef::Local(std::rc::Rc::new(spec.clone()));
        let mut gt = generic::GenericType::new(self.file, self.pkg, shared);
        gt.local = Some(self.local_type_number(spec));
        gt.outer_targs = self.instance_targs.clone();
        self.generic_types.push(gt);
        let name = spec.name.0.clone();
        if name != "_" {
            if self.scopes.in_innermost(&name) {
                self.report(spec.name.1, TypeError::Redeclared { name });
                return;
            }
            self.scopes.insert(name, Entity::GenericType(g));
        }
        self.validate_generic_type(g);
    }

    /// `type A = T` in a function: `A` names `T` from here on (an alias cannot refer to itself:
    /// its name is in scope in its own type, as gc reports).
    pub(super) fn local_alias(&mut self, spec: &ast::TypeSpec) {
        let name = spec.name.0.clone();
        let t = if type_expr_mentions(&spec.ty, &name) {
            let n = name.clone();
            self.report(spec.name.1, TypeError::RecursiveTypeSelf { name: n });
            None
        } else {
            self.constraint_decl = true;
            self.resolve_type(&spec.ty)
        };
        if name == "_" {
            return;
        }
        if self.scopes.in_innermost(&name) {
            self.report(spec.name.1, TypeError::Redeclared { name });
            return;
        }
        let e = t.map_or(Entity::Unsupported, Entity::TypeName);
        self.scopes.insert(name, e);
    }

    /// Resolves a local type's underlying type at its declaration (its name already in scope:
    /// a reference to itself is gc's "refers to itself").
    pub(super) fn complete_local_type(&mut self, t: TypeId, spec: &ast::TypeSpec) {
        self.local_types.push((t, spec.name.0.clone(), spec.name.1));
        self.constraint_decl = true;
        let u = self.resolve_type(&spec.ty);
        self.local_types.pop();
        if let Some(u) = u {
            self.types.set_underlying(t, u);
        }
    }

    /// Resolves a declared type's underlying type if that has not happened yet, in the
    /// declaration's own context, reporting gc's "invalid recursive type" for cycles.
    pub(super) fn complete_type(&mut self, t: TypeId) {
        let Some(&i) = self.type_index.get(&t) else {
            if let Some((_, name, pos)) = self.local_types.iter().find(|l| l.0 == t).cloned() {
                self.report(pos, TypeError::RecursiveTypeSelf { name });
            }
            return;
        };
        match self.type_decls[i].state {
            2 => {}
            1 => self.report_type_cycle(t),
            _ => {
                self.type_decls[i].state = 1;
                self.type_stack.push(t);
                let (file, pkg, spec) = {
                    let d = &self.type_decls[i];
                    (d.file, d.pkg, d.spec)
                };
                // In its package's scope, whatever function uses it first.
                let u = self.with_pkg_context(file, pkg, |c| {
                    c.constraint_decl = true;
                    c.resolve_type(&spec.ty)
                });
                self.type_stack.pop();
                // A type found to contain itself (reported) stays without one: walking it
                // (its layout, its comparability) would never end. So does one that contains
                // itself by value through an alias (`type A = [2]B; type B struct{ a A }`).
                match u {
                    Some(u) if !self.cyclic_types.contains(&t) => {
                        self.types.set_underlying(t, u);
                        if self.contains_by_value(t, self.types.underlying(t), &mut HashSet::new())
                        {
                            self.types.set_underlying(t, T::INVALID);
                            self.cyclic_types.insert(t);
                            let d = &self.type_decls[i];
                            let (name, pos, file) = (d.spec.name.0.clone(), d.spec.name.1, d.file);
                            self.report_in(file, pos, TypeError::RecursiveTypeSelf { name });
                        }
                    }
                    _ => {}
                }
                self.type_decls[i].state = 2;
            }
        }
    }

    /// Whether `t` (reached from `root`'s underlying type through array elements and struct
    /// fields, which hold their values in place) is `root` itself.
    fn contains_by_value(&self, root: TypeId, t: TypeId, seen: &mut HashSet<TypeId>) -> bool {
        if t == root {
            return true;
        }
        if !seen.insert(t) {
            return false;
        }
        match self.types.kind(t) {
            TypeKind::Named(n) => self.contains_by_value(root, n.underlying, seen),
            TypeKind::Array(_, e) => self.contains_by_value(root, *e, seen),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.contains_by_value(root, f.ty, seen)),
            _ => false,
        }
    }

    /// gc's "invalid recursive type" for the cycle that leads back to `t`.
    fn report_type_cycle(&mut self, t: TypeId) {
        let Some(start) = self.type_stack.iter().position(|&x| x == t) else {
            return;
        };
        self.cyclic_types
            .extend(self.type_stack[start..].iter().copied());
        let cycle: Vec<(String, Pos, usize)> = self.type_stack[start..]
            .iter()
            .map(|x| {
                let d = &self.type_decls[self.type_index[x]];
                (d.spec.name.0.clone(), d.spec.name.1, d.file)
            })
            .collect();
        self.report_decl_cycle(&cycle);
    }

    /// gc's "invalid recursive type" for declarations (name, position, file) that refer to
    /// each other in a cycle, reported at the first.
    pub(super) fn report_decl_cycle(&mut self, cycle: &[(String, Pos, usize)]) {
        let Some((name, pos, file)) = cycle.first().cloned() else {
            return;
        };
        if cycle.len() == 1 {
            self.report_in(file, pos, TypeError::RecursiveTypeSelf { name });
            return;
        }
        let mut notes = String::new();
        for (k, (from, at, _)) in cycle.iter().enumerate() {
            let to = &cycle[(k + 1) % cycle.len()].0;
            notes.push_str(&related(*at, &format!("{from} refers to {to}")));
        }
        self.report_in(file, pos, TypeError::RecursiveType { name, notes });
    }
}

/// Whether type expression `e` names `name` (outside nested function bodies: a type has none).
fn type_expr_mentions(e: &ast::Expr, name: &str) -> bool {
    let m = |x: &ast::Expr| type_expr_mentions(x, name);
    match &e.kind {
        AK::Ident(n) => n == name,
        AK::Paren(x) | AK::Star(x) | AK::SliceType(x) | AK::ChanType(_, x) => m(x),
        AK::ArrayType(n, x) => n.as_deref().is_some_and(m) || m(x),
        AK::MapType(k, v) => m(k) || m(v),
        AK::Index(x, ix) => m(x) || ix.iter().any(m),
        AK::StructType(fields) => fields.iter().any(|f| m(&f.ty)),
        AK::FuncType(sig) => sig.params.iter().chain(&sig.results).any(|p| m(&p.ty)),
        _ => false,
    }
}
