//! Generic functions, by monomorphization: each instantiation (explicit, `f[int]`, or inferred
//! from a call's arguments) is a function of its own, whose body is checked again with the
//! type parameters bound to the type arguments, as type names in the function's outermost
//! scope. Everything the checker knows about concrete types then applies inside the instance
//! (operators, conversions, methods, fmt's type descriptors), and each instance is compiled
//! as ordinary code.
//!
//! Type inference follows the spec's function argument type inference: typed arguments are
//! unified with their parameters' types (a defined type matching an unnamed composite through
//! its underlying type), then type parameters with a core type in their constraint are unified
//! with it (`S ~[]E` gives E from S), and a type parameter left only with untyped constant
//! arguments takes their default type (the "largest" kind among them, Go 1.21).

use super::call::Callee;
use super::*;
use crate::compile::types::{ChanDir, Term, TypeParam};

/// Where gc's standard library declares its generic functions' and types' type parameters
/// (`scripts/gen-goroot-tparams.go` makes it from Go 1.27.3's source).
const GOROOT_TPARAMS: &str = include_str!("goroot_tparams.txt");

/// A generic function of the program.
pub(super) struct GenericFunc<'a> {
    pub(super) file: usize,
    pub(super) pkg: PkgId,
    /// The library package declaring it (its body's names are that package's).
    pub(super) library: Option<&'static str>,
    pub(super) decl: &'a ast::FuncDecl,
    /// Its type parameters (as type-parameter types) and its signature in terms of them,
    /// once resolved (`None` when its declaration has errors).
    sig: Option<GenericSig>,
    resolved: bool,
    /// Its body failed the generic check (reported): no instance is made.
    broken: bool,
    /// Its instances by type arguments.
    instances: HashMap<Vec<TypeId>, FuncId>,
}

#[derive(Clone)]
struct GenericSig {
    tparams: Vec<TypeId>,
    params: Vec<TypeId>,
    results: Vec<TypeId>,
    variadic: bool,
}

impl<'a> GenericFunc<'a> {
    pub(super) fn new(file: usize, pkg: PkgId, decl: &'a ast::FuncDecl) -> Self {
        GenericFunc {
            file,
            pkg,
            library: None,
            decl,
            sig: None,
            resolved: false,
            broken: false,
            instances: HashMap::new(),
        }
    }
}

/// An instance waiting for its body to be checked: a generic function's, or a method of an
/// instance of a generic type.
pub(super) struct PendingInstance<'a> {
    file: usize,
    pkg: PkgId,
    library: Option<&'static str>,
    decl: &'a ast::FuncDecl,
    func: FuncId,
    /// Type parameter names and their type arguments.
    binds: Vec<(String, TypeId)>,
}

/// A generic type and its instances.
pub(super) struct GenericType<'a> {
    pub(super) file: usize,
    pub(super) pkg: PkgId,
    /// The library package declaring it.
    pub(super) library: Option<&'static str>,
    pub(super) spec: SpecRef<'a>,
    /// Its method declarations.
    pub(super) methods: Vec<&'a ast::FuncDecl>,
    instances: HashMap<Vec<TypeId>, TypeId>,
    /// Declared in a function (Go 1.27): its place among its package's local types, and its
    /// names resolve in the function's scope.
    pub(super) local: Option<u32>,
    /// For a local one in an instance of a generic function: that instance's type arguments.
    pub(super) outer_targs: Vec<TypeId>,
}

impl<'a> GenericType<'a> {
    pub(super) fn new(file: usize, pkg: PkgId, spec: SpecRef<'a>) -> Self {
        GenericType {
            file,
            pkg,
            library: None,
            spec,
            methods: Vec::new(),
            instances: HashMap::new(),
            local: None,
            outer_targs: Vec::new(),
        }
    }
}

/// A generic type's declaration: the program's, or for a type declared in a function (whose
/// body the checker sees through shorter borrows than the program's) a shared copy.
#[derive(Clone)]
pub(super) enum SpecRef<'a> {
    /// Declared at package level.
    Decl(&'a ast::TypeSpec),
    /// Declared in a function.
    Local(std::rc::Rc<ast::TypeSpec>),
}

impl std::ops::Deref for SpecRef<'_> {
    type Target = ast::TypeSpec;
    fn deref(&self) -> &ast::TypeSpec {
        match self {
            SpecRef::Decl(s) => s,
            SpecRef::Local(s) => s,
        }
    }
}

/// Where a generic declaration's names resolve: its file and package, or a library package.
#[derive(Clone, Copy)]
pub(super) struct Ctx {
    file: usize,
    pkg: PkgId,
    library: Option<&'static str>,
    /// A local generic type's: the scope of the function being checked.
    local: bool,
}

/// Where an instantiation is written, for its errors.
pub(super) enum Inst {
    /// Inferred at a call (errors at its `(`).
    Inferred(Pos),
    /// Written, each type argument at its place.
    Explicit(Vec<Pos>),
}

/// A stand-in for a type parameter, and the term of its constraint it stands for (None: a
/// constraint without terms).
type StandIn = (TypeId, Option<Term>);

/// The combinations of stand-ins checked: every parameter at its first, then each other
/// stand-in of each parameter with the rest at their first.
fn standin_combos(choices: &[Vec<StandIn>]) -> Vec<Vec<usize>> {
    let mut combos: Vec<Vec<usize>> = vec![vec![0; choices.len()]];
    for (i, reps) in choices.iter().enumerate() {
        for k in 1..reps.len() {
            let mut c = vec![0; choices.len()];
            c[i] = k;
            combos.push(c);
        }
    }
    combos
}

/// Where gc places a type argument in its errors: a function type at its parameter list
/// (where the parser places it), even in parentheses.
fn type_arg_pos(e: &ast::Expr) -> Pos {
    match e.unparen().kind {
        AK::FuncType(_) => e.unparen().pos,
        _ => e.pos,
    }
}

/// The terms of a union expression `A | ~B | C`, left to right.
fn union_leaves<'e>(e: &'e ast::Expr, out: &mut Vec<&'e ast::Expr>) {
    match &e.unparen().kind {
        AK::Binary(Op::Or, a, b) => {
            union_leaves(a, out);
            union_leaves(b, out);
        }
        _ => out.push(e),
    }
}

/// The names of a type parameter list (`_` for a blank one).
fn param_names(tparams: &[ast::Param]) -> Vec<String> {
    tparams
        .iter()
        .map(|p| p.name.as_ref().map_or("_", |n| n.0.as_str()).to_owned())
        .collect()
}

/// Whether a function declaration's last parameter is `...T`.
pub(super) fn is_variadic_decl(decl: &ast::FuncDecl) -> bool {
    decl.sig
        .params
        .last()
        .is_some_and(|p| matches!(p.ty.kind, AK::DotsType(_)))
}

impl<'a> Checker<'a> {
    /// Runs `f` where generic declaration's names resolve (a fresh function context).
    fn in_decl_context<R>(&mut self, ctx: Ctx, f: impl FnOnce(&mut Self) -> R) -> R {
        if ctx.local {
            return f(self);
        }
        self.with_pkg_context(ctx.file, ctx.pkg, |c| {
            let outer = (c.library_decl, c.library_body);
            if let Some(p) = ctx.library {
                c.library_decl = Some(p);
                c.library_body = true;
            }
            let r = f(c);
            (c.library_decl, c.library_body) = outer;
            r
        })
    }

    /// Runs `f` in a generic declaration's context with its type parameters bound to `binds`.
    fn in_bound_context<R>(
        &mut self,
        ctx: Ctx,
        binds: &[(String, TypeId)],
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        self.in_decl_context(ctx, |c| {
            c.push_scope();
            for (n, t) in binds {
                c.scopes.insert(n.clone(), Entity::TypeName(*t));
            }
            let r = f(c);
            c.pop_scope();
            r
        })
    }

    /// Declares a type parameter list in the current scope, as type-parameter types, and
    /// resolves their constraints (which may name each other); None if one does not resolve.
    fn declare_type_params(&mut self, tparams: &[ast::Param]) -> Option<Vec<TypeId>> {
        let mut tps = Vec::new();
        let mut seen: HashMap<&str, Pos> = HashMap::new();
        for p in tparams {
            let Some(n) = &p.name else { continue };
            if n.0 == "_" {
                continue;
            }
            if let Some(prev) = seen.insert(&n.0, n.1) {
                let other = related(prev, &format!("other declaration of {}", n.0));
                let name = n.0.clone();
                self.report(n.1, TypeError::RedeclaredWith { name, other });
            }
        }
        for (i, name) in param_names(tparams).into_iter().enumerate() {
            // Until its own is resolved, a parameter a constraint names (one declared later:
            // `[F interface{ *Q }, Q any]`) stands under `any`.
            let t = self.types.type_param(&name, i as u32, T::ANY);
            self.scopes.insert(name, Entity::TypeName(t));
            tps.push(t);
        }
        let mut ok = true;
        for (p, &t) in tparams.iter().zip(&tps) {
            match self.constraint(&p.ty) {
                Some(ct) => self.types.set_constraint(t, ct),
                None => ok = false,
            }
        }
        ok.then_some(tps)
    }

    fn func_ctx(&self, g: usize) -> Ctx {
        let gf = &self.generics[g];
        Ctx {
            file: gf.file,
            pkg: gf.pkg,
            library: gf.library,
            local: false,
        }
    }

    fn type_ctx(&self, g: usize) -> Ctx {
        let gt = &self.generic_types[g];
        Ctx {
            file: gt.file,
            pkg: gt.pkg,
            library: gt.library,
            local: gt.local.is_some(),
        }
    }

    /// Whether `x` names a generic function (`f[int, string]` is then an instantiation).
    pub(super) fn names_generic(&mut self, x: &ast::Expr) -> bool {
        matches!(&x.unparen().kind, AK::Ident(n) if matches!(self.lookup(n), Some(Entity::Generic(_))))
    }

    /// gc's error for a generic type used without type arguments.
    pub(super) fn uninstantiated_type(&mut self, g: usize, pos: Pos) {
        let t = self.generic_type_written(g);
        self.report(pos, TypeError::GenericTypeWithoutInstantiation { t });
    }

    /// A generic type as gc names it in errors: with its type parameters as declared
    /// (`Pair[K comparable, V any]`).
    pub(super) fn generic_type_written(&self, g: usize) -> String {
        let spec = &self.generic_types[g].spec;
        let params: Vec<String> = spec
            .tparams
            .iter()
            .map(|p| {
                let n = p.name.as_ref().map_or("_", |n| n.0.as_str());
                format!("{n} {}", expr_string(&p.ty))
            })
            .collect();
        format!("{}[{}]", spec.name.0, params.join(", "))
    }

    /// Whether `t` is a function type.
    pub(super) fn is_signature(&self, t: TypeId) -> bool {
        matches!(
            self.types.kind(self.types.underlying(t)),
            TypeKind::Signature(_)
        )
    }

    /// Generic function `g` used as a value of function type `want`: the instance whose type
    /// arguments make its signature `want`'s, as an operand.
    pub(super) fn instance_for_type<'e>(
        &mut self,
        g: usize,
        explicit: Vec<TypeId>,
        want: TypeId,
        op: Operand<'e>,
        call: Option<(String, Pos)>,
    ) -> Option<Operand<'e>> {
        let sig = self.generic_sig(g)?;
        let mut bound: Vec<Option<TypeId>> = vec![None; sig.tparams.len()];
        for (i, t) in explicit.into_iter().enumerate() {
            bound[i] = Some(t);
        }
        let w = match self.types.kind(self.types.underlying(want)) {
            TypeKind::Signature(w) => Some(w.clone()),
            _ => None,
        };
        let fits = w.as_ref().is_some_and(|w| {
            w.params.len() == sig.params.len()
                && w.results.len() == sig.results.len()
                && w.variadic == sig.variadic
        });
        if let (true, Some(w)) = (fits, w) {
            for (p, a) in sig
                .params
                .iter()
                .zip(&w.params)
                .chain(sig.results.iter().zip(&w.results))
            {
                if !self.unify(*p, *a, &mut bound, &sig.tparams) {
                    break;
                }
            }
        }
        // Then from its constraints' core types (`S ~[]E` with S known gives E).
        let _ = self.complete_by_core(&sig.tparams, &mut bound);
        let Some(targs) = bound.iter().copied().collect::<Option<Vec<TypeId>>>() else {
            // gc: the first type parameter the wanted type does not give.
            let i = bound.iter().position(Option::is_none).unwrap_or(0);
            let decl = self.generics[g].decl;
            let (name, declared) = decl.tparams[i]
                .name
                .as_ref()
                .map_or_else(|| ("_".to_owned(), op.pos), |n| (n.0.clone(), n.1));
            let at = self.tparam_declared_at(g, &name, declared);
            match call {
                Some((fname, lparen)) => {
                    self.report(lparen, TypeError::CannotInfer { fname, name, at })
                }
                None => self.report(op.pos, TypeError::CannotInferHere { name, at }),
            }
            return None;
        };
        let f = self.instantiate(g, targs, Inst::Inferred(op.pos))?;
        let t = self.func_sig_type(f);
        Some(self.mk(op.pos, op.text.clone(), t, OpKind::Func(f)))
    }

    /// The generic type `pkg.Name` selects, if it is one: a package of this unit's, or of the
    /// library.
    pub(super) fn selects_generic_type(&mut self, x: &ast::Expr) -> Option<usize> {
        let AK::Selector(b, (name, _)) = &x.unparen().kind else {
            return None;
        };
        let AK::Ident(pkgname) = &b.kind else {
            return None;
        };
        let Some(Entity::Package(path, _)) = self.lookup(pkgname) else {
            return None;
        };
        let short = path.rsplit('/').next().unwrap_or(&path).to_string();
        let pkg = self.types.package(&path, &short);
        if let Some(e) = self.pkg_scopes.get(&pkg).and_then(|s| s.names.get(name)) {
            return match e {
                Entity::GenericType(g) => Some(*g),
                _ => None,
            };
        }
        match library::package(&path)?.member(name)? {
            library::Member::Type(spec) if !spec.tparams.is_empty() => {
                Some(self.library_generic_type(&path, spec))
            }
            _ => None,
        }
    }

    /// Whether type expression `e` is written with a type parameter of the instance being
    /// checked (and that name still means it).
    pub(super) fn names_type_param(&mut self, e: &ast::Expr) -> bool {
        if self.instance_params.is_empty() {
            return false;
        }
        let text = expr_string(e);
        let params = self.instance_params.clone();
        text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|w| {
                params.iter().position(|p| p == w).is_some_and(|i| {
                    matches!(self.lookup(w), Some(Entity::TypeName(t)) if Some(&t) == self.instance_targs.get(i))
                })
            })
    }

    /// Unmarks the receivers marked as maybe a type parameter's ([`tir::ExprKind::DictRecv`])
    /// that are not: whether a selector's operand is of a type parameter is known once every
    /// generic body has been checked with stand-ins (an instance may be checked first).
    pub(super) fn resolve_dictionary_calls(&mut self) {
        fn expr(e: &mut tir::Expr, keep: &HashSet<(usize, u32)>) {
            crate::compile::deep(|| e.kind.for_each_operand_mut(&mut |x| expr(x, keep)));
            if let tir::ExprKind::DictRecv(x, at) = &mut e.kind {
                if !keep.contains(at) {
                    let inner = std::mem::replace(
                        x.as_mut(),
                        tir::Expr {
                            ty: e.ty,
                            kind: tir::ExprKind::Zero,
                        },
                    );
                    *e = inner;
                }
            }
        }
        fn stmts(ss: &mut [tir::Stmt], keep: &HashSet<(usize, u32)>) {
            for s in ss.iter_mut() {
                s.for_each_expr_mut(&mut |e| expr(e, keep));
                crate::compile::deep(|| s.for_each_block_mut(&mut |b| stmts(b, keep)));
            }
        }
        let keep = std::mem::take(&mut self.dictionary_selectors);
        for (_, func) in self.prog.funcs.iter_mut() {
            stmts(&mut func.body, &keep);
        }
        stmts(&mut self.prog.init, &keep);
    }

    /// Whether `e` is a type parameter itself (`T`, not `[]T`), in an instance's body.
    pub(super) fn is_type_param_expr(&mut self, e: &ast::Expr) -> bool {
        matches!(e.unparen().kind, AK::Ident(_)) && self.names_type_param(e)
    }

    /// Whether `x` names a generic type (`T[int]` is then an instance of it).
    pub(super) fn names_generic_type(&mut self, x: &ast::Expr) -> bool {
        matches!(&x.unparen().kind, AK::Ident(n) if matches!(self.lookup(n), Some(Entity::GenericType(_))))
    }

    /// The generic function's type parameters and parameter types in terms of them.
    fn generic_sig(&mut self, g: usize) -> Option<GenericSig> {
        if self.generics[g].resolved {
            return self.generics[g].sig.clone();
        }
        self.generics[g].resolved = true;
        let decl = self.generics[g].decl;
        let ctx = self.func_ctx(g);
        let sig = self.in_bound_context(ctx, &[], |c| {
            let tparams = c.declare_type_params(&decl.tparams);
            let params: Vec<TypeId> = decl
                .sig
                .params
                .iter()
                .map(|p| c.param_type(&p.ty).unwrap_or(T::INVALID))
                .collect();
            let results: Vec<TypeId> = decl
                .sig
                .results
                .iter()
                .map(|p| c.resolve_type(&p.ty).unwrap_or(T::INVALID))
                .collect();
            let variadic = is_variadic_decl(decl);
            let tparams = tparams?;
            (!params.contains(&T::INVALID) && !results.contains(&T::INVALID)).then_some(
                GenericSig {
                    tparams,
                    params,
                    results,
                    variadic,
                },
            )
        });
        self.generics[g].sig = sig.clone();
        sig
    }

    /// A type parameter's constraint as written: an interface, or a type-set expression
    /// (`~int | ~float64`, `[]E`) standing for `interface{ … }` around it.
    pub(super) fn constraint(&mut self, e: &ast::Expr) -> Option<TypeId> {
        self.constraint_depth += 1;
        let r = self.constraint_here(e);
        self.constraint_depth -= 1;
        r
    }

    fn constraint_here(&mut self, e: &ast::Expr) -> Option<TypeId> {
        let is_term = matches!(
            &e.unparen().kind,
            AK::Binary(Op::Or, ..) | AK::Unary(Op::Tilde, _)
        );
        if !is_term {
            let t = self.resolve_type(e)?;
            if matches!(self.types.kind(t), TypeKind::TypeParam(_)) {
                self.report(e.pos, TypeError::TypeParamConstraint);
                return None;
            }
            if matches!(
                self.types.kind(self.types.underlying(t)),
                TypeKind::Interface(_)
            ) {
                return Some(t);
            }
        }
        let terms = self.union_terms(e)?;
        Some(
            self.types
                .interface(Vec::new(), vec![terms], false, Vec::new()),
        )
    }

    /// The terms of a union `A | ~B | …`, with gc's rules on each term: no type parameter, no
    /// interface with methods or `comparable` among several terms, no two overlapping terms
    /// (`~int | MyInt`). A constraint interface among them adds its terms (`Integer | Float`).
    pub(super) fn union_terms(&mut self, e: &ast::Expr) -> Option<Vec<Term>> {
        let mut leaves = Vec::new();
        union_leaves(e, &mut leaves);
        let many = leaves.len() > 1;
        let mut terms = Vec::new();
        // The terms that are not interfaces, for the overlap rule.
        let mut plain: Vec<Term> = Vec::new();
        let mut ok = true;
        for leaf in leaves {
            let Some((t, from_iface)) = self.union_term(leaf, many) else {
                ok = false;
                continue;
            };
            if from_iface {
                terms.extend(t);
                continue;
            }
            for term in t {
                if let Some(other) = plain.iter().find(|o| !self.disjoint(term, **o)) {
                    let (a, b) = (self.qualified_term(term), self.qualified_term(*other));
                    self.report(type_arg_pos(leaf), TypeError::OverlappingTerms { a, b });
                }
                plain.push(term);
                terms.push(term);
            }
        }
        ok.then_some(terms)
    }

    /// One term of a union: its terms, and whether they are an interface's.
    fn union_term(&mut self, e: &ast::Expr, many: bool) -> Option<(Vec<Term>, bool)> {
        if let AK::Unary(Op::Tilde, x) = &e.unparen().kind {
            let t = self.resolve_type(x)?;
            if matches!(self.types.kind(t), TypeKind::TypeParam(_)) {
                let term = expr_string(e.unparen());
                self.report(x.pos, TypeError::TildeTypeParam { term });
                return None;
            }
            if self.types.is_interface(t) {
                let t = self.types.name_in(t, None);
                self.report(e.pos, TypeError::TildeInterface { t });
                return None;
            }
            let u = self.types.underlying(t);
            if u != t {
                let (t, u) = (self.tn(t), self.tn(u));
                self.report(e.pos, TypeError::InvalidTilde { t, u });
                return None;
            }
            return Some((vec![Term { tilde: true, ty: t }], false));
        }
        self.constraint_depth += 1;
        let t = self.resolve_type(e);
        self.constraint_depth -= 1;
        let t = t?;
        if matches!(self.types.kind(t), TypeKind::TypeParam(_)) {
            self.report(e.pos, TypeError::TermTypeParam);
            return None;
        }
        let TypeKind::Interface(i) = self.types.kind(self.types.underlying(t)).clone() else {
            return Some((
                vec![Term {
                    tilde: false,
                    ty: t,
                }],
                false,
            ));
        };
        if many {
            let name = self.types.name_in(t, None);
            let why = if !i.methods.is_empty() {
                Some(format!("{name} contains methods"))
            } else if i.comparable && i.unions.is_empty() {
                Some(format!("{name} embeds comparable"))
            } else {
                None
            };
            if let Some(why) = why {
                let error = if t == T::COMPARABLE {
                    TypeError::ComparableInUnion
                } else {
                    TypeError::InterfaceInUnion { t: name, why }
                };
                self.report(e.pos, error);
                return None;
            }
        }
        // A constraint interface adds its terms (Integer | Float): those of its type set, an
        // intersection of its unions as computed.
        if i.methods.is_empty() && !i.unions.is_empty() && !i.comparable {
            return Some((self.constraint_terms(t), true));
        }
        Some((
            vec![Term {
                tilde: false,
                ty: t,
            }],
            true,
        ))
    }

    /// Whether two union terms have no type in common (`~int` and `MyInt` do).
    fn disjoint(&self, x: Term, y: Term) -> bool {
        let ux = if y.tilde {
            self.types.underlying(x.ty)
        } else {
            x.ty
        };
        let uy = if x.tilde {
            self.types.underlying(y.ty)
        } else {
            y.ty
        };
        !self.types.identical(ux, uy)
    }

    /// A term as gc prints it in union errors: every defined type qualified (`main.MyInt`).
    fn qualified_term(&self, t: Term) -> String {
        let tilde = if t.tilde { "~" } else { "" };
        format!("{tilde}{}", self.types.name_in(t.ty, None))
    }

    /// `f[A, B]`: the instance of generic function `g` for the type arguments written, or
    /// (`partial`) a generic operand still to be completed by inference at its call.
    pub(super) fn explicit_instance<'e>(
        &mut self,
        g: usize,
        ix: &'e [ast::Expr],
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let Some(sig) = self.generic_sig(g) else {
            return Operand::invalid(pos);
        };
        let mut targs = Vec::new();
        let mut at = Vec::new();
        for e in ix {
            match self.resolve_type(e) {
                Some(t) => targs.push(t),
                None => return Operand::invalid(pos),
            }
            at.push(type_arg_pos(e));
        }
        if targs.len() > sig.tparams.len() {
            self.report(
                ix[sig.tparams.len()].pos,
                TypeError::TypeArgumentCount {
                    have: targs.len(),
                    want: sig.tparams.len(),
                },
            );
            return Operand::invalid(pos);
        }
        if targs.len() < sig.tparams.len() {
            // The rest may follow from the constraints' core types (`slices.Compare[[]string]`).
            let mut bound: Vec<Option<TypeId>> = vec![None; sig.tparams.len()];
            for (i, t) in targs.iter().enumerate() {
                bound[i] = Some(*t);
            }
            let _ = self.complete_by_core(&sig.tparams, &mut bound);
            match bound.into_iter().collect::<Option<Vec<TypeId>>>() {
                Some(all) => targs = all,
                None => return self.mk(pos, text, T::INVALID, OpKind::Generic(g, targs)),
            }
        }
        match self.instantiate(g, targs, Inst::Explicit(at)) {
            Some(f) => {
                let t = self.func_sig_type(f);
                self.mk(pos, text, t, OpKind::Func(f))
            }
            None => Operand::invalid(pos),
        }
    }

    /// A call of generic function `g` (with the type arguments `explicit` written), as
    /// `fname` (the callee as written: `slices.Index`, `F[int]`): its type arguments inferred
    /// from the checked arguments `ops`, then the instance called.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_generic<'e>(
        &mut self,
        g: usize,
        explicit: Vec<TypeId>,
        fname: &str,
        ops: Vec<Operand<'e>>,
        dots: bool,
        (pos, lparen): (Pos, Pos),
        text: Text<'e>,
    ) -> Operand<'e> {
        if ops.iter().any(|o| matches!(o.kind, OpKind::Invalid)) {
            return Operand::invalid(pos);
        }
        let Some(sig) = self.generic_sig(g) else {
            return Operand::invalid(pos);
        };
        // gc counts the arguments first, against the generic signature (`want (S)`).
        if self.argument_count_error(fname, &ops, &sig.params, sig.variadic, dots, pos) {
            return Operand::invalid(pos);
        }
        let Some(targs) = self.infer(g, &sig, explicit, fname, &ops, dots, lparen) else {
            return Operand::invalid(pos);
        };
        let Some(f) = self.instantiate(g, targs, Inst::Inferred(lparen)) else {
            return Operand::invalid(pos);
        };
        let (ptys, rtys) = self.signature(f);
        let variadic = self.is_variadic(f);
        self.call_with(
            Callee::Func(f),
            fname,
            ops,
            (ptys, rtys, variadic, dots),
            pos,
            text,
        )
    }

    /// The type arguments of a call of `g` (as `fname`), inferred from its arguments.
    #[allow(clippy::too_many_arguments)]
    fn infer(
        &mut self,
        g: usize,
        sig: &GenericSig,
        explicit: Vec<TypeId>,
        fname: &str,
        ops: &[Operand<'_>],
        dots: bool,
        pos: Pos,
    ) -> Option<Vec<TypeId>> {
        let n = sig.tparams.len();
        let mut bound: Vec<Option<TypeId>> = vec![None; n];
        for (i, t) in explicit.into_iter().enumerate() {
            bound[i] = Some(t);
        }
        let explicit_bound = bound.clone();
        // The parameter each argument goes to (a variadic tail's element type).
        let mut pairs: Vec<(TypeId, &Operand<'_>)> = Vec::new();
        // f(g()) with several results spreads them over the parameters.
        let tuple_arg = ops.len() == 1 && self.types.is_tuple(ops[0].ty);
        let spread: Vec<TypeId> = if tuple_arg {
            self.types.tuple_types(ops[0].ty)
        } else {
            Vec::new()
        };
        let arg_types: Vec<(TypeId, Option<&Operand<'_>>)> = if tuple_arg {
            spread.iter().map(|&t| (t, None)).collect()
        } else {
            ops.iter().map(|o| (o.ty, Some(o))).collect()
        };
        let np = sig.params.len();
        let mut untyped: Vec<(usize, TypeId)> = Vec::new();
        let mut generic_args: Vec<(TypeId, usize, Vec<TypeId>)> = Vec::new();
        for (k, (aty, op)) in arg_types.iter().enumerate() {
            let pty = if sig.variadic && k + 1 >= np && !dots {
                match self.types.kind(sig.params[np - 1]) {
                    TypeKind::Slice(e) => *e,
                    _ => continue,
                }
            } else if k < np {
                sig.params[k]
            } else {
                continue;
            };
            // A generic function as the argument: inferred with it once the rest is known.
            if let Some(OpKind::Generic(h, hx)) = op.map(|o| &o.kind) {
                generic_args.push((pty, *h, hx.clone()));
                continue;
            }
            if self.types.is_untyped(*aty) {
                // Untyped constants count only for a parameter that is a bare type parameter.
                if let TypeKind::TypeParam(p) = self.types.kind(pty) {
                    if *aty != T::UNTYPED_NIL {
                        untyped.push((p.index as usize, *aty));
                    }
                }
                continue;
            }
            if let Some(op) = op {
                pairs.push((pty, op));
            }
            let before = bound.clone();
            if !self.unify(pty, *aty, &mut bound, &sig.tparams) {
                let fname = fname.to_string();
                let t = self.tn(*aty);
                let at = op.map_or(pos, |o| o.pos);
                let x = op.map_or_else(|| t.clone(), |o| o.text.to_string());
                let error = match sig.tparams.iter().position(|&tp| tp == pty) {
                    Some(i) => TypeError::InferMismatch {
                        fname,
                        t,
                        x,
                        inferred: before[i].map(|b| self.tn(b)).unwrap_or_default(),
                        tp: self.tn(pty),
                    },
                    None => TypeError::InferShapeMismatch {
                        fname,
                        t,
                        x,
                        p: self.tn(pty),
                        tps: sig
                            .tparams
                            .iter()
                            .zip(&before)
                            .filter(|(_, b)| b.is_none())
                            .map(|(&tp, _)| self.tn(tp))
                            .collect::<Vec<_>>()
                            .join(", "),
                    },
                };
                self.report(at, error);
                return None;
            }
        }
        // gc checks the methods of a constraint as soon as typed arguments give its parameter.
        for (i, &b) in bound.iter().enumerate() {
            let (Some(t), None) = (b, explicit_bound.get(i).copied().flatten()) else {
                continue;
            };
            let c = match self.types.kind(sig.tparams[i]) {
                TypeKind::TypeParam(p) => p.constraint,
                _ => continue,
            };
            let methods = match self.types.kind(self.types.underlying(c)) {
                TypeKind::Interface(iface) => iface.methods.clone(),
                _ => continue,
            };
            if methods.is_empty()
                || methods
                    .iter()
                    .any(|m| self.mentions_tparams(m.sig, &sig.tparams))
            {
                continue;
            }
            let methods_only = self.types.interface(methods, Vec::new(), false, Vec::new());
            if let Err(why) = self.types.implements(t, methods_only) {
                let why = self.unsatisfied(t, methods_only, &why);
                let fname = fname.to_string();
                let (tp, tn, cn) = (self.tn(sig.tparams[i]), self.tn(t), self.constraint_name(c));
                self.report(
                    pos,
                    TypeError::DoesNotSatisfyInCall {
                        fname,
                        tp,
                        t: tn,
                        c: cn,
                        why,
                    },
                );
                return None;
            }
        }
        // Generic function arguments, core types and constraints' methods; then the untyped
        // constants' default types, and again what those make known (`Apply(3, Id)`,
        // `F[P *E, E any]("s")`).
        self.infer_from_generic_args(sig, &mut generic_args, &mut bound, pos)?;
        if let Some(i) = self.complete_by_core(&sig.tparams, &mut bound) {
            self.core_mismatch(fname, sig, i, &bound, pos);
            return None;
        }
        self.infer_from_methods(&sig.tparams, &mut bound);
        // Untyped constants: their default type, the largest kind among them.
        #[allow(clippy::needless_range_loop)] // `bound` is also read through `ops` below
        for i in 0..n {
            if bound[i].is_some() {
                continue;
            }
            let kinds: Vec<TypeId> = untyped
                .iter()
                .filter(|(j, _)| *j == i)
                .map(|(_, t)| *t)
                .collect();
            // Numeric kinds rank int < rune < float; a string or bool mixes with nothing else.
            let rank = |t: TypeId| match t {
                T::UNTYPED_INT => 1,
                T::UNTYPED_RUNE => 2,
                T::UNTYPED_FLOAT => 3,
                _ => 0,
            };
            let Some(&first) = kinds.first() else {
                continue;
            };
            let mut best = first;
            for &(j, k) in untyped.iter().filter(|(j, _)| *j == i) {
                let _ = j;
                let clash = if rank(best) == 0 || rank(k) == 0 {
                    best != k
                } else {
                    false
                };
                if clash {
                    let fname = fname.to_string();
                    let at = ops.iter().find(|o| o.ty == k).map_or(pos, |o| o.pos);
                    let (a, b) = (self.tn(best), self.tn(k));
                    let tp = self.tn(sig.tparams[i]);
                    self.report(at, TypeError::InferUntypedMismatch { fname, a, b, tp });
                    return None;
                }
                if rank(k) > rank(best) {
                    best = k;
                }
            }
            bound[i] = Some(self.types.default_type(best));
        }
        self.infer_from_generic_args(sig, &mut generic_args, &mut bound, pos)?;
        if let Some(i) = self.complete_by_core(&sig.tparams, &mut bound) {
            self.core_mismatch(fname, sig, i, &bound, pos);
            return None;
        }
        self.infer_from_methods(&sig.tparams, &mut bound);
        let _ = pairs;
        match bound.iter().position(Option::is_none) {
            Some(i) => {
                let name = match self.types.kind(sig.tparams[i]) {
                    TypeKind::TypeParam(p) => p.name.clone(),
                    _ => String::new(),
                };
                let decl = self.generics[g].decl;
                let fname = fname.to_string();
                let declared = decl.tparams[i].name.as_ref().map_or(pos, |n| n.1);
                let at = self.tparam_declared_at(g, &name, declared);
                self.report(pos, TypeError::CannotInfer { fname, name, at });
                None
            }
            None => Some(bound.into_iter().map(|b| b.expect("bound")).collect()),
        }
    }

    /// Where gc says generic function `g`'s type parameter `name` is declared (at `declared`
    /// in the program): for one of the library's, in gc's own source (`$GOROOT/src/…`).
    pub(super) fn tparam_declared_at(&self, g: usize, name: &str, declared: Pos) -> String {
        let Some(pkg) = self.generics[g].library else {
            return errors::at(declared);
        };
        let key = format!("{pkg}.{} {name} ", self.generics[g].decl.name.0);
        GOROOT_TPARAMS
            .lines()
            .find_map(|l| l.strip_prefix(&key))
            .map_or_else(
                || format!("$GOROOT/src/{pkg}"),
                |at| format!("$GOROOT/src/{at}"),
            )
    }

    /// gc's error for an inferred type argument that does not match its constraint's core
    /// type: `in call to F, T (type N) does not satisfy ~string`.
    fn core_mismatch(
        &mut self,
        fname: &str,
        sig: &GenericSig,
        i: usize,
        bound: &[Option<TypeId>],
        pos: Pos,
    ) {
        let TypeKind::TypeParam(p) = self.types.kind(sig.tparams[i]) else {
            return;
        };
        let (tp, c) = (p.name.clone(), self.constraint_name(p.constraint));
        let fname = fname.to_string();
        let t = bound[i].map(|t| self.tn(t)).unwrap_or_default();
        self.report(pos, TypeError::CoreMismatchInCall { fname, tp, t, c });
    }

    /// Inference from generic function arguments: their own type parameters from the known
    /// parts of the parameter's function type, then the rest of ours from their instance's
    /// type. Those not yet known enough stay for a later pass.
    fn infer_from_generic_args(
        &mut self,
        sig: &GenericSig,
        generic_args: &mut Vec<(TypeId, usize, Vec<TypeId>)>,
        bound: &mut [Option<TypeId>],
        pos: Pos,
    ) -> Option<()> {
        let mut later = Vec::new();
        for (pty, h, hx) in std::mem::take(generic_args) {
            let Some(hs) = self.generic_sig(h) else {
                continue;
            };
            let mut hb: Vec<Option<TypeId>> = vec![None; hs.tparams.len()];
            for (i, t) in hx.iter().enumerate() {
                hb[i] = Some(*t);
            }
            // From the known parts of the parameter's function type, if it is one.
            if let TypeKind::Signature(ps) = self.types.kind(self.types.underlying(pty)).clone() {
                if ps.params.len() != hs.params.len() || ps.results.len() != hs.results.len() {
                    continue;
                }
                for (hp, pp) in hs.params.iter().zip(&ps.params) {
                    if let Some(known) = self.subst(*pp, &sig.tparams, bound) {
                        self.unify(*hp, known, &mut hb, &hs.tparams);
                    }
                }
            }
            // Then from its own constraints' core types (`g[Q int]`).
            let _ = self.complete_by_core(&hs.tparams, &mut hb);
            let Some(htargs) = hb.into_iter().collect::<Option<Vec<TypeId>>>() else {
                later.push((pty, h, hx));
                continue;
            };
            let f = self.instantiate(h, htargs, Inst::Inferred(pos))?;
            let ft = self.func_sig_type(f);
            self.unify(pty, ft, bound, &sig.tparams);
        }
        *generic_args = later;
        Some(())
    }

    /// A type parameter's constraint and its interface.
    fn tparam_constraint(&self, tp: TypeId) -> Option<(TypeId, crate::compile::types::Interface)> {
        let TypeKind::TypeParam(p) = self.types.kind(tp) else {
            return None;
        };
        match self.types.kind(self.types.underlying(p.constraint)) {
            TypeKind::Interface(i) => Some((p.constraint, i.clone())),
            _ => None,
        }
    }

    /// The generic function (its file and declaration) that instance `f` is of.
    pub(super) fn generic_of_instance(&self, f: FuncId) -> Option<(usize, &'a ast::FuncDecl)> {
        let g = self
            .generics
            .iter()
            .find(|g| g.library.is_none() && g.instances.values().any(|&i| i == f))?;
        Some((g.file, g.decl))
    }

    /// Inference from constraints' methods: a known type argument's methods unify with its
    /// constraint's (`I interface{ Get() E }` with `I` known gives `E`).
    fn infer_from_methods(&mut self, tparams: &[TypeId], bound: &mut [Option<TypeId>]) {
        for i in 0..tparams.len() {
            let Some(t) = bound[i] else { continue };
            let Some((_, iface)) = self.tparam_constraint(tparams[i]) else {
                continue;
            };
            for m in &iface.methods {
                if !self.mentions_tparams(m.sig, tparams) {
                    continue;
                }
                if let Some(found) = self.types.lookup_method(t, &m.name, true) {
                    self.unify(m.sig, found.sig, bound, tparams);
                }
            }
        }
    }

    /// Core type inference: a parameter whose constraint's one term is a type (`S ~[]E`) and
    /// that is known gives the parameters in that term; one whose term is made of known
    /// parameters only is that term.
    fn complete_by_core(
        &mut self,
        tparams: &[TypeId],
        bound: &mut [Option<TypeId>],
    ) -> Option<usize> {
        let mut failed = None;
        let n = tparams.len();
        let mut changed = true;
        while changed {
            changed = false;
            for i in 0..n {
                let c = match self.types.kind(tparams[i]) {
                    TypeKind::TypeParam(TypeParam { constraint, .. }) => *constraint,
                    _ => continue,
                };
                let Some(core) = self.core_term(c) else {
                    continue;
                };
                match bound[i] {
                    Some(t) => {
                        let before = bound.iter().filter(|b| b.is_some()).count();
                        let ut = if core.tilde {
                            self.types.underlying(t)
                        } else {
                            t
                        };
                        if !self.unify(core.ty, ut, bound, tparams) {
                            failed = failed.or(Some(i));
                        } else if bound.iter().filter(|b| b.is_some()).count() > before {
                            changed = true;
                        }
                    }
                    None => {
                        // A core type made only of known parameters gives this one.
                        if let Some(t) = self.subst(core.ty, tparams, bound) {
                            if !core.tilde {
                                bound[i] = Some(t);
                                changed = true;
                            }
                        }
                    }
                }
            }
        }
        failed
    }

    /// The one term of a constraint whose type set is a single type or `~type` (its core type
    /// as inference uses it), if it has one.
    fn core_term(&self, c: TypeId) -> Option<Term> {
        match self.types.kind(self.types.underlying(c)) {
            TypeKind::Interface(i) if i.unions.len() == 1 && i.unions[0].len() == 1 => {
                Some(i.unions[0][0])
            }
            TypeKind::Interface(i) if i.unions.len() == 1 => {
                // Several terms of one underlying type, or channels of one element type (the
                // core type is then the directional one): a core type, never the type itself.
                let terms = &i.unions[0];
                let first = self.types.underlying(terms[0].ty);
                let mut core = first;
                for t in &terms[1..] {
                    let u = self.types.underlying(t.ty);
                    match (self.types.kind(core), self.types.kind(u)) {
                        _ if self.types.identical(core, u) => {}
                        (TypeKind::Chan(dc, ec), TypeKind::Chan(du, eu))
                            if self.types.identical(*ec, *eu) =>
                        {
                            if *dc == ChanDir::Both {
                                core = u;
                            } else if *du != ChanDir::Both && du != dc {
                                return None;
                            }
                        }
                        _ => return None,
                    }
                }
                Some(Term {
                    tilde: true,
                    ty: core,
                })
            }
            _ => None,
        }
    }

    /// Unifies parameter type `p` (which may mention the type parameters) with argument type
    /// `a`, binding parameters; false when they cannot match.
    fn unify(
        &mut self,
        p: TypeId,
        a: TypeId,
        bound: &mut [Option<TypeId>],
        tps: &[TypeId],
    ) -> bool {
        // Recursive types can unfold without end (`type F[T any] func(func(F[T]))` against
        // its own instance's underlying type): past this depth they do not unify.
        if self.unify_depth > 64 {
            return false;
        }
        self.unify_depth += 1;
        let r = crate::compile::deep(|| self.unify_here(p, a, bound, tps));
        self.unify_depth -= 1;
        r
    }

    fn unify_here(
        &mut self,
        p: TypeId,
        a: TypeId,
        bound: &mut [Option<TypeId>],
        tps: &[TypeId],
    ) -> bool {
        if let Some(i) = tps.iter().position(|&t| t == p) {
            return match bound[i] {
                Some(b) if self.types.identical(b, a) => true,
                Some(b) => {
                    let (ub, ua) = (self.types.underlying(b), self.types.underlying(a));
                    // A defined type and its underlying unnamed type unify inexactly, and the
                    // defined type is inferred.
                    if self.types.identical(ub, ua)
                        && (!self.types.is_named(b) || !self.types.is_named(a))
                    {
                        if !self.types.is_named(b) {
                            bound[i] = Some(a);
                        }
                        return true;
                    }
                    // Channels of one element type unify whatever their directions: a defined
                    // type is inferred, else the directional one.
                    match (self.types.kind(ub), self.types.kind(ua)) {
                        (TypeKind::Chan(db, eb), TypeKind::Chan(da, ea))
                            if self.types.identical(*eb, *ea) =>
                        {
                            let (nb, na) = (self.types.is_named(b), self.types.is_named(a));
                            if !nb && (na || *db == ChanDir::Both) {
                                bound[i] = Some(a);
                            }
                            true
                        }
                        _ => false,
                    }
                }
                None => {
                    bound[i] = Some(a);
                    true
                }
            };
        }
        if !self.mentions_tparams(p, tps) {
            return self.types.assignable(a, p) || self.types.identical(p, a);
        }
        // An interface and a type that is not one: each of the interface's methods must be
        // the type's, their signatures unifying (Go 1.21's interface inference).
        if let TypeKind::Interface(pi) = self.types.kind(self.types.underlying(p)).clone() {
            if !self.types.is_interface(a) && !matches!(self.types.kind(a), TypeKind::TypeParam(_))
            {
                return pi.methods.iter().all(|m| {
                    match self.types.lookup_method(a, &m.name, false) {
                        Some(found) => self.unify(m.sig, found.sig, bound, tps),
                        None => false,
                    }
                });
            }
            // Two interfaces (not instances of one generic type): the parameter's methods
            // among the argument's, their signatures unifying.
            let same_origin = matches!(
                (self.instance_origin.get(&p), self.instance_origin.get(&a)),
                (Some((g1, _)), Some((g2, _))) if g1 == g2
            );
            if let (false, TypeKind::Interface(ai)) = (
                same_origin,
                self.types.kind(self.types.underlying(a)).clone(),
            ) {
                return pi.methods.iter().all(|m| {
                    match ai
                        .methods
                        .iter()
                        .find(|x| x.name == m.name && x.pkg == m.pkg)
                    {
                        Some(x) => self.unify(m.sig, x.sig, bound, tps),
                        None => false,
                    }
                });
            }
        }
        let a = if self.types.is_named(a) && !self.types.is_named(p) {
            self.types.underlying(a)
        } else {
            a
        };
        // A generic type's instance (iter.Seq2[K, V]) and an unnamed type (a function
        // literal's): through the instance's underlying type.
        if self.instance_origin.contains_key(&p) && !self.types.is_named(a) {
            let u = self.types.underlying(p);
            return self.unify(u, a, bound, tps);
        }
        // Instances of the same generic type: their type arguments unify.
        if let (Some((g1, t1)), Some((g2, t2))) = (
            self.instance_origin.get(&p).cloned(),
            self.instance_origin.get(&a).cloned(),
        ) {
            return g1 == g2
                && t1.len() == t2.len()
                && t1
                    .iter()
                    .zip(&t2)
                    .all(|(x, y)| self.unify(*x, *y, bound, tps));
        }
        match (self.types.kind(p).clone(), self.types.kind(a).clone()) {
            (TypeKind::Pointer(x), TypeKind::Pointer(y))
            | (TypeKind::Slice(x), TypeKind::Slice(y)) => self.unify(x, y, bound, tps),
            (TypeKind::Array(n, x), TypeKind::Array(m, y)) => {
                n == m && self.unify(x, y, bound, tps)
            }
            (TypeKind::Map(k1, v1), TypeKind::Map(k2, v2)) => {
                self.unify(k1, k2, bound, tps) && self.unify(v1, v2, bound, tps)
            }
            (TypeKind::Chan(_, x), TypeKind::Chan(_, y)) => self.unify(x, y, bound, tps),
            (TypeKind::Signature(s1), TypeKind::Signature(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1
                        .params
                        .iter()
                        .zip(&s2.params)
                        .chain(s1.results.iter().zip(&s2.results))
                        .all(|(x, y)| self.unify(*x, *y, bound, tps))
            }
            (TypeKind::Struct(f1), TypeKind::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1
                        .iter()
                        .zip(&f2)
                        .all(|(x, y)| x.name == y.name && self.unify(x.ty, y.ty, bound, tps))
            }
            _ => false,
        }
    }

    /// Whether `t`, or a type it is made of (elements, fields, parameters, an instance's type
    /// arguments), satisfies `pred`.
    fn type_any(&self, t: TypeId, pred: &dyn Fn(&Self, TypeId) -> bool) -> bool {
        if pred(self, t) {
            return true;
        }
        if let Some((_, targs)) = self.instance_origin.get(&t) {
            return targs.iter().any(|x| self.type_any(*x, pred));
        }
        match self.types.kind(t) {
            TypeKind::Pointer(x)
            | TypeKind::Slice(x)
            | TypeKind::Array(_, x)
            | TypeKind::Chan(_, x) => self.type_any(*x, pred),
            TypeKind::Map(k, v) => self.type_any(*k, pred) || self.type_any(*v, pred),
            TypeKind::Signature(s) => s
                .params
                .iter()
                .chain(&s.results)
                .any(|x| self.type_any(*x, pred)),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.type_any(f.ty, pred)),
            TypeKind::Tuple(ts) => ts.iter().any(|x| self.type_any(*x, pred)),
            _ => false,
        }
    }

    /// Whether the function being checked is one of a generic body's checking instances
    /// (what it makes, its function literals, is never compiled either).
    pub(super) fn in_checking_instance(&self) -> bool {
        self.func_id.is_some_and(|f| self.prog.funcs[f].checking)
    }

    /// Whether type `t` is or holds a stand-in of a generic body's check.
    fn mentions_standin(&self, t: TypeId) -> bool {
        self.type_any(t, &|c, x| c.checking_standins.contains_key(&x))
    }

    /// Whether type `t` is or holds a type parameter (of any declaration).
    fn has_tparam(&self, t: TypeId) -> bool {
        self.type_any(t, &|c, x| matches!(c.types.kind(x), TypeKind::TypeParam(_)))
    }

    /// Whether type `t` mentions any of the type parameters `tps`.
    fn mentions_tparams(&self, t: TypeId, tps: &[TypeId]) -> bool {
        self.type_any(t, &|_, x| tps.contains(&x))
    }

    /// How deeply type constructors nest in `t` (capped).
    fn type_depth(&self, t: TypeId, d: usize) -> usize {
        if d > 40 {
            return d;
        }
        if let Some((_, targs)) = self.instance_origin.get(&t) {
            return targs
                .iter()
                .map(|x| self.type_depth(*x, d + 1))
                .max()
                .unwrap_or(d);
        }
        match self.types.kind(t) {
            TypeKind::Pointer(x)
            | TypeKind::Slice(x)
            | TypeKind::Array(_, x)
            | TypeKind::Chan(_, x) => self.type_depth(*x, d + 1),
            TypeKind::Map(k, v) => self.type_depth(*k, d + 1).max(self.type_depth(*v, d + 1)),
            _ => d,
        }
    }

    /// `t` with the bound type parameters replaced by their types (None if it mentions an
    /// unbound one, or a form substitution does not rebuild).
    fn subst(&mut self, t: TypeId, tps: &[TypeId], bound: &[Option<TypeId>]) -> Option<TypeId> {
        if let Some(i) = tps.iter().position(|&x| x == t) {
            return bound[i];
        }
        if !self.mentions_tparams(t, tps) {
            return Some(t);
        }
        if let Some((g, targs)) = self.instance_origin.get(&t).cloned() {
            let mut concrete = Vec::new();
            for x in targs {
                concrete.push(self.subst(x, tps, bound)?);
            }
            return self.type_instance(g, concrete, Inst::Inferred(0));
        }
        Some(match self.types.kind(t).clone() {
            TypeKind::Pointer(x) => {
                let x = self.subst(x, tps, bound)?;
                self.types.pointer(x)
            }
            TypeKind::Slice(x) => {
                let x = self.subst(x, tps, bound)?;
                self.types.slice(x)
            }
            TypeKind::Array(n, x) => {
                let x = self.subst(x, tps, bound)?;
                self.types.array(n, x)
            }
            TypeKind::Map(k, v) => {
                let k = self.subst(k, tps, bound)?;
                let v = self.subst(v, tps, bound)?;
                self.types.map(k, v)
            }
            TypeKind::Chan(d, x) => {
                let x = self.subst(x, tps, bound)?;
                self.types.chan(d, x)
            }
            TypeKind::Signature(s) => {
                let mut params = Vec::new();
                for p in &s.params {
                    params.push(self.subst(*p, tps, bound)?);
                }
                let mut results = Vec::new();
                for r in &s.results {
                    results.push(self.subst(*r, tps, bound)?);
                }
                self.types.signature(
                    params,
                    s.param_names.clone(),
                    results,
                    s.result_names.clone(),
                    s.variadic,
                )
            }
            _ => return None,
        })
    }

    /// The instance of `g` for `targs`, made (and queued for checking) on first use, after
    /// checking that each type argument satisfies its constraint.
    pub(super) fn instantiate(&mut self, g: usize, targs: Vec<TypeId>, at: Inst) -> Option<FuncId> {
        // Identical type arguments (byte and uint8, any and interface{}) make one instance;
        // errors name them as written.
        let written = targs;
        let targs: Vec<TypeId> = written.iter().map(|&t| self.types.canonical(t)).collect();
        if let Some(&f) = self.generics[g].instances.get(&targs) {
            return Some(f);
        }
        if targs.iter().any(|&t| self.broken(t)) || self.generics[g].broken {
            return None;
        }
        // F[T] making F[[]T] making F[[][]T]…: type arguments that keep growing.
        if targs.iter().any(|&t| self.type_depth(t, 0) > 40) || self.instance_count > 100_000 {
            let pos = match at {
                Inst::Inferred(p) => p,
                Inst::Explicit(ref ps) => ps.first().copied().unwrap_or(0),
            };
            self.report(pos, TypeError::InstantiationCycle);
            return None;
        }
        self.instance_count += 1;
        let decl = self.generics[g].decl;
        let ctx = self.func_ctx(g);
        let pkg = ctx.pkg;
        let names = param_names(&decl.tparams);
        if !self.satisfied(ctx, &decl.tparams, &names, &written, &at) {
            return None;
        }
        let binds: Vec<(String, TypeId)> = names.into_iter().zip(targs.iter().copied()).collect();
        let (params, results) = self.bound_signature(ctx, decl, &binds);
        let path = self.pkg_path(pkg).to_owned();
        let targ_names: Vec<String> = targs.iter().map(|&t| self.tn(t)).collect();
        let checking = targs.iter().any(|&t| self.mentions_standin(t));
        // Stand-ins of different checks share names: such instances get unique ones.
        let suffix = if checking {
            format!("·check{}", self.prog.funcs.len())
        } else {
            String::new()
        };
        let f = self.prog.funcs.push(tir::Func {
            name: format!("{path}.{}[{}]{suffix}", decl.name.0, targ_names.join(",")),
            checking,
            ..Default::default()
        });
        self.generics[g].instances.insert(targs, f);
        self.queue_instance(ctx, decl, f, (params, results), binds);
        Some(f)
    }

    /// Records instance `f` of declaration `decl` (its signature, whether it is variadic) and
    /// queues its body to be checked with `binds`.
    fn queue_instance(
        &mut self,
        ctx: Ctx,
        decl: &'a ast::FuncDecl,
        f: FuncId,
        sig: (Vec<TypeId>, Vec<TypeId>),
        binds: Vec<(String, TypeId)>,
    ) {
        self.instance_sigs.insert(f, sig);
        if is_variadic_decl(decl) {
            self.library_variadic.insert(f);
        }
        self.pending_instances.push(PendingInstance {
            file: ctx.file,
            pkg: ctx.pkg,
            library: ctx.library,
            decl,
            func: f,
            binds,
        });
    }

    /// Whether each type argument satisfies its parameter's constraint (resolved with the
    /// type arguments in place: `S ~[]E`); reports the first that does not.
    fn satisfied(
        &mut self,
        ctx: Ctx,
        tparams: &[ast::Param],
        names: &[String],
        targs: &[TypeId],
        at: &Inst,
    ) -> bool {
        let marks = self.errors.len();
        let binds: Vec<(String, TypeId)> =
            names.iter().cloned().zip(targs.iter().copied()).collect();
        let constraints: Vec<Option<TypeId>> = self.in_bound_context(ctx, &binds, |c| {
            tparams.iter().map(|p| c.constraint(&p.ty)).collect()
        });
        // Errors in the constraints were reported with the declaration.
        self.errors.truncate(marks);
        for (k, (c, &t)) in constraints.iter().zip(targs).enumerate() {
            let Some(c) = *c else {
                return false;
            };
            // A type parameter (its stand-in) satisfies its own constraint; one standing for
            // a term without ~ is that term's type (`B *P`); one whose methods are being
            // set up (a constraint naming an instance of the type: `U interface{ M() T[U] }`)
            // is taken as satisfying.
            if self
                .checking_standins
                .get(&t)
                .is_some_and(|&own| self.types.identical(own, c))
                || self.standins_in_setup.contains(&t)
                || (self.standins_exact.contains(&t)
                    && self.types.implements(self.types.underlying(t), c).is_ok())
            {
                continue;
            }
            if let Err(why) = self.types.implements(t, c) {
                let why = self.unsatisfied(t, c, &why);
                let (tn, cn) = (self.tn(t), self.constraint_name(c));
                let pos = match at {
                    Inst::Inferred(p) => *p,
                    Inst::Explicit(ps) => ps.get(k).copied().unwrap_or(0),
                };
                self.report(pos, TypeError::DoesNotSatisfy { t: tn, c: cn, why });
                return false;
            }
        }
        true
    }

    /// A declaration's parameter and result types with type parameters bound (a method's
    /// receiver first).
    fn bound_signature(
        &mut self,
        ctx: Ctx,
        decl: &ast::FuncDecl,
        binds: &[(String, TypeId)],
    ) -> (Vec<TypeId>, Vec<TypeId>) {
        let marks = self.errors.len();
        let sig = self.in_bound_context(ctx, binds, |c| {
            let mut ps: Vec<TypeId> = Vec::new();
            if let Some(r) = &decl.recv {
                // Its blank type parameters are the arguments at their places.
                c.receiver_targs = binds.iter().map(|(_, t)| *t).collect();
                ps.push(c.param_type(&r.ty).unwrap_or(T::INVALID));
                c.receiver_targs = Vec::new();
            }
            for p in &decl.sig.params {
                ps.push(c.param_type(&p.ty).unwrap_or(T::INVALID));
            }
            let rs: Vec<TypeId> = decl
                .sig
                .results
                .iter()
                .map(|p| c.resolve_type(&p.ty).unwrap_or(T::INVALID))
                .collect();
            (ps, rs)
        });
        // Reported when the instance itself is checked.
        self.errors.truncate(marks);
        sig
    }

    /// `Name[A, B]` of a generic type: its instance, a defined type of its own with the
    /// type arguments in its name, made on first use with its methods.
    pub(super) fn instantiate_type(
        &mut self,
        g: usize,
        ix: &[ast::Expr],
        pos: Pos,
    ) -> Option<TypeId> {
        let mut targs = Vec::new();
        let mut at = Vec::new();
        // A type argument may be the type being declared (`type Dir struct{ Sub List[Dir] }`):
        // it is completed later, and the instance's own fields show whether that is a cycle.
        for (i, e) in ix.iter().enumerate() {
            // A receiver's blank type parameter: the instance's argument there.
            if matches!(&e.kind, AK::Ident(n) if n == "_") && i < self.receiver_targs.len() {
                targs.push(self.receiver_targs[i]);
                at.push(e.pos);
                continue;
            }
            self.indirect += 1;
            let t = self.resolve_type(e);
            self.indirect -= 1;
            targs.push(t?);
            at.push(type_arg_pos(e));
        }
        let spec = self.generic_types[g].spec.clone();
        if targs.len() != spec.tparams.len() {
            let word = if targs.len() < spec.tparams.len() {
                "not enough"
            } else {
                "too many"
            };
            self.report(
                pos,
                TypeError::TypeArgumentCountOfType {
                    word,
                    t: spec.name.0.clone(),
                    have: targs.len(),
                    want: spec.tparams.len(),
                },
            );
            return None;
        }
        self.type_instance(g, targs, Inst::Explicit(at))
    }

    /// The instance of generic type `g` for `targs`. With type arguments that are (or hold)
    /// type parameters of a generic signature being resolved, it is a symbolic instance: a
    /// name for inference to match, without methods.
    fn type_instance(&mut self, g: usize, targs: Vec<TypeId>, at: Inst) -> Option<TypeId> {
        let spec = self.generic_types[g].spec.clone();
        let ctx = self.type_ctx(g);
        let pkg = ctx.pkg;
        // Identical type arguments (byte and uint8, any and interface{}) make one instance.
        let targs: Vec<TypeId> = targs.iter().map(|&t| self.types.canonical(t)).collect();
        if let Some(&t) = self.generic_types[g].instances.get(&targs) {
            // Its own fields name it while they are resolved: only through a pointer, slice,
            // map, channel or function may they.
            // Its own fields reach it again with no pointer, slice, map, channel or function
            // on the way (counted along the whole path, through other instances).
            let here = self.indirect_base + self.indirect;
            if self.instances_in_progress.get(&t) == Some(&here) {
                let params: Vec<String> = param_names(&spec.tparams);
                let name = format!("{}[{}]", spec.name.0, params.join(", "));
                let pos = match at {
                    Inst::Inferred(p) => p,
                    Inst::Explicit(ref ps) => ps.first().copied().unwrap_or(0),
                };
                self.report(pos, TypeError::RecursiveTypeSelf { name });
                return None;
            }
            return Some(t);
        }
        // An instantiation cycle (F[T] needing F[[]T]…, a method of Box[T] returning
        // Box[Box[T]]) or a type that contains itself through its type arguments: gc's
        // error, not an endless expansion.
        if self.instantiating > 24 || targs.iter().any(|&t| self.type_depth(t, 0) > 40) {
            self.report(
                match at {
                    Inst::Inferred(p) => p,
                    Inst::Explicit(ref ps) => ps.first().copied().unwrap_or(0),
                },
                TypeError::InstantiationCycle,
            );
            return None;
        }
        self.instantiating += 1;
        let r = crate::compile::deep(|| self.type_instance_here(g, targs, at, &spec, ctx, pkg));
        self.instantiating -= 1;
        r
    }

    fn type_instance_here(
        &mut self,
        g: usize,
        targs: Vec<TypeId>,
        at: Inst,
        spec: &ast::TypeSpec,
        ctx: Ctx,
        pkg: PkgId,
    ) -> Option<TypeId> {
        let symbolic = targs.iter().any(|&t| self.has_tparam(t));
        let names = param_names(&spec.tparams);
        // A constraint may name the type itself (`type Adder[A Adder[A]] interface{…}`): the
        // instance its check makes is taken as satisfying, and is the one this makes.
        let key = (g, targs.clone());
        if !symbolic && !self.satisfying.contains(&key) {
            self.satisfying.push(key);
            let ok = self.satisfied(ctx, &spec.tparams, &names, &targs, &at);
            self.satisfying.pop();
            if !ok {
                return None;
            }
            if let Some(&t) = self.generic_types[g].instances.get(&targs) {
                return Some(t);
            }
        }
        let binds: Vec<(String, TypeId)> = names.into_iter().zip(targs.iter().copied()).collect();
        // A generic alias (Go 1.24) stands for its type with the arguments in place.
        if spec.alias {
            // Generic aliases naming each other in a cycle (reported once).
            if self.cyclic_aliases.contains(&g) {
                return None;
            }
            if let Some(from) = self.generic_alias_stack.iter().position(|&a| a == g) {
                let members = self.generic_alias_stack[from..].to_vec();
                self.cyclic_aliases.extend(members);
                let cycle: Vec<(String, Pos, usize)> = self.generic_alias_stack[from..]
                    .iter()
                    .map(|&a| {
                        let gt = &self.generic_types[a];
                        (gt.spec.name.0.clone(), gt.spec.name.1, gt.file)
                    })
                    .collect();
                self.report_decl_cycle(&cycle);
                return None;
            }
            self.generic_alias_stack.push(g);
            let t = self.in_bound_context(ctx, &binds, |c| {
                c.constraint_decl = true;
                c.resolve_type(&spec.ty)
            });
            self.generic_alias_stack.pop();
            let t = t?;
            self.generic_types[g].instances.insert(targs, t);
            return Some(t);
        }
        let t = self.types.named(&spec.name.0, Some(pkg));
        let outer = self.generic_types[g].outer_targs.clone();
        self.types.set_local_targs(t, &outer, &targs);
        if let Some(k) = self.generic_types[g].local {
            self.types.set_local(t, k);
        }
        self.generic_types[g].instances.insert(targs.clone(), t);
        self.instance_origin.insert(t, (g, targs.clone()));
        let outer_indirect = std::mem::replace(&mut self.indirect, 0);
        self.indirect_base += outer_indirect;
        self.instances_in_progress.insert(t, self.indirect_base);
        // `type G[T any] T` is an error (reported by the generic check): no type.
        let names_param =
            matches!(&spec.ty.unparen().kind, AK::Ident(n) if binds.iter().any(|(b, _)| b == n));
        let u = if names_param {
            None
        } else {
            self.in_bound_context(ctx, &binds, |c| {
                // A generic interface may be a constraint (`type C[T any] interface{ ~int }`).
                c.constraint_decl = true;
                c.resolve_type(&spec.ty)
            })
        };
        self.indirect_base -= outer_indirect;
        self.indirect = outer_indirect;
        self.instances_in_progress.remove(&t);
        let u = u.map_or(T::INVALID, |u| self.types.underlying(u));
        self.types.set_underlying(t, u);
        if symbolic {
            return Some(t);
        }
        // Its methods, each an instance of its declaration with the receiver's parameter names
        // bound.
        let methods = self.generic_types[g].methods.clone();
        let tname = self.tn(t);
        let path = self.pkg_path(pkg).to_owned();
        for fd in methods {
            let Some(recv) = fd.recv.as_ref() else {
                continue;
            };
            let (base, ptr) = match &recv.ty.unparen().kind {
                AK::Star(x) => (x.unparen(), true),
                _ => (recv.ty.unparen(), false),
            };
            let AK::Index(_, rnames) = &base.kind else {
                continue;
            };
            let mut mbinds = Vec::new();
            for (e, &ta) in rnames.iter().zip(&targs) {
                // A blank one still names its type argument in the receiver's type.
                if let AK::Ident(n) = &e.kind {
                    mbinds.push((n.clone(), ta));
                }
            }
            let name = fd.name.0.clone();
            let (params, results) = self.bound_signature(ctx, fd, &mbinds);
            let checking = targs.iter().any(|&t| self.mentions_standin(t));
            let suffix = if checking {
                format!("·check{}", self.prog.funcs.len())
            } else {
                String::new()
            };
            let f = self.prog.funcs.push(tir::Func {
                name: if ptr {
                    format!("{path}.(*{tname}).{name}{suffix}")
                } else {
                    format!("{path}.{tname}.{name}{suffix}")
                },
                checking,
                ..Default::default()
            });
            self.generic_methods.insert(f);
            let sig = self.types.signature(
                params[1..].to_vec(),
                Vec::new(),
                results.clone(),
                Vec::new(),
                is_variadic_decl(fd),
            );
            self.queue_instance(ctx, fd, f, (params, results), mbinds);
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
            self.method_funcs.insert((t, name), f);
        }
        Some(t)
    }

    /// gc's parenthesized reason a type argument does not satisfy a constraint.
    fn unsatisfied(
        &self,
        t: TypeId,
        c: TypeId,
        why: &crate::compile::types::rules::NotImplemented,
    ) -> String {
        use crate::compile::types::rules::NotImplemented as N;
        match why {
            N::Missing(m) => format!("missing method {m}"),
            N::PointerReceiver(m) => format!("method {m} has pointer receiver"),
            N::WrongType(m) => format!("wrong type for method {m}"),
            N::NotInTypeSet => {
                let TypeKind::Interface(i) = self.types.kind(self.types.underlying(c)) else {
                    return String::new();
                };
                // gc gives no detail for a type parameter or an interface.
                if (i.comparable && !self.types.comparable(t))
                    || self.is_standin(t)
                    || self.types.is_interface(t)
                {
                    return String::new();
                }
                // The type set: an intersection of unions is shown as computed.
                let terms = if i.unions.len() > 1 {
                    self.constraint_terms(c)
                } else {
                    i.unions.first().cloned().unwrap_or_default()
                };
                let shown: Vec<String> = terms
                    .iter()
                    .map(|term| {
                        format!("{}{}", if term.tilde { "~" } else { "" }, self.tn(term.ty))
                    })
                    .collect();
                let shown = shown.join(" | ");
                // A defined type whose underlying type is a term written without ~.
                let near = terms.iter().find(|term| {
                    !term.tilde
                        && self.types.is_named(t)
                        && self.types.identical(self.types.underlying(t), term.ty)
                });
                match near {
                    Some(term) => {
                        format!("possibly missing ~ for {} in {shown}", self.tn(term.ty))
                    }
                    None => format!("{} missing in {shown}", self.tn(t)),
                }
            }
        }
    }

    /// Checks the bodies of the instances made so far (and those they make), and the
    /// declarations of generic functions never instantiated.
    pub(super) fn check_instances(&mut self) {
        for g in 0..self.generics.len() {
            self.generic_sig(g);
        }
        self.drain_instances();
    }

    /// Checks generic function `g`'s body for every type its constraints allow, before any
    /// instance: with each type parameter stood in for by a defined type of its own name, one
    /// per term of its constraint's type set (its underlying type the term's, with the
    /// constraint's methods), or for a constraint without terms one whose underlying type
    /// allows only what every type does (comparable or not, as the constraint says). What no
    /// such stand-in allows is reported as for a concrete type; a body with errors makes no
    /// instances. These checking instances are never called, so never compiled.
    pub(super) fn validate_generic(&mut self, g: usize) {
        let Some(sig) = self.generic_sig(g) else {
            return;
        };
        let decl = self.generics[g].decl;
        let ctx = self.func_ctx(g);
        let pkg = ctx.pkg;
        if decl.body.is_none() {
            return;
        }
        let names = param_names(&decl.tparams);
        let Some(choices) = self.standin_choices(&sig.tparams, &names, pkg) else {
            return;
        };
        let marks = self.errors.len();
        for combo in standin_combos(&choices) {
            let targs = self.setup_standins(&sig.tparams, &names, &choices, &combo);
            if self.generics[g].instances.contains_key(&targs) {
                continue;
            }
            let binds: Vec<(String, TypeId)> =
                names.iter().cloned().zip(targs.iter().copied()).collect();
            let (params, results) = self.bound_signature(ctx, decl, &binds);
            let f = self.prog.funcs.push(tir::Func {
                name: format!(
                    "{}.{}·check{}",
                    self.pkg_path(pkg),
                    decl.name.0,
                    self.prog.funcs.len()
                ),
                checking: true,
                ..Default::default()
            });
            self.generics[g].instances.insert(targs, f);
            self.queue_instance(ctx, decl, f, (params, results), binds);
            self.drain_instances();
        }
        if self.errors.len() > marks {
            self.generics[g].broken = true;
        }
    }

    /// Checks the methods of generic type `g` once, generically, as `validate_generic` checks
    /// a generic function's body: through instances for stand-ins of its type parameters.
    pub(super) fn validate_generic_type(&mut self, g: usize) {
        let spec = self.generic_types[g].spec.clone();
        let ctx = self.type_ctx(g);
        let names = param_names(&spec.tparams);
        if matches!(&spec.ty.unparen().kind, AK::Ident(n) if names.contains(n)) {
            let error = if spec.alias {
                TypeError::AliasRhsTypeParam
            } else {
                TypeError::TypeParamRhs
            };
            self.report_in(ctx.file, spec.ty.pos, error);
            return;
        }
        let tparams = self.in_bound_context(ctx, &[], |c| c.declare_type_params(&spec.tparams));
        let Some(tparams) = tparams else {
            return;
        };
        let Some(choices) = self.standin_choices(&tparams, &names, ctx.pkg) else {
            return;
        };
        for combo in standin_combos(&choices) {
            let targs = self.setup_standins(&tparams, &names, &choices, &combo);
            self.type_instance(g, targs, Inst::Explicit(Vec::new()));
            self.drain_instances();
        }
    }

    /// The stand-ins of each type parameter: one defined type of its name per term of its
    /// constraint's type set (the terms common to every union element), or one when it has
    /// none.
    fn standin_choices(
        &mut self,
        tparams: &[TypeId],
        names: &[String],
        pkg: PkgId,
    ) -> Option<Vec<Vec<StandIn>>> {
        let mut choices = Vec::new();
        for (i, &tp) in tparams.iter().enumerate() {
            let c = match self.types.kind(tp) {
                TypeKind::TypeParam(p) => p.constraint,
                _ => return None,
            };
            let TypeKind::Interface(iface) = self.types.kind(self.types.underlying(c)) else {
                return None;
            };
            // Every term of its type set: each may allow less than the others (`-` on
            // cmp.Ordered's ~string, 300 in ~int8).
            let terms: Vec<Option<Term>> = if iface.unions.is_empty() {
                vec![None]
            } else {
                self.constraint_terms(c).into_iter().map(Some).collect()
            };
            if terms.is_empty() {
                return None;
            }
            let mut reps = Vec::new();
            for term in terms {
                let t = self.types.named(&names[i], Some(pkg));
                reps.push((t, term));
            }
            choices.push(reps);
        }
        Some(choices)
    }

    /// Gives the stand-ins a combination chooses their underlying types (a term may name
    /// another parameter) and their constraints' methods; the type arguments they make.
    fn setup_standins(
        &mut self,
        tparams: &[TypeId],
        names: &[String],
        choices: &[Vec<StandIn>],
        combo: &[usize],
    ) -> Vec<TypeId> {
        let targs: Vec<TypeId> = combo
            .iter()
            .enumerate()
            .map(|(i, &k)| choices[i][k].0)
            .collect();
        let bound: Vec<Option<TypeId>> = targs.iter().map(|&t| Some(t)).collect();
        for (i, &k) in combo.iter().enumerate() {
            let (t, term) = choices[i][k];
            let Some((c, iface)) = self.tparam_constraint(tparams[i]) else {
                continue;
            };
            let u = match term {
                Some(term) => self
                    .subst(term.ty, tparams, &bound)
                    .map_or(T::INVALID, |u| self.types.underlying(u)),
                // No terms: a struct that is comparable only when the constraint says so.
                None if iface.comparable => self.types.structure(Vec::new()),
                None => {
                    let f =
                        self.types
                            .signature(Vec::new(), Vec::new(), Vec::new(), Vec::new(), false);
                    let a = self.types.array(0, f);
                    self.types.structure(vec![crate::compile::types::Field {
                        name: "_".into(),
                        ty: a,
                        embedded: false,
                        tag: None,
                        pkg: None,
                    }])
                }
            };
            if self.types.underlying(t) != u {
                self.types.set_underlying(t, u);
            }
            if term.is_some_and(|term| !term.tilde) {
                self.standins_exact.insert(t);
            }
            self.standins_in_setup.insert(t);
            // Its methods, in terms of this combination's stand-ins (a method may name
            // another parameter: `G Getter[K]`).
            for m in &iface.methods {
                let msig = self.subst(m.sig, tparams, &bound).unwrap_or(m.sig);
                let TypeKind::Signature(s) = self.types.kind(msig).clone() else {
                    continue;
                };
                let f = match self.method_funcs.get(&(t, m.name.clone())) {
                    Some(&f) => f,
                    None => {
                        let f = self.prog.funcs.push(tir::Func {
                            name: format!("{}.{}", names[i], m.name),
                            external: true,
                            ..Default::default()
                        });
                        self.method_funcs.insert((t, m.name.clone()), f);
                        f
                    }
                };
                let mut params = vec![t];
                params.extend(s.params.iter().copied());
                self.instance_sigs.insert(f, (params, s.results.clone()));
                self.types.set_method(
                    t,
                    crate::compile::types::Method {
                        name: m.name.clone(),
                        pkg: m.pkg,
                        sig: msig,
                        ptr_recv: false,
                    },
                );
            }
            self.checking_standins.insert(t, c);
            self.standins_in_setup.remove(&t);
        }
        targs
    }

    /// Checks the pending instances' bodies.
    fn drain_instances(&mut self) {
        while let Some(p) = self.pending_instances.pop() {
            let saved = (self.func_id, self.file, self.pkg);
            self.func_id = Some(p.func);
            self.type_bindings = p.binds;
            self.instance_library = p.library;
            self.instance_pkg = Some(p.pkg);
            self.check_func(p.file, p.func, p.decl);
            self.instance_library = None;
            (self.func_id, self.file, self.pkg) = saved;
            self.type_bindings = Vec::new();
        }
    }
}
