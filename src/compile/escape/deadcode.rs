//! The code gc's front end drops before anything else sees it (its unified IR writer): the
//! dead branch of an `if` whose condition is constant, a `for` whose condition is false, the
//! clauses a constant `switch` never takes, and the statements after a terminating one
//! (`return`, `goto`, `panic`, an `if` terminating both ways) when no label follows. An
//! append or an `&x` there does not exist for gc's escape analysis, so memrun drops that code
//! too before analysing (it never runs, so the program is the same).

use crate::compile::tir::{self, ExprKind as K, Stmt};
use crate::compile::types::Value;

/// gc's `staticBool`: +1 always true, -1 always false, 0 unknown.
fn static_bool(e: &tir::Expr) -> i32 {
    match &e.kind {
        K::Const(Value::Bool(b)) => {
            if *b {
                1
            } else {
                -1
            }
        }
        K::Unary(tir::UnOp::Not, x) => -static_bool(x),
        K::Binary(tir::BinOp::LogAnd, x, y) => match static_bool(x) {
            -1 => -1,
            1 => static_bool(y),
            _ if static_bool(y) == -1 => -1,
            _ => 0,
        },
        K::Binary(tir::BinOp::LogOr, x, y) => match static_bool(x) {
            1 => 1,
            -1 => static_bool(y),
            _ if static_bool(y) == 1 => 1,
            _ => 0,
        },
        _ => 0,
    }
}

/// A condition's static value as memrun can be sure of it: gc's `staticBool` folds
/// `x && false` but not `(x && false)`, and memrun's checked program has no parentheses left,
/// so a value that depends on a non-constant operand counts as unknown here (and
/// [`ambiguous`] tells the analysis, which then makes no claim about the function).
fn cond_value(e: &tir::Expr) -> i32 {
    match e.kind {
        K::Const(_) => static_bool(e),
        _ => 0,
    }
}

/// Whether a body has a condition gc may or may not fold (see [`cond_value`]).
pub(super) fn ambiguous(ss: &[Stmt]) -> bool {
    super::any_stmt(ss, &|s| match s {
        Stmt::If(c, ..) | Stmt::Loop { cond: Some(c), .. } => {
            static_bool(c) != 0 && !matches!(c.kind, K::Const(_))
        }
        _ => false,
    })
}

/// Whether a statement ends its block for gc's writer (`terminates`).
fn terminates(s: &Stmt) -> bool {
    match s {
        Stmt::Goto(_) | Stmt::Return(_) => true,
        Stmt::Eval(e) => matches!(e.kind, K::Panic(_)),
        Stmt::If(c, a, b) => {
            let c = cond_value(c);
            (c < 0 || a.last().is_some_and(terminates))
                && (c > 0 || b.last().is_some_and(terminates))
        }
        Stmt::Block(b) => b.last().is_some_and(terminates),
        _ => false,
    }
}

fn is_label(s: &Stmt) -> bool {
    matches!(s, Stmt::Label(_) | Stmt::Labeled(..))
}

/// Drops from `ss` (and the blocks in it) what gc's writer drops.
pub(super) fn prune(ss: &mut Vec<Stmt>) {
    let last_label = ss.iter().rposition(is_label);
    let mut out = Vec::with_capacity(ss.len());
    let mut dead = false;
    // A switch's tag is a temporary assigned right before it.
    let mut tag: Option<(tir::LocalId, Value)> = None;
    for (i, mut s) in std::mem::take(ss).into_iter().enumerate() {
        if dead && last_label.is_none_or(|l| i > l) && !is_label(&s) {
            continue;
        }
        crate::compile::deep(|| prune_stmt(&mut s));
        let this_tag = match &s {
            Stmt::Assign(ps, vs) => match (ps.as_slice(), vs.as_slice()) {
                (
                    [tir::Place::Local(t)],
                    [tir::Expr {
                        kind: K::Const(v), ..
                    }],
                ) => Some((*t, v.clone())),
                _ => None,
            },
            _ => None,
        };
        if let Some(s) = simplify(s, tag.take()) {
            dead = terminates(&s);
            out.push(s);
        }
        tag = this_tag;
    }
    *ss = out;
}

/// The statement gc keeps for `s` (None: nothing).
fn simplify(s: Stmt, tag: Option<(tir::LocalId, Value)>) -> Option<Stmt> {
    match s {
        Stmt::If(c, a, b) => {
            let live = match cond_value(&c) {
                1 => a,
                -1 => b,
                _ => return Some(Stmt::If(c, a, b)),
            };
            // The condition stays only for its effects, which a constant has none of.
            let mut block = Vec::new();
            if !matches!(c.kind, K::Const(_)) {
                block.push(Stmt::Eval(c));
            }
            block.extend(live);
            Some(Stmt::Block(block))
        }
        Stmt::Loop { cond: Some(c), .. }
            if static_bool(&c) == -1 && matches!(c.kind, K::Const(_)) =>
        {
            None
        }
        // A condition always false keeps the loop but not its body and post statement.
        Stmt::Loop {
            cond: Some(c),
            per_iter,
            init,
            target,
            ..
        } if cond_value(&c) == -1 => Some(Stmt::Loop {
            cond: Some(c),
            body: Vec::new(),
            post: Vec::new(),
            per_iter,
            init,
            target,
        }),
        Stmt::Switch { clauses, target } => Some(Stmt::Switch {
            clauses: constant_switch(clauses, tag),
            target,
        }),
        s => Some(s),
    }
}

/// A switch whose tag (a constant in temporary `tag`, or none) and cases are all constant
/// keeps only the clause it takes.
fn constant_switch(
    clauses: Vec<tir::SwitchClause>,
    tag: Option<(tir::LocalId, Value)>,
) -> Vec<tir::SwitchClause> {
    // A case's condition as a constant: `true`/`false`, or `tag == c`.
    let value = |e: &tir::Expr| match &e.kind {
        K::Const(Value::Bool(b)) => Some(*b),
        K::Binary(tir::BinOp::Eq, x, y) => match (&tag, &x.kind, &y.kind) {
            (Some((t, v)), K::Local(l), K::Const(c)) if l == t => Some(v == c),
            _ => None,
        },
        _ => None,
    };
    // gc's search: the first case that matches, in order, else `default`; a case that is not
    // constant met first, or a `fallthrough` out of the clause taken, keeps them all.
    let mut taken = None;
    'search: for (i, c) in clauses.iter().enumerate() {
        if c.is_default {
            taken = Some(i);
        }
        for e in &c.conds {
            match value(e) {
                None => return clauses,
                Some(true) => {
                    taken = Some(i);
                    break 'search;
                }
                Some(false) => {}
            }
        }
    }
    if taken.is_some_and(|i| clauses[i].fallthrough) {
        return clauses;
    }
    match taken {
        Some(i) => {
            let mut c = clauses.into_iter().nth(i).expect("the clause taken");
            c.conds.clear();
            c.is_default = true;
            vec![c]
        }
        None => Vec::new(),
    }
}

fn prune_stmt(s: &mut Stmt) {
    s.for_each_block_mut(&mut |b| prune(b));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::types::TypeTable;

    fn b(v: bool) -> tir::Expr {
        tir::Expr {
            ty: TypeTable::BOOL,
            kind: K::Const(Value::Bool(v)),
        }
    }

    fn ret() -> Stmt {
        Stmt::Return(Vec::new())
    }

    /// `if false { return }` leaves nothing; `if true { return }; more` drops `more`.
    #[test]
    fn constant_conditions_and_what_follows_a_return() {
        let mut body = vec![Stmt::If(b(false), vec![ret()], vec![])];
        prune(&mut body);
        assert!(matches!(body.as_slice(), [Stmt::Block(b)] if b.is_empty()));
        let mut body = vec![Stmt::If(b(true), vec![ret()], vec![]), Stmt::Eval(b(true))];
        prune(&mut body);
        assert_eq!(body.len(), 1);
        // A label after the return keeps what follows it.
        let mut body = vec![
            ret(),
            Stmt::Eval(b(true)),
            Stmt::Label(tir::LabelId::from_u32(0)),
        ];
        prune(&mut body);
        assert_eq!(body.len(), 3);
    }
}
