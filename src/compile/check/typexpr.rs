//! Types as written: resolving type expressions of the syntax tree into the type table, and
//! naming the constructs memrun does not compile yet.

use super::*;

impl<'a> Checker<'a> {
    pub(super) fn resolve_type(&mut self, t: &ast::Expr) -> Option<TypeId> {
        crate::compile::deep(|| self.resolve_type_here(t))
    }

    pub(super) fn resolve_type_here(&mut self, t: &ast::Expr) -> Option<TypeId> {
        let pos = t.pos;
        match &t.kind {
            AK::Ident(n) => match self.lookup(n) {
                Some(Entity::TypeName(t)) => {
                    self.complete_type(t);
                    Some(t)
                }
                Some(_) => {
                    self.report(pos, TypeError::NotAType { n: n.to_string() });
                    None
                }
                None => {
                    if matches!(n.as_str(), "float64" | "float32") {
                        self.unsupported(pos, "floating-point numbers");
                    } else if matches!(n.as_str(), "complex64" | "complex128") {
                        self.unsupported(pos, "complex numbers");
                    } else if matches!(n.as_str(), "error" | "any") {
                        self.unsupported(pos, "interfaces");
                    } else {
                        self.report(pos, TypeError::Undefined { n: n.to_string() });
                    }
                    None
                }
            },
            AK::Paren(x) => self.resolve_type(x),
            AK::SliceType(e) => {
                let et = self.resolve_type(e)?;
                if et != T::STRING && !self.files[self.file].library {
                    self.unsupported(pos, "slices");
                    return None;
                }
                Some(self.types.slice(et))
            }
            AK::Selector(x, (sel, _)) if matches!(x.kind, AK::Ident(_)) => {
                let what = format!("the type {}.{sel}", expr_string(x));
                self.unsupported(pos, &what);
                None
            }
            AK::Bad => None,
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

/// What a construct that memrun parses but does not compile yet is called in its "memrun: …
/// is not supported yet" diagnostic; None for the forms the checker handles itself.
pub(super) fn unsupported_form(e: &ast::Expr) -> Option<&'static str> {
    Some(match &e.kind {
        // A literal of a type memrun does not compile is named by its type (`maps`).
        AK::Composite { ty: Some(t), .. } => unsupported_form(t).unwrap_or("composite literals"),
        AK::Composite { ty: None, .. } => "composite literals",
        AK::FuncLit(..) => "function literals",
        AK::TypeAssert(..) => "type assertions",
        AK::Imag(_) => "complex numbers",
        AK::Unary(Op::And, _) | AK::Star(_) => "pointers",
        AK::Unary(Op::Arrow, _) | AK::ChanType(..) => "channels",
        AK::ArrayType(..) => "arrays",
        AK::MapType(..) => "maps",
        AK::FuncType(_) => "function types",
        AK::StructType(_) => "structs",
        AK::InterfaceType(_) => "interfaces",
        AK::DotsType(_) => "variadic functions",
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
        let id = self.check_type_spec(spec)?;
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

    /// Resolves a local type's underlying type at its declaration (its name already in scope:
    /// a reference to itself is gc's "refers to itself").
    pub(super) fn complete_local_type(&mut self, t: TypeId, spec: &ast::TypeSpec) {
        self.local_types.push((t, spec.name.0.clone(), spec.name.1));
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
                let u = self.with_pkg_context(file, pkg, |c| c.resolve_type(&spec.ty));
                self.type_stack.pop();
                if let Some(u) = u {
                    self.types.set_underlying(t, u);
                }
                self.type_decls[i].state = 2;
            }
        }
    }

    /// gc's "invalid recursive type" for the cycle that leads back to `t`.
    fn report_type_cycle(&mut self, t: TypeId) {
        let Some(start) = self.type_stack.iter().position(|&x| x == t) else {
            return;
        };
        let cycle: Vec<TypeId> = self.type_stack[start..].to_vec();
        let name_pos = |c: &Self, x: TypeId| {
            let d = &c.type_decls[c.type_index[&x]];
            (d.spec.name.0.clone(), d.spec.name.1, d.file)
        };
        let (name, pos, file) = name_pos(self, t);
        if cycle.len() == 1 {
            self.report_in(file, pos, TypeError::RecursiveTypeSelf { name });
            return;
        }
        let mut notes = String::new();
        for (k, &x) in cycle.iter().enumerate() {
            let (from, at, _) = name_pos(self, x);
            let (to, _, _) = name_pos(self, cycle[(k + 1) % cycle.len()]);
            notes.push_str(&related(at, &format!("{from} refers to {to}")));
        }
        self.report_in(file, pos, TypeError::RecursiveType { name, notes });
    }
}
