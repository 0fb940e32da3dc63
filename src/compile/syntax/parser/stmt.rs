//! Statements and blocks, with gc's recovery at statement boundaries.

use super::decl::Specs;
use super::{PResult, Parser};
use crate::compile::syntax::ast::*;
use crate::compile::syntax::token::{Kw, Op, Pos, Tok};

/// Which header a simple statement is parsed in: `range` is allowed only in a `for` header,
/// `v := x.(type)` only in a `switch` header.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Plain,
    For,
    Switch,
}

/// A parsed `case` (Some head) or `default` clause: head, position, statements.
type CaseClause<T> = (Option<T>, Pos, Vec<Stmt>);

/// What a `switch` header holds.
enum SwitchTag {
    None,
    Expr(Expr),
    /// `[v :=] x.(type)`: the bound name and `x`.
    Type(Option<Name>, Expr),
}

impl Parser {
    /// `{ statements }`.
    pub(super) fn block(&mut self) -> PResult<Block> {
        self.expect_op(Op::LBrace, "")?;
        let stmts = self.with_lit(true, Self::stmt_list);
        let end = self.pos();
        if !self.is_op(Op::RBrace) {
            // As gc's `want`: report, skip the one offending token, and carry on as if the
            // block had ended, so what follows is judged in its place.
            let _ = self.unexpected("expected }");
        }
        self.bump();
        Ok(Block { stmts, end })
    }

    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut out = Vec::new();
        loop {
            self.skip_semi();
            // Like gc, a token that cannot start a statement ends the list; the enclosing block
            // then reports it ("unexpected ), expected }").
            if self.is_op(Op::RBrace)
                || self.at_eof()
                || self.is_kw(Kw::Case)
                || self.is_kw(Kw::Default)
                || !self.can_start_stmt()
            {
                break;
            }
            let before = self.i;
            match self.stmt() {
                Ok(s) => {
                    out.push(s);
                    if !self.is_semi()
                        && !self.is_op(Op::RBrace)
                        && !self.is_kw(Kw::Case)
                        && !self.is_kw(Kw::Default)
                    {
                        let _ = self.unexpected("at end of statement");
                        self.advance_until(|t| {
                            matches!(
                                t,
                                Tok::Semi(_)
                                    | Tok::Op(Op::RBrace)
                                    | Tok::Kw(Kw::Case | Kw::Default)
                            )
                        });
                        if self.is_semi() {
                            self.bump();
                        }
                    }
                }
                Err(()) => self.recover(false),
            }
            self.ensure_progress(before);
        }
        out
    }

    fn can_start_stmt(&self) -> bool {
        match self.tok() {
            Tok::Op(op) => matches!(
                op,
                Op::LParen
                    | Op::LBrack
                    | Op::LBrace
                    | Op::Add
                    | Op::Sub
                    | Op::Not
                    | Op::Xor
                    | Op::Mul
                    | Op::And
                    | Op::Arrow
                    | Op::Tilde
            ),
            _ => true,
        }
    }

    fn stmt(&mut self) -> PResult<Stmt> {
        self.nested(Self::stmt_here)
    }

    fn stmt_here(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        match self.tok().clone() {
            Tok::Kw(Kw::Var | Kw::Const | Kw::Type) => Ok(match self.decl_specs()? {
                Specs::Var(v) => Stmt::Var(v),
                Specs::Const(c) => Stmt::Const(c),
                Specs::Type(mut t) => {
                    for spec in t.iter_mut().filter(|s| !s.alias) {
                        self.local_types += 1;
                        spec.local = self.local_types;
                    }
                    Stmt::Type(t, pos)
                }
            }),
            Tok::Op(Op::LBrace) => {
                let at = self.pos();
                Ok(Stmt::Block(self.block()?.stmts, at))
            }
            Tok::Kw(Kw::If) => self.if_stmt(),
            Tok::Kw(Kw::For) => self.for_stmt(None),
            Tok::Kw(Kw::Switch) => self.switch_stmt(None),
            Tok::Kw(Kw::Select) => self.select_stmt(),
            Tok::Kw(Kw::Return) => {
                self.bump();
                let values = if self.is_semi() || self.is_op(Op::RBrace) {
                    Vec::new()
                } else {
                    self.expr_list()?
                };
                Ok(Stmt::Return(values, pos))
            }
            Tok::Kw(kw @ (Kw::Break | Kw::Continue)) => {
                self.bump();
                let label = if let Tok::Ident(_) = self.tok() {
                    Some(self.ident()?)
                } else {
                    None
                };
                Ok(if kw == Kw::Break {
                    Stmt::Break(label, pos)
                } else {
                    Stmt::Continue(label, pos)
                })
            }
            Tok::Kw(Kw::Goto) => {
                self.bump();
                Ok(Stmt::Goto(self.ident()?, pos))
            }
            Tok::Kw(Kw::Fallthrough) => {
                self.bump();
                Ok(Stmt::Fallthrough(pos))
            }
            Tok::Kw(kw @ (Kw::Go | Kw::Defer)) => {
                self.bump();
                let x = self.primary()?;
                if matches!(x.kind, ExprKind::Paren(_)) {
                    self.error_at(
                        x.pos,
                        format!("syntax error: expression in {kw} must not be parenthesized"),
                    );
                }
                Ok(if kw == Kw::Go {
                    Stmt::Go(x, pos)
                } else {
                    Stmt::Defer(x, pos)
                })
            }
            Tok::Semi(_) => Ok(Stmt::Empty),
            Tok::Ident(name) if matches!(self.peek_tok(1), Tok::Op(Op::Colon)) => {
                self.bump();
                self.bump();
                self.skip_semi();
                if self.is_op(Op::RBrace) {
                    return Ok(Stmt::Labeled((name, pos), Box::new(Stmt::Empty)));
                }
                let s = match self.tok() {
                    Tok::Kw(Kw::For) => self.for_stmt(None)?,
                    Tok::Kw(Kw::Switch) => self.switch_stmt(None)?,
                    _ => self.stmt()?,
                };
                Ok(Stmt::Labeled((name, pos), Box::new(s)))
            }
            _ => self.simple_stmt(Ctx::Plain),
        }
    }

    fn simple_stmt(&mut self, ctx: Ctx) -> PResult<Stmt> {
        let pos = self.pos();
        let lhs = self.expr_list()?;
        match *self.tok() {
            Tok::Op(Op::Define) => {
                let op_pos = self.bump().pos;
                if ctx == Ctx::For && self.is_kw(Kw::Range) {
                    return self.range_tail(lhs, true, pos);
                }
                let rhs = self.expr_list()?;
                let mut names = Vec::new();
                for e in &lhs {
                    match &e.kind {
                        ExprKind::Ident(n) => names.push((n.clone(), e.pos)),
                        _ => {
                            self.error_at(
                                e.pos,
                                "syntax error: non-name on left side of :=".into(),
                            );
                            return Err(());
                        }
                    }
                }
                Ok(Stmt::Define(names, rhs, op_pos))
            }
            // `x op= y` and `x++` take one operand each side (gc: a list is an error).
            Tok::Op(op)
                if (op.assign_base().is_some() || matches!(op, Op::Inc | Op::Dec))
                    && lhs.len() > 1 =>
            {
                self.unexpected("expected := or = or comma")?;
                Err(())
            }
            Tok::Op(op) if op == Op::Assign || op.assign_base().is_some() => {
                let op_pos = self.bump().pos;
                if op == Op::Assign && ctx == Ctx::For && self.is_kw(Kw::Range) {
                    return self.range_tail(lhs, false, pos);
                }
                let rhs = if op == Op::Assign {
                    self.expr_list()?
                } else {
                    vec![self.expr()?]
                };
                Ok(Stmt::Assign(lhs, op, rhs, op_pos))
            }
            Tok::Op(op @ (Op::Inc | Op::Dec)) => {
                self.bump();
                let e = lhs.into_iter().next().ok_or(())?;
                Ok(Stmt::IncDec(e, op == Op::Inc, pos))
            }
            Tok::Op(Op::Arrow) if lhs.len() == 1 => {
                let arrow = self.bump().pos;
                let value = self.expr()?;
                let ch = lhs.into_iter().next().ok_or(())?;
                Ok(Stmt::Send(ch, value, arrow))
            }
            _ => {
                if lhs.len() > 1 {
                    self.unexpected("expected := or = or comma")?;
                }
                Ok(Stmt::Expr(lhs.into_iter().next().ok_or(())?))
            }
        }
    }

    /// After `lhs :=` or `lhs =` in a `for` header, at `range`.
    fn range_tail(&mut self, lhs: Vec<Expr>, define: bool, pos: Pos) -> PResult<Stmt> {
        self.bump();
        let expr = self.expr()?;
        let mut it = lhs.into_iter();
        Ok(Stmt::Range {
            lbrace: 0,
            key: it.next(),
            value: it.next(),
            extra: it.collect(),
            define,
            expr,
            body: Vec::new(),
            label: None,
            pos,
        })
    }

    fn header<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.with_lit(false, f)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.bump().pos;
        let (init, cond) = self.header(|p| {
            if p.is_op(Op::LBrace) {
                let pos = p.pos();
                p.error_at(
                    pos,
                    "syntax error: missing condition in if statement".into(),
                );
                return Err(());
            }
            let first = if p.is_semi() {
                None
            } else {
                Some(p.simple_stmt(Ctx::Plain)?)
            };
            if p.is_semi() {
                p.bump();
                let cond = p.expr()?;
                Ok((first.map(Box::new), cond))
            } else {
                match first {
                    Some(Stmt::Expr(e)) => Ok((None, e)),
                    Some(_) => {
                        let pos = p.pos();
                        p.error_at(pos, "syntax error: cannot use assignment as value".into());
                        Err(())
                    }
                    None => Err(()),
                }
            }
        })?;
        let lbrace = self.pos();
        let then = self.block()?.stmts;
        let els = if self.is_kw(Kw::Else) {
            self.bump();
            if self.is_kw(Kw::If) {
                Some(Box::new(self.nested(Self::if_stmt)?))
            } else if self.is_op(Op::LBrace) {
                let at = self.pos();
                Some(Box::new(Stmt::Block(self.block()?.stmts, at)))
            } else {
                self.unexpected("expected if statement or block")?;
                None
            }
        } else {
            None
        };
        Ok(Stmt::If {
            init,
            cond,
            then,
            lbrace,
            els,
            pos,
        })
    }

    fn for_stmt(&mut self, label: Option<String>) -> PResult<Stmt> {
        let pos = self.bump().pos;
        if self.is_op(Op::LBrace) {
            let lbrace = self.pos();
            let body = self.block()?.stmts;
            return Ok(Stmt::For {
                lbrace,
                init: None,
                cond: None,
                post: None,
                body,
                label,
                pos,
            });
        }
        if self.is_kw(Kw::Range) {
            // `for range x`
            self.bump();
            let expr = self.header(Self::expr)?;
            let lbrace = self.pos();
            let body = self.block()?.stmts;
            return Ok(Stmt::Range {
                lbrace,
                key: None,
                value: None,
                extra: Vec::new(),
                define: false,
                expr,
                body,
                label,
                pos,
            });
        }
        let (init, cond, post) = self.header(|p| {
            let first = if p.is_semi() {
                None
            } else {
                Some(p.simple_stmt(Ctx::For)?)
            };
            if let Some(Stmt::Range { .. }) = first {
                return Ok((first, None, None));
            }
            if p.is_op(Op::LBrace) {
                return match first {
                    Some(Stmt::Expr(e)) => Ok((None, Some(e), None)),
                    None => Ok((None, None, None)),
                    Some(_) => {
                        let pos = p.pos();
                        p.error_at(pos, "syntax error: expected for loop condition".into());
                        Err(())
                    }
                };
            }
            if !p.is_semi() {
                p.unexpected("expected { after for clause")?;
            }
            p.bump();
            let cond = if p.is_semi() { None } else { Some(p.expr()?) };
            if !p.is_semi() {
                p.unexpected("expected for loop condition")?;
            }
            p.bump();
            let post = if p.is_op(Op::LBrace) {
                None
            } else {
                let post = p.simple_stmt(Ctx::Plain)?;
                if let Stmt::Define(names, _, _) = &post {
                    let at = names.first().map_or(p.pos(), |n| n.1);
                    p.error_at(
                        at,
                        "syntax error: cannot declare in post statement of for loop".into(),
                    );
                }
                Some(post)
            };
            Ok((first, cond, post))
        })?;
        let lbrace = self.pos();
        let body = self.block()?.stmts;
        if let Some(Stmt::Range {
            key,
            value,
            extra,
            define,
            expr,
            pos: rpos,
            ..
        }) = init
        {
            return Ok(Stmt::Range {
                lbrace,
                key,
                value,
                extra,
                define,
                expr,
                body,
                label,
                pos: rpos.min(pos),
            });
        }
        Ok(Stmt::For {
            lbrace,
            init: init.map(Box::new),
            cond,
            post: post.map(Box::new),
            body,
            label,
            pos,
        })
    }

    fn switch_stmt(&mut self, label: Option<String>) -> PResult<Stmt> {
        let pos = self.bump().pos;
        let (init, tag) = self.header(|p| {
            if p.is_op(Op::LBrace) {
                return Ok((None, SwitchTag::None));
            }
            let first = if p.is_semi() {
                None
            } else {
                Some(p.simple_stmt(Ctx::Switch)?)
            };
            let (init, tag) = if p.is_semi() {
                p.bump();
                let tag = if p.is_op(Op::LBrace) {
                    None
                } else {
                    Some(p.simple_stmt(Ctx::Switch)?)
                };
                (first.map(Box::new), tag)
            } else {
                (None, first)
            };
            let tag = match tag {
                None => SwitchTag::None,
                Some(Stmt::Expr(e)) => match e.kind {
                    ExprKind::TypeAssert(x, None) => SwitchTag::Type(None, *x),
                    kind => SwitchTag::Expr(Expr { pos: e.pos, kind }),
                },
                Some(Stmt::Define(mut names, mut rhs, _))
                    if names.len() == 1
                        && rhs.len() == 1
                        && matches!(rhs[0].kind, ExprKind::TypeAssert(_, None)) =>
                {
                    let ExprKind::TypeAssert(x, None) = rhs.pop().expect("one value").kind else {
                        unreachable!()
                    };
                    SwitchTag::Type(names.pop(), *x)
                }
                Some(_) => {
                    let pos = p.pos();
                    p.error_at(
                        pos,
                        "syntax error: switch expression must be an expression".into(),
                    );
                    return Err(());
                }
            };
            Ok((init, tag))
        })?;
        self.expect_op(Op::LBrace, "")?;
        let clauses = self
            .clauses(Self::expr_list)?
            .into_iter()
            .map(|(exprs, pos, body)| Clause { exprs, pos, body })
            .collect();
        self.bump();
        Ok(match tag {
            SwitchTag::Type(bind, x) => Stmt::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                pos,
            },
            SwitchTag::Expr(e) => Stmt::Switch {
                init,
                tag: Some(e),
                clauses,
                label,
                pos,
            },
            SwitchTag::None => Stmt::Switch {
                init,
                tag: None,
                clauses,
                label,
                pos,
            },
        })
    }

    fn select_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.bump().pos;
        if !self.is_op(Op::LBrace) {
            self.unexpected("expected { after select clause")?;
        }
        self.bump();
        let clauses = self
            .clauses(|p| p.simple_stmt(Ctx::Plain).map(Box::new))?
            .into_iter()
            .map(|(comm, pos, body)| CommClause { comm, pos, body })
            .collect();
        self.expect_op(Op::RBrace, "")?;
        Ok(Stmt::Select(clauses, pos))
    }

    /// The `case …:` and `default:` clauses of a `switch` or `select` body, up to its `}`: each
    /// clause's head (None for `default`, else what `head` parses), position and statements.
    fn clauses<T>(
        &mut self,
        mut head: impl FnMut(&mut Self) -> PResult<T>,
    ) -> PResult<Vec<CaseClause<T>>> {
        let mut out = Vec::new();
        self.skip_semi();
        while !self.is_op(Op::RBrace) && !self.at_eof() {
            let pos = self.pos();
            let h = if self.is_kw(Kw::Case) {
                self.bump();
                Some(head(self)?)
            } else if self.is_kw(Kw::Default) {
                self.bump();
                None
            } else {
                self.unexpected("expected case or default or }")?;
                return Err(());
            };
            self.expect_op(Op::Colon, "")?;
            let body = self.stmt_list();
            out.push((h, pos, body));
        }
        Ok(out)
    }
}
