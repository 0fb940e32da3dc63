//! Files, imports and declarations: `var`, `const` and `type` are parsed by the same code at
//! package and at statement level.

use super::{PResult, Parser};
use crate::compile::syntax::ast::*;
use crate::compile::syntax::token::{Kw, Op, Tok};

/// The specs of one `var`, `const` or `type` declaration.
pub(super) enum Specs {
    Var(Vec<VarSpec>),
    Const(Vec<ConstSpec>),
    Type(Vec<TypeSpec>),
}

impl Parser {
    /// Parses a whole file.
    pub fn file(&mut self) -> Option<File> {
        self.skip_semi();
        if !self.is_kw(Kw::Package) {
            let pos = self.pos();
            self.error_at(pos, "syntax error: package statement must be first".into());
            return None;
        }
        self.bump();
        let package = self.ident().ok()?;
        if !self.is_semi() && !self.at_eof() {
            self.unexpected("expected ;").ok();
        }
        self.skip_semi();
        let mut imports = Vec::new();
        while self.is_kw(Kw::Import) {
            self.bump();
            if self.is_op(Op::LParen) {
                self.bump();
                self.skip_semi();
                while !self.is_op(Op::RParen) && !self.at_eof() {
                    let before = self.i;
                    if self.import_spec(&mut imports).is_err() {
                        self.recover(false);
                    } else if !self.is_semi() && !self.is_op(Op::RParen) {
                        let _ = self.unexpected(
                            "in grouped declaration; possibly missing semicolon or newline or )",
                        );
                        self.recover(false);
                    }
                    self.skip_semi();
                    self.ensure_progress(before);
                }
                self.bump();
            } else if self.import_spec(&mut imports).is_err() {
                self.recover(true);
            }
            self.skip_semi();
        }
        let mut decls = Vec::new();
        while !self.at_eof() {
            let before = self.i;
            match self.top_decl() {
                Ok(d) => decls.push(d),
                Err(()) => {
                    self.advance_to_decl();
                    // A declaration keyword that failed at once (a late `import`) must not
                    // stall the loop.
                    self.ensure_progress(before);
                    continue;
                }
            }
            if !self.is_semi() && !self.at_eof() {
                if self.is_kw(Kw::Import) {
                    let pos = self.pos();
                    self.error_at(
                        pos,
                        "syntax error: imports must appear before other declarations".into(),
                    );
                    self.bump();
                    self.recover(true);
                    continue;
                }
                let _ = self.unexpected("after top level declaration");
                self.recover(true);
            }
            self.skip_semi();
            self.ensure_progress(before);
        }
        Some(File {
            package,
            imports,
            decls,
            local_types: self.local_types,
        })
    }

    fn import_spec(&mut self, out: &mut Vec<Import>) -> PResult<()> {
        let alias = match self.tok().clone() {
            Tok::Ident(s) => {
                self.bump();
                Some(s)
            }
            Tok::Op(Op::Dot) => {
                self.bump();
                Some(".".into())
            }
            _ => None,
        };
        match self.tok().clone() {
            Tok::Str(s) => {
                let pos = self.bump().pos;
                out.push(Import {
                    path: String::from_utf8_lossy(&s).into_owned(),
                    alias,
                    pos,
                });
                Ok(())
            }
            _ => self.unexpected("expected import path"),
        }
    }

    fn top_decl(&mut self) -> PResult<Decl> {
        let pos = self.pos();
        match self.tok() {
            Tok::Kw(Kw::Func) => self.func_decl().map(|f| Decl::Func(Box::new(f))),
            Tok::Kw(Kw::Var | Kw::Const | Kw::Type) => Ok(match self.decl_specs()? {
                Specs::Var(v) => Decl::Var(v),
                Specs::Const(c) => Decl::Const(c),
                Specs::Type(t) => Decl::Type(t, pos),
            }),
            Tok::Kw(Kw::Import) => {
                self.error_at(
                    pos,
                    "syntax error: imports must appear before other declarations".into(),
                );
                Err(())
            }
            _ => {
                self.error_at(
                    pos,
                    "syntax error: non-declaration statement outside function body".into(),
                );
                Err(())
            }
        }
    }

    /// A `var`, `const` or `type` declaration (at `var`, `const` or `type`), at package or
    /// statement level.
    pub(super) fn decl_specs(&mut self) -> PResult<Specs> {
        let kw = self.bump().tok;
        Ok(match kw {
            Tok::Kw(Kw::Var) => Specs::Var(self.group(Self::var_spec)?),
            Tok::Kw(Kw::Const) => {
                let mut iota = 0;
                Specs::Const(self.group(|p| {
                    let spec = p.const_spec(iota);
                    iota += 1;
                    spec
                })?)
            }
            _ => Specs::Type(self.group(Self::type_spec)?),
        })
    }

    /// After a bad top-level declaration, skips to the next declaration keyword, so the rest of
    /// a broken body is not reported line by line.
    fn advance_to_decl(&mut self) {
        self.advance_until(|t| {
            matches!(
                t,
                Tok::Kw(Kw::Func | Kw::Var | Kw::Const | Kw::Type | Kw::Import)
            )
        });
    }

    fn group<T>(&mut self, mut spec: impl FnMut(&mut Self) -> PResult<T>) -> PResult<Vec<T>> {
        if self.is_op(Op::LParen) {
            self.bump();
            let mut out = Vec::new();
            self.skip_semi();
            while !self.is_op(Op::RParen) {
                if self.at_eof() {
                    return self.unexpected("expected )").map(|_| out);
                }
                out.push(spec(self)?);
                if !self.is_op(Op::RParen) && !self.is_semi() {
                    self.unexpected("expected semicolon, newline, or )")?;
                }
                self.skip_semi();
            }
            self.bump();
            Ok(out)
        } else {
            Ok(vec![spec(self)?])
        }
    }

    fn const_spec(&mut self, iota: i64) -> PResult<ConstSpec> {
        let names = self.name_list()?;
        let mut ty = None;
        let mut values = Vec::new();
        if !self.is_op(Op::Assign) && !self.is_semi() && !self.is_op(Op::RParen) {
            ty = Some(self.type_expr()?);
        }
        if self.got(Op::Assign) {
            values = self.expr_list()?;
        }
        Ok(ConstSpec {
            names,
            ty,
            values,
            iota,
        })
    }

    fn var_spec(&mut self) -> PResult<VarSpec> {
        let names = self.name_list()?;
        let mut ty = None;
        let mut values = Vec::new();
        if !self.is_op(Op::Assign) {
            ty = Some(self.type_expr()?);
        }
        if self.got(Op::Assign) {
            values = self.expr_list()?;
        }
        Ok(VarSpec { names, ty, values })
    }

    /// `Name [TypeParams] [=] Type`, telling `type A [N]int` (an array) from `type A[P any] T`
    /// (a generic type) as gc does: by the shape of what follows the `[`.
    fn type_spec(&mut self) -> PResult<TypeSpec> {
        let name = self.ident()?;
        let mut tparams = Vec::new();
        let ty = if self.is_op(Op::LBrack) {
            let lbrack = self.bump().pos;
            match self.tok() {
                Tok::Ident(_) => {
                    let first = self.ident()?;
                    let x = Expr {
                        pos: first.1,
                        kind: ExprKind::Ident(first.0.clone()),
                    };
                    // `P []E` is a constraint; an index or slice of `P` could never be an array
                    // length, so only without a `[` is the rest read as an expression.
                    let x = if self.is_op(Op::LBrack) {
                        x
                    } else {
                        self.with_lit(true, |p| {
                            let x = p.primary_from(x)?;
                            p.binary_from(x, 1)
                        })?
                    };
                    let comma = self.is_op(Op::Comma);
                    match extract_name(x, comma) {
                        Ok((pname, ptype)) if ptype.is_some() || !self.is_op(Op::RBrack) => {
                            tparams = self.param_list(Some((pname, ptype)), Op::RBrack, true)?;
                            let alias = self.got(Op::Assign);
                            let ty = self.type_expr()?;
                            return Ok(TypeSpec {
                                local: 0,
                                name,
                                tparams,
                                alias,
                                ty,
                            });
                        }
                        Ok((pname, _)) => {
                            let len = Expr {
                                pos: pname.1,
                                kind: ExprKind::Ident(pname.0),
                            };
                            self.array_type(lbrack, Some(len))?
                        }
                        Err(x) => self.array_type(lbrack, Some(x))?,
                    }
                }
                Tok::Op(Op::RBrack) => {
                    self.bump();
                    let elem = self.type_expr()?;
                    Expr {
                        pos: lbrack,
                        kind: ExprKind::SliceType(Box::new(elem)),
                    }
                }
                _ => self.array_type(lbrack, None)?,
            }
        } else {
            let alias = self.got(Op::Assign);
            let ty = match self.type_or_none()? {
                Some(t) => t,
                None => {
                    self.unexpected("in type declaration")?;
                    return Err(());
                }
            };
            return Ok(TypeSpec {
                local: 0,
                name,
                tparams,
                alias,
                ty,
            });
        };
        Ok(TypeSpec {
            local: 0,
            name,
            tparams,
            alias: false,
            ty,
        })
    }

    pub(super) fn name_list(&mut self) -> PResult<Vec<Name>> {
        let mut names = vec![self.ident()?];
        while self.got(Op::Comma) {
            names.push(self.ident()?);
        }
        Ok(names)
    }

    /// `func [(recv)] name [TypeParams] (params) [results] [body]`.
    fn func_decl(&mut self) -> PResult<FuncDecl> {
        let pos = self.bump().pos;
        let mut recv = None;
        let mut method = false;
        if self.is_op(Op::LParen) {
            method = true;
            let rpos = self.bump().pos;
            let mut list = self.param_list(None, Op::RParen, false)?;
            match list.len() {
                0 => self.error_at(rpos, "syntax error: method has no receiver".into()),
                1 => {}
                _ => self.error_at(rpos, "syntax error: method has multiple receivers".into()),
            }
            recv = (!list.is_empty()).then(|| list.swap_remove(0));
        }
        let name = match self.tok() {
            Tok::Ident(_) => self.ident()?,
            _ => {
                let msg = if method {
                    "expected name"
                } else {
                    "expected name or ("
                };
                self.unexpected(msg)?;
                return Err(());
            }
        };
        let mut tparams = Vec::new();
        // Methods may have type parameters of their own since Go 1.27.
        if self.got(Op::LBrack) {
            if self.is_op(Op::RBrack) {
                self.error_here("empty type parameter list");
                self.bump();
            } else {
                tparams = self.param_list(None, Op::RBrack, true)?;
            }
        }
        let sig = self.signature(pos)?;
        let start = self.i;
        let body = if self.is_op(Op::LBrace) {
            Some(self.func_body()?)
        } else {
            None
        };
        let body_tokens = node_weight(&self.toks[start..self.i]);
        Ok(FuncDecl {
            pos,
            recv,
            name,
            tparams,
            sig,
            body,
            noinline: false,
            body_tokens,
        })
    }
}

/// gc's `extractName`: splits `x` into a type parameter's name and its constraint when `x` can
/// be read as `name constraint` (`P *C`, `P ~int | string`, `P (C)`), or gives `x` back.
fn extract_name(x: Expr, force: bool) -> Result<(Name, Option<Expr>), Expr> {
    match x.kind {
        ExprKind::Ident(n) => Ok(((n, x.pos), None)),
        ExprKind::Binary(Op::Mul, l, r)
            if matches!(l.kind, ExprKind::Ident(_)) && (force || is_type_elem(&r)) =>
        {
            let ExprKind::Ident(n) = l.kind else {
                unreachable!()
            };
            let star = Expr {
                pos: r.pos,
                kind: ExprKind::Star(r),
            };
            Ok(((n, l.pos), Some(star)))
        }
        ExprKind::Binary(Op::Or, l, r) => {
            let force = force || is_type_elem(&r);
            match extract_name(*l, force) {
                Ok((name, Some(lhs))) => Ok((
                    name,
                    Some(Expr {
                        pos: lhs.pos,
                        kind: ExprKind::Binary(Op::Or, Box::new(lhs), r),
                    }),
                )),
                Ok((name, None)) => Err(Expr {
                    pos: x.pos,
                    kind: ExprKind::Binary(
                        Op::Or,
                        Box::new(Expr {
                            pos: name.1,
                            kind: ExprKind::Ident(name.0),
                        }),
                        r,
                    ),
                }),
                Err(l) => Err(Expr {
                    pos: x.pos,
                    kind: ExprKind::Binary(Op::Or, Box::new(l), r),
                }),
            }
        }
        ExprKind::Call(f, mut args, false)
            if matches!(f.kind, ExprKind::Ident(_))
                && args.len() == 1
                && (force || is_type_elem(&args[0])) =>
        {
            let ExprKind::Ident(n) = f.kind else {
                unreachable!()
            };
            let arg = args.pop().expect("one argument");
            let paren = Expr {
                pos: arg.pos,
                kind: ExprKind::Paren(Box::new(arg)),
            };
            Ok(((n, f.pos), Some(paren)))
        }
        kind => Err(Expr { pos: x.pos, kind }),
    }
}

/// True if `x` can only be a type element, never a value (gc's `isTypeElem`).
fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType(..)
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::SliceType(_)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..) => true,
        ExprKind::Unary(op, y) => *op == Op::Tilde || is_type_elem(y),
        ExprKind::Star(y) => is_type_elem(y),
        ExprKind::Binary(_, l, r) => is_type_elem(l) || is_type_elem(r),
        ExprKind::Paren(y) => is_type_elem(y),
        _ => false,
    }
}

/// At most how many of gc's IR nodes these tokens of a function body make (implicit nodes
/// aside): an operand, an operator, a call's `(`, a selector's `.`, a statement keyword one;
/// a composite literal's `{` two (gc charges a slice literal twice), `++` two (its implicit
/// 1); a selected name, a closing bracket, a comma, a colon, a semicolon, a block's `{`
/// beyond that, a type's keyword none.
fn node_weight(toks: &[crate::compile::syntax::token::Token]) -> u32 {
    let mut n = 0u32;
    let mut after_dot = false;
    for t in toks {
        n += match &t.tok {
            Tok::Semi(_) | Tok::Eof => 0,
            Tok::Ident(_) if after_dot => 0,
            Tok::Ident(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Char(_)
            | Tok::Str(_) => 1,
            Tok::Kw(
                Kw::Chan
                | Kw::Const
                | Kw::Else
                | Kw::Import
                | Kw::Interface
                | Kw::Map
                | Kw::Package
                | Kw::Range
                | Kw::Struct
                | Kw::Type
                | Kw::Var,
            ) => 0,
            Tok::Kw(_) => 1,
            Tok::Op(
                Op::RParen
                | Op::RBrack
                | Op::RBrace
                | Op::Comma
                | Op::Colon
                | Op::Ellipsis
                | Op::Tilde,
            ) => 0,
            Tok::Op(Op::LBrace | Op::Inc | Op::Dec) => 2,
            Tok::Op(_) => 1,
        };
        after_dot = matches!(t.tok, Tok::Op(Op::Dot));
    }
    n
}
