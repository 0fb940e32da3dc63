//! Expressions: operators by precedence, operands, literals (composite and function), and the
//! postfix forms (selectors, indices, slices, assertions, calls).

use super::{PResult, Parser, MAX_CHAIN};
use crate::compile::syntax::ast::*;
use crate::compile::syntax::token::{Kw, Op, Tok};

impl Parser {
    pub(super) fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let mut out = vec![self.expr()?];
        while self.got(Op::Comma) {
            out.push(self.expr()?);
        }
        Ok(out)
    }

    /// Parses an expression.
    pub(super) fn expr(&mut self) -> PResult<Expr> {
        let x = self.unary()?;
        self.binary_from(x, 1)
    }

    /// The binary operators of precedence `min_prec` and above that follow `lhs`.
    pub(super) fn binary_from(&mut self, mut lhs: Expr, min_prec: u8) -> PResult<Expr> {
        let mut chain = 0;
        while let Tok::Op(op) = *self.tok() {
            let Some(prec) = op.precedence() else { break };
            if prec < min_prec {
                break;
            }
            self.bump();
            chain += 1;
            if chain > MAX_CHAIN {
                return self.too_deep();
            }
            let rhs = self.unary()?;
            let rhs = self.binary_from(rhs, prec + 1)?;
            lhs = Expr {
                pos: lhs.pos,
                kind: ExprKind::Binary(op, Box::new(lhs), Box::new(rhs)),
            };
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> PResult<Expr> {
        self.nested(Self::unary_here)
    }

    fn unary_here(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let kind = match *self.tok() {
            Tok::Op(op @ (Op::Add | Op::Sub | Op::Not | Op::Xor | Op::Tilde | Op::And)) => {
                self.bump();
                ExprKind::Unary(op, Box::new(self.unary()?))
            }
            Tok::Op(Op::Mul) => {
                self.bump();
                ExprKind::Star(Box::new(self.unary()?))
            }
            Tok::Op(Op::Arrow) => {
                self.bump();
                let mut x = self.unary()?;
                if matches!(x.kind, ExprKind::ChanType(..)) {
                    // `<-chan E` is a receive-only channel type: the arrow binds to the
                    // channel type parsed, and `<-chan<- E` to its element in turn.
                    self.reassociate_arrow(&mut x);
                    return Ok(Expr { pos, kind: x.kind });
                }
                ExprKind::Unary(Op::Arrow, Box::new(x))
            }
            _ => return self.primary(),
        };
        Ok(Expr { pos, kind })
    }

    /// Moves a leading `<-` into the channel type `x` (gc's re-association).
    fn reassociate_arrow(&mut self, x: &mut Expr) {
        let mut t = x;
        loop {
            let ExprKind::ChanType(dir, elem) = &mut t.kind else {
                // `<-chan<- E` with E not a channel.
                let _ = self.unexpected("expected chan");
                return;
            };
            let was = *dir;
            *dir = ChanDir::Recv;
            match was {
                ChanDir::Both => return,
                ChanDir::Recv => {
                    let _ = self.unexpected("expected chan");
                    return;
                }
                ChanDir::Send => t = elem,
            }
        }
    }

    fn operand(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        let kind = match self.tok().clone() {
            Tok::Ident(s) => {
                self.bump();
                ExprKind::Ident(s)
            }
            Tok::Int(s) => {
                self.bump();
                ExprKind::Int(s)
            }
            Tok::Float(s) => {
                self.bump();
                ExprKind::Float(s)
            }
            Tok::Imag(s) => {
                self.bump();
                ExprKind::Imag(s)
            }
            Tok::Char(c) => {
                self.bump();
                ExprKind::Char(c)
            }
            Tok::Str(s) => {
                self.bump();
                ExprKind::Str(s)
            }
            Tok::Op(Op::LParen) => {
                self.bump();
                let e = self.with_lit(true, Self::expr)?;
                self.expect_op(Op::RParen, "")?;
                ExprKind::Paren(Box::new(e))
            }
            Tok::Kw(Kw::Func) => {
                self.bump();
                let params = self.pos();
                let sig = self.signature(pos)?;
                if self.is_op(Op::LBrace) {
                    let body = self.func_body()?;
                    ExprKind::FuncLit(Box::new(sig), body)
                } else {
                    // gc places a function type at its parameter list.
                    let kind = ExprKind::FuncType(Box::new(sig));
                    return Ok(Expr { pos: params, kind });
                }
            }
            Tok::Op(Op::LBrack) | Tok::Kw(Kw::Chan | Kw::Map | Kw::Struct | Kw::Interface) => {
                return self.type_expr();
            }
            _ => {
                // As gc: report, skip to a closing bracket or a statement keyword, and stand in
                // a bad expression, so the statement's own end is judged where parsing resumes.
                if self.unexpected("expected expression").is_err() && self.gave_up {
                    return Err(());
                }
                self.advance_past_bad_expr();
                ExprKind::Bad
            }
        };
        Ok(Expr { pos, kind })
    }

    /// After a missing operand, skips to what can close or follow it (`)`, `]`, `}` and, inside
    /// a function, the keywords that start a statement).
    fn advance_past_bad_expr(&mut self) {
        self.advance(&[Op::RParen, Op::RBrack, Op::RBrace], false);
    }

    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let x = self.operand()?;
        self.primary_from(x)
    }

    /// The postfix forms that follow the operand `x`.
    pub(super) fn primary_from(&mut self, mut x: Expr) -> PResult<Expr> {
        loop {
            let pos = x.pos;
            let kind = match self.tok() {
                Tok::Op(Op::Dot) => {
                    self.bump();
                    match self.tok() {
                        Tok::Ident(_) => {
                            let sel = self.ident()?;
                            ExprKind::Selector(Box::new(x), sel)
                        }
                        Tok::Op(Op::LParen) => {
                            self.bump();
                            let ty = if self.is_kw(Kw::Type) {
                                self.bump();
                                None
                            } else {
                                Some(Box::new(self.with_lit(true, Self::type_expr)?))
                            };
                            self.expect_op(Op::RParen, "")?;
                            ExprKind::TypeAssert(Box::new(x), ty)
                        }
                        _ => {
                            self.unexpected("expected name or (")?;
                            return Err(());
                        }
                    }
                }
                Tok::Op(Op::LBrack) => {
                    let bracket = self.pos();
                    self.bump();
                    let kind = self.with_lit(true, |p| p.index_or_slice(x))?;
                    // gc places a slice expression at its `[`.
                    if matches!(kind, ExprKind::Slice { .. }) {
                        x = Expr { pos: bracket, kind };
                        continue;
                    }
                    kind
                }
                Tok::Op(Op::LParen) => {
                    self.bump();
                    let mut args = Vec::new();
                    let mut dots = false;
                    self.with_lit(true, |p| {
                        p.list("argument list", Some(Op::Comma), Op::RParen, |p| {
                            args.push(p.expr()?);
                            dots = p.got(Op::Ellipsis);
                            Ok(dots)
                        })
                    })?;
                    ExprKind::Call(Box::new(x), args, dots)
                }
                Tok::Op(Op::LBrace) if self.literal_type_ok(&x) => {
                    if !matches!(x.kind, ExprKind::Paren(_)) {
                        let (elems, rbrace) = self.composite_body()?;
                        ExprKind::Composite {
                            ty: Some(Box::new(x)),
                            elems,
                            rbrace,
                        }
                    } else {
                        self.error_here("cannot parenthesize type in composite literal");
                        let (elems, rbrace) = self.composite_body()?;
                        ExprKind::Composite {
                            ty: Some(Box::new(x)),
                            elems,
                            rbrace,
                        }
                    }
                }
                _ => return Ok(x),
            };
            x = Expr { pos, kind };
        }
    }

    /// True if `{` after `x` opens a composite literal rather than a block: always after a
    /// literal type, after a name only outside control-clause headers.
    fn literal_type_ok(&self, x: &Expr) -> bool {
        match &x.unparen().kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => !self.no_lit,
            // `a[2] {` is an index followed by a block, `List[int]{` a literal.
            ExprKind::Index(..) => !self.no_lit && !is_value(x.unparen()),
            ExprKind::ArrayType(..)
            | ExprKind::SliceType(_)
            | ExprKind::StructType(_)
            | ExprKind::MapType(..) => true,
            _ => false,
        }
    }

    /// After `x[`: an index, an instantiation `x[A, B]` or a slice `x[lo:hi:max]`.
    fn index_or_slice(&mut self, x: Expr) -> PResult<ExprKind> {
        let mut lo = None;
        if !self.is_op(Op::Colon) {
            if self.is_op(Op::RBrack) {
                self.error_here("expected operand");
                self.bump();
                return Ok(ExprKind::Index(Box::new(x), Vec::new()));
            }
            let mut list = vec![self.expr()?];
            let mut comma = false;
            while self.got(Op::Comma) {
                comma = true;
                if self.is_op(Op::RBrack) {
                    break;
                }
                list.push(self.expr()?);
            }
            if comma || self.is_op(Op::RBrack) {
                self.expect_op(Op::RBrack, "")?;
                return Ok(ExprKind::Index(Box::new(x), list));
            }
            lo = list.pop().map(Box::new);
        }
        if !self.got(Op::Colon) {
            let _ = self.unexpected("expected comma, : or ]");
            self.advance(&[Op::Comma, Op::Colon, Op::RBrack], false);
            self.got(Op::Colon);
        }
        let hi = if !self.is_op(Op::Colon) && !self.is_op(Op::RBrack) {
            Some(Box::new(self.expr()?))
        } else {
            None
        };
        let mut max = None;
        if self.is_op(Op::Colon) {
            if hi.is_none() {
                self.error_here("middle index required in 3-index slice");
            }
            self.bump();
            if self.is_op(Op::RBrack) {
                self.error_here("final index required in 3-index slice");
            } else {
                max = Some(Box::new(self.expr()?));
            }
        }
        self.expect_op(Op::RBrack, "")?;
        Ok(ExprKind::Slice {
            x: Box::new(x),
            lo,
            hi,
            max,
        })
    }

    /// `{ elem, key: value, … }` of a composite literal, with the position of its `}`.
    fn composite_body(&mut self) -> PResult<(Vec<Expr>, u32)> {
        self.expect_op(Op::LBrace, "")?;
        let mut elems = Vec::new();
        let rbrace = self.with_lit(true, |p| {
            p.list("composite literal", Some(Op::Comma), Op::RBrace, |p| {
                let e = p.element()?;
                let e = if p.is_op(Op::Colon) {
                    p.bump();
                    let v = p.element()?;
                    Expr {
                        pos: e.pos,
                        kind: ExprKind::KeyValue(Box::new(e), Box::new(v)),
                    }
                } else {
                    e
                };
                elems.push(e);
                Ok(false)
            })
        })?;
        Ok((elems, rbrace))
    }

    /// A literal's element or key: an expression, or `{…}` with its type elided.
    fn element(&mut self) -> PResult<Expr> {
        if self.is_op(Op::LBrace) {
            let pos = self.pos();
            let (elems, rbrace) = self.nested(Self::composite_body)?;
            return Ok(Expr {
                pos,
                kind: ExprKind::Composite {
                    ty: None,
                    elems,
                    rbrace,
                },
            });
        }
        self.expr()
    }
}

/// True if `x` can only be a value, never a type (gc's `isValue`): then `x {` cannot open a
/// composite literal.
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Char(_)
        | ExprKind::Str(_)
        | ExprKind::Composite { .. }
        | ExprKind::FuncLit(..)
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert(..)
        | ExprKind::Call(..)
        | ExprKind::Unary(..)
        | ExprKind::Binary(..) => true,
        ExprKind::Star(y) | ExprKind::Paren(y) => is_value(y),
        ExprKind::Index(y, ix) => is_value(y) || ix.iter().any(is_value),
        _ => false,
    }
}
