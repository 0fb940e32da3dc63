//! The code gc's front end drops before anything else sees it (its unified IR writer): the
//! dead branch of an `if` whose condition is constant, a `for` whose condition is false, the
//! clauses a constant `switch` never takes, and the statements after a terminating one
//! (`return`, `goto`, `panic`, an `if` terminating both ways) when no label follows. A
//! condition folds as gc's `staticBool` folds it: `x && false` is false (x still evaluated,
//! as `_ = x && false`), `(x && false)` is not known — the checker keeps such parentheses as
//! a `Retype` node. An append or an `&x` there does not exist for gc's escape analysis, so
//! memrun drops that code too before analysing (it never runs, so the program is the same).

use crate::compile::tir::{self, ExprKind as K, Stmt};
use crate::compile::types::Value;

/// gc's `staticBool` with what it does to the condition: its value (+1 always true, -1
/// always false, 0 unknown; parentheses, a `Retype` node, are unknown: gc's sees a
/// parenthesised expression, not an operation), and the condition gc's writer keeps, which
/// it rewrites in place as it goes (`false && y` is
/// `false`, `x && false && y` is `x && false`, `true && y` is `y`). Its `!` hands its
/// operand's value on as it is (a `!` of a non-constant operand that has a static value
/// needs parentheses, which stop it anyway).
fn fold(e: tir::Expr) -> (i32, tir::Expr) {
    let tir::Expr { ty, kind } = e;
    let is_const = |x: &tir::Expr| matches!(x.kind, K::Const(_));
    match kind {
        K::Const(Value::Bool(b)) => (
            if b { 1 } else { -1 },
            tir::Expr {
                ty,
                kind: K::Const(Value::Bool(b)),
            },
        ),
        K::Unary(tir::UnOp::Not, x) => {
            let (v, x) = crate::compile::deep(|| fold(*x));
            (
                v,
                tir::Expr {
                    ty,
                    kind: K::Unary(tir::UnOp::Not, Box::new(x)),
                },
            )
        }
        K::Binary(op @ (tir::BinOp::LogAnd | tir::BinOp::LogOr), x, y) => {
            // The value that decides alone: false for `&&`, true for `||`.
            let decides = if op == tir::BinOp::LogAnd { -1 } else { 1 };
            let (vx, x) = crate::compile::deep(|| fold(*x));
            if vx == decides {
                return (vx, x);
            }
            let (vy, y) = crate::compile::deep(|| fold(*y));
            if vx == -decides || vy == decides {
                if is_const(&x) {
                    return (vy, y);
                }
                return (
                    vy,
                    tir::Expr {
                        ty,
                        kind: K::Binary(op, Box::new(x), Box::new(y)),
                    },
                );
            }
            (
                0,
                tir::Expr {
                    ty,
                    kind: K::Binary(op, Box::new(x), Box::new(y)),
                },
            )
        }
        kind => (0, tir::Expr { ty, kind }),
    }
}

/// Whether a statement ends its block for gc's writer (`terminates`). (Of a statement
/// [`simplify`] has seen: an `if` whose condition has a static value is a block by then.)
fn terminates(s: &Stmt) -> bool {
    match s {
        Stmt::Goto(_) | Stmt::Return(_) => true,
        Stmt::Eval(e) => matches!(e.kind, K::Panic(_)),
        Stmt::If(_, a, b) => a.last().is_some_and(terminates) && b.last().is_some_and(terminates),
        Stmt::Block(b) => b.last().is_some_and(terminates),
        _ => false,
    }
}

fn is_label(s: &Stmt) -> bool {
    matches!(s, Stmt::Label(_) | Stmt::Labeled(..))
}

/// Whether [`prune`] would change anything in `ss`: a condition it folds or rewrites, a
/// constant switch, statements after a terminating one (an `if` whose condition has a static
/// value is one of the first). (Without, a copy of a body need not be made to read it
/// pruned.)
pub(crate) fn prunable(ss: &[Stmt]) -> bool {
    let logical = |c: &tir::Expr| {
        matches!(
            c.kind,
            K::Const(_)
                | K::Unary(tir::UnOp::Not, _)
                | K::Binary(tir::BinOp::LogAnd | tir::BinOp::LogOr, ..)
        )
    };
    let mut found = false;
    let mut blocks = vec![ss];
    while let Some(b) = blocks.pop() {
        if b.iter().rev().skip(1).any(terminates) {
            found = true;
        }
        for s in b {
            match s {
                Stmt::If(c, ..) | Stmt::Loop { cond: Some(c), .. } if logical(c) => found = true,
                Stmt::Switch { .. } => found = true,
                _ => {}
            }
            s.for_each_block(&mut |x| blocks.push(x));
        }
        if found {
            return true;
        }
    }
    false
}

/// Drops from `ss` (and the blocks in it) what gc's writer drops.
pub(crate) fn prune(ss: &mut Vec<Stmt>) {
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
            // (gc rewrites the condition whatever its value: `x || false && f()` is `x || false`.)
            let (value, c) = fold(c);
            if value == 0 {
                return Some(Stmt::If(c, a, b));
            }
            let live = if value > 0 { a } else { b };
            // gc's reader makes the condition a constant, evaluated before as `_ = c` when it
            // is not one (`x && false`); its SSA then has no branch, so that what follows a
            // jump in the branch taken is not compiled.
            let mut block = Vec::new();
            if !matches!(c.kind, K::Const(_)) {
                block.push(Stmt::Assign(vec![tir::Place::Blank], vec![c]));
            }
            block.extend(live);
            Some(Stmt::Block(block))
        }
        // A condition always false keeps the loop (as gc rewrites the condition) but not its
        // body and post statement; a constant one, nothing.
        Stmt::Loop {
            cond: Some(c),
            body,
            post,
            per_iter,
            init,
            target,
        } => {
            let (value, c) = fold(c);
            if value == -1 && matches!(c.kind, K::Const(_)) {
                return None;
            }
            let (body, post) = if value == -1 {
                (Vec::new(), Vec::new())
            } else {
                (body, post)
            };
            Some(Stmt::Loop {
                cond: Some(c),
                body,
                post,
                per_iter,
                init,
                target,
            })
        }
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

    /// `if x && false { return } else { … }` keeps `_ = x && false` and the `else` branch, and
    /// what follows; `if (x && false)` (parentheses: a `Retype`) keeps both branches.
    #[test]
    fn conditions_folded_through_a_non_constant_operand() {
        let x = tir::Expr {
            ty: TypeTable::BOOL,
            kind: K::Local(tir::LocalId::from_u32(0)),
        };
        let and_false = tir::Expr {
            ty: TypeTable::BOOL,
            kind: K::Binary(tir::BinOp::LogAnd, Box::new(x), Box::new(b(false))),
        };
        let mut body = vec![
            Stmt::If(and_false.clone(), vec![ret()], vec![Stmt::Eval(b(true))]),
            Stmt::Eval(b(true)),
        ];
        prune(&mut body);
        assert!(matches!(
            body.as_slice(),
            [Stmt::Block(b), _] if matches!(b.as_slice(), [Stmt::Assign(p, _), Stmt::Eval(_)]
                if matches!(p.as_slice(), [tir::Place::Blank]))
        ));
        let paren = tir::Expr {
            ty: TypeTable::BOOL,
            kind: K::Retype(Box::new(and_false)),
        };
        let mut body = vec![Stmt::If(paren, vec![ret()], vec![]), Stmt::Eval(b(true))];
        prune(&mut body);
        assert!(matches!(body.as_slice(), [Stmt::If(_, a, _), _] if a.len() == 1));
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
