//! The type checker: resolves names through Go's scopes, types every expression, folds constants
//! with arbitrary precision, and reports errors in gc's wording. Produces the [`tir`] program.

use cranelift_entity::{EntityRef, PrimaryMap};
use std::collections::HashMap;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::syntax::ast::{self, ExprKind as AK};
use super::syntax::token::Op;
use super::syntax::Pos;
use super::tir::{self, BinOp, FmtFn, FuncId, GlobalId, Intrinsic, LocalId, Place, TargetId, UnOp};
use super::types::{Basic, IntKind, PkgId, TypeId, TypeKind, TypeTable as T, Value};

/// A checked file's identity for error positions.
pub struct FileRef<'a> {
    /// Index into the diagnostics file table.
    pub index: usize,
    /// Parsed file.
    pub ast: &'a ast::File,
    /// True for memrun's runtime source (intrinsics allowed).
    pub runtime: bool,
}

/// An error: (file index, offset, message, unsupported).
pub type CheckError = (usize, Pos, String, bool);

/// Marks a position inside a message, for a continuation line that names another place in the
/// same file (`\tFILE:LINE:COL: previous case`): the checker knows offsets, the driver turns
/// them into `file:line:col` ([`expand_related`]).
const RELATED: char = '\u{1}';

/// A continuation line of a message: gc's `\n\tFILE:LINE:COL: note` for offset `at`.
fn related(at: Pos, note: &str) -> String {
    format!("\n\t{RELATED}{at}{RELATED}: {note}")
}

/// Replaces the offsets [`related`] marked in `msg` with `file:line:col`, through `place`. Only
/// a marker, digits and a marker form a mark; any other marker character (from a user's string)
/// is left as it is.
pub fn expand_related(msg: &str, place: &dyn Fn(Pos) -> String) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut rest = msg;
    while let Some(start) = rest.find(RELATED) {
        let after = &rest[start + RELATED.len_utf8()..];
        let digits = after
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(after.len());
        match after[digits..].strip_prefix(RELATED) {
            Some(tail) if digits > 0 => {
                out.push_str(&rest[..start]);
                match after[..digits].parse::<Pos>() {
                    Ok(p) => out.push_str(&place(p)),
                    Err(_) => out.push_str(&after[..digits]),
                }
                rest = tail;
            }
            _ => {
                out.push_str(&rest[..start + RELATED.len_utf8()]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[derive(Debug, Clone)]
enum Entity {
    Const(TypeId, Value),
    LazyConst(usize),
    LazyGlobal(usize),
    Func(FuncId),
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

/// A const spec with omitted values filled in from the previous spec of its group (the spec's
/// implicit repetition), borrowed from the syntax tree.
#[derive(Clone, Copy)]
struct ConstView<'a> {
    names: &'a [ast::Name],
    ty: Option<&'a ast::Expr>,
    values: &'a [ast::Expr],
    iota: i64,
}

/// Package-level constant awaiting evaluation.
struct PendingConst<'a> {
    file: usize,
    spec: ConstView<'a>,
    index: usize,
    pkg: usize,
    state: u8, // 0 new, 1 in progress, 2 done
    result: Option<(TypeId, Value)>,
}

struct PendingGlobal<'a> {
    file: usize,
    spec: &'a ast::VarSpec,
    index: usize,
    pkg: usize,
    id: Option<GlobalId>,
    state: u8,
}

#[derive(Clone)]
enum OpKind {
    Value(tir::Expr),
    Const(Value),
    NoValue(tir::Expr),
    Type,
    Builtin(&'static str),
    Intrinsic(Intrinsic),
    Package(String),
    Func(FuncId),
    Fmt(FmtFn),
    OsExit,
    Invalid,
}

/// How an operand is spelled in messages: its expression, printed only when a message needs it
/// (printing eagerly at every node made checking quadratic in the depth of an expression).
#[derive(Clone)]
enum Text<'e> {
    Expr(&'e ast::Expr),
    Owned(String),
}

impl std::fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Text::Expr(e) => f.write_str(&expr_string(e)),
            Text::Owned(s) => f.write_str(s),
        }
    }
}

#[derive(Clone)]
struct Operand<'e> {
    ty: TypeId,
    kind: OpKind,
    pos: Pos,
    text: Text<'e>,
    /// Variable (for "variable of type" wording and assignability).
    var: bool,
}

impl<'e> Operand<'e> {
    fn invalid(pos: Pos) -> Operand<'e> {
        Operand {
            ty: T::INVALID,
            kind: OpKind::Invalid,
            pos,
            text: Text::Owned(String::new()),
            var: false,
        }
    }
}

fn is_literal_text(text: &str, v: &Value) -> bool {
    match v {
        Value::Int(i) => {
            *text == i.to_string()
                || text.starts_with('\'')
                || text.starts_with("0x")
                || text.starts_with("0b")
                || text.starts_with("0o")
        }
        Value::Bool(b) => *text == b.to_string(),
        Value::Str(_) => text.starts_with('"') || text.starts_with('`'),
    }
}

pub use super::syntax::print::expr_string;

struct Scope {
    names: HashMap<String, Entity>,
}

/// The block scopes of the function being checked: one map from each name to the stack of its
/// bindings (innermost last), and for each open block the names it declared. A lookup costs
/// the same however deeply blocks nest (walking the blocks outward made 10,000 nested `if`s
/// quadratic).
#[derive(Default)]
struct Scopes {
    bindings: HashMap<String, Vec<(usize, Entity)>>,
    declared: Vec<Vec<String>>,
}

impl Scopes {
    fn push(&mut self) {
        self.declared.push(Vec::new());
    }

    fn pop(&mut self) {
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
    fn get(&self, name: &str) -> Option<&Entity> {
        self.bindings
            .get(name)
            .and_then(|s| s.last())
            .map(|(_, e)| e)
    }

    /// True when the innermost block declares `name`.
    fn in_innermost(&self, name: &str) -> bool {
        let depth = self.declared.len();
        self.bindings
            .get(name)
            .and_then(|s| s.last())
            .is_some_and(|(d, _)| *d == depth)
    }

    /// Declares `name` in the innermost block (replacing a binding it already has there).
    fn insert(&mut self, name: String, e: Entity) {
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

struct LocalInfo {
    name: String,
    pos: Pos,
    used: bool,
    report_unused: bool,
}

struct Target {
    label: Option<String>,
    is_loop: bool,
    used: bool,
    pos: Pos,
}

/// The checker's state.
pub struct Checker<'a> {
    files: &'a [FileRef<'a>],
    /// Errors collected.
    pub errors: Vec<CheckError>,
    /// The program being built.
    pub prog: tir::Program,
    pkg_scopes: Vec<Scope>,
    file_scopes: Vec<Scope>,
    import_used: Vec<Vec<(String, Pos, bool)>>,
    consts: Vec<PendingConst<'a>>,
    globals: Vec<PendingGlobal<'a>>,
    func_decls: Vec<(usize, FuncId, &'a ast::FuncDecl)>,
    // Per-function state.
    file: usize,
    pkg: usize,
    scopes: Scopes,
    locals: PrimaryMap<LocalId, LocalInfo>,
    func: tir::Func,
    targets: PrimaryMap<TargetId, Target>,
    target_stack: Vec<TargetId>,
    iota: Option<i64>,
    results: Vec<TypeId>,
    pending_label: Option<(String, Pos)>,
    /// Every type of the program (moved into the program when checking ends).
    types: T,
    /// Package main, whose defined types gc names unqualified in messages.
    main_pkg: PkgId,
}

/// Package index of user code and the runtime.
const PKG_MAIN: usize = 0;
const PKG_RUNTIME: usize = 1;

impl<'a> Checker<'a> {
    /// A checker over the user's files and the runtime file.
    pub fn new(files: &'a [FileRef<'a>]) -> Checker<'a> {
        let mut types = T::new();
        let main_pkg = types.package("main", "main");
        Checker {
            files,
            errors: Vec::new(),
            prog: tir::Program::default(),
            pkg_scopes: vec![
                Scope {
                    names: HashMap::new(),
                },
                Scope {
                    names: HashMap::new(),
                },
            ],
            file_scopes: Vec::new(),
            import_used: Vec::new(),
            consts: Vec::new(),
            globals: Vec::new(),
            func_decls: Vec::new(),
            file: 0,
            pkg: 0,
            scopes: Scopes::default(),
            locals: PrimaryMap::new(),
            func: tir::Func::default(),
            targets: PrimaryMap::new(),
            target_stack: Vec::new(),
            iota: None,
            results: Vec::new(),
            pending_label: None,
            types,
            main_pkg,
        }
    }

    /// `t` spelt as gc spells it in this program's messages.
    fn tn(&self, t: TypeId) -> String {
        self.types.name_in(t, Some(self.main_pkg))
    }

    /// An operand as gc quotes it: `x (variable of type int)`, `1 (untyped int constant)`.
    fn describe(&self, o: &Operand) -> String {
        let ty = self.tn(o.ty);
        match &o.kind {
            OpKind::Const(v) => {
                let lit = is_literal_text(&o.text.to_string(), v);
                match (self.types.is_untyped(o.ty), lit) {
                    (true, true) => format!("{} ({ty} constant)", o.text),
                    (true, false) => format!("{} ({ty} constant {v})", o.text),
                    (false, true) => format!("{} (constant of type {ty})", o.text),
                    (false, false) => format!("{} (constant {v} of type {ty})", o.text),
                }
            }
            _ if o.var => format!("{} (variable of type {ty})", o.text),
            _ => format!("{} (value of type {ty})", o.text),
        }
    }

    /// gc's continuation lines for a count mismatch: `\n\thave (…)\n\twant (…)`, with a
    /// tuple spread into its types and untyped constants named by kind (`number`).
    fn have_want(&self, have: &[TypeId], want: &[TypeId]) -> String {
        let name = |t: TypeId| match t {
            T::UNTYPED_INT | T::UNTYPED_RUNE | T::UNTYPED_FLOAT => "number".into(),
            T::UNTYPED_STRING => "string".into(),
            T::UNTYPED_BOOL => "bool".into(),
            t => self.tn(t),
        };
        let list = |ts: &[TypeId]| {
            ts.iter()
                .flat_map(|&t| self.types.tuple_types(t))
                .map(name)
                .collect::<Vec<_>>()
                .join(", ")
        };
        format!("\n\thave ({})\n\twant ({})", list(have), list(want))
    }

    fn err(&mut self, pos: Pos, msg: impl Into<String>) {
        self.errors.push((self.file, pos, msg.into(), false));
    }

    fn unsupported(&mut self, pos: Pos, what: &str) {
        self.errors.push((
            self.file,
            pos,
            format!(
                "memrun: {what} {} not supported yet",
                if what.ends_with('s') && !what.ends_with("ss") {
                    "are"
                } else {
                    "is"
                }
            ),
            true,
        ));
    }

    /// Runs the whole check.
    pub fn check(mut self) -> (tir::Program, Vec<CheckError>) {
        self.collect();
        // Resolve all package-level constants and variables (reports errors even when unused).
        for i in 0..self.consts.len() {
            self.resolve_const(i);
        }
        for i in 0..self.globals.len() {
            self.resolve_global(i);
        }
        for i in 0..self.func_decls.len() {
            let (file, id, decl) = self.func_decls[i];
            self.check_func(file, id, decl);
        }
        // Unused imports.
        for (f, imports) in std::mem::take(&mut self.import_used)
            .into_iter()
            .enumerate()
        {
            // A construct memrun rejected may be what used the import: no follow-on errors.
            let rejected = self.errors.iter().any(|e| e.0 == f && e.3);
            for (path, pos, used) in imports {
                if !used && !rejected {
                    self.errors
                        .push((f, pos, format!("{path:?} imported and not used"), false));
                }
            }
        }
        let user = self.files.iter().any(|f| !f.runtime);
        match self.prog.main {
            None if user => {
                let f = self.files.iter().position(|f| !f.runtime).unwrap_or(0);
                self.errors.push((
                    f,
                    0,
                    "function main is undeclared in the main package".into(),
                    false,
                ));
            }
            Some(main) if user => {
                // The entry the runtime calls: package variables, init functions, main.main.
                let mut body = std::mem::take(&mut self.prog.init);
                for &f in &self.prog.init_funcs {
                    body.push(tir::Stmt::Eval(tir::Expr {
                        ty: T::INVALID,
                        kind: tir::ExprKind::Call(f, vec![]),
                    }));
                }
                body.push(tir::Stmt::Eval(tir::Expr {
                    ty: T::INVALID,
                    kind: tir::ExprKind::Call(main, vec![]),
                }));
                self.prog.entry = Some(self.prog.funcs.next_key());
                self.prog.funcs.push(tir::Func {
                    name: "main..entry".into(),
                    body,
                    ..Default::default()
                });
            }
            _ => {}
        }
        self.prog.types = std::mem::take(&mut self.types);
        (self.prog, self.errors)
    }

    fn declare_pkg(&mut self, pkg: usize, name: &str, pos: Pos, e: Entity) {
        if name == "_" {
            return;
        }
        if name == "init" && pkg == PKG_MAIN && !matches!(e, Entity::Func(_)) {
            self.err(pos, "cannot declare init - must be func");
            return;
        }
        if self.pkg_scopes[pkg].names.contains_key(name) {
            self.err(pos, format!("{name} redeclared in this block"));
            return;
        }
        self.pkg_scopes[pkg].names.insert(name.to_owned(), e);
    }

    fn collect(&mut self) {
        for (fi, f) in self.files.iter().enumerate() {
            self.file = fi;
            let pkg = if f.runtime { PKG_RUNTIME } else { PKG_MAIN };
            if !f.runtime && f.ast.package.0 != "main" {
                self.err(
                    f.ast.package.1,
                    format!("package {} is not a main package", f.ast.package.0),
                );
            }
            let mut scope = Scope {
                names: HashMap::new(),
            };
            let mut used = Vec::new();
            for imp in &f.ast.imports {
                match imp.path.as_str() {
                    "fmt" | "os" => {
                        let name = imp.alias.clone().unwrap_or_else(|| imp.path.clone());
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
                        self.errors.push((
                            fi,
                            imp.pos,
                            format!("memrun: package {p} is not supported yet"),
                            true,
                        ));
                        let name = imp
                            .alias
                            .clone()
                            .unwrap_or_else(|| p.rsplit('/').next().unwrap_or(p).to_owned());
                        scope.names.insert(name, Entity::Unsupported);
                    }
                }
            }
            self.file_scopes.push(scope);
            self.import_used.push(used);
            for d in &f.ast.decls {
                match d {
                    ast::Decl::Func(fd) if fd.recv.is_some() => self.unsupported(fd.pos, "methods"),
                    ast::Decl::Func(fd) if !fd.tparams.is_empty() => {
                        self.unsupported(fd.pos, "generic functions")
                    }
                    ast::Decl::Func(fd) => {
                        let prefix = if f.runtime { "runtime" } else { "main" };
                        let id = self.prog.funcs.push(tir::Func {
                            name: format!("{prefix}.{}", fd.name.0),
                            ..Default::default()
                        });
                        if fd.name.0 == "init" && !f.runtime {
                            self.prog.init_funcs.push(id);
                        } else if fd.name.0 == "main" && !f.runtime {
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
                    ast::Decl::Type(_, pos) => self.unsupported(*pos, "type declarations"),
                }
            }
        }
    }

    /// Fills in omitted const values from the previous spec (implicit repetition).
    fn complete_const_spec<'s>(
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
                self.err(spec.names[0].1, "missing init expr for const declaration");
            }
            if let Some((ty, values)) = *last {
                view.ty = ty;
                view.values = values;
            } else {
                self.err(spec.names[0].1, "missing init expr for const declaration");
            }
        } else {
            *last = Some((view.ty, view.values));
        }
        view
    }

    fn with_pkg_context<T>(
        &mut self,
        file: usize,
        pkg: usize,
        f: impl FnOnce(&mut Self) -> T,
    ) -> T {
        let saved = (
            self.file,
            self.pkg,
            std::mem::take(&mut self.scopes),
            std::mem::take(&mut self.locals),
            std::mem::take(&mut self.func),
            std::mem::take(&mut self.targets),
            std::mem::take(&mut self.target_stack),
            self.iota,
            std::mem::take(&mut self.results),
        );
        self.file = file;
        self.pkg = pkg;
        self.iota = None;
        let r = f(self);
        self.file = saved.0;
        self.pkg = saved.1;
        self.scopes = saved.2;
        self.locals = saved.3;
        self.func = saved.4;
        self.targets = saved.5;
        self.target_stack = saved.6;
        self.iota = saved.7;
        self.results = saved.8;
        r
    }

    fn resolve_const(&mut self, i: usize) -> Option<(TypeId, Value)> {
        match self.consts[i].state {
            2 => return self.consts[i].result.clone(),
            1 => {
                let (file, pos) = (
                    self.consts[i].file,
                    self.consts[i].spec.names[self.consts[i].index].1,
                );
                self.errors.push((
                    file,
                    pos,
                    "initialization cycle or invalid recursive constant".into(),
                    false,
                ));
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
    fn const_value(&mut self, spec: ConstView, index: usize) -> Option<(TypeId, Value)> {
        let saved_iota = self.iota;
        self.iota = Some(spec.iota);
        let r = (|| {
            let Some(e) = spec.values.get(index) else {
                if index == spec.values.len() {
                    self.err(
                        spec.names[index].1,
                        "missing init expr for const declaration",
                    );
                }
                return None;
            };
            if index == 0 && spec.values.len() > spec.names.len() {
                self.err(spec.values[spec.names.len()].pos, "extra init expr");
            }
            let op = self.expr(e);
            let OpKind::Const(v) = &op.kind else {
                if !matches!(op.kind, OpKind::Invalid) {
                    self.err(e.pos, format!("{} is not constant", self.describe(&op)));
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

    fn resolve_global(&mut self, i: usize) -> Option<GlobalId> {
        if let Some(id) = self.globals[i].id {
            return Some(id);
        }
        if self.globals[i].state == 1 {
            let (file, pos) = (
                self.globals[i].file,
                self.globals[i].spec.names[self.globals[i].index].1,
            );
            self.errors.push((
                file,
                pos,
                "initialization cycle: variable refers to itself".into(),
                false,
            ));
            return None;
        }
        self.globals[i].state = 1;
        let (file, pkg, spec) = (
            self.globals[i].file,
            self.globals[i].pkg,
            self.globals[i].spec,
        );
        // A spec declares all its names at once; resolve them together.
        let first = i - self.globals[i].index;
        let r = self.with_pkg_context(file, pkg, |c| c.global_spec(spec, pkg));
        for (k, id) in r.into_iter().enumerate() {
            self.globals[first + k].id = id;
            self.globals[first + k].state = 2;
        }
        self.globals[i].state = 2;
        self.globals[i].id
    }

    fn global_spec(&mut self, spec: &ast::VarSpec, pkg: usize) -> Vec<Option<GlobalId>> {
        let prefix = if pkg == PKG_RUNTIME {
            "runtime"
        } else {
            "main"
        };
        // Initialisers are checked in a scratch function context; they run in `init`.
        self.func = tir::Func::default();
        let declared_ty = spec.ty.as_ref().and_then(|t| self.resolve_type(t));
        let mut ids = Vec::new();
        let mut rhs = Vec::new();
        let mut tuple = None;
        if spec.values.len() == 1 && spec.names.len() > 1 {
            let op = self.expr(&spec.values[0]);
            if let TypeKind::Tuple(ts) = self.types.kind(op.ty).clone() {
                if ts.len() != spec.names.len() {
                    self.err(
                        spec.names[0].1,
                        format!(
                            "assignment mismatch: {} variables but {} returns {} value{}",
                            spec.names.len(),
                            expr_string(&spec.values[0]),
                            ts.len(),
                            if ts.len() == 1 { "" } else { "s" }
                        ),
                    );
                    return vec![None; spec.names.len()];
                }
                tuple = Some((op, ts));
            } else {
                self.err(
                    spec.names[0].1,
                    format!(
                        "assignment mismatch: {} variables but 1 value",
                        spec.names.len()
                    ),
                );
                return vec![None; spec.names.len()];
            }
        } else if !spec.values.is_empty() && spec.values.len() != spec.names.len() {
            self.err(
                spec.names[0].1,
                format!(
                    "assignment mismatch: {} variable{} but {} value{}",
                    spec.names.len(),
                    if spec.names.len() == 1 { "" } else { "s" },
                    spec.values.len(),
                    if spec.values.len() == 1 { "" } else { "s" }
                ),
            );
            return vec![None; spec.names.len()];
        }
        for (k, (name, _pos)) in spec.names.iter().enumerate() {
            let (ty, init) = if let Some((op, ts)) = &tuple {
                (
                    declared_ty.unwrap_or_else(|| ts[k]),
                    None::<tir::Expr>.or(if k == 0 {
                        self.value_expr(op.clone())
                    } else {
                        None
                    }),
                )
            } else if let Some(e) = spec.values.get(k) {
                let op = self.expr(e);
                let ty = match &declared_ty {
                    Some(t) => *t,
                    None => {
                        if matches!(op.kind, OpKind::Const(_)) && op.ty == T::UNTYPED_FLOAT {
                            self.unsupported(e.pos, "floating-point numbers");
                            T::INVALID
                        } else {
                            self.types.default_type(op.ty)
                        }
                    }
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
                rhs.push(v);
            }
        }
        if let Some((op, _)) = tuple {
            if let Some(call) = self.value_expr(op) {
                let places = ids
                    .iter()
                    .map(|i| i.map_or(Place::Blank, Place::Global))
                    .collect();
                self.prog.init.push(tir::Stmt::AssignTuple(places, call));
            }
        } else if !rhs.is_empty() && rhs.len() == ids.len() {
            let places = ids
                .iter()
                .map(|i| i.map_or(Place::Blank, Place::Global))
                .collect();
            self.prog.init.push(tir::Stmt::Assign(places, rhs));
        }
        // Any locals a global initialiser needed would live in a scratch function: not supported.
        ids
    }

    fn lookup(&mut self, name: &str) -> Option<Entity> {
        if let Some(e) = self.scopes.get(name) {
            return Some(e.clone());
        }
        if let Some(e) = self.pkg_scopes[self.pkg].names.get(name) {
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
        universe(name, self.files[self.file].runtime)
    }

    fn resolve_type(&mut self, t: &ast::Expr) -> Option<TypeId> {
        super::deep(|| self.resolve_type_here(t))
    }

    fn resolve_type_here(&mut self, t: &ast::Expr) -> Option<TypeId> {
        let pos = t.pos;
        match &t.kind {
            AK::Ident(n) => match self.lookup(n) {
                Some(Entity::TypeName(t)) => Some(t),
                Some(_) => {
                    self.err(pos, format!("{n} is not a type"));
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
                        self.err(pos, format!("undefined: {n}"));
                    }
                    None
                }
            },
            AK::Paren(x) => self.resolve_type(x),
            AK::SliceType(e) => {
                let et = self.resolve_type(e)?;
                if et != T::STRING && !self.files[self.file].runtime {
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
                    None => self.err(pos, format!("{} is not a type", expr_string(t))),
                }
                None
            }
        }
    }

    // ----- functions -----

    fn declare_local(&mut self, name: &str, pos: Pos, ty: TypeId, report_unused: bool) -> LocalId {
        let id = self.func.locals.push(ty);
        self.locals.push(LocalInfo {
            name: name.to_owned(),
            pos,
            used: false,
            report_unused,
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
                self.err(pos, format!("{name} redeclared in this block{other}"));
                self.locals[id].report_unused = false;
            } else {
                self.scopes.insert(name.to_owned(), Entity::Local(id));
            }
        }
        id
    }

    fn temp(&mut self, ty: TypeId) -> LocalId {
        let id = self.func.locals.push(ty);
        self.locals.push(LocalInfo {
            name: "_".into(),
            pos: 0,
            used: true,
            report_unused: false,
        });
        id
    }

    fn push_scope(&mut self) {
        self.scopes.push();
    }

    fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    fn check_func(&mut self, file: usize, id: FuncId, decl: &ast::FuncDecl) {
        let pkg = if self.files[file].runtime {
            PKG_RUNTIME
        } else {
            PKG_MAIN
        };
        let name = self.prog.funcs[id].name.clone();
        let func = self.with_pkg_context(file, pkg, |c| {
            let rejected_before = c.errors.iter().filter(|e| e.3).count();
            c.func = tir::Func {
                name,
                ..Default::default()
            };
            c.push_scope();
            let is_main =
                !c.files[file].runtime && (decl.name.0 == "main" || decl.name.0 == "init");
            if is_main && (!decl.sig.params.is_empty() || !decl.sig.results.is_empty()) {
                c.err(
                    decl.name.1,
                    format!(
                        "func {} must have no arguments and no return values",
                        decl.name.0
                    ),
                );
            }
            for p in &decl.sig.params {
                let ty = c.resolve_type(&p.ty).unwrap_or(T::INVALID);
                let (n, pos) = p.name.clone().unwrap_or(("_".into(), p.ty.pos));
                let l = c.declare_local(&n, pos, ty, false);
                c.func.params.push(l);
            }
            for r in &decl.sig.results {
                let ty = c.resolve_type(&r.ty).unwrap_or(T::INVALID);
                c.func.results.push(ty);
                if let Some((n, pos)) = &r.name {
                    let l = c.declare_local(n, *pos, ty, false);
                    c.func.named_results.push(l);
                }
            }
            c.results = c.func.results.clone();
            match &decl.body {
                Some(body) => {
                    // The body shares the parameters' block, as the spec says: `var x` in
                    // the body redeclares a parameter x.
                    let stmts = c.stmt_list(&body.stmts);
                    if !c.results.is_empty() && !is_terminating_list(&body.stmts) {
                        c.err(body.end, "missing return");
                    }
                    c.func.body = stmts;
                }
                None => c.err(decl.name.1, "missing function body"),
            }
            c.pop_scope();
            // A construct memrun rejected may be what used a variable or label: no follow-on
            // "declared and not used" errors in that function.
            let rejected = c.errors.iter().filter(|e| e.3).count() > rejected_before;
            for l in c.locals.values() {
                if l.report_unused && !l.used && l.name != "_" && !rejected {
                    let (pos, name) = (l.pos, l.name.clone());
                    c.errors
                        .push((c.file, pos, format!("declared and not used: {name}"), false));
                }
            }
            for t in c.targets.values() {
                if let Some(label) = &t.label {
                    if !t.used && !rejected {
                        c.errors.push((
                            c.file,
                            t.pos,
                            format!("label {label} defined and not used"),
                            false,
                        ));
                    }
                }
            }
            c.func.targets = c.targets.len();
            std::mem::take(&mut c.func)
        });
        let slot = &mut self.prog.funcs[id];
        slot.params = func.params;
        slot.results = func.results;
        slot.named_results = func.named_results;
        slot.locals = func.locals;
        slot.body = func.body;
        slot.targets = func.targets;
    }

    fn block(&mut self, stmts: &[ast::Stmt]) -> Vec<tir::Stmt> {
        self.push_scope();
        let out = self.stmt_list(stmts);
        self.pop_scope();
        out
    }

    fn stmt_list(&mut self, stmts: &[ast::Stmt]) -> Vec<tir::Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        out
    }

    fn new_target(&mut self, label: Option<String>, is_loop: bool, pos: Pos) -> TargetId {
        if let Some(l) = &label {
            if self.targets.values().any(|t| t.label.as_deref() == Some(l)) {
                self.err(pos, format!("label {l} already defined"));
            }
        }
        self.targets.push(Target {
            label,
            is_loop,
            used: false,
            pos,
        })
    }

    fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<tir::Stmt>) {
        super::deep(|| self.stmt_here(s, out))
    }

    fn stmt_here(&mut self, s: &ast::Stmt, out: &mut Vec<tir::Stmt>) {
        match s {
            ast::Stmt::Empty => {}
            ast::Stmt::Expr(e) => {
                let op = self.expr(e);
                match op.kind {
                    OpKind::Value(x) | OpKind::NoValue(x) => {
                        let is_call = matches!(
                            x.kind,
                            tir::ExprKind::Call(..)
                                | tir::ExprKind::Fmt(..)
                                | tir::ExprKind::Panic(_)
                                | tir::ExprKind::Exit(_)
                                | tir::ExprKind::Intrinsic(..)
                        );
                        if !is_call {
                            self.err(
                                e.pos,
                                format!(
                                    "{} (value of type {}) is not used",
                                    op.text,
                                    self.tn(op.ty)
                                ),
                            );
                        } else {
                            out.push(tir::Stmt::Eval(x));
                        }
                    }
                    OpKind::Invalid => {}
                    OpKind::Const(_) => self.err(e.pos, format!("{} is not used", op.text)),
                    _ => self.err(e.pos, format!("{} is not used", op.text)),
                }
            }
            ast::Stmt::Define(names, values, pos) => self.define(names, values, *pos, out),
            ast::Stmt::Assign(lhs, op, rhs, pos) => self.assign_stmt(lhs, *op, rhs, *pos, out),
            ast::Stmt::IncDec(e, inc, pos) => {
                let one = ast::Expr {
                    pos: *pos,
                    kind: AK::Int("1".into()),
                };
                self.assign_stmt(
                    std::slice::from_ref(e),
                    if *inc { Op::AddAssign } else { Op::SubAssign },
                    std::slice::from_ref(&one),
                    *pos,
                    out,
                );
            }
            ast::Stmt::Var(specs) => {
                for spec in specs {
                    self.var_decl(spec, out);
                }
            }
            ast::Stmt::Const(specs) => {
                let mut last = None;
                for spec in specs {
                    let spec = self.complete_const_spec(spec, &mut last);
                    let vals: Vec<Option<(TypeId, Value)>> = (0..spec.names.len())
                        .map(|k| self.const_value(spec, k))
                        .collect();
                    for ((name, pos), v) in spec.names.iter().zip(vals) {
                        if name == "_" {
                            continue;
                        }
                        if self.scopes.in_innermost(name) {
                            self.err(*pos, format!("{name} redeclared in this block"));
                            continue;
                        }
                        let e = match v {
                            Some((t, v)) => Entity::Const(t, v),
                            None => Entity::Const(T::INVALID, Value::Int(BigInt::zero())),
                        };
                        self.scopes.insert(name.clone(), e);
                    }
                }
            }
            ast::Stmt::Block(b) => {
                let b = self.block(b);
                out.push(tir::Stmt::Block(b));
            }
            ast::Stmt::If {
                init,
                cond,
                then,
                els,
                ..
            } => {
                self.push_scope();
                let mut pre = Vec::new();
                if let Some(i) = init {
                    self.stmt(i, &mut pre);
                }
                let c = self.condition(cond, "if statement");
                let t = self.block(then);
                let e = match els {
                    Some(s) => {
                        let mut v = Vec::new();
                        match &**s {
                            ast::Stmt::Block(b) => v = self.block(b),
                            other => self.stmt(other, &mut v),
                        }
                        v
                    }
                    None => Vec::new(),
                };
                self.pop_scope();
                if let Some(c) = c {
                    pre.push(tir::Stmt::If(c, t, e));
                }
                out.push(tir::Stmt::Block(pre));
            }
            ast::Stmt::For {
                init,
                cond,
                post,
                body,
                label,
                pos,
            } => {
                self.push_scope();
                let mut pre = Vec::new();
                if let Some(i) = init {
                    self.stmt(i, &mut pre);
                }
                let c = cond
                    .as_ref()
                    .and_then(|c| self.condition(c, "for statement"));
                let mut p = Vec::new();
                if let Some(ps) = post {
                    if matches!(**ps, ast::Stmt::Define(..)) {
                        self.err(*pos, "cannot declare in post statement of for loop");
                    }
                    self.stmt(ps, &mut p);
                }
                let (label, lpos) = match self.pending_label.take() {
                    Some((l, p)) => (Some(l), p),
                    None => (label.clone(), *pos),
                };
                let target = self.new_target(label, true, lpos);
                self.target_stack.push(target);
                let b = self.block(body);
                self.target_stack.pop();
                self.pop_scope();
                pre.push(tir::Stmt::Loop {
                    cond: c,
                    body: b,
                    post: p,
                    target,
                });
                out.push(tir::Stmt::Block(pre));
            }
            ast::Stmt::Range { pos, .. } => {
                self.pending_label = None;
                self.unsupported(*pos, "for range loops");
            }
            ast::Stmt::Switch {
                init,
                tag,
                clauses,
                label,
                pos,
            } => {
                let (label, lpos) = match self.pending_label.take() {
                    Some((l, p)) => (Some(l), p),
                    None => (label.clone(), *pos),
                };
                self.switch(init.as_deref(), tag.as_ref(), clauses, label, lpos, out)
            }
            ast::Stmt::Return(values, pos) => self.return_stmt(values, *pos, out),
            ast::Stmt::Break(label, pos) | ast::Stmt::Continue(label, pos) => {
                let is_break = matches!(s, ast::Stmt::Break(..));
                let target = match label {
                    Some((l, lpos)) => {
                        let found = self
                            .target_stack
                            .iter()
                            .rev()
                            .copied()
                            .find(|&t| self.targets[t].label.as_deref() == Some(l));
                        match found {
                            Some(t) if is_break || self.targets[t].is_loop => {
                                self.targets[t].used = true;
                                Some(t)
                            }
                            Some(_) => {
                                self.err(*lpos, format!("invalid continue label {l}"));
                                None
                            }
                            None => {
                                let kind = if is_break { "break" } else { "continue" };
                                if self.targets.values().any(|t| t.label.as_deref() == Some(l)) {
                                    self.err(*lpos, format!("invalid {kind} label {l}"));
                                } else {
                                    self.err(*lpos, format!("{kind} label not defined: {l}"));
                                }
                                None
                            }
                        }
                    }
                    None => {
                        let found = self
                            .target_stack
                            .iter()
                            .rev()
                            .copied()
                            .find(|&t| is_break || self.targets[t].is_loop);
                        if found.is_none() {
                            if is_break {
                                self.err(*pos, "break is not in a loop, switch, or select");
                            } else {
                                self.err(*pos, "continue is not in a loop");
                            }
                        }
                        found
                    }
                };
                if let Some(t) = target {
                    out.push(if is_break {
                        tir::Stmt::Break(t)
                    } else {
                        tir::Stmt::Continue(t)
                    });
                }
            }
            ast::Stmt::Fallthrough(pos) => self.err(*pos, "fallthrough statement out of place"),
            ast::Stmt::Labeled((name, pos), inner)
                if matches!(
                    **inner,
                    ast::Stmt::For { .. } | ast::Stmt::Switch { .. } | ast::Stmt::Range { .. }
                ) =>
            {
                self.pending_label = Some((name.clone(), *pos));
                self.stmt(inner, out);
            }
            ast::Stmt::Labeled((name, pos), inner) => {
                let target = self.new_target(Some(name.clone()), false, *pos);
                self.target_stack.push(target);
                let mut v = Vec::new();
                self.stmt(inner, &mut v);
                self.target_stack.pop();
                out.push(tir::Stmt::Labeled(v, target));
            }
            ast::Stmt::Send(ch, _, _) => self.unsupported(ch.pos, "channels"),
            ast::Stmt::Go(_, pos) => self.unsupported(*pos, "go statements"),
            ast::Stmt::Defer(_, pos) => self.unsupported(*pos, "defer"),
            ast::Stmt::Select(_, pos) => self.unsupported(*pos, "select"),
            ast::Stmt::Goto(_, pos) => self.unsupported(*pos, "goto"),
            ast::Stmt::TypeSwitch { pos, .. } => self.unsupported(*pos, "type switches"),
            ast::Stmt::Type(_, pos) => self.unsupported(*pos, "type declarations"),
        }
    }

    fn condition(&mut self, e: &ast::Expr, what: &str) -> Option<tir::Expr> {
        let op = self.expr(e);
        if matches!(op.kind, OpKind::Invalid) {
            return None;
        }
        if !self.types.is_boolean(op.ty) {
            self.err(e.pos, format!("non-boolean condition in {what}"));
            return None;
        }
        let ty = self.types.default_type(op.ty);
        self.assign_op(op, ty, what)
    }

    fn var_decl(&mut self, spec: &ast::VarSpec, out: &mut Vec<tir::Stmt>) {
        let declared = spec.ty.as_ref().map(|t| self.resolve_type(t));
        if let Some(None) = declared {
            for (n, p) in &spec.names {
                self.declare_local(n, *p, T::INVALID, false);
            }
            return;
        }
        let declared = declared.flatten();
        let (places, values) =
            self.rhs_values(&spec.names, &spec.values, declared, "variable declaration");
        let ids: Vec<Place> = spec
            .names
            .iter()
            .zip(places)
            .map(|((n, p), ty)| {
                let id = self.declare_local(n, *p, ty, true);
                if n == "_" {
                    Place::Blank
                } else {
                    Place::Local(id)
                }
            })
            .collect();
        match values {
            Rhs::None => {
                // Zero values: locals start zeroed by codegen; still emit explicit zeroing so loops
                // re-running the declaration reset it.
                let zeros: Vec<tir::Expr> = ids
                    .iter()
                    .filter_map(|p| match p {
                        Place::Local(l) => Some(zero_value(&self.types, self.func.locals[*l])),
                        _ => None,
                    })
                    .collect();
                let places: Vec<Place> = ids
                    .into_iter()
                    .filter(|p| matches!(p, Place::Local(_)))
                    .collect();
                if !places.is_empty() {
                    out.push(tir::Stmt::Assign(places, zeros));
                }
            }
            Rhs::List(v) => out.push(tir::Stmt::Assign(ids, v)),
            Rhs::Tuple(call) => out.push(tir::Stmt::AssignTuple(ids, call)),
            Rhs::Error => {}
        }
    }

    /// Checks right-hand sides for `n` new variables; returns their types and the values.
    fn rhs_values(
        &mut self,
        names: &[ast::Name],
        values: &[ast::Expr],
        declared: Option<TypeId>,
        ctx: &str,
    ) -> (Vec<TypeId>, Rhs) {
        let n = names.len();
        let fallback = || vec![declared.unwrap_or(T::INVALID); n];
        if values.is_empty() {
            return (fallback(), Rhs::None);
        }
        if values.len() == 1 && n > 1 {
            let op = self.expr(&values[0]);
            match self.types.kind(op.ty).clone() {
                TypeKind::Tuple(ts) if ts.len() == n => {
                    let mut tys = Vec::new();
                    for t in ts {
                        match declared {
                            Some(d) if !self.types.identical(d, t) => {
                                let (t, d) = (self.tn(t), self.tn(d));
                                self.err(
                                    values[0].pos,
                                    format!("cannot use {t} value as {d} value in {ctx}"),
                                );
                                return (fallback(), Rhs::Error);
                            }
                            _ => tys.push(t),
                        }
                    }
                    let call = self.value_expr(op);
                    return (tys, call.map(Rhs::Tuple).unwrap_or(Rhs::Error));
                }
                TypeKind::Tuple(ts) => {
                    self.err(
                        names[0].1,
                        format!(
                            "assignment mismatch: {n} variables but {} returns {} value{}",
                            call_name(&values[0]),
                            ts.len(),
                            plural(ts.len())
                        ),
                    );
                    return (fallback(), Rhs::Error);
                }
                _ if op.ty == T::INVALID => return (fallback(), Rhs::Error),
                _ => {
                    self.err(
                        names[0].1,
                        format!("assignment mismatch: {n} variables but 1 value"),
                    );
                    return (fallback(), Rhs::Error);
                }
            }
        }
        if values.len() != n {
            self.err(
                names[0].1,
                format!(
                    "assignment mismatch: {n} variable{} but {} value{}",
                    plural(n),
                    values.len(),
                    plural(values.len())
                ),
            );
            for v in values {
                self.expr(v);
            }
            return (fallback(), Rhs::Error);
        }
        let mut tys = Vec::new();
        let mut exprs = Vec::new();
        let mut ok = true;
        for v in values {
            let op = self.expr(v);
            if let TypeKind::Tuple(ts) = self.types.kind(op.ty).clone() {
                self.err(
                    v.pos,
                    format!(
                        "assignment mismatch: {n} variable{} but {} returns {} value{}",
                        plural(n),
                        call_name(v),
                        ts.len(),
                        plural(ts.len())
                    ),
                );
                ok = false;
                tys.push(T::INVALID);
                continue;
            }
            if matches!(op.kind, OpKind::NoValue(_)) {
                self.err(v.pos, format!("{} (no value) used as value", op.text));
                ok = false;
                tys.push(T::INVALID);
                continue;
            }
            let ty = match declared {
                Some(d) => d,
                None => {
                    if op.ty == T::UNTYPED_FLOAT {
                        self.unsupported(v.pos, "floating-point numbers");
                        ok = false;
                        T::INVALID
                    } else {
                        self.types.default_type(op.ty)
                    }
                }
            };
            match self.assign_op(op, ty, ctx) {
                Some(e) => exprs.push(e),
                None => ok = false,
            }
            tys.push(ty);
        }
        (tys, if ok { Rhs::List(exprs) } else { Rhs::Error })
    }

    fn define(
        &mut self,
        names: &[ast::Name],
        values: &[ast::Expr],
        pos: Pos,
        out: &mut Vec<tir::Stmt>,
    ) {
        // Which names are new in this scope?
        let scope_has = |c: &Self, n: &str| c.scopes.in_innermost(n);
        let any_new = names.iter().any(|(n, _)| n != "_" && !scope_has(self, n));
        if !any_new {
            self.err(pos, "no new variables on left side of :=");
        }
        let (tys, rhs) = self.rhs_values(names, values, None, "assignment");
        let mut places = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for ((n, p), ty) in names.iter().zip(tys) {
            if n == "_" {
                places.push(Place::Blank);
                continue;
            }
            if seen.contains(&n.as_str()) {
                self.err(*p, format!("{n} repeated on left side of :="));
            }
            seen.push(n);
            if scope_has(self, n) {
                match self.lookup(n) {
                    Some(Entity::Local(l)) => {
                        let lt = self.func.locals[l];
                        if !self.types.identical(lt, ty) && ty != T::INVALID && lt != T::INVALID {
                            let (ty, lt) = (self.tn(ty), self.tn(lt));
                            self.err(
                                *p,
                                format!("cannot use {ty} value as {lt} value in assignment"),
                            );
                        }
                        places.push(Place::Local(l));
                    }
                    // A constant (or anything but a variable) declared in this block.
                    _ => {
                        self.err(*p, format!("cannot assign to {n}"));
                        places.push(Place::Blank);
                    }
                }
            } else {
                let id = self.declare_local(n, *p, ty, true);
                places.push(Place::Local(id));
            }
        }
        match rhs {
            Rhs::List(v) => out.push(tir::Stmt::Assign(places, v)),
            Rhs::Tuple(c) => out.push(tir::Stmt::AssignTuple(places, c)),
            Rhs::None | Rhs::Error => {}
        }
    }

    fn place(&mut self, e: &ast::Expr) -> Option<(Place, TypeId)> {
        match &e.kind {
            AK::Ident(n) if n == "_" => Some((Place::Blank, T::INVALID)),
            AK::Ident(n) => match self.lookup(n) {
                Some(Entity::Local(l)) => Some((Place::Local(l), self.func.locals[l])),
                Some(Entity::LazyGlobal(i)) => {
                    let g = self.resolve_global(i)?;
                    Some((Place::Global(g), self.prog.globals[g].ty))
                }
                None => {
                    self.err(e.pos, format!("undefined: {n}"));
                    None
                }
                Some(_) => {
                    let op = self.expr(e);
                    self.err(e.pos, format!("cannot assign to {}", self.describe(&op)));
                    None
                }
            },
            AK::Paren(x) => self.place(x),
            AK::Index(x, ix) if ix.len() == 1 => {
                let xo = self.expr(x);
                if let TypeKind::Slice(elem) = *self.types.kind(self.types.underlying(xo.ty)) {
                    let io = self.expr(&ix[0]);
                    let idx = self.index_value(io, None)?;
                    let xv = self.value_expr(xo)?;
                    return Some((Place::SliceElem(xv, idx), elem));
                }
                if self.types.is_string(xo.ty) {
                    self.err(
                        e.pos,
                        format!(
                            "cannot assign to {} (neither addressable nor a map index expression)",
                            expr_string(e)
                        ),
                    );
                    return None;
                }
                if !matches!(xo.kind, OpKind::Invalid) {
                    self.err(
                        e.pos,
                        format!("invalid operation: cannot index {}", self.describe(&xo)),
                    );
                }
                None
            }
            _ => {
                let op = self.expr(e);
                if !matches!(op.kind, OpKind::Invalid) {
                    self.err(e.pos, format!("cannot assign to {}", self.describe(&op)));
                }
                None
            }
        }
    }

    fn assign_stmt<'e>(
        &mut self,
        lhs: &'e [ast::Expr],
        op: Op,
        rhs: &'e [ast::Expr],
        pos: Pos,
        out: &mut Vec<tir::Stmt>,
    ) {
        if let Some(bin) = op.assign_base() {
            // x op= y  ==  x = x op y (x evaluated once; our places have no side effects except
            // slice indexing, whose operands are pure here).
            let (Some(l), Some(r)) = (lhs.first(), rhs.first()) else {
                return;
            };
            let Some((place, ty)) = self.place(l) else {
                self.expr(r);
                return;
            };
            let cur = self.expr_no_use(l);
            let rop = self.expr(r);
            let Some(res) = self.binary_ops(
                bin,
                cur,
                rop,
                pos,
                &Text::Owned(format!("{} {} {}", expr_string(l), bin, expr_string(r))),
            ) else {
                return;
            };
            if let Some(v) = self.assign_op(res, ty, "assignment") {
                out.push(tir::Stmt::Assign(vec![place], vec![v]));
            }
            return;
        }
        let mut places = Vec::new();
        let mut tys = Vec::new();
        let mut ok = true;
        for l in lhs {
            match self.place(l) {
                Some((p, t)) => {
                    places.push(p);
                    tys.push(t);
                }
                None => ok = false,
            }
        }
        if rhs.len() == 1 && lhs.len() > 1 {
            let op = self.expr(&rhs[0]);
            match self.types.kind(op.ty).clone() {
                TypeKind::Tuple(ts) if ts.len() == lhs.len() => {
                    for (k, &t) in ts.iter().enumerate() {
                        if let Some(&lt) = tys.get(k) {
                            if !matches!(places[k], Place::Blank)
                                && !self.types.identical(lt, t)
                                && lt != T::INVALID
                            {
                                let (t, lt) = (self.tn(t), self.tn(lt));
                                self.err(
                                    rhs[0].pos,
                                    format!("cannot use {t} value as {lt} value in assignment"),
                                );
                                ok = false;
                            }
                        }
                    }
                    if ok {
                        if let Some(c) = self.value_expr(op) {
                            out.push(tir::Stmt::AssignTuple(places, c));
                        }
                    }
                }
                TypeKind::Tuple(ts) => self.err(
                    lhs[0].pos,
                    format!(
                        "assignment mismatch: {} variables but {} returns {} value{}",
                        lhs.len(),
                        call_name(&rhs[0]),
                        ts.len(),
                        plural(ts.len())
                    ),
                ),
                _ if op.ty == T::INVALID => {}
                _ => self.err(
                    lhs[0].pos,
                    format!("assignment mismatch: {} variables but 1 value", lhs.len()),
                ),
            }
            return;
        }
        if rhs.len() != lhs.len() {
            self.err(
                lhs[0].pos,
                format!(
                    "assignment mismatch: {} variable{} but {} value{}",
                    lhs.len(),
                    plural(lhs.len()),
                    rhs.len(),
                    plural(rhs.len())
                ),
            );
            return;
        }
        let mut values = Vec::new();
        for (k, r) in rhs.iter().enumerate() {
            let op = self.expr(r);
            if let TypeKind::Tuple(ts) = self.types.kind(op.ty).clone() {
                self.err(
                    r.pos,
                    format!(
                        "assignment mismatch: {} variable{} but {} returns {} value{}",
                        lhs.len(),
                        plural(lhs.len()),
                        call_name(r),
                        ts.len(),
                        plural(ts.len())
                    ),
                );
                ok = false;
                continue;
            }
            let target = match places.get(k) {
                Some(Place::Blank) => {
                    if op.ty == T::UNTYPED_FLOAT {
                        self.unsupported(r.pos, "floating-point numbers");
                        ok = false;
                        continue;
                    }
                    let t = self.types.default_type(op.ty);
                    self.assign_op(op, t, "assignment to _ identifier")
                        .map(|v| values.push(v))
                        .is_none()
                        .then(|| ok = false);
                    continue;
                }
                Some(_) => tys[k],
                None => continue,
            };
            match self.assign_op(op, target, "assignment") {
                Some(v) => values.push(v),
                None => ok = false,
            }
        }
        if ok {
            out.push(tir::Stmt::Assign(places, values));
        }
    }

    /// The types of `values` for a count-mismatch message, or None when one of them is
    /// already an error (reported here for a call with no value, as gc does).
    fn value_types(&mut self, values: &[ast::Expr]) -> Option<Vec<TypeId>> {
        let mut types = Vec::new();
        let mut bad = false;
        for v in values {
            let op = self.expr(v);
            match op.kind {
                OpKind::Invalid => bad = true,
                OpKind::NoValue(_) => {
                    self.err(op.pos, format!("{} (no value) used as value", op.text));
                    bad = true;
                }
                _ => types.push(op.ty),
            }
        }
        (!bad).then_some(types)
    }

    fn return_stmt(&mut self, values: &[ast::Expr], pos: Pos, out: &mut Vec<tir::Stmt>) {
        let results = self.results.clone();
        if values.is_empty() {
            if !results.is_empty() && self.func.named_results.is_empty() {
                self.err(
                    pos,
                    format!("not enough return values{}", self.have_want(&[], &results)),
                );
                return;
            }
            let vals = self
                .func
                .named_results
                .iter()
                .map(|&l| tir::Expr {
                    ty: self.func.locals[l],
                    kind: tir::ExprKind::Local(l),
                })
                .collect();
            out.push(tir::Stmt::Return(vals));
            return;
        }
        if values.len() == 1 && results.len() > 1 {
            let op = self.expr(&values[0]);
            if let TypeKind::Tuple(ts) = self.types.kind(op.ty).clone() {
                if ts == results {
                    if let Some(c) = self.value_expr(op) {
                        // Return a tuple call directly: lower as assignment to temps.
                        let temps: Vec<LocalId> = results.iter().map(|t| self.temp(*t)).collect();
                        out.push(tir::Stmt::AssignTuple(
                            temps.iter().map(|&t| Place::Local(t)).collect(),
                            c,
                        ));
                        out.push(tir::Stmt::Return(
                            temps
                                .iter()
                                .map(|&t| tir::Expr {
                                    ty: results[0],
                                    kind: tir::ExprKind::Local(t),
                                })
                                .enumerate()
                                .map(|(k, mut e)| {
                                    e.ty = results[k];
                                    e
                                })
                                .collect(),
                        ));
                    }
                    return;
                }
            }
            if matches!(op.kind, OpKind::NoValue(_)) {
                self.err(op.pos, format!("{} (no value) used as value", op.text));
            } else if !matches!(op.kind, OpKind::Invalid) {
                let many = matches!(self.types.kind(op.ty), TypeKind::Tuple(ts) if ts.len() > results.len());
                let word = if many { "too many" } else { "not enough" };
                let hw = self.have_want(std::slice::from_ref(&op.ty), &results);
                self.err(values[0].pos, format!("{word} return values{hw}"));
            }
            return;
        }
        if values.len() != results.len() {
            let msg = if values.len() > results.len() {
                "too many return values"
            } else {
                "not enough return values"
            };
            let Some(have) = self.value_types(values) else {
                return;
            };
            // gc points at the first value too many, or at the last one given.
            let at = values
                .get(results.len())
                .or(values.last())
                .map_or(pos, |v| v.pos);
            self.err(at, format!("{msg}{}", self.have_want(&have, &results)));
            return;
        }
        let mut vals = Vec::new();
        for (v, t) in values.iter().zip(&results) {
            let op = self.expr(v);
            if let Some(e) = self.assign_op(op, *t, "return statement") {
                vals.push(e);
            }
        }
        if vals.len() == results.len() {
            out.push(tir::Stmt::Return(vals));
        }
    }

    fn switch(
        &mut self,
        init: Option<&ast::Stmt>,
        tag: Option<&ast::Expr>,
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
        // The tag is evaluated once into a temporary.
        let tag_val = match tag {
            Some(t) => {
                let op = self.expr(t);
                if matches!(op.kind, OpKind::Invalid) {
                    None
                } else if matches!(op.kind, OpKind::NoValue(_)) {
                    self.err(t.pos, format!("{} (no value) used as value", op.text));
                    None
                } else {
                    let ty = self.types.default_type(op.ty);
                    let text = op.text.clone();
                    let v = self.assign_op(op, ty, "switch expression");
                    v.map(|v| {
                        let tmp = self.temp(ty);
                        pre.push(tir::Stmt::Assign(vec![Place::Local(tmp)], vec![v]));
                        (tmp, ty, text)
                    })
                }
            }
            None => None,
        };
        let target = self.new_target(label, false, pos);
        self.target_stack.push(target);
        let mut out_clauses = Vec::new();
        let mut seen_default = false;
        let mut seen_consts: Vec<(Value, Pos)> = Vec::new();
        for (ci, cl) in clauses.iter().enumerate() {
            let mut conds = Vec::new();
            if let Some(exprs) = &cl.exprs {
                for e in exprs {
                    let op = self.expr(e);
                    if matches!(op.kind, OpKind::Invalid) {
                        continue;
                    }
                    match (&tag_val, tag) {
                        (Some((tmp, ty, ttext)), _) => {
                            if let OpKind::Const(v) = &op.kind {
                                if let Some((_, prev)) = seen_consts.iter().find(|(s, _)| s == v) {
                                    let conv_ty = if self.types.is_untyped(op.ty) {
                                        *ty
                                    } else {
                                        op.ty
                                    };
                                    let prev = related(*prev, "previous case");
                                    let conv_ty = self.tn(conv_ty);
                                    self.err(e.pos, format!("duplicate case {} (constant of type {conv_ty}) in expression switch{prev}", op.text));
                                } else {
                                    seen_consts.push((v.clone(), e.pos));
                                }
                            }
                            let tag_op = Operand {
                                ty: *ty,
                                kind: OpKind::Value(tir::Expr {
                                    ty: *ty,
                                    kind: tir::ExprKind::Local(*tmp),
                                }),
                                pos: e.pos,
                                text: ttext.clone(),
                                var: true,
                            };
                            let text = Text::Owned(format!("{} == {}", ttext, op.text));
                            if let Some(c) = self.binary_ops(Op::Eq, tag_op, op, e.pos, &text) {
                                if let Some(v) = self.value_expr(c) {
                                    conds.push(v);
                                }
                            }
                        }
                        (None, None) => {
                            if !self.types.is_boolean(op.ty) {
                                self.err(
                                    e.pos,
                                    format!(
                                        "invalid case {} in switch (mismatched types {} and bool)",
                                        op.text,
                                        self.tn(op.ty)
                                    ),
                                );
                                continue;
                            }
                            if let Some(v) = self.assign_op(op, T::BOOL, "switch case") {
                                conds.push(v);
                            }
                        }
                        (None, Some(_)) => {}
                    }
                }
            } else if seen_default {
                self.err(cl.pos, "multiple defaults in switch");
            } else {
                seen_default = true;
            }
            self.push_scope();
            let mut body_ast: &[ast::Stmt] = &cl.body;
            let mut fallthrough = false;
            if let Some(ast::Stmt::Fallthrough(fpos)) = cl.body.last() {
                if ci + 1 == clauses.len() {
                    self.err(*fpos, "cannot fallthrough final case in switch");
                }
                fallthrough = true;
                body_ast = &cl.body[..cl.body.len() - 1];
            }
            let body = self.stmt_list(body_ast);
            self.pop_scope();
            out_clauses.push(tir::SwitchClause {
                conds,
                is_default: cl.exprs.is_none(),
                body,
                fallthrough,
            });
        }
        self.target_stack.pop();
        self.pop_scope();
        pre.push(tir::Stmt::Switch {
            clauses: out_clauses,
            target,
        });
        out.push(tir::Stmt::Block(pre));
    }

    // ----- expressions -----

    /// Evaluates without marking a variable used (left side of op-assign).
    fn expr_no_use<'e>(&mut self, e: &'e ast::Expr) -> Operand<'e> {
        let marks: Vec<bool> = self.locals.values().map(|l| l.used).collect();
        let op = self.expr(e);
        for (l, m) in self.locals.values_mut().zip(marks) {
            l.used = m;
        }
        op
    }

    fn value_expr<'e>(&mut self, op: Operand<'e>) -> Option<tir::Expr> {
        match op.kind {
            OpKind::Value(e) => Some(e),
            OpKind::Const(v) => {
                let ty = self.types.default_type(op.ty);
                // memrun has no floating-point values yet: an untyped float constant has no
                // type to take (reported where it was written).
                if ty == T::INVALID || self.types.is_float(ty) {
                    return None;
                }
                Some(tir::Expr {
                    ty,
                    kind: tir::ExprKind::Const(v),
                })
            }
            OpKind::NoValue(_) => {
                self.err(op.pos, format!("{} (no value) used as value", op.text));
                None
            }
            OpKind::Invalid => None,
            _ => {
                self.err(op.pos, format!("{} is not an expression", op.text));
                None
            }
        }
    }

    /// Converts an untyped constant operand to `ty` (representability checked).
    fn convert_untyped<'e>(
        &mut self,
        op: Operand<'e>,
        ty: TypeId,
        ctx: &str,
    ) -> Option<Operand<'e>> {
        if !self.types.is_untyped(op.ty) {
            return Some(op);
        }
        let OpKind::Const(v) = &op.kind else {
            // A non-constant shift of an untyped constant takes the type of its context.
            if let (Some(k), OpKind::Value(_)) = (self.types.int_kind(ty), &op.kind) {
                if self.types.is_integer(op.ty) {
                    let mut o = op;
                    if let OpKind::Value(e) = &mut o.kind {
                        if let Err(v) = retype(e, ty, k) {
                            let ty = self.tn(ty);
                            self.err(
                                o.pos,
                                format!("cannot use {v} as {ty} value in {ctx} (overflows)"),
                            );
                            return None;
                        }
                    }
                    o.ty = ty;
                    return Some(o);
                }
            }
            // Untyped bool values from comparisons.
            if op.ty == T::UNTYPED_BOOL && self.types.is_boolean(ty) {
                let mut o = op;
                o.ty = T::BOOL;
                if let OpKind::Value(e) = &mut o.kind {
                    e.ty = T::BOOL;
                }
                return Some(o);
            }
            let (d, ty) = (self.describe(&op), self.tn(ty));
            self.err(op.pos, format!("cannot use {d} as {ty} value in {ctx}"));
            return None;
        };
        let ok = match (self.types.int_kind(ty), op.ty) {
            (Some(k), T::UNTYPED_INT | T::UNTYPED_RUNE) => {
                let i = v.as_int().cloned().unwrap_or_default();
                if !k.fits(&i) {
                    let what = if ctx.is_empty() {
                        String::new()
                    } else {
                        format!(" in {ctx}")
                    };
                    let (d, ty) = (self.describe(&op), self.tn(ty));
                    self.err(
                        op.pos,
                        format!("cannot use {d} as {ty} value{what} (overflows)"),
                    );
                    return None;
                }
                true
            }
            (Some(_), T::UNTYPED_FLOAT) => {
                self.unsupported(op.pos, "floating-point numbers");
                return None;
            }
            _ if ty == T::INVALID => return None,
            (_, T::UNTYPED_BOOL) => self.types.basic(ty) == Some(Basic::Bool),
            (_, T::UNTYPED_STRING) => self.types.basic(ty) == Some(Basic::String),
            _ => false,
        };
        if !ok {
            let (d, ty) = (self.describe(&op), self.tn(ty));
            self.err(op.pos, format!("cannot use {d} as {ty} value in {ctx}"));
            return None;
        }
        let mut o = op;
        o.ty = ty;
        Some(o)
    }

    /// Checks assignability of `op` to `ty` and returns the value expression.
    fn assign_op<'e>(&mut self, op: Operand<'e>, ty: TypeId, ctx: &str) -> Option<tir::Expr> {
        if matches!(op.kind, OpKind::Invalid) || ty == T::INVALID {
            return None;
        }
        if self.types.is_tuple(op.ty) {
            let t = self.tn(op.ty);
            self.err(
                op.pos,
                format!(
                    "multiple-value {} (value of type {t}) in single-value context",
                    op.text
                ),
            );
            return None;
        }
        if matches!(op.kind, OpKind::NoValue(_)) {
            self.err(op.pos, format!("{} (no value) used as value", op.text));
            return None;
        }
        let op = if self.types.is_untyped(op.ty) {
            self.convert_untyped(op, ty, ctx)?
        } else {
            op
        };
        if !self.types.identical(op.ty, ty) {
            let (d, ty) = (self.describe(&op), self.tn(ty));
            self.err(op.pos, format!("cannot use {d} as {ty} value in {ctx}"));
            return None;
        }
        let mut e = self.value_expr(op)?;
        e.ty = ty;
        Some(e)
    }

    fn mk<'e>(&self, pos: Pos, text: Text<'e>, ty: TypeId, kind: OpKind) -> Operand<'e> {
        Operand {
            ty,
            kind,
            pos,
            text,
            var: false,
        }
    }

    fn expr<'e>(&mut self, e: &'e ast::Expr) -> Operand<'e> {
        super::deep(|| self.expr_here(e))
    }

    fn expr_here<'e>(&mut self, e: &'e ast::Expr) -> Operand<'e> {
        let text = Text::Expr(e);
        match &e.kind {
            AK::Int(s) => {
                let v = parse_int(s);
                self.mk(e.pos, text, T::UNTYPED_INT, OpKind::Const(Value::Int(v)))
            }
            AK::Char(c) => self.mk(
                e.pos,
                text,
                T::UNTYPED_RUNE,
                OpKind::Const(Value::Int(BigInt::from(*c))),
            ),
            AK::Str(s) => self.mk(
                e.pos,
                text,
                T::UNTYPED_STRING,
                OpKind::Const(Value::Str(s.clone())),
            ),
            AK::Float(_) => {
                self.unsupported(e.pos, "floating-point numbers");
                Operand::invalid(e.pos)
            }
            AK::Paren(x) => {
                let mut o = self.expr(x);
                o.text = text;
                o
            }
            AK::Ident(n) => self.ident(n, e.pos, text),
            AK::Unary(op @ (Op::Add | Op::Sub | Op::Not | Op::Xor), x) => {
                self.unary(*op, x, e.pos, text)
            }
            AK::Unary(Op::Tilde, _) => {
                self.err(
                    e.pos,
                    "cannot use ~ outside of interface or type constraint",
                );
                Operand::invalid(e.pos)
            }
            AK::Binary(op, a, b) => {
                let l = self.expr(a);
                let r = self.expr(b);
                self.binary_ops(*op, l, r, e.pos, &text)
                    .unwrap_or_else(|| Operand::invalid(e.pos))
            }
            AK::Call(f, args, dots) => self.call(f, args, *dots, e.pos, text),
            AK::Selector(x, (name, npos)) => self.selector(x, name, *npos, text),
            AK::Index(x, ix) if ix.len() == 1 => self.index(x, &ix[0], e.pos, text),
            AK::Slice {
                x,
                lo,
                hi,
                max: None,
            } => self.slice(x, lo.as_deref(), hi.as_deref(), e.pos, text),
            AK::SliceType(_) => match self.resolve_type(e) {
                Some(ty) => self.mk(e.pos, text, ty, OpKind::Type),
                None => Operand::invalid(e.pos),
            },
            AK::Bad => Operand::invalid(e.pos),
            _ => {
                let what = unsupported_form(e).unwrap_or("this expression");
                self.unsupported(e.pos, what);
                Operand::invalid(e.pos)
            }
        }
    }

    fn ident<'e>(&mut self, n: &str, pos: Pos, text: Text<'e>) -> Operand<'e> {
        if n == "_" {
            self.err(pos, "cannot use _ as value");
            return Operand::invalid(pos);
        }
        if n == "iota" {
            if let Some(i) = self.iota {
                if self
                    .lookup("iota")
                    .is_some_and(|e| matches!(e, Entity::Builtin("iota")))
                {
                    return self.mk(
                        pos,
                        text,
                        T::UNTYPED_INT,
                        OpKind::Const(Value::Int(BigInt::from(i))),
                    );
                }
            }
        }
        match self.lookup(n) {
            None => {
                if matches!(n, "float64" | "float32") {
                    self.unsupported(pos, "floating-point numbers");
                } else if matches!(
                    n,
                    "append"
                        | "make"
                        | "cap"
                        | "copy"
                        | "new"
                        | "delete"
                        | "recover"
                        | "close"
                        | "complex"
                        | "real"
                        | "imag"
                ) {
                    self.unsupported(pos, &format!("the builtin {n}"));
                } else {
                    self.err(pos, format!("undefined: {n}"));
                }
                Operand::invalid(pos)
            }
            Some(Entity::Local(l)) => {
                self.locals[l].used = true;
                let ty = self.func.locals[l];
                if ty == T::INVALID {
                    return Operand::invalid(pos);
                }
                Operand {
                    ty,
                    kind: OpKind::Value(tir::Expr {
                        ty,
                        kind: tir::ExprKind::Local(l),
                    }),
                    pos,
                    text,
                    var: true,
                }
            }
            Some(Entity::Const(t, v)) => {
                if t == T::INVALID {
                    return Operand::invalid(pos);
                }
                self.mk(pos, text, t, OpKind::Const(v))
            }
            Some(Entity::LazyConst(i)) => match self.resolve_const(i) {
                Some((t, v)) => self.mk(pos, text, t, OpKind::Const(v)),
                None => Operand::invalid(pos),
            },
            Some(Entity::LazyGlobal(i)) => match self.resolve_global(i) {
                Some(g) => self.global_operand(g, pos, text),
                None => Operand::invalid(pos),
            },
            Some(Entity::Func(f)) => self.mk(pos, text, T::INVALID, OpKind::Func(f)),
            Some(Entity::TypeName(t)) => self.mk(pos, text, t, OpKind::Type),
            Some(Entity::Builtin(b)) => {
                if b == "iota" {
                    self.err(pos, "cannot use iota outside constant declaration");
                    return Operand::invalid(pos);
                }
                self.mk(pos, text, T::INVALID, OpKind::Builtin(b))
            }
            Some(Entity::Intrinsic(i)) => self.mk(pos, text, T::INVALID, OpKind::Intrinsic(i)),
            Some(Entity::Package(p, _)) => self.mk(pos, text, T::INVALID, OpKind::Package(p)),
            Some(Entity::Nil) => {
                self.unsupported(pos, "nil");
                Operand::invalid(pos)
            }
            Some(Entity::Unsupported) => Operand::invalid(pos),
        }
    }

    fn global_operand<'e>(&mut self, g: GlobalId, pos: Pos, text: Text<'e>) -> Operand<'e> {
        let ty = self.prog.globals[g].ty;
        if ty == T::INVALID {
            return Operand::invalid(pos);
        }
        Operand {
            ty,
            kind: OpKind::Value(tir::Expr {
                ty,
                kind: tir::ExprKind::Global(g),
            }),
            pos,
            text,
            var: true,
        }
    }

    fn selector<'e>(
        &mut self,
        x: &'e ast::Expr,
        name: &str,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let xo = self.expr(x);
        match &xo.kind {
            OpKind::Package(p) => {
                let fmt_fn = |n: &str| match n {
                    "Print" => Some(FmtFn::Print),
                    "Println" => Some(FmtFn::Println),
                    "Printf" => Some(FmtFn::Printf),
                    "Sprint" => Some(FmtFn::Sprint),
                    "Sprintln" => Some(FmtFn::Sprintln),
                    "Sprintf" => Some(FmtFn::Sprintf),
                    _ => None,
                };
                match (p.as_str(), name) {
                    ("fmt", n) if fmt_fn(n).is_some() => self.mk(
                        pos,
                        text,
                        T::INVALID,
                        OpKind::Fmt(fmt_fn(n).expect("checked")),
                    ),
                    ("os", "Exit") => self.mk(pos, text, T::INVALID, OpKind::OsExit),
                    ("os", "Args") => {
                        // Defined by the precompiled runtime library; the linker binds it.
                        let name = "runtime.osArgs";
                        let found = self.prog.globals.iter().find(|(_, g)| g.name == name);
                        let g = match found {
                            Some((g, _)) => g,
                            None => {
                                let ty = self.types.slice(T::STRING);
                                self.prog.globals.push(tir::Global {
                                    name: name.into(),
                                    ty,
                                    external: true,
                                })
                            }
                        };
                        self.global_operand(g, pos, text)
                    }
                    ("fmt", n)
                        if [
                            "Errorf", "Fprintf", "Fprintln", "Fprint", "Sscanf", "Sscan", "Scan",
                            "Scanln", "Scanf", "Stringer",
                        ]
                        .contains(&n) =>
                    {
                        self.unsupported(pos, &format!("fmt.{n}"));
                        Operand::invalid(pos)
                    }
                    ("os", n)
                        if [
                            "ReadFile",
                            "WriteFile",
                            "Getenv",
                            "Stdin",
                            "Stdout",
                            "Stderr",
                            "Open",
                            "Create",
                            "Environ",
                            "LookupEnv",
                            "Setenv",
                            "Remove",
                            "Getpid",
                            "Hostname",
                            "Getwd",
                            "Executable",
                            "Readlink",
                            "Mkdir",
                            "MkdirAll",
                            "Stat",
                            "IsNotExist",
                            "Chdir",
                            "Pipe",
                            "Interrupt",
                            "Kill",
                            "Signal",
                            "File",
                        ]
                        .contains(&n) =>
                    {
                        self.unsupported(pos, &format!("os.{n}"));
                        Operand::invalid(pos)
                    }
                    _ => {
                        self.err(pos, format!("undefined: {p}.{name}"));
                        Operand::invalid(pos)
                    }
                }
            }
            OpKind::Invalid => Operand::invalid(pos),
            _ => {
                self.err(
                    pos,
                    format!(
                        "{}.{name} undefined (type {} has no field or method {name})",
                        xo.text,
                        self.tn(xo.ty)
                    ),
                );
                Operand::invalid(pos)
            }
        }
    }

    fn index_value<'e>(&mut self, io: Operand<'e>, len: Option<usize>) -> Option<tir::Expr> {
        if matches!(io.kind, OpKind::Invalid) {
            return None;
        }
        if !self.types.is_integer(io.ty) {
            self.err(
                io.pos,
                format!(
                    "invalid argument: index {} must be integer",
                    self.describe(&io)
                ),
            );
            return None;
        }
        if let OpKind::Const(Value::Int(i)) = &io.kind {
            if i.is_negative() {
                self.err(
                    io.pos,
                    format!(
                        "invalid argument: index {} must not be negative",
                        self.describe(&io)
                    ),
                );
                return None;
            }
            if let Some(n) = len {
                if *i >= BigInt::from(n) {
                    self.err(
                        io.pos,
                        format!("invalid argument: index {} out of bounds [0:{n}]", io.text),
                    );
                    return None;
                }
            }
        }
        let ty = if self.types.is_untyped(io.ty) {
            T::INT
        } else {
            io.ty
        };
        self.assign_op(io, ty, "index")
    }

    fn index<'e>(
        &mut self,
        x: &'e ast::Expr,
        i: &'e ast::Expr,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let xo = self.expr(x);
        let io = self.expr(i);
        match xo.ty {
            _ if matches!(xo.kind, OpKind::Invalid) => Operand::invalid(pos),
            T::STRING | T::UNTYPED_STRING => {
                let clen = if let OpKind::Const(Value::Str(s)) = &xo.kind {
                    Some(s.len())
                } else {
                    None
                };
                let Some(idx) = self.index_value(io.clone(), clen) else {
                    return Operand::invalid(pos);
                };
                let Some(xv) = self.value_expr(xo) else {
                    return Operand::invalid(pos);
                };
                let ty = T::UINT8;
                self.mk(
                    pos,
                    text,
                    ty,
                    OpKind::Value(tir::Expr {
                        ty,
                        kind: tir::ExprKind::StrIndex(Box::new(xv), Box::new(idx)),
                    }),
                )
            }
            _ if self.types.slice_elem(xo.ty).is_some() => {
                let elem = self.types.slice_elem(xo.ty).unwrap_or(T::INVALID);
                let Some(idx) = self.index_value(io, None) else {
                    return Operand::invalid(pos);
                };
                let Some(xv) = self.value_expr(xo) else {
                    return Operand::invalid(pos);
                };
                let mut o = self.mk(
                    pos,
                    text,
                    elem,
                    OpKind::Value(tir::Expr {
                        ty: elem,
                        kind: tir::ExprKind::SliceIndex(Box::new(xv), Box::new(idx)),
                    }),
                );
                o.var = true;
                o
            }
            _ => {
                self.err(
                    pos,
                    format!("invalid operation: cannot index {}", self.describe(&xo)),
                );
                Operand::invalid(pos)
            }
        }
    }

    fn slice<'e>(
        &mut self,
        x: &'e ast::Expr,
        lo: Option<&'e ast::Expr>,
        hi: Option<&'e ast::Expr>,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let xo = self.expr(x);
        if matches!(xo.kind, OpKind::Invalid) {
            return Operand::invalid(pos);
        }
        let clen = if let OpKind::Const(Value::Str(s)) = &xo.kind {
            Some(s.len() + 1)
        } else {
            None
        };
        let bound = |c: &mut Self,
                     e: Option<&ast::Expr>|
         -> Result<Option<(tir::Expr, Option<BigInt>)>, ()> {
            match e {
                None => Ok(None),
                Some(e) => {
                    let o = c.expr(e);
                    let k = if let OpKind::Const(Value::Int(k)) = &o.kind {
                        Some(k.clone())
                    } else {
                        None
                    };
                    c.index_value(o, clen).map(|v| Some((v, k))).ok_or(())
                }
            }
        };
        let Ok(l) = bound(self, lo) else {
            return Operand::invalid(pos);
        };
        let Ok(h) = bound(self, hi) else {
            return Operand::invalid(pos);
        };
        if let (Some((_, Some(a))), Some((_, Some(b)))) = (&l, &h) {
            if a > b {
                self.err(pos, format!("invalid slice indices: {b} < {a}"));
                return Operand::invalid(pos);
            }
        }
        let ty = match xo.ty {
            T::STRING | T::UNTYPED_STRING => T::STRING,
            _ if self.types.slice_elem(xo.ty).is_some() => xo.ty,
            _ => {
                self.err(pos, format!("cannot slice {}", self.describe(&xo)));
                return Operand::invalid(pos);
            }
        };
        let Some(xv) = self.value_expr(xo) else {
            return Operand::invalid(pos);
        };
        let (l, h) = (l.map(|x| Box::new(x.0)), h.map(|x| Box::new(x.0)));
        let kind = if ty == T::STRING {
            tir::ExprKind::StrSlice(Box::new(xv), l, h)
        } else {
            tir::ExprKind::SliceSlice(Box::new(xv), l, h)
        };
        self.mk(pos, text, ty, OpKind::Value(tir::Expr { ty, kind }))
    }

    fn unary<'e>(&mut self, op: Op, x: &'e ast::Expr, pos: Pos, text: Text<'e>) -> Operand<'e> {
        let xo = self.expr(x);
        if matches!(xo.kind, OpKind::Invalid) {
            return Operand::invalid(pos);
        }
        let ok = match op {
            Op::Add | Op::Sub => self.types.is_numeric(xo.ty),
            Op::Not => self.types.is_boolean(xo.ty),
            Op::Xor => self.types.is_integer(xo.ty),
            _ => false,
        };
        if !ok {
            let what = match op {
                Op::Not => "operator ! not defined on",
                Op::Xor => "operator ^ not defined on",
                _ => "operator - not defined on",
            };
            self.err(
                pos,
                format!("invalid operation: {what} {}", self.describe(&xo)),
            );
            return Operand::invalid(pos);
        }
        if let OpKind::Const(v) = &xo.kind {
            let r = match (op, v) {
                (Op::Add, v) => v.clone(),
                (Op::Sub, Value::Int(i)) => Value::Int(-i),
                (Op::Not, Value::Bool(b)) => Value::Bool(!b),
                (Op::Xor, Value::Int(i)) => match self.types.int_kind(xo.ty) {
                    Some(k) if !k.signed() => Value::Int(k.max() - i),
                    _ => Value::Int(-i - 1),
                },
                _ => return Operand::invalid(pos),
            };
            return self.typed_const(r, xo.ty, pos, text);
        }
        let ty = xo.ty;
        let Some(v) = self.value_expr(xo) else {
            return Operand::invalid(pos);
        };
        if op == Op::Add {
            return self.mk(pos, text, ty, OpKind::Value(v));
        }
        let uop = match op {
            Op::Sub => UnOp::Neg,
            Op::Not => UnOp::Not,
            _ => UnOp::Complement,
        };
        self.mk(
            pos,
            text,
            ty,
            OpKind::Value(tir::Expr {
                ty,
                kind: tir::ExprKind::Unary(uop, Box::new(v)),
            }),
        )
    }

    /// A constant of `ty`, with the overflow check for typed constants.
    fn typed_const<'e>(&mut self, v: Value, ty: TypeId, pos: Pos, text: Text<'e>) -> Operand<'e> {
        if let (Some(k), Value::Int(i)) = (self.types.int_kind(ty), &v) {
            if !k.fits(i) {
                let name = self.tn(ty);
                if text.to_string() == i.to_string() {
                    self.err(pos, format!("constant {i} overflows {name}"));
                } else {
                    self.err(
                        pos,
                        format!("{text} (constant {i} of type {name}) overflows {name}"),
                    );
                }
                return Operand::invalid(pos);
            }
        }
        self.mk(pos, text, ty, OpKind::Const(v))
    }

    fn binary_ops<'e>(
        &mut self,
        op: Op,
        l: Operand<'e>,
        r: Operand<'e>,
        pos: Pos,
        text: &Text<'e>,
    ) -> Option<Operand<'e>> {
        let text = text.to_owned();
        if matches!(l.kind, OpKind::Invalid) || matches!(r.kind, OpKind::Invalid) {
            return None;
        }
        for o in [&l, &r] {
            if matches!(o.kind, OpKind::NoValue(_)) {
                self.err(o.pos, format!("{} (no value) used as value", o.text));
                return None;
            }
            if self.types.is_tuple(o.ty) {
                let t = self.tn(o.ty);
                self.err(
                    o.pos,
                    format!(
                        "multiple-value {} (value of type {t}) in single-value context",
                        o.text
                    ),
                );
                return None;
            }
            if !matches!(o.kind, OpKind::Value(_) | OpKind::Const(_)) {
                self.err(o.pos, format!("{} is not an expression", o.text));
                return None;
            }
        }
        if op == Op::Shl || op == Op::Shr {
            return self.shift(op, l, r, pos, text);
        }
        // Bring both operands to a common type.
        let (l, r) = if self.types.is_untyped(l.ty) && !self.types.is_untyped(r.ty) {
            let t = r.ty;
            match self.convert_operand(l, t, &text, &r) {
                Some(l) => (l, r),
                None => return None,
            }
        } else if self.types.is_untyped(r.ty) && !self.types.is_untyped(l.ty) {
            let t = l.ty;
            match self.convert_operand(r, t, &text, &l) {
                Some(r) => (l, r),
                None => return None,
            }
        } else if self.types.is_untyped(l.ty) && self.types.is_untyped(r.ty) && l.ty != r.ty {
            // untyped int/rune/float mix → the "larger" kind.
            let rank = |t: TypeId| match t {
                T::UNTYPED_INT => Some(1),
                T::UNTYPED_RUNE => Some(2),
                T::UNTYPED_FLOAT => Some(3),
                _ => None,
            };
            match (rank(l.ty), rank(r.ty)) {
                (Some(a), Some(b)) => {
                    let t = if a > b { l.ty } else { r.ty };
                    let mut l = l;
                    let mut r = r;
                    l.ty = t;
                    r.ty = t;
                    (l, r)
                }
                _ => {
                    let (lt, rt) = (self.tn(l.ty), self.tn(r.ty));
                    self.err(
                        pos,
                        format!("invalid operation: {text} (mismatched types {lt} and {rt})"),
                    );
                    return None;
                }
            }
        } else {
            (l, r)
        };
        if !self.types.identical(l.ty, r.ty) {
            let (lt, rt) = (self.tn(l.ty), self.tn(r.ty));
            self.err(
                pos,
                format!("invalid operation: {text} (mismatched types {lt} and {rt})",),
            );
            return None;
        }
        let ty = l.ty;
        let bop = match op {
            Op::Add => BinOp::Add,
            Op::Sub => BinOp::Sub,
            Op::Mul => BinOp::Mul,
            Op::Div => BinOp::Div,
            Op::Rem => BinOp::Rem,
            Op::And => BinOp::And,
            Op::Or => BinOp::Or,
            Op::Xor => BinOp::Xor,
            Op::AndNot => BinOp::AndNot,
            Op::Eq => BinOp::Eq,
            Op::Ne => BinOp::Ne,
            Op::Lt => BinOp::Lt,
            Op::Le => BinOp::Le,
            Op::Gt => BinOp::Gt,
            Op::Ge => BinOp::Ge,
            Op::LogAnd => BinOp::LogAnd,
            Op::LogOr => BinOp::LogOr,
            _ => return None,
        };
        let defined = match bop {
            BinOp::Add => self.types.is_numeric(ty) || self.types.is_string(ty),
            BinOp::Sub | BinOp::Mul | BinOp::Div => self.types.is_numeric(ty),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => {
                self.types.is_integer(ty)
            }
            BinOp::Eq | BinOp::Ne => self.types.comparable(ty),
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                self.types.is_numeric(ty) || self.types.is_string(ty)
            }
            BinOp::LogAnd | BinOp::LogOr => self.types.is_boolean(ty),
            _ => false,
        };
        if !defined {
            if self.types.slice_elem(ty).is_some() && matches!(bop, BinOp::Eq | BinOp::Ne) {
                self.err(
                    pos,
                    format!("invalid operation: {text} (slice can only be compared to nil)"),
                );
            } else {
                self.err(
                    pos,
                    format!(
                        "invalid operation: operator {op} not defined on {}",
                        self.describe(&l)
                    ),
                );
            }
            return None;
        }
        let is_cmp = matches!(
            bop,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        );
        if matches!(bop, BinOp::Div | BinOp::Rem) {
            if let OpKind::Const(Value::Int(z)) = &r.kind {
                if z.is_zero() {
                    self.err(r.pos, "invalid operation: division by zero");
                    return None;
                }
            }
        }
        if let (OpKind::Const(a), OpKind::Const(b)) = (&l.kind, &r.kind) {
            let v = fold(bop, a, b, self.types.int_kind(ty))?;
            let rty = if is_cmp { T::UNTYPED_BOOL } else { ty };
            let rty = if is_cmp && !self.types.is_untyped(l.ty) {
                T::UNTYPED_BOOL
            } else {
                rty
            };
            return Some(self.typed_const(v, rty, pos, text));
        }
        let (lt, rt) = (self.types.default_type(ty), self.types.default_type(ty));
        if ty == T::UNTYPED_FLOAT {
            self.unsupported(pos, "floating-point numbers");
            return None;
        }
        // Untyped integer arithmetic on a non-constant shift stays untyped, and its context
        // types the whole tree once (`retype`): converting the operands here too would walk the
        // left operand's tree at every level of a chain (quadratic).
        let stays_untyped = !is_cmp && self.types.is_integer(ty) && self.types.is_untyped(ty);
        let (lv, rv) = if stays_untyped {
            (self.value_expr(l)?, self.value_expr(r)?)
        } else {
            (self.assign_op(l, lt, "")?, self.assign_op(r, rt, "")?)
        };
        let rty = if is_cmp {
            T::UNTYPED_BOOL
        } else if matches!(bop, BinOp::LogAnd | BinOp::LogOr)
            || self.types.is_integer(ty) && self.types.is_untyped(ty)
        {
            // Untyped integer arithmetic on a non-constant shift stays untyped until its
            // context types it (see `retype`).
            ty
        } else {
            lt
        };
        let ety = if rty == T::UNTYPED_BOOL {
            T::BOOL
        } else {
            self.types.default_type(rty)
        };
        Some(self.mk(
            pos,
            text,
            rty,
            OpKind::Value(tir::Expr {
                ty: ety,
                kind: tir::ExprKind::Binary(bop, Box::new(lv), Box::new(rv)),
            }),
        ))
    }

    fn convert_operand<'e>(
        &mut self,
        o: Operand<'e>,
        t: TypeId,
        text: &Text<'e>,
        other: &Operand<'e>,
    ) -> Option<Operand<'e>> {
        let compatible = match o.ty {
            T::UNTYPED_INT | T::UNTYPED_RUNE | T::UNTYPED_FLOAT => self.types.int_kind(t).is_some(),
            T::UNTYPED_BOOL => self.types.basic(t) == Some(Basic::Bool),
            T::UNTYPED_STRING => self.types.basic(t) == Some(Basic::String),
            _ => false,
        };
        if !compatible {
            // gc names the types in source order.
            let (first, second) = if o.pos <= other.pos {
                (self.tn(o.ty), self.tn(t))
            } else {
                (self.tn(t), self.tn(o.ty))
            };
            self.err(
                o.pos.min(other.pos),
                format!("invalid operation: {text} (mismatched types {first} and {second})"),
            );
            return None;
        }
        if matches!(o.kind, OpKind::Const(_)) {
            if let (Some(k), OpKind::Const(Value::Int(i))) = (self.types.int_kind(t), &o.kind) {
                if !k.fits(i) && matches!(o.ty, T::UNTYPED_RUNE | T::UNTYPED_INT) {
                    let (d, t) = (self.describe(&o), self.tn(t));
                    self.err(o.pos, format!("cannot use {d} as {t} value (overflows)"));
                    return None;
                }
            }
            if o.ty == T::UNTYPED_FLOAT {
                self.unsupported(o.pos, "floating-point numbers");
                return None;
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
                    let t = self.types.name_in(t, Some(self.main_pkg));
                    self.err(
                        o.pos,
                        format!("cannot use {v} (untyped int constant) as {t} value (overflows)"),
                    );
                    return None;
                }
            } else {
                e.ty = t;
            }
        }
        Some(o)
    }

    fn shift<'e>(
        &mut self,
        op: Op,
        l: Operand<'e>,
        r: Operand<'e>,
        pos: Pos,
        text: Text<'e>,
    ) -> Option<Operand<'e>> {
        if !self.types.is_integer(r.ty) {
            self.err(
                r.pos,
                format!(
                    "invalid operation: shift count {} must be integer",
                    self.describe(&r)
                ),
            );
            return None;
        }
        if let OpKind::Const(Value::Int(c)) = &r.kind {
            if c.is_negative() {
                self.err(
                    r.pos,
                    format!(
                        "invalid operation: negative shift count {}",
                        self.describe(&r)
                    ),
                );
                return None;
            }
        }
        if !self.types.is_integer(l.ty) {
            if l.ty == T::UNTYPED_FLOAT {
                self.unsupported(l.pos, "floating-point numbers");
            } else {
                self.err(
                    pos,
                    format!(
                        "invalid operation: shifted operand {} must be integer",
                        self.describe(&l)
                    ),
                );
            }
            return None;
        }
        let bop = if op == Op::Shl {
            BinOp::Shl
        } else {
            BinOp::Shr
        };
        if let (OpKind::Const(Value::Int(a)), OpKind::Const(Value::Int(c))) = (&l.kind, &r.kind) {
            let Some(c) = c.to_u32().filter(|c| *c < 10000) else {
                self.err(r.pos, format!("invalid shift count {}", r.text));
                return None;
            };
            let v = if bop == BinOp::Shl { a << c } else { a >> c };
            return Some(self.typed_const(Value::Int(v), l.ty, pos, text));
        }
        // Non-constant shift of an untyped constant: the spec gives the constant the type the
        // whole expression would have in its context. TypeId it `int` for now and keep the result
        // untyped; `convert_untyped`/`convert_operand` retype it once the context is known.
        let untyped = self.types.is_untyped(l.ty);
        let lt = self.types.default_type(l.ty);
        let result_ty = if untyped { l.ty } else { lt };
        let lv = self.assign_op(l, lt, "shift")?;
        let rt = self.types.default_type(r.ty);
        let rv = self.assign_op(r, rt, "shift")?;
        Some(self.mk(
            pos,
            text,
            result_ty,
            OpKind::Value(tir::Expr {
                ty: lt,
                kind: tir::ExprKind::Binary(bop, Box::new(lv), Box::new(rv)),
            }),
        ))
    }

    fn call<'e>(
        &mut self,
        f: &'e ast::Expr,
        args: &'e [ast::Expr],
        dots: bool,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let fo = self.expr(f);
        match fo.kind.clone() {
            OpKind::Invalid => {
                for a in args {
                    self.expr(a);
                }
                Operand::invalid(pos)
            }
            OpKind::Type => self.conversion(fo.ty, args, pos, text),
            OpKind::Func(id) => self.call_func(id, &fo.text.to_string(), args, pos, text),
            OpKind::Fmt(which) => {
                let mut vals = Vec::new();
                for (k, a) in args.iter().enumerate() {
                    let o = self.expr(a);
                    if matches!(o.kind, OpKind::Invalid) {
                        return Operand::invalid(pos);
                    }
                    if k == 0 && matches!(which, FmtFn::Printf | FmtFn::Sprintf) {
                        match self.assign_op(o, T::STRING, &format!("argument to {}", fo.text)) {
                            Some(v) => vals.push(v),
                            None => return Operand::invalid(pos),
                        }
                        continue;
                    }
                    if self.types.is_tuple(o.ty)
                        && args.len() == 1
                        && !matches!(which, FmtFn::Printf | FmtFn::Sprintf)
                    {
                        // fmt.Println(f()) spreads f's results as the operands.
                        match self.value_expr(o) {
                            Some(v) => vals.push(v),
                            None => return Operand::invalid(pos),
                        }
                        continue;
                    }
                    if o.ty == T::UNTYPED_FLOAT {
                        self.unsupported(a.pos, "floating-point numbers");
                        return Operand::invalid(pos);
                    }
                    let t = self.types.default_type(o.ty);
                    match self.assign_op(o, t, "argument") {
                        Some(v) => vals.push(v),
                        None => return Operand::invalid(pos),
                    }
                }
                if matches!(which, FmtFn::Printf | FmtFn::Sprintf) && vals.is_empty() {
                    self.err(pos, format!("not enough arguments in call to {}", fo.text));
                    return Operand::invalid(pos);
                }
                if dots {
                    self.unsupported(pos, "variadic arguments");
                    return Operand::invalid(pos);
                }
                let returns_string =
                    matches!(which, FmtFn::Sprint | FmtFn::Sprintln | FmtFn::Sprintf);
                let e = tir::Expr {
                    ty: if returns_string {
                        T::STRING
                    } else {
                        T::INVALID
                    },
                    kind: tir::ExprKind::Fmt(which, vals),
                };
                if returns_string {
                    self.mk(pos, text, T::STRING, OpKind::Value(e))
                } else {
                    // Print functions return (n int, err error); memrun models them as statements.
                    self.mk(pos, text, T::INVALID, OpKind::NoValue(e))
                }
            }
            OpKind::OsExit => {
                let Some(o) = self.single_arg(args, pos, "not enough", |w| {
                    format!("{w} arguments in call to os.Exit")
                }) else {
                    return Operand::invalid(pos);
                };
                let Some(v) = self.assign_op(o, T::INT, "argument to os.Exit") else {
                    return Operand::invalid(pos);
                };
                self.mk(
                    pos,
                    text,
                    T::INVALID,
                    OpKind::NoValue(tir::Expr {
                        ty: T::INVALID,
                        kind: tir::ExprKind::Exit(Box::new(v)),
                    }),
                )
            }
            OpKind::Builtin(b) => self.builtin(b, args, pos, text),
            OpKind::Intrinsic(i) => self.intrinsic(i, args, pos, text),
            _ => {
                self.err(
                    pos,
                    format!(
                        "invalid operation: cannot call non-function {}",
                        self.describe(&fo)
                    ),
                );
                Operand::invalid(pos)
            }
        }
    }

    fn call_func<'e>(
        &mut self,
        id: FuncId,
        fname: &str,
        args: &'e [ast::Expr],
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        // Parameter and result types come from the declaration (checked lazily: resolve now).
        let (ptys, rtys) = self.signature(id);
        let mut vals = Vec::new();
        let mut ok = true;
        if args.len() == 1 && ptys.len() > 1 {
            let o = self.expr(&args[0]);
            if let TypeKind::Tuple(ts) = self.types.kind(o.ty).clone() {
                if ts == ptys {
                    // f(g()): g's results are f's arguments. The call's words spread into the
                    // argument list when lowered.
                    let Some(v) = self.value_expr(o) else {
                        return Operand::invalid(pos);
                    };
                    return self.finish_call(id, vec![v], &rtys, pos, text);
                }
                if ts.len() != ptys.len() {
                    let word = if ts.len() > ptys.len() {
                        "too many"
                    } else {
                        "not enough"
                    };
                    let hw = self.have_want(&ts, &ptys);
                    self.err(
                        args[0].pos,
                        format!("{word} arguments in call to {fname}{hw}"),
                    );
                    return Operand::invalid(pos);
                }
                // Same count: gc names the first result that does not fit its parameter.
                let (have, want) = match ts
                    .iter()
                    .zip(&ptys)
                    .find(|(h, w)| !self.types.identical(**h, **w))
                {
                    Some((&h, &w)) => (h, w),
                    None => (o.ty, self.types.tuple(ptys.clone())),
                };
                let (have, want) = (self.tn(have), self.tn(want));
                self.err(
                    args[0].pos,
                    format!(
                        "cannot use {} (value of type {have}) as {want} value in argument to {fname}",
                        o.text
                    ),
                );
                return Operand::invalid(pos);
            }
            if !matches!(o.kind, OpKind::Invalid) {
                let hw = self.have_want(std::slice::from_ref(&o.ty), &ptys);
                self.err(
                    args[0].pos,
                    format!("not enough arguments in call to {fname}{hw}"),
                );
            }
            return Operand::invalid(pos);
        }
        if args.len() != ptys.len() {
            let Some(have) = self.value_types(args) else {
                return Operand::invalid(pos);
            };
            let pos_err = if args.len() > ptys.len() {
                args[ptys.len()].pos
            } else {
                args.last().map_or(pos, |a| a.pos)
            };
            let word = if args.len() > ptys.len() {
                "too many"
            } else {
                "not enough"
            };
            let hw = self.have_want(&have, &ptys);
            self.err(pos_err, format!("{word} arguments in call to {fname}{hw}"));
            return Operand::invalid(pos);
        }
        for (a, t) in args.iter().zip(&ptys) {
            let o = self.expr(a);
            match self.assign_op(o, *t, &format!("argument to {fname}")) {
                Some(v) => vals.push(v),
                None => ok = false,
            }
        }
        if !ok {
            return Operand::invalid(pos);
        }
        self.finish_call(id, vals, &rtys, pos, text)
    }

    fn finish_call<'e>(
        &mut self,
        id: FuncId,
        vals: Vec<tir::Expr>,
        rtys: &[TypeId],
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let (ty, kind) = match rtys.len() {
            0 => (T::INVALID, None),
            1 => (rtys[0], Some(())),
            _ => (self.types.tuple(rtys.to_vec()), Some(())),
        };
        let e = tir::Expr {
            ty,
            kind: tir::ExprKind::Call(id, vals),
        };
        match kind {
            None => self.mk(pos, text, T::INVALID, OpKind::NoValue(e)),
            Some(()) => self.mk(pos, text, ty, OpKind::Value(e)),
        }
    }

    fn signature(&mut self, id: FuncId) -> (Vec<TypeId>, Vec<TypeId>) {
        let Some(&(file, _, decl)) = self.func_decls_lookup(id) else {
            return (
                self.prog.funcs[id]
                    .params
                    .iter()
                    .map(|_| T::INVALID)
                    .collect(),
                self.prog.funcs[id].results.clone(),
            );
        };
        let pkg = if self.files[file].runtime {
            PKG_RUNTIME
        } else {
            PKG_MAIN
        };
        let marks = self.errors.len();
        let r = self.with_pkg_context(file, pkg, |c| {
            let p: Vec<TypeId> = decl
                .sig
                .params
                .iter()
                .map(|p| c.resolve_type(&p.ty).unwrap_or(T::INVALID))
                .collect();
            let r: Vec<TypeId> = decl
                .sig
                .results
                .iter()
                .map(|p| c.resolve_type(&p.ty).unwrap_or(T::INVALID))
                .collect();
            (p, r)
        });
        // TypeId errors in the signature are reported when the function itself is checked.
        self.errors.truncate(marks);
        r
    }

    fn func_decls_lookup(&self, id: FuncId) -> Option<&(usize, FuncId, &'a ast::FuncDecl)> {
        // Declarations are collected in function-id order (the synthesized entry has none).
        self.func_decls.get(id.index()).filter(|d| d.1 == id)
    }

    fn conversion<'e>(
        &mut self,
        ty: TypeId,
        args: &'e [ast::Expr],
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let tyn = self.tn(ty);
        let Some(o) = self.single_arg(args, pos, "missing", |w| {
            format!("{w} arguments in conversion to {tyn}")
        }) else {
            return Operand::invalid(pos);
        };
        match (self.types.int_kind(ty), &o.kind) {
            (Some(k), OpKind::Const(Value::Int(i))) => {
                if !k.fits(i) {
                    let d = self.describe(&o);
                    self.err(o.pos, format!("cannot convert {d} to type {tyn}"));
                    return Operand::invalid(pos);
                }
                return self.mk(pos, text, ty, OpKind::Const(Value::Int(i.clone())));
            }
            (_, OpKind::Const(Value::Int(i))) if ty == T::STRING && self.types.is_integer(o.ty) => {
                let ch = i.to_u32().and_then(char::from_u32).unwrap_or('\u{fffd}');
                return self.mk(
                    pos,
                    text,
                    ty,
                    OpKind::Const(Value::Str(ch.to_string().into_bytes())),
                );
            }
            (_, OpKind::Const(Value::Str(s))) if ty == T::STRING && self.types.is_string(o.ty) => {
                return self.mk(pos, text, ty, OpKind::Const(Value::Str(s.clone())));
            }
            (_, OpKind::Const(Value::Bool(b))) if ty == T::BOOL && self.types.is_boolean(o.ty) => {
                return self.mk(pos, text, ty, OpKind::Const(Value::Bool(*b)));
            }
            _ => {}
        }
        let src = self.types.default_type(o.ty);
        let src_int = self.types.int_kind(src).is_some();
        let ok = (src_int && (self.types.int_kind(ty).is_some() || ty == T::STRING))
            || self.types.identical(ty, src);
        if !ok {
            if matches!(o.ty, T::UNTYPED_FLOAT) {
                self.unsupported(o.pos, "floating-point numbers");
            } else {
                let d = self.describe(&o);
                self.err(o.pos, format!("cannot convert {d} to type {tyn}"));
            }
            return Operand::invalid(pos);
        }
        let Some(v) = self.assign_op(o, src, "conversion") else {
            return Operand::invalid(pos);
        };
        if src == ty {
            return self.mk(pos, text, ty, OpKind::Value(v));
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

    /// The one argument of a builtin, `os.Exit` or a conversion, checked and evaluated (None
    /// after reporting). `few` is gc's word for zero arguments; `msg` words the count error.
    fn single_arg<'e>(
        &mut self,
        args: &'e [ast::Expr],
        pos: Pos,
        few: &str,
        msg: impl FnOnce(&str) -> String,
    ) -> Option<Operand<'e>> {
        if args.len() != 1 {
            let which = if args.is_empty() { few } else { "too many" };
            self.err(pos, msg(which));
            return None;
        }
        let o = self.expr(&args[0]);
        (!matches!(o.kind, OpKind::Invalid)).then_some(o)
    }

    fn builtin<'e>(
        &mut self,
        b: &str,
        args: &'e [ast::Expr],
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        match b {
            "len" => {
                let Some(o) = self.single_arg(args, pos, "not enough", |w| {
                    format!(
                        "{w} arguments for {text} (expected 1, found {})",
                        args.len()
                    )
                }) else {
                    return Operand::invalid(pos);
                };
                if let OpKind::Const(Value::Str(s)) = &o.kind {
                    return self.mk(
                        pos,
                        text,
                        T::INT,
                        OpKind::Const(Value::Int(BigInt::from(s.len()))),
                    );
                }
                if !self.types.is_string(o.ty) && self.types.slice_elem(o.ty).is_none() {
                    self.err(
                        o.pos,
                        format!("invalid argument: {} for len", self.describe(&o)),
                    );
                    return Operand::invalid(pos);
                }
                let Some(v) = self.value_expr(o) else {
                    return Operand::invalid(pos);
                };
                self.mk(
                    pos,
                    text,
                    T::INT,
                    OpKind::Value(tir::Expr {
                        ty: T::INT,
                        kind: tir::ExprKind::Len(Box::new(v)),
                    }),
                )
            }
            "panic" => {
                let Some(o) = self.single_arg(args, pos, "not enough", |w| {
                    format!(
                        "{w} arguments for {text} (expected 1, found {})",
                        args.len()
                    )
                }) else {
                    return Operand::invalid(pos);
                };
                let t = self.types.default_type(o.ty);
                if !matches!(
                    self.types.basic(t),
                    Some(Basic::String | Basic::Int(_) | Basic::Bool)
                ) {
                    let what = format!("panic with a {} value", self.tn(t));
                    self.unsupported(o.pos, &what);
                    return Operand::invalid(pos);
                }
                let Some(v) = self.assign_op(o, t, "argument to panic") else {
                    return Operand::invalid(pos);
                };
                self.mk(
                    pos,
                    text,
                    T::INVALID,
                    OpKind::NoValue(tir::Expr {
                        ty: T::INVALID,
                        kind: tir::ExprKind::Panic(Box::new(v)),
                    }),
                )
            }
            "print" | "println" => {
                self.unsupported(pos, &format!("the builtin {b}"));
                Operand::invalid(pos)
            }
            _ => {
                self.err(pos, format!("{b} is not a function"));
                Operand::invalid(pos)
            }
        }
    }

    fn intrinsic<'e>(
        &mut self,
        i: Intrinsic,
        args: &'e [ast::Expr],
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        let uptr = T::UINTPTR;
        let (params, result): (Vec<TypeId>, Option<TypeId>) = match i {
            Intrinsic::Load8 => (vec![uptr], Some(T::UINT8)),
            Intrinsic::Store8 => (vec![uptr, T::UINT8], None),
            Intrinsic::Load64 => (vec![uptr], Some(T::INT)),
            Intrinsic::Store64 => (vec![uptr, T::INT], None),
            Intrinsic::Syscall6 => (vec![T::INT; 7], Some(T::INT)),
            Intrinsic::StrPtr => (vec![T::STRING], Some(uptr)),
            Intrinsic::MkStr => (vec![uptr, T::INT], Some(T::STRING)),
            Intrinsic::SlicePtr => (vec![self.types.slice(T::STRING)], Some(uptr)),
            Intrinsic::MkSlice => (vec![uptr, T::INT], Some(self.types.slice(T::STRING))),
            Intrinsic::CallMain => (vec![], None),
        };
        if args.len() != params.len() {
            self.err(pos, format!("wrong argument count for intrinsic {text}"));
            return Operand::invalid(pos);
        }
        let mut vals = Vec::new();
        for (a, t) in args.iter().zip(&params) {
            let o = self.expr(a);
            let Some(v) = self.assign_op(o, *t, "intrinsic argument") else {
                return Operand::invalid(pos);
            };
            vals.push(v);
        }
        match result {
            Some(t) => self.mk(
                pos,
                text,
                t,
                OpKind::Value(tir::Expr {
                    ty: t,
                    kind: tir::ExprKind::Intrinsic(i, vals),
                }),
            ),
            None => self.mk(
                pos,
                text,
                T::INVALID,
                OpKind::NoValue(tir::Expr {
                    ty: T::INVALID,
                    kind: tir::ExprKind::Intrinsic(i, vals),
                }),
            ),
        }
    }
}

enum Rhs {
    None,
    List(Vec<tir::Expr>),
    Tuple(tir::Expr),
    Error,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn call_name(e: &ast::Expr) -> String {
    match &e.kind {
        AK::Call(f, _, _) => expr_string(f),
        _ => expr_string(e),
    }
}

/// Gives an untyped non-constant integer expression (a shift of an untyped constant, possibly
/// inside arithmetic) the integer type `t` of its context, checking that its constants fit.
fn retype(e: &mut tir::Expr, t: TypeId, k: IntKind) -> Result<(), BigInt> {
    super::deep(|| retype_here(e, t, k))
}

fn retype_here(e: &mut tir::Expr, t: TypeId, k: IntKind) -> Result<(), BigInt> {
    e.ty = t;
    match &mut e.kind {
        tir::ExprKind::Const(Value::Int(v)) => {
            if !k.fits(v) {
                return Err(v.clone());
            }
            Ok(())
        }
        tir::ExprKind::Binary(BinOp::Shl | BinOp::Shr, l, _) => retype(l, t, k),
        tir::ExprKind::Binary(op, l, r)
            if !matches!(
                op,
                BinOp::Eq
                    | BinOp::Ne
                    | BinOp::Lt
                    | BinOp::Le
                    | BinOp::Gt
                    | BinOp::Ge
                    | BinOp::LogAnd
                    | BinOp::LogOr
            ) =>
        {
            retype(l, t, k)?;
            retype(r, t, k)
        }
        tir::ExprKind::Unary(_, x) => retype(x, t, k),
        _ => Ok(()),
    }
}

/// The zero value of a type as an expression.
pub fn zero_value(types: &T, ty: TypeId) -> tir::Expr {
    let v = match types.basic(ty) {
        Some(Basic::Bool) => Value::Bool(false),
        Some(Basic::String) => Value::Str(Vec::new()),
        _ => Value::Int(BigInt::zero()),
    };
    tir::Expr {
        ty,
        kind: tir::ExprKind::Const(v),
    }
}

fn parse_int(s: &str) -> BigInt {
    let (digits, radix) = if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (h, 16)
    } else if let Some(b) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (b, 2)
    } else if let Some(o) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (o, 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (&s[1..], 8)
    } else {
        (s, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
}

/// Folds a binary operation on constants of type `ty` (untyped or typed; typed integer results
/// are range-checked by the caller, so wrap-around never happens at compile time).
fn fold(op: BinOp, a: &Value, b: &Value, kind: Option<IntKind>) -> Option<Value> {
    Some(match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let int_div = |x: &BigInt, y: &BigInt| {
                // Go truncates toward zero.
                x / y
            };
            match op {
                BinOp::Add => Value::Int(x + y),
                BinOp::Sub => Value::Int(x - y),
                BinOp::Mul => Value::Int(x * y),
                BinOp::Div => Value::Int(int_div(x, y)),
                BinOp::Rem => Value::Int(x % y),
                BinOp::And => Value::Int(x & y),
                BinOp::Or => Value::Int(x | y),
                BinOp::Xor => Value::Int(match kind {
                    Some(k) if !k.signed() => k.wrap(&(x ^ y)),
                    _ => x ^ y,
                }),
                BinOp::AndNot => Value::Int(x & !y),
                BinOp::Eq => Value::Bool(x == y),
                BinOp::Ne => Value::Bool(x != y),
                BinOp::Lt => Value::Bool(x < y),
                BinOp::Le => Value::Bool(x <= y),
                BinOp::Gt => Value::Bool(x > y),
                BinOp::Ge => Value::Bool(x >= y),
                _ => return None,
            }
        }
        (Value::Bool(x), Value::Bool(y)) => match op {
            BinOp::LogAnd => Value::Bool(*x && *y),
            BinOp::LogOr => Value::Bool(*x || *y),
            BinOp::Eq => Value::Bool(x == y),
            BinOp::Ne => Value::Bool(x != y),
            _ => return None,
        },
        (Value::Str(x), Value::Str(y)) => match op {
            BinOp::Add => Value::Str([x.as_slice(), y.as_slice()].concat()),
            BinOp::Eq => Value::Bool(x == y),
            BinOp::Ne => Value::Bool(x != y),
            BinOp::Lt => Value::Bool(x < y),
            BinOp::Le => Value::Bool(x <= y),
            BinOp::Gt => Value::Bool(x > y),
            BinOp::Ge => Value::Bool(x >= y),
            _ => return None,
        },
        _ => return None,
    })
}

fn universe(name: &str, runtime: bool) -> Option<Entity> {
    match name {
        // The types memrun compiles so far; the others are reported where they are used.
        "int" | "int8" | "int16" | "int32" | "rune" | "int64" | "uint" | "uint8" | "byte"
        | "uint16" | "uint32" | "uint64" | "uintptr" | "bool" | "string" => {
            T::universe(name).map(Entity::TypeName)
        }
        "true" => Some(Entity::Const(T::UNTYPED_BOOL, Value::Bool(true))),
        "false" => Some(Entity::Const(T::UNTYPED_BOOL, Value::Bool(false))),
        "nil" => Some(Entity::Nil),
        "iota" => Some(Entity::Builtin("iota")),
        "len" => Some(Entity::Builtin("len")),
        "panic" => Some(Entity::Builtin("panic")),
        "print" => Some(Entity::Builtin("print")),
        "println" => Some(Entity::Builtin("println")),
        _ if runtime => match name {
            "load8" => Some(Entity::Intrinsic(Intrinsic::Load8)),
            "store8" => Some(Entity::Intrinsic(Intrinsic::Store8)),
            "load64" => Some(Entity::Intrinsic(Intrinsic::Load64)),
            "store64" => Some(Entity::Intrinsic(Intrinsic::Store64)),
            "syscall6" => Some(Entity::Intrinsic(Intrinsic::Syscall6)),
            "strptr" => Some(Entity::Intrinsic(Intrinsic::StrPtr)),
            "mkstr" => Some(Entity::Intrinsic(Intrinsic::MkStr)),
            "sliceptr" => Some(Entity::Intrinsic(Intrinsic::SlicePtr)),
            "mkslice" => Some(Entity::Intrinsic(Intrinsic::MkSlice)),
            "callmain" => Some(Entity::Intrinsic(Intrinsic::CallMain)),
            _ => None,
        },
        _ => None,
    }
}

/// Go's terminating-statement rule (spec: "Terminating statements"), for "missing return".
fn is_terminating_list(stmts: &[ast::Stmt]) -> bool {
    stmts
        .iter()
        .rev()
        .find(|s| !matches!(s, ast::Stmt::Empty))
        .is_some_and(is_terminating)
}

fn is_terminating(s: &ast::Stmt) -> bool {
    super::deep(|| is_terminating_here(s))
}

fn is_terminating_here(s: &ast::Stmt) -> bool {
    match s {
        ast::Stmt::Return(..) => true,
        ast::Stmt::Expr(e) => {
            matches!(&e.kind, AK::Call(f, _, _) if matches!(&f.kind, AK::Ident(n) if n == "panic"))
        }
        ast::Stmt::Block(b) => is_terminating_list(b),
        ast::Stmt::If { then, els, .. } => {
            is_terminating_list(then) && els.as_ref().is_some_and(|e| is_terminating(e))
        }
        ast::Stmt::For {
            cond, body, label, ..
        } => cond.is_none() && !has_break(body, label.as_deref(), true),
        ast::Stmt::Switch { clauses, label, .. } => {
            clauses.iter().any(|c| c.exprs.is_none())
                && clauses.iter().all(|c| {
                    !has_break(&c.body, label.as_deref(), true)
                        && (is_terminating_list(&c.body)
                            || matches!(c.body.last(), Some(ast::Stmt::Fallthrough(_))))
                })
        }
        ast::Stmt::Labeled((l, _), s) => match &**s {
            ast::Stmt::For { cond, body, .. } => cond.is_none() && !has_break(body, Some(l), true),
            ast::Stmt::Switch { clauses, .. } => {
                clauses.iter().any(|c| c.exprs.is_none())
                    && clauses.iter().all(|c| {
                        !has_break(&c.body, Some(l), true)
                            && (is_terminating_list(&c.body)
                                || matches!(c.body.last(), Some(ast::Stmt::Fallthrough(_))))
                    })
            }
            other => is_terminating(other),
        },
        _ => false,
    }
}

/// Does `stmts` contain a break that targets the enclosing statement?
fn has_break(stmts: &[ast::Stmt], label: Option<&str>, top: bool) -> bool {
    super::deep(|| has_break_here(stmts, label, top))
}

fn has_break_here(stmts: &[ast::Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| match s {
        ast::Stmt::Break(None, _) => top,
        ast::Stmt::Break(Some((l, _)), _) => Some(l.as_str()) == label,
        ast::Stmt::Block(b) => has_break(b, label, top),
        ast::Stmt::If { then, els, .. } => {
            has_break(then, label, top)
                || els
                    .as_ref()
                    .is_some_and(|e| has_break(std::slice::from_ref(&**e), label, top))
        }
        ast::Stmt::Labeled(_, s) => has_break(std::slice::from_ref(&**s), label, top),
        ast::Stmt::For { body, .. } | ast::Stmt::Range { body, .. } => {
            has_break(body, label, false)
        }
        ast::Stmt::Switch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        _ => false,
    })
}

/// What a construct that memrun parses but does not compile yet is called in its "memrun: …
/// is not supported yet" diagnostic; None for the forms the checker handles itself.
fn unsupported_form(e: &ast::Expr) -> Option<&'static str> {
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
