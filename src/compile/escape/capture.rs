//! How gc captures each variable a function literal uses (`flowClosure` in gc's escape
//! analysis): by value when the variable is at most 128 bytes, its address is never taken
//! and it is never assigned again after its declaration — assignments in straight-line code
//! before the first literal capturing it, at its declaration's loop depth, do not count —
//! and otherwise by reference, which also takes its address (so an `append` to it grows in
//! place, with no stack store). memrun keeps every captured variable in a heap cell; this
//! decides how the analysis models it.
//!
//! gc walks a literal's body where the literal stands, at a loop depth of its own; what the
//! checker made of a declaration (`Decl` and its first assignment) stands for gc's defining
//! assignment. gc decides after inlining, and a literal it inlines captures nothing: memrun
//! is sure only of literals gc cannot inline (stored in memory, an element of a composite
//! literal, boxed, sent, deferred, started as a goroutine, passed to or returned by a
//! function gc never inlines). Where memrun's form
//! does not say what gc's would, the variable is unsure.

use crate::compile::tir::{self, ExprKind as K, FuncId, LocalId, Place, Program, Stmt};
use std::collections::{HashMap, HashSet};

/// A variable of the program: the function it belongs to and its local there.
pub(super) type Var = (FuncId, LocalId);

/// gc's capture of one variable.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Capture {
    /// Captured by value (else by reference).
    pub by_value: bool,
    /// memrun can tell which (else it models a reference).
    pub sure: bool,
    /// Its address is taken, or a literal assigns it: it changes where its function does
    /// not see.
    pub written_elsewhere: bool,
}

/// The captures of the program's functions: each captured variable's (by its outermost
/// declaration), and each literal's local that stands for one.
#[derive(Default)]
pub(super) struct Captures {
    pub vars: HashMap<Var, Capture>,
    pub canonical: HashMap<Var, Var>,
}

impl Captures {
    /// How the variable local `l` of `f` stands for (itself or the outer one it captures)
    /// is captured, if a literal captures it.
    pub fn of(&self, f: FuncId, l: LocalId) -> Option<Capture> {
        let v = self.canonical.get(&(f, l)).copied().unwrap_or((f, l));
        self.vars.get(&v).copied()
    }

    /// Whether gc captures it by value (memrun being sure of it).
    pub fn by_value(&self, f: FuncId, l: LocalId) -> bool {
        self.of(f, l).is_some_and(|c| c.sure && c.by_value)
    }
}

/// What gc's walk knows of a variable so far.
#[derive(Default)]
struct State {
    loop_depth: u32,
    captured: bool,
    reassigned: bool,
    addrtaken: bool,
    written_in_literal: bool,
    unsure: bool,
}

/// The captures of the top-level functions `tops` and the literals inside them
/// (`literal_parent`: each literal's enclosing function).
pub(super) fn captures(
    prog: &Program,
    tops: &[FuncId],
    literal_parent: &HashMap<FuncId, (FuncId, Vec<LocalId>)>,
    not_inlined: &HashSet<FuncId>,
) -> Captures {
    let mut w = Walk {
        prog,
        literals: literal_parent,
        not_inlined,
        cur: FuncId::from_u32(0),
        depth: 0,
        looping: HashSet::new(),
        states: HashMap::new(),
        canonical: HashMap::new(),
        captured: Vec::new(),
        unsure_literals: 0,
        kept: HashSet::new(),
    };
    for &f in tops {
        w.func(f);
    }
    let mut out = Captures {
        canonical: w.canonical,
        ..Default::default()
    };
    for v in w.captured {
        let s = &w.states[&v];
        let size = prog.types.layout(prog.funcs[v.0].locals[v.1]).size;
        out.vars.insert(
            v,
            Capture {
                by_value: !s.addrtaken && !s.reassigned && size <= 128,
                sure: !s.unsure,
                written_elsewhere: s.addrtaken || s.written_in_literal,
            },
        );
    }
    out
}

struct Walk<'a> {
    prog: &'a Program,
    literals: &'a HashMap<FuncId, (FuncId, Vec<LocalId>)>,
    /// The program's functions gc never inlines.
    not_inlined: &'a HashSet<FuncId>,
    cur: FuncId,
    depth: u32,
    /// gc's looping labels of the function being walked.
    looping: HashSet<tir::LabelId>,
    states: HashMap<Var, State>,
    canonical: HashMap<Var, Var>,
    /// The variables captured, in the order first captured.
    captured: Vec<Var>,
    /// Inside what memrun evaluates in an order other than gc's walk (a select's cases):
    /// literals there are unsure.
    unsure_literals: u32,
    /// The locals of the function being walked whose literal gc never inlines
    /// ([`Walk::kept_locals`]).
    kept: HashSet<LocalId>,
}

impl Walk<'_> {
    fn var(&self, l: LocalId) -> Var {
        let v = (self.cur, l);
        self.canonical.get(&v).copied().unwrap_or(v)
    }

    fn state(&mut self, l: LocalId) -> &mut State {
        let v = self.var(l);
        self.states.entry(v).or_default()
    }

    /// Walks function `f`'s body (gc starts each function and each literal at the same
    /// loop depth).
    fn func(&mut self, f: FuncId) {
        let saved = (self.cur, self.depth, std::mem::take(&mut self.looping));
        let saved_kept = std::mem::take(&mut self.kept);
        self.cur = f;
        self.depth = 0;
        self.kept = self.kept_locals(f);
        let body = &self.prog.funcs[f].body;
        let mut seen = HashSet::new();
        super::walk_stmts(body, &mut |s| match s {
            Stmt::Label(l) => {
                seen.insert(*l);
            }
            Stmt::Goto(l) if seen.contains(l) => {
                self.looping.insert(*l);
            }
            _ => {}
        });
        // Variables of a loop's init statement are each iteration's own, in a form of gc's
        // memrun does not follow.
        super::walk_stmts(body, &mut |s| {
            if let Stmt::Loop { per_iter, .. } = s {
                for &l in per_iter {
                    self.state(l).unsure = true;
                }
            }
        });
        // gc counts a range clause's variables as assigned at each iteration, declared at a
        // depth memrun does not follow.
        for &l in &self.prog.funcs[f].range_vars {
            self.state(l).unsure = true;
        }
        // A return assigns the named results, a bare one does not: memrun's form does not
        // tell `return r` from `return`.
        for &l in &self.prog.funcs[f].named_results {
            self.state(l).unsure = true;
        }
        self.stmts(body);
        (self.cur, self.depth, self.looping) = saved;
        self.kept = saved_kept;
    }

    /// The locals of `f` assigned a literal gc never inlines: read only where its static
    /// values (through variables, conversions and inlined calls) do not reach a call — an
    /// element, boxed, printed, compared, stored in memory, sent, passed to or returned by a
    /// function gc never inlines, captured by a deferred or started literal (gc never
    /// inlines a `defer`'s or `go`'s call). Any other read may lead gc to inline it.
    fn kept_locals(&self, f: FuncId) -> HashSet<LocalId> {
        let func = &self.prog.funcs[f];
        let mut holds = HashSet::new();
        let mut bad = HashSet::new();
        super::walk_stmts(&func.body, &mut |s| match s {
            Stmt::Assign(ps, vs) => {
                for (p, v) in ps.iter().zip(vs) {
                    p.for_each_operand(&mut |x| self.reads(x, false, &mut bad));
                    if let (Place::Local(l), K::Closure(c, _)) = (p, &v.unconverted().kind) {
                        if self.literals.contains_key(c) {
                            holds.insert(*l);
                        }
                    }
                    let stored = !matches!(p, Place::Local(_) | Place::Blank);
                    self.reads(v, stored, &mut bad);
                }
            }
            Stmt::Return(vs) => {
                let kept = self.not_inlined.contains(&f);
                vs.iter().for_each(|v| self.reads(v, kept, &mut bad));
            }
            Stmt::Defer(e) | Stmt::Go(e) => self.reads(e, true, &mut bad),
            Stmt::Send(ch, v) => {
                self.reads(ch, false, &mut bad);
                self.reads(v, true, &mut bad);
            }
            _ => s.for_each_expr(&mut |e| self.reads(e, false, &mut bad)),
        });
        holds.retain(|l| {
            !bad.contains(l)
                && !func.params.contains(l)
                && !func.captures.contains(l)
                && !func.named_results.contains(l)
        });
        holds
    }

    /// Adds to `bad` the locals `e` reads where gc may follow them to a call; `kept`: `e`
    /// itself stands where it does not.
    fn reads(&self, e: &tir::Expr, kept: bool, bad: &mut HashSet<LocalId>) {
        crate::compile::deep(|| {
            let x = e.unconverted();
            match &x.kind {
                K::Local(l) if !kept => {
                    bad.insert(*l);
                }
                K::Closure(_, outer) if !kept => bad.extend(outer.iter().copied()),
                k if holds_values(k) => k.for_each_operand(&mut |y| self.reads(y, true, bad)),
                K::Call(g, args) => {
                    let kept = self.never_inlined(*g);
                    args.iter().for_each(|a| self.reads(a, kept, bad));
                }
                _ => x.kind.for_each_operand(&mut |y| self.reads(y, false, bad)),
            }
        })
    }

    /// Whether gc never inlines `g` (so that a literal passed to it stays one).
    fn never_inlined(&self, g: FuncId) -> bool {
        self.not_inlined.contains(&g)
            || super::library_fact(&self.prog.funcs[g].name)
                .is_some_and(|l| l.inline == Some(false))
    }

    /// A list of statements. (gc's loop depth goes back where it was only after an `if`'s
    /// branch, a loop's body or a case: a looping label in a plain block, or in an inlined
    /// call's, counts to the end of the enclosing one.)
    fn stmts(&mut self, ss: &[Stmt]) {
        // A select's cases' channels and values, which memrun evaluates before the select
        // and gc walks case by case with their bodies: a literal in them is unsure.
        let mut select_temps: HashSet<LocalId> = HashSet::new();
        for s in ss {
            s.for_each_expr(&mut |e| {
                super::walk_expr(e, &mut |x| {
                    if let K::Select(cases, _) = &x.kind {
                        select_temps.extend(cases.iter().flat_map(|c| [c.ch, c.val]));
                    }
                })
            });
        }
        // Declared in this list and not yet assigned: their first assignment, if it follows
        // with only declarations and assignments between, is their definition.
        let mut pending: HashSet<LocalId> = HashSet::new();
        for s in ss {
            match s {
                Stmt::Decl(l) => {
                    let d = self.depth;
                    self.state(*l).loop_depth = d;
                    pending.insert(*l);
                }
                Stmt::Assign(ps, vs) => {
                    for p in ps {
                        self.place(p);
                    }
                    let select = ps
                        .iter()
                        .any(|p| matches!(p, Place::Local(l) if select_temps.contains(l)));
                    self.unsure_literals += u32::from(select);
                    for (i, v) in vs.iter().enumerate() {
                        // A literal stored in memory: gc cannot inline its calls.
                        let stored = matches!(
                            ps.get(i),
                            Some(
                                Place::Global(_)
                                    | Place::Deref(_)
                                    | Place::SliceElem(..)
                                    | Place::MapElem(..)
                            )
                        );
                        // Or held in a variable no call is made through.
                        let kept =
                            matches!(ps.get(i), Some(Place::Local(l)) if self.kept.contains(l));
                        self.operand(v, stored || kept);
                    }
                    self.unsure_literals -= u32::from(select);
                    self.assigned(ps, &mut pending);
                }
                Stmt::AssignTuple(ps, e) => {
                    for p in ps {
                        self.place(p);
                    }
                    self.expr(e);
                    self.assigned(ps, &mut pending);
                }
                _ => {
                    for l in pending.drain() {
                        self.state(l).unsure = true;
                    }
                    crate::compile::deep(|| self.stmt(s));
                }
            }
        }
        for l in pending {
            self.state(l).unsure = true;
        }
    }

    /// A list of statements gc walks as a block of its own (its loop depth restored).
    fn block(&mut self, ss: &[Stmt]) {
        let depth = self.depth;
        self.stmts(ss);
        self.depth = depth;
    }

    /// The places of an assignment were assigned: gc's `reassigned`.
    fn assigned(&mut self, ps: &[Place], pending: &mut HashSet<LocalId>) {
        let literal = self.literals.contains_key(&self.cur);
        for p in ps {
            let root = match p {
                Place::Local(l) => Some(*l),
                // A field or an array element of a variable: gc assigns the variable.
                Place::Deref(a) => match &a.kind {
                    K::AddrOf(x) => super::root_local(x),
                    _ => None,
                },
                _ => None,
            };
            let Some(l) = root else { continue };
            let defining = matches!(p, Place::Local(_)) && pending.remove(&l);
            let captured_here = literal && self.canonical.contains_key(&(self.cur, l));
            let s = self.state(l);
            if !defining {
                s.reassigned = true;
            }
            s.written_in_literal |= captured_here;
        }
    }

    fn place(&mut self, p: &Place) {
        match p {
            Place::Local(_) | Place::Global(_) | Place::Blank => {}
            Place::SliceElem(a, b) | Place::MapElem(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            // The address of what is assigned is not taken.
            Place::Deref(a) => match &a.kind {
                K::AddrOf(x) => x.kind.for_each_operand(&mut |y| self.expr(y)),
                _ => self.expr(a),
            },
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Loop {
                cond, body, post, ..
            } => {
                // gc: the condition, the post statement, then the body, one loop deeper.
                let depth = self.depth;
                self.depth += 1;
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.block(post);
                self.block(body);
                self.depth = depth;
            }
            Stmt::If(c, a, b) => {
                self.expr(c);
                self.block(a);
                self.block(b);
            }
            // gc walks each case's expressions, then its body, case after case.
            Stmt::Switch { clauses, .. } => {
                for c in clauses {
                    for e in &c.conds {
                        self.expr(e);
                    }
                    self.block(&c.body);
                }
            }
            Stmt::Label(l) if self.looping.contains(l) => self.depth += 1,
            Stmt::Block(b) | Stmt::Labeled(b, _) => self.stmts(b),
            // gc never inlines a deferred or started literal (nor the one its front end makes
            // of `defer f(x)`, which memrun's wrapper of the call stands for).
            Stmt::Defer(e) | Stmt::Go(e) => self.operand(e, true),
            // Sent, it is received as a value.
            Stmt::Send(ch, v) => {
                self.expr(ch);
                self.operand(v, true);
            }
            // A literal a function gc never inlines returns is called through a value.
            Stmt::Return(vs) => {
                let kept = self.not_inlined.contains(&self.cur);
                for v in vs {
                    self.operand(v, kept);
                }
            }
            _ => {
                s.for_each_expr(&mut |e| self.expr(e));
                s.for_each_block(&mut |b| self.stmts(b));
            }
        }
    }

    /// An operand that may be a function literal: `sure` when gc certainly does not inline
    /// it where it stands (stored in memory, passed to or returned by a function gc never
    /// inlines), so that it captures its variables.
    fn operand(&mut self, e: &tir::Expr, sure: bool) {
        match &e.unconverted().kind {
            K::Closure(f, outer) if self.literals.contains_key(f) => self.literal(*f, outer, sure),
            _ => self.expr(e),
        }
    }

    /// A function literal `f` (capturing `outer`) where it stands, walked there. Where gc
    /// may inline it (called where it stands, passed to a function gc may inline, held in
    /// a variable it may call), it may capture nothing: its variables are unsure.
    fn literal(&mut self, f: FuncId, outer: &[LocalId], sure: bool) {
        let caps = &self.prog.funcs[f].captures;
        let depth = self.depth;
        for (k, &c) in caps.iter().enumerate() {
            let Some(&o) = outer.get(k) else { continue };
            let v = self.var(o);
            self.canonical.insert((f, c), v);
            let s = self.states.entry(v).or_default();
            s.unsure |= !sure || self.unsure_literals > 0;
            if !s.captured {
                s.captured = true;
                if s.loop_depth == depth {
                    s.reassigned = false;
                }
                self.captured.push(v);
            }
        }
        self.func(f);
    }

    fn expr(&mut self, e: &tir::Expr) {
        crate::compile::deep(|| self.expr_here(e))
    }

    fn expr_here(&mut self, e: &tir::Expr) {
        match &e.kind {
            K::AddrOf(x) => {
                if let Some(l) = super::root_local(x) {
                    self.state(l).addrtaken = true;
                }
                self.expr(x);
            }
            K::Closure(f, outer) => {
                if !self.literals.contains_key(f) {
                    // memrun's own thunk: what it holds is not a capture of gc's.
                    for &o in outer {
                        self.state(o).unsure = true;
                    }
                    return;
                }
                self.literal(*f, outer, false);
            }
            k if holds_values(k) => k.for_each_operand(&mut |x| self.operand(x, true)),
            // A function gc never inlines: a literal passed to it stays one.
            K::Call(g, args) => {
                let kept = self.never_inlined(*g);
                for a in args {
                    self.operand(a, kept);
                }
            }
            _ => e.kind.for_each_operand(&mut |x| self.expr(x)),
        }
    }
}

/// Whether `k`'s operands are values it holds, boxes, prints or compares: gc calls a literal
/// there only through a value it does not follow (its static values go through variables,
/// conversions and inlined calls alone), so the literal stays one.
fn holds_values(k: &K) -> bool {
    matches!(
        k,
        K::Composite(_)
            | K::MapLit(_)
            | K::Append(..)
            | K::Box(_)
            | K::Fmt(..)
            | K::HeapAlloc(_)
            | K::Binary(..)
    )
}
