//! The package table: what each importable package of memrun's runtime library declares, read
//! from the library's own Go source ([`crate::compile::RUNTIME_LIBRARY`]), so that supporting
//! more of a package means writing Go there, not editing the checker.
//!
//! A package's members are its exported package-level declarations: a function with a body is
//! compiled into the library and called by programs; a function without one is either one of
//! the compiler's intrinsics (the `fmt` print functions, see `check/call.rs`) or Go API memrun
//! does not compile yet, as are the names a `//memrun:unsupported` line lists (types and
//! variables memrun cannot declare yet).

use super::*;
use crate::compile::syntax;
use crate::compile::RUNTIME_LIBRARY;
use std::sync::OnceLock;

/// The name of the library function that initialises package `path`'s variables.
pub(crate) fn init_func_name(path: &str) -> String {
    format!("{path}..init")
}

/// The library packages a program importing `imports` initialises, each after the packages
/// it imports (gc's order: dependencies first, else import order).
pub(crate) fn init_order<'s>(imports: impl IntoIterator<Item = &'s str>) -> Vec<&'static str> {
    fn visit(path: &str, out: &mut Vec<&'static str>) {
        let Some(src) = RUNTIME_LIBRARY
            .iter()
            .find(|s| s.package == path && s.package != "runtime")
        else {
            return;
        };
        if out.contains(&src.package) {
            return;
        }
        if let Some(lib) = package(src.package) {
            for imp in &lib.file.imports {
                visit(&imp.path, out);
            }
        }
        if !out.contains(&src.package) {
            out.push(src.package);
        }
    }
    let mut out = Vec::new();
    for p in imports {
        visit(p, &mut out);
    }
    out
}

impl<'a> Checker<'a> {
    /// Calls of the initialisation of every library package the program imports, in order.
    pub(super) fn library_inits(&mut self) -> Vec<tir::Stmt> {
        let imports: Vec<String> = self
            .files
            .iter()
            .filter(|f| !f.library)
            .flat_map(|f| f.ast.imports.iter().map(|i| i.path.clone()))
            .collect();
        let mut body = Vec::new();
        for p in init_order(imports.iter().map(String::as_str)) {
            let id = self.prog.funcs.push(tir::Func {
                name: init_func_name(p),
                external: true,
                ..Default::default()
            });
            body.push(tir::Stmt::Eval(tir::Expr {
                ty: T::INVALID,
                kind: tir::ExprKind::Call(id, vec![]),
            }));
        }
        body
    }
}

/// An importable package of the runtime library.
pub(crate) struct LibPackage {
    /// The syntax tree of its source.
    pub(crate) file: ast::File,
    /// Exported names memrun does not compile yet (from `//memrun:unsupported`).
    unsupported: Vec<String>,
}

/// One exported member of a library package.
pub(crate) enum Member<'p> {
    /// A function (a body-less one is an intrinsic or not supported yet).
    Func(&'p ast::FuncDecl),
    /// A variable, by its spec.
    Var(&'p ast::VarSpec),
    /// A type, by its spec.
    Type(&'p ast::TypeSpec),
    /// A constant: its spec (with the implicit repetition of an earlier one filled in) and
    /// its index there.
    Const(ConstView<'p>, usize),
    /// A name memrun knows but does not compile yet.
    Unsupported,
}

impl LibPackage {
    /// The exported member `name`.
    pub(crate) fn member(&self, name: &str) -> Option<Member<'_>> {
        if !is_exported(name) {
            return None;
        }
        self.member_any(name)
    }

    /// The member `name`, exported or not (as the package's own declarations see it).
    pub(crate) fn member_any(&self, name: &str) -> Option<Member<'_>> {
        for d in &self.file.decls {
            match d {
                ast::Decl::Func(f) if f.recv.is_none() && f.name.0 == name => {
                    return Some(Member::Func(f));
                }
                ast::Decl::Var(specs) => {
                    for spec in specs {
                        if spec.names.iter().any(|n| n.0 == name) {
                            return Some(Member::Var(spec));
                        }
                    }
                }
                ast::Decl::Type(specs, _) => {
                    if let Some(spec) = specs.iter().find(|s| s.name.0 == name) {
                        return Some(Member::Type(spec));
                    }
                }
                ast::Decl::Const(specs) => {
                    let mut last: Option<(Option<&ast::Expr>, &[ast::Expr])> = None;
                    for spec in specs {
                        let mut view = ConstView {
                            names: &spec.names,
                            ty: spec.ty.as_ref(),
                            values: &spec.values,
                            iota: spec.iota,
                        };
                        if spec.values.is_empty() {
                            if let Some((ty, values)) = last {
                                view.ty = ty;
                                view.values = values;
                            }
                        } else {
                            last = Some((view.ty, view.values));
                        }
                        if let Some(k) = spec.names.iter().position(|n| n.0 == name) {
                            return Some(Member::Const(view, k));
                        }
                    }
                }
                _ => {}
            }
        }
        self.unsupported
            .iter()
            .any(|n| n == name)
            .then_some(Member::Unsupported)
    }

    /// An exported member spelt like `name` but for case (gc's "but have X" hint).
    pub(crate) fn near_miss(&self, name: &str) -> Option<String> {
        let exported = self.file.decls.iter().flat_map(|d| -> Vec<&str> {
            match d {
                ast::Decl::Func(f) if f.recv.is_none() => vec![f.name.0.as_str()],
                ast::Decl::Var(specs) => specs
                    .iter()
                    .flat_map(|s| s.names.iter().map(|n| n.0.as_str()))
                    .collect(),
                ast::Decl::Type(specs, _) => specs.iter().map(|s| s.name.0.as_str()).collect(),
                ast::Decl::Const(specs) => specs
                    .iter()
                    .flat_map(|s| s.names.iter().map(|n| n.0.as_str()))
                    .collect(),
                _ => Vec::new(),
            }
        });
        exported
            .chain(self.unsupported.iter().map(String::as_str))
            .find(|n| is_exported(n) && *n != name && n.eq_ignore_ascii_case(name))
            .map(str::to_owned)
    }
}

/// True for an exported Go name (starting with an upper-case letter).
pub(crate) fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the runtime library has an importable package at `path` (without parsing it).
pub(crate) fn exists(path: &str) -> bool {
    api_source(path).is_some()
}

/// The source that declares package `path` to programs: its one file, or for package runtime
/// (whose other files are memrun's core) `extern.go`.
fn api_source(path: &str) -> Option<&'static crate::compile::LibrarySource> {
    RUNTIME_LIBRARY
        .iter()
        .find(|s| s.package == path && (path != "runtime" || s.name == "extern.go"))
}

/// The importable package at `path`, parsed on first use (a few hundred bytes; package
/// runtime, the library's core, is not importable and never parsed here).
pub(crate) fn package(path: &str) -> Option<&'static LibPackage> {
    /// Each importable package's path and, once parsed, its declarations.
    type Slot = (&'static str, OnceLock<Option<LibPackage>>);
    static TABLE: OnceLock<Vec<Slot>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        RUNTIME_LIBRARY
            .iter()
            .filter(|src| api_source(src.package).is_some_and(|a| a.name == src.name))
            .map(|src| (src.package, OnceLock::new()))
            .collect()
    });
    let (_, slot) = table.iter().find(|(p, _)| *p == path)?;
    slot.get_or_init(|| {
        let src = api_source(path)?;
        let file = syntax::parse(src.text.as_bytes()).file?;
        let unsupported = src
            .text
            .lines()
            .filter_map(|l| l.strip_prefix("//memrun:unsupported "))
            .flat_map(|l| l.split_whitespace().map(str::to_owned))
            .collect();
        Some(LibPackage { file, unsupported })
    })
    .as_ref()
}

impl<'a> Checker<'a> {
    /// `pkg.name`: a member of an imported package — of the unit being compiled (the library's
    /// own packages, while it is built) or of the runtime library's package table.
    pub(super) fn package_member<'e>(
        &mut self,
        path: &str,
        name: &str,
        pos: Pos,
        start: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        if self.in_unit(path) {
            let pkg = self
                .file_pkgs
                .iter()
                .copied()
                .find(|&k| self.pkg_path(k) == path);
            let e = pkg.and_then(|k| self.pkg_scopes.get(&k)?.names.get(name).cloned());
            if e.is_none() {
                self.report(
                    pos,
                    TypeError::UndefinedQualified {
                        path: path.to_string(),
                        name: name.to_string(),
                    },
                );
                return Operand::invalid(pos);
            }
            return self.entity_operand(e, name, start, text);
        }
        let qualified = format!("{path}.{name}");
        // The print intrinsics need no declaration: a program that only prints does not pay
        // for parsing the package's source (a unit test checks fmt declares them body-less).
        if let Some(f) = FmtFn::intrinsic(&qualified) {
            let t = self.fmt_sig(f);
            return self.mk(start, text, t, OpKind::Fmt(f));
        }
        let Some(lib) = library::package(path) else {
            return Operand::invalid(pos);
        };
        match lib.member(name) {
            None => {
                let hint = lib
                    .near_miss(name)
                    .map(|n| format!(" (but have {n})"))
                    .unwrap_or_default();
                self.report(
                    pos,
                    TypeError::UndefinedMember {
                        qualified: qualified.to_string(),
                        hint: hint.to_string(),
                    },
                );
                Operand::invalid(pos)
            }
            Some(Member::Unsupported) => {
                self.unsupported(pos, &qualified);
                Operand::invalid(pos)
            }
            // A generic function of the library: instantiated with the program.
            Some(Member::Func(decl)) if !decl.tparams.is_empty() && decl.body.is_some() => {
                let g = self.library_generic(path, decl);
                self.mk(start, text, T::INVALID, OpKind::Generic(g, Vec::new()))
            }
            Some(Member::Func(decl)) if decl.body.is_none() => match FmtFn::intrinsic(&qualified) {
                Some(f) => {
                    let t = self.fmt_sig(f);
                    self.mk(start, text, t, OpKind::Fmt(f))
                }
                None => {
                    self.unsupported(pos, &qualified);
                    Operand::invalid(pos)
                }
            },
            Some(Member::Func(decl)) => match self.library_func(&qualified, decl) {
                Some(id) => {
                    let t = self.func_sig_type(id);
                    self.mk(start, text, t, OpKind::Func(id))
                }
                None => {
                    self.unsupported(pos, &qualified);
                    Operand::invalid(pos)
                }
            },
            Some(Member::Const(view, k)) => match self.library_const(path, name, view, k) {
                Some((ty, v)) => self.mk(start, text, ty, OpKind::Const(v)),
                None => {
                    self.unsupported(pos, &qualified);
                    Operand::invalid(pos)
                }
            },
            Some(Member::Type(spec)) => match self.library_named(path, spec) {
                Some(t) => self.mk(start, text, t, OpKind::Type),
                None => {
                    self.unsupported(pos, &format!("the type {qualified}"));
                    Operand::invalid(pos)
                }
            },
            Some(Member::Var(spec)) => match self.library_var(&qualified, spec) {
                Some(g) => self.global_operand(g, start, text),
                None => {
                    self.unsupported(pos, &qualified);
                    Operand::invalid(pos)
                }
            },
        }
    }

    /// Resolves a type written in a library declaration, quietly: None if memrun cannot
    /// compile it yet (the use is then reported as not supported, at the program's position).
    fn library_type(&mut self, path: &str, t: &ast::Expr) -> Option<TypeId> {
        let marks = self.errors.len();
        // Library declarations name the universe's types and their package's, whatever the
        // program declares.
        let path = crate::compile::RUNTIME_LIBRARY
            .iter()
            .find(|s| s.package == path)
            .map(|s| s.package)?;
        let outer = self.library_decl.replace(path);
        // Its unexported names (struct fields) are the library package's, not the program's.
        let name = path.rsplit('/').next().unwrap_or(path);
        let lib_pkg = self.types.package(path, name);
        let outer_pkg = std::mem::replace(&mut self.pkg, lib_pkg);
        let ty = self.resolve_type(t);
        self.pkg = outer_pkg;
        self.library_decl = outer;
        let quiet = self.errors.len() == marks;
        self.errors.truncate(marks);
        ty.filter(|_| quiet)
    }

    /// A library package's constant, evaluated once in its package's context (quietly: None
    /// if memrun cannot evaluate it).
    pub(super) fn library_const(
        &mut self,
        path: &str,
        name: &str,
        view: ConstView,
        index: usize,
    ) -> Option<(TypeId, Value)> {
        let qualified = format!("{path}.{name}");
        if let Some(r) = self.library_consts.get(&qualified) {
            return r.clone();
        }
        // A cycle is the library's bug; an entry first stops the recursion.
        self.library_consts.insert(qualified.clone(), None);
        let lib_path = crate::compile::RUNTIME_LIBRARY
            .iter()
            .find(|s| s.package == path)
            .map(|s| s.package)?;
        let marks = self.errors.len();
        let outer = self.library_decl.replace(lib_path);
        let pkgname = path.rsplit('/').next().unwrap_or(path);
        let lib_pkg = self.types.package(path, pkgname);
        let outer_pkg = std::mem::replace(&mut self.pkg, lib_pkg);
        let r = self.const_value(view, index);
        self.pkg = outer_pkg;
        self.library_decl = outer;
        let quiet = self.errors.len() == marks;
        self.errors.truncate(marks);
        let r = r.filter(|_| quiet);
        self.library_consts.insert(qualified, r.clone());
        r
    }

    /// `errors.As(err, target)` calls `errors.asType` with the descriptor of the type `target`
    /// points to, as its static type says (the descriptors of a pointer's element are not
    /// otherwise identities).
    pub(super) fn errors_as<'e>(&mut self, o: Operand<'e>) -> Operand<'e> {
        let OpKind::Value(tir::Expr {
            kind: tir::ExprKind::Call(_, mut args),
            ty,
        }) = o.kind.clone()
        else {
            return o;
        };
        let Some(lib) = package("errors") else {
            return o;
        };
        let decl = lib.file.decls.iter().find_map(|d| match d {
            ast::Decl::Func(f) if f.name.0 == "asType" => Some(&**f),
            _ => None,
        });
        let Some(id) = decl.and_then(|d| self.library_func("errors.asType", d)) else {
            return o;
        };
        let elem = match args.get(1).map(|a| &a.kind) {
            Some(tir::ExprKind::Box(x)) => match self.types.kind(self.types.underlying(x.ty)) {
                TypeKind::Pointer(e) => Some(*e),
                _ => None,
            },
            _ => None,
        };
        let elem = match elem {
            Some(e) => {
                self.need_methods(e);
                tir::Expr {
                    ty: T::UINTPTR,
                    kind: tir::ExprKind::TypeDesc(e),
                }
            }
            None => tir::Expr {
                ty: T::UINTPTR,
                kind: tir::ExprKind::Const(Value::Int(0.into())),
            },
        };
        args.push(elem);
        let e = tir::Expr {
            ty,
            kind: tir::ExprKind::Call(id, args),
        };
        Operand {
            kind: OpKind::Value(e),
            ..o
        }
    }

    /// A library package's defined type (`fmt.Stringer`, `os.File`) in the program's type
    /// table, made once, with its exported methods as external functions of the library.
    pub(super) fn library_named(&mut self, path: &str, spec: &ast::TypeSpec) -> Option<TypeId> {
        let qualified = format!("{path}.{}", spec.name.0);
        if let Some(&t) = self.library_types.get(&qualified) {
            return Some(t);
        }
        if !spec.tparams.is_empty() {
            return None;
        }
        if spec.alias {
            let t = self.library_type(path, &spec.ty)?;
            self.library_types.insert(qualified, t);
            return Some(t);
        }
        let name = path.rsplit('/').next().unwrap_or(path).to_string();
        let pkg = self.types.package(path, &name);
        let t = self.types.named(&spec.name.0, Some(pkg));
        self.library_types.insert(qualified, t);
        // A type declaration's own type may be a constraint (`cmp.Ordered`), whatever uses it.
        let outer = std::mem::replace(&mut self.constraint_depth, 1);
        let u = self.library_type(path, &spec.ty);
        self.constraint_depth = outer;
        let u = u?;
        self.types.set_underlying(t, u);
        let lib = package(path)?;
        for d in &lib.file.decls {
            let ast::Decl::Func(fd) = d else { continue };
            let Some(recv) = &fd.recv else { continue };
            let (base, ptr) = match &recv.ty.unparen().kind {
                AK::Star(x) => (x.unparen(), true),
                _ => (recv.ty.unparen(), false),
            };
            if !matches!(&base.kind, AK::Ident(n) if *n == spec.name.0) || !is_exported(&fd.name.0)
            {
                continue;
            }
            let m = fd.name.0.clone();
            let tname = self.tn(t);
            let fname = if ptr {
                format!("{path}.(*{tname}).{m}")
            } else {
                format!("{path}.{tname}.{m}")
            };
            let rt = if ptr { self.types.pointer(t) } else { t };
            // A method whose signature memrun cannot declare: named as not supported where
            // a program selects it.
            let Some(id) = self.library_func_with(&fname, fd, Some(rt)) else {
                self.library_unsupported_methods.insert((t, m));
                continue;
            };
            if fd.body.is_none() {
                self.library_bodyless.insert(id);
            }
            let f = &self.prog.funcs[id];
            let params: Vec<TypeId> = f.params[1..].iter().map(|&l| f.locals[l]).collect();
            let results = f.results.clone();
            let variadic = self.library_variadic.contains(&id);
            let sig = self
                .types
                .signature(params, Vec::new(), results, Vec::new(), variadic);
            self.types.add_method(
                t,
                crate::compile::types::Method {
                    name: m.clone(),
                    pkg: None,
                    sig,
                    ptr_recv: ptr,
                },
            );
            self.method_funcs.insert((t, m), id);
        }
        Some(t)
    }

    /// The library function `qualified` as an external function of the program, declared once.
    fn library_func(&mut self, qualified: &str, decl: &ast::FuncDecl) -> Option<FuncId> {
        self.library_func_with(qualified, decl, None)
    }

    /// A library function named inside a library generic's body.
    pub(super) fn library_func_entity(
        &mut self,
        qualified: &str,
        decl: &ast::FuncDecl,
    ) -> Option<Entity> {
        self.library_func(qualified, decl).map(Entity::Func)
    }

    /// A library package's path as the library spells it ('static) and its package id.
    fn library_package_ids(&mut self, path: &str) -> (&'static str, PkgId) {
        let lib_path = crate::compile::RUNTIME_LIBRARY
            .iter()
            .find(|s| s.package == path)
            .map_or("", |s| s.package);
        let name = path.rsplit('/').next().unwrap_or(path);
        (lib_path, self.types.package(path, name))
    }

    /// The generic function `decl` of library package `path`, registered on first use: its
    /// instances are checked and compiled with the program.
    pub(super) fn library_generic(&mut self, path: &str, decl: &'static ast::FuncDecl) -> usize {
        let qualified = format!("{path}.{}", decl.name.0);
        if let Some(&g) = self.library_generics.get(&qualified) {
            return g;
        }
        let (lib_path, pkg) = self.library_package_ids(path);
        let g = self.generics.len();
        let mut gf = generic::GenericFunc::new(self.file, pkg, decl);
        gf.library = Some(lib_path);
        self.generics.push(gf);
        self.library_generics.insert(qualified, g);
        g
    }

    /// The generic type `spec` of library package `path`, with its methods, registered on
    /// first use.
    pub(super) fn library_generic_type(
        &mut self,
        path: &str,
        spec: &'static ast::TypeSpec,
    ) -> usize {
        let qualified = format!("{path}.{}", spec.name.0);
        if let Some(&g) = self.library_generic_types.get(&qualified) {
            return g;
        }
        let (lib_path, pkg) = self.library_package_ids(path);
        let mut gt = generic::GenericType::new(self.file, pkg, generic::SpecRef::Decl(spec));
        gt.library = Some(lib_path);
        if let Some(lib) = package(path) {
            for d in &lib.file.decls {
                let ast::Decl::Func(fd) = d else { continue };
                let Some(recv) = &fd.recv else { continue };
                let base = match &recv.ty.unparen().kind {
                    AK::Star(x) => x.unparen(),
                    _ => recv.ty.unparen(),
                };
                if matches!(&base.kind, AK::Index(x, _)
                    if matches!(&x.unparen().kind, AK::Ident(n) if *n == spec.name.0))
                {
                    gt.methods.push(fd);
                }
            }
        }
        let g = self.generic_types.len();
        self.generic_types.push(gt);
        self.library_generic_types.insert(qualified, g);
        g
    }

    /// The type of a print function of fmt as a value (none for the builtins print and
    /// println, which are not values): built here, so that a program that only prints does
    /// not parse fmt's source.
    pub(super) fn fmt_sig(&mut self, f: tir::FmtFn) -> TypeId {
        use tir::FmtFn as F;
        let any_slice = self.types.slice(T::ANY);
        let (params, results) = match f {
            F::Print | F::Println => (vec![any_slice], vec![T::INT, T::ERROR]),
            F::Printf => (vec![T::STRING, any_slice], vec![T::INT, T::ERROR]),
            F::Sprint | F::Sprintln => (vec![any_slice], vec![T::STRING]),
            F::Sprintf => (vec![T::STRING, any_slice], vec![T::STRING]),
            F::BuiltinPrint | F::BuiltinPrintln => return T::INVALID,
        };
        self.types
            .signature(params, Vec::new(), results, Vec::new(), true)
    }

    /// The function value of a print intrinsic of fmt: its wrapper in package fmt
    /// (`printlnValue` for `Println`), a function with a body that calls it.
    pub(super) fn fmt_func_value(&mut self, f: tir::FmtFn) -> Option<tir::Expr> {
        let name = format!("{f:?}");
        let wrapper = format!("{}{}Value", name[..1].to_lowercase(), &name[1..]);
        let Some(Member::Func(decl)) = package("fmt")?.member_any(&wrapper) else {
            return None;
        };
        let id = self.library_func(&format!("fmt.{wrapper}"), decl)?;
        let t = self.func_sig_type(id);
        Some(self.func_value(id, t))
    }

    /// A library function or (with its receiver's type) method, declared once.
    fn library_func_with(
        &mut self,
        qualified: &str,
        decl: &ast::FuncDecl,
        recv: Option<TypeId>,
    ) -> Option<FuncId> {
        if let Some(&id) = self.library_funcs.get(qualified) {
            return Some(id);
        }
        let path = qualified.split_once('.').map_or(qualified, |(p, _)| p);
        let mut func = tir::Func {
            name: qualified.to_owned(),
            external: true,
            ..Default::default()
        };
        if let Some(rt) = recv {
            let l = func.locals.push(rt);
            func.params.push(l);
        }
        let mut variadic = false;
        for p in &decl.sig.params {
            let ty = match &p.ty.kind {
                AK::DotsType(e) => {
                    variadic = true;
                    let e = self.library_type(path, e)?;
                    self.types.slice(e)
                }
                _ => self.library_type(path, &p.ty)?,
            };
            let l = func.locals.push(ty);
            func.params.push(l);
        }
        for r in &decl.sig.results {
            func.results.push(self.library_type(path, &r.ty)?);
        }
        let id = self.prog.funcs.push(func);
        self.library_funcs.insert(qualified.to_owned(), id);
        if variadic {
            self.library_variadic.insert(id);
        }
        Some(id)
    }

    /// The library variable `qualified` as an external global of the program, declared once.
    fn library_var(&mut self, qualified: &str, spec: &ast::VarSpec) -> Option<GlobalId> {
        if let Some(&g) = self.library_globals.get(qualified) {
            return Some(g);
        }
        let path = qualified.split_once('.').map_or(qualified, |(p, _)| p);
        let ty = self.library_type(path, spec.ty.as_ref()?)?;
        let g = self.prog.globals.push(tir::Global {
            name: qualified.to_owned(),
            ty,
            external: true,
        });
        self.library_globals.insert(qualified.to_owned(), g);
        Some(g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_the_library_source() {
        let os = package("os").expect("os");
        assert!(matches!(os.member("Exit"), Some(Member::Func(f)) if f.body.is_some()));
        assert!(matches!(os.member("Args"), Some(Member::Var(_))));
        assert!(matches!(os.member("OpenInRoot"), Some(Member::Func(f)) if f.body.is_none()));
        assert!(matches!(os.member("Stdout"), Some(Member::Var(_))));
        assert!(matches!(
            os.member("ErrNoHandle"),
            Some(Member::Unsupported)
        ));
        assert!(matches!(os.member("ErrNotExist"), Some(Member::Var(_))));
        assert!(matches!(os.member("File"), Some(Member::Type(_))));
        // Go's whole exported API is declared, so a valid program is never told "undefined".
        assert!(matches!(os.member("CopyFS"), Some(Member::Func(f)) if f.body.is_none()));
        assert!(matches!(os.member("O_RDONLY"), Some(Member::Const(..))));
        assert!(os.member("exit").is_none(), "unexported");
        assert!(os.member("Nope").is_none());
        assert_eq!(os.near_miss("args").as_deref(), Some("Args"));
        assert!(package("fmt").is_some_and(|f| f.member("Println").is_some()));
        // Package runtime is importable through extern.go only: none of memrun's core.
        let rt = package("runtime").expect("runtime's API");
        assert!(matches!(rt.member("GC"), Some(Member::Func(_))));
        assert!(rt.member("alloc").is_none() && rt.member("rt0").is_none());
        assert!(package("strings").is_some() && package("net/http").is_none());
    }

    /// The checker answers the print intrinsics without the package table: each must be what
    /// the table would say, a body-less function of fmt.
    #[test]
    fn print_intrinsics_are_body_less_functions_of_fmt() {
        let fmt = package("fmt").expect("fmt is importable");
        let mut found = 0;
        for d in &fmt.file.decls {
            if let ast::Decl::Func(f) = d {
                let q = format!("fmt.{}", f.name.0);
                if FmtFn::intrinsic(&q).is_some() {
                    assert!(f.body.is_none(), "{q} has a body");
                    found += 1;
                }
            }
        }
        assert_eq!(found, 6, "every print intrinsic is declared in fmt");
        assert!(exists("fmt") && exists("os") && exists("runtime") && !exists("net/http"));
    }
}
