//! gc's inlining, where it decides a slice's storage. gc runs its escape analysis after
//! inlining: an `append` in a small helper is judged in its caller's context, and its stack
//! store is the caller's (one per call of the caller, shared across a loop around the call).
//! memrun inlines the same calls — those gc certainly inlines — into the typed program before
//! its own analysis, so that the analysis (and gc's slice pass) sees gc's form.
//!
//! A call is inlined where memrun can keep its evaluation order: as a statement of its own,
//! or in a statement whose operands before the call read nothing the call could change and
//! cannot panic, with no effect between them and the call (never in the right operand of
//! `&&`/`||`, in or after a map literal, or with a multi-value call as its arguments). The
//! copy becomes a block before the statement: its parameters assigned the arguments, its
//! body with each `return` assigning the results and leaving the block, and the call
//! replaced by the results. A function every call of which was inlined is never called:
//! its own body is dead, and what the checker's older rules would refuse in it is judged on
//! the copies instead ([`Inlined::origin`]).

use crate::compile::tir::{
    self, Expr, ExprKind as K, FuncId, LocalId, Place, Program, Site, Stmt, TargetId,
};
use cranelift_entity::EntityRef;
use std::collections::{HashMap, HashSet};

/// What inlining did.
#[derive(Default)]
pub(crate) struct Inlined {
    /// Each local a copy made, and the function and local it copies (the first original,
    /// through copies of copies).
    pub origin: HashMap<(FuncId, LocalId), (FuncId, LocalId)>,
    /// Functions of the program no longer referenced anywhere: every call was inlined.
    pub dead: HashSet<FuncId>,
    /// Each function literal's local standing for a captured variable, and the variable
    /// itself, in the function its copies went into.
    pub aliases: Vec<((FuncId, LocalId), (FuncId, LocalId))>,
    /// The literals some call of which was copied.
    pub literals: HashSet<FuncId>,
    /// The declared functions still taken as a value (`g := f`, [`declared_value`]) in a
    /// function still called, once the calls through variables holding them were copied.
    pub valued: HashSet<FuncId>,
}

/// Whether memrun can copy `f`'s body into a caller: a declared function (no closure
/// context), without defer, recover, goroutines, literals, select, or a `return` of a
/// multi-value call.
pub(super) fn copyable(prog: &Program, f: FuncId) -> bool {
    let func = &prog.funcs[f];
    !func.ctx && func.captures.is_empty() && copyable_body(func)
}

/// Whether memrun can copy function literal `f`'s body into the function it stands in: as
/// [`copyable`], its captured variables becoming that function's own (a literal of the
/// program's: gc calls the function a thunk of memrun's stands for as it is).
pub(super) fn copyable_literal(prog: &Program, f: FuncId) -> bool {
    super::program_literal(prog, f) && copyable_body(&prog.funcs[f])
}

/// Whether a function's body is one memrun can copy: no defer, recover, goroutines,
/// literals, select, or `return` of a multi-value call; not a deferred call's forwarder.
fn copyable_body(func: &tir::Func) -> bool {
    if func.forward_defer.is_some()
        || func.forward_defer_value
        || func.forward_defer_iface.is_some()
        || func.external
        || super::never_inlined(func)
    {
        return false;
    }
    let n = func.results.len();
    let ok = !super::any_stmt(
        &func.body,
        &|s| matches!(s, Stmt::Return(vs) if !vs.is_empty() && vs.len() != n),
    );
    let mut plain = true;
    super::walk_body(&func.body, &mut |e| {
        plain &= !matches!(e.kind, K::Closure(..) | K::Select(..) | K::SelectRecv(..));
    });
    ok && plain
}

/// gc's budgets for inlining a call of a function literal (`inlineCostOK`): twice a
/// function's (80, or 20 into a function of 5,000 nodes or more), or 800 for a literal
/// called once.
const LITERAL_BUDGET: u32 = 160;
const LITERAL_ONCE_BUDGET: u32 = 800;

/// Inlines into `host`'s body the calls of functions in `inline` (their bodies already
/// final) that keep their evaluation order, and the calls of its function literals gc
/// inlines (`literals`: those memrun can copy, with an upper bound of gc's cost): called
/// where they stand, or through a variable assigned nothing else and read only by calls
/// (gc's static value), never deferred or started.
pub(super) fn inline_into(
    prog: &mut Program,
    host: FuncId,
    inline: &HashSet<FuncId>,
    literals: &HashMap<FuncId, u32>,
    out: &mut Inlined,
) {
    let no_functions = HashSet::new();
    let mut inline = inline;
    let mut seen: HashSet<LocalId> = HashSet::new();
    loop {
        let statics = literal_variables(prog, &prog.funcs[host], literals, inline);
        seen.extend(statics.keys().copied());
        let mut body = std::mem::take(&mut prog.funcs[host].body);
        let mut cx = Cx {
            prog,
            host,
            inline,
            out,
            next_label: labels(&body),
            literals,
            statics,
        };
        cx.block(&mut body);
        prog.funcs[host].body = body;
        // A literal passed to a function copied here is the static value of the copy's
        // parameter now, whose calls gc inlines in turn: once more, for literals alone.
        let statics = literal_variables(prog, &prog.funcs[host], literals, inline);
        if statics.keys().all(|l| seen.contains(l)) {
            break;
        }
        inline = &no_functions;
    }
}

/// The locals of `host` through which gc calls one of `literals` and inlines it: assigned
/// it once and nothing else, never captured, address-taken, deferred or started, read only
/// as the callee of calls — with the literal's cost within gc's budget for that many calls.
/// (Literals called where they stand are inlined within the budget of one call.) Also those
/// holding a declared function of `inline` (`g := f`): gc's static value of `g` is `f`,
/// whose calls it inlines as direct ones.
fn literal_variables(
    prog: &Program,
    host: &tir::Func,
    literals: &HashMap<FuncId, u32>,
    inline: &HashSet<FuncId>,
) -> HashMap<LocalId, (FuncId, Vec<LocalId>)> {
    let mut assigned: HashMap<LocalId, u32> = HashMap::new();
    let mut holds: HashMap<LocalId, (FuncId, Vec<LocalId>)> = HashMap::new();
    let mut calls: HashMap<LocalId, u32> = HashMap::new();
    let mut other: HashSet<LocalId> = HashSet::new();
    // Reads of a local other than as a callee.
    fn reads(e: &Expr, calls: &mut HashMap<LocalId, u32>, other: &mut HashSet<LocalId>) {
        crate::compile::deep(|| match &e.kind {
            K::CallValue(f, args) if matches!(f.kind, K::Local(_)) => {
                if let K::Local(l) = f.kind {
                    *calls.entry(l).or_default() += 1;
                }
                args.iter().for_each(|a| reads(a, calls, other));
            }
            K::Local(l) => {
                other.insert(*l);
            }
            K::Closure(_, outer) => other.extend(outer.iter().copied()),
            K::MapIterInit(_, l) | K::MapIterNext(l) => {
                other.insert(*l);
            }
            _ => e.kind.for_each_operand(&mut |x| reads(x, calls, other)),
        })
    }
    super::walk_stmts(&host.body, &mut |s| {
        match s {
            Stmt::Assign(ps, vs) => {
                for (p, v) in ps.iter().zip(vs) {
                    if let Place::Local(l) = p {
                        *assigned.entry(*l).or_default() += 1;
                        if let K::Closure(g, outer) = &v.kind {
                            if literals.contains_key(g) {
                                holds.insert(*l, (*g, outer.clone()));
                            } else if let Some(f) = declared_value(prog, *g, outer) {
                                if inline.contains(&f) {
                                    holds.insert(*l, (f, Vec::new()));
                                }
                            }
                        }
                    }
                }
            }
            Stmt::AssignTuple(ps, _) => {
                for p in ps {
                    if let Place::Local(l) = p {
                        *assigned.entry(*l).or_default() += 2;
                    }
                }
            }
            Stmt::Loop { per_iter, .. } => other.extend(per_iter.iter().copied()),
            _ => {}
        }
        match s {
            // A deferred or started call is never inlined.
            Stmt::Defer(e) | Stmt::DeferTo(_, e) | Stmt::Go(e) => {
                let mut called = HashMap::new();
                reads(e, &mut called, &mut other);
                other.extend(called.into_keys());
            }
            _ => s.for_each_expr(&mut |e| reads(e, &mut calls, &mut other)),
        }
    });
    holds.retain(|l, (g, _)| {
        let n = calls.get(l).copied().unwrap_or(0);
        assigned.get(l) == Some(&1)
            && !other.contains(l)
            && !host.heap.contains(l)
            && !host.params.contains(l)
            && !host.captures.contains(l)
            && !host.named_results.contains(l)
            && literals.get(g).is_none_or(|&cost| {
                cost <= if n == 1 {
                    LITERAL_ONCE_BUDGET
                } else {
                    LITERAL_BUDGET
                }
            })
    });
    holds
}

/// The declared function a function value stands for, if closure `thunk` (capturing `outer`)
/// is the checker's value of one (`g := f`: a thunk forwarding to `f`, capturing nothing).
pub(super) fn declared_value(prog: &Program, thunk: FuncId, outer: &[LocalId]) -> Option<FuncId> {
    let t = &prog.funcs[thunk];
    let f = t.forward_defer?;
    let named = t.name.strip_suffix("·f") == Some(prog.funcs[f].name.as_str());
    (outer.is_empty() && t.captures.is_empty() && named).then_some(f)
}

struct Cx<'a> {
    prog: &'a mut Program,
    host: FuncId,
    inline: &'a HashSet<FuncId>,
    out: &'a mut Inlined,
    /// The first label id the host does not use.
    next_label: usize,
    /// The literals memrun can copy, with an upper bound of gc's cost.
    literals: &'a HashMap<FuncId, u32>,
    /// The host's variables holding a literal gc inlines the calls of, with its captures.
    statics: HashMap<LocalId, (FuncId, Vec<LocalId>)>,
}

/// How many label ids `body` may use (one past the highest).
fn labels(body: &[Stmt]) -> usize {
    let mut n = 0;
    super::walk_stmts(body, &mut |s| {
        if let Stmt::Label(l) | Stmt::Goto(l) = s {
            n = n.max(l.index() + 1);
        }
    });
    n
}

impl Cx<'_> {
    /// Whether a call of `g` with `args` is copied: a function inlined, with an argument
    /// per parameter (not a multi-value call's results).
    /// Whether a call of `g` with `args` is copied: not a type parameter's method, which gc
    /// calls through its dictionary (a function it does not know).
    fn copies(&self, g: FuncId, args: &[Expr]) -> bool {
        self.inline.contains(&g)
            && args.len() == self.prog.funcs[g].params.len()
            && !tir::Expr::dictionary_call(args)
    }

    /// The function literal call `e` calls, with the host's variables it captures, if gc
    /// inlines the call and memrun copies it: a literal called where it stands (once, so
    /// within gc's budget for one call) or through one of the host's static variables,
    /// with an argument per parameter.
    fn literal_call(&self, e: &Expr) -> Option<(FuncId, Vec<LocalId>)> {
        let K::CallValue(callee, args) = &e.kind else {
            return None;
        };
        let (g, outer) = match &callee.kind {
            K::Closure(g, outer)
                if self
                    .literals
                    .get(g)
                    .is_some_and(|&c| c <= LITERAL_ONCE_BUDGET) =>
            {
                (*g, outer.clone())
            }
            K::Local(l) => self.statics.get(l).cloned()?,
            _ => return None,
        };
        (args.len() == self.prog.funcs[g].params.len()).then_some((g, outer))
    }

    /// The function call `e` calls, if memrun copies the call (with the host's variables a
    /// literal captures): a function inlined, or a literal ([`Cx::literal_call`]).
    fn copied_call(&self, e: &Expr) -> Option<(FuncId, Vec<LocalId>)> {
        match &e.kind {
            K::Call(g, args) if self.copies(*g, args) => Some((*g, Vec::new())),
            K::CallValue(..) => self.literal_call(e),
            _ => None,
        }
    }

    fn stable(&self, e: &Expr) -> bool {
        stable(self.prog, &self.prog.funcs[self.host], e)
    }

    /// Whether the operands of places `ps` (evaluated before the right-hand side) are stable.
    fn places_stable(&self, ps: &[Place]) -> bool {
        let mut ok = true;
        for p in ps {
            p.for_each_operand(&mut |x| ok &= self.stable(x));
        }
        ok
    }

    fn block(&mut self, ss: &mut Vec<Stmt>) {
        // Rebuilt rather than spliced: a block of many inlined calls stays linear.
        let mut out = Vec::with_capacity(ss.len());
        for mut s in std::mem::take(ss) {
            crate::compile::deep(|| self.stmt(&mut s, &mut out));
            out.push(s);
        }
        *ss = out;
    }

    /// Inlines what it can in statement `s`, the copies going to `pre`.
    fn stmt(&mut self, s: &mut Stmt, pre: &mut Vec<Stmt>) {
        match s {
            Stmt::Eval(e) => {
                if let Some((g, outer)) = self.copied_call(e) {
                    if self.prog.funcs[g].results.is_empty() {
                        self.copy(g, take_args(e), &outer, pre);
                        *s = Stmt::Block(Vec::new());
                        return;
                    }
                }
                self.expr(e, &mut true, pre);
            }
            Stmt::Assign(ps, vs) => {
                let mut stable = self.places_stable(ps);
                for v in vs.iter_mut() {
                    self.expr(v, &mut stable, pre);
                }
            }
            Stmt::AssignTuple(ps, e) => {
                let places_stable = self.places_stable(ps);
                let copied = match self.copied_call(e) {
                    Some((g, outer)) if places_stable => {
                        Some(self.copy(g, take_args(e), &outer, pre))
                    }
                    _ => None,
                };
                if let Some(rs) = copied {
                    let vals = rs
                        .into_iter()
                        .map(|(l, ty)| Expr {
                            ty,
                            kind: K::Local(l),
                        })
                        .collect();
                    *s = Stmt::Assign(std::mem::take(ps), vals);
                    return;
                }
                let mut stable = places_stable;
                self.expr(e, &mut stable, pre);
            }
            Stmt::Return(vs) => {
                let mut stable = true;
                for v in vs.iter_mut() {
                    self.expr(v, &mut stable, pre);
                }
            }
            Stmt::If(c, ..) => {
                self.expr(c, &mut true, pre);
                s.for_each_block_mut(&mut |b| self.block(b));
            }
            _ => s.for_each_block_mut(&mut |b| self.block(b)),
        }
    }

    /// Inlines the calls in `e` (in evaluation order) that only stable operands precede;
    /// `stable` says whether all evaluated before `e` is.
    fn expr(&mut self, e: &mut Expr, stable: &mut bool, pre: &mut Vec<Stmt>) {
        crate::compile::deep(|| {
            let before = *stable;
            if matches!(e.kind, K::Closure(..)) {
                return;
            }
            // A map literal inserts its entries one by one (hashing a key may panic): nothing
            // in it or after it is inlined.
            if let K::MapLit(..) = e.kind {
                *stable = false;
                return;
            }
            // The right operand of `&&` and `||` may not run: nothing in it is inlined.
            if let K::Binary(tir::BinOp::LogAnd | tir::BinOp::LogOr, a, b) = &mut e.kind {
                self.expr(a, stable, pre);
                *stable &= self.stable(b);
                return;
            }
            e.kind
                .for_each_operand_mut(&mut |x| self.expr(x, stable, pre));
            match self.copied_call(e) {
                Some((g, outer)) if before => {
                    if self.prog.funcs[g].results.len() != 1 {
                        *stable = false;
                        return;
                    }
                    let rs = self.copy(g, take_args(e), &outer, pre);
                    e.kind = K::Local(rs[0].0);
                    *stable = true;
                }
                _ => {
                    if !stable_node(self.prog, &self.prog.funcs[self.host], e) {
                        *stable = false;
                    }
                }
            }
        })
    }

    /// Appends to `pre` a copy of `g`'s body called with `args` (a literal's: capturing the
    /// host's variables `outer`, which its copy uses); returns its result locals.
    fn copy(
        &mut self,
        g: FuncId,
        args: Vec<Expr>,
        outer: &[LocalId],
        pre: &mut Vec<Stmt>,
    ) -> Vec<(LocalId, crate::compile::types::TypeId)> {
        let host = self.host;
        let callee = &self.prog.funcs[g];
        let captures = callee.captures.clone();
        if self.literals.contains_key(&g) {
            self.out.literals.insert(g);
        }
        let mut body = callee.body.clone();
        let params = callee.params.clone();
        let named = callee.named_results.clone();
        let results = callee.results.clone();
        let heap: HashSet<LocalId> = callee.heap.iter().copied().collect();
        let locals: Vec<(LocalId, crate::compile::types::TypeId)> =
            callee.locals.iter().map(|(l, &t)| (l, t)).collect();
        let ntargets = callee.targets;
        let hf = &mut self.prog.funcs[host];
        let mut map = HashMap::new();
        for (l, t) in locals {
            if let Some(k) = captures.iter().position(|&c| c == l) {
                map.insert(l, outer[k]);
                self.out.aliases.push(((g, l), (host, outer[k])));
                continue;
            }
            let nl = hf.locals.push(t);
            if heap.contains(&l) {
                hf.heap.push(nl);
            }
            map.insert(l, nl);
            let origin = self.out.origin.get(&(g, l)).copied().unwrap_or((g, l));
            self.out.origin.insert((host, nl), origin);
        }
        let base = hf.targets;
        hf.targets += ntargets + 1;
        let exit = TargetId::new(base + ntargets);
        let res: Vec<(LocalId, crate::compile::types::TypeId)> = if named.is_empty() {
            results.iter().map(|&t| (hf.locals.push(t), t)).collect()
        } else {
            named.iter().map(|l| (map[l], hf.locals[map[l]])).collect()
        };
        let mut block = Vec::new();
        if !params.is_empty() {
            block.extend(params.iter().map(|p| Stmt::Decl(map[p])));
            block.push(Stmt::Assign(
                params.iter().map(|p| Place::Local(map[p])).collect(),
                args,
            ));
        } else {
            // Arguments of no parameters do not exist; nothing to evaluate.
            debug_assert!(args.is_empty());
        }
        for &(r, ty) in &res {
            block.push(Stmt::Decl(r));
            if !named.is_empty() {
                block.push(Stmt::Assign(
                    vec![Place::Local(r)],
                    vec![Expr { ty, kind: K::Zero }],
                ));
            }
        }
        let label_base = self.next_label;
        self.next_label += labels(&body);
        let rn = Renamer {
            map: &map,
            base,
            label_base,
            exit,
            results: res.iter().map(|r| r.0).collect(),
        };
        rn.stmts(&mut body);
        block.extend(body);
        pre.push(Stmt::Labeled(block, exit));
        res
    }
}

/// The arguments of call `e` (of a function or a function value), taken out of it (the
/// copy replaces it).
fn take_args(e: &mut Expr) -> Vec<Expr> {
    match std::mem::replace(&mut e.kind, K::Zero) {
        K::Call(_, args) | K::CallValue(_, args) => args,
        _ => unreachable!("only calls are copied"),
    }
}

/// Renames a copied body's locals and targets, turns its returns into assignments of the
/// results and a jump out, and gives its sites identities of their own.
struct Renamer<'a> {
    map: &'a HashMap<LocalId, LocalId>,
    base: usize,
    label_base: usize,
    exit: TargetId,
    results: Vec<LocalId>,
}

impl Renamer<'_> {
    fn target(&self, t: &mut TargetId) {
        *t = TargetId::new(self.base + t.index());
    }

    fn local(&self, l: &mut LocalId) {
        *l = self.map[l];
    }

    fn stmts(&self, ss: &mut [Stmt]) {
        for s in ss.iter_mut() {
            crate::compile::deep(|| self.stmt(s));
        }
    }

    fn stmt(&self, s: &mut Stmt) {
        match s {
            Stmt::Return(vs) => {
                let mut vs = std::mem::take(vs);
                for v in vs.iter_mut() {
                    self.expr(v);
                }
                let jump = Stmt::Break(self.exit);
                *s = if vs.is_empty() {
                    jump
                } else {
                    let places = self.results.iter().map(|&r| Place::Local(r)).collect();
                    Stmt::Block(vec![Stmt::Assign(places, vs), jump])
                };
                return;
            }
            Stmt::Break(t) | Stmt::Continue(t) => self.target(t),
            Stmt::Label(l) | Stmt::Goto(l) => *l = tir::LabelId::new(self.label_base + l.index()),
            Stmt::Loop {
                target, per_iter, ..
            } => {
                self.target(target);
                per_iter.iter_mut().for_each(|l| self.local(l));
            }
            Stmt::Switch { target, .. } | Stmt::Labeled(_, target) => self.target(target),
            Stmt::Decl(l) => self.local(l),
            Stmt::Assign(ps, _) | Stmt::AssignTuple(ps, _) => {
                for p in ps.iter_mut() {
                    if let Place::Local(l) = p {
                        self.local(l);
                    }
                }
            }
            _ => {}
        }
        s.for_each_expr_mut(&mut |e| self.expr(e));
        s.for_each_block_mut(&mut |b| self.stmts(b));
    }

    fn expr(&self, e: &mut Expr) {
        crate::compile::deep(|| {
            match &mut e.kind {
                K::Local(l) | K::MapIterInit(_, l) | K::MapIterNext(l) => self.local(l),
                K::Append(_, _, site)
                | K::StringToBytes(_, _, site)
                | K::StringToRunes(_, site) => {
                    let d = site.data();
                    *site = Site::new(d.file, d.pos);
                }
                _ => {}
            }
            e.kind.for_each_operand_mut(&mut |x| self.expr(x));
        })
    }
}

/// Whether evaluating `e` in `host` has no effect a call could see or change, nor could
/// panic: constants, the host's own locals (not in heap cells, not captured) and their
/// fields, and arithmetic that cannot fail on them.
fn stable(prog: &Program, host: &tir::Func, e: &Expr) -> bool {
    crate::compile::deep(|| {
        let mut ok = stable_node(prog, host, e);
        e.kind
            .for_each_operand(&mut |x| ok &= stable(prog, host, x));
        ok
    })
}

/// Whether node `e` itself (its operands aside) is stable, as [`stable`] says.
fn stable_node(prog: &Program, host: &tir::Func, e: &Expr) -> bool {
    use tir::BinOp as B;
    let t = &prog.types;
    let plain = |x: &Expr| t.is_numeric(x.ty) || t.is_string(x.ty) || t.is_boolean(x.ty);
    match &e.kind {
        K::Const(_) | K::Zero | K::FuncAddr(_) | K::TypeDesc(_) => true,
        K::Local(l) => !host.heap.contains(l) && !host.captures.contains(l),
        K::Field(..) | K::Unary(..) | K::Convert(_) | K::ConvIface(_) | K::Box(_) => true,
        K::Len(x) => t.is_string(x.ty) || t.slice_elem(x.ty).is_some(),
        K::Binary(op, a, _) => plain(a) && !matches!(op, B::Div | B::Rem | B::Shl | B::Shr),
        _ => false,
    }
}
