//! Which functions gc certainly does not inline. gc inlines a function whose cost (about one
//! per node of its IR, a call of a function it cannot inline 57 more, a call of one it can the
//! callee's cost) is at most 80. memrun does not reproduce the cost exactly; it counts a
//! lower bound — calls, at what gc charges for them at least, and a few nodes it never makes
//! up itself — and a function whose bound already exceeds 80 has a frame of its own.

use super::library_fact;
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

/// Lower bounds of gc's inlining costs, function by function (callees first).
pub(super) struct Costs<'a> {
    prog: &'a Program,
    bound: HashMap<FuncId, u32>,
}

impl<'a> Costs<'a> {
    /// No bounds yet.
    pub fn new(prog: &'a Program) -> Costs<'a> {
        Costs {
            prog,
            bound: HashMap::new(),
        }
    }

    /// Records the bound of each function of a strongly connected component of the call
    /// graph (its callees outside it done already).
    pub fn scc(&mut self, scc: &[FuncId]) {
        let inside: HashSet<FuncId> = scc.iter().copied().collect();
        for &f in scc {
            let mut total = 0u32;
            super::walk_body(&self.prog.funcs[f].body, &mut |e| {
                total = total.saturating_add(self.of(e, &inside));
            });
            self.bound.insert(f, total);
        }
    }

    /// What gc charges at least for expression `e` itself (its operands are counted apart).
    fn of(&self, e: &tir::Expr, inside: &HashSet<FuncId>) -> u32 {
        match &e.kind {
            K::Call(g, args) => {
                let n = 2 + args.len() as u32;
                let callee = if inside.contains(g) {
                    0
                } else if let Some(&b) = self.bound.get(g) {
                    // A callee gc may inline costs its own cost, at least our bound.
                    b.min(CALL)
                } else {
                    match library_fact(&self.prog.funcs[*g].name).and_then(|l| l.inline) {
                        Some(false) => CALL,
                        _ => 0,
                    }
                };
                n + callee
            }
            K::Fmt(f, args) => 2 + args.len() as u32 + fmt_cost(*f),
            K::CallIface(_, _, args) => 1 + args.len() as u32 + CALL,
            K::CallValue(_, args) => 1 + args.len() as u32 + PARAM_CALL,
            // A function literal costs 15.
            K::Closure(..) => 15,
            // Nodes memrun never makes up: an append (the call, its operands), a conversion
            // between strings and slices, a panic (1 more).
            K::Append(_, xs, _) => 2 + xs.len() as u32,
            K::AppendSlice(..) => 3,
            K::StringToBytes(..) | K::StringToRunes(..) | K::BytesToString(_) => 2,
            K::Panic(_) => 3,
            _ => 0,
        }
    }

    /// Whether gc certainly does not inline `f`.
    pub fn over_budget(&self, f: FuncId) -> bool {
        self.bound.get(&f).is_some_and(|&b| b > BUDGET)
    }
}
