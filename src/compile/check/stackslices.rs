//! `cap` of slices whose capacity depends on gc's escape analysis.
//!
//! Since Go 1.25 gc gives a growing `append` to a slice that does not escape a 32-byte stack
//! buffer (`var s []int; s = append(s, 1)` has capacity 4, not 1), and Go 1.27 grows some
//! slices one size class at a time before moving them to the heap; a `[]byte`/`[]rune`
//! conversion that does not escape gets a buffer or no copy at all. Which applies follows from
//! gc's escape analysis, after inlining, and shows in `cap` (and in whether a later append
//! shares the backing array). memrun allocates as gc does for slices that escape.
//!
//! Without gc's analysis, memrun accepts `cap` only where gc's choice cannot show: of a slice
//! made only by `make`, literals and slicing arrays or such slices (never appended to or
//! converted); of one gc certainly keeps on the heap (printed by fmt, here or through a
//! function that prints its parameter, and only appended to itself); of a parameter when every
//! call passes such a slice; and of `[]byte(s)` read directly. Any other `cap` is "not
//! supported yet". Each function's facts are gathered when its check ends and resolved once
//! every function is checked, since callers and callees inform each other.

use super::*;
use crate::compile::escape::{elems_holder, field_holder, holder_of, Holder};
use crate::compile::tir::Stmt;
use tir::ExprKind as K;

/// What the scan learnt about one local slice variable.
#[derive(Default, Clone)]
struct Facts {
    /// Assigned something other than a fresh slice, a reslice of itself or of another local
    /// slice, or an append to itself.
    foreign: bool,
    /// Of those, something not held in a field, an element or a map's value (whose
    /// exactness, in its `roots`, then decides its capacity).
    unheld: bool,
    /// A parameter: its first value is the caller's.
    param: bool,
    /// Appended to (`s = append(s, …)`).
    appended: bool,
    /// Assigned a `[]byte`/`[]rune` conversion.
    converted: bool,
    /// Printed by fmt: gc allocates its storage on the heap.
    boxed: bool,
    /// Locals whose storage it was assigned (`t := s[1:]`, `t := append(s, x)`, a range
    /// loop's hidden copy).
    from: Vec<LocalId>,
    /// Declared functions whose result it was assigned.
    results_of: Vec<FuncId>,
    /// Declared functions one of whose several results it was assigned (and which).
    tuple_results: Vec<(FuncId, usize)>,
    /// May leave the function: printed, stored in memory or in an interface, passed through
    /// a function value (gc's escape analysis then decides; memrun does not know its answer).
    escapes: bool,
    /// Returned to the caller.
    returned: bool,
    /// Assigned to memory or to a variable memrun does not follow (also `escapes`).
    stored: bool,
    /// Used itself where gc's slice pass gives up following it and its storage goes to the
    /// heap (printed, stored as another slice's element): gc grows it as memrun does.
    sink: bool,
    /// A hidden copy the checker made (a range loop's of its operand), which only reads.
    hidden: bool,
    /// Whether the first assignment met made it non-empty
    /// ([`tir::Expr::is_fresh_nonempty`]): appends then never start from empty, where gc's
    /// stack buffer would come in.
    first_nonempty: Option<bool>,
    /// Assigned something that may be empty after that (nil, an empty literal, a reslice).
    may_empty: bool,
    /// Direct calls whose result it was assigned: callee and the arguments' storage.
    call_results: Vec<(FuncId, Vec<(usize, LocalId)>)>,
    /// Where it is appended to itself, and where its storage goes to another holder (a
    /// local, memory, a channel, a call): see [`appends_before_sharing`].
    appended_at: Vec<Point>,
    shared_at: Vec<Share>,
    /// How many loops were around its declaration: those run it afresh each iteration.
    decl_depth: usize,
    /// Where storage it was assigned from outside the followed locals came from.
    roots: Vec<Root>,
    /// Its elements are over 32 bytes: gc never gives its appends a stack store (nor does
    /// its slice pass follow it), so they grow on the heap wherever its storage goes.
    heap_appends: bool,
    /// Appends to it evaluated as expressions (not `s = append(s, …)`), and of those the
    /// ones a `return` returns themselves.
    loose_appends: u32,
    returned_appends: u32,
    /// A `return` returns an append to it and it again (or another append to it).
    returned_twice: bool,
    /// An element's address taken, or an array pointer made of it (`(*[N]T)(s)`).
    addressed: bool,
}

/// Where a slice variable's storage came from, when not from a followed local or fresh: what
/// else may hold it.
#[derive(Clone)]
enum Root {
    /// A struct's slice field (the struct's type, the field's index).
    Field(TypeId, usize),
    /// An element of a slice of slices, a value of a map of slices (the container's type).
    Elems(TypeId),
    /// A call's result: the callee and its arguments' types (with whether each is storage of
    /// a followed local or fresh).
    Call(FuncId, Vec<(TypeId, bool)>),
    /// Memory memrun does not follow (a global, an element, a pointer's target, a captured
    /// variable).
    Memory,
}

impl Root {
    /// A field's, an element's or a map value's: its holder's exactness decides.
    fn is_held(&self) -> bool {
        matches!(self, Root::Field(..) | Root::Elems(..))
    }
}

impl Facts {
    /// Assigned storage from outside the followed locals, from `root` (None: judged where it
    /// was stored).
    fn given_elsewhere(&mut self, root: Option<Root>) {
        self.foreign = true;
        self.unheld |= !root.as_ref().is_some_and(Root::is_held);
        self.roots.extend(root);
    }
}

impl Scan {
    /// What else may hold the storage of `v` (assigned to a local), if it is not fresh or a
    /// followed local's; None when its capacity is that of a full slice expression.
    fn root(&self, v: &tir::Expr) -> Option<Root> {
        let mut x = v;
        loop {
            match &x.kind {
                K::SliceSlice(_, _, _, Some(_), _) => return None,
                K::SliceSlice(y, ..) | K::Retype(y) => x = y,
                _ => break,
            }
        }
        Some(match &resliced(x).kind {
            K::Local(m) if self.facts.contains_key(m) => return None,
            K::MakeSlice(..) | K::Composite(..) | K::ArraySlice(..) | K::Zero | K::Const(_) => {
                return None;
            }
            K::Field(b, i) => Root::Field(b.ty, *i),
            K::SliceIndex(b, _) | K::MapIndex(b, _) => Root::Elems(b.ty),
            // A range over a map's value.
            K::Deref(p) => match p.kind {
                K::Local(vp) if self.map_values.contains_key(&vp) => {
                    Root::Elems(self.map_values[&vp])
                }
                _ => Root::Memory,
            },
            // An element of a local's array, a received or asserted value: its storage was
            // judged where it was stored.
            K::ArrayIndex(b, _) if !based_on_memory(b) => return None,
            K::Recv(..) | K::TypeAssert(..) | K::SelectRecv(..) => return None,
            K::Call(g, args) => Root::Call(
                *g,
                args.iter()
                    .map(|a| {
                        let own = self.storage(a).is_some()
                            || matches!(self.arg(a), Arg::Fresh | Arg::Local(_));
                        (a.ty, own)
                    })
                    .collect(),
            ),
            _ => Root::Memory,
        })
    }
}

/// A point of a function's body: the statement's number in source order and the loops around
/// it that do not also enclose the variable's declaration (their numbers, outermost first).
#[derive(Clone, Default)]
struct Point {
    seq: usize,
    loops: Vec<usize>,
}

/// Where a variable's storage gets another holder.
#[derive(Clone)]
struct Share {
    at: Point,
    /// The holder is not a local slice memrun follows (memory, a channel, a call, an
    /// interface): its own appends are not judged anywhere.
    untracked: bool,
    /// The variable is given fresh storage (or the function returns) after it, before any
    /// append: the holder keeps storage the variable no longer appends to.
    dropped: bool,
    /// The loop a `break` right after it leaves: nothing in that loop runs after it.
    exits: Option<usize>,
    /// The function returns the storage there: nothing of it runs after.
    at_return: bool,
}

/// An argument of a direct call, as far as capacity goes.
#[derive(Clone, Copy)]
enum Arg {
    /// A fresh slice (`make`, a literal, a slice of an array) or nil.
    Fresh,
    /// A local slice of the caller (possibly resliced).
    Local(LocalId),
    /// The result of a direct call of a declared function (possibly resliced).
    Result(FuncId),
    /// An append (its site: file and offset) to a fresh slice (None) or a local: where gc
    /// certainly grows it on the heap, as memrun does, its operand's capacity decides.
    Append((usize, u32), Option<LocalId>),
    /// Anything else.
    Other,
}

/// One function's facts, resolved when the package's check ends.
pub(super) struct Summary {
    /// The declared function (None for a literal, which is called through a value).
    func: Option<FuncId>,
    /// The function literal, for whether its locals are settled (gc may have inlined its
    /// calls, and memrun copied them).
    literal: Option<FuncId>,
    file: usize,
    facts: HashMap<LocalId, Facts>,
    params: Vec<LocalId>,
    /// `cap` calls (position and operand), and slice expressions that may reach past the
    /// length (with their guard).
    caps: Vec<(Pos, tir::Expr, Option<tir::CapGuard>)>,
    /// Direct calls: callee, parameter index, argument.
    calls: Vec<(FuncId, usize, Arg)>,
    /// What each of its `return` statements returns.
    results: Vec<Vec<Arg>>,
    /// Appends: position, base, and whether the result goes back to the base.
    appends: Vec<(Pos, tir::Expr, bool)>,
    /// Appends that never grow (positions).
    nongrowing: Vec<Pos>,
    /// Every value its `return` statements return.
    returned: Vec<Returned>,
    /// Locals whose storage goes to a direct call: callee, parameter index, local.
    flows: Vec<(FuncId, usize, LocalId)>,
    /// The body has a `goto` (source order is then not execution order).
    has_goto: bool,
    /// Every `return` returns a new literal or `make`: each call's result is storage of
    /// its own.
    fresh_result: bool,
    /// Its facts for appends passed as arguments ([`argappends`]).
    args: argappends::ArgFacts,
}

struct Scan {
    facts: HashMap<LocalId, Facts>,
    /// The checker's hidden variables.
    temps: Vec<LocalId>,
    calls: Vec<(FuncId, usize, Arg)>,
    results: Vec<Vec<Arg>>,
    flows: Vec<(FuncId, usize, LocalId)>,
    /// The statement being scanned, numbered in source order.
    seq: usize,
    /// The loops around it, and how many loops were met.
    loops: Vec<usize>,
    nloops: usize,
    /// Break targets around it: a loop's (with its number) or a switch's or block's.
    targets: Vec<(TargetId, Option<usize>)>,
    has_goto: bool,
    /// Returns seen, and whether each returned a new literal or `make`.
    nreturns: usize,
    fresh_returns: bool,
    /// Every share, in order: the variable and its index in `shared_at`.
    share_log: Vec<(LocalId, usize)>,
    /// Appends that never grow (their positions): see [`filtered_in_place`].
    nongrowing: Vec<Pos>,
    /// Every value returned (of every result).
    returned: Vec<Returned>,
    /// Whether each of the function's results is a slice (the others have no capacity).
    slice_results: Vec<bool>,
    /// Range loops over maps: each iterator's map type, and each loop's hidden pointer to
    /// the value (with the map type).
    map_iters: HashMap<LocalId, TypeId>,
    map_values: HashMap<LocalId, TypeId>,
    /// The library functions the body calls that return a reslice of their first argument
    /// ([`reslicing`]).
    reslicers: HashSet<FuncId>,
    /// The library functions the body calls that append to their first argument
    /// ([`library_appender`]), and those of them whose result's capacity follows from the
    /// argument's ([`exact_appender`]).
    appenders: HashMap<FuncId, usize>,
    exact_appenders: HashSet<FuncId>,
}

/// Whether library function `name` (an instance: `slices.Compact[[]int,int]`) returns its
/// first argument resliced (`s[:k]`), never new storage: as far as capacity goes,
/// `t = slices.Compact(s)` is `t = s[:k]`.
fn reslicing(name: &str) -> bool {
    let base = tir::generic_name(name);
    matches!(
        base,
        "slices.Compact" | "slices.CompactFunc" | "slices.Delete" | "slices.DeleteFunc"
    )
}

/// Whether library function `name` (an instance: `slices.Insert[[]int,int]`) returns a slice
/// argument appended to: in place when its capacity allows, in new storage when not, so its
/// result shares that storage or not depending on the capacity, as an `append`'s does. Which
/// argument: its index, the receiver counted.
pub(super) fn library_appender(name: &str) -> Option<usize> {
    let base = tir::generic_name(name);
    match base {
        "slices.Insert"
        | "slices.Replace"
        | "slices.Grow"
        | "slices.AppendSeq"
        | "strconv.AppendBool"
        | "strconv.AppendInt"
        | "strconv.AppendUint"
        | "strconv.AppendFloat"
        | "strconv.AppendQuote"
        | "strconv.AppendQuoteToASCII"
        | "strconv.AppendQuoteToGraphic"
        | "strconv.AppendQuoteRune"
        | "strconv.AppendQuoteRuneToASCII"
        | "strconv.AppendQuoteRuneToGraphic"
        | "unicode/utf8.AppendRune"
        | "encoding/hex.AppendEncode"
        | "encoding/hex.AppendDecode"
        // (The buffer appends its writes to the slice it is given.)
        | "bytes.NewBuffer" => Some(0),
        "encoding/base64.(*base64.Encoding).AppendEncode"
        | "encoding/base64.(*base64.Encoding).AppendDecode"
        | "time.time.Time.AppendFormat" => Some(1),
        _ => None,
    }
}

/// Whether library appender `name` ([`library_appender`]) returns, when it grows, storage
/// whose capacity follows from its argument's: gc appends in a function it never inlines (so
/// grows on the heap), and memrun's library grows as gc's does.
pub(crate) fn exact_appender(name: &str) -> bool {
    let base = tir::generic_name(name);
    matches!(
        base,
        "slices.Insert" | "slices.Replace" | "strconv.AppendQuote" | "strconv.AppendQuoteToASCII"
    )
}

/// Whether library function `name` (an instance: `slices.Clone[[]int,int]`) is inlined by gc
/// and returns an append of its argument to an empty slice: a clone, on the heap where the
/// variable it is assigned escapes, at a heap append's capacity as memrun's library makes it.
fn cloner(name: &str) -> bool {
    matches!(tir::generic_name(name), "slices.Clone" | "bytes.Clone")
}

/// A returned value's storage.
#[derive(Clone)]
enum Returned {
    /// Fresh (or of a full slice expression's capacity).
    Own,
    /// A followed local's.
    Local(LocalId),
    /// From elsewhere.
    Root(Root),
}

impl Scan {
    /// The current point, for variable `m`.
    fn here(&mut self, m: LocalId) -> Point {
        let depth = self.fact(m).decl_depth.min(self.loops.len());
        Point {
            seq: self.seq,
            loops: self.loops[depth..].to_vec(),
        }
    }

    /// `m`'s storage gets a holder memrun does not follow here.
    fn shared(&mut self, m: LocalId) {
        self.share(m, true);
    }

    /// `m`'s storage gets another holder here.
    fn share(&mut self, m: LocalId, untracked: bool) {
        let at = self.here(m);
        let f = self.fact(m);
        f.shared_at.push(Share {
            at,
            untracked,
            dropped: false,
            exits: None,
            at_return: false,
        });
        let k = f.shared_at.len() - 1;
        self.share_log.push((m, k));
    }

    fn cand(&self, e: &tir::Expr) -> Option<LocalId> {
        match e.unconverted().kind {
            K::Local(l) if self.facts.contains_key(&l) => Some(l),
            _ => None,
        }
    }

    /// The candidate whose storage `e` may be, through reslices and appends.
    fn storage(&self, e: &tir::Expr) -> Option<LocalId> {
        let mut x = e;
        loop {
            match &x.kind {
                K::SliceSlice(inner, ..)
                | K::Append(inner, ..)
                | K::AppendSlice(inner, _)
                | K::Retype(inner) => x = inner,
                // A reslice or an exact append made by the library.
                K::Call(g, args)
                    if (self.reslicers.contains(g) || self.exact_appenders.contains(g))
                        && !args.is_empty() =>
                {
                    x = &args[0]
                }
                _ => break,
            }
        }
        self.cand(x)
    }

    /// `e`'s storage is assigned to memory or a variable memrun does not follow.
    fn store(&mut self, e: &tir::Expr) {
        if let Some(l) = self.storage(e) {
            self.shared(l);
            let f = self.fact(l);
            f.stored = true;
            f.escapes = true;
        }
    }

    /// `e`'s storage may leave the function here.
    fn escape(&mut self, e: &tir::Expr) -> Option<LocalId> {
        let l = self.storage(e)?;
        self.shared(l);
        self.fact(l).escapes = true;
        Some(l)
    }

    /// The arguments of a direct call of `g`: where they go is `g`'s parameters' business —
    /// but for what may be a type parameter's method, which gc calls through its dictionary
    /// (a function it does not know): they may leave. (Whether it is one is known only once
    /// every generic body is checked, after this scan: the escape analysis decides.)
    fn call_args(&mut self, g: FuncId, args: &[tir::Expr]) {
        if tir::Expr::dictionary_call(args) {
            for a in args {
                let a = a.unmarked();
                self.escape(a);
                self.expr(a);
            }
            return;
        }
        self.call_args_but(g, args, None);
    }

    /// [`Scan::call_args`] of a call that is no dictionary's, but for argument `kept` (a
    /// library appender's slice, which the callee hands back): only its call recorded.
    fn call_args_but(&mut self, g: FuncId, args: &[tir::Expr], kept: Option<usize>) {
        for (i, a) in args.iter().enumerate() {
            let arg = self.arg(a);
            self.calls.push((g, i, arg));
            if Some(i) == kept {
                continue;
            }
            if let Some(m) = self.storage(a) {
                self.flows.push((g, i, m));
                self.shared(m);
            }
            self.expr(a);
        }
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for i in 0..ss.len() {
            if let Some(pos) = filtered_in_place(ss, i, &self.facts) {
                self.nongrowing.push(pos);
            }
        }
        for (i, s) in ss.iter().enumerate() {
            let mark = self.share_log.len();
            self.stmt(s);
            let made = self.share_log[mark..].to_vec();
            for (m, k) in made {
                self.after_share(m, k, &ss[i + 1..]);
            }
        }
    }

    /// What the statements after a share of `m` in its block do to it: `m` given fresh
    /// storage (or a `return`) before any use of `m` drops the share; a `break` out of a loop
    /// ends the loops it leaves for it.
    fn after_share(&mut self, m: LocalId, k: usize, rest: &[Stmt]) {
        for s in rest {
            match s {
                Stmt::Assign(ps, vs)
                    if matches!(ps.as_slice(), [Place::Local(l)] if *l == m)
                        && matches!(vs.as_slice(), [v] if is_fresh(v) ) =>
                {
                    self.fact(m).shared_at[k].dropped = true;
                    return;
                }
                Stmt::Return(vs) if !vs.iter().any(|v| mentions(v, m)) => {
                    self.fact(m).shared_at[k].dropped = true;
                    return;
                }
                Stmt::Break(t) => {
                    let left = self
                        .targets
                        .iter()
                        .rev()
                        .find(|(target, _)| target == t)
                        .and_then(|(_, l)| *l);
                    if let Some(l) = left {
                        let h = &mut self.fact(m).shared_at[k];
                        if let Some(i) = h.at.loops.iter().position(|&x| x == l) {
                            h.at.loops.truncate(i);
                            h.exits = Some(l);
                        }
                    }
                    return;
                }
                // Declarations and statements that cannot touch `m`'s storage.
                Stmt::Decl(_) => {}
                Stmt::Eval(e) if !mentions(e, m) => {}
                Stmt::Send(c, v) if !mentions(c, m) && !mentions(v, m) => {}
                Stmt::Assign(ps, vs)
                    if ps.iter().all(|p| matches!(p, Place::Local(l) if *l != m))
                        && !vs.iter().any(|v| mentions(v, m)) => {}
                _ => return,
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        crate::compile::deep(|| self.stmt_here(s))
    }

    fn stmt_here(&mut self, s: &Stmt) {
        self.seq += 1;
        match s {
            Stmt::Assign(ps, vs) if ps.len() == 1 && vs.len() == 1 => self.assign(&ps[0], &vs[0]),
            Stmt::Assign(ps, vs) => {
                for (p, v) in ps.iter().zip(vs) {
                    let r = self.root(v);
                    self.place_from(p, r);
                    // A followed local's storage (`a, b = b, a`): the two share it.
                    if let (Place::Local(l), Some(m)) = (p, self.storage(v)) {
                        if self.facts.contains_key(l) && *l != m {
                            self.share(m, false);
                            self.fact(*l).from.push(m);
                        }
                    }
                }
                vs.iter().for_each(|v| self.expr(v));
            }
            Stmt::AssignTuple(ps, e) => {
                // A call's results: what its returns may hold.
                let callee = match &e.kind {
                    K::Call(g, _) => Some(*g),
                    K::TupleConvert(x) => match x.kind {
                        K::Call(g, _) => Some(g),
                        _ => None,
                    },
                    _ => None,
                };
                let r = match &e.kind {
                    K::Call(..) => self.root(e),
                    K::TupleConvert(x) if matches!(x.kind, K::Call(..)) => self.root(x),
                    K::MapIndexOk(b, _) => Some(Root::Elems(b.ty)),
                    // A range over a map: the value's pointer (`v` is read through it).
                    K::MapIterNext(it) => {
                        if let (Some(&t), Some(Place::Local(vp))) =
                            (self.map_iters.get(it), ps.get(1))
                        {
                            self.map_values.insert(*vp, t);
                        }
                        None
                    }
                    // Received, asserted: judged where stored.
                    K::Recv(..) | K::TypeAssert(..) | K::SelectRecv(..) => None,
                    _ => Some(Root::Memory),
                };
                for (i, p) in ps.iter().enumerate() {
                    match (p, callee) {
                        // Judged by what the callee returns there.
                        (Place::Local(l), Some(g)) if self.facts.contains_key(l) => {
                            let f = self.fact(*l);
                            f.foreign = true;
                            f.roots.extend(r.clone());
                            f.tuple_results.push((g, i));
                        }
                        _ => self.place_from(p, r.clone()),
                    }
                }
                self.expr(e);
            }
            Stmt::Eval(e) | Stmt::Defer(e) | Stmt::DeferTo(_, e) | Stmt::Go(e) => {
                if let K::MapIterInit(m, it) = &e.kind {
                    self.map_iters.insert(*it, m.ty);
                }
                self.expr(e)
            }
            Stmt::Send(ch, v) => {
                // What is sent may be received by any goroutine.
                self.expr(ch);
                self.expr(v);
                self.store(v);
            }
            Stmt::Return(vs) => {
                self.nreturns += 1;
                for (i, v) in vs.iter().enumerate() {
                    let r = match self.storage(v) {
                        Some(m) => Returned::Local(m),
                        // (A map, a string, a number: no storage a capacity tells of.)
                        None if self.slice_results.get(i) == Some(&false) => Returned::Own,
                        None => self.root(v).map_or(Returned::Own, Returned::Root),
                    };
                    self.returned.push(r);
                }
                let args = vs.iter().map(|v| self.arg(v)).collect();
                self.results.push(args);
                if let [v] = vs.as_slice() {
                    self.fresh_returns &= matches!(v.kind, K::Composite(..) | K::MakeSlice(..));
                } else {
                    self.fresh_returns = false;
                }
                // To the caller, which decides where it goes (gc: "leaking param content" to a
                // result, not to the heap).
                vs.iter().for_each(|v| {
                    if let K::Append(b, ..) | K::AppendSlice(b, _) = &v.unconverted().kind {
                        if let K::Local(m) = resliced(b).kind {
                            if self.facts.contains_key(&m) {
                                // (Returned with itself, the caller gets both holders.)
                                let named = vs.iter().filter(|w| mentions(w, m)).count();
                                let f = self.fact(m);
                                f.returned_appends += 1;
                                f.returned_twice |= named > 1;
                            }
                        }
                    }
                    if let Some(l) = self.storage(v) {
                        self.shared(l);
                        let f = self.fact(l);
                        f.returned = true;
                        if let Some(h) = f.shared_at.last_mut() {
                            h.at_return = true;
                        }
                    }
                    self.expr(v)
                });
            }
            Stmt::If(c, a, b) => {
                self.expr(c);
                self.stmts(a);
                self.stmts(b);
            }
            Stmt::Loop {
                cond,
                body,
                post,
                target,
                ..
            } => {
                self.nloops += 1;
                self.loops.push(self.nloops);
                self.targets.push((*target, Some(self.nloops)));
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.stmts(body);
                self.stmts(post);
                self.targets.pop();
                self.loops.pop();
            }
            Stmt::Switch { clauses, target } => {
                self.targets.push((*target, None));
                for c in clauses {
                    c.conds.iter().for_each(|e| self.expr(e));
                    self.stmts(&c.body);
                }
                self.targets.pop();
            }
            Stmt::Labeled(b, target) => {
                self.targets.push((*target, None));
                self.stmts(b);
                self.targets.pop();
            }
            Stmt::Block(b) => self.stmts(b),
            Stmt::Goto(_) => self.has_goto = true,
            Stmt::Decl(l) => {
                if self.facts.contains_key(l) {
                    let depth = self.loops.len();
                    self.fact(*l).decl_depth = depth;
                }
            }
            Stmt::Break(_) | Stmt::Continue(_) | Stmt::Label(_) => {}
        }
    }

    /// A place assigned a value from elsewhere (a multiple assignment): its operands are read.
    fn place(&mut self, p: &Place) {
        self.place_from(p, Some(Root::Memory));
    }

    /// [`Scan::place`], the value's storage coming from `root` (None: a followed local's or
    /// fresh storage, linked or judged apart).
    fn place_from(&mut self, p: &Place, root: Option<Root>) {
        match p {
            Place::Local(l) => {
                if let Some(f) = self.facts.get_mut(l) {
                    f.given_elsewhere(root);
                }
            }
            Place::SliceElem(x, i) => {
                if self.cand(x).is_none() {
                    self.expr(x);
                }
                self.expr(i);
            }
            Place::Deref(a) => self.expr(a),
            Place::MapElem(m, k) => {
                self.expr(m);
                self.expr(k);
            }
            Place::Global(_) | Place::Blank => {}
        }
    }

    fn assign(&mut self, p: &Place, v: &tir::Expr) {
        // An explicit conversion changes nothing of the storage; an append that never grows
        // is a reslice (its elements only copied within the storage).
        let mut v = v.unconverted();
        if let Some(base) = shrinking(v) {
            if let K::AppendSlice(_, moved) = &v.kind {
                self.expr(moved);
            }
            v = base;
        }
        let Place::Local(l) = p else {
            // Stored in memory: gc's move to the heap happens at such an assignment.
            self.store(v);
            if let Place::SliceElem(x, i) = p {
                if self.cand(x).is_none() {
                    self.expr(x);
                }
                self.expr(i);
            } else {
                self.place(p);
            }
            self.expr(v);
            return;
        };
        let l = *l;
        if !self.facts.contains_key(&l) {
            // A variable memrun does not follow (captured, or not a slice).
            self.store(v);
            self.expr(v);
            return;
        }
        // The base of an append, through reslices (`s = append(s[:i], s[i+1:]...)`).
        let base = |x: &tir::Expr| match resliced(x).kind {
            K::Local(m) => Some(m),
            _ => None,
        };
        let me = |x: &tir::Expr| base(x) == Some(l);
        let nonempty = v.is_fresh_nonempty();
        let self_append = matches!(&v.kind, K::Append(x, ..) | K::AppendSlice(x, _) if me(x));
        {
            let f = self.fact(l);
            match f.first_nonempty {
                None => f.first_nonempty = Some(nonempty && !self_append),
                Some(_) if !nonempty && !self_append => f.may_empty = true,
                Some(_) => {}
            }
        }
        // The checker's hidden copies only read (a range loop's, of a slice or a reslice).
        if self.temps.contains(&l) {
            self.fact(l).hidden = true;
        }
        match &v.kind {
            K::Append(x, xs, _) if me(x) => {
                let at = self.here(l);
                self.fact(l).appended_at.push(at);
                self.fact(l).appended = true;
                self.reslice_bounds(x);
                xs.iter().for_each(|e| self.expr(e));
            }
            K::AppendSlice(x, t) if me(x) => {
                let at = self.here(l);
                self.fact(l).appended_at.push(at);
                self.fact(l).appended = true;
                self.reslice_bounds(x);
                self.expr(t);
            }
            // Another slice appended to: its storage, or a new one (always a new one when a
            // full slice expression leaves no spare capacity, `append(s[:0:0], s...)`).
            K::Append(x, ..) | K::AppendSlice(x, _)
                if base(x).is_some_and(|m| self.facts.contains_key(&m))
                    && !matches!(&x.kind, K::SliceSlice(_, _, Some(hi), Some(max), _) if hi == max) =>
            {
                let m = base(x).expect("a candidate");
                self.share(m, false);
                let f = self.fact(l);
                f.appended = true;
                f.from.push(m);
                self.reslice_bounds(x);
                if let K::Append(_, xs, _) = &v.kind {
                    xs.iter().for_each(|e| self.expr(e));
                }
                if let K::AppendSlice(_, t) = &v.kind {
                    self.expr(t);
                }
            }
            // A library appender's append to l itself (`b = strconv.AppendInt(b, …)`), done
            // in the library: judged at its site as an append to itself; its base is no copy
            // the callee keeps. What it leaves has a capacity memrun does not claim to know,
            // but an exact appender's, which follows from l's.
            K::Call(g, args)
                if self
                    .appenders
                    .get(g)
                    .and_then(|&j| args.get(j))
                    .and_then(base)
                    == Some(l) =>
            {
                let g = *g;
                let dst = self.appenders[&g];
                let at = self.here(l);
                self.fact(l).appended_at.push(at);
                self.reslice_bounds(&args[dst]);
                // (Its result is l's storage or new storage: nothing else holds it.)
                if !self.exact_appenders.contains(&g) {
                    let f = self.fact(l);
                    f.results_of.push(g);
                    f.call_results.push((g, vec![(dst, l)]));
                }
                self.call_args_but(g, args, Some(dst));
            }
            // An exact appender's append to fresh storage: of a capacity memrun knows.
            K::Call(g, args)
                if self.exact_appenders.contains(g)
                    && args
                        .first()
                        .is_some_and(|a| matches!(self.arg(a), Arg::Fresh)) =>
            {
                args.iter().for_each(|a| self.expr(a));
            }
            // A library function returning its argument resliced: a reslice. (Or, an exact
            // appender, new storage of a capacity following from the argument's: what shares
            // with it is judged at the appender's site.)
            K::Call(g, args)
                if (self.reslicers.contains(g) || self.exact_appenders.contains(g))
                    && args.first().is_some_and(|a| self.cand(a).is_some()) =>
            {
                if let Some(m) = args.first().and_then(|a| self.cand(a)) {
                    if m != l {
                        self.share(m, false);
                        self.fact(l).from.push(m);
                    }
                }
                args.iter().skip(1).for_each(|a| self.expr(a));
            }
            K::Call(g, args) => {
                let g = *g;
                let storages: Vec<(usize, LocalId)> = args
                    .iter()
                    .enumerate()
                    .filter_map(|(j, a)| self.storage(a).map(|m| (j, m)))
                    .collect();
                let r = self.root(v);
                let f = self.fact(l);
                f.results_of.push(g);
                f.call_results.push((g, storages));
                f.roots.extend(r);
                self.call_args(g, args);
            }
            // `s[:0:0]` holds nothing of s's storage: its first append makes its own.
            K::SliceSlice(_, _, Some(hi), Some(max), _) if is_zero(hi) && is_zero(max) => {
                self.expr(v)
            }
            K::SliceSlice(x, a, b, c, _) => {
                if let Some(m) = self.cand(x) {
                    if m != l {
                        self.share(m, false);
                        self.fact(l).from.push(m);
                    }
                } else {
                    let r = self.root(v);
                    self.fact(l).given_elsewhere(r);
                    self.expr(x);
                }
                for y in [a, b, c].into_iter().flatten() {
                    self.expr(y);
                }
            }
            K::Local(m) if self.facts.contains_key(m) => {
                let m = *m;
                self.share(m, false);
                self.fact(l).from.push(m);
            }
            K::MakeSlice(..) | K::Composite(..) | K::ArraySlice(..) | K::Zero | K::Const(_) => {
                self.expr(v)
            }
            K::Convert(x) if matches!(x.kind, K::Const(_) | K::Zero) => {}
            K::StringToBytes(x, ..) | K::StringToRunes(x, _) => {
                self.fact(l).converted = true;
                self.expr(x);
            }
            _ => {
                let r = self.root(v);
                self.fact(l).given_elsewhere(r);
                self.expr(v);
            }
        }
    }

    /// The index operands of the reslices around an append's base.
    fn reslice_bounds(&mut self, x: &tir::Expr) {
        if let K::SliceSlice(inner, a, b, c, _) = &x.kind {
            for y in [a, b, c].into_iter().flatten() {
                self.expr(y);
            }
            self.reslice_bounds(inner);
        }
    }

    fn fact(&mut self, l: LocalId) -> &mut Facts {
        self.facts.entry(l).or_default()
    }

    fn arg(&self, e: &tir::Expr) -> Arg {
        match &resliced(e).kind {
            K::Local(l) if self.facts.contains_key(l) => Arg::Local(*l),
            K::MakeSlice(..) | K::Composite(..) | K::ArraySlice(..) | K::Zero => Arg::Fresh,
            // An exact appender's result: of a capacity following from its argument's.
            K::Call(g, args) if self.exact_appenders.contains(g) && !args.is_empty() => {
                self.arg(&args[0])
            }
            K::Call(g, _) => Arg::Result(*g),
            K::Append(base, _, site) => {
                let at = (site.data().file, site.data().pos);
                match self.arg(base) {
                    Arg::Fresh => Arg::Append(at, None),
                    Arg::Local(l) => Arg::Append(at, Some(l)),
                    _ => Arg::Other,
                }
            }
            _ => Arg::Other,
        }
    }

    fn expr(&mut self, e: &tir::Expr) {
        crate::compile::deep(|| self.expr_here(e))
    }

    fn expr_here(&mut self, e: &tir::Expr) {
        match &e.kind {
            // fmt's parameters leak to the heap: what it prints escapes.
            K::Fmt(_, args) => {
                for a in args {
                    if let Some(l) = self.escape(a) {
                        let f = self.fact(l);
                        f.boxed = true;
                        f.sink = true;
                    }
                    self.expr(a);
                }
            }
            K::Call(f, args) => self.call_args(*f, args),
            // What a select sends may be received by any goroutine.
            K::Select(cases, _) => {
                for c in cases.iter().filter(|c| c.send) {
                    if self.facts.contains_key(&c.val) {
                        self.shared(c.val);
                        let f = self.fact(c.val);
                        f.stored = true;
                        f.escapes = true;
                    }
                }
            }
            // Into an interface, another call, a composite value or another slice's elements.
            // Stored as another slice's element (`res = append(res, path)`).
            K::Append(fv, args, _) => {
                self.loose_append(fv);
                self.expr(fv);
                for a in args {
                    if let Some(l) = self.escape(a) {
                        self.fact(l).sink = true;
                    }
                    self.expr(a);
                }
            }
            K::AppendSlice(fv, _) => {
                self.loose_append(fv);
                e.kind.for_each_operand(&mut |x| self.expr(x));
            }
            // An element's address, an array pointer into the storage: holders of their own.
            K::AddrOf(x) | K::SliceToArray(x) => {
                let mut y = x.as_ref();
                while let K::Field(z, _) | K::ArrayIndex(z, _) | K::SliceIndex(z, _) = &y.kind {
                    y = z;
                }
                if let K::Local(m) = resliced(y).kind {
                    if self.facts.contains_key(&m) {
                        self.fact(m).addressed = true;
                    }
                }
                e.kind.for_each_operand(&mut |x| self.expr(x));
            }
            // Interfaces, composite values and function values gc may keep on the stack
            // too: not taken as leaving (the safe side for the aliasing rule).
            kind => kind.for_each_operand(&mut |x| self.expr(x)),
        }
    }

    /// An append to `base` evaluated as an expression (not `s = append(s, …)`): counted
    /// for [`returned_alone`].
    fn loose_append(&mut self, base: &tir::Expr) {
        if let K::Local(m) = resliced(base).kind {
            if self.facts.contains_key(&m) {
                self.fact(m).loose_appends += 1;
            }
        }
    }
}

impl Checker<'_> {
    /// At the end of a function's check: its slice facts, for [`Checker::resolve_caps`].
    /// Names function literal `id` in its summary, the one pushed at index `at` if any.
    pub(super) fn literal_summary(&mut self, at: usize, id: FuncId) {
        if self.slice_summaries.len() == at + 1 {
            self.slice_summaries[at].literal = Some(id);
        }
    }

    pub(super) fn stack_slices(&mut self) {
        let caps = std::mem::take(&mut self.cap_sites);
        let appends = std::mem::take(&mut self.append_sites);
        // The runtime library's own slices are its business (and it is compiled once), also
        // in its generic functions' instances. A generic body checked with stand-in types
        // never runs: its instances are judged.
        if self.files[self.file].library || self.library_body || self.in_checking_instance() {
            return;
        }
        let mut facts = HashMap::new();
        for (l, &t) in self.func.locals.iter() {
            if self.types.slice_elem(t).is_some()
                && !self.func.heap.contains(&l)
                && !self.func.named_results.contains(&l)
                && !self.func.captures.contains(&l)
            {
                let elem = self.types.slice_elem(t).unwrap_or(T::INVALID);
                let f = Facts {
                    param: self.func.params.contains(&l),
                    heap_appends: self.types.layout(elem).size
                        > crate::compile::escape::STORE_BYTES,
                    ..Facts::default()
                };
                facts.insert(l, f);
            }
        }
        let temps = self
            .locals
            .iter()
            .filter(|(l, info)| info.name == "_" && facts.contains_key(l))
            .map(|(l, _)| l)
            .collect();
        let mut scan = Scan {
            facts,
            temps,
            calls: Vec::new(),
            results: Vec::new(),
            flows: Vec::new(),
            seq: 0,
            loops: Vec::new(),
            nloops: 0,
            targets: Vec::new(),
            has_goto: false,
            nreturns: 0,
            fresh_returns: true,
            share_log: Vec::new(),
            nongrowing: Vec::new(),
            returned: Vec::new(),
            slice_results: self
                .func
                .results
                .iter()
                .map(|&t| self.types.slice_elem(t).is_some())
                .collect(),
            map_iters: HashMap::new(),
            map_values: HashMap::new(),
            reslicers: HashSet::new(),
            appenders: HashMap::new(),
            exact_appenders: HashSet::new(),
        };
        crate::compile::escape::walk_body(&self.func.body, &mut |e| {
            if let K::Call(g, _) = e.kind {
                let name = &self.prog.funcs[g].name;
                if reslicing(name) {
                    scan.reslicers.insert(g);
                }
                if let Some(j) = library_appender(name) {
                    scan.appenders.insert(g, j);
                }
                if exact_appender(name) {
                    scan.exact_appenders.insert(g);
                }
            }
        });
        // What gc's front end drops (`if debug && v { fmt.Println(s) }`) says nothing of where
        // gc keeps a slice: the scan reads the body as the escape analysis will — a pruned copy
        // where pruning changes anything, made (and dropped) on a stack of its own, as copying
        // a deep expression recurses as deep.
        if crate::compile::escape::prunable(&self.func.body) {
            let body = &self.func.body;
            stacker::grow(64 << 20, || {
                let mut body = body.clone();
                crate::compile::escape::prune_dead_code(&mut body);
                scan.stmts(&body);
            });
        } else {
            scan.stmts(&self.func.body);
        }
        let func = if self.nesting.frames.is_empty() {
            self.func_id
        } else {
            None
        };
        let args = {
            let slice_params: Vec<(usize, LocalId)> = self
                .func
                .params
                .iter()
                .enumerate()
                .filter(|(_, p)| scan.facts.get(p).is_some_and(|f| f.param))
                .map(|(j, &p)| (j, p))
                .collect();
            let hidden: HashSet<LocalId> = scan.temps.iter().copied().collect();
            let is_func = |l: LocalId| {
                matches!(
                    self.types.kind(self.types.underlying(self.func.locals[l])),
                    TypeKind::Signature(_)
                )
            };
            let followed: HashSet<LocalId> = scan.facts.keys().copied().collect();
            let reads_only = |g: FuncId| {
                let name = &self.prog.funcs[g].name;
                let base = tir::generic_name(name);
                argappends::READ_ONLY_LIBRARY.contains(&base)
                    && self.library_funcs.get(name) == Some(&g)
            };
            argappends::scan(
                &self.func,
                &argappends::Locals {
                    slice_params: &slice_params,
                    followed: &followed,
                    hidden: &hidden,
                    is_func: &is_func,
                    reads_only: &reads_only,
                },
            )
        };
        self.slice_summaries.push(Summary {
            func,
            literal: None,
            file: self.file,
            facts: scan.facts,
            params: self.func.params.clone(),
            caps,
            calls: scan.calls,
            results: scan.results,
            appends,
            nongrowing: scan.nongrowing,
            returned: scan.returned,
            flows: scan.flows,
            has_goto: scan.has_goto,
            fresh_result: scan.nreturns > 0 && scan.fresh_returns,
            args,
        });
    }

    /// Once every function is checked: "not supported yet" for each `cap` whose operand's
    /// capacity may depend on gc's escape analysis.
    pub(super) fn resolve_caps(&mut self, escape: &crate::compile::escape::Outcome) {
        // The declared functions also called through a thunk once memrun copied the calls gc
        // inlines through a variable holding one (`g := f; g(9)`, gc's static value): where
        // memrun's escape analysis judges such a function's own locals, only its direct calls
        // remain.
        let thunked: HashSet<FuncId> = self
            .thunked
            .iter()
            .copied()
            .filter(|f| {
                self.other_thunked.contains(f)
                    || !self.thunks.contains_key(f)
                    || escape.inlined.valued.contains(f)
            })
            .collect();
        let (settled, inlined) = (&escape.settled, &escape.inlined);
        let inexact_holders = &escape.inexact_holders;
        let mut sums = std::mem::take(&mut self.slice_summaries);
        let by_func: HashMap<FuncId, usize> = sums
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.func.map(|f| (f, i)))
            .collect();
        // A parameter fmt prints makes the arguments passed to it escape; a reslice printed
        // makes its source escape. (Not where gc may inline the printer: its parameter is
        // then a variable of the caller's, which gc's slice pass follows.)
        let mut changed = true;
        while changed {
            changed = false;
            for i in 0..sums.len() {
                for k in 0..sums[i].calls.len() {
                    let (g, j, arg) = sums[i].calls[k];
                    let Arg::Local(l) = arg else { continue };
                    let leaks = escape.framed.contains(&g)
                        && by_func.get(&g).is_some_and(|&gi| {
                            let gs = &sums[gi];
                            gs.params
                                .get(j)
                                .and_then(|p| gs.facts.get(p))
                                .is_some_and(|f| f.boxed)
                        });
                    if leaks && !sums[i].facts[&l].boxed {
                        sums[i].facts.get_mut(&l).expect("a candidate").boxed = true;
                        changed = true;
                    }
                }
            }
        }
        let mut reports = Vec::new();
        // An append into another variable shares or not its base's storage depending on the
        // capacity gc chose; a slice that never leaves the function may have gc's stack
        // buffer (Go 1.25+), whose capacity memrun does not reproduce.
        // Which parameters' storage leaves their function (gc's "leaking param"), found
        // from nothing leaking up.
        let mut leaks: HashSet<(FuncId, usize)> = HashSet::new();
        let mut to_result: HashSet<(FuncId, usize)> = HashSet::new();
        let mut changed = true;
        while changed {
            changed = false;
            for s in &sums {
                let Some(g) = s.func else { continue };
                for (j, p) in s.params.iter().enumerate() {
                    if !s.facts.contains_key(p) {
                        continue;
                    }
                    if !leaks.contains(&(g, j))
                        && leaves(s, *p, &leaks, &to_result, &by_func, false)
                    {
                        leaks.insert((g, j));
                        changed = true;
                    }
                    let returned = family(s, *p, &to_result)
                        .iter()
                        .any(|l| s.facts.get(l).is_some_and(|f| f.returned));
                    if returned && to_result.insert((g, j)) {
                        changed = true;
                    }
                }
            }
        }
        let library_where = |keep: &dyn Fn(&str) -> bool| -> HashSet<FuncId> {
            self.library_funcs
                .iter()
                .filter(|(name, _)| keep(name))
                .map(|(_, &f)| f)
                .collect()
        };
        let library = library_where(&|name| name != "flag.Args");
        // The functions of these names, with the library's generic instances
        // (`slices.Clip[[]int,int]`: the program's own functions are all named `main.…`).
        let funcs_named = |keep: &dyn Fn(&str) -> bool| -> HashSet<FuncId> {
            self.prog
                .funcs
                .iter()
                .filter(|(_, f)| keep(&f.name))
                .map(|(g, _)| g)
                .collect()
        };
        let cloners = funcs_named(&cloner);
        let exact_library = funcs_named(&crate::compile::escape::exact_library_result);
        // Functions called through a value or an interface's method table (its wrapper and
        // what the wrapper calls): their parameters may be anything. A method is called
        // through a table where an interface's method of its name is called: in the program,
        // or by the library on what it is given (io.Writer's Write, …).
        let mut dynamic: HashSet<&str> = [
            "Write",
            "WriteString",
            "WriteByte",
            "WriteRune",
            "WriteTo",
            "Read",
            "ReadFrom",
            "ReadByte",
            "ReadRune",
            "Scan",
            "Format",
            "Push",
            "Pop",
        ]
        .into_iter()
        .collect();
        for func in self.prog.funcs.values() {
            crate::compile::escape::walk_body(&func.body, &mut |e| {
                if let K::CallIface(x, i, _) = &e.kind {
                    if let TypeKind::Interface(it) = self.types.kind(self.types.underlying(x.ty)) {
                        if let Some(m) = it.methods.get(*i) {
                            dynamic.insert(&m.name);
                        }
                    }
                }
            });
        }
        // (Calls through a function value are not among the summaries' calls, copied or not.)
        let mut indirect = self.thunked.clone();
        // Every method of a type's method table, with what its wrapper calls (the library
        // calls some, as fmt calls String): those of a name some interface call uses are
        // `indirect`.
        let mut tabled: HashSet<FuncId> = HashSet::new();
        for entry in self.prog.method_tables.values().flatten() {
            let mut reached = vec![entry.wrapper];
            crate::compile::escape::walk_body(&self.prog.funcs[entry.wrapper].body, &mut |e| {
                if let K::Call(g, _) = e.kind {
                    reached.push(g);
                }
            });
            let bare = entry.name.rsplit('.').next().unwrap_or(&entry.name);
            if dynamic.contains(bare) {
                indirect.extend(reached.iter().copied());
            }
            tabled.extend(reached);
        }
        let fixed = {
            // (Not those every call of which was copied: they no longer run.)
            let funcs: Vec<FuncId> = sums
                .iter()
                .filter_map(|s| s.func.or(s.literal))
                .filter(|f| !inlined.dead.contains(f))
                .collect();
            fixed_captures(&self.prog, &self.types, &funcs, &escape.heap_grown)
        };
        // A library function's parameter gc certainly sends to the heap (not one of a
        // function it may inline: `slices.Equal(append(p, 1), …)` keeps the append on the
        // stack).
        let library_leaks = |g: FuncId, j: usize| {
            !by_func.contains_key(&g)
                && crate::compile::escape::library_param_escapes(&self.prog.funcs[g].name, j)
        };
        // Appends passed as arguments whose sharing of storage cannot show.
        let quiet = {
            let funcs: Vec<(Option<FuncId>, &argappends::ArgFacts)> = sums
                .iter()
                .map(|s| (s.func.or(s.literal), &s.args))
                .collect();
            // (Not a method of a type's method table at all.)
            let direct = |g: FuncId| {
                by_func.contains_key(&g) && !indirect.contains(&g) && !tabled.contains(&g)
            };
            argappends::quiet_appends(&funcs, &direct)
        };
        let mut aliasing = Vec::new();
        // A slice whose storage the escape analysis has exactly, memrun allocates as gc does.
        // A function no longer called (every call inlined) runs only as its copies: a local
        // of it is settled where every copy of it (in a function still called) is.
        let mut copies: HashMap<(FuncId, LocalId), Vec<(FuncId, LocalId)>> = HashMap::new();
        for (&(host, hl), &orig) in &inlined.origin {
            if !inlined.dead.contains(&host) {
                copies.entry(orig).or_default().push((host, hl));
            }
        }
        // A copied literal's captured variable is the host's own in the copies.
        for &(orig, (host, hl)) in &inlined.aliases {
            if !inlined.dead.contains(&host) {
                copies.entry(orig).or_default().push((host, hl));
            }
        }
        // (Not in a declared function taken as a value: gc inlines a call through a variable
        // holding it, `g := f; g(9)`, where memrun analyses it on its own.)
        let settled_in = |f: FuncId, l: LocalId| {
            !thunked.contains(&f) && settled.get(&f).is_some_and(|set| set.contains(&l))
        };
        let settled_at = |f: FuncId, l: LocalId| {
            if inlined.dead.contains(&f) {
                copies
                    .get(&(f, l))
                    .is_none_or(|cs| cs.iter().all(|&(h, hl)| settled_in(h, hl)))
            } else {
                settled_in(f, l)
            }
        };
        let settled = |s: &Summary, x: &tir::Expr| {
            let (K::Local(l), Some(f)) = (&resliced(x).kind, s.func.or(s.literal)) else {
                return false;
            };
            settled_at(f, *l)
        };
        let roots = Roots {
            sums: &sums,
            by_func: &by_func,
            library: &library,
            types: &self.types,
            inexact_holders,
            to_result: &to_result,
            visiting: Default::default(),
        };
        let exact_root = |r: &Root| roots.exact(r);
        let knows = Known {
            sums: &sums,
            by_func: &by_func,
            indirect: &indirect,
            held: &exact_root,
            settled: &settled_at,
            exact_library: &exact_library,
            cloners: &cloners,
            exact_appends: &escape.exact_appends,
            fixed: &fixed,
        };
        for (si, s) in sums.iter().enumerate() {
            for (pos, base, to_itself) in &s.appends {
                if settled(s, base) || s.nongrowing.contains(pos) {
                    continue;
                }
                // (Of a function gc never inlines: one inlined into a caller returns storage
                // of the caller's choosing, whose capacity the caller's library calls may
                // show.)
                let framed = s.func.is_some_and(|g| escape.framed.contains(&g));
                if !*to_itself && (quiet.contains(&(si, *pos)) || framed && returned_alone(s, base))
                {
                    continue;
                }
                // A capacity gc cannot choose (a fresh literal, make or nil, a full slice
                // expression), or a temporary nothing else shares (`append(append(…), …)`).
                // An explicit conversion changes nothing of the storage.
                let base = base.unconverted();
                let fresh = match &base.kind {
                    K::SliceSlice(_, _, Some(hi), Some(max), _) => hi == max,
                    K::Composite(..)
                    | K::MakeSlice(..)
                    | K::Zero
                    | K::Const(_)
                    | K::Append(..)
                    | K::AppendSlice(..) => true,
                    K::Convert(x) => matches!(x.kind, K::Const(_) | K::Zero),
                    // A constant's conversion: exactly its length for capacity (gc makes it
                    // at compile time).
                    K::StringToBytes(x, ..) | K::StringToRunes(x, _) => {
                        matches!(x.kind, K::Const(_))
                    }
                    _ => false,
                };
                if fresh {
                    continue;
                }
                let flag = match resliced(base).kind {
                    K::Local(m) if s.facts.contains_key(&m) => {
                        // Go 1.27 may also move a slice to the heap (at a size class of its
                        // own) where it is copied, stored or returned: only a slice whose
                        // capacity cannot depend on gc's choices may share its storage.
                        let heap = classic(s, m, &leaks, &library_leaks, &escape.framed);
                        // Storage a global, a field or a call's callee may also hold, at a
                        // capacity memrun may not have: whether the append grows into new
                        // storage or writes into theirs shows.
                        let held = family(s, m, &to_result).iter().any(|l| {
                            s.facts
                                .get(l)
                                .is_some_and(|f| f.roots.iter().any(|r| !exact_root(r)))
                        });
                        // An append gc certainly grows on the heap, where its slice pass does
                        // not move the variable: only its operand's capacity decides.
                        // (Not in a function taken as a value, which gc may inline where
                        // memrun does not.)
                        let exact = escape.exact_appends.contains(&(s.file, *pos))
                            && !s.facts[&m].param
                            && !s.func.is_some_and(|g| thunked.contains(&g));
                        // An element's address holds the storage too, from where it is taken
                        // on (appends after it may or may not move the storage).
                        let addressed = s.facts[&m].addressed;
                        !knows.known(s, m, &mut Seen::default())
                            && if *to_itself {
                                held || !exact
                                    && (copied(s, m, &to_result) || s.facts[&m].stored || addressed)
                                    && !heap
                                    && (addressed || !appends_before_sharing(s, m))
                            } else {
                                // A call's result may have been moved to the heap by its
                                // function (Go 1.27), at a capacity of gc's choosing.
                                let from_call = family(s, m, &to_result).iter().any(|l| {
                                    s.facts.get(l).is_some_and(|f| !f.results_of.is_empty())
                                });
                                from_call || !heap
                            }
                    }
                    K::ArraySlice(..) => false,
                    // A field of a struct parameter (a value receiver's copy): the caller's
                    // copy shares the storage, at a capacity memrun may not have (unless the
                    // field is exact: then the append grows or not as in gc).
                    K::Field(ref st, idx) if *to_itself => {
                        matches!(st.kind, K::Local(p) if s.params.contains(&p))
                            && !roots.exact(&Root::Field(st.ty, idx))
                    }
                    // A field, a captured variable: their other copies are not followed.
                    _ if *to_itself => false,
                    // A call that returns storage of its own, which nothing else holds: a
                    // function of this program returning only new literals or `make`s, or a
                    // library function given only numbers and strings (none keeps what it
                    // returns but flag.Args).
                    K::Call(g, ref args) => {
                        let own = by_func.get(&g).is_some_and(|&i| sums[i].fresh_result)
                            || (library.contains(&g)
                                && args.iter().all(|a| {
                                    let t = a.ty;
                                    self.types.is_numeric(t)
                                        || self.types.is_string(t)
                                        || self.types.is_boolean(t)
                                }));
                        !own
                    }
                    // A captured variable, a field: memrun cannot tell.
                    _ => true,
                };
                if flag {
                    aliasing.push((s.file, *pos, *to_itself));
                }
            }
        }
        for s in &sums {
            for (pos, x, guard) in &s.caps {
                if settled(s, x) {
                    continue;
                }
                let x = resliced(x);
                let known = match &x.kind {
                    K::Local(l) => knows.known(s, *l, &mut Seen::default()),
                    K::MakeSlice(..) | K::Composite(..) | K::ArraySlice(..) => true,
                    // An append to a fresh slice never empty grows, if at all, as memrun's.
                    K::Append(base, ..) | K::AppendSlice(base, _) if base.is_fresh_nonempty() => {
                        true
                    }
                    K::StringToBytes(_, exact, _) => *exact,
                    // A slice field, element or map value every value of which memrun
                    // allocates as gc does.
                    K::Field(..) | K::SliceIndex(..) | K::MapIndex(..)
                        if holder_of(&self.types, x)
                            .is_some_and(|h| !inexact_holders.contains(&h)) =>
                    {
                        true
                    }
                    // A slice expression reaching past the length of a field, a global or a
                    // call's result is not guarded: as for appends, memrun does not follow
                    // their other copies, and gc keeps most such storage on the heap.
                    _ => guard.is_some(),
                };
                if !known {
                    match guard {
                        // Reaching past the length stops the program, where it happens.
                        Some(g) => g.set(),
                        None => reports.push((s.file, *pos)),
                    }
                }
            }
        }
        for (file, pos, to_itself) in aliasing {
            let what = if to_itself {
                "appending to a slice whose storage is also held elsewhere (gc may keep it on the stack or move it, Go 1.25+)"
            } else {
                "appending a slice to another variable (gc may keep its storage on the stack or move it, Go 1.25+)"
            };
            self.report_in(file, pos, TypeError::Unsupported { what: what.into() });
        }
        for (file, pos) in reports {
            self.report_in(
                file,
                pos,
                TypeError::Unsupported {
                    what: "cap of a slice whose storage gc may keep on the stack (Go 1.25+)".into(),
                },
            );
        }
    }
}

/// What decides whether a local's capacity is known: the summaries, whether a function is
/// called only directly, whether a held slice's holder is exact, whether a local is settled
/// (in its function and in every copy of it).
struct Known<'a> {
    sums: &'a [Summary],
    by_func: &'a HashMap<FuncId, usize>,
    indirect: &'a HashSet<FuncId>,
    held: &'a dyn Fn(&Root) -> bool,
    settled: &'a dyn Fn(FuncId, LocalId) -> bool,
    /// Library functions whose result memrun's library makes at gc's capacity.
    exact_library: &'a HashSet<FuncId>,
    /// Library functions whose result is a clone ([`cloner`]).
    cloners: &'a HashSet<FuncId>,
    /// The appends gc certainly grows on the heap, as memrun does.
    exact_appends: &'a HashSet<(usize, u32)>,
    /// Captured variables of a fixed capacity if the calls whose results they are assigned
    /// return one, under each function that reads them ([`fixed_captures`]).
    fixed: &'a HashMap<(FuncId, LocalId), Vec<FuncId>>,
}

impl Known<'_> {
    /// Whether local `l` of the function summarised by `s` has a capacity gc's escape analysis
    /// cannot change, or one memrun allocates as gc does. `seen` guards cycles of reslicing.
    fn known(&self, s: &Summary, l: LocalId, seen: &mut Seen) -> bool {
        let Known {
            sums,
            by_func,
            indirect,
            held,
            ..
        } = *self;
        if seen.locals.contains(&(s.func, l)) {
            return true;
        }
        seen.locals.push((s.func, l));
        if s.func.or(s.literal).is_some_and(|g| (self.settled)(g, l)) {
            return true;
        }
        let Some(f) = s.facts.get(&l) else {
            // A captured variable (not followed here) every value of which is fresh.
            return s
                .func
                .or(s.literal)
                .and_then(|g| self.fixed.get(&(g, l)))
                .is_some_and(|calls| calls.iter().all(|&c| self.result(c, 0, seen)));
        };
        // Appended, but never from empty, and held by nothing else: gc grows it on the heap.
        let grows_from_nonempty = f.first_nonempty == Some(true)
            && !f.may_empty
            && !f.stored
            && !f.returned
            && !f.param
            && s.facts.values().all(|g| {
                (g.hidden || !g.from.contains(&l))
                    && g.call_results
                        .iter()
                        .all(|(_, args)| args.iter().all(|&(_, a)| a != l))
            });
        // Storage from elsewhere: only an exact field's, element's or map value's.
        let foreign = f.foreign && (f.unheld || f.roots.iter().any(|r| r.is_held() && !held(r)));
        let grows_on_heap = f.boxed || grows_from_nonempty || f.heap_appends;
        if foreign || f.converted || (f.appended && !grows_on_heap) {
            return false;
        }
        if !f.from.iter().all(|&m| self.known(s, m, seen)) {
            return false;
        }
        // Results of functions that return only slices of known capacity.
        // (Or a clone gc makes in the caller, where a variable fmt prints has it on the heap.)
        let results_known = f
            .results_of
            .iter()
            .all(|&g| f.boxed && self.cloners.contains(&g) || self.result(g, 0, seen))
            && f.tuple_results
                .iter()
                .all(|&(g, i)| self.result(g, i, seen));
        if !results_known {
            return false;
        }
        if !f.param {
            return true;
        }
        // A parameter of a declared function, whose every caller passes a known slice (and
        // which is never called through a function value, a deferred thunk or an
        // interface).
        let Some(j) = s.params.iter().position(|&p| p == l) else {
            return false;
        };
        let Some(g) = s.func else { return false };
        if !by_func.contains_key(&g) || indirect.contains(&g) {
            return false;
        }
        sums.iter().all(|caller| {
            caller
                .calls
                .iter()
                .all(|&(h, i, arg)| h != g || i != j || self.arg(caller, arg, seen))
        })
    }

    /// Whether argument or returned value `a` of the function summarised by `s` has a known
    /// capacity.
    fn arg(&self, s: &Summary, a: Arg, seen: &mut Seen) -> bool {
        match a {
            Arg::Fresh => true,
            Arg::Local(m) => self.known(s, m, seen),
            Arg::Result(g) => self.result(g, 0, seen),
            Arg::Append(at, base) => {
                self.exact_appends.contains(&at) && base.is_none_or(|m| self.known(s, m, seen))
            }
            Arg::Other => false,
        }
    }

    /// Whether result `i` of every call of `g` has a known capacity: a library function
    /// memrun's library makes it as gc's, or a declared function whose every `return` gives
    /// it a known one (a recursive call assumed known while it is judged).
    fn result(&self, g: FuncId, i: usize, seen: &mut Seen) -> bool {
        if self.exact_library.contains(&g) || seen.results.contains(&(g, i)) {
            return true;
        }
        let Some(&gi) = self.by_func.get(&g) else {
            return false;
        };
        seen.results.push((g, i));
        let gs = &self.sums[gi];
        !gs.results.is_empty()
            && gs
                .results
                .iter()
                .all(|r| r.get(i).is_some_and(|&a| self.arg(gs, a, seen)))
    }
}

/// The captured slice variables whose capacity is fixed, under each of `funcs` (the
/// program's functions and literals) that names them, with the calls whose results they
/// are assigned: assigned only fresh slices (`make`, a literal, nil), such results, other
/// such variables (or reslices of them), and appends to themselves that gc grows on the
/// heap as memrun does (`heap_grown`), wherever the assignment is; never a parameter or a
/// named result, never address-taken. Where those results' capacities are known, theirs is
/// the one memrun gives every such value, wherever and whenever a literal reads them. Empty
/// when an assignment through a capture cannot be traced to its variable.
fn fixed_captures(
    prog: &tir::Program,
    types: &crate::compile::types::TypeTable,
    funcs: &[FuncId],
    heap_grown: &HashSet<(usize, u32)>,
) -> HashMap<(FuncId, LocalId), Vec<FuncId>> {
    use crate::compile::escape::{walk_body, walk_stmts};
    // Each literal's enclosing function and the outer variables it captures, in order.
    let mut parent: HashMap<FuncId, (FuncId, Vec<LocalId>)> = HashMap::new();
    for &f in funcs {
        walk_body(&prog.funcs[f].body, &mut |e| {
            if let K::Closure(c, outer) = &e.kind {
                parent.insert(*c, (f, outer.clone()));
            }
        });
    }
    // The variable a function's local is: its own, or through captures an outer one's.
    let origin = |mut f: FuncId, mut l: LocalId| -> Option<(FuncId, LocalId)> {
        for _ in 0..=funcs.len() {
            let Some(i) = prog.funcs[f].captures.iter().position(|&c| c == l) else {
                return Some((f, l));
            };
            let (p, outer) = parent.get(&f)?;
            (f, l) = (*p, *outer.get(i)?);
        }
        None
    };
    // (A local's value, or a reslice of it, is as fixed as that local.)
    let local = |v: &tir::Expr| match &resliced(v).kind {
        K::Local(m) => Some(*m),
        _ => None,
    };
    let fresh = |v: &tir::Expr| {
        matches!(
            v.kind,
            K::MakeSlice(..) | K::Composite(..) | K::Zero | K::Call(..)
        ) || local(v).is_some()
    };
    let mut bad: HashSet<(FuncId, LocalId)> = HashSet::new();
    let mut calls: HashMap<(FuncId, LocalId), Vec<FuncId>> = HashMap::new();
    let mut from: Vec<((FuncId, LocalId), (FuncId, LocalId))> = Vec::new();
    let untraced = std::cell::Cell::new(false);
    for &f in funcs {
        let func = &prog.funcs[f];
        let mut mark = |l: LocalId, ok: bool| match origin(f, l) {
            Some(_) if ok => {}
            Some(o) => {
                bad.insert(o);
            }
            None => untraced.set(true),
        };
        for &l in func.params.iter().chain(&func.named_results) {
            mark(l, false);
        }
        walk_stmts(&func.body, &mut |st| match st {
            Stmt::Assign(ps, vs) => {
                for (i, p) in ps.iter().enumerate() {
                    if let Place::Local(l) = p {
                        let v = vs.get(i);
                        // An append to itself gc grows on the heap: what it grows from decides.
                        let grown = match v.map(|v| &v.kind) {
                            Some(K::Append(base, _, site)) => {
                                let d = site.data();
                                heap_grown.contains(&(d.file, d.pos))
                                    && local(base).is_some_and(|m| origin(f, m) == origin(f, *l))
                            }
                            _ => false,
                        };
                        mark(*l, grown || v.is_some_and(fresh));
                        if let (Some(K::Call(g, _)), Some(o)) = (v.map(|v| &v.kind), origin(f, *l))
                        {
                            calls.entry(o).or_default().push(*g);
                        }
                        if let (Some(m), Some(o)) = (v.and_then(local), origin(f, *l)) {
                            match origin(f, m) {
                                Some(om) => from.push((o, om)),
                                None => untraced.set(true),
                            }
                        }
                    }
                }
            }
            Stmt::AssignTuple(ps, _) => {
                for p in ps {
                    if let Place::Local(l) = p {
                        mark(*l, false);
                    }
                }
            }
            _ => {}
        });
        walk_body(&func.body, &mut |e| {
            if let K::AddrOf(x) = &e.kind {
                if let K::Local(l) = x.kind {
                    mark(l, false);
                }
            }
        });
    }
    if untraced.get() {
        return HashMap::new();
    }
    // Fixed only when what it was assigned from is; the calls it depends on are theirs too.
    loop {
        let mut changed = false;
        for (o, om) in &from {
            if bad.contains(om) && bad.insert(*o) {
                changed = true;
            }
            let theirs = calls.get(om).cloned().unwrap_or_default();
            let mine = calls.entry(*o).or_default();
            for g in theirs {
                if !mine.contains(&g) {
                    mine.push(g);
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut fixed = HashMap::new();
    for &f in funcs {
        let func = &prog.funcs[f];
        for (l, &t) in func.locals.iter() {
            if types.slice_elem(t).is_none() {
                continue;
            }
            if let Some(o) = origin(f, l) {
                if (o.0 != f || func.heap.contains(&l)) && !bad.contains(&o) {
                    fixed.insert((f, l), calls.get(&o).cloned().unwrap_or_default());
                }
            }
        }
    }
    fixed
}

/// What [`Known`] is judging, against cycles: locals (by function) and results.
#[derive(Default)]
struct Seen {
    locals: Vec<(Option<FuncId>, LocalId)>,
    results: Vec<(FuncId, usize)>,
}

/// The locals of `s` sharing storage with `m`: through reslices, copies and appends, and
/// through calls that return a parameter's storage (`to_result`).
fn family(s: &Summary, m: LocalId, to_result: &HashSet<(FuncId, usize)>) -> Vec<LocalId> {
    let through = |f: &Facts, x: LocalId| {
        f.from.contains(&x)
            || f.call_results.iter().any(|(g, args)| {
                args.iter()
                    .any(|&(j, a)| a == x && to_result.contains(&(*g, j)))
            })
    };
    let mut seen = vec![m];
    let mut i = 0;
    while i < seen.len() {
        let l = seen[i];
        i += 1;
        for (&k, f) in &s.facts {
            let linked = through(f, l) || s.facts.get(&l).is_some_and(|g| through(g, k));
            if linked && !seen.contains(&k) {
                seen.push(k);
            }
        }
    }
    seen
}

/// Whether the storage of `m` and the locals sharing it may leave `s`'s function: printed,
/// stored, boxed, passed to a parameter that leaks (or of a function memrun did not check
/// here), or returned when `returning_leaves`.
fn leaves(
    s: &Summary,
    m: LocalId,
    leaks: &HashSet<(FuncId, usize)>,
    to_result: &HashSet<(FuncId, usize)>,
    by_func: &HashMap<FuncId, usize>,
    returning_leaves: bool,
) -> bool {
    family(s, m, to_result).into_iter().any(|l| {
        s.facts
            .get(&l)
            .is_none_or(|f| f.escapes || (returning_leaves && f.returned))
            || s.flows
                .iter()
                .any(|&(g, j, x)| x == l && (!by_func.contains_key(&g) || leaks.contains(&(g, j))))
    })
}

/// Whether another local of the function holds `m`'s storage too (a copy, a reslice, a
/// call's result that returns it): appending to one then shows in the other as gc's
/// capacity (or its move to the heap at the copy, Go 1.27) decides.
fn copied(s: &Summary, m: LocalId, to_result: &HashSet<(FuncId, usize)>) -> bool {
    family(s, m, to_result)
        .iter()
        .any(|&l| l != m && s.facts.get(&l).is_some_and(|f| !f.hidden))
}

/// Whether every append of `m` to itself happens while no other holder of its storage can
/// see or make a difference: `m` got its storage from no other variable, no `goto` reorders
/// the body, and each other holder either got the storage after every append in source
/// order with no loop around both (outside the loops that declare `m` afresh), or was left
/// with it when `m` was given fresh storage. At most one holder memrun does not follow may
/// keep it, and not from inside a loop: two could both append to it, where gc's capacity
/// would decide whether they overwrite each other. Followed holders (local copies) are judged
/// at their own appends.
fn appends_before_sharing(s: &Summary, m: LocalId) -> bool {
    let Some(f) = s.facts.get(&m) else {
        return false;
    };
    if s.has_goto
        || f.param
        || f.foreign
        || f.converted
        || !f.from.is_empty()
        || !f.call_results.is_empty()
    {
        return false;
    }
    let live: Vec<&Share> = f.shared_at.iter().filter(|h| !h.dropped).collect();
    let untracked: Vec<&&Share> = live.iter().filter(|h| h.untracked).collect();
    if untracked.len() > 1 || untracked.iter().any(|h| !h.at.loops.is_empty()) {
        return false;
    }
    f.appended_at.iter().all(|a| {
        live.iter().all(|h| {
            let before = a.seq < h.at.seq || h.exits.is_some_and(|l| a.loops.contains(&l));
            before && !a.loops.iter().any(|l| h.at.loops.contains(l))
        })
    })
}

/// Whether a slice expression's bound is plainly at most the length of the sliced `x` (a local):
/// a constant 0, `len(x)`, or `len(x)` minus something (a negative result panics the same
/// whatever the capacity).
pub(super) fn within_len(bound: &tir::Expr, x: &tir::Expr) -> bool {
    let is_len_x = |e: &tir::Expr| match (&e.kind, &x.kind) {
        (K::Len(y), K::Local(l)) => matches!(y.kind, K::Local(m) if m == *l),
        _ => false,
    };
    match &bound.kind {
        K::Const(Value::Int(i)) => i.sign() == num_bigint::Sign::NoSign,
        K::Binary(tir::BinOp::Sub, a, _) => is_len_x(a),
        _ => is_len_x(bound),
    }
}

/// A fresh slice: nil, a literal or `make`.
fn is_fresh(e: &tir::Expr) -> bool {
    match &e.kind {
        K::Zero | K::Const(_) | K::Composite(..) | K::MakeSlice(..) => true,
        K::Convert(x) => matches!(x.kind, K::Const(_) | K::Zero),
        _ => false,
    }
}

/// Whether `e` reads local `m`.
fn mentions(e: &tir::Expr, m: LocalId) -> bool {
    if matches!(e.kind, K::Local(l) if l == m) {
        return true;
    }
    let mut found = false;
    e.kind
        .for_each_operand(&mut |x| found = found || mentions(x, m));
    found
}

/// Whether `base` is a local whose storage nothing but it ever holds — its own (not a
/// parameter's, a call's, a conversion's, another variable's), given to no other holder but
/// where the function returns it, and appended to into another value only as what a `return`
/// returns: such an append (`return append(res, rest...)`) writes past the length of all there
/// is, whatever storage it takes.
fn returned_alone(s: &Summary, base: &tir::Expr) -> bool {
    let K::Local(m) = base.unconverted().kind else {
        return false;
    };
    s.facts.get(&m).is_some_and(|f| {
        !s.has_goto
            && !f.param
            && !f.foreign
            && !f.stored
            && !f.converted
            && f.from.is_empty()
            && f.results_of.is_empty()
            && f.tuple_results.is_empty()
            && f.roots.is_empty()
            && f.shared_at.iter().all(|h| h.at_return)
            && f.loose_appends == f.returned_appends
            && !f.returned_twice
            && !f.addressed
    })
}

/// Whether `m` itself has a use after which gc's slice pass stops following it and its
/// storage is the heap's: printed, stored as an element, passed to a parameter that leaks.
fn classic(
    s: &Summary,
    m: LocalId,
    leaks: &HashSet<(FuncId, usize)>,
    library_leaks: &dyn Fn(FuncId, usize) -> bool,
    framed: &HashSet<FuncId>,
) -> bool {
    s.facts.get(&m).is_some_and(|f| f.sink)
        || s.flows.iter().any(|&(g, j, x)| {
            x == m && (library_leaks(g, j) || framed.contains(&g) && leaks.contains(&(g, j)))
        })
}

/// `e` through reslices, explicit conversions and appends that never grow: whose storage it
/// is.
fn resliced(e: &tir::Expr) -> &tir::Expr {
    let mut e = e;
    loop {
        e = match &e.kind {
            K::SliceSlice(x, ..) | K::Retype(x) => x,
            _ => match shrinking(e) {
                Some(x) => x,
                None => return e,
            },
        };
    }
}

/// The first operand of `append(s[lo:i], s[j:]...)` where `j` is `i` or `i` plus a constant
/// (removing elements, `append(s[:i], s[i+1:]...)`): the result is never longer than `s`, so
/// the append never grows and is a reslice of `s` (its storage, its capacity) whatever gc
/// allocates. (`i` of a 64-bit integer type, which `i+c` cannot wrap below `i` where `s[:i]` is
/// valid.)
pub(super) fn shrinking(e: &tir::Expr) -> Option<&tir::Expr> {
    let K::AppendSlice(a, b) = &e.kind else {
        return None;
    };
    let (K::SliceSlice(x, _, Some(i), None, _), K::SliceSlice(y, Some(j), None, None, _)) =
        (&a.kind, &b.kind)
    else {
        return None;
    };
    let same_local = |p: &tir::Expr, q: &tir::Expr| matches!((&p.kind, &q.kind), (K::Local(m), K::Local(n)) if m == n);
    let wide = [T::INT, T::INT64, T::UINT, T::UINT64, T::UINTPTR].contains(&i.ty);
    let index = matches!(i.kind, K::Local(_)) && wide;
    let at_or_after = same_local(i, j)
        || matches!(&j.kind, K::Binary(tir::BinOp::Add, p, c)
            if same_local(i, p) && matches!(&c.kind, K::Const(Value::Int(n)) if *n >= BigInt::from(0)));
    (same_local(x, y) && index && at_or_after).then_some(&**a)
}

/// The filter-in-place idiom at statement `i` of a block: `out := s[:0]` right before a
/// `for … range s` loop whose body appends one element to `out` in its only assignment to it
/// (no loop or `goto` around it in the body, so it runs at most once an iteration). Before the
/// k-th iteration's append `out` is at most k long, less than `len(s)`, within `cap(s)`: the
/// append never grows, and gc's choice of storage for it cannot show. Its position.
fn filtered_in_place(ss: &[Stmt], i: usize, facts: &HashMap<LocalId, Facts>) -> Option<Pos> {
    let Stmt::Assign(ps, vs) = &ss[i] else {
        return None;
    };
    let ([Place::Local(out)], [v]) = (&ps[..], &vs[..]) else {
        return None;
    };
    let K::SliceSlice(src, None, Some(hi), None, _) = &v.kind else {
        return None;
    };
    let K::Const(Value::Int(zero)) = &hi.kind else {
        return None;
    };
    if !facts.contains_key(out) || *zero != BigInt::from(0) || mentions(src, *out) {
        return None;
    }
    // The range loop next (its hidden copy of s, counter and loop in a block), after at most
    // declarations and assignments to other variables that call nothing.
    let between = |st: &Stmt| match st {
        Stmt::Decl(_) => true,
        Stmt::Assign(ps, vs) => {
            ps.iter()
                .all(|p| matches!(p, Place::Local(l) if l != out && !mentions(src, *l)))
                && !vs.iter().any(super::builtins::contains_call)
        }
        _ => false,
    };
    let Some(Stmt::Block(pre)) = ss[i + 1..].iter().find(|s| !between(s)) else {
        return None;
    };
    let [Stmt::Assign(hp, hv), Stmt::Assign(..), Stmt::Loop {
        cond: Some(c),
        body,
        post,
        ..
    }] = &pre[..]
    else {
        return None;
    };
    let ([Place::Local(h)], [copied]) = (&hp[..], &hv[..]) else {
        return None;
    };
    // The same slice: a variable or a field read twice with nothing between.
    if !same_place(src, copied) {
        return None;
    }
    let K::Binary(tir::BinOp::Lt, _, n) = &c.kind else {
        return None;
    };
    if !matches!(&n.kind, K::Len(x) if matches!(x.kind, K::Local(y) if y == *h)) {
        return None;
    }
    // The body's one assignment to `out`, an append of one element, outside nested loops.
    let mut found = None;
    let mut other = false;
    fn visit(ss: &[Stmt], out: LocalId, h: LocalId, found: &mut Option<Pos>, other: &mut bool) {
        for s in ss {
            match s {
                Stmt::Assign(ps, vs) => {
                    for (p, v) in ps.iter().zip(vs) {
                        if matches!(p, Place::Local(l) if *l == h) {
                            *other = true;
                        }
                        if !matches!(p, Place::Local(l) if *l == out) {
                            continue;
                        }
                        match &v.kind {
                            K::Append(x, xs, site)
                                if xs.len() == 1
                                    && matches!(x.kind, K::Local(l) if l == out)
                                    && found.is_none()
                                    && ps.len() == 1 =>
                            {
                                *found = Some(site.data().pos);
                            }
                            _ => *other = true,
                        }
                    }
                }
                Stmt::AssignTuple(ps, _) => {
                    *other |= ps
                        .iter()
                        .any(|p| matches!(p, Place::Local(l) if *l == out || *l == h));
                }
                Stmt::Loop { body, post, .. } => {
                    // A nested loop may run the append more than once an iteration.
                    let mut inner = None;
                    visit(body, out, h, &mut inner, other);
                    visit(post, out, h, &mut inner, other);
                    *other |= inner.is_some();
                }
                Stmt::Label(_) | Stmt::Goto(_) => *other = true,
                _ => s.for_each_block(&mut |b| visit(b, out, h, found, other)),
            }
        }
    }
    visit(body, *out, *h, &mut found, &mut other);
    visit(post, *out, *h, &mut None, &mut other);
    if other {
        return None;
    }
    found
}

/// Whether two expressions read the same variable, field or pointer target (evaluated one
/// right after the other, they read the same value).
fn same_place(a: &tir::Expr, b: &tir::Expr) -> bool {
    match (&a.kind, &b.kind) {
        (K::Local(x), K::Local(y)) => x == y,
        (K::Global(x), K::Global(y)) => x == y,
        (K::Field(x, i), K::Field(y, j)) => i == j && same_place(x, y),
        (K::Deref(x), K::Deref(y)) => same_place(x, y),
        _ => false,
    }
}

/// Whether storage from a [`Root`] has a capacity memrun reproduces, wherever it may come
/// from: an exact field, or a call whose returns are fresh, its own locals', its parameters'
/// (the caller's followed arguments) or from such roots (through callees, recursion assumed
/// exact while it is being judged).
struct Roots<'a> {
    sums: &'a [Summary],
    by_func: &'a HashMap<FuncId, usize>,
    library: &'a HashSet<FuncId>,
    types: &'a crate::compile::types::TypeTable,
    inexact_holders: &'a HashSet<Holder>,
    to_result: &'a HashSet<(FuncId, usize)>,
    visiting: std::cell::RefCell<HashSet<FuncId>>,
}

impl Roots<'_> {
    fn exact(&self, r: &Root) -> bool {
        match r {
            Root::Field(t, i) => {
                field_holder(self.types, *t, *i).is_some_and(|h| !self.inexact_holders.contains(&h))
            }
            Root::Elems(t) => {
                elems_holder(self.types, *t).is_some_and(|h| !self.inexact_holders.contains(&h))
            }
            Root::Call(g, args) => {
                let given = |j: usize| {
                    args.get(j).is_some_and(|&(t, own)| {
                        own || self.types.is_numeric(t)
                            || self.types.is_string(t)
                            || self.types.is_boolean(t)
                    })
                };
                if self.library.contains(g) {
                    return (0..args.len()).all(given);
                }
                let Some(&gi) = self.by_func.get(g) else {
                    return false;
                };
                if !self.visiting.borrow_mut().insert(*g) {
                    return true;
                }
                let gs = &self.sums[gi];
                let ok = gs.returned.iter().all(|r| match r {
                    Returned::Own => true,
                    Returned::Root(r) => crate::compile::deep(|| self.exact(r)),
                    Returned::Local(m) => family(gs, *m, self.to_result).iter().all(|l| {
                        let Some(f) = gs.facts.get(l) else {
                            return false;
                        };
                        let param_ok =
                            !f.param || gs.params.iter().position(|p| p == l).is_some_and(given);
                        param_ok
                            && f.roots
                                .iter()
                                .all(|r| crate::compile::deep(|| self.exact(r)))
                    }),
                });
                self.visiting.borrow_mut().remove(g);
                ok
            }
            Root::Memory => false,
        }
    }
}

/// Whether `e` reads through a global, a field or a pointer (not only locals' elements).
fn based_on_memory(e: &tir::Expr) -> bool {
    match &e.kind {
        K::Local(_) => false,
        K::SliceIndex(b, _)
        | K::ArrayIndex(b, _)
        | K::MapIndex(b, _)
        | K::SliceSlice(b, ..)
        | K::Retype(b) => based_on_memory(b),
        _ => true,
    }
}

/// Whether `e` is the constant 0.
fn is_zero(e: &tir::Expr) -> bool {
    matches!(&e.kind, K::Const(Value::Int(i)) if *i == BigInt::from(0))
}
