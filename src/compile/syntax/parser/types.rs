//! Types: names (qualified, instantiated), pointers, arrays, slices, maps, channels, functions,
//! structs and interfaces with type-set elements, and parameter lists.

use super::{PResult, Parser};
use crate::compile::syntax::ast::*;
use crate::compile::syntax::token::{Kw, Op, Pos, Tok};

impl Parser {
    /// A type; "expected type" if there is none.
    pub(super) fn type_expr(&mut self) -> PResult<Expr> {
        match self.type_or_none()? {
            Some(t) => Ok(t),
            None => {
                // As gc's `type_`: report, skip to what can follow a type, stand in a bad one.
                let pos = self.pos();
                if self.unexpected("expected type").is_err() && self.gave_up {
                    return Err(());
                }
                self.advance(
                    &[Op::Comma, Op::Colon, Op::RParen, Op::RBrack, Op::RBrace],
                    true,
                );
                Ok(Expr {
                    pos,
                    kind: ExprKind::Bad,
                })
            }
        }
    }

    /// A type, or None with nothing consumed if the next token cannot start one (one nesting
    /// level deeper: types nest as deep as statements do).
    pub(super) fn type_or_none(&mut self) -> PResult<Option<Expr>> {
        self.nested(Self::type_or_none_here)
    }

    fn type_or_none_here(&mut self) -> PResult<Option<Expr>> {
        let pos = self.pos();
        let kind = match self.tok() {
            Tok::Ident(_) => return self.type_name().map(Some),
            Tok::Op(Op::Mul) => {
                self.bump();
                ExprKind::Star(Box::new(self.type_expr()?))
            }
            Tok::Op(Op::Arrow) => {
                self.bump();
                if !self.is_kw(Kw::Chan) {
                    self.unexpected("expected chan")?;
                }
                self.bump();
                ExprKind::ChanType(ChanDir::Recv, Box::new(self.type_expr()?))
            }
            Tok::Kw(Kw::Func) => {
                self.bump();
                // gc places a function type at its parameter list.
                let params = self.pos();
                let kind = ExprKind::FuncType(Box::new(self.signature(pos)?));
                return Ok(Some(Expr { pos: params, kind }));
            }
            Tok::Op(Op::LBrack) => {
                self.bump();
                if self.got(Op::RBrack) {
                    ExprKind::SliceType(Box::new(self.type_expr()?))
                } else {
                    return self.array_type(pos, None).map(Some);
                }
            }
            Tok::Kw(Kw::Chan) => {
                self.bump();
                let dir = if self.got(Op::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                ExprKind::ChanType(dir, Box::new(self.type_expr()?))
            }
            Tok::Kw(Kw::Map) => {
                self.bump();
                self.expect_op(Op::LBrack, "")?;
                let key = self.type_expr()?;
                self.expect_op(Op::RBrack, "")?;
                ExprKind::MapType(Box::new(key), Box::new(self.type_expr()?))
            }
            Tok::Kw(Kw::Struct) => self.struct_type()?,
            Tok::Kw(Kw::Interface) => self.interface_type()?,
            Tok::Op(Op::LParen) => {
                self.bump();
                let t = self.with_lit(true, Self::type_expr)?;
                self.expect_op(Op::RParen, "")?;
                ExprKind::Paren(Box::new(t))
            }
            _ => return Ok(None),
        };
        Ok(Some(Expr { pos, kind }))
    }

    /// The rest of `[len]Elem` after the `[`, the length already parsed or not; `[...]T` when
    /// the length is `...`.
    pub(super) fn array_type(&mut self, lbrack: Pos, len: Option<Expr>) -> PResult<Expr> {
        let len = match len {
            Some(l) => Some(Box::new(l)),
            None if self.got(Op::Ellipsis) => None,
            None => Some(Box::new(self.with_lit(true, Self::expr)?)),
        };
        if self.is_op(Op::Comma) {
            // Accepted in type parameter lists, not in array lengths: complain and go on.
            let _ = self.unexpected("expected ]");
            self.bump();
        }
        self.expect_op(Op::RBrack, "")?;
        let elem = self.type_expr()?;
        Ok(Expr {
            pos: lbrack,
            kind: ExprKind::ArrayType(len, Box::new(elem)),
        })
    }

    /// `Name`, `pkg.Name`, either with type arguments `[A, B]`.
    pub(super) fn type_name(&mut self) -> PResult<Expr> {
        let (name, pos) = self.ident()?;
        let x = Expr {
            pos,
            kind: ExprKind::Ident(name),
        };
        self.qualified_rest(x)
    }

    /// After a type's first name: `.Name` and type arguments, if present.
    fn qualified_rest(&mut self, mut x: Expr) -> PResult<Expr> {
        if self.got(Op::Dot) {
            let sel = self.ident()?;
            x = Expr {
                pos: x.pos,
                kind: ExprKind::Selector(Box::new(x), sel),
            };
        }
        if self.is_op(Op::LBrack) {
            self.bump();
            let args = self.type_list()?;
            self.expect_op(Op::RBrack, "")?;
            x = Expr {
                pos: x.pos,
                kind: ExprKind::Index(Box::new(x), args),
            };
        }
        Ok(x)
    }

    /// Type arguments `A, B,` up to (not including) `]`.
    fn type_list(&mut self) -> PResult<Vec<Expr>> {
        if self.is_op(Op::RBrack) {
            self.error_here("expected type argument list");
            return Ok(Vec::new());
        }
        self.with_lit(true, |p| {
            let mut out = vec![p.type_expr()?];
            while p.got(Op::Comma) && !p.is_op(Op::RBrack) {
                out.push(p.type_expr()?);
            }
            Ok(out)
        })
    }

    fn struct_type(&mut self) -> PResult<ExprKind> {
        self.bump();
        self.expect_op(Op::LBrace, "")?;
        let mut fields = Vec::new();
        self.with_lit(true, |p| {
            p.list("struct type", None, Op::RBrace, |p| {
                p.field_decl(&mut fields)?;
                Ok(false)
            })
        })?;
        Ok(ExprKind::StructType(fields))
    }

    /// One line of a struct: `A, B T "tag"`, an embedded `T`, `*T`, `pkg.T` or `T[A]`.
    fn field_decl(&mut self, out: &mut Vec<Field>) -> PResult<()> {
        let pos = self.pos();
        match self.tok().clone() {
            Tok::Ident(first) => {
                self.bump();
                let first_x = Expr {
                    pos,
                    kind: ExprKind::Ident(first.clone()),
                };
                if matches!(
                    self.tok(),
                    Tok::Op(Op::Dot | Op::RBrace) | Tok::Str(_) | Tok::Semi(_)
                ) {
                    let ty = self.qualified_rest(first_x)?;
                    let tag = self.tag();
                    out.push(Field {
                        names: Vec::new(),
                        ty,
                        tag,
                    });
                    return Ok(());
                }
                let mut names = vec![(first, pos)];
                while self.got(Op::Comma) {
                    names.push(self.ident()?);
                }
                let ty = if names.len() == 1 && self.is_op(Op::LBrack) {
                    match self.array_or_type_args()? {
                        Ok(t) => t,
                        Err(args) => {
                            // An embedded instantiated type `T[A, B]`.
                            let ty = Expr {
                                pos,
                                kind: ExprKind::Index(Box::new(first_x), args),
                            };
                            let tag = self.tag();
                            out.push(Field {
                                names: Vec::new(),
                                ty,
                                tag,
                            });
                            return Ok(());
                        }
                    }
                } else {
                    self.type_expr()?
                };
                let tag = self.tag();
                out.push(Field { names, ty, tag });
                Ok(())
            }
            Tok::Op(Op::Mul) => {
                self.bump();
                if self.is_op(Op::LParen) {
                    self.error_here("cannot parenthesize embedded type");
                    return Err(());
                }
                let t = self.type_name()?;
                let tag = self.tag();
                out.push(Field {
                    names: Vec::new(),
                    ty: Expr {
                        pos,
                        kind: ExprKind::Star(Box::new(t)),
                    },
                    tag,
                });
                Ok(())
            }
            Tok::Op(Op::LParen) => {
                self.error_here("cannot parenthesize embedded type");
                Err(())
            }
            _ => {
                self.unexpected("expected field name or embedded type")?;
                Err(())
            }
        }
    }

    fn tag(&mut self) -> Option<Vec<u8>> {
        match self.tok().clone() {
            Tok::Str(s) => {
                self.bump();
                Some(s)
            }
            _ => None,
        }
    }

    /// After `name` where a type may follow: at `[`, either an array or slice type (`Ok`) or
    /// type arguments of an instantiation `name[A, B]` (`Err`), told apart as gc does.
    fn array_or_type_args(&mut self) -> PResult<Result<Expr, Vec<Expr>>> {
        let lbrack = self.bump().pos;
        if self.got(Op::RBrack) {
            let elem = self.type_expr()?;
            return Ok(Ok(Expr {
                pos: lbrack,
                kind: ExprKind::SliceType(Box::new(elem)),
            }));
        }
        let (list, comma) = self.with_lit(true, |p| {
            let mut list = vec![p.expr()?];
            let mut comma = false;
            while p.got(Op::Comma) {
                comma = true;
                if p.is_op(Op::RBrack) {
                    break;
                }
                list.push(p.expr()?);
            }
            Ok((list, comma))
        })?;
        self.expect_op(Op::RBrack, "")?;
        if !comma && list.len() == 1 {
            if let Some(elem) = self.type_or_none()? {
                let len = list.into_iter().next().map(Box::new);
                return Ok(Ok(Expr {
                    pos: lbrack,
                    kind: ExprKind::ArrayType(len, Box::new(elem)),
                }));
            }
        }
        Ok(Err(list))
    }

    fn interface_type(&mut self) -> PResult<ExprKind> {
        self.bump();
        self.expect_op(Op::LBrace, "")?;
        let mut elems = Vec::new();
        self.with_lit(true, |p| {
            p.list("interface type", None, Op::RBrace, |p| {
                elems.push(p.interface_elem()?);
                Ok(false)
            })
        })?;
        Ok(ExprKind::InterfaceType(elems))
    }

    fn interface_elem(&mut self) -> PResult<InterfaceElem> {
        if let Tok::Ident(name) = self.tok().clone() {
            if matches!(self.peek_tok(1), Tok::Op(Op::LParen)) {
                let pos = self.bump().pos;
                let sig_pos = self.pos();
                let sig = self.signature(sig_pos)?;
                return Ok(InterfaceElem::Method((name, pos), sig));
            }
            let t = self.type_name()?;
            if self.is_op(Op::LParen) {
                self.error_here("interface method must have no type parameters");
                return Err(());
            }
            return Ok(InterfaceElem::Embed(self.embedded_elem(Some(t))?));
        }
        Ok(InterfaceElem::Embed(self.embedded_elem(None)?))
    }

    /// `[~]T { | [~]T }`: a union of type terms.
    fn embedded_elem(&mut self, first: Option<Expr>) -> PResult<Expr> {
        let mut x = match first {
            Some(x) => x,
            None => self.embedded_term()?,
        };
        while self.is_op(Op::Or) {
            self.bump();
            let y = self.embedded_term()?;
            x = Expr {
                pos: x.pos,
                kind: ExprKind::Binary(Op::Or, Box::new(x), Box::new(y)),
            };
        }
        Ok(x)
    }

    fn embedded_term(&mut self) -> PResult<Expr> {
        if self.is_op(Op::Tilde) {
            let pos = self.bump().pos;
            let t = self.type_expr()?;
            return Ok(Expr {
                pos,
                kind: ExprKind::Unary(Op::Tilde, Box::new(t)),
            });
        }
        match self.type_or_none()? {
            Some(t) => Ok(t),
            None => {
                self.unexpected("expected ~ term or type")?;
                Err(())
            }
        }
    }

    /// `(params) results` after `func` (or a method's name), `pos` being where it starts.
    pub(super) fn signature(&mut self, pos: Pos) -> PResult<FuncSig> {
        self.expect_op(Op::LParen, "")?;
        let params = self.param_list(None, Op::RParen, false)?;
        let results = if self.got(Op::LParen) {
            self.param_list(None, Op::RParen, false)?
        } else {
            match self.type_or_none()? {
                Some(ty) => vec![Param { name: None, ty }],
                None => Vec::new(),
            }
        };
        Ok(FuncSig {
            pos,
            params,
            results,
        })
    }

    /// A parameter list after its opening `(` (or a type parameter list after `[`, with
    /// `type_params`), through `close`, with gc's rules for grouping names with a type and its
    /// "mixed named and unnamed parameters". `first` is a type parameter already read.
    pub(super) fn param_list(
        &mut self,
        mut first: Option<(Name, Option<Expr>)>,
        close: Op,
        type_params: bool,
    ) -> PResult<Vec<Param>> {
        // Each entry: an optional name and an optional type, as written.
        let mut entries: Vec<(Option<Name>, Option<Expr>)> = Vec::new();
        let context = if type_params {
            "type parameter list"
        } else {
            "parameter list"
        };
        // A first entry read already, with nothing after it (`type E[P *[2]int] …`).
        if self.is_op(close) {
            if let Some((name, ty)) = first.take() {
                entries.push((Some(name), ty));
            }
        }
        let end = self.with_lit(true, |p| {
            p.list(context, Some(Op::Comma), close, |p| {
                let entry = match first.take() {
                    Some((name, Some(ty))) => (Some(name), Some(ty)),
                    Some((name, None)) => p.param_decl(Some(name), close, type_params)?,
                    None => p.param_decl(None, close, type_params)?,
                };
                entries.push(entry);
                Ok(false)
            })
        })?;
        let named = entries
            .iter()
            .filter(|(n, t)| n.is_some() && t.is_some())
            .count();
        let typed = entries.iter().filter(|(_, t)| t.is_some()).count();
        let mut out = Vec::new();
        if named == 0 && !type_params {
            // All unnamed: the names written are types.
            for (n, t) in entries {
                let ty = match (n, t) {
                    (_, Some(t)) => t,
                    (Some((name, pos)), None) => Expr {
                        pos,
                        kind: ExprKind::Ident(name),
                    },
                    (None, None) => continue,
                };
                out.push(Param { name: None, ty });
            }
            return Ok(out);
        }
        // Otherwise all must be named: a name without a type takes the next type to its right.
        let mut err: Option<Pos> = None;
        let mut next_ty: Option<Expr> = None;
        let count = entries.len();
        for (n, t) in entries.into_iter().rev() {
            match (n, t) {
                (n, Some(t)) => {
                    if n.is_none() {
                        err = Some(t.pos);
                    }
                    next_ty = Some(t.clone());
                    out.push(Param { name: n, ty: t });
                }
                (Some(n), None) => match &next_ty {
                    Some(t) => out.push(Param {
                        name: Some(n),
                        ty: t.clone(),
                    }),
                    None => {
                        err = Some(n.1);
                        out.push(Param {
                            name: Some(n.clone()),
                            ty: Expr {
                                pos: n.1,
                                kind: ExprKind::Bad,
                            },
                        });
                    }
                },
                (None, None) => {}
            }
        }
        out.reverse();
        if let Some(mut pos) = err {
            let msg = if type_params {
                if named == typed {
                    pos = end;
                    "missing type constraint".to_owned()
                } else if count == 1 {
                    "missing type parameter name or invalid array length".to_owned()
                } else {
                    "missing type parameter name".to_owned()
                }
            } else {
                "mixed named and unnamed parameters".to_owned()
            };
            self.error_at(pos, format!("syntax error: {msg}"));
            return Err(());
        }
        Ok(out)
    }

    /// One entry of a parameter list: `name`, `name Type`, `Type`, `name ...T`, and in a type
    /// parameter list `name ~T | U`.
    fn param_decl(
        &mut self,
        mut name: Option<Name>,
        close: Op,
        type_sets: bool,
    ) -> PResult<(Option<Name>, Option<Expr>)> {
        if name.is_none() && type_sets && self.is_op(Op::Tilde) {
            return Ok((None, Some(self.embedded_elem(None)?)));
        }
        if name.is_some() || matches!(self.tok(), Tok::Ident(_)) {
            let n = match name.take() {
                Some(n) => n,
                None => self.ident()?,
            };
            let as_expr = Expr {
                pos: n.1,
                kind: ExprKind::Ident(n.0.clone()),
            };
            if self.is_op(Op::LBrack) {
                return Ok(match self.array_or_type_args()? {
                    // `name [N]E`, `name []E` (in a type parameter list, perhaps the first
                    // term of a union).
                    Ok(t) if type_sets && self.is_op(Op::Or) => {
                        (Some(n), Some(self.embedded_elem(Some(t))?))
                    }
                    Ok(t) => (Some(n), Some(t)),
                    // `T[A, B]`: an unnamed instantiated type (or the start of a union).
                    Err(args) => {
                        let t = Expr {
                            pos: n.1,
                            kind: ExprKind::Index(Box::new(as_expr), args),
                        };
                        let t = if type_sets && self.is_op(Op::Or) {
                            self.embedded_elem(Some(t))?
                        } else {
                            t
                        };
                        (None, Some(t))
                    }
                });
            }
            if self.is_op(Op::Dot) {
                let t = self.qualified_rest(as_expr)?;
                let t = if type_sets && self.is_op(Op::Or) {
                    self.embedded_elem(Some(t))?
                } else {
                    t
                };
                return Ok((None, Some(t)));
            }
            if type_sets && self.is_op(Op::Or) {
                return Ok((None, Some(self.embedded_elem(Some(as_expr))?)));
            }
            name = Some(n);
        }
        if self.is_op(Op::Ellipsis) {
            let pos = self.bump().pos;
            let elem = self.type_expr()?;
            return Ok((
                name,
                Some(Expr {
                    pos,
                    kind: ExprKind::DotsType(Box::new(elem)),
                }),
            ));
        }
        if type_sets && self.is_op(Op::Tilde) {
            return Ok((name, Some(self.embedded_elem(None)?)));
        }
        let ty = self.type_or_none()?;
        let ty = match ty {
            Some(t) if type_sets && self.is_op(Op::Or) => Some(self.embedded_elem(Some(t))?),
            t => t,
        };
        if name.is_none() && ty.is_none() {
            self.unexpected(&format!("expected {close}"))?;
            return Err(());
        }
        Ok((name, ty))
    }
}
