//! Appends passed straight to a call whose sharing of storage cannot show: the accumulator of
//! a depth-first walk, `walk(child, append(path, x))`.
//!
//! Whether `append(p, x)` writes into `p`'s storage or into new storage depends on `p`'s
//! capacity, which gc may choose differently from memrun (a stack store, a conversion's
//! buffer: see `stackslices`). Here the difference cannot show, since the storage is only
//! ever held by *inert* parameters of the calls active on one goroutine, and by the
//! temporaries passed between them:
//! - an inert parameter is never assigned, written, resliced, captured, stored, returned,
//!   given to `cap`, to a library function or to a `go` or `defer` statement. It is only read
//!   within its length (indexed, ranged, measured, compared with nil, converted to a string,
//!   printed by fmt, copied or appended from) and passed, itself or appended with one
//!   element, to an inert parameter of a function of the program, in one argument of the
//!   call;
//! - a *clean* inert parameter belongs to a function called only directly (a declared one
//!   never taken as a value, or a literal held by a variable that is only ever called), and
//!   every call passes it fresh storage (a literal, `make`, nil, a conversion, an append to
//!   such) or a clean parameter of the caller, itself or appended with one element.
//!
//! Along a chain of such calls each frame's slice is its caller's with at most one element
//! more. A frame writes storage only by appending one element at its own slice's length:
//! past the length of every slice of an active frame but the ones it passes on. So every
//! frame reads the same elements whether its caller's append shared the storage or not.

use crate::compile::tir::{self, BinOp, ExprKind as K, FuncId, LocalId, Place, Stmt};
use std::collections::{HashMap, HashSet};

/// The function a call calls, as far as this analysis tells.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(super) enum Callee {
    /// A function (of the program, or the library's: never followed).
    Func(FuncId),
    /// A local variable of function type (the literal it holds, if it holds only one).
    Var(LocalId),
}

/// What a call passes in one argument.
#[derive(Clone, Copy, Debug)]
enum Passed {
    /// Storage nothing else holds: a literal, `make`, nil, a conversion, an append to one.
    Fresh,
    /// A slice parameter of the caller, itself or appended with one element.
    Param(LocalId),
    /// Anything else.
    Other,
}

/// How a variable of function type is used.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum VarUse {
    /// Assigned a function literal.
    Literal(FuncId),
    /// Assigned nil (declared without a value).
    Nil,
    /// Called (not by `go` or `defer`).
    Called,
    /// Anything else: assigned something else, read as a value, its address taken.
    Other,
}

/// One function's facts, resolved with every other's by [`quiet_appends`].
#[derive(Default)]
pub(super) struct ArgFacts {
    /// Its slice parameters (by index among its parameters).
    params: Vec<(usize, LocalId)>,
    /// Those used other than as an inert parameter is.
    not_inert: HashSet<LocalId>,
    /// Where its slice parameters go: parameter, callee, argument index.
    flows: Vec<(LocalId, Callee, usize)>,
    /// The arguments of its calls: callee, argument index, what it passes.
    passed: Vec<(Callee, usize, Passed)>,
    /// Appends of one element to a parameter passed as an argument: site offset, callee,
    /// argument index, the parameter.
    appends: Vec<(u32, Callee, usize, LocalId)>,
    /// Appends of one element to a parameter only read (converted, printed, copied or
    /// appended from, measured, indexed): site offset, the parameter.
    read_appends: Vec<(u32, LocalId)>,
    /// Uses of its variables of function type.
    vars: Vec<(LocalId, VarUse)>,
    /// The literals it makes, with its variables each captures.
    literals: Vec<(FuncId, Vec<LocalId>)>,
    /// Its captured variables (a literal's), in order.
    captures: Vec<LocalId>,
}

/// What [`scan`] needs to know of a function's locals and callees.
pub(super) struct Locals<'a> {
    /// Its slice parameters memrun follows (by index among its parameters).
    pub slice_params: &'a [(usize, LocalId)],
    /// The slice locals memrun follows (never captured, never in a heap cell).
    pub followed: &'a HashSet<LocalId>,
    /// The checker's hidden slice copies (a range loop's).
    pub hidden: &'a HashSet<LocalId>,
    /// Whether a local is of function type.
    pub is_func: &'a dyn Fn(LocalId) -> bool,
    /// Whether a library function only reads its slice arguments, keeping nothing of them.
    pub reads_only: &'a dyn Fn(FuncId) -> bool,
}

/// Library functions (without type arguments) that only read their slice arguments.
pub(super) const READ_ONLY_LIBRARY: &[&str] = &[
    "strings.Join",
    "slices.Contains",
    "slices.Index",
    "slices.Equal",
    "slices.Max",
    "slices.Min",
    "bytes.Equal",
];

/// Gathers the facts of `func` (its body as written).
pub(super) fn scan(func: &tir::Func, locals: &Locals) -> ArgFacts {
    let slice_params = locals.slice_params;
    let mut s = Scan {
        params: slice_params.iter().map(|&(_, l)| l).collect(),
        alias: HashMap::new(),
        derived: HashMap::new(),
        followed: locals.followed,
        reads_only: locals.reads_only,
        hidden: locals.hidden,
        is_func: locals.is_func,
        thunk: false,
        out: ArgFacts {
            params: slice_params.to_vec(),
            captures: func.captures.clone(),
            ..ArgFacts::default()
        },
    };
    // A parameter's first value is its caller's; a named result is assigned by `return`.
    let is_func = locals.is_func;
    for &l in func.params.iter().chain(&func.named_results) {
        if is_func(l) {
            s.out.vars.push((l, VarUse::Other));
        }
    }
    crate::compile::escape::walk_stmts(&func.body, &mut |st| s.stmt(st));
    // A local assigned an append to a parameter stands for the parameter, one element
    // longer, only where it is assigned once and the parameter is named nowhere else.
    let mut assigned: HashMap<LocalId, u32> = HashMap::new();
    let mut named: HashMap<LocalId, u32> = HashMap::new();
    crate::compile::escape::walk_stmts(&func.body, &mut |st| {
        if let Stmt::Assign(ps, _) | Stmt::AssignTuple(ps, _) = st {
            for p in ps {
                if let Place::Local(l) = p {
                    *assigned.entry(*l).or_default() += 1;
                }
            }
        }
    });
    crate::compile::escape::walk_body(&func.body, &mut |e| {
        if let K::Local(l) = e.kind {
            *named.entry(l).or_default() += 1;
        }
    });
    for (l, p) in s.derived.clone() {
        if assigned.get(&l) != Some(&1) || named.get(&p) != Some(&1) {
            s.spoil(p);
        }
    }
    s.out
}

struct Scan<'a> {
    params: HashSet<LocalId>,
    /// Hidden copies of a parameter (a range loop's), with the parameter.
    alias: HashMap<LocalId, LocalId>,
    /// Locals assigned an append of one element to a parameter, with the parameter.
    derived: HashMap<LocalId, LocalId>,
    followed: &'a HashSet<LocalId>,
    reads_only: &'a dyn Fn(FuncId) -> bool,
    hidden: &'a HashSet<LocalId>,
    is_func: &'a dyn Fn(LocalId) -> bool,
    /// In a `go` or `defer` statement: its call is not one this analysis follows.
    thunk: bool,
    out: ArgFacts,
}

impl Scan<'_> {
    /// The parameter whose storage `e` is (itself or a hidden copy of it).
    fn held(&self, e: &tir::Expr) -> Option<LocalId> {
        match e.unconverted().kind {
            K::Local(l) => self.held_by(l),
            _ => None,
        }
    }

    /// The parameter whose storage local `l` is (itself or a hidden copy of it).
    fn held_by(&self, l: LocalId) -> Option<LocalId> {
        if self.params.contains(&l) {
            Some(l)
        } else {
            self.alias.get(&l).or(self.derived.get(&l)).copied()
        }
    }

    fn spoil(&mut self, p: LocalId) {
        self.out.not_inert.insert(p);
    }

    fn stmt(&mut self, st: &Stmt) {
        let mark = self.out.read_appends.len();
        self.stmt_here(st);
        // gc evaluates a statement's appends into temporaries first: an append read in it
        // must be the statement's only mention of its storage (another append's result
        // would share it).
        let read: Vec<LocalId> = self.out.read_appends[mark..]
            .iter()
            .map(|&(_, p)| p)
            .collect();
        for p in read {
            let mut named = 0;
            st.for_each_expr(&mut |e| {
                crate::compile::escape::walk_expr(e, &mut |x| {
                    named += usize::from(self.held(x) == Some(p));
                })
            });
            if named > 1 {
                self.spoil(p);
            }
        }
    }

    fn stmt_here(&mut self, st: &Stmt) {
        match st {
            Stmt::Assign(ps, vs) => {
                for (p, v) in ps.iter().zip(vs) {
                    match p {
                        Place::Local(l) => {
                            if let Some(q) = self.held_by(*l) {
                                self.spoil(q);
                            }
                            // A hidden copy of a parameter (a range loop's) is the parameter.
                            if self.hidden.contains(l) && ps.len() == 1 {
                                if let Some(q) = self.held(v) {
                                    self.alias.insert(*l, q);
                                    continue;
                                }
                            }
                            // `full := append(p, x)`: the parameter, one element longer (see
                            // the end of [`scan`]).
                            if let K::Append(b, xs, site) = &v.unconverted().kind {
                                let own = !self.hidden.contains(l) && self.followed.contains(l);
                                // (Of the parameter itself, not of a copy or another such
                                // local: two locals one element longer would share.)
                                let param = match b.unconverted().kind {
                                    K::Local(q) if self.params.contains(&q) => Some(q),
                                    _ => None,
                                };
                                if let (Some(q), [x], true, 1) =
                                    (param, xs.as_slice(), own, ps.len())
                                {
                                    if self.held_by(*l).is_none() {
                                        self.derived.insert(*l, q);
                                        self.out.read_appends.push((site.data().pos, q));
                                        self.expr(x);
                                        continue;
                                    }
                                }
                            }
                            if (self.is_func)(*l) {
                                let u = match v.unconverted().kind {
                                    K::Closure(c, _) => VarUse::Literal(c),
                                    K::Zero => VarUse::Nil,
                                    _ => VarUse::Other,
                                };
                                self.out.vars.push((*l, u));
                            }
                        }
                        Place::SliceElem(x, i) => {
                            match self.held(x) {
                                Some(q) => self.spoil(q),
                                None => self.expr(x),
                            }
                            self.expr(i);
                        }
                        _ => p.for_each_operand(&mut |x| self.expr(x)),
                    }
                    self.expr(v);
                }
            }
            Stmt::AssignTuple(ps, e) => {
                for p in ps {
                    match p {
                        Place::Local(l) => {
                            if let Some(q) = self.held_by(*l) {
                                self.spoil(q);
                            }
                            if (self.is_func)(*l) {
                                self.out.vars.push((*l, VarUse::Other));
                            }
                        }
                        _ => p.for_each_operand(&mut |x| self.expr(x)),
                    }
                }
                self.expr(e);
            }
            // What a `go` statement holds may be read after the frame returned.
            Stmt::Defer(e) | Stmt::DeferTo(_, e) | Stmt::Go(e) => {
                crate::compile::escape::walk_expr(e, &mut |x| {
                    if let Some(q) = self.held(x) {
                        self.out.not_inert.insert(q);
                    }
                });
                let saved = std::mem::replace(&mut self.thunk, true);
                self.expr(e);
                self.thunk = saved;
            }
            _ => st.for_each_expr(&mut |e| self.expr(e)),
        }
    }

    fn expr(&mut self, e: &tir::Expr) {
        crate::compile::deep(|| self.expr_here(e))
    }

    fn expr_here(&mut self, e: &tir::Expr) {
        let e = e.unconverted();
        let is_nil = |x: &tir::Expr| matches!(x.unconverted().kind, K::Zero);
        match &e.kind {
            K::Local(l) => {
                if let Some(q) = self.held(e) {
                    self.spoil(q);
                } else if (self.is_func)(*l) {
                    self.out.vars.push((*l, VarUse::Other));
                }
            }
            // Read within the length.
            K::Len(x) | K::BytesToString(x) | K::RunesToString(x) => self.read(x),
            K::SliceIndex(x, i) => {
                self.read(x);
                self.expr(i);
            }
            K::AppendSlice(d, x) | K::Copy(d, x) => {
                self.expr(d);
                self.read(x);
            }
            K::Binary(BinOp::Eq | BinOp::Ne, x, y)
                if self.held(x).is_some() && is_nil(y) || self.held(y).is_some() && is_nil(x) => {}
            K::Fmt(_, args) => {
                for a in args {
                    self.read(match &a.kind {
                        K::Box(x) => x,
                        _ => a,
                    });
                }
            }
            // An element's address: what it points to may be written.
            K::AddrOf(x) => {
                let mut y = x.as_ref();
                while let K::Field(z, _) | K::ArrayIndex(z, _) = &y.kind {
                    y = z;
                }
                // (Of the parameter's elements, or of an append's to it, which may share
                // them.)
                if let K::SliceIndex(s, _) = &y.kind {
                    let s = match &s.unconverted().kind {
                        K::Append(b, ..) | K::AppendSlice(b, _) => b,
                        _ => s,
                    };
                    if let Some(q) = self.held(s) {
                        self.spoil(q);
                    }
                }
                self.expr(x);
            }
            K::Call(g, args) if (self.reads_only)(*g) => {
                for a in args {
                    self.read(a);
                }
            }
            K::Call(g, args) if !self.thunk && !tir::Expr::dictionary_call(args) => {
                self.call(Callee::Func(*g), args)
            }
            // A deferred or started call still passes its arguments: none clean.
            K::Call(g, args) => {
                for (j, a) in args.iter().enumerate() {
                    self.out.passed.push((Callee::Func(*g), j, Passed::Other));
                    self.expr(a);
                }
            }
            K::CallValue(f, args) if !self.thunk => match f.unconverted().kind {
                K::Local(v) if (self.is_func)(v) => {
                    self.out.vars.push((v, VarUse::Called));
                    self.call(Callee::Var(v), args);
                }
                _ => e.kind.for_each_operand(&mut |x| self.expr(x)),
            },
            K::Closure(c, outer) => self.out.literals.push((*c, outer.clone())),
            kind => kind.for_each_operand(&mut |x| self.expr(x)),
        }
    }

    /// `x`, read within its length: a parameter, or an append of one element to one (whose
    /// result nothing holds after the read).
    fn read(&mut self, x: &tir::Expr) {
        if self.held(x).is_some() {
            return;
        }
        match self.one_more(x) {
            Some((p, y, pos)) => {
                self.out.read_appends.push((pos, p));
                self.expr(y);
            }
            None => self.expr(x),
        }
    }

    /// `e` as an append of one element to a parameter's storage: the parameter, the
    /// element, and the append's site (its offset).
    fn one_more<'e>(&self, e: &'e tir::Expr) -> Option<(LocalId, &'e tir::Expr, u32)> {
        let K::Append(b, xs, site) = &e.unconverted().kind else {
            return None;
        };
        match (self.held(b), xs.as_slice()) {
            (Some(p), [x]) => Some((p, x, site.data().pos)),
            _ => None,
        }
    }

    /// The arguments of a call of `c`.
    fn call(&mut self, c: Callee, args: &[tir::Expr]) {
        let mut passing: HashSet<LocalId> = HashSet::new();
        for (j, a) in args.iter().enumerate() {
            let a = a.unconverted();
            let what = if let Some(p) = self.held(a) {
                self.out.flows.push((p, c, j));
                Passed::Param(p)
            } else if let Some((p, x, pos)) = self.one_more(a) {
                self.out.flows.push((p, c, j));
                self.out.appends.push((pos, c, j, p));
                self.expr(x);
                Passed::Param(p)
            } else {
                self.expr(a);
                if fresh(a) {
                    Passed::Fresh
                } else {
                    Passed::Other
                }
            };
            if let Passed::Param(p) = what {
                passing.insert(p);
            }
            self.out.passed.push((c, j, what));
        }
        // One storage passed in an argument and named in another (passed twice, or appended
        // to or passed on by a call there): only an argument of its own may hold it.
        for p in passing {
            let named = args
                .iter()
                .filter(|a| {
                    let mut hit = false;
                    crate::compile::escape::walk_expr(a, &mut |x| {
                        hit |= self.held(x) == Some(p);
                    });
                    hit
                })
                .count();
            if named > 1 {
                self.spoil(p);
            }
        }
    }
}

/// Storage nothing else holds.
fn fresh(e: &tir::Expr) -> bool {
    match &e.unconverted().kind {
        K::Composite(..)
        | K::MakeSlice(..)
        | K::Zero
        | K::StringToBytes(..)
        | K::StringToRunes(..) => true,
        K::Convert(x) => matches!(x.kind, K::Const(_) | K::Zero),
        K::Append(b, ..) | K::AppendSlice(b, _) => fresh(b),
        _ => false,
    }
}

/// One function's binding to variables of function type.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Binding {
    /// Assigned no literal (yet).
    None,
    /// Assigned this literal, otherwise only nil, and only ever called.
    One(FuncId),
    /// Anything else.
    Spoilt,
}

/// The appends (by function: its index in `funcs`, and site offset) passed as arguments
/// whose sharing of storage cannot show. `funcs`: each function's id (None: unknown) and
/// facts; `direct`: whether a function is a declared one called only directly.
pub(super) fn quiet_appends(
    funcs: &[(Option<FuncId>, &ArgFacts)],
    direct: &dyn Fn(FuncId) -> bool,
) -> HashSet<(usize, u32)> {
    let by_id: HashMap<FuncId, usize> = funcs
        .iter()
        .enumerate()
        .filter_map(|(i, (f, _))| f.map(|f| (f, i)))
        .collect();
    // The variable a function's local is: its own, or through captures an outer one's.
    let mut parent: HashMap<FuncId, (usize, &[LocalId])> = HashMap::new();
    let mut traced = true;
    for (i, (f, a)) in funcs.iter().enumerate() {
        if f.is_none() && !(a.literals.is_empty() && a.vars.is_empty()) {
            traced = false;
        }
        for (c, outer) in &a.literals {
            parent.insert(*c, (i, outer));
        }
    }
    let origin = |mut i: usize, mut l: LocalId| -> Option<(usize, LocalId)> {
        for _ in 0..=funcs.len() {
            let (f, a) = funcs[i];
            let Some(k) = a.captures.iter().position(|&c| c == l) else {
                return Some((i, l));
            };
            let (p, outer) = parent.get(&f?)?;
            (i, l) = (*p, *outer.get(k)?);
        }
        None
    };
    // Variables that hold one literal and are otherwise only called (or assigned nil).
    let mut bound: HashMap<(usize, LocalId), Binding> = HashMap::new();
    for (i, (_, a)) in funcs.iter().enumerate() {
        for &(l, u) in &a.vars {
            let Some(o) = origin(i, l) else {
                traced = false;
                continue;
            };
            let b = bound.entry(o).or_insert(Binding::None);
            *b = match (u, *b) {
                (VarUse::Nil | VarUse::Called, b) => b,
                (VarUse::Literal(c), Binding::None) => Binding::One(c),
                _ => Binding::Spoilt,
            };
        }
    }
    if !traced {
        bound.clear();
    }
    let bound_literals: HashSet<FuncId> = bound
        .values()
        .filter_map(|b| match b {
            Binding::One(c) => Some(*c),
            _ => None,
        })
        .collect();
    // The function (index) a call calls.
    let resolve = |i: usize, c: Callee| -> Option<usize> {
        let g = match c {
            Callee::Func(g) => g,
            Callee::Var(v) => match bound.get(&origin(i, v)?)? {
                Binding::One(c) => *c,
                _ => return None,
            },
        };
        by_id.get(&g).copied()
    };
    let param_at = |k: usize, j: usize| -> Option<LocalId> {
        funcs[k]
            .1
            .params
            .iter()
            .find(|&&(n, _)| n == j)
            .map(|&(_, l)| l)
    };
    let callee_param = |i: usize, c: Callee, j: usize| -> Option<(usize, LocalId)> {
        let k = resolve(i, c)?;
        Some((k, param_at(k, j)?))
    };
    // Inert: the greatest set closed under where each parameter goes.
    let mut inert: HashSet<(usize, LocalId)> = HashSet::new();
    for (i, (_, a)) in funcs.iter().enumerate() {
        for &(_, p) in &a.params {
            if !a.not_inert.contains(&p) {
                inert.insert((i, p));
            }
        }
    }
    loop {
        let spoilt: Vec<(usize, LocalId)> = inert
            .iter()
            .filter(|&&(i, p)| {
                funcs[i].1.flows.iter().any(|&(q, c, j)| {
                    q == p && !callee_param(i, c, j).is_some_and(|kp| inert.contains(&kp))
                })
            })
            .copied()
            .collect();
        if spoilt.is_empty() {
            break;
        }
        for x in spoilt {
            inert.remove(&x);
        }
    }
    // Clean: of those of functions called only directly, the greatest set every call passes
    // fresh or clean storage.
    let mut clean: HashSet<(usize, LocalId)> = inert
        .iter()
        .filter(|&&(k, _)| {
            funcs[k]
                .0
                .is_some_and(|g| direct(g) || bound_literals.contains(&g))
        })
        .copied()
        .collect();
    loop {
        let mut spoilt = HashSet::new();
        for (i, (_, a)) in funcs.iter().enumerate() {
            for &(c, j, what) in &a.passed {
                let Some(kp) = callee_param(i, c, j) else {
                    continue;
                };
                let ok = match what {
                    Passed::Fresh => true,
                    Passed::Param(q) => clean.contains(&(i, q)),
                    Passed::Other => false,
                };
                if !ok {
                    spoilt.insert(kp);
                }
            }
        }
        let before = clean.len();
        clean.retain(|x| !spoilt.contains(x));
        if clean.len() == before {
            break;
        }
    }
    let mut quiet = HashSet::new();
    for (i, (_, a)) in funcs.iter().enumerate() {
        for &(pos, p) in &a.read_appends {
            if clean.contains(&(i, p)) {
                quiet.insert((i, pos));
            }
        }
        for &(pos, c, j, p) in &a.appends {
            let callee_inert = callee_param(i, c, j).is_some_and(|kp| inert.contains(&kp));
            if callee_inert && clean.contains(&(i, p)) {
                quiet.insert((i, pos));
            }
        }
    }
    quiet
}
