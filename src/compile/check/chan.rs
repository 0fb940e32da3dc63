//! Channels and goroutines: `make(chan T)`, send, receive (and its comma-ok form), `close`,
//! `len`/`cap`, `select` and `go`, with gc's messages.

use super::*;
use crate::compile::tir::SelectCase;
use crate::compile::types::ChanDir;

/// How a channel operation may use a channel of some direction.
#[derive(Clone, Copy, PartialEq)]
enum Use {
    Send,
    Recv,
}

impl<'a> Checker<'a> {
    /// The element type of a channel operand fit for `u`, else reports gc's error (`what`
    /// names the operation: "send to", "receive from").
    fn chan_for(&mut self, o: &Operand, u: Use) -> Option<TypeId> {
        let op = if u == Use::Send {
            SetOp::Send
        } else {
            SetOp::Recv
        };
        if let Some(why) = self.no_common_under(o.ty, op) {
            let x = self.describe(o);
            self.report(o.pos, TypeError::NoCommonUnder { op, x, why });
            return None;
        }
        let (dir, elem) = match self.types.kind(self.types.underlying(o.ty)) {
            TypeKind::Chan(d, e) => (*d, *e),
            _ => {
                let op = if u == Use::Send {
                    "send to non-channel"
                } else {
                    "receive from non-channel"
                };
                let x = format!("{} {}", self.tn(o.ty), self.describe(o));
                self.report(o.pos, TypeError::ChanOp { op: op.into(), x });
                return None;
            }
        };
        let wrong = match u {
            Use::Send => dir == ChanDir::Recv,
            Use::Recv => dir == ChanDir::Send,
        };
        if wrong {
            let op = if u == Use::Send {
                "send to receive-only channel"
            } else {
                "receive from send-only channel"
            };
            let x = format!("{} {}", self.tn(o.ty), self.describe(o));
            self.report(o.pos, TypeError::ChanOp { op: op.into(), x });
            return None;
        }
        Some(elem)
    }

    /// `<-x`.
    pub(super) fn recv<'e>(&mut self, x: &'e ast::Expr, pos: Pos, text: Text<'e>) -> Operand<'e> {
        let o = self.expr(x);
        if matches!(o.kind, OpKind::Invalid) || !self.single_value(&o) {
            return Operand::invalid(pos);
        }
        let Some(elem) = self.chan_for(&o, Use::Recv) else {
            return Operand::invalid(pos);
        };
        let Some(c) = self.value_expr(o) else {
            return Operand::invalid(pos);
        };
        self.mk(
            pos,
            text,
            elem,
            OpKind::Value(tir::Expr {
                ty: elem,
                kind: tir::ExprKind::Recv(Box::new(c), false),
            }),
        )
    }

    /// `ch <- v`.
    pub(super) fn send_stmt(&mut self, ch: &ast::Expr, v: &ast::Expr, out: &mut Vec<tir::Stmt>) {
        let co = self.expr(ch);
        let vo = self.expr(v);
        if matches!(co.kind, OpKind::Invalid) || matches!(vo.kind, OpKind::Invalid) {
            return;
        }
        let Some(elem) = self.chan_for(&co, Use::Send) else {
            return;
        };
        let Some(c) = self.value_expr(co) else {
            return;
        };
        let Some(val) = self.assign_op(vo, elem, "send") else {
            return;
        };
        out.push(tir::Stmt::Send(c, val));
    }

    /// `close(ch)`.
    pub(super) fn close_builtin<'e>(
        &mut self,
        o: Operand<'e>,
        pos: Pos,
        text: Text<'e>,
    ) -> Operand<'e> {
        match self.types.kind(self.types.underlying(o.ty)) {
            TypeKind::Chan(ChanDir::Recv, _) => {
                let x = self.describe(&o);
                self.report(
                    o.pos,
                    TypeError::ChanOp {
                        op: "close receive-only channel".into(),
                        x,
                    },
                );
                return Operand::invalid(pos);
            }
            TypeKind::Chan(..) => {}
            _ => {
                let x = self.describe(&o);
                self.report(
                    o.pos,
                    TypeError::ChanOp {
                        op: "close non-channel".into(),
                        x,
                    },
                );
                return Operand::invalid(pos);
            }
        }
        let Some(c) = self.value_expr(o) else {
            return Operand::invalid(pos);
        };
        let e = tir::Expr {
            ty: T::INVALID,
            kind: tir::ExprKind::Close(Box::new(c)),
        };
        self.mk(pos, text, T::INVALID, OpKind::NoValue(e))
    }

    /// `len(ch)` or `cap(ch)` when `o` is a channel (None otherwise).
    pub(super) fn chan_len<'e>(
        &mut self,
        o: &Operand<'e>,
        cap: bool,
        pos: Pos,
        text: &Text<'e>,
    ) -> Option<Operand<'e>> {
        if !matches!(
            self.types.kind(self.types.underlying(o.ty)),
            TypeKind::Chan(..)
        ) {
            return None;
        }
        let c = self.value_expr(o.clone())?;
        Some(self.mk(
            pos,
            text.clone(),
            T::INT,
            OpKind::Value(tir::Expr {
                ty: T::INT,
                kind: tir::ExprKind::ChanLen(Box::new(c), cap),
            }),
        ))
    }

    /// `select { … }`: the channels and values of every case evaluated in source order into
    /// heap locals, the runtime's choice, then a switch on it whose clauses bind what a
    /// receive gave (the case's own assignment or definition, checked with the receive
    /// standing for the value already received) and run the case's statements, so that
    /// `break` leaves the select.
    pub(super) fn select_stmt(
        &mut self,
        clauses: &[ast::CommClause],
        label: Option<String>,
        pos: Pos,
        out: &mut Vec<tir::Stmt>,
    ) {
        let mut pre = Vec::new();
        let mut cases: Vec<SelectCase> = Vec::new();
        // Per clause: its case index (None: default) and, for a receive that binds, the
        // receive expression with the local that will hold its value.
        let mut plan: Vec<(Option<usize>, Option<Binding>)> = Vec::new();
        let mut default_at: Option<Pos> = None;
        for cl in clauses {
            let Some(comm) = &cl.comm else {
                if let Some(first) = default_at {
                    let first = super::errors::at(first);
                    self.report(cl.pos, TypeError::SelectMultipleDefaults { first });
                }
                default_at.get_or_insert(cl.pos);
                plan.push((None, None));
                continue;
            };
            match &**comm {
                ast::Stmt::Send(ch, v, _) => {
                    let co = self.expr(ch);
                    let vo = self.expr(v);
                    if matches!(co.kind, OpKind::Invalid) || matches!(vo.kind, OpKind::Invalid) {
                        plan.push((None, None));
                        continue;
                    }
                    let Some(elem) = self.chan_for(&co, Use::Send) else {
                        plan.push((None, None));
                        continue;
                    };
                    let (Some(c), Some(val)) =
                        (self.value_expr(co), self.assign_op(vo, elem, "send"))
                    else {
                        plan.push((None, None));
                        continue;
                    };
                    let ch = self.select_temp(c.ty, Some(c), &mut pre);
                    let val = self.select_temp(elem, Some(val), &mut pre);
                    cases.push(SelectCase {
                        send: true,
                        ch,
                        val,
                    });
                    plan.push((Some(cases.len() - 1), None));
                }
                stmt => {
                    let Some((arrow, x)) = recv_of(stmt) else {
                        self.report(stmt_pos(stmt), TypeError::SelectCaseNotComm);
                        plan.push((None, None));
                        continue;
                    };
                    let o = self.expr(x);
                    if matches!(o.kind, OpKind::Invalid) {
                        plan.push((None, None));
                        continue;
                    }
                    let Some(elem) = self.chan_for(&o, Use::Recv) else {
                        plan.push((None, None));
                        continue;
                    };
                    let Some(c) = self.value_expr(o) else {
                        plan.push((None, None));
                        continue;
                    };
                    let ch = self.select_temp(c.ty, Some(c), &mut pre);
                    let val = self.select_temp(elem, None, &mut pre);
                    cases.push(SelectCase {
                        send: false,
                        ch,
                        val,
                    });
                    let binds = !matches!(stmt, ast::Stmt::Expr(_));
                    plan.push((
                        Some(cases.len() - 1),
                        binds.then_some((arrow as *const ast::Expr, val, elem)),
                    ));
                }
            }
        }
        let chosen = self.temp(T::INT);
        let ok = self.temp(T::BOOL);
        let tt = self.types.tuple(vec![T::INT, T::BOOL]);
        pre.push(tir::Stmt::AssignTuple(
            vec![Place::Local(chosen), Place::Local(ok)],
            tir::Expr {
                ty: tt,
                kind: tir::ExprKind::Select(cases, default_at.is_some()),
            },
        ));
        let target = self.new_target(label, false, true, pos);
        self.target_stack.push(target);
        let mut sw = Vec::new();
        for (cl, (case, bind)) in clauses.iter().zip(plan) {
            let idx = match (case, cl.comm.is_none()) {
                (Some(i), _) => i as i64,
                (None, true) => -1,
                // A case with an error: its body is still checked, never run.
                (None, false) => -2,
            };
            let cond = tir::Expr {
                ty: T::BOOL,
                kind: tir::ExprKind::Binary(
                    BinOp::Eq,
                    Box::new(tir::Expr {
                        ty: T::INT,
                        kind: tir::ExprKind::Local(chosen),
                    }),
                    Box::new(tir::Expr {
                        ty: T::INT,
                        kind: tir::ExprKind::Const(Value::Int(idx.into())),
                    }),
                ),
            };
            self.push_scope();
            let mut body = Vec::new();
            if let (Some((arrow, val, elem)), Some(comm)) = (bind, &cl.comm) {
                self.select_recv = Some((arrow, val, ok, elem));
                self.stmt(comm, &mut body);
                self.select_recv = None;
            }
            body.extend(self.stmt_list(&cl.body));
            self.pop_scope();
            sw.push(tir::SwitchClause {
                conds: vec![cond],
                is_default: false,
                body,
                fallthrough: false,
            });
        }
        self.target_stack.pop();
        pre.push(tir::Stmt::Switch {
            clauses: sw,
            target,
        });
        out.push(tir::Stmt::Block(pre));
    }

    /// A fresh heap local holding `v` (a select's channel or value, evaluated now), or zero.
    fn select_temp(
        &mut self,
        t: TypeId,
        v: Option<tir::Expr>,
        out: &mut Vec<tir::Stmt>,
    ) -> LocalId {
        let l = self.temp(t);
        self.func.heap.push(l);
        out.push(tir::Stmt::Decl(l));
        if let Some(v) = v {
            out.push(tir::Stmt::Assign(vec![Place::Local(l)], vec![v]));
        }
        l
    }

    /// The receive `<-x` of a select case being bound: the value already received (and, in
    /// a comma-ok form, whether one came).
    pub(super) fn select_received<'e>(
        &mut self,
        e: &'e ast::Expr,
        text: Text<'e>,
    ) -> Option<Operand<'e>> {
        let (arrow, val, ok, elem) = self.select_recv?;
        if !std::ptr::eq(arrow, e) {
            return None;
        }
        Some(self.mk(
            e.pos,
            text,
            elem,
            OpKind::Value(tir::Expr {
                ty: elem,
                kind: tir::ExprKind::SelectRecv(val, ok, false),
            }),
        ))
    }
}

/// A select receive case's binding: the receive expression, the local receiving its value,
/// and the element type.
type Binding = (*const ast::Expr, LocalId, TypeId);

/// The receive expression of a select case that receives and its channel operand; None
/// when the statement is no receive.
fn recv_of(s: &ast::Stmt) -> Option<(&ast::Expr, &ast::Expr)> {
    fn arrow(e: &ast::Expr) -> Option<(&ast::Expr, &ast::Expr)> {
        match &e.unparen().kind {
            AK::Unary(Op::Arrow, x) => Some((e, x)),
            _ => None,
        }
    }
    match s {
        ast::Stmt::Expr(e) => arrow(e),
        ast::Stmt::Define(names, vals, _) if vals.len() == 1 && names.len() <= 2 => arrow(&vals[0]),
        ast::Stmt::Assign(lhs, Op::Assign, vals, _) if vals.len() == 1 && lhs.len() <= 2 => {
            arrow(&vals[0])
        }
        _ => None,
    }
}

/// Where a statement starts (for a select case that is no communication).
fn stmt_pos(s: &ast::Stmt) -> Pos {
    match s {
        // gc places a call at its opening parenthesis.
        ast::Stmt::Expr(e) => match &e.kind {
            AK::Call(f, ..) => f.pos + expr_string(f).len() as u32,
            _ => e.pos,
        },
        ast::Stmt::Define(names, _, _) => names.first().map_or(Pos::default(), |n| n.1),
        ast::Stmt::Assign(lhs, _, _, _) => lhs.first().map_or(Pos::default(), |e| e.pos),
        _ => Pos::default(),
    }
}
