//! Recursive-descent parser for Go's syntax, with gc's `syntax error: …` wording.

use super::ast::*;
use super::lexer::{Pos, Tok, Token};

/// Parses one file's tokens. Errors are (offset, message).
pub struct Parser {
    toks: Vec<Token>,
    i: usize,
    /// Nesting where a `{` starts a block rather than a composite literal (control headers).
    no_lit: bool,
    /// Collected errors.
    pub errors: Vec<(Pos, String)>,
    /// Statements and unary expressions open around the current token, and the length of the
    /// binary chain being built (its tree is as deep as it is long).
    depth: usize,
    /// Set once the input was found too deep: the parse is abandoned, with no follow-on errors.
    gave_up: bool,
}

/// The deepest nesting memrun compiles (statements in statements, operators on operators): the
/// limit of Go's own `go/parser` (gofmt, vet and gopls refuse deeper files), far beyond what
/// people write, and a bound on the memory the recursive phases use.
pub const MAX_NESTING: usize = 100_000;

/// The longest chain of binary operators (`a + b + … + z`), whose tree is as deep as it is
/// long: twice gc's tested 100,000-term sums (gc's own stack overflows near 1,000,000).
pub const MAX_CHAIN: usize = 200_000;

type PResult<T> = Result<T, ()>;

fn describe(t: &Tok) -> String {
    match t {
        Tok::Ident(s) => format!("name {s}"),
        Tok::Int(s) | Tok::Float(s) => format!("literal {s}"),
        Tok::Imag => "literal".into(),
        Tok::Char(_) => "literal".into(),
        Tok::Str(s) => format!("literal {:?}", String::from_utf8_lossy(s)),
        Tok::Kw(k) => format!("keyword {k}"),
        Tok::Op(o) => (*o).to_string(),
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
        }
    }

    /// Runs `f` one nesting level deeper, on enough stack; beyond [`MAX_NESTING`], reports the
    /// input as too deep and gives up on the file.
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.depth += 1;
        let r = if self.depth > MAX_NESTING {
            self.too_deep()
        } else {
            super::deep(|| f(self))
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

    fn is_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Kw(k) if *k == kw)
    }

    fn is_semi(&self) -> bool {
        matches!(self.tok(), Tok::Semi(_))
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

    fn unexpected(&mut self, expected: &str) -> PResult<()> {
        // Like gc, no follow-up complaint about the end of the file after an earlier error.
        if matches!(self.tok(), Tok::Eof) && !self.errors.is_empty() {
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

    fn expect_op(&mut self, op: &'static str, ctx: &str) -> PResult<Pos> {
        if self.is_op(op) {
            Ok(self.bump().pos)
        } else {
            self.unexpected(&format!("expected {op}{ctx}"))?;
            Err(())
        }
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
                Tok::Op("{") | Tok::Op("(") | Tok::Op("[") => depth += 1,
                Tok::Op("}") | Tok::Op(")") | Tok::Op("]") => {
                    if depth == 0 {
                        return;
                    }
                    depth -= 1;
                }
                Tok::Semi(_) if depth == 0 => {
                    self.bump();
                    return;
                }
                Tok::Kw("func") | Tok::Kw("var") | Tok::Kw("const") | Tok::Kw("type")
                    if top && depth == 0 =>
                {
                    return
                }
                _ => {}
            }
            self.bump();
        }
    }

    /// Parses a whole file.
    pub fn file(&mut self) -> Option<File> {
        self.skip_semi();
        if !self.is_kw("package") {
            let pos = self.pos();
            self.error_at(pos, "syntax error: package statement must be first".into());
            return None;
        }
        self.bump();
        let package = self.ident().ok()?;
        if !self.is_semi() && !matches!(self.tok(), Tok::Eof) {
            self.unexpected("expected ;").ok();
        }
        self.skip_semi();
        let mut imports = Vec::new();
        while self.is_kw("import") {
            self.bump();
            if self.is_op("(") {
                self.bump();
                self.skip_semi();
                while !self.is_op(")") && !matches!(self.tok(), Tok::Eof) {
                    let before = self.i;
                    if self.import_spec(&mut imports).is_err() {
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
        while !matches!(self.tok(), Tok::Eof) {
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
            if !self.is_semi() && !matches!(self.tok(), Tok::Eof) {
                if self.is_kw("import") {
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
        })
    }

    fn import_spec(&mut self, out: &mut Vec<Import>) -> PResult<()> {
        let alias = match self.tok().clone() {
            Tok::Ident(s) => {
                self.bump();
                Some(s)
            }
            Tok::Op(".") => {
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
            Tok::Kw("func") => self.func_decl(),
            Tok::Kw("var") => {
                self.bump();
                Ok(Decl::Var(self.group(Self::var_spec)?))
            }
            Tok::Kw("const") => {
                self.bump();
                Ok(Decl::Const(self.const_group()?))
            }
            Tok::Kw("type") => {
                self.bump();
                self.skip_balanced_decl();
                Ok(Decl::Unsupported(pos, "type declarations".into()))
            }
            Tok::Kw("import") => {
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

    /// gc's `advance`: skips tokens, brackets not counted, up to one that `stop` accepts or the
    /// end of the file.
    fn advance_until(&mut self, stop: impl Fn(&Tok) -> bool) {
        while !matches!(self.tok(), Tok::Eof) && !stop(self.tok()) {
            self.bump();
        }
    }

    /// After a missing operand, skips to what can close or follow it (`)`, `]`, `}` and, inside
    /// a function, the keywords that start a statement).
    fn advance_past_bad_expr(&mut self) {
        self.advance_until(|t| {
            matches!(
                t,
                Tok::Op(")" | "]" | "}")
                    | Tok::Kw(
                        "break"
                            | "const"
                            | "continue"
                            | "defer"
                            | "fallthrough"
                            | "for"
                            | "go"
                            | "goto"
                            | "if"
                            | "return"
                            | "select"
                            | "switch"
                            | "type"
                            | "var"
                    )
            )
        });
    }

    /// After a bad top-level declaration, skips to the next declaration keyword, so the rest of
    /// a broken body is not reported line by line.
    fn advance_to_decl(&mut self) {
        self.advance_until(|t| matches!(t, Tok::Kw("func" | "var" | "const" | "type" | "import")));
    }

    /// Skips a declaration's remaining tokens up to its terminating semicolon.
    fn skip_balanced_decl(&mut self) {
        let mut depth = 0;
        loop {
            match self.tok() {
                Tok::Eof => return,
                Tok::Op("{") | Tok::Op("(") | Tok::Op("[") => depth += 1,
                Tok::Op("}") | Tok::Op(")") | Tok::Op("]") => depth -= 1,
                Tok::Semi(_) if depth <= 0 => return,
                _ => {}
            }
            self.bump();
        }
    }

    fn group<T>(&mut self, mut spec: impl FnMut(&mut Self) -> PResult<T>) -> PResult<Vec<T>> {
        if self.is_op("(") {
            self.bump();
            let mut out = Vec::new();
            self.skip_semi();
            while !self.is_op(")") {
                if matches!(self.tok(), Tok::Eof) {
                    return self.unexpected("expected )").map(|_| out);
                }
                out.push(spec(self)?);
                if !self.is_op(")") && !self.is_semi() {
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

    fn const_group(&mut self) -> PResult<Vec<ConstSpec>> {
        let mut iota = 0;
        self.group(|p| {
            let names = p.name_list()?;
            let mut ty = None;
            let mut values = Vec::new();
            if !p.is_op("=") && !p.is_semi() && !p.is_op(")") {
                ty = Some(p.type_expr()?);
            }
            if p.is_op("=") {
                p.bump();
                values = p.expr_list()?;
            }
            let spec = ConstSpec {
                names,
                ty,
                values,
                iota,
            };
            iota += 1;
            Ok(spec)
        })
    }

    fn var_spec(&mut self) -> PResult<VarSpec> {
        let names = self.name_list()?;
        let mut ty = None;
        let mut values = Vec::new();
        if !self.is_op("=") {
            ty = Some(self.type_expr()?);
        }
        if self.is_op("=") {
            self.bump();
            values = self.expr_list()?;
        }
        Ok(VarSpec { names, ty, values })
    }

    fn name_list(&mut self) -> PResult<Vec<Name>> {
        let mut names = vec![self.ident()?];
        while self.is_op(",") {
            self.bump();
            names.push(self.ident()?);
        }
        Ok(names)
    }

    fn type_expr(&mut self) -> PResult<TypeExpr> {
        self.nested(Self::type_expr_here)
    }

    fn type_expr_here(&mut self) -> PResult<TypeExpr> {
        let pos = self.pos();
        match self.tok().clone() {
            Tok::Ident(name) => {
                self.bump();
                if self.is_op(".") {
                    self.bump();
                    let (sel, _) = self.ident()?;
                    return Ok(TypeExpr::Unsupported(format!("the type {name}.{sel}"), pos));
                }
                Ok(TypeExpr::Name(name, pos))
            }
            Tok::Op("[") => {
                self.bump();
                if self.is_op("]") {
                    self.bump();
                    let elem = self.type_expr()?;
                    return Ok(TypeExpr::Slice(Box::new(elem), pos));
                }
                // Array type: skip the length and element.
                let _ = self.expr()?;
                self.expect_op("]", "")?;
                let _ = self.type_expr()?;
                Ok(TypeExpr::Unsupported("arrays".into(), pos))
            }
            Tok::Op("*") => {
                self.bump();
                let _ = self.type_expr()?;
                Ok(TypeExpr::Unsupported("pointers".into(), pos))
            }
            Tok::Op("(") => {
                self.bump();
                let t = self.type_expr()?;
                self.expect_op(")", "")?;
                Ok(t)
            }
            Tok::Kw(k @ ("map" | "chan" | "func" | "struct" | "interface")) => {
                self.bump();
                self.skip_type_rest();
                let what = match k {
                    "map" => "maps",
                    "chan" => "channels",
                    "func" => "function types",
                    "struct" => "structs",
                    _ => "interfaces",
                };
                Ok(TypeExpr::Unsupported(what.into(), pos))
            }
            _ => {
                self.unexpected("expected type")?;
                Err(())
            }
        }
    }

    /// Skips the rest of an unsupported composite type.
    fn skip_type_rest(&mut self) {
        let mut depth = 0;
        loop {
            match self.tok() {
                Tok::Op("{") | Tok::Op("(") | Tok::Op("[") => depth += 1,
                Tok::Op("}") | Tok::Op(")") | Tok::Op("]") => {
                    if depth == 0 {
                        return;
                    }
                    depth -= 1;
                    if depth == 0 {
                        self.bump();
                        if !matches!(self.tok(), Tok::Ident(_) | Tok::Op("[") | Tok::Op("*")) {
                            return;
                        }
                        continue;
                    }
                }
                Tok::Semi(_) | Tok::Op(",") | Tok::Op("=") if depth == 0 => return,
                Tok::Eof => return,
                Tok::Ident(_) if depth == 0 => {
                    self.bump();
                    if !self.is_op(".") {
                        return;
                    }
                    continue;
                }
                _ => {}
            }
            self.bump();
        }
    }

    fn params(&mut self) -> PResult<Vec<Param>> {
        self.expect_op("(", "")?;
        // Parse entries as either `name Type`, `Type`, or `a, b Type`.
        let mut entries: Vec<(Option<Name>, Option<TypeExpr>)> = Vec::new();
        while !self.is_op(")") {
            if self.is_op("...") {
                let pos = self.bump().pos;
                let _ = self.type_expr()?;
                entries.push((
                    None,
                    Some(TypeExpr::Unsupported("variadic functions".into(), pos)),
                ));
            } else if let Tok::Ident(name) = self.tok().clone() {
                let pos = self.pos();
                if matches!(self.peek_tok(1), Tok::Op(",") | Tok::Op(")")) {
                    self.bump();
                    entries.push((Some((name, pos)), None));
                } else if matches!(self.peek_tok(1), Tok::Op(".")) {
                    entries.push((None, Some(self.type_expr()?)));
                } else {
                    self.bump();
                    if self.is_op("...") {
                        let vpos = self.bump().pos;
                        let _ = self.type_expr()?;
                        entries.push((
                            Some((name, pos)),
                            Some(TypeExpr::Unsupported("variadic functions".into(), vpos)),
                        ));
                    } else {
                        let t = self.type_expr()?;
                        entries.push((Some((name, pos)), Some(t)));
                    }
                }
            } else {
                entries.push((None, Some(self.type_expr()?)));
            }
            if !self.is_op(",") {
                break;
            }
            self.bump();
            self.skip_semi();
        }
        self.expect_op(")", "")?;
        // If any entry has both name and type, then bare names are names; otherwise they're types.
        let named = entries.iter().any(|(n, t)| n.is_some() && t.is_some());
        let mut out = Vec::new();
        if named {
            let mut pending: Vec<Name> = Vec::new();
            for (n, t) in entries {
                match (n, t) {
                    (Some(n), None) => pending.push(n),
                    (Some(n), Some(t)) => {
                        for p in pending.drain(..) {
                            out.push(Param {
                                name: Some(p),
                                ty: t.clone(),
                            });
                        }
                        out.push(Param {
                            name: Some(n),
                            ty: t,
                        });
                    }
                    (None, Some(t)) => {
                        let pos = t.pos();
                        self.error_at(
                            pos,
                            "syntax error: mixed named and unnamed parameters".into(),
                        );
                        return Err(());
                    }
                    (None, None) => {}
                }
            }
            if let Some(p) = pending.first() {
                self.error_at(
                    p.1,
                    "syntax error: mixed named and unnamed parameters".into(),
                );
                return Err(());
            }
        } else {
            for (n, t) in entries {
                let ty = match (n, t) {
                    (Some((name, pos)), None) => TypeExpr::Name(name, pos),
                    (_, Some(t)) => t,
                    _ => continue,
                };
                out.push(Param { name: None, ty });
            }
        }
        Ok(out)
    }

    fn func_decl(&mut self) -> PResult<Decl> {
        let pos = self.bump().pos;
        if self.is_op("(") {
            self.skip_balanced_decl_func();
            return Ok(Decl::Unsupported(pos, "methods".into()));
        }
        let name = self.ident()?;
        if self.is_op("[") {
            self.skip_balanced_decl_func();
            return Ok(Decl::Unsupported(pos, "generic functions".into()));
        }
        let params = self.params()?;
        let results = if self.is_op("(") {
            self.params()?
        } else if self.is_op("{") || self.is_semi() {
            Vec::new()
        } else {
            vec![Param {
                name: None,
                ty: self.type_expr()?,
            }]
        };
        let (body, end) = if self.is_op("{") {
            let (b, end) = self.block()?;
            (Some(b), end)
        } else {
            (None, self.pos())
        };
        Ok(Decl::Func(FuncDecl {
            name,
            params,
            results,
            body,
            end,
        }))
    }

    fn skip_balanced_decl_func(&mut self) {
        // Skip to the body and over it.
        while !self.is_op("{") && !matches!(self.tok(), Tok::Eof) {
            self.bump();
        }
        let _ = self.skip_braces();
    }

    fn skip_braces(&mut self) -> Pos {
        let mut depth = 0;
        loop {
            match self.tok() {
                Tok::Op("{") => depth += 1,
                Tok::Op("}") => {
                    depth -= 1;
                    if depth == 0 {
                        return self.bump().pos;
                    }
                }
                Tok::Eof => return self.pos(),
                _ => {}
            }
            self.bump();
        }
    }

    fn block(&mut self) -> PResult<(Vec<Stmt>, Pos)> {
        self.expect_op("{", "")?;
        let saved = self.no_lit;
        self.no_lit = false;
        let stmts = self.stmt_list();
        self.no_lit = saved;
        let end = self.pos();
        if !self.is_op("}") {
            // As gc's `want`: report, skip the one offending token, and carry on as if the
            // block had ended, so what follows is judged in its place.
            let _ = self.unexpected("expected }");
        }
        self.bump();
        Ok((stmts, end))
    }

    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut out = Vec::new();
        loop {
            self.skip_semi();
            // Like gc, a token that cannot start a statement ends the list; the enclosing block
            // then reports it ("unexpected ), expected }").
            if self.is_op("}")
                || matches!(self.tok(), Tok::Eof)
                || self.is_kw("case")
                || self.is_kw("default")
                || !self.can_start_stmt()
            {
                break;
            }
            let before = self.i;
            match self.stmt() {
                Ok(s) => {
                    out.push(s);
                    if !self.is_semi()
                        && !self.is_op("}")
                        && !self.is_kw("case")
                        && !self.is_kw("default")
                    {
                        let _ = self.unexpected("at end of statement");
                        self.advance_until(|t| {
                            matches!(t, Tok::Semi(_) | Tok::Op("}") | Tok::Kw("case" | "default"))
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
                *op,
                "(" | "[" | "{" | "+" | "-" | "!" | "^" | "*" | "&" | "<-"
            ),
            _ => true,
        }
    }

    /// Error recovery must never stall a loop: skip the offending token if nothing was consumed.
    fn ensure_progress(&mut self, before: usize) {
        if self.i == before && !matches!(self.tok(), Tok::Eof) {
            self.bump();
        }
    }

    fn stmt(&mut self) -> PResult<Stmt> {
        super::deep(|| self.nested(Self::stmt_here))
    }

    fn stmt_here(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        match self.tok().clone() {
            Tok::Kw("var") => {
                self.bump();
                Ok(Stmt::Var(self.group(Self::var_spec)?))
            }
            Tok::Kw("const") => {
                self.bump();
                Ok(Stmt::Const(self.const_group()?))
            }
            Tok::Kw("type") => {
                self.bump();
                self.skip_balanced_decl();
                Ok(Stmt::Unsupported(pos, "type declarations".into()))
            }
            Tok::Op("{") => Ok(Stmt::Block(self.block()?.0)),
            Tok::Kw("if") => self.if_stmt(),
            Tok::Kw("for") => self.for_stmt(None),
            Tok::Kw("switch") => self.switch_stmt(None),
            Tok::Kw("return") => {
                self.bump();
                let values = if self.is_semi() || self.is_op("}") {
                    Vec::new()
                } else {
                    self.expr_list()?
                };
                Ok(Stmt::Return(values, pos))
            }
            Tok::Kw("break") | Tok::Kw("continue") => {
                let is_break = self.is_kw("break");
                self.bump();
                let label = if let Tok::Ident(_) = self.tok() {
                    Some(self.ident()?)
                } else {
                    None
                };
                Ok(if is_break {
                    Stmt::Break(label, pos)
                } else {
                    Stmt::Continue(label, pos)
                })
            }
            Tok::Kw("fallthrough") => {
                self.bump();
                Ok(Stmt::Fallthrough(pos))
            }
            Tok::Kw(k @ ("go" | "defer" | "select" | "goto")) => {
                self.bump();
                self.skip_balanced_decl();
                let what = match k {
                    "go" => "go statements",
                    "defer" => "defer",
                    "select" => "select",
                    _ => "goto",
                };
                Ok(Stmt::Unsupported(pos, what.into()))
            }
            Tok::Semi(_) => Ok(Stmt::Empty),
            Tok::Ident(name) if matches!(self.peek_tok(1), Tok::Op(":")) => {
                self.bump();
                self.bump();
                self.skip_semi();
                if self.is_kw("for") {
                    let s = self.for_stmt(None)?;
                    return Ok(Stmt::Labeled((name, pos), Box::new(s)));
                }
                if self.is_kw("switch") {
                    let s = self.switch_stmt(None)?;
                    return Ok(Stmt::Labeled((name, pos), Box::new(s)));
                }
                if self.is_op("}") {
                    return Ok(Stmt::Labeled((name, pos), Box::new(Stmt::Empty)));
                }
                let s = self.stmt()?;
                Ok(Stmt::Labeled((name, pos), Box::new(s)))
            }
            _ => self.simple_stmt(),
        }
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.pos();
        let lhs = self.expr_list()?;
        match self.tok().clone() {
            Tok::Op(":=") => {
                let op_pos = self.bump().pos;
                if self.is_kw("range") {
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
            Tok::Op(
                op @ ("=" | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>="
                | "&^="),
            ) => {
                let op_pos = self.bump().pos;
                if op == "=" && self.is_kw("range") {
                    return self.range_tail(lhs, false, pos);
                }
                let rhs = self.expr_list()?;
                Ok(Stmt::Assign(lhs, op, rhs, op_pos))
            }
            Tok::Op(op @ ("++" | "--")) => {
                self.bump();
                let e = lhs.into_iter().next().ok_or(())?;
                Ok(Stmt::IncDec(e, op == "++", pos))
            }
            _ => {
                if lhs.len() > 1 {
                    self.unexpected("expected := or = or comma")?;
                }
                Ok(Stmt::Expr(lhs.into_iter().next().ok_or(())?))
            }
        }
    }

    /// Placeholder carrier for `range` inside a for header: returns a Range with empty body.
    fn range_tail(&mut self, lhs: Vec<Expr>, define: bool, pos: Pos) -> PResult<Stmt> {
        self.bump(); // range
        let expr = self.expr()?;
        let mut it = lhs.into_iter();
        Ok(Stmt::Range {
            key: it.next(),
            value: it.next(),
            define,
            expr,
            body: Vec::new(),
            label: None,
            pos,
        })
    }

    fn header<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        let saved = self.no_lit;
        self.no_lit = true;
        let r = f(self);
        self.no_lit = saved;
        r
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.bump().pos;
        let (init, cond) = self.header(|p| {
            if p.is_op("{") {
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
                Some(p.simple_stmt()?)
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
        let (then, _) = self.block()?;
        let els = if self.is_kw("else") {
            self.bump();
            if self.is_kw("if") {
                Some(Box::new(self.nested(Self::if_stmt)?))
            } else if self.is_op("{") {
                Some(Box::new(Stmt::Block(self.block()?.0)))
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
            els,
            pos,
        })
    }

    fn for_stmt(&mut self, label: Option<String>) -> PResult<Stmt> {
        let pos = self.bump().pos;
        if self.is_op("{") {
            let (body, _) = self.block()?;
            return Ok(Stmt::For {
                init: None,
                cond: None,
                post: None,
                body,
                label,
                pos,
            });
        }
        if self.is_kw("range") {
            // `for range x`
            self.bump();
            let expr = self.header(|p| p.expr())?;
            let (body, _) = self.block()?;
            return Ok(Stmt::Range {
                key: None,
                value: None,
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
                Some(p.simple_stmt()?)
            };
            if let Some(Stmt::Range { .. }) = first {
                return Ok((first, None, None));
            }
            if p.is_op("{") {
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
            let post = if p.is_op("{") {
                None
            } else {
                Some(p.simple_stmt()?)
            };
            Ok((first, cond, post))
        })?;
        let (body, _) = self.block()?;
        if let Some(Stmt::Range {
            key,
            value,
            define,
            expr,
            pos: rpos,
            ..
        }) = init
        {
            return Ok(Stmt::Range {
                key,
                value,
                define,
                expr,
                body,
                label,
                pos: rpos.min(pos),
            });
        }
        Ok(Stmt::For {
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
            if p.is_op("{") {
                return Ok((None, None));
            }
            let first = if p.is_semi() {
                None
            } else {
                Some(p.simple_stmt()?)
            };
            if p.is_semi() {
                p.bump();
                let tag = if p.is_op("{") { None } else { Some(p.expr()?) };
                Ok((first.map(Box::new), tag))
            } else {
                match first {
                    Some(Stmt::Expr(e)) => Ok((None, Some(e))),
                    _ => {
                        let pos = p.pos();
                        p.error_at(
                            pos,
                            "syntax error: switch expression must be an expression".into(),
                        );
                        Err(())
                    }
                }
            }
        })?;
        self.expect_op("{", "")?;
        let mut clauses = Vec::new();
        self.skip_semi();
        while !self.is_op("}") {
            let cpos = self.pos();
            let exprs = if self.is_kw("case") {
                self.bump();
                Some(self.expr_list()?)
            } else if self.is_kw("default") {
                self.bump();
                None
            } else {
                self.unexpected("expected case or default or }")?;
                return Err(());
            };
            self.expect_op(":", "")?;
            let body = self.stmt_list();
            clauses.push(Clause {
                exprs,
                pos: cpos,
                body,
            });
        }
        self.bump();
        Ok(Stmt::Switch {
            init,
            tag,
            clauses,
            label,
            pos,
        })
    }

    fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let mut out = vec![self.expr()?];
        while self.is_op(",") {
            self.bump();
            out.push(self.expr()?);
        }
        Ok(out)
    }

    /// Parses an expression.
    fn expr(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    fn binary(&mut self, min_prec: u8) -> PResult<Expr> {
        let mut lhs = self.unary()?;
        let mut chain = 0;
        while let Tok::Op(op) = self.tok() {
            let (op, prec) = match *op {
                "||" => ("||", 1),
                "&&" => ("&&", 2),
                "==" | "!=" | "<" | "<=" | ">" | ">=" => (*op, 3),
                "+" | "-" | "|" | "^" => (*op, 4),
                "*" | "/" | "%" | "<<" | ">>" | "&" | "&^" => (*op, 5),
                _ => break,
            };
            if prec < min_prec {
                break;
            }
            self.bump();
            chain += 1;
            if chain > MAX_CHAIN {
                return self.too_deep();
            }
            let rhs = self.binary(prec + 1)?;
            lhs = Expr {
                pos: lhs.pos,
                kind: ExprKind::Binary(op, Box::new(lhs), Box::new(rhs)),
            };
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> PResult<Expr> {
        super::deep(|| self.nested(Self::unary_here))
    }

    fn unary_here(&mut self) -> PResult<Expr> {
        let pos = self.pos();
        match self.tok() {
            Tok::Op(op @ ("+" | "-" | "!" | "^")) => {
                let op = *op;
                self.bump();
                let x = self.unary()?;
                Ok(Expr {
                    pos,
                    kind: ExprKind::Unary(op, Box::new(x)),
                })
            }
            Tok::Op("&") | Tok::Op("*") | Tok::Op("<-") => {
                let what = match self.tok() {
                    Tok::Op("&") => "pointers",
                    Tok::Op("*") => "pointers",
                    _ => "channels",
                };
                self.bump();
                let _ = self.unary()?;
                Ok(Expr {
                    pos,
                    kind: ExprKind::Unsupported(what.into()),
                })
            }
            _ => self.primary(),
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
            Tok::Imag => {
                self.bump();
                ExprKind::Unsupported("complex numbers".into())
            }
            Tok::Char(c) => {
                self.bump();
                ExprKind::Char(c)
            }
            Tok::Str(s) => {
                self.bump();
                ExprKind::Str(s)
            }
            Tok::Op("(") => {
                self.bump();
                let saved = self.no_lit;
                self.no_lit = false;
                let e = self.expr();
                self.no_lit = saved;
                let e = e?;
                self.expect_op(")", "")?;
                ExprKind::Paren(Box::new(e))
            }
            Tok::Op("[") => {
                let t = self.type_expr()?;
                if self.is_op("{") {
                    self.skip_braces();
                    ExprKind::Unsupported("composite literals".into())
                } else {
                    ExprKind::Type(t)
                }
            }
            Tok::Kw("func") => {
                self.bump();
                let _ = self.params()?;
                if !self.is_op("{") {
                    let _ = self.type_expr();
                }
                if self.is_op("{") {
                    self.skip_braces();
                }
                ExprKind::Unsupported("function literals".into())
            }
            Tok::Kw("map") | Tok::Kw("struct") | Tok::Kw("chan") | Tok::Kw("interface") => {
                let t = self.type_expr()?;
                if self.is_op("{") {
                    self.skip_braces();
                }
                match t {
                    TypeExpr::Unsupported(what, _) => ExprKind::Unsupported(what),
                    _ => ExprKind::Unsupported("composite literals".into()),
                }
            }
            _ => {
                // As gc: report, skip to a closing bracket or a statement keyword, and stand in
                // a bad expression, so the statement's own end is judged where parsing resumes.
                if self.unexpected("expected expression").is_err() && self.gave_up {
                    return Err(());
                }
                self.advance_past_bad_expr();
                ExprKind::Unsupported("a bad expression".into())
            }
        };
        Ok(Expr { pos, kind })
    }

    fn primary(&mut self) -> PResult<Expr> {
        let mut x = self.operand()?;
        loop {
            match self.tok() {
                Tok::Op(".") => {
                    self.bump();
                    if self.is_op("(") {
                        let pos = self.pos();
                        self.skip_parens();
                        x = Expr {
                            pos,
                            kind: ExprKind::Unsupported("type assertions".into()),
                        };
                        continue;
                    }
                    let (name, pos) = self.ident()?;
                    x = Expr {
                        pos: x.pos,
                        kind: ExprKind::Selector(Box::new(x), name, pos),
                    };
                }
                Tok::Op("(") => {
                    self.bump();
                    let saved = self.no_lit;
                    self.no_lit = false;
                    let mut args = Vec::new();
                    let mut dots = false;
                    while !self.is_op(")") {
                        args.push(self.expr()?);
                        if self.is_op("...") {
                            self.bump();
                            dots = true;
                        }
                        if !self.is_op(",") {
                            break;
                        }
                        self.bump();
                    }
                    self.no_lit = saved;
                    if !self.is_op(")") {
                        self.unexpected("in argument list; possibly missing comma or )")?;
                    }
                    self.bump();
                    x = Expr {
                        pos: x.pos,
                        kind: ExprKind::Call(Box::new(x), args, dots),
                    };
                }
                Tok::Op("[") => {
                    self.bump();
                    let saved = self.no_lit;
                    self.no_lit = false;
                    let lo = if self.is_op(":") {
                        None
                    } else {
                        Some(Box::new(self.expr()?))
                    };
                    if self.is_op(":") {
                        self.bump();
                        let hi = if self.is_op("]") {
                            None
                        } else {
                            Some(Box::new(self.expr()?))
                        };
                        if self.is_op(":") {
                            self.no_lit = saved;
                            self.unexpected("expected ]")?;
                        }
                        self.no_lit = saved;
                        self.expect_op("]", "")?;
                        x = Expr {
                            pos: x.pos,
                            kind: ExprKind::Slice(Box::new(x), lo, hi),
                        };
                    } else {
                        self.no_lit = saved;
                        self.expect_op("]", "")?;
                        let i = lo.ok_or(())?;
                        x = Expr {
                            pos: x.pos,
                            kind: ExprKind::Index(Box::new(x), i),
                        };
                    }
                }
                Tok::Op("{")
                    if !self.no_lit
                        && matches!(x.kind, ExprKind::Ident(_) | ExprKind::Selector(..)) =>
                {
                    self.skip_braces();
                    x = Expr {
                        pos: x.pos,
                        kind: ExprKind::Unsupported("composite literals".into()),
                    };
                }
                _ => break,
            }
        }
        Ok(x)
    }

    fn skip_parens(&mut self) {
        let mut depth = 0;
        loop {
            match self.tok() {
                Tok::Op("(") => depth += 1,
                Tok::Op(")") => {
                    depth -= 1;
                    if depth == 0 {
                        self.bump();
                        return;
                    }
                }
                Tok::Eof => return,
                _ => {}
            }
            self.bump();
        }
    }
}
