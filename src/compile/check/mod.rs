//! The type checker: resolves names through Go's scopes, types every expression, folds constants
//! with arbitrary precision, and reports errors in gc's wording. Produces the [`tir`] program.

mod assign;
mod call;
mod constant;
mod expr;
mod func;
mod library;
mod operand;
mod package;
mod scope;
mod stmt;
mod typexpr;
mod universe;

use cranelift_entity::{EntityRef, PrimaryMap};
use std::collections::HashMap;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::syntax::ast::{self, ExprKind as AK};
use super::syntax::token::Op;
use super::syntax::Pos;
use super::tir::{self, BinOp, FmtFn, FuncId, GlobalId, Intrinsic, LocalId, Place, TargetId, UnOp};
use super::types::{Basic, IntKind, PkgId, TypeId, TypeKind, TypeTable as T, Value};

use constant::*;
use operand::*;
use package::*;
use scope::*;
use typexpr::*;
use universe::*;

/// A checked file's identity for error positions.
pub struct FileRef<'a> {
    /// Index into the diagnostics file table.
    pub index: usize,
    /// Parsed file.
    pub ast: &'a ast::File,
    /// True for a file of memrun's runtime library (its package from its package clause;
    /// intrinsics allowed).
    pub library: bool,
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

pub use super::syntax::print::expr_string;

/// The checker's state.
pub struct Checker<'a> {
    files: &'a [FileRef<'a>],
    /// Errors collected.
    pub errors: Vec<CheckError>,
    /// The program being built.
    pub prog: tir::Program,
    pkg_scopes: HashMap<PkgId, Scope>,
    /// Each file's package.
    file_pkgs: Vec<PkgId>,
    /// Functions of library packages a program calls, by qualified name (`os.Exit`).
    library_funcs: HashMap<String, FuncId>,
    file_scopes: Vec<Scope>,
    import_used: Vec<Vec<(String, Pos, bool)>>,
    consts: Vec<PendingConst<'a>>,
    globals: Vec<PendingGlobal<'a>>,
    func_decls: Vec<(usize, FuncId, &'a ast::FuncDecl)>,
    // Per-function state.
    file: usize,
    pkg: PkgId,
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
    /// Package runtime, whose names every library file sees.
    runtime_pkg: PkgId,
    /// Set while a library package's declaration is resolved for a program (names then mean
    /// the universe's).
    library_decl: bool,
    /// The first expression statement that checked to nothing: fine when an error explains
    /// it, a checker bug (a statement silently dropped from the program) when none does.
    dropped: Option<Pos>,
}

impl<'a> Checker<'a> {
    /// A checker over the user's files and the runtime file.
    pub fn new(files: &'a [FileRef<'a>]) -> Checker<'a> {
        let mut types = T::new();
        let main_pkg = types.package("main", "main");
        let runtime_pkg = types.package("runtime", "runtime");
        Checker {
            files,
            errors: Vec::new(),
            prog: tir::Program::default(),
            pkg_scopes: HashMap::new(),
            file_pkgs: Vec::new(),
            library_funcs: HashMap::new(),
            file_scopes: Vec::new(),
            import_used: Vec::new(),
            consts: Vec::new(),
            globals: Vec::new(),
            func_decls: Vec::new(),
            file: 0,
            pkg: main_pkg,
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
            runtime_pkg,
            library_decl: false,
            dropped: None,
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
        let user = self.files.iter().any(|f| !f.library);
        match self.prog.main {
            None if user => {
                let f = self.files.iter().position(|f| !f.library).unwrap_or(0);
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
        if let (true, Some(pos)) = (self.errors.is_empty(), self.dropped) {
            // Never compile a program with a statement missing: report memrun's bug instead.
            panic!("the statement at offset {pos} checked to nothing without a diagnostic");
        }
        self.prog.types = std::mem::take(&mut self.types);
        (self.prog, self.errors)
    }

    fn with_pkg_context<T>(
        &mut self,
        file: usize,
        pkg: PkgId,
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
}
