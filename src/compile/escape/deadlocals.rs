//! gc's dead-locals pass (`cmd/compile/internal/deadlocals`), which runs before its escape
//! analysis: an assignment without effects (a variable, a constant, nil, a function literal)
//! to a local never read — or to `_` beside another target — is dropped (in an assignment
//! with other targets, made `_ = zero`). A dropped `t := s`
//! no longer hands `s`'s storage over, so memrun drops it too (it changes nothing the program
//! does).

use crate::compile::tir::{self, ExprKind as K, LocalId, Place, Stmt};
use crate::compile::types::{TypeId, TypeTable};
use std::collections::{HashMap, HashSet};

/// Drops the dead assignments of function `f`'s body (not of its literals', as gc).
pub(super) fn prune(func: &mut tir::Func, types: &TypeTable) {
    // Results, and the variables memrun's own code reads besides the body (heap cells,
    // captured variables, the deferred calls' list) are never dropped.
    let mut named: HashSet<LocalId> = func.named_results.iter().copied().collect();
    named.extend(func.heap.iter().copied());
    named.extend(func.captures.iter().copied());
    named.extend(func.defer_cell);
    let mut reads: HashSet<LocalId> = HashSet::new();
    let mut pending: HashMap<LocalId, Vec<LocalId>> = HashMap::new();
    let cx = Cx {
        named: &named,
        locals: &func.locals,
        types,
    };
    collect(&func.body, &cx, &mut reads, &mut pending);
    // What a live variable is assigned is read in turn.
    let mut todo: Vec<LocalId> = reads.iter().copied().collect();
    while let Some(l) = todo.pop() {
        for m in pending.remove(&l).unwrap_or_default() {
            if reads.insert(m) {
                todo.push(m);
            }
        }
    }
    drop_dead(&mut func.body, &cx, &reads);
}

/// What the pass knows of the function.
struct Cx<'a> {
    /// Locals never dropped (results, heap cells, captured variables).
    named: &'a HashSet<LocalId>,
    /// The function's locals' types.
    locals: &'a cranelift_entity::PrimaryMap<LocalId, TypeId>,
    types: &'a TypeTable,
}

/// Whether gc's pass may drop `p = v`: a local (not a result) or `_` beside another target,
/// given a value without effects — a variable, a constant, nil, a function literal, not
/// converted (an implicit conversion between types of one underlying type, `var f F =
/// func(){…}`, is gc's OCONVNOP, which has effects for the pass; a literal's own type is
/// never a defined one).
fn candidate(p: &Place, v: &tir::Expr, cx: &Cx, multi: bool) -> bool {
    let target = match p {
        Place::Local(l) => !cx.named.contains(l),
        Place::Blank => multi,
        _ => false,
    };
    let plain = match &v.kind {
        K::Const(_) | K::Zero => true,
        K::Local(l) => cx.types.identical(cx.locals[*l], v.ty),
        K::Closure(..) => !cx.types.is_named(v.ty),
        _ => false,
    };
    target && plain
}

/// Whether an assignment has a target other than `_`.
fn has_named_target(ps: &[Place]) -> bool {
    ps.iter().any(|p| !matches!(p, Place::Blank))
}

/// The locals read in `ss`, and for each candidate assignment's target the locals its value
/// reads (read only if the target is).
fn collect(
    ss: &[Stmt],
    cx: &Cx,
    reads: &mut HashSet<LocalId>,
    pending: &mut HashMap<LocalId, Vec<LocalId>>,
) {
    for s in ss {
        match s {
            Stmt::Assign(ps, vs) => {
                let multi = ps.len() > 1 && has_named_target(ps);
                for (i, p) in ps.iter().enumerate() {
                    p.for_each_operand(&mut |e| expr_reads(e, reads));
                    let Some(v) = vs.get(i) else { continue };
                    if candidate(p, v, cx, multi) {
                        let mut r = HashSet::new();
                        expr_reads(v, &mut r);
                        if let Place::Local(l) = p {
                            pending.entry(*l).or_default().extend(r);
                        }
                    } else {
                        expr_reads(v, reads);
                    }
                }
                for v in vs.iter().skip(ps.len()) {
                    expr_reads(v, reads);
                }
            }
            Stmt::DeferTo(l, e) => {
                reads.insert(*l);
                expr_reads(e, reads);
            }
            _ => s.for_each_expr(&mut |e| expr_reads(e, reads)),
        }
        s.for_each_block(&mut |b| crate::compile::deep(|| collect(b, cx, reads, pending)));
    }
}

/// Every local an expression reads (a literal's captured variables included).
fn expr_reads(e: &tir::Expr, reads: &mut HashSet<LocalId>) {
    crate::compile::deep(|| {
        match &e.kind {
            K::Local(l) => {
                reads.insert(*l);
            }
            K::Closure(_, outer) => reads.extend(outer.iter().copied()),
            K::Select(cases, _) => {
                for c in cases {
                    reads.insert(c.ch);
                    reads.insert(c.val);
                }
            }
            K::SelectRecv(a, b, _) => {
                reads.insert(*a);
                reads.insert(*b);
            }
            K::MapIterInit(_, it) | K::MapIterNext(it) => {
                reads.insert(*it);
            }
            _ => {}
        }
        e.kind.for_each_operand(&mut |x| expr_reads(x, reads));
    })
}

/// Removes the candidate assignments to locals not read.
fn drop_dead(ss: &mut Vec<Stmt>, cx: &Cx, reads: &HashSet<LocalId>) {
    ss.retain_mut(|s| {
        if let Stmt::Assign(ps, vs) = s {
            if ps.len() == vs.len() {
                let multi = ps.len() > 1 && has_named_target(ps);
                let dead: Vec<bool> = ps
                    .iter()
                    .zip(vs.iter())
                    .map(|(p, v)| {
                        candidate(p, v, cx, multi)
                            && match p {
                                Place::Local(l) => !reads.contains(l),
                                _ => true,
                            }
                    })
                    .collect();
                if dead.iter().all(|&d| d) {
                    return false;
                }
                // gc makes each dead pair `_ = zero`: the assignment keeps its arity (which
                // decides whether an append in it grows in place).
                for (i, d) in dead.into_iter().enumerate() {
                    if d {
                        ps[i] = Place::Blank;
                        vs[i] = tir::Expr {
                            ty: vs[i].ty,
                            kind: K::Zero,
                        };
                    }
                }
            }
        }
        // (Nested blocks may be as deep as the input: on a stack that grows.)
        crate::compile::deep(|| match s {
            Stmt::If(_, a, b) => {
                drop_dead(a, cx, reads);
                drop_dead(b, cx, reads);
            }
            Stmt::Loop { body, post, .. } => {
                drop_dead(body, cx, reads);
                drop_dead(post, cx, reads);
            }
            Stmt::Switch { clauses, .. } => {
                for c in clauses {
                    drop_dead(&mut c.body, cx, reads);
                }
            }
            Stmt::Labeled(b, _) | Stmt::Block(b) => drop_dead(b, cx, reads),
            _ => {}
        });
        true
    });
}
