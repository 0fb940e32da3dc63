//! The type checker: resolves names through Go's scopes, types every expression, folds constants
//! with arbitrary precision, and reports errors in gc's wording. Produces the [`tir`] program.

mod argappends;
mod assign;
mod builtins;
mod call;
mod chan;
mod closure;
mod composite;
mod constant;
mod errors;
mod expr;
mod func;
mod generic;
mod goto;
mod iface;
mod initorder;
mod library;
mod operand;
mod package;
mod range;
mod scope;
mod stackslices;
mod stmt;
mod typeset;
mod typexpr;
mod universe;

use cranelift_entity::{EntityRef, PrimaryMap};
use std::collections::{HashMap, HashSet};

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::source::FileId;
use super::syntax::ast::{self, ExprKind as AK};
use super::syntax::token::Op;
use super::syntax::Pos;
use super::tir::{self, BinOp, FmtFn, FuncId, GlobalId, Intrinsic, LocalId, Place, TargetId, UnOp};
use super::types::constant::{float_value, round_float, FloatFormat};
use super::types::{Basic, IntKind, PkgId, TypeId, TypeKind, TypeTable as T, Value};

use constant::*;
/// A call showing a `bytes.Buffer`'s capacity: file, position, and the declared function's
/// local its receiver is (if it is one).
type BufferCapacityCall = (usize, Pos, Option<(FuncId, tir::LocalId)>);

pub use errors::{expand_related, TypeError};
use errors::{ordinal, related};
#[cfg(test)]
pub(crate) use iface::RUNTIME_METHODS;
use operand::*;
use package::*;
use scope::*;
pub(crate) use stackslices::exact_appender;
use typeset::SetOp;
use typexpr::*;
use universe::*;

/// A checked file's identity for error positions.
pub struct FileRef<'a> {
    /// Which of the compilation's source files.
    pub index: FileId,
    /// Parsed file.
    pub ast: &'a ast::File,
    /// True for a file of memrun's runtime library (its package from its package clause;
    /// intrinsics allowed).
    pub library: bool,
}

/// An error the checker found: where, and what (as data; see [`TypeError`]).
#[derive(Debug, Clone)]
pub struct CheckError {
    /// The source file.
    pub file: FileId,
    /// Byte offset in that file.
    pub pos: Pos,
    /// What is wrong.
    pub error: TypeError,
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
    /// Calls of `bytes.NewBufferString` (whether any) and of the `bytes.Buffer` methods that
    /// show its capacity (file, position, the declared function's local the receiver is):
    /// see [`Checker::buffer_capacity_calls`].
    buffer_from_string: bool,
    buffer_capacity_calls: Vec<BufferCapacityCall>,
    /// Library packages' defined types used by the program, by qualified name.
    library_types: HashMap<String, TypeId>,
    /// Library packages' constants, by qualified name (None: not evaluable).
    library_consts: HashMap<String, Option<(TypeId, Value)>>,
    /// Library functions with a final `...T` parameter.
    library_variadic: HashSet<FuncId>,
    /// Library methods without a body (Go's API memrun does not compile yet).
    library_bodyless: HashSet<FuncId>,
    /// Library methods whose signatures memrun cannot declare, by type and name.
    library_unsupported_methods: HashSet<(TypeId, String)>,
    /// Variables of library packages a program uses, by qualified name (`os.Args`).
    library_globals: HashMap<String, GlobalId>,
    file_scopes: Vec<Scope>,
    import_used: Vec<Vec<(String, Pos, bool)>>,
    consts: Vec<PendingConst<'a>>,
    /// Package-level type aliases, and those being resolved (for cycles).
    aliases: Vec<PendingAlias<'a>>,
    /// Methods of generic types' instances (gc does not count references to them as
    /// initialisation dependencies).
    generic_methods: HashSet<FuncId>,
    /// Generic aliases being instantiated (for cycles).
    generic_alias_stack: Vec<usize>,
    cyclic_aliases: HashSet<usize>,
    /// Declared types found to contain themselves (reported).
    cyclic_types: HashSet<TypeId>,
    /// Nesting of type unification (bounded: recursive types unfold without end).
    unify_depth: usize,
    /// Stand-ins whose constraints' methods are being given them.
    standins_in_setup: HashSet<TypeId>,
    /// Stand-ins for terms written without `~`: each is exactly its term's type.
    standins_exact: HashSet<TypeId>,
    /// Package variables being resolved (for initialization cycles).
    global_stack: Vec<usize>,
    alias_stack: Vec<usize>,
    globals: Vec<PendingGlobal<'a>>,
    func_decls: Vec<(usize, FuncId, &'a ast::FuncDecl)>,
    /// Method declarations: file, package, function, declaration.
    method_decls: Vec<(usize, PkgId, FuncId, &'a ast::FuncDecl)>,
    /// Function-literal nesting: enclosing functions and captures.
    nesting: closure::Nesting,
    /// The thunk making each declared function a function value.
    thunks: HashMap<FuncId, FuncId>,
    /// The range-over-function bodies the check is inside, innermost last (empty in a
    /// function literal's own body).
    yields: Vec<range::YieldCtx>,
    /// The `cap` calls of the function being checked, for `stackslices`.
    cap_sites: Vec<(Pos, tir::Expr, Option<tir::CapGuard>)>,
    /// Appends of the function being checked, for `stackslices`: position, base, and whether
    /// the result goes back to the base (`s = append(s, x)`).
    append_sites: Vec<(Pos, tir::Expr, bool)>,
    /// `s = f(s[:k], …)`: where that call is, which may append to the variable the
    /// statement assigns its result back to (`append`, a library appender).
    call_to_itself: Option<Pos>,
    /// Library appenders taken as function values (file, position, what), refused at the
    /// end of a check that found no error: gc resolves what a function variable holds and
    /// judges its calls as direct ones, which memrun does not follow.
    appender_values: Vec<(usize, Pos, String)>,
    /// The declared function being checked.
    func_id: Option<FuncId>,
    /// Each checked function's slice facts, resolved at the end (`stackslices`).
    slice_summaries: Vec<stackslices::Summary>,
    /// Declared functions also called through a thunk (a function value, a deferred call).
    thunked: HashSet<FuncId>,
    /// Of those, the ones taken otherwise than as a plain function value (`g := f`): bound
    /// as method values or method expressions, deferred or started.
    other_thunked: HashSet<FuncId>,
    /// The program's own functions checked so far, for the escape analysis.
    escape_funcs: Vec<crate::compile::escape::UserFunc>,
    /// Generic functions, and the instances whose bodies wait to be checked.
    generics: Vec<generic::GenericFunc<'a>>,
    pending_instances: Vec<generic::PendingInstance<'a>>,
    /// Generic types, with their instances.
    generic_types: Vec<generic::GenericType<'a>>,
    /// Library generics registered by qualified name.
    library_generics: HashMap<String, usize>,
    library_generic_types: HashMap<String, usize>,
    /// Set while a library generic's signature or body is checked: its locals and type
    /// parameters are in scope beside its package's names.
    library_body: bool,
    /// The library package of the instance about to be checked, and its package id.
    instance_library: Option<&'static str>,
    instance_pkg: Option<PkgId>,
    /// The selectors (file, offset) of methods of type parameters' values, seen while generic
    /// bodies are checked with stand-ins: gc calls those through its dictionary.
    dictionary_selectors: HashSet<(usize, u32)>,
    /// Instances of generic types whose underlying types are being resolved.
    instances_in_progress: HashMap<TypeId, u32>,
    /// Indirections (pointer, slice, map, channel, function) on the way to the instance being
    /// resolved, from the outer instances' types.
    indirect_base: u32,
    /// Generic type instantiations in progress, and function instances made.
    instantiating: usize,
    instance_count: usize,
    /// The stand-ins for type parameters of generic bodies being checked, with their
    /// constraints (`T constrained by any` in messages).
    checking_standins: HashMap<TypeId, TypeId>,
    /// Where a generic body takes `len`/`cap` of a type parameter's array, or converts
    /// between type parameters by their terms (file, position): not constant, and valid, in
    /// every instance as in the generic body.
    generic_lens: HashSet<(usize, Pos)>,
    generic_conversions: HashSet<(usize, Pos)>,
    /// Each instance of a generic type: which, and its type arguments.
    instance_origin: HashMap<TypeId, (usize, Vec<TypeId>)>,
    /// Instances' signatures (their declarations are their generic function's).
    instance_sigs: HashMap<FuncId, (Vec<TypeId>, Vec<TypeId>)>,
    /// The type arguments of the instance about to be checked, by type parameter name.
    type_bindings: Vec<(String, TypeId)>,
    /// The type arguments of the instance being checked (empty outside instances), and its
    /// type parameters' names.
    instance_targs: Vec<TypeId>,
    /// While an instance method's receiver type is resolved: the instance's type arguments,
    /// which its blank type parameters (`Pair[_, V]`) stand for.
    receiver_targs: Vec<TypeId>,
    /// Generic type instances whose type arguments' constraints are being checked.
    satisfying: Vec<(usize, Vec<TypeId>)>,
    /// The `(` of the call whose arguments are being checked.
    call_lparen: Option<Pos>,
    instance_params: Vec<String>,
    /// Above 0 while a constraint (or an interface it embeds) is resolved.
    constraint_depth: usize,
    /// Set for the type of a type declaration, which may be a constraint interface.
    constraint_decl: bool,
    /// Goto labels of the function being checked.
    label_ids: HashMap<String, tir::LabelId>,
    /// Labels the function's gotos use.
    goto_names: Vec<String>,
    /// The signature type of each declared function, once resolved.
    sig_types: HashMap<FuncId, TypeId>,
    /// The thunk of each method's method values.
    bound_thunks: HashMap<FuncId, FuncId>,
    /// The function of each method, by receiver base type and name.
    method_funcs: HashMap<(TypeId, String), FuncId>,
    /// Types whose method tables are made (canonical ids).
    methods_done: HashSet<TypeId>,
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
    /// While a select's receive case binds its value: the receive expression, the locals
    /// holding the value and whether one came, and the element type.
    select_recv: Option<(*const ast::Expr, LocalId, LocalId, TypeId)>,
    /// Every type of the program (moved into the program when checking ends).
    types: T,
    /// Package main, whose defined types gc names unqualified in messages.
    main_pkg: PkgId,
    /// Package runtime, whose names every library file sees.
    runtime_pkg: PkgId,
    /// Set while a library package's declaration is resolved for a program (names then mean
    /// the universe's).
    /// Resolving a declaration of this library package: its names, the universe's and the
    /// library's packages are in scope, not the program's.
    library_decl: Option<&'static str>,
    /// Declared types whose underlying type is resolved on demand (declaration order does
    /// not matter), with the state of each: 0 new, 1 in progress, 2 done.
    type_decls: Vec<TypeDecl<'a>>,
    /// Index into `type_decls` of each declared type.
    type_index: HashMap<TypeId, usize>,
    /// The declared types being resolved, innermost last (for "invalid recursive type").
    type_stack: Vec<TypeId>,
    /// Local types being resolved: id, name, position.
    local_types: Vec<(TypeId, String, Pos)>,
    /// How many indirections (pointer, slice, …) deep type resolution is: a named type there
    /// is completed later, from `pending_types`, so that `type T struct{ next *T }` is fine.
    indirect: u32,
    /// Declared types named behind an indirection, to complete after the outermost type.
    pending_types: Vec<TypeId>,
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
            prog: tir::Program {
                iface_method_names: iface::RUNTIME_METHODS
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
                ..Default::default()
            },
            pkg_scopes: HashMap::new(),
            file_pkgs: Vec::new(),
            library_funcs: HashMap::new(),
            buffer_from_string: false,
            buffer_capacity_calls: Vec::new(),
            library_types: HashMap::new(),
            library_variadic: HashSet::new(),
            library_consts: HashMap::new(),
            library_bodyless: HashSet::new(),
            library_unsupported_methods: HashSet::new(),
            library_globals: HashMap::new(),
            file_scopes: Vec::new(),
            import_used: Vec::new(),
            consts: Vec::new(),
            aliases: Vec::new(),
            global_stack: Vec::new(),
            generic_alias_stack: Vec::new(),
            cyclic_aliases: HashSet::new(),
            cyclic_types: HashSet::new(),
            unify_depth: 0,
            standins_in_setup: HashSet::new(),
            standins_exact: HashSet::new(),
            generic_methods: HashSet::new(),
            alias_stack: Vec::new(),
            globals: Vec::new(),
            func_decls: Vec::new(),
            method_decls: Vec::new(),
            method_funcs: HashMap::new(),
            methods_done: HashSet::new(),
            nesting: closure::Nesting::default(),
            thunks: HashMap::new(),
            bound_thunks: HashMap::new(),
            sig_types: HashMap::new(),
            label_ids: HashMap::new(),
            yields: Vec::new(),
            cap_sites: Vec::new(),
            append_sites: Vec::new(),
            call_to_itself: None,
            appender_values: Vec::new(),
            func_id: None,
            slice_summaries: Vec::new(),
            thunked: HashSet::new(),
            other_thunked: HashSet::new(),
            escape_funcs: Vec::new(),
            generics: Vec::new(),
            pending_instances: Vec::new(),
            generic_types: Vec::new(),
            instance_origin: HashMap::new(),
            checking_standins: HashMap::new(),
            generic_lens: HashSet::new(),
            generic_conversions: HashSet::new(),
            library_generics: HashMap::new(),
            library_generic_types: HashMap::new(),
            library_body: false,
            instance_library: None,
            dictionary_selectors: HashSet::new(),
            instance_pkg: None,
            instantiating: 0,
            instances_in_progress: HashMap::new(),
            indirect_base: 0,
            instance_count: 0,
            instance_sigs: HashMap::new(),
            type_bindings: Vec::new(),
            instance_targs: Vec::new(),
            receiver_targs: Vec::new(),
            call_lparen: None,
            satisfying: Vec::new(),
            instance_params: Vec::new(),
            constraint_depth: 0,
            constraint_decl: false,
            goto_names: Vec::new(),
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
            select_recv: None,
            types,
            main_pkg,
            runtime_pkg,
            library_decl: None,
            dropped: None,
            type_decls: Vec::new(),
            type_index: HashMap::new(),
            type_stack: Vec::new(),
            local_types: Vec::new(),
            indirect: 0,
            pending_types: Vec::new(),
        }
    }

    /// `t` spelt as gc spells it in this program's messages.
    fn tn(&self, t: TypeId) -> String {
        self.types.name_in(t, Some(self.main_pkg))
    }

    /// Whether `t` is a declared type (or a pointer to one) whose underlying type memrun
    /// could not build — an unsupported construct, already reported: errors about its
    /// values would be follow-ons, not gc's.
    fn broken(&self, t: TypeId) -> bool {
        let t = match self.types.kind(t) {
            TypeKind::Pointer(e) => *e,
            _ => t,
        };
        t != T::INVALID && self.types.underlying(t) == T::INVALID
    }

    /// Reports `error` at `pos` in the file being checked.
    fn report(&mut self, pos: Pos, error: TypeError) {
        self.report_in(self.file, pos, error);
    }

    /// Reports `error` at `pos` in file `file`.
    fn report_in(&mut self, file: usize, pos: Pos, error: TypeError) {
        let file = self.files[file].index;
        // A generic body is checked once per term of its constraints: gc reports what the
        // first term that fails says, once.
        if self.in_checking_instance() && self.errors.iter().any(|e| e.file == file && e.pos == pos)
        {
            return;
        }
        self.errors.push(CheckError { file, pos, error });
    }

    /// Reports a construct memrun does not compile yet.
    fn unsupported(&mut self, pos: Pos, what: &str) {
        self.report(
            pos,
            TypeError::Unsupported {
                what: what.to_owned(),
            },
        );
    }

    /// Runs the whole check.
    pub fn check(mut self) -> (tir::Program, Vec<CheckError>) {
        self.collect();
        // Resolve every declared type, then all package-level constants and variables (errors
        // are reported even for unused ones).
        for i in 0..self.aliases.len() {
            self.resolve_alias(i);
        }
        for i in 0..self.type_decls.len() {
            let t = self.type_decls[i].id;
            self.complete_type(t);
        }
        self.attach_methods();
        for i in 0..self.consts.len() {
            self.resolve_const(i);
        }
        for i in 0..self.globals.len() {
            self.resolve_global(i);
        }
        for g in 0..self.generics.len() {
            self.validate_generic(g);
        }
        for g in 0..self.generic_types.len() {
            // Local generic types (met while checking generic bodies) are checked where they
            // are declared, in their function's scope.
            if self.generic_types[g].local.is_none() {
                self.validate_generic_type(g);
            }
        }
        for i in 0..self.func_decls.len() {
            let (file, id, decl) = self.func_decls[i];
            self.func_id = Some(id);
            self.check_func(file, id, decl);
            self.func_id = None;
        }
        self.check_instances();
        self.resolve_dictionary_calls();
        let user = self.files.iter().any(|f| !f.library);
        // Initialisation order follows the references of the bodies as written, before the
        // escape analysis prunes and inlines them.
        if user && self.prog.main.is_some() {
            self.order_initialisation();
        }
        let funcs = std::mem::take(&mut self.escape_funcs);
        // The analysis reads the program with its types.
        self.prog.types = std::mem::take(&mut self.types);
        let escape = crate::compile::escape::analyze(&mut self.prog, &funcs);
        self.types = std::mem::take(&mut self.prog.types);
        self.prog.escape_notes = escape
            .notes
            .iter()
            .map(|&(f, pos, msg)| (self.files[f].index, pos, msg))
            .collect();
        self.resolve_caps(&escape);
        self.buffer_capacity_calls();
        if self.errors.iter().all(|e| e.error.is_unsupported()) {
            for (file, pos, what) in std::mem::take(&mut self.appender_values) {
                self.report_in(file, pos, TypeError::Unsupported { what });
            }
        }
        // Unused imports.
        for (f, imports) in std::mem::take(&mut self.import_used)
            .into_iter()
            .enumerate()
        {
            // A construct memrun rejected may be what used the import: no follow-on errors.
            let rejected = self
                .errors
                .iter()
                .any(|e| e.file == self.files[f].index && e.error.is_unsupported());
            for (path, pos, used) in imports {
                if !used && !rejected {
                    self.report_in(f, pos, TypeError::ImportedAndNotUsed { path });
                }
            }
        }
        match self.prog.main {
            None if user => {
                let f = self.files.iter().position(|f| !f.library).unwrap_or(0);
                self.report_in(f, 0, TypeError::MainUndeclared);
            }
            Some(main) if user => {
                // The entry the runtime calls: the imported library packages' variables, the
                // program's, init functions, main.main.
                let mut body = self.library_inits();
                body.append(&mut std::mem::take(&mut self.prog.init));
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
            _ if !user => {
                // Package runtime's variables are initialised by runtime.libinit, which rt0
                // calls first; every other package's by its own `PATH..init`, which a
                // program's entry calls when it imports the package (directly or not).
                let init = std::mem::take(&mut self.prog.init);
                let pkgs = std::mem::take(&mut self.prog.init_pkgs);
                let mut by_pkg: Vec<(String, Vec<tir::Stmt>)> = crate::compile::RUNTIME_LIBRARY
                    .iter()
                    .filter(|s| s.package != "runtime")
                    .map(|s| (s.package.to_string(), Vec::new()))
                    .collect();
                by_pkg.dedup_by(|a, b| a.0 == b.0);
                let mut runtime = Vec::new();
                for (s, p) in init.into_iter().zip(pkgs) {
                    match by_pkg.iter_mut().find(|(q, _)| *q == p) {
                        Some((_, body)) => body.push(s),
                        None => runtime.push(s),
                    }
                }
                if let Some(f) = self
                    .prog
                    .funcs
                    .values_mut()
                    .find(|f| f.name == "runtime.libinit")
                {
                    runtime.append(&mut f.body);
                    f.body = runtime;
                }
                for (p, body) in by_pkg {
                    self.prog.funcs.push(tir::Func {
                        name: library::init_func_name(&p),
                        body,
                        ..Default::default()
                    });
                }
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
            std::mem::take(&mut self.nesting),
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
        self.nesting = saved.9;
        r
    }
}
