//! The package environment: collecting each file's imports and declarations, then resolving
//! package-level constants and variables on demand, in dependency order (their initialisation
//! order), with gc's cycle errors.

use super::*;

/// A const spec with omitted values filled in from the previous spec of its group (the spec's
/// implicit repetition), borrowed from the syntax tree.
#[derive(Clone, Copy)]
pub(super) struct ConstView<'a> {
    pub(super) names: &'a [ast::Name],
    pub(super) ty: Option<&'a ast::Expr>,
    pub(super) values: &'a [ast::Expr],
    pub(super) iota: i64,
}

/// Package-level constant awaiting evaluation.
pub(super) struct PendingConst<'a> {
    pub(super) file: usize,
    pub(super) spec: ConstView<'a>,
    pub(super) index: usize,
    pub(super) pkg: PkgId,
    pub(super) state: u8, // 0 new, 1 in progress, 2 done
    pub(super) result: Option<(TypeId, Value)>,
}

/// A package-level type alias (`type A = T`), resolved on first use: an alias stands for its
/// type, which may be declared later in the package.
pub(super) struct PendingAlias<'a> {
    pub(super) file: usize,
    pub(super) pkg: PkgId,
    pub(super) spec: &'a ast::TypeSpec,
    pub(super) state: u8, // 0 new, 1 in progress, 2 done
    pub(super) result: Option<TypeId>,
}

pub(super) struct PendingGlobal<'a> {
    pub(super) file: usize,
    pub(super) spec: &'a ast::VarSpec,
    pub(super) index: usize,
    pub(super) pkg: PkgId,
    pub(super) id: Option<GlobalId>,
    pub(super) state: u8,
}

impl<'a> Checker<'a> {
    pub(super) fn declare_pkg(&mut self, pkg: PkgId, name: &str, pos: Pos, e: Entity) {
        if name == "_" {
            return;
        }
        if name == "init" && pkg == self.main_pkg && !matches!(e, Entity::Func(_)) {
            self.report(pos, TypeError::InitNotFunc);
            return;
        }
        let scope = self.pkg_scopes.entry(pkg).or_insert_with(|| Scope {
            names: HashMap::new(),
        });
        if scope.names.contains_key(name) {
            self.report(
                pos,
                TypeError::Redeclared {
                    name: name.to_string(),
                },
            );
            return;
        }
        scope.names.insert(name.to_owned(), e);
    }

    /// The import path of a package.
    pub(super) fn pkg_path(&self, pkg: PkgId) -> &str {
        &self.types.package_info(pkg).path
    }

    /// True if the package at `path` is one of the packages being checked (a library package
    /// while the library itself is compiled).
    pub(super) fn in_unit(&self, path: &str) -> bool {
        // Package main is never importable (gc: "import \"main\" is a program, not an
        // importable package").
        self.file_pkgs
            .iter()
            .any(|&p| p != self.main_pkg && self.pkg_path(p) == path)
    }

    pub(super) fn collect(&mut self) {
        // Every file's package first: imports between the library's packages refer to them.
        for f in self.files {
            let pkg = if f.library {
                // The package's import path ("io/fs" for package fs).
                let name = &f.ast.package.0;
                let path = crate::compile::RUNTIME_LIBRARY
                    .iter()
                    .find(|s| s.package.rsplit('/').next() == Some(name.as_str()))
                    .map_or(name.as_str(), |s| s.package);
                self.types.package(path, name)
            } else {
                self.main_pkg
            };
            self.file_pkgs.push(pkg);
        }
        // Generic types, by package (their methods are instantiated with them).
        let mut generic: HashMap<(PkgId, &str), usize> = HashMap::new();
        for (fi, f) in self.files.iter().enumerate() {
            for d in &f.ast.decls {
                if let ast::Decl::Type(specs, _) = d {
                    for s in specs.iter().filter(|s| !s.tparams.is_empty()) {
                        let key = (self.file_pkgs[fi], s.name.0.as_str());
                        if let std::collections::hash_map::Entry::Vacant(e) = generic.entry(key) {
                            e.insert(self.generic_types.len());
                            self.generic_types.push(generic::GenericType::new(
                                fi,
                                self.file_pkgs[fi],
                                generic::SpecRef::Decl(s),
                            ));
                        }
                    }
                }
            }
        }
        for (fi, f) in self.files.iter().enumerate() {
            self.file = fi;
            let pkg = self.file_pkgs[fi];
            let path = self.pkg_path(pkg).to_owned();
            if !f.library && f.ast.package.0 != "main" {
                self.report(
                    f.ast.package.1,
                    TypeError::NotMainPackage {
                        name: f.ast.package.0.to_string(),
                    },
                );
            }
            let mut scope = Scope {
                names: HashMap::new(),
            };
            let mut used = Vec::new();
            for imp in &f.ast.imports {
                match imp.path.as_str() {
                    p if library::exists(p) || self.in_unit(p) => {
                        let name = imp.alias.clone().unwrap_or_else(|| {
                            imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string()
                        });
                        if name == "_" {
                            continue;
                        }
                        if name == "." {
                            self.unsupported(imp.pos, "dot imports");
                            continue;
                        }
                        scope
                            .names
                            .insert(name, Entity::Package(imp.path.clone(), used.len()));
                        used.push((imp.path.clone(), imp.pos, false));
                    }
                    p => {
                        self.report_in(
                            fi,
                            imp.pos,
                            TypeError::UnsupportedPackage { path: p.to_owned() },
                        );
                        let name = imp
                            .alias
                            .clone()
                            .unwrap_or_else(|| default_name(p).to_owned());
                        scope.names.insert(name, Entity::Unsupported);
                    }
                }
            }
            self.file_scopes.push(scope);
            self.import_used.push(used);
            for d in &f.ast.decls {
                match d {
                    ast::Decl::Func(fd) if fd.recv.is_some() && !fd.tparams.is_empty() => {
                        self.unsupported(fd.pos, "generic methods")
                    }
                    // A method of a generic type: instantiated with each instance of the type.
                    ast::Decl::Func(fd)
                        if fd.recv.as_ref().is_some_and(|r| {
                            let base = match &r.ty.unparen().kind {
                                AK::Star(x) => x.unparen(),
                                _ => r.ty.unparen(),
                            };
                            matches!(&base.kind, AK::Index(t, _)
                                if matches!(&t.unparen().kind, AK::Ident(n)
                                    if generic.contains_key(&(pkg, n.as_str()))))
                        }) =>
                    {
                        let r = fd.recv.as_ref().expect("a receiver");
                        let base = match &r.ty.unparen().kind {
                            AK::Star(x) => x.unparen(),
                            _ => r.ty.unparen(),
                        };
                        if let AK::Index(t, _) = &base.kind {
                            if let AK::Ident(n) = &t.unparen().kind {
                                if let Some(&g) = generic.get(&(pkg, n.as_str())) {
                                    self.add_generic_method(fi, g, fd, t.pos);
                                }
                            }
                        }
                    }
                    ast::Decl::Func(fd) if fd.recv.is_some() && f.library && fd.body.is_none() => {}
                    ast::Decl::Func(fd) if fd.recv.is_some() => {
                        let id = self.prog.funcs.push(tir::Func {
                            name: format!("{path}.{}", fd.name.0),
                            ..Default::default()
                        });
                        self.method_decls.push((fi, pkg, id, fd));
                        self.func_decls.push((fi, id, fd));
                    }
                    // Go API the library declares without compiling it.
                    ast::Decl::Func(fd)
                        if !fd.tparams.is_empty() && f.library && fd.body.is_none() => {}
                    ast::Decl::Func(fd) if !fd.tparams.is_empty() => {
                        let g = self.generics.len();
                        self.generics.push(generic::GenericFunc::new(fi, pkg, fd));
                        self.declare_pkg(pkg, &fd.name.0, fd.name.1, Entity::Generic(g));
                    }
                    // A library function without a body is a compiler intrinsic or Go API memrun
                    // does not compile yet: only programs refer to it (see `library`).
                    ast::Decl::Func(fd) if f.library && fd.body.is_none() => {}
                    ast::Decl::Func(fd) => {
                        let id = self.prog.funcs.push(tir::Func {
                            name: format!("{path}.{}", fd.name.0),
                            ..Default::default()
                        });
                        if fd.name.0 == "init" && !f.library {
                            self.prog.init_funcs.push(id);
                        } else if fd.name.0 == "main" && !f.library {
                            self.prog.main = Some(id);
                            self.declare_pkg(pkg, &fd.name.0, fd.name.1, Entity::Func(id));
                        } else if fd.name.0 != "_" {
                            self.declare_pkg(pkg, &fd.name.0, fd.name.1, Entity::Func(id));
                        }
                        self.func_decls.push((fi, id, fd));
                    }
                    ast::Decl::Const(specs) => {
                        let mut last = None;
                        for spec in specs {
                            let spec = self.complete_const_spec(spec, &mut last);
                            for (k, (name, pos)) in spec.names.iter().enumerate() {
                                let idx = self.consts.len();
                                self.consts.push(PendingConst {
                                    file: fi,
                                    spec,
                                    index: k,
                                    pkg,
                                    state: 0,
                                    result: None,
                                });
                                self.declare_pkg(pkg, name, *pos, Entity::LazyConst(idx));
                            }
                        }
                    }
                    ast::Decl::Var(specs) => {
                        for spec in specs {
                            for (k, (name, pos)) in spec.names.iter().enumerate() {
                                let idx = self.globals.len();
                                self.globals.push(PendingGlobal {
                                    file: fi,
                                    spec,
                                    index: k,
                                    pkg,
                                    id: None,
                                    state: 0,
                                });
                                self.declare_pkg(pkg, name, *pos, Entity::LazyGlobal(idx));
                            }
                        }
                    }
                    ast::Decl::Type(specs, _) => {
                        for spec in specs {
                            // A library alias (`os.FileMode = fs.FileMode`) re-exports
                            // another package's type for programs; the library's own code
                            // spells the original.
                            if f.library && spec.alias {
                                continue;
                            }
                            if !spec.tparams.is_empty() {
                                if let Some(&g) = generic.get(&(pkg, spec.name.0.as_str())) {
                                    self.declare_pkg(
                                        pkg,
                                        &spec.name.0,
                                        spec.name.1,
                                        Entity::GenericType(g),
                                    );
                                }
                                continue;
                            }
                            if spec.alias {
                                let idx = self.aliases.len();
                                self.aliases.push(PendingAlias {
                                    file: fi,
                                    pkg,
                                    spec,
                                    state: 0,
                                    result: None,
                                });
                                let (n, p) = (&spec.name.0, spec.name.1);
                                self.declare_pkg(pkg, n, p, Entity::LazyAlias(idx));
                                continue;
                            }
                            // Not supported yet (reported): its uses are follow-ons.
                            let e = self
                                .declare_type(spec, pkg)
                                .map_or(Entity::Unsupported, Entity::TypeName);
                            self.declare_pkg(pkg, &spec.name.0, spec.name.1, e);
                        }
                    }
                }
            }
        }
    }

    /// The type alias `i` stands for (None when its declaration has errors, reported once),
    /// with gc's error for aliases that refer to themselves.
    pub(super) fn resolve_alias(&mut self, i: usize) -> Option<TypeId> {
        match self.aliases[i].state {
            2 => return self.aliases[i].result,
            1 => {
                self.report_alias_cycle(i);
                return None;
            }
            _ => {}
        }
        self.aliases[i].state = 1;
        self.alias_stack.push(i);
        let (file, pkg, spec) = {
            let a = &self.aliases[i];
            (a.file, a.pkg, a.spec)
        };
        // Its type may be a constraint (`type Number = interface{ ~int }`); the defined types
        // it names are completed later, as behind a pointer (a cycle through a defined type,
        // `type N struct{ next *A }; type A = N`, is valid).
        let t = self.with_pkg_context(file, pkg, |c| {
            c.indirect += 1;
            c.constraint_decl = true;
            let t = c.resolve_type(&spec.ty);
            c.indirect -= 1;
            t
        });
        self.alias_stack.pop();
        self.aliases[i].state = 2;
        self.aliases[i].result = t;
        t
    }

    /// gc's "invalid recursive type" for the aliases that lead back to alias `i`.
    fn report_alias_cycle(&mut self, i: usize) {
        let Some(start) = self.alias_stack.iter().position(|&x| x == i) else {
            return;
        };
        let cycle: Vec<(String, Pos, usize)> = self.alias_stack[start..]
            .iter()
            .map(|&x| {
                let a = &self.aliases[x];
                (a.spec.name.0.clone(), a.spec.name.1, a.file)
            })
            .collect();
        self.report_decl_cycle(&cycle);
    }

    /// Fills in omitted const values from the previous spec (implicit repetition).
    pub(super) fn complete_const_spec<'s>(
        &mut self,
        spec: &'s ast::ConstSpec,
        last: &mut Option<(Option<&'s ast::Expr>, &'s [ast::Expr])>,
    ) -> ConstView<'s> {
        let mut view = ConstView {
            names: &spec.names,
            ty: spec.ty.as_ref(),
            values: &spec.values,
            iota: spec.iota,
        };
        if spec.values.is_empty() {
            if spec.ty.is_some() {
                self.report(spec.names[0].1, TypeError::MissingInitExpr);
            }
            if let Some((ty, values)) = *last {
                view.ty = ty;
                view.values = values;
            } else {
                self.report(spec.names[0].1, TypeError::MissingInitExpr);
            }
        } else {
            *last = Some((view.ty, view.values));
        }
        view
    }

    pub(super) fn resolve_const(&mut self, i: usize) -> Option<(TypeId, Value)> {
        match self.consts[i].state {
            2 => return self.consts[i].result.clone(),
            1 => {
                let (file, pos) = (
                    self.consts[i].file,
                    self.consts[i].spec.names[self.consts[i].index].1,
                );
                self.report_in(file, pos, TypeError::ConstantCycle);
                return None;
            }
            _ => {}
        }
        self.consts[i].state = 1;
        let (file, pkg, spec, index) = (
            self.consts[i].file,
            self.consts[i].pkg,
            self.consts[i].spec,
            self.consts[i].index,
        );
        let r = self.with_pkg_context(file, pkg, |c| c.const_value(spec, index));
        self.consts[i].state = 2;
        self.consts[i].result = r.clone();
        r
    }

    /// Evaluates name `index` of a const spec.
    pub(super) fn const_value(&mut self, spec: ConstView, index: usize) -> Option<(TypeId, Value)> {
        let saved_iota = self.iota;
        self.iota = Some(spec.iota);
        let r = (|| {
            let Some(e) = spec.values.get(index) else {
                if index == spec.values.len() {
                    self.report(spec.names[index].1, TypeError::MissingInitExpr);
                }
                return None;
            };
            if index == 0 && spec.values.len() > spec.names.len() {
                self.report(spec.values[spec.names.len()].pos, TypeError::ExtraInitExpr);
            }
            // Constants are of basic types, never of a type parameter; the type is judged
            // before the value.
            if let Some(t) = spec.ty {
                let ty = self.resolve_type(t)?;
                let basic = matches!(
                    self.types.kind(self.types.underlying(ty)),
                    TypeKind::Basic(_)
                );
                if self.is_standin(ty) || (!basic && !self.broken(ty)) {
                    let ty = self.tn(ty);
                    self.report(t.pos, TypeError::InvalidConstType { ty });
                    return None;
                }
            }
            let op = self.expr(e);
            let OpKind::Const(v) = &op.kind else {
                if !matches!(op.kind, OpKind::Invalid) {
                    self.report(
                        e.pos,
                        TypeError::NotConstant {
                            x: self.describe(&op),
                        },
                    );
                }
                return None;
            };
            let v = v.clone();
            match spec.ty {
                Some(t) => {
                    let ty = self.resolve_type(t)?;
                    let op2 = self.convert_untyped(op.clone(), ty, "constant declaration")?;
                    if let OpKind::Const(v) = op2.kind {
                        Some((ty, v))
                    } else {
                        None
                    }
                }
                None => Some((op.ty, v)),
            }
        })();
        self.iota = saved_iota;
        r
    }

    pub(super) fn resolve_global(&mut self, i: usize) -> Option<GlobalId> {
        if let Some(id) = self.globals[i].id {
            return Some(id);
        }
        if self.globals[i].state == 2 {
            // Resolved with errors (reported once, with its spec).
            return None;
        }
        if self.globals[i].state == 1 {
            // The variables being resolved from i on refer to each other in turn.
            let from = self.global_stack.iter().position(|&g| g == i).unwrap_or(0);
            let cycle: Vec<(String, Pos, usize)> = self.global_stack[from..]
                .iter()
                .map(|&g| {
                    let pg = &self.globals[g];
                    let (name, pos) = pg.spec.names[pg.index].clone();
                    (name, pos, pg.file)
                })
                .collect();
            match cycle.as_slice() {
                [(name, pos, file)] => {
                    let name = name.clone();
                    self.report_in(*file, *pos, TypeError::VariableCycle { name });
                }
                [(name, pos, file), ..] => {
                    let mut notes = String::new();
                    for (k, (from, at, _)) in cycle.iter().enumerate() {
                        let to = &cycle[(k + 1) % cycle.len()].0;
                        notes.push_str(&related(*at, &format!("{from} refers to {to}")));
                    }
                    let name = name.clone();
                    self.report_in(*file, *pos, TypeError::InitCycle { name, notes });
                }
                [] => {}
            }
            return None;
        }
        self.globals[i].state = 1;
        self.global_stack.push(i);
        let (file, pkg, spec) = (
            self.globals[i].file,
            self.globals[i].pkg,
            self.globals[i].spec,
        );
        // A name with a value of its own is resolved alone (`var a, b = c, 1; var c = b` is
        // valid); names sharing a multi-value call are resolved together.
        let first = i - self.globals[i].index;
        let only = (spec.values.len() == spec.names.len()).then_some(self.globals[i].index);
        let r = self.with_pkg_context(file, pkg, |c| c.global_spec(spec, pkg, only));
        self.global_stack.pop();
        for (k, id) in r.into_iter().enumerate() {
            if only.is_some_and(|o| o != k) {
                continue;
            }
            self.globals[first + k].id = id;
            self.globals[first + k].state = 2;
        }
        self.globals[i].state = 2;
        self.globals[i].id
    }

    /// Checks package variable spec `spec` (only its name `only`, when each name has its own
    /// value) and queues its initialisation; its variables (None where not checked or wrong).
    pub(super) fn global_spec(
        &mut self,
        spec: &ast::VarSpec,
        pkg: PkgId,
        only: Option<usize>,
    ) -> Vec<Option<GlobalId>> {
        let prefix = self.pkg_path(pkg).to_owned();
        // Initialisers are checked in a scratch function context; they run in `init`.
        self.func = tir::Func::default();
        let declared_ty = spec.ty.as_ref().and_then(|t| self.resolve_type(t));
        // gc's limits: a type beyond its address space (1<<50 bytes on amd64), and a
        // variable beyond its linker's 2,000,000,000 bytes.
        if let Some(t) = declared_ty {
            let size = self.types.layout(t).size;
            if size > 2_000_000_000 {
                let (name, pos) = spec.names[0].clone();
                let error = if size >= 1 << 50 {
                    TypeError::TypeTooLarge { t: self.tn(t) }
                } else {
                    TypeError::SymbolTooLarge {
                        name: format!("{prefix}.{name}"),
                        size: size.to_string(),
                    }
                };
                self.report(pos, error);
                return vec![None; spec.names.len()];
            }
        }
        let mut ids = Vec::new();
        let mut rhs = Vec::new();
        let mut tuple = None;
        if spec.values.len() == 1 && spec.names.len() > 1 {
            let op = self.expr(&spec.values[0]);
            if let TypeKind::Tuple(ts) = self.types.kind(op.ty).clone() {
                if ts.len() != spec.names.len() {
                    self.report(
                        spec.names[0].1,
                        TypeError::AssignCountCall {
                            n: (spec.names.len()).to_string(),
                            call: expr_string(&spec.values[0]),
                            values: (ts.len()).to_string(),
                            values_s: (if ts.len() == 1 { "" } else { "s" }).to_string(),
                        },
                    );
                    return vec![None; spec.names.len()];
                }
                // A declared type: each result must be assignable to it.
                if let Some(d) = declared_ty {
                    let mut ok = true;
                    for (k, &t) in ts.iter().enumerate() {
                        if !self.types.assignable(t, d) {
                            let (t, d) = (self.tn(t), self.tn(d));
                            self.report(
                                spec.values[0].pos,
                                TypeError::ResultNotAssignable {
                                    nth: ordinal(k + 1),
                                    t,
                                    d,
                                },
                            );
                            ok = false;
                        }
                    }
                    if !ok {
                        return vec![None; spec.names.len()];
                    }
                }
                tuple = Some((op, ts));
            } else {
                match op.kind {
                    OpKind::NoValue(_) => self.no_value(&op, op.pos),
                    OpKind::Invalid => {}
                    _ => self.report(
                        spec.names[0].1,
                        TypeError::AssignCountOne {
                            n: (spec.names.len()).to_string(),
                        },
                    ),
                }
                return vec![None; spec.names.len()];
            }
        } else if !spec.values.is_empty() && spec.values.len() != spec.names.len() {
            self.report(
                spec.names[0].1,
                TypeError::AssignCount {
                    n: (spec.names.len()).to_string(),
                    n_s: (if spec.names.len() == 1 { "" } else { "s" }).to_string(),
                    values: (spec.values.len()).to_string(),
                    values_s: (if spec.values.len() == 1 { "" } else { "s" }).to_string(),
                },
            );
            return vec![None; spec.names.len()];
        }
        for (k, (name, _pos)) in spec.names.iter().enumerate() {
            if only.is_some_and(|o| o != k) {
                ids.push(None);
                continue;
            }
            let (ty, init) = if let Some((op, ts)) = &tuple {
                // The call is assigned to them all below.
                let _ = op;
                (declared_ty.unwrap_or_else(|| ts[k]), None)
            } else if let Some(e) = spec.values.get(k) {
                let op = self.expr(e);
                let ty = match &declared_ty {
                    Some(t) => *t,
                    None => self.types.default_type(op.ty),
                };
                let v = self.assign_op(op, ty, "variable declaration");
                (ty, v)
            } else {
                (declared_ty.unwrap_or(T::INVALID), None)
            };
            let id = self.prog.globals.push(tir::Global {
                name: format!("{prefix}.{name}"),
                ty,
                external: false,
            });
            ids.push(Some(id));
            if let Some(v) = init {
                rhs.push((id, v));
            }
        }
        if let Some((op, _)) = tuple {
            if let Some(call) = self.value_expr(op) {
                let places = ids
                    .iter()
                    .map(|i| i.map_or(Place::Blank, Place::Global))
                    .collect();
                self.prog.init.push(tir::Stmt::AssignTuple(places, call));
                self.prog.init_pkgs.push(prefix.clone());
            }
        } else if !rhs.is_empty() && rhs.len() == ids.iter().flatten().count() {
            // One statement per variable: each is ordered by its own dependencies.
            for (id, v) in rhs {
                self.prog
                    .init
                    .push(tir::Stmt::Assign(vec![Place::Global(id)], vec![v]));
                self.prog.init_pkgs.push(prefix.clone());
            }
        }
        // Any locals a global initialiser needed would live in a scratch function: not supported.
        ids
    }

    /// Attaches every method declaration to its receiver's defined type (after all types are
    /// resolved, before any body is checked), with gc's errors for receivers that cannot have
    /// methods, duplicates, and fields of the same name.
    pub(super) fn attach_methods(&mut self) {
        for k in 0..self.method_decls.len() {
            let (fi, pkg, id, fd) = self.method_decls[k];
            let Some(recv) = fd.recv.as_ref() else {
                continue;
            };
            let (base, ptr) = match &recv.ty.unparen().kind {
                AK::Star(x) => (x.unparen(), true),
                _ => (recv.ty.unparen(), false),
            };
            // `T[P]` of a type that is not generic (a generic one's methods are set aside).
            if let AK::Index(x, _) = &base.kind {
                if let AK::Ident(n) = &x.unparen().kind {
                    let e = self.with_pkg_context(fi, pkg, |c| c.lookup(n));
                    let n = n.clone();
                    let error = match e {
                        None => TypeError::Undefined { n },
                        Some(Entity::Unsupported) => continue,
                        Some(_) => TypeError::NotGenericType { n },
                    };
                    self.report_in(fi, x.pos, error);
                    continue;
                }
            }
            let mut found = self.with_pkg_context(fi, pkg, |c| match &base.kind {
                AK::Ident(n) => Some((n.clone(), c.lookup(n))),
                _ => None,
            });
            // An alias of a pointer to a local defined type (`type P = *T`) is a pointer
            // receiver.
            let mut ptr = ptr;
            if let Some((_, Some(Entity::TypeName(t)))) = &mut found {
                if let TypeKind::Pointer(b) = *self.types.kind(*t) {
                    if !ptr
                        && matches!(self.types.kind(b), TypeKind::Named(nm) if nm.pkg == Some(pkg))
                    {
                        *t = b;
                        ptr = true;
                    }
                }
            }
            let t = match found {
                Some((_, Some(Entity::TypeName(t)))) if matches!(self.types.kind(t), TypeKind::Named(nm) if nm.pkg == Some(pkg)) => {
                    t
                }
                Some((n, Some(Entity::TypeName(_)))) => {
                    self.report_in(fi, base.pos, TypeError::NonLocalReceiver { n });
                    continue;
                }
                Some((n, None)) => {
                    self.report_in(fi, base.pos, TypeError::Undefined { n });
                    continue;
                }
                Some((_, Some(Entity::Unsupported))) => continue,
                _ => {
                    let t = expr_string(&recv.ty);
                    self.report_in(fi, base.pos, TypeError::InvalidReceiver { t });
                    continue;
                }
            };
            // An alias of a generic type's instance (`type IntList = List[int]`).
            if self.instance_origin.contains_key(&t) {
                let t = self.tn(t);
                self.report_in(fi, base.pos, TypeError::MethodOnInstance { t });
                continue;
            }
            let u = self.types.underlying(t);
            if matches!(
                self.types.kind(u),
                TypeKind::Pointer(_) | TypeKind::Interface(_)
            ) {
                let t = self.tn(t);
                self.report_in(fi, base.pos, TypeError::InvalidReceiverKind { t });
                continue;
            }
            let name = fd.name.0.clone();
            let tname = self.tn(t);
            self.prog.funcs[id].name = if ptr {
                format!("{}.(*{}).{name}", self.pkg_path(pkg), tname)
            } else {
                format!("{}.{}.{name}", self.pkg_path(pkg), tname)
            };
            if name == "_" {
                continue;
            }
            if let Some(&prev) = self.method_funcs.get(&(t, name.clone())) {
                let at = self.func_decls_lookup(prev).map_or(0, |d| d.2.name.1);
                self.report_in(
                    fi,
                    fd.name.1,
                    TypeError::MethodRedeclared {
                        t: tname,
                        m: name,
                        at: errors::at(at),
                    },
                );
                continue;
            }
            if let TypeKind::Struct(fields) = self.types.kind(u) {
                if fields.iter().any(|f| f.name == name) {
                    let other = self.field_pos(t, &name).map_or(String::new(), |p| {
                        related(p, &format!("other declaration of {name}"))
                    });
                    self.report_in(fi, fd.name.1, TypeError::FieldAndMethod { name, other });
                    continue;
                }
            }
            let (params, results) = self.signature(id);
            let params = params[1..].to_vec();
            let variadic = fd
                .sig
                .params
                .last()
                .is_some_and(|p| matches!(p.ty.kind, AK::DotsType(_)));
            let sig = self
                .types
                .signature(params, Vec::new(), results, Vec::new(), variadic);
            let exported = name.chars().next().is_some_and(char::is_uppercase);
            self.types.add_method(
                t,
                crate::compile::types::Method {
                    name: name.clone(),
                    pkg: if exported { None } else { Some(pkg) },
                    sig,
                    ptr_recv: ptr,
                },
            );
            self.method_funcs.insert((t, name), id);
        }
    }

    /// Sets method `fd` of generic type `g` aside for its instances, with gc's errors for a
    /// second method of its name or a field of its name.
    fn add_generic_method(&mut self, fi: usize, g: usize, fd: &'a ast::FuncDecl, at: Pos) {
        let name = &fd.name.0;
        let gt = &self.generic_types[g];
        if gt.spec.alias {
            let t = self.generic_type_written(g);
            self.report_in(fi, at, TypeError::MethodOnGenericAlias { t });
            return;
        }
        if name != "_" {
            if let Some(prev) = gt.methods.iter().find(|m| m.name.0 == *name) {
                let error = TypeError::MethodRedeclared {
                    t: gt.spec.name.0.clone(),
                    m: name.clone(),
                    at: errors::at(prev.name.1),
                };
                self.report_in(fi, fd.name.1, error);
                return;
            }
            if let AK::StructType(fields) = &gt.spec.ty.unparen().kind {
                let field = fields
                    .iter()
                    .flat_map(|f| f.names.iter())
                    .find(|(n, _)| n == name);
                if let Some((_, p)) = field {
                    let other = related(*p, &format!("other declaration of {name}"));
                    let error = TypeError::FieldAndMethod {
                        name: name.clone(),
                        other,
                    };
                    self.report_in(fi, fd.name.1, error);
                    return;
                }
            }
        }
        self.generic_types[g].methods.push(fd);
    }

    /// Where the field `name` of the struct type declared as `t` is declared.
    fn field_pos(&self, t: TypeId, name: &str) -> Option<Pos> {
        let d = &self.type_decls[*self.type_index.get(&t)?];
        let AK::StructType(fields) = &d.spec.ty.unparen().kind else {
            return None;
        };
        fields
            .iter()
            .flat_map(|f| f.names.iter())
            .find(|(n, _)| n == name)
            .map(|(_, p)| *p)
    }
}

/// The name an import of `path` binds without an alias, by Go's convention: the last element,
/// or the one before a major-version suffix (`math/rand/v2` is `rand`).
fn default_name(path: &str) -> &str {
    let mut parts = path.rsplit('/');
    let last = parts.next().unwrap_or(path);
    let is_version =
        last.len() > 1 && last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit());
    match parts.next() {
        Some(prev) if is_version => prev,
        _ => last,
    }
}
