//! Bounds of gc's inlining cost. gc inlines a function whose cost (about one per node of its
//! IR, a call of a function it cannot inline 57 more, a call of one it can the callee's cost)
//! is at most 80 — into a function of fewer than 5,000 nodes; into a bigger one, only those
//! of cost 20 at most. memrun does not reproduce the cost exactly. It counts a lower bound
//! (calls, at what gc charges for them at least, and the nodes of the program's own it never
//! makes up itself, less what gc folds or drops): a function whose bound exceeds 80 has a
//! frame of its own. And it counts an upper bound (the fewer of the nodes the body's tokens
//! make at most and the typed program's nodes, plus the implicit nodes gc adds and calls at
//! most what they may cost): a function whose bound is within 80, and which nothing else
//! keeps gc from inlining, gc certainly inlines. Between the two memrun claims nothing.

use super::{library_fact, LibFact};
use crate::compile::tir::{self, ExprKind as K, FmtFn, FuncId, Program};
use std::collections::{HashMap, HashSet};

/// gc's inlining budget.
const BUDGET: u32 = 80;
/// What gc adds for a call of a function it does not inline (`inlineExtraCallCost`).
const CALL: u32 = 57;
/// What it adds for a call of a parameter or captured function value.
const PARAM_CALL: u32 = 17;

/// gc's costs of the fmt functions it inlines (`-m=2`).
fn fmt_cost(f: FmtFn) -> u32 {
    match f {
        FmtFn::Print | FmtFn::Println => 72,
        FmtFn::Printf => 73,
        FmtFn::Sprint | FmtFn::Sprintln | FmtFn::Sprintf => CALL,
        FmtFn::BuiltinPrint | FmtFn::BuiltinPrintln => 0,
    }
}

/// Bounds of gc's inlining costs, function by function (callees first).
pub(super) struct Costs<'a> {
    prog: &'a Program,
    bound: HashMap<FuncId, u32>,
    upper: HashMap<FuncId, u32>,
    /// The most nodes each declared function's body's tokens make
    /// ([`crate::compile::syntax::ast::FuncDecl::body_tokens`]).
    tokens: HashMap<FuncId, u32>,
    /// What calls and literals add at most beyond their nodes.
    extra: HashMap<FuncId, u32>,
    /// Upper bounds of each function's number of nodes.
    size: HashMap<FuncId, u32>,
    /// The parameters of the function being bounded.
    params: HashSet<tir::LocalId>,
    /// Per expression of the function being bounded, whether anything in it is counted.
    counted: std::cell::RefCell<HashMap<*const tir::Expr, bool>>,
    /// Per expression of the function being bounded, whether it reads a hidden variable.
    reads_hidden: std::cell::RefCell<HashMap<*const tir::Expr, bool>>,
    /// Each declared function's hidden variables, and those of them that were hoisted.
    hidden: HashMap<FuncId, Hidden<'a>>,
    /// The hidden variables of the function being bounded, if it is one of the program's
    /// own (only there are the checker's lowerings known).
    own: Option<&'a HashSet<tir::LocalId>>,
    /// The function being bounded.
    cur: Option<FuncId>,
    /// Functions gc never inlines whatever their cost (`//go:noinline`, defer, recover,
    /// goroutines).
    hairy: &'a HashSet<FuncId>,
}

/// The margin on the nodes counted from a body's tokens, in quarters: the count is exact for
/// some constructs (a method call through an implicit `&`), and what memrun does not know of
/// gc's implicit nodes must not make the bound fail. Measured on the corpus, gc's cost is
/// within the bound without the margin (`tests/inline_costs.rs` checks the bounds against
/// gc's `-m=2`).
const TOKEN_MARGIN_QUARTERS: u32 = 5;

/// At most this many of gc's IR nodes per field selection or dereference of memrun's typed
/// program that may have no token: a path through embedded fields (`x.v` through twenty
/// embedded structs is twenty-one nodes for three tokens).
const NODES_PER_SELECTION: u32 = 2;

/// gc's measure of a big function (`inlineBigFunctionNodes`): into one of 5,000 nodes or
/// more it inlines only functions of cost 20 at most.
const BIG_FUNCTION_NODES: u32 = 5000;

/// An upper bound of the number of gc's IR nodes of a declared function's body of `tokens`
/// tokens.
fn node_bound(prog: &Program, tokens: u32, body: &[tir::Stmt]) -> u32 {
    let mut implicit = 0u32;
    super::walk_body(body, &mut |e| {
        let own = match &e.kind {
            K::Field(..) | K::Deref(_) => NODES_PER_SELECTION,
            // A conversion to an interface has no token; nor has a positional literal's key
            // (`S{v}` is a struct key, a conversion and the value for one token), nor a
            // pointer method's implicit `&` (`t.PM()`: gc's seven nodes for five tokens).
            K::ConvIface(_) | K::Box(_) | K::AddrOf(_) => 1,
            // A generic function's instance called: its dictionary's address (`x += gid(x)`
            // is seven nodes of gc's for five tokens).
            K::Call(g, _) if prog.funcs[*g].is_instance() => 2,
            _ => 0,
        };
        implicit = implicit
            .saturating_add(own)
            .saturating_add(unshown_nodes(prog, e));
    });
    super::walk_stmts(body, &mut |s| {
        // `var a, b, c int`: a declaration, a name, an assignment and a zero per variable,
        // for one token.
        if let tir::Stmt::Decl(_) = s {
            implicit = implicit.saturating_add(NODES_PER_DECL);
        }
    });
    TOKEN_MARGIN_QUARTERS
        .saturating_mul(tokens)
        .div_ceil(4)
        .saturating_add(implicit)
}

/// The nodes gc makes for `e` that neither its tokens nor memrun's typed program show:
/// literals' keys, a method value's hack, a `make`'s implicit size, fmt's argument slice and
/// conversions, a function
/// literal's possible range-over-function rewrite, `[]rune` of a constant's runes, a
/// multi-value call's temporaries.
fn unshown_nodes(prog: &Program, e: &tir::Expr) -> u32 {
    let own = match &e.kind {
        // (A variadic call's implicit slice literal costs two more.) A map literal's keys
        // (`OKEY`) have no token.
        K::Composite(es) => es.len() as u32 + 2,
        K::MapLit(es) => es.len() as u32 + 2,
        // A method value costs two.
        K::BindMethod(..) => 1,
        // `make(map[K]V)` and `make(chan T)` without a size get gc's implicit 0.
        K::MakeMap(None) | K::MakeChan(None) => 1,
        K::StringToRunes(c, _) => const_runes(c),
        // fmt's variadic arguments: an implicit slice literal (two), each argument converted
        // to an interface (memrun's typed program keeps them as they are).
        K::Fmt(_, args) => 2 + 2 * args.len() as u32,
        // A function literal may be a range-over-function loop, which gc rewrites with state
        // checks of its own.
        K::Closure(..) => NODES_PER_LITERAL,
        _ => 0,
    };
    // A multi-value call's results go through temporaries of gc's (declared, assigned, read,
    // converted).
    let tuple = if prog.types.is_tuple(e.ty) {
        let n = prog.types.tuple_types(e.ty).len() as u32;
        NODES_PER_RESULT.saturating_mul(n + 1)
    } else {
        0
    };
    own.saturating_add(tuple)
}

/// A function's hidden variables, and those of them holding hoisted operands.
pub(super) type Hidden<'a> = (&'a HashSet<tir::LocalId>, &'a HashSet<tir::LocalId>);

/// The nodes of gc's a body holds beyond both bounds of its nodes (which bound the cost too,
/// and are held to gc's costs): a method called, its selection (`t.VM()` is four nodes of
/// gc's, `t.PM()` five). Measured against gc's threshold of a big function (a function of
/// two dots in its name taken for a method only loosens the bound).
fn unbounded_nodes(prog: &Program, body: &[tir::Stmt]) -> u32 {
    let mut n = 0u32;
    super::walk_body(body, &mut |e| {
        if let K::Call(g, _) = &e.kind {
            let name = &prog.funcs[*g].name;
            let plain = tir::generic_name(name);
            let plain = plain.rsplit_once('/').map_or(plain, |(_, n)| n);
            n = n.saturating_add(u32::from(plain.matches('.').count() >= 2));
        }
    });
    n
}

/// An upper bound of the number of gc's IR nodes of a body, from memrun's typed program: a
/// node of gc's for each of its expressions and statements (its lowerings of range loops,
/// switches, `op=` and increments make more nodes than gc's), the assigned places' names and
/// index nodes, and what gc makes that memrun's program does not show: a called function's
/// name, an interface call's method selection, a `case` per clause, literals' keys, fmt's
/// argument slice and conversions, a method value's hack, a multi-value call's temporaries,
/// a function literal's rewrite as a range-over-function loop, a declaration's nodes.
///
/// In the program's own functions (`hidden`: the checker's hidden variables), what only the
/// checker's lowerings make is not counted: its hidden variables and the assignments to them
/// (their values are), the operators, `len` and indexing it applies to them (a range loop's
/// condition, step and element; a switch's comparisons: their cases are counted), and an
/// `x op= y`'s assignment and place (gc's one node for both is the operator's).
fn typed_node_bound(
    prog: &Program,
    body: &[tir::Stmt],
    hidden: Option<Hidden>,
    op_assigns: u32,
) -> u32 {
    // `x op= y` on a variable is gc's one node with its two operands; `x = x op y` written so
    // is two more, and its typed form is the same: only as many as the source has.
    let mut op_assigns = op_assigns;
    // (A hoisted operand's variable stands for the program's expression: counted.)
    let hid =
        |l: &tir::LocalId| hidden.is_some_and(|(h, hoisted)| h.contains(l) && !hoisted.contains(l));
    let is_hidden = |x: &tir::Expr| matches!(x.kind, K::Local(l) if hid(&l));
    let hidden_place = |p: &tir::Place| matches!(p, tir::Place::Local(l) if hid(l));
    let mut n = 0u32;
    let mut add = |k: u32| n = n.saturating_add(k);
    super::walk_stmts(body, &mut |s| {
        use tir::Stmt as S;
        // The statement itself, and the places it counts.
        let (own, places): (u32, &[tir::Place]) = match s {
            // (A type switch's guard is a node of its own.)
            S::Switch { clauses, .. } => (2 + clauses.len() as u32, &[]),
            S::Decl(_) => (2, &[]),
            S::Block(_) | S::Eval(_) => (0, &[]),
            S::Assign(ps, _) | S::AssignTuple(ps, _)
                if hidden.is_some() && ps.iter().all(hidden_place) =>
            {
                (0, &[])
            }
            S::Assign(ps, vs)
                if hidden.is_some()
                    && op_assigns > 0
                    && matches!(
                        (&ps[..], &vs[..]),
                        ([p @ (tir::Place::Local(_) | tir::Place::Global(_))], [v])
                            if reads_place(v, p)
                    ) =>
            {
                op_assigns -= 1;
                (0, &[])
            }
            S::Assign(ps, _) | S::AssignTuple(ps, _) => (1, ps),
            _ => (1, &[]),
        };
        add(own);
        for p in places {
            add(match p {
                tir::Place::Deref(_) => 0,
                tir::Place::SliceElem(..) | tir::Place::MapElem(..) => 1,
                tir::Place::Local(_) | tir::Place::Global(_) | tir::Place::Blank => 1,
            });
        }
        s.for_each_expr(&mut |e| {
            super::walk_expr(e, &mut |x| {
                let lowering = match &x.kind {
                    K::Local(_) => is_hidden(x),
                    K::Binary(
                        tir::BinOp::Lt | tir::BinOp::Add | tir::BinOp::Eq | tir::BinOp::Ne,
                        a,
                        b,
                    ) => is_hidden(a) || is_hidden(b),
                    K::Len(a) | K::Deref(a) => is_hidden(a),
                    K::SliceIndex(a, b)
                    | K::ArrayIndex(a, b)
                    | K::StrIndex(a, b)
                    | K::DecodeRune(a, b) => is_hidden(a) || is_hidden(b),
                    K::MapIterNext(_) => hidden.is_some(),
                    _ => false,
                };
                if lowering {
                    return;
                }
                // A callee's name (and a generic function's instance its dictionary's
                // address), an interface method's selection, fmt's name.
                let name = match &x.kind {
                    K::Call(g, _) if prog.funcs[*g].is_instance() => 3,
                    K::Call(..) | K::CallIface(..) | K::Fmt(..) => 1,
                    _ => 0,
                };
                add(unshown_nodes(prog, x).saturating_add(1 + name));
            })
        });
    });
    n
}

/// What `[]rune(c)` of a constant string costs gc beyond the conversion and the constant: it
/// makes the conversion a slice literal of the runes (two nodes, three per rune: measured).
fn const_runes(c: &tir::Expr) -> u32 {
    match &c.kind {
        K::Const(crate::compile::types::constant::Value::Str(s)) => {
            // (Invalid UTF-8: at most a rune per byte.)
            let runes = std::str::from_utf8(s).map_or(s.len(), |t| t.chars().count()) as u32;
            runes.saturating_mul(3).saturating_add(2)
        }
        _ => 0,
    }
}

/// Whether library function `name` is one gc compiles as an instruction on amd64 (its
/// `ssagen` intrinsics of the packages memrun provides): a call of it costs one node.
fn intrinsic(name: &str) -> bool {
    matches!(
        name,
        "math.FMA" | "math.Floor" | "math.Ceil" | "math.Trunc" | "math.RoundToEven"
    )
}

/// What an instance of a generic function may cost beyond what its nodes and calls cost as
/// an ordinary function: gc compiles its shape, which takes a dictionary (8 at most,
/// measured) and goes through it for conversions to interfaces, type assertions and
/// switches, and calls of its type parameters' methods — a call's 57 each, where the
/// instance calls the method itself — and makes a closure for a method value (taken for a
/// call too).
fn dictionary(body: &[tir::Stmt]) -> u32 {
    let mut n = DICTIONARY;
    super::walk_body(body, &mut |e| {
        n = n.saturating_add(match &e.kind {
            K::ConvIface(_)
            | K::Box(_)
            | K::TypeAssert(..)
            | K::TypeIs(..)
            | K::Fmt(..)
            | K::CallIface(..) => DICTIONARY,
            // A type parameter's method, called through the dictionary; a method value, which
            // gc's shape makes a closure.
            K::Call(_, args) if tir::Expr::dictionary_call(args) => CALL + DICTIONARY,
            K::BindMethod(..) => CALL + DICTIONARY,
            _ => 0,
        });
    });
    n
}

/// At most this many of gc's IR nodes for a shape's dictionary, or one of its uses.
const DICTIONARY: u32 = 8;

/// At most this many of gc's IR nodes per variable declared beyond two for its name (four in
/// all: `var a, b int` is eight nodes for two names).
const NODES_PER_DECL: u32 = 2;

/// At most this many of gc's IR nodes a function literal adds beside its tokens.
const NODES_PER_LITERAL: u32 = 60;

/// At most this many of gc's IR nodes per result of a multi-value call, beside its tokens:
/// `return f()` converting f's results is 17 nodes for 4 tokens.
const NODES_PER_RESULT: u32 = 6;

impl<'a> Costs<'a> {
    /// No bounds yet.
    pub fn new(
        prog: &'a Program,
        tokens: HashMap<FuncId, u32>,
        hidden: HashMap<FuncId, Hidden<'a>>,
        hairy: &'a HashSet<FuncId>,
    ) -> Costs<'a> {
        Costs {
            prog,
            bound: HashMap::new(),
            upper: HashMap::new(),
            tokens,
            extra: HashMap::new(),
            size: HashMap::new(),
            params: HashSet::new(),
            counted: Default::default(),
            reads_hidden: Default::default(),
            hidden,
            own: None,
            cur: None,
            hairy,
        }
    }

    /// Records the bound of each function of a strongly connected component of the call
    /// graph (its callees outside it done already).
    pub fn scc(&mut self, scc: &[FuncId]) {
        let inside: HashSet<FuncId> = scc.iter().copied().collect();
        for &f in scc {
            self.params = self.prog.funcs[f].params.iter().copied().collect();
            self.counted.borrow_mut().clear();
            self.reads_hidden.borrow_mut().clear();
            // Generic instances are not counted (below), nor anything of memrun's own.
            self.own = self.hidden.get(&f).map(|h| h.0);
            self.cur = Some(f);
            // (Not the places assigned: `x.f op= y` reads the place it writes, one node of gc's.)
            let mut total = 0u32;
            super::walk_stmts(&self.prog.funcs[f].body, &mut |s| {
                total = total.saturating_add(self.stmt_nodes(s));
                let mut count = |e: &tir::Expr| {
                    total = total.saturating_add(self.tally(e, false, &inside));
                };
                // (A bare `return` lists the named results, which gc's has not.)
                let named = &self.prog.funcs[f].named_results;
                match s {
                    tir::Stmt::Assign(_, vs) => vs.iter().for_each(count),
                    tir::Stmt::AssignTuple(_, e) => count(e),
                    tir::Stmt::Return(vs)
                        if !vs.is_empty()
                            && vs.len() == named.len()
                            && vs
                                .iter()
                                .zip(named)
                                .all(|(v, r)| matches!(v.kind, K::Local(l) if l == *r)) => {}
                    _ => s.for_each_expr(&mut count),
                }
            });
            // An instance of a generic function costs what its shape does: the same nodes
            // and calls, a type parameter's method called through the dictionary for at
            // least what the instance's direct call is charged (57 at most), and dictionary
            // operations memrun does not see (more, not less); its dictionary call takes the
            // receiver as it is (a leaf), where memrun's instance may select a promoted
            // method through embedded fields.
            self.bound.insert(f, total);
        }
        for &f in scc {
            self.params = self.prog.funcs[f].params.iter().copied().collect();
            let body = &self.prog.funcs[f].body;
            // The fewer of two upper bounds of the nodes: the tokens', and the typed
            // program's (every node of memrun's, which gc's front end never exceeds).
            let generic = self.prog.funcs[f].is_instance();
            let size = self.tokens.get(&f).map(|&t| {
                let hidden = self.hidden.get(&f).copied();
                let typed =
                    typed_node_bound(self.prog, body, hidden, self.prog.funcs[f].op_assigns)
                        .saturating_add(self.prog.funcs[f].renames);
                node_bound(self.prog, t, body).min(typed)
            });
            // (Where bigness is judged, also what gc's nodes hold that neither bound counts.)
            let big = size.map(|n| n.saturating_add(unbounded_nodes(self.prog, body)));
            self.size.insert(f, big.unwrap_or(u32::MAX));
            let extra = self.extra_upper(body, &inside, self.surely_small(f));
            self.extra.insert(f, extra);
            let upper = match size {
                Some(n) if generic => n.saturating_add(extra).saturating_add(dictionary(body)),
                Some(n) => n.saturating_add(extra),
                None => u32::MAX,
            };
            self.upper.insert(f, upper);
        }
    }

    /// At least one node of gc's for each of `args` not counted by itself (every operand
    /// has a leaf: a name, a literal).
    fn leaves(&self, args: &[tir::Expr], inside: &HashSet<FuncId>) -> u32 {
        args.iter().map(|a| self.leaf(a, inside)).sum()
    }

    /// [`Costs::leaves`] of one operand: one when nothing in it is counted (memrun's
    /// wrappers with no node of gc's, `*&x.f`, have a counted operand or count one).
    fn leaf(&self, x: &tir::Expr, inside: &HashSet<FuncId>) -> u32 {
        u32::from(!self.counts(x, inside))
    }

    /// Whether anything in `x` is counted (memoised: `of` asks it of every operand).
    fn counts(&self, x: &tir::Expr, inside: &HashSet<FuncId>) -> bool {
        let key = x as *const tir::Expr;
        if let Some(&c) = self.counted.borrow().get(&key) {
            return c;
        }
        // A dictionary call's receiver is a leaf of gc's (see `tally`).
        if let K::DictRecv(..) = x.kind {
            return false;
        }
        // (`of` asks this of the operands: deep chains recurse through here.)
        let mut c = crate::compile::deep(|| self.of(x, inside)) > 0 || self.is_hidden(x);
        if !c {
            crate::compile::deep(|| {
                x.kind
                    .for_each_operand(&mut |y| c = c || self.counts(y, inside))
            });
        }
        self.counted.borrow_mut().insert(key, c);
        c
    }

    /// What `e` and its operands are charged at least. (gc charges nothing for `&s.f` of a
    /// variable's first field, the address and the selection: a field under an address is
    /// not counted.)
    fn tally(&self, e: &tir::Expr, under_addr: bool, inside: &HashSet<FuncId>) -> u32 {
        // gc's shape passes a type parameter's value to its dictionary's method as it is:
        // memrun's receiver may select a promoted method's embedded field (not counted).
        if let K::DictRecv(..) = e.kind {
            return 0;
        }
        let own = match e.kind {
            K::Field(..) if under_addr => 0,
            _ => self.of(e, inside),
        };
        let addr = matches!(e.kind, K::AddrOf(_));
        let mut n = own;
        if let K::SliceSlice(x, ..) | K::StrSlice(x, ..) = &e.kind {
            // Its bounds are not counted (see `of`).
            return n.saturating_add(crate::compile::deep(|| self.tally(x, false, inside)));
        }
        crate::compile::deep(|| {
            e.kind
                .for_each_operand(&mut |x| n = n.saturating_add(self.tally(x, addr, inside)))
        });
        n
    }

    /// What gc charges at most for expression `e` beyond its nodes.
    /// (`small`: the function is certainly not big.)
    fn upper_of(&self, e: &tir::Expr, inside: &HashSet<FuncId>, small: bool) -> u32 {
        match &e.kind {
            K::Call(g, _) => {
                // A partner in a recursive group gc may have found inlinable first: its cost.
                if inside.contains(g) {
                    return BUDGET;
                }
                // A callee gc certainly inlines here costs its own cost.
                if small && self.certainly_inlined(*g) {
                    return self.upper[g];
                }
                match (self.bound.get(g), self.upper.get(g)) {
                    // An inlined callee costs its own cost (at most the budget), another 57.
                    (Some(&lo), Some(&hi)) => {
                        if lo > BUDGET {
                            CALL
                        } else {
                            hi.clamp(CALL, BUDGET)
                        }
                    }
                    _ if intrinsic(&self.prog.funcs[*g].name) => 0,
                    _ => match library_fact(&self.prog.funcs[*g].name) {
                        Some(LibFact {
                            inline: Some(false),
                            ..
                        }) => CALL,
                        // Into a big function gc inlines only what costs 20 at most.
                        Some(LibFact { cost: Some(c), .. }) => {
                            if small {
                                *c
                            } else {
                                (*c).max(CALL)
                            }
                        }
                        _ => BUDGET,
                    },
                }
            }
            K::Fmt(f, _) => fmt_cost(*f),
            K::CallIface(..) => CALL,
            // A parameter's function gc cannot know (17); another variable's it may, and
            // charge that function's cost — a function literal's up to twice the budget (gc
            // marks literals inlinable within 160).
            K::CallValue(x, _) => {
                if matches!(x.kind, K::Local(l) if self.params.contains(&l)) {
                    PARAM_CALL
                } else {
                    2 * BUDGET
                }
            }
            K::Closure(..) => 15,
            K::Panic(_) => 1,
            _ => 0,
        }
    }

    /// What gc charges at least for expression `e` itself (its operands are counted apart).
    fn of(&self, e: &tir::Expr, inside: &HashSet<FuncId>) -> u32 {
        match &e.kind {
            K::Call(g, args) => {
                // The call; a method's name costs nothing (gc's OMETHEXPR), so no name.
                let n = 1 + self.leaves(args, inside);
                // A call of the function itself: it has no inline body yet while gc weighs
                // it, so the call costs 57; a partner in a recursive group may have one.
                let callee = if self.cur == Some(*g) {
                    CALL
                } else if inside.contains(g) {
                    0
                } else if let Some(&b) = self.bound.get(g) {
                    // A callee gc may inline costs its own cost, at least our bound.
                    b.min(CALL)
                } else if intrinsic(&self.prog.funcs[*g].name) {
                    0
                } else {
                    match library_fact(&self.prog.funcs[*g].name) {
                        Some(LibFact {
                            inline: Some(false),
                            ..
                        }) => CALL,
                        Some(LibFact { cost: Some(c), .. }) => (*c).min(CALL),
                        _ => 0,
                    }
                };
                n + callee
            }
            // fmt's functions are calls of a name, with their variadic operands in a slice
            // literal (two nodes) each converted to an interface (unless one already); the
            // builtins have none of these.
            K::Fmt(f, args) => {
                let builtin = matches!(f, FmtFn::BuiltinPrint | FmtFn::BuiltinPrintln);
                let fixed = usize::from(matches!(f, FmtFn::Printf | FmtFn::Sprintf));
                let variadic = args.get(fixed..).unwrap_or_default();
                let packed = if builtin
                    || variadic.is_empty()
                    || variadic.iter().any(|a| matches!(a.kind, K::Spread(_)))
                {
                    0
                } else {
                    // (Not in a generic instance: gc's shape converts through its dictionary,
                    // for less than memrun's instance shows.)
                    let types = &self.prog.types;
                    let generic = self.cur.is_some_and(|f| self.prog.funcs[f].is_instance());
                    let converted = variadic
                        .iter()
                        .filter(|a| !generic && !types.is_interface(a.ty))
                        .count() as u32;
                    2 + converted
                };
                1 + u32::from(!builtin) + self.leaves(args, inside) + fmt_cost(*f) + packed
            }
            K::CallIface(_, _, args) => 1 + self.leaves(args, inside) + CALL,
            // A parameter's function gc cannot know; another variable's it may (then the
            // function's own cost, possibly 0).
            K::CallValue(x, args) => {
                let param = matches!(x.kind, K::Local(l) if self.params.contains(&l));
                1 + self.leaves(args, inside) + if param { PARAM_CALL } else { 0 }
            }
            // A function literal costs 15; a function or method used as a value (memrun's
            // thunk) costs gc a name, at least nothing.
            K::Closure(c, _) => {
                let name = &self.prog.funcs[*c].name;
                if name.ends_with("·f") || name.ends_with("-fm") || name.ends_with("-fexpr") {
                    0
                } else {
                    15
                }
            }
            // Nodes memrun never makes up: an append (the call, its operands), a conversion
            // between strings and slices.
            K::Append(x, xs, _) => 1 + self.leaf(x, inside) + self.leaves(xs, inside),
            K::AppendSlice(a, b) => 1 + self.leaf(a, inside) + self.leaf(b, inside),
            K::StringToBytes(x, ..) | K::StringToRunes(x, _) | K::BytesToString(x) => {
                1 + self.leaf(x, inside)
            }
            // A panic: the node and its extra 1 (an implicit conversion of its operand is
            // charged nothing, gc's hack for reflect).
            K::Panic(_) => 2,
            // Nodes only the program's own expressions make (the checker's lowering of range
            // loops, switches and assignments makes none of them), each one of gc's with
            // operands of its own: a field selection (gc's ODOT or ODOTPTR, so not the
            // dereference), operators memrun never adds, indexing and slicing of strings,
            // maps and slices, the builtins.
            K::Field(x, _) | K::Cap(x) | K::Clear(x) => 1 + self.leaf(x, inside),
            K::Binary(op, a, b) => {
                use tir::BinOp as B;
                let own = matches!(
                    op,
                    B::Sub
                        | B::Mul
                        | B::Div
                        | B::Rem
                        | B::And
                        | B::Or
                        | B::Xor
                        | B::AndNot
                        | B::Shl
                        | B::Shr
                        | B::Le
                        | B::Gt
                        | B::Ge
                );
                // (gc joins a chain of string `+` into one node.)
                let shared = (matches!(op, B::Eq | B::Ne | B::Lt | B::LogAnd | B::LogOr)
                    || (*op == B::Add && !self.prog.types.is_string(e.ty)))
                    && self.own.is_some()
                    && !self.hidden_in(e);
                // (gc folds `true && x` to `x`, `x || false` to `x`.)
                let folded = matches!(a.kind, K::Const(_)) && matches!(b.kind, K::Const(_))
                    || (matches!(op, B::LogAnd | B::LogOr)
                        && (matches!(a.kind, K::Const(_)) || matches!(b.kind, K::Const(_))));
                if (own || shared) && !folded {
                    1 + self.leaf(a, inside) + self.leaf(b, inside)
                } else {
                    0
                }
            }
            K::StrIndex(a, b) | K::MapIndex(a, b) | K::Copy(a, b) | K::Delete(a, b) => {
                1 + self.leaf(a, inside) + self.leaf(b, inside)
            }
            // (Not its bounds: gc drops a low bound of 0 and a high bound `len(s)` of the
            // variable sliced.)
            K::SliceSlice(x, ..) | K::StrSlice(x, ..) => 1 + self.leaf(x, inside),
            K::MakeSlice(n, c) => {
                1 + self.leaf(n, inside) + c.as_ref().map_or(0, |c| self.leaf(c, inside))
            }
            K::MakeMap(hint) => 1 + hint.as_ref().map_or(0, |h| self.leaf(h, inside)),
            // In the program's own functions: a variable's name, indexing and `len` of the
            // program's (not of a range loop's hidden copy and counter), the operators memrun
            // also uses itself where it reads nothing hidden.
            K::Local(l) if self.own.is_some_and(|h| !h.contains(l)) => 1,
            K::SliceIndex(a, b) | K::ArrayIndex(a, b)
                if self.own.is_some() && !self.is_hidden(a) && !self.is_hidden(b) =>
            {
                1 + self.leaf(a, inside) + self.leaf(b, inside)
            }
            K::Len(x) if self.own.is_some() && !self.is_hidden(x) => 1 + self.leaf(x, inside),
            // (A min or max of constants is one constant.)
            K::MinMax(_, xs) if !xs.iter().all(|x| matches!(x.kind, K::Const(_))) => {
                1 + self.leaves(xs, inside)
            }
            _ => 0,
        }
    }

    /// What gc charges at least for statement `s` itself: a node for each `return`, loop,
    /// switch, `continue` and `goto` (none of which the checker makes up in a function's own
    /// body).
    fn stmt_nodes(&self, s: &tir::Stmt) -> u32 {
        match s {
            tir::Stmt::Return(_)
            | tir::Stmt::Loop { .. }
            | tir::Stmt::Switch { .. }
            | tir::Stmt::Continue(_)
            | tir::Stmt::Goto(_) => 1,
            _ if self.own.is_none() => 0,
            // In the program's own functions, an `if` and an assignment of the program's
            // (an `op=` counts as its operator, one node of gc's for both), a declaration.
            tir::Stmt::If(c, ..) => u32::from(!self.hidden_in(c)),
            tir::Stmt::Assign(ps, vs) => {
                let hidden_place = ps
                    .iter()
                    .any(|p| matches!(p, tir::Place::Local(l) if self.own.is_some_and(|h| h.contains(l))));
                let op_assign = matches!((&ps[..], &vs[..]), ([p], [v]) if reads_place(v, p));
                let counted = !hidden_place && !op_assign && !vs.iter().any(|v| self.hidden_in(v));
                // (And each variable it assigns: gc's name, a node.)
                let names = if counted {
                    ps.iter()
                        .filter(|p| matches!(p, tir::Place::Local(_)))
                        .count() as u32
                } else {
                    0
                };
                u32::from(counted) + names
            }
            // A variable of the program's declared: gc's declaration and its name.
            tir::Stmt::Decl(l) if self.own.is_some_and(|h| !h.contains(l)) => 2,
            _ => 0,
        }
    }

    /// Whether `x` is a hidden variable (through memrun's wrappers).
    fn is_hidden(&self, x: &tir::Expr) -> bool {
        let Some(h) = self.own else { return false };
        let mut x = x;
        while let K::Deref(y) | K::AddrOf(y) | K::Retype(y) = &x.kind {
            x = y;
        }
        matches!(x.kind, K::Local(l) if h.contains(&l))
    }

    /// Whether `x` reads a hidden variable anywhere (memoised).
    fn hidden_in(&self, x: &tir::Expr) -> bool {
        let key = x as *const tir::Expr;
        if let Some(&c) = self.reads_hidden.borrow().get(&key) {
            return c;
        }
        let mut c = self.is_hidden(x);
        if !c {
            crate::compile::deep(|| x.kind.for_each_operand(&mut |y| c = c || self.hidden_in(y)));
        }
        self.reads_hidden.borrow_mut().insert(key, c);
        c
    }

    /// The bounds of `f`'s cost (lower, upper), its tokens and what calls add at most.
    pub fn bounds(&self, f: FuncId) -> Option<(u32, u32, u32, u32)> {
        Some((
            *self.bound.get(&f)?,
            *self.upper.get(&f)?,
            self.tokens.get(&f).copied().unwrap_or(0),
            *self.extra.get(&f)?,
        ))
    }

    /// The upper bound of `f`'s number of gc's IR nodes, if bounded.
    pub fn size(&self, f: FuncId) -> Option<u32> {
        self.size.get(&f).copied()
    }

    /// Whether `f` certainly has fewer than 5,000 nodes (gc inlines into it what it can).
    pub fn surely_small(&self, f: FuncId) -> bool {
        self.size.get(&f).is_some_and(|&n| n < BIG_FUNCTION_NODES)
    }

    /// An upper bound of gc's cost of function literal `g` (its callees' bounds known): the
    /// typed program's nodes (every node of memrun's, hidden ones too), plus what its calls
    /// and literals add at most.
    pub fn literal_upper(&mut self, g: FuncId) -> u32 {
        let func = &self.prog.funcs[g];
        self.params = func.params.iter().copied().collect();
        self.counted.borrow_mut().clear();
        self.reads_hidden.borrow_mut().clear();
        self.own = None;
        self.cur = Some(g);
        let size = typed_node_bound(self.prog, &func.body, None, 0).saturating_add(func.renames);
        let extra = self.extra_upper(&func.body, &HashSet::new(), size < BIG_FUNCTION_NODES);
        size.saturating_add(extra)
    }

    /// What `body`'s calls and literals add at most beyond their nodes ([`Costs::upper_of`]
    /// of each expression).
    fn extra_upper(&self, body: &[tir::Stmt], inside: &HashSet<FuncId>, small: bool) -> u32 {
        let mut extra = 0u32;
        super::walk_body(body, &mut |e| {
            extra = extra.saturating_add(self.upper_of(e, inside, small));
        });
        extra
    }

    /// Whether gc certainly can inline `f`: its cost within the budget, and nothing that
    /// keeps gc from inlining it.
    pub fn certainly_inlined(&self, f: FuncId) -> bool {
        !self.hairy.contains(&f) && self.upper.get(&f).is_some_and(|&u| u <= BUDGET)
    }

    /// Whether gc certainly does not inline `f`.
    pub fn over_budget(&self, f: FuncId) -> bool {
        self.bound.get(&f).is_some_and(|&b| b > BUDGET)
    }
}

/// Whether `v` reads the place assigned to as its first operand (`x op= y`, `x++`).
fn reads_place(v: &tir::Expr, p: &tir::Place) -> bool {
    let K::Binary(_, a, _) = &v.kind else {
        return false;
    };
    match (p, &a.kind) {
        (tir::Place::Local(l), K::Local(m)) => l == m,
        (tir::Place::Global(g), K::Global(h)) => g == h,
        (tir::Place::Deref(_), K::Deref(_))
        // `x.f op= y`: the field or element the place's address is taken of, read as it is.
        | (tir::Place::Deref(_), K::Field(..) | K::ArrayIndex(..))
        | (tir::Place::MapElem(..), K::MapIndex(..))
        | (tir::Place::SliceElem(..), K::SliceIndex(..)) => true,
        _ => false,
    }
}
