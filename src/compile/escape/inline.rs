//! Bounds of gc's inlining cost. gc inlines a function whose cost (about one per node of its
//! IR, a call of a function it cannot inline 57 more, a call of one it can the callee's cost)
//! is at most 80 — into a function of fewer than 5,000 nodes; into a bigger one, only those
//! of cost 20 at most. memrun does not reproduce the cost exactly. It counts a lower bound
//! (calls, at what gc charges for them at least, and a few nodes it never makes up itself):
//! a function whose bound exceeds 80 has a frame of its own. And it counts an upper bound
//! (the nodes the body's tokens make at most, the implicit nodes gc adds, calls at most what
//! they may cost): a function whose bound is within 80, and which nothing else keeps gc from
//! inlining, gc certainly inlines. Between the two memrun claims nothing.

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
        match &e.kind {
            K::Field(..) | K::Deref(_) => {
                implicit = implicit.saturating_add(NODES_PER_SELECTION);
            }
            // A conversion to an interface has no token; nor has a positional literal's key
            // (`S{v}` is a struct key, a conversion and the value for one token).
            K::ConvIface(_) | K::Box(_) => implicit = implicit.saturating_add(1),
            // (A variadic call's implicit slice literal costs two more.)
            K::Composite(es) => implicit = implicit.saturating_add(es.len() as u32 + 2),
            // A map literal's keys (`OKEY`) have no token.
            K::MapLit(es) => implicit = implicit.saturating_add(es.len() as u32 + 2),
            // A method value costs two.
            K::BindMethod(..) => implicit = implicit.saturating_add(1),
            // fmt's variadic arguments: an implicit slice literal (two), each argument
            // converted to an interface (memrun's typed program keeps them as they are).
            K::Fmt(_, args) => {
                implicit = implicit.saturating_add(2 + 2 * args.len() as u32);
            }
            // A function literal may be a range-over-function loop, which gc rewrites with
            // state checks of its own.
            K::Closure(..) => implicit = implicit.saturating_add(NODES_PER_LITERAL),
            _ => {}
        }
        // A multi-value call's results go through temporaries of gc's (declared, assigned,
        // read, converted).
        if prog.types.is_tuple(e.ty) {
            let n = prog.types.tuple_types(e.ty).len() as u32;
            implicit = implicit.saturating_add(NODES_PER_RESULT.saturating_mul(n + 1));
        }
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

/// Whether library function `name` is one gc compiles as an instruction on amd64 (its
/// `ssagen` intrinsics of the packages memrun provides): a call of it costs one node.
fn intrinsic(name: &str) -> bool {
    matches!(
        name,
        "math.FMA" | "math.Floor" | "math.Ceil" | "math.Trunc" | "math.RoundToEven"
    )
}

/// What an instance of a generic function may cost beyond its nodes and calls: gc compiles
/// its shape, which takes a dictionary (8 at most, measured) and goes through it for
/// conversions to interfaces, type assertions and switches, and calls of its type
/// parameters' methods (a call's cost each, at most, as memrun cannot tell which calls those
/// are).
fn dictionary(body: &[tir::Stmt]) -> u32 {
    let mut n = DICTIONARY;
    super::walk_body(body, &mut |e| {
        n = n.saturating_add(match e.kind {
            K::ConvIface(_)
            | K::Box(_)
            | K::TypeAssert(..)
            | K::TypeIs(..)
            | K::Fmt(..)
            | K::CallIface(..) => DICTIONARY,
            K::Call(..) => CALL,
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
            hairy,
        }
    }

    /// Records the bound of each function of a strongly connected component of the call
    /// graph (its callees outside it done already).
    pub fn scc(&mut self, scc: &[FuncId]) {
        let inside: HashSet<FuncId> = scc.iter().copied().collect();
        for &f in scc {
            self.params = self.prog.funcs[f].params.iter().copied().collect();
            let mut total = 0u32;
            super::walk_body(&self.prog.funcs[f].body, &mut |e| {
                total = total.saturating_add(self.of(e, &inside));
            });
            // An instance of a generic function costs what its shape does, with dictionary
            // operations memrun does not see: no lower bound.
            let generic = self.prog.funcs[f].name.contains('[');
            self.bound.insert(f, if generic { 0 } else { total });
        }
        for &f in scc {
            self.params = self.prog.funcs[f].params.iter().copied().collect();
            let body = &self.prog.funcs[f].body;
            let size = self.tokens.get(&f).map(|&t| node_bound(self.prog, t, body));
            self.size.insert(f, size.unwrap_or(u32::MAX));
            let small = self.surely_small(f);
            let mut extra = 0u32;
            super::walk_body(body, &mut |e| {
                extra = extra.saturating_add(self.upper_of(e, &inside, small));
            });
            self.extra.insert(f, extra);
            let generic = self.prog.funcs[f].name.contains('[');
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

    /// [`Costs::leaves`] of one operand.
    fn leaf(&self, x: &tir::Expr, inside: &HashSet<FuncId>) -> u32 {
        u32::from(self.of(x, inside) == 0)
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
            // charge that function's cost.
            K::CallValue(x, _) => {
                if matches!(x.kind, K::Local(l) if self.params.contains(&l)) {
                    PARAM_CALL
                } else {
                    BUDGET
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
                let callee = if inside.contains(g) {
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
            // fmt's functions are calls of a name; the builtins have none.
            K::Fmt(f, args) => {
                let name = !matches!(f, FmtFn::BuiltinPrint | FmtFn::BuiltinPrintln);
                1 + u32::from(name) + self.leaves(args, inside) + fmt_cost(*f)
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
            _ => 0,
        }
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

    /// Whether `f` certainly has fewer than 5,000 nodes (gc inlines into it what it can).
    pub fn surely_small(&self, f: FuncId) -> bool {
        self.size.get(&f).is_some_and(|&n| n < BIG_FUNCTION_NODES)
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
