//! gc's slice pass (Go 1.27, `cmd/compile/internal/slice`): a slice variable appended to
//! itself, whose storage goes to another holder at exactly one point (a return, an
//! assignment, a range loop) and which is otherwise only indexed, measured, resliced and
//! passed to functions that keep nothing, gets its appends on the stack and is moved to the
//! heap just before that point. Whether the capacity is used decides how: growth one size
//! class at a time in a stack buffer, and a move that keeps the capacity; or gc's ordinary
//! stack store, and a move at the size class of the length.

use super::Tags;
use crate::compile::tir::{self, ExprKind as K, FuncId, LocalId, Place, Program, Stmt};
use std::collections::{HashMap, HashSet};

/// A variable the pass moves to the heap.
pub(super) struct Commit {
    pub var: LocalId,
    /// Its capacity (or the elements past its length) is used.
    pub cap_used: bool,
    /// Its `s = append(s, …)` sites, in code order.
    pub appends: Vec<tir::Site>,
    /// The statement (numbered in pre-order) before which it moves.
    pub transition: usize,
}

#[derive(Default)]
struct Info {
    ok: u32,
    all: u32,
    killed: bool,
    /// Whether a call gc may or may not inline receives it (memrun cannot tell which).
    uncertain: bool,
    transition: Option<usize>,
    appends: Vec<tir::Site>,
    weight: u32,
    decl_depth: u32,
    cap_used: bool,
}

struct Pass<'a> {
    prog: &'a Program,
    tags: &'a HashMap<FuncId, Tags>,
    /// Functions gc never inlines.
    framed: &'a HashSet<FuncId>,
    /// Functions gc certainly inlines into a function not big.
    inlined: &'a HashSet<FuncId>,
    /// The function is certainly not big (gc inlines into it whatever it can).
    small: bool,
    vars: HashMap<LocalId, Info>,
    /// The function's named results.
    named: Vec<LocalId>,
    /// The variables holding a `defer`'s or `go`'s evaluated arguments: gc evaluates those
    /// (and inside literals, their elements) in its own way.
    deferred: HashSet<LocalId>,
    /// The types of the function's locals.
    locals: &'a cranelift_entity::PrimaryMap<LocalId, crate::compile::types::TypeId>,
    depth: u32,
    /// Pre-order number of the statement being walked.
    seq: usize,
}

/// The variables of `f` the pass moves, or Err when it may move one memrun cannot tell.
pub(super) fn run(
    prog: &Program,
    f: FuncId,
    tags: &HashMap<FuncId, Tags>,
    framed: &HashSet<FuncId>,
    inlined: &HashSet<FuncId>,
    small: bool,
) -> Result<Vec<Commit>, ()> {
    let func = &prog.funcs[f];
    let types = &prog.types;
    let mut vars = HashMap::new();
    for (l, &t) in func.locals.iter() {
        if let Some(e) = types.slice_elem(t) {
            if types.layout(e).size <= super::STORE_BYTES {
                vars.insert(l, Info::default());
            }
        }
    }
    let mut p = Pass {
        prog,
        tags,
        framed,
        inlined,
        small,
        vars,
        named: func.named_results.clone(),
        deferred: deferred_args(prog, &func.body),
        locals: &func.locals,
        depth: 0,
        seq: 0,
    };
    p.stmts(&func.body);
    let mut out = Vec::new();
    let mut vars: Vec<(LocalId, Info)> = p.vars.into_iter().collect();
    vars.sort_by_key(|(l, _)| *l);
    for (var, i) in vars {
        if i.killed || i.weight < 2 {
            continue;
        }
        if i.uncertain {
            return Err(());
        }
        let Some(transition) = i.transition else {
            continue;
        };
        if i.ok != i.all {
            continue;
        }
        out.push(Commit {
            var,
            cap_used: i.cap_used,
            appends: i.appends,
            transition,
        });
    }
    Ok(out)
}

impl Pass<'_> {
    /// Whether gc certainly inlines a call of `g` here (`lib`: its library facts): a
    /// function within the budget, into a function not big or at a cost of 20 at most.
    fn inlined(&self, g: FuncId, lib: Option<&super::LibFact>) -> bool {
        match lib {
            Some(f) => f.cost.is_some_and(|c| self.small || c <= 20),
            None => self.small && self.inlined.contains(&g),
        }
    }

    /// The tracked variable `e` is — itself, not converted to another type (gc's OCONVNOP
    /// around it is a use the pass does not understand).
    fn tracked(&mut self, e: &tir::Expr) -> Option<LocalId> {
        match e.kind {
            K::Local(l) if self.vars.contains_key(&l) => {
                let own = self.locals[l];
                (own == e.ty || self.prog.types.identical(own, e.ty)).then_some(l)
            }
            _ => None,
        }
    }

    fn info(&mut self, l: LocalId) -> &mut Info {
        self.vars.get_mut(&l).expect("a tracked variable")
    }

    /// A mention of `l` the pass understands (`ok`) or not.
    fn mention(&mut self, l: LocalId, ok: bool) {
        let i = self.info(l);
        i.all += 1;
        if ok {
            i.ok += 1;
        }
    }

    /// `l`'s storage gets another holder here.
    fn transition(&mut self, l: LocalId) {
        let (depth, seq) = (self.depth, self.seq);
        let i = self.info(l);
        if i.transition.is_some() || depth > i.decl_depth {
            i.killed = true;
        } else {
            i.transition = Some(seq);
        }
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        // A three-clause `for`'s init clause (the statements before it in its block) counts
        // as inside the loop for gc's pass.
        let init = matches!(ss.last(), Some(Stmt::Loop { init: true, .. }));
        for (i, s) in ss.iter().enumerate() {
            let inside = init && i + 1 < ss.len();
            self.depth += u32::from(inside);
            crate::compile::deep(|| self.stmt(s));
            self.depth -= u32::from(inside);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        self.seq += 1;
        match s {
            Stmt::Decl(l) => {
                let d = self.depth;
                if let Some(i) = self.vars.get_mut(l) {
                    i.decl_depth = d;
                }
            }
            Stmt::Assign(ps, vs) => {
                for (k, p) in ps.iter().enumerate() {
                    match vs.get(k) {
                        Some(v) => self.assign(p, v),
                        None => self.place(p),
                    }
                }
                for v in vs.iter().skip(ps.len()) {
                    self.expr(v);
                }
            }
            Stmt::AssignTuple(ps, e) => {
                for p in ps {
                    self.place(p);
                }
                self.expr(e);
            }
            Stmt::Return(vs) => {
                for v in vs {
                    match self.tracked(v) {
                        Some(l) => {
                            self.mention(l, true);
                            self.transition(l);
                        }
                        None => self.expr(v),
                    }
                }
                // A bare return hands the named results over.
                if vs.is_empty() {
                    for r in self.named.clone() {
                        if self.vars.contains_key(&r) {
                            self.transition(r);
                        }
                    }
                }
            }
            Stmt::Loop {
                cond, body, post, ..
            } => {
                self.depth += 1;
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.stmts(body);
                self.stmts(post);
                self.depth -= 1;
            }
            // A function literal deferred or started is a literal as anywhere else.
            Stmt::Defer(e) | Stmt::Go(e) if literal(self.prog, e) => self.expr(e),
            // What a deferred call or a goroutine takes, gc's pass sees as it evaluates it.
            Stmt::Defer(e) | Stmt::DeferTo(_, e) | Stmt::Go(e) => {
                let mut found = Vec::new();
                mentioned(e, Some(self.prog), &mut found);
                for l in found {
                    if let Some(i) = self.vars.get_mut(&l) {
                        i.uncertain = true;
                    }
                }
                self.expr(e);
            }
            _ => {
                s.for_each_expr(&mut |e| self.expr(e));
                s.for_each_block(&mut |b| self.stmts(b));
            }
        }
    }

    /// An assignment to a place that is not one of gc's patterns.
    fn place(&mut self, p: &Place) {
        match p {
            Place::Local(l) if self.vars.contains_key(l) => self.mention(*l, false),
            // `s[i] = …` is a use it understands.
            Place::SliceElem(s, i) => match self.tracked(s) {
                Some(l) => {
                    self.mention(l, true);
                    self.expr(i);
                }
                None => p.for_each_operand(&mut |e| self.expr(e)),
            },
            // So is `s[i].f = …` or `s[i][j] = …`.
            Place::Deref(a) => {
                if !self.element_use(a) {
                    self.expr(a);
                }
            }
            _ => p.for_each_operand(&mut |e| self.expr(e)),
        }
    }

    /// `p = v` (gc's `assign`).
    fn assign(&mut self, p: &Place, v: &tir::Expr) {
        // A deferred call's argument: what gc's pass sees there memrun does not follow.
        if matches!(p, Place::Local(t) if self.deferred.contains(t)) {
            let mut found = Vec::new();
            mentioned(v, Some(self.prog), &mut found);
            for l in found {
                if let Some(i) = self.vars.get_mut(&l) {
                    i.uncertain = true;
                }
            }
        }
        let x = match p {
            Place::Local(l) if self.vars.contains_key(l) => Some(*l),
            _ => None,
        };
        if let Some(x) = x {
            self.mention(x, false);
            match &v.kind {
                K::Zero | K::Const(_) => {
                    self.info(x).ok += 1;
                    return;
                }
                K::Composite(_) if self.prog.types.slice_elem(v.ty).is_some() => {
                    let i = self.info(x);
                    i.ok += 1;
                    i.cap_used = true;
                    self.expr(v);
                    return;
                }
                // `s = s[i:j]`; gc's pattern leaves out the three-index form.
                K::SliceSlice(y, a, b, None, _) if self.tracked(y) == Some(x) => {
                    self.mention(x, true);
                    let i = self.info(x);
                    i.ok += 1;
                    i.cap_used = true;
                    for e in [a, b].into_iter().flatten() {
                        self.expr(e);
                    }
                    return;
                }
                K::Append(y, xs, site) if self.tracked(y) == Some(x) => {
                    self.mention(x, true);
                    let depth = self.depth;
                    let i = self.info(x);
                    i.ok += 1;
                    i.appends.push(site.clone());
                    i.weight += 1 + depth.saturating_sub(i.decl_depth);
                    for e in xs {
                        self.expr(e);
                    }
                    return;
                }
                K::AppendSlice(y, t) if self.tracked(y) == Some(x) => {
                    self.mention(x, true);
                    let depth = self.depth;
                    let i = self.info(x);
                    i.ok += 1;
                    i.weight += 1 + depth.saturating_sub(i.decl_depth);
                    self.expr(t);
                    return;
                }
                _ => {}
            }
        } else {
            self.place(p);
        }
        // `… = y`: y's storage gets another holder.
        if let Some(y) = self.tracked(v) {
            self.mention(y, true);
            self.transition(y);
            return;
        }
        self.expr(v);
    }

    fn expr(&mut self, e: &tir::Expr) {
        crate::compile::deep(|| self.expr_here(e))
    }

    /// `a`, the address memrun's typed program takes to store to a tracked slice's element's
    /// field or array element (`s[i].f = …`, `s[i][j] = …`, where gc takes none): a use the
    /// pass understands. Whether it was one. (A source's own `&` on the way, `(&s[i]).f`,
    /// is no such address: gc's pass sees it.)
    fn element_use(&mut self, a: &tir::Expr) -> bool {
        let K::AddrOf(x) = &a.kind else {
            return false;
        };
        let mut y = x.as_ref();
        let mut inner = Vec::new();
        while let K::Field(z, _) | K::ArrayIndex(z, _) = &y.kind {
            if let K::ArrayIndex(_, j) = &y.kind {
                inner.push(j.as_ref());
            }
            y = z;
        }
        // `*&s[i] = …` is the source's own.
        let K::SliceIndex(s, i) = &y.kind else {
            return false;
        };
        if std::ptr::eq(y, x.as_ref()) {
            return false;
        }
        let Some(l) = self.tracked(s) else {
            return false;
        };
        self.mention(l, true);
        self.expr(i);
        inner.into_iter().for_each(|j| self.expr(j));
        true
    }

    fn expr_here(&mut self, e: &tir::Expr) {
        // `s[i]`, `len(s)`, `cap(s)` of a tracked variable: uses the pass understands.
        if let K::SliceIndex(s, _) | K::Len(s) | K::Cap(s) = &e.kind {
            if let Some(l) = self.tracked(s) {
                self.mention(l, true);
                match &e.kind {
                    K::SliceIndex(_, i) => self.expr(i),
                    K::Cap(_) => self.info(l).cap_used = true,
                    _ => {}
                }
                return;
            }
        }
        match &e.kind {
            K::Local(l) if self.vars.contains_key(l) => self.mention(*l, false),
            K::AddrOf(x) => {
                // &s[i] (through fields and array elements) points into s's storage.
                let mut y = x;
                while let K::Field(z, _) | K::ArrayIndex(z, _) = &y.kind {
                    y = z;
                }
                if let K::SliceIndex(s, _) = &y.kind {
                    if let Some(l) = self.tracked(s) {
                        self.info(l).killed = true;
                    }
                }
                self.expr(x);
            }
            // A type parameter's method, which gc calls through its dictionary: a function it
            // does not know, which may keep what it is passed.
            K::Call(_, args) if tir::Expr::dictionary_call(args) => {
                for a in args {
                    let a = a.unmarked();
                    match self.tracked(a) {
                        Some(l) => self.mention(l, false),
                        None => self.expr(a),
                    }
                }
            }
            K::Call(g, args) => {
                for (j, a) in args.iter().enumerate() {
                    let Some(l) = self.tracked(a) else {
                        self.expr(a);
                        continue;
                    };
                    let lib = super::library_fact(&self.prog.funcs[*g].name);
                    if self.framed.contains(g) || lib.is_some_and(|f| f.inline == Some(false)) {
                        // Not inlined: its parameter's tag decides.
                        let tag = match lib {
                            Some(f) => f.params.get(j).cloned().flatten(),
                            None => self.tags.get(g).and_then(|t| t.params.get(j)).cloned(),
                        };
                        let Some(tag) = tag else {
                            self.mention(l, false);
                            self.info(l).uncertain = true;
                            continue;
                        };
                        let leaks = tag.any();
                        self.mention(l, !leaks);
                        if !leaks {
                            self.info(l).cap_used = true;
                        }
                    } else if self.inlined(*g, lib) {
                        // Inlined: its parameter is a new variable holding the storage.
                        self.mention(l, true);
                        self.transition(l);
                    } else {
                        // gc may inline it (its parameter then holds the storage) or not.
                        self.mention(l, false);
                        self.info(l).uncertain = true;
                    }
                }
            }
            // A literal's captured variables are uses gc's pass does not understand.
            K::Closure(_, outer) => {
                for l in outer {
                    if self.vars.contains_key(l) {
                        self.mention(*l, false);
                    }
                }
            }
            _ => e.kind.for_each_operand(&mut |x| self.expr(x)),
        }
    }
}

/// The locals a `defer` or `go` statement's closure captures (its evaluated arguments; not a
/// deferred function literal's variables).
fn deferred_args(prog: &Program, ss: &[Stmt]) -> HashSet<LocalId> {
    let mut found = Vec::new();
    super::walk_stmts(ss, &mut |s| match s {
        Stmt::Defer(e) | Stmt::Go(e) if literal(prog, e) => {}
        Stmt::Defer(e) | Stmt::DeferTo(_, e) | Stmt::Go(e) => mentioned(e, None, &mut found),
        _ => {}
    });
    found.into_iter().collect()
}

/// Whether `e` is a function literal of the program (`main.f.func1`), not the closure memrun
/// makes for a deferred call with arguments (`main.f.deferwrap1`).
fn literal(prog: &Program, e: &tir::Expr) -> bool {
    matches!(e.kind, K::Closure(f, _) if super::program_literal(prog, f))
}

/// The locals an expression mentions, a closure's captured ones included — but, with
/// `program`, not those of the program's function literals: in a deferred call's arguments,
/// gc's pass sees those as the literal's (a use it does not understand) wherever it stands.
fn mentioned(e: &tir::Expr, program: Option<&Program>, out: &mut Vec<LocalId>) {
    crate::compile::deep(|| match &e.kind {
        K::Closure(..) if program.is_some_and(|p| literal(p, e)) => {}
        K::Local(l) => out.push(*l),
        K::Closure(_, outer) => out.extend(outer.iter().copied()),
        _ => e.kind.for_each_operand(&mut |x| mentioned(x, program, out)),
    })
}

/// Inserts, before the statements numbered as [`run`] numbers them, the statements given.
pub(super) fn insert_before(body: &mut Vec<Stmt>, at: &mut HashMap<usize, Vec<Stmt>>) {
    fn walk(ss: &mut Vec<Stmt>, seq: &mut usize, at: &mut HashMap<usize, Vec<Stmt>>) {
        let mut inserts = Vec::new();
        for (i, s) in ss.iter_mut().enumerate() {
            *seq += 1;
            if let Some(new) = at.remove(seq) {
                inserts.push((i, new));
            }
            s.for_each_block_mut(&mut |b| walk(b, seq, at));
        }
        for (i, new) in inserts.into_iter().rev() {
            ss.splice(i..i, new);
        }
    }
    let mut seq = 0;
    walk(body, &mut seq, at);
}
