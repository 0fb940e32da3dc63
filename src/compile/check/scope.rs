//! Scopes: what a name denotes (the block scopes of a function, package and file scopes, the
//! universe), locals and branch targets.

use super::*;

#[derive(Debug, Clone)]
pub(super) enum Entity {
    Const(TypeId, Value),
    LazyConst(usize),
    LazyGlobal(usize),
    /// A package-level type alias, resolved on first use.
    LazyAlias(usize),
    Func(FuncId),
    /// A generic function (an index into the checker's generic functions).
    Generic(usize),
    /// A generic type (an index into the checker's generic types).
    GenericType(usize),
    TypeName(TypeId),
    Builtin(&'static str),
    Package(String, usize),
    Local(LocalId),
    Intrinsic(Intrinsic),
    Nil,
    /// An import memrun rejected ("package X is not supported yet"): its uses are not
    /// errors of their own.
    Unsupported,
}

pub(super) struct Scope {
    pub(super) names: HashMap<String, Entity>,
}

/// The block scopes of the function being checked: one map from each name to the stack of its
/// bindings (innermost last), and for each open block the names it declared. A lookup costs
/// the same however deeply blocks nest (walking the blocks outward made 10,000 nested `if`s
/// quadratic).
#[derive(Default)]
pub(super) struct Scopes {
    pub(super) bindings: HashMap<String, Vec<(usize, Entity)>>,
    pub(super) declared: Vec<Vec<String>>,
}

impl Scopes {
    pub(super) fn push(&mut self) {
        self.declared.push(Vec::new());
    }

    pub(super) fn pop(&mut self) {
        for name in self.declared.pop().unwrap_or_default() {
            if let Some(stack) = self.bindings.get_mut(&name) {
                stack.pop();
                if stack.is_empty() {
                    self.bindings.remove(&name);
                }
            }
        }
    }

    /// The innermost binding of `name`.
    pub(super) fn get(&self, name: &str) -> Option<&Entity> {
        self.bindings
            .get(name)
            .and_then(|s| s.last())
            .map(|(_, e)| e)
    }

    /// The innermost binding of `name` and the block depth that declares it.
    pub(super) fn get_with_depth(&self, name: &str) -> Option<(usize, Entity)> {
        self.bindings
            .get(name)
            .and_then(|s| s.last())
            .map(|(d, e)| (*d, e.clone()))
    }

    /// True when the innermost block declares `name`.
    pub(super) fn in_innermost(&self, name: &str) -> bool {
        let depth = self.declared.len();
        self.bindings
            .get(name)
            .and_then(|s| s.last())
            .is_some_and(|(d, _)| *d == depth)
    }

    /// Declares `name` in the innermost block (replacing a binding it already has there).
    pub(super) fn insert(&mut self, name: String, e: Entity) {
        let depth = self.declared.len();
        let stack = self.bindings.entry(name.clone()).or_default();
        match stack.last_mut() {
            Some((d, old)) if *d == depth => *old = e,
            _ => {
                stack.push((depth, e));
                if let Some(names) = self.declared.last_mut() {
                    names.push(name);
                }
            }
        }
    }
}

pub(super) struct LocalInfo {
    pub(super) name: String,
    pub(super) pos: Pos,
    pub(super) used: bool,
    pub(super) report_unused: bool,
    /// A hidden variable holding an operand evaluated early (see `hoist_calls`), which stands
    /// for the program's own expression.
    pub(super) hoisted: bool,
}

/// What a `break` or `continue` can target: a loop, a `switch` (break only), or a labelled
/// statement of another kind (neither: its label is only for `goto`).
pub(super) struct Target {
    pub(super) label: Option<String>,
    pub(super) is_loop: bool,
    pub(super) breakable: bool,
    pub(super) used: bool,
    pub(super) pos: Pos,
}

impl<'a> Checker<'a> {
    pub(super) fn lookup(&mut self, name: &str) -> Option<Entity> {
        if let Some(path) = self.library_decl {
            // A library generic's body or signature: its own locals and type parameters.
            if self.library_body {
                if let Some((d, e)) = self.scopes.get_with_depth(name) {
                    if let Entity::Local(l) = e {
                        return Some(Entity::Local(self.resolve_local(l, d)));
                    }
                    return Some(e);
                }
            }
            if let Some(e) = universe(name, false) {
                return Some(e);
            }
            let lib = library::package(path)?;
            match lib.member_any(name) {
                Some(library::Member::Func(decl)) if self.library_body => {
                    let qualified = format!("{path}.{name}");
                    return if decl.tparams.is_empty() {
                        self.library_func_entity(&qualified, decl)
                    } else {
                        Some(Entity::Generic(self.library_generic(path, decl)))
                    };
                }
                Some(library::Member::Type(spec)) if !spec.tparams.is_empty() => {
                    return Some(Entity::GenericType(self.library_generic_type(path, spec)));
                }
                Some(library::Member::Type(spec)) => {
                    let outer = self.library_decl.take();
                    let t = self.library_named(path, spec);
                    self.library_decl = outer;
                    return t.map(Entity::TypeName);
                }
                Some(library::Member::Const(view, k)) => {
                    let (t, v) = self.library_const(path, name, view, k)?;
                    return Some(Entity::Const(t, v));
                }
                _ => {}
            }
            // Another library package, by its name.
            return crate::compile::RUNTIME_LIBRARY
                .iter()
                .find(|src| {
                    src.package != "runtime" && src.package.rsplit('/').next() == Some(name)
                })
                .map(|src| Entity::Package(src.package.to_string(), 0));
        }
        if let Some((d, e)) = self.scopes.get_with_depth(name) {
            // A local of an enclosing function is captured.
            if let Entity::Local(l) = e {
                return Some(Entity::Local(self.resolve_local(l, d)));
            }
            return Some(e);
        }
        if let Some(e) = self
            .pkg_scopes
            .get(&self.pkg)
            .and_then(|s| s.names.get(name))
        {
            if let Entity::LazyAlias(i) = *e {
                // An alias with errors (reported) makes no follow-on errors.
                let t = self.resolve_alias(i);
                return Some(t.map_or(Entity::Unsupported, Entity::TypeName));
            }
            return Some(e.clone());
        }
        if let Some(e) = self
            .file_scopes
            .get(self.file)
            .and_then(|s| s.names.get(name))
        {
            if let Entity::Package(_, idx) = e {
                self.import_used[self.file][*idx].2 = true;
            }
            return Some(e.clone());
        }
        // The library's rule: package runtime's names are in reach of every library file.
        if self.files[self.file].library {
            if let Some(e) = self
                .pkg_scopes
                .get(&self.runtime_pkg)
                .and_then(|s| s.names.get(name))
            {
                return Some(e.clone());
            }
        }
        universe(name, self.files[self.file].library)
    }

    pub(super) fn declare_local(
        &mut self,
        name: &str,
        pos: Pos,
        ty: TypeId,
        report_unused: bool,
    ) -> LocalId {
        let id = self.func.locals.push(ty);
        self.locals.push(LocalInfo {
            name: name.to_owned(),
            pos,
            used: false,
            report_unused,
            hoisted: false,
        });
        if name != "_" {
            if self.scopes.in_innermost(name) {
                let other = match self.scopes.get(name) {
                    Some(Entity::Local(prev)) => related(
                        self.locals[*prev].pos,
                        &format!("other declaration of {name}"),
                    ),
                    _ => String::new(),
                };
                self.report(
                    pos,
                    TypeError::RedeclaredWith {
                        name: name.to_string(),
                        other: other.to_string(),
                    },
                );
                self.locals[id].report_unused = false;
            } else {
                self.scopes.insert(name.to_owned(), Entity::Local(id));
            }
        }
        id
    }

    pub(super) fn temp(&mut self, ty: TypeId) -> LocalId {
        let id = self.func.locals.push(ty);
        self.locals.push(LocalInfo {
            name: "_".into(),
            pos: 0,
            used: true,
            report_unused: false,
            hoisted: false,
        });
        id
    }

    /// Evaluates the call-like operations in `e` (calls, `len`, `cap`, … as gc's order pass
    /// picks them) into temporaries now, in order, leaving the rest to be read where `e` is
    /// used: an operand evaluated twice (`x op= y`'s place) then makes its calls once, and
    /// reads its variables after the right side's calls, as gc does.
    pub(super) fn hoist_calls(&mut self, e: &mut tir::Expr, out: &mut Vec<tir::Stmt>) {
        crate::compile::deep(|| self.hoist_calls_here(e, out))
    }

    fn hoist_calls_here(&mut self, e: &mut tir::Expr, out: &mut Vec<tir::Stmt>) {
        if e.kind.is_call_like() {
            let t = self.temp(e.ty);
            self.locals[t].hoisted = true;
            let ty = e.ty;
            let v = std::mem::replace(
                e,
                tir::Expr {
                    ty,
                    kind: tir::ExprKind::Local(t),
                },
            );
            out.push(tir::Stmt::Assign(vec![Place::Local(t)], vec![v]));
            return;
        }
        match &mut e.kind {
            // The right operand may not run at all.
            tir::ExprKind::Binary(BinOp::LogAnd | BinOp::LogOr, a, _) => self.hoist_calls(a, out),
            kind => kind.for_each_operand_mut(&mut |x| self.hoist_calls(x, out)),
        }
    }

    pub(super) fn push_scope(&mut self) {
        self.scopes.push();
    }

    pub(super) fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    pub(super) fn new_target(
        &mut self,
        label: Option<String>,
        is_loop: bool,
        breakable: bool,
        pos: Pos,
    ) -> TargetId {
        if let Some(l) = &label {
            if let Some(prev) = self
                .targets
                .values()
                .find(|t| t.label.as_deref() == Some(l))
            {
                let at = super::errors::at(prev.pos);
                self.report(
                    pos,
                    TypeError::LabelRedefined {
                        l: l.to_string(),
                        at,
                    },
                );
            }
        }
        self.targets.push(Target {
            label,
            is_loop,
            breakable,
            used: false,
            pos,
        })
    }
}
