//! Recursive-descent parser for the whole Go 1.27 grammar, with gc's `syntax error: …` wording
//! and recovery. One file per part of the grammar: declarations ([`decl`]), statements
//! ([`stmt`]), expressions ([`expr`]) and types ([`types`]); this file holds the token cursor,
//! error reporting and the nesting guard they share.

mod decl;
mod expr;
mod stmt;
mod types;

use super::ast::*;
use super::token::{Kw, Op, Pos, Tok, Token};

/// Parses one file's tokens. Errors are (offset, message).
pub struct Parser {
    toks: Vec<Token>,
    i: usize,
    /// Set in control-clause headers, where `T {` starts a block rather than a composite literal
    /// (gc's negative `xnest`); cleared inside brackets, parentheses and literals.
    no_lit: bool,
    /// Collected errors.
    pub errors: Vec<(Pos, String)>,
    /// Statements, expressions and types open around the current token, and the length of the
    /// binary chain being built (its tree is as deep as it is long).
    depth: usize,
    /// Set once the input was found too deep: the parse is abandoned, with no follow-on errors.
    gave_up: bool,
    /// Function bodies open around the current token (gc's `fnest`): inside one, error
    /// recovery stops at statement keywords.
    fnest: usize,
    /// Defined types declared in functions so far.
    local_types: u32,
}

/// The deepest nesting memrun compiles (statements in statements, operators on operators): the
/// limit of Go's own `go/parser` (gofmt, vet and gopls refuse deeper files), far beyond what
/// people write, and a bound on the memory the recursive phases use.
pub const MAX_NESTING: usize = 100_000;

/// The longest chain of binary operators (`a + b + … + z`), whose tree is as deep as it is
/// long: twice gc's tested 100,000-term sums (gc's own stack overflows near 1,000,000).
pub const MAX_CHAIN: usize = 200_000;

/// A parse step's result; the error has been reported already.
type PResult<T> = Result<T, ()>;

/// The keywords that start a statement, where recovery inside a function stops (gc's
/// `stopset`).
fn is_stmt_keyword(k: Kw) -> bool {
    matches!(
        k,
        Kw::Break
            | Kw::Const
            | Kw::Continue
            | Kw::Defer
            | Kw::Fallthrough
            | Kw::For
            | Kw::Go
            | Kw::Goto
            | Kw::If
            | Kw::Return
            | Kw::Select
            | Kw::Switch
            | Kw::Type
            | Kw::Var
    )
}

/// How gc names a token in "unexpected X".
fn describe(t: &Tok) -> String {
    match t {
        Tok::Ident(s) => format!("name {s}"),
        Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) => format!("literal {s}"),
        Tok::Char(_) => "literal".into(),
        Tok::Str(s) => format!("literal {:?}", String::from_utf8_lossy(s)),
        Tok::Kw(k) => format!("keyword {k}"),
        // gc spells the comma out; every other operator as written.
        Tok::Op(Op::Comma) => "comma".into(),
        Tok::Op(o) => o.text().to_owned(),
        Tok::Semi(true) => "newline".into(),
        Tok::Semi(false) => "semicolon".into(),
        Tok::Eof => "EOF".into(),
    }
}

impl Parser {
    /// A parser over `toks` (ending with `Eof`).
    pub fn new(toks: Vec<Token>) -> Parser {
        Parser {
            toks,
            i: 0,
            no_lit: false,
            errors: Vec::new(),
            depth: 0,
            gave_up: false,
            fnest: 0,
            local_types: 0,
        }
    }

    /// Runs `f` one nesting level deeper, on enough stack; beyond [`MAX_NESTING`], reports the
    /// input as too deep and gives up on the file.
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.depth += 1;
        let r = if self.depth > MAX_NESTING {
            self.too_deep()
        } else {
            crate::compile::deep(|| f(self))
        };
        self.depth -= 1;
        r
    }

    /// The error for input nested beyond [`MAX_NESTING`] (or a chain beyond [`MAX_CHAIN`]):
    /// the parse stops at the first one.
    fn too_deep<T>(&mut self) -> PResult<T> {
        let pos = self.pos();
        let msg = if self.depth > MAX_NESTING {
            format!("memrun: nesting deeper than {MAX_NESTING} levels is not supported")
        } else {
            format!("memrun: a chain of more than {MAX_CHAIN} binary operators is not supported")
        };
        self.error_at(pos, msg);
        // Skip the rest of the file: recovery inside such a structure would only cascade.
        self.i = self.toks.len() - 1;
        self.gave_up = true;
        Err(())
    }

    fn tok(&self) -> &Tok {
        &self.toks[self.i].tok
    }

    fn pos(&self) -> Pos {
        self.toks[self.i].pos
    }

    fn peek_tok(&self, k: usize) -> &Tok {
        &self.toks[(self.i + k).min(self.toks.len() - 1)].tok
    }

    fn bump(&mut self) -> Token {
        let t = self.toks[self.i].clone();
        if self.i + 1 < self.toks.len() {
            self.i += 1;
        }
        t
    }

    fn is_op(&self, op: Op) -> bool {
        *self.tok() == Tok::Op(op)
    }

    fn is_kw(&self, kw: Kw) -> bool {
        *self.tok() == Tok::Kw(kw)
    }

    fn is_semi(&self) -> bool {
        matches!(self.tok(), Tok::Semi(_))
    }

    fn at_eof(&self) -> bool {
        matches!(self.tok(), Tok::Eof)
    }

    /// Consumes `op` if it is next.
    fn got(&mut self, op: Op) -> bool {
        let here = self.is_op(op);
        if here {
            self.bump();
        }
        here
    }

    fn error_at(&mut self, pos: Pos, msg: String) {
        if self.gave_up {
            return;
        }
        // Duplicates at one position are dropped here; one-per-line happens after lexing errors
        // are merged in (`compile::syntax_diagnostics`).
        if !self.errors.iter().any(|(p, _)| *p == pos) {
            self.errors.push((pos, msg));
        }
    }

    /// A plain error at the current token (gc's `p.error`).
    fn error_here(&mut self, msg: &str) {
        let pos = self.pos();
        self.error_at(pos, format!("syntax error: {msg}"));
    }

    fn unexpected(&mut self, expected: &str) -> PResult<()> {
        // Like gc, no follow-up complaint about the end of the file after an earlier error.
        if self.at_eof() && !self.errors.is_empty() {
            return Err(());
        }
        // gc's joining: "unexpected X, expected Y" but "unexpected X at end of statement",
        // "… in argument list; …", "… after top level declaration".
        let sep = if ["in ", "at ", "after "]
            .iter()
            .any(|p| expected.starts_with(p))
        {
            " "
        } else {
            ", "
        };
        let msg = format!(
            "syntax error: unexpected {}{sep}{expected}",
            describe(self.tok())
        );
        let pos = self.pos();
        self.error_at(pos, msg);
        Err(())
    }

    /// gc's `want`: consumes `op`, or reports it missing and skips the one offending token, so
    /// parsing goes on as if it had been there.
    fn expect_op(&mut self, op: Op, ctx: &str) -> PResult<Pos> {
        let pos = self.pos();
        if !self.is_op(op) {
            let _ = self.unexpected(&format!("expected {op}{ctx}"));
        }
        if !self.at_eof() {
            self.bump();
        }
        Ok(pos)
    }

    fn ident(&mut self) -> PResult<Name> {
        match self.tok().clone() {
            Tok::Ident(s) => {
                let p = self.bump().pos;
                Ok((s, p))
            }
            _ => {
                self.unexpected("expected name")?;
                Err(())
            }
        }
    }

    fn skip_semi(&mut self) {
        while self.is_semi() {
            self.bump();
        }
    }

    /// Skips to the next statement or declaration boundary after an error.
    fn recover(&mut self, top: bool) {
        let mut depth = 0i32;
        loop {
            match self.tok() {
                Tok::Eof => return,
                Tok::Op(Op::LBrace | Op::LParen | Op::LBrack) => depth += 1,
                Tok::Op(Op::RBrace | Op::RParen | Op::RBrack) => {
                    if depth == 0 {
                        return;
                    }
                    depth -= 1;
                }
                Tok::Semi(_) if depth == 0 => {
                    self.bump();
                    return;
                }
                Tok::Kw(Kw::Func | Kw::Var | Kw::Const | Kw::Type) if top && depth == 0 => return,
                _ => {}
            }
            self.bump();
        }
    }

    /// gc's `advance`: skips tokens, brackets not counted, up to one that `stop` accepts or the
    /// end of the file.
    fn advance_until(&mut self, stop: impl Fn(&Tok) -> bool) {
        while !self.at_eof() && !stop(self.tok()) {
            self.bump();
        }
    }

    /// gc's `advance`: skips to one of `follow` or, with `semi`, a semicolon (or, inside a
    /// function, a keyword that starts a statement); with neither, skips just one token.
    fn advance(&mut self, follow: &[Op], semi: bool) {
        if follow.is_empty() && !semi {
            if !self.at_eof() {
                self.bump();
            }
            return;
        }
        let in_func = self.fnest > 0;
        self.advance_until(|t| match t {
            Tok::Op(o) => follow.contains(o),
            Tok::Semi(_) => semi,
            Tok::Kw(k) => in_func && is_stmt_keyword(*k),
            _ => false,
        });
    }

    /// Error recovery must never stall a loop: skip the offending token if nothing was consumed.
    fn ensure_progress(&mut self, before: usize) {
        if self.i == before && !self.at_eof() {
            self.bump();
        }
    }

    /// Parses a function body (gc's `funcBody`): composite literals allowed, recovery stopping
    /// at statement keywords.
    fn func_body(&mut self) -> PResult<Block> {
        self.fnest += 1;
        let b = self.with_lit(true, Self::block);
        self.fnest -= 1;
        b
    }

    /// Runs `f` with composite literals allowed (inside brackets, parentheses and literals) or
    /// not (control-clause headers).
    fn with_lit<T>(&mut self, allowed: bool, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.no_lit;
        self.no_lit = !allowed;
        let r = f(self);
        self.no_lit = saved;
        r
    }

    /// gc's `list`: elements parsed by `f` up to `close`, separated by `sep` (optional before
    /// `close`); returns the position of `close`. `f` returns true to end the list early.
    fn list(
        &mut self,
        context: &str,
        sep: Option<Op>,
        close: Op,
        mut f: impl FnMut(&mut Self) -> PResult<bool>,
    ) -> PResult<Pos> {
        let mut done = false;
        while !self.at_eof() && !self.is_op(close) && !done {
            let before = self.i;
            done = f(self)?;
            let got_sep = match sep {
                Some(op) => self.got(op),
                None if self.is_semi() => {
                    self.bump();
                    true
                }
                None => false,
            };
            if !got_sep && !self.is_op(close) {
                let sep_name = if sep.is_some() {
                    "comma"
                } else {
                    "semicolon or newline"
                };
                let _ = self.unexpected(&format!(
                    "in {context}; possibly missing {sep_name} or {close}"
                ));
                self.advance_until(|t| matches!(t, Tok::Op(Op::RParen | Op::RBrack | Op::RBrace)));
                if !self.is_op(close) {
                    return Err(());
                }
            }
            self.ensure_progress(before);
        }
        self.expect_op(close, "")
    }
}

#[cfg(test)]
mod tests;
