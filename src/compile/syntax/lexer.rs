//! Go tokens, with the spec's automatic semicolon insertion. A leading `#!` line is skipped so
//! Go files can be scripts.

use super::token::{Kw, Op, Pos, Tok, Token};
use crate::compile::diag::Diagnostic;

/// Maps byte offsets to 1-based line and column.
#[derive(Debug, Clone)]
pub struct LineMap {
    starts: Vec<u32>,
}

impl LineMap {
    /// Indexes the line starts of `text`.
    pub fn new(text: &[u8]) -> LineMap {
        let mut starts = vec![0];
        for (i, &b) in text.iter().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineMap { starts }
    }

    /// 1-based (line, column) of a byte offset; columns count bytes, as gc does.
    pub fn line_col(&self, pos: Pos) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s <= pos);
        let start = self.starts[line - 1];
        (line as u32, pos - start + 1)
    }
}

/// True for the errors about a file's bytes (NUL, invalid UTF-8, an inner byte order mark), after
/// which the tokens are still those gc sees, so type checking goes on.
pub fn is_encoding_error(msg: &str) -> bool {
    matches!(
        msg,
        "invalid NUL character"
            | "invalid UTF-8 encoding"
            | "invalid BOM in the middle of the file"
    )
}

/// The most lexical errors kept for one file.
const MAX_ERRORS: usize = 500;

/// The byte order mark, allowed only as a file's first character.
const BOM: char = '\u{feff}';

/// Where `text` breaks the rule that Go source is UTF-8 without NULs or inner byte order marks,
/// in gc's words: one error per offending character (each invalid byte counts as one, as Go's
/// UTF-8 decoder reads it).
fn encoding_errors(text: &[u8]) -> Vec<(Pos, String)> {
    let mut errors = Vec::new();
    let mut at = 0usize;
    for chunk in text.utf8_chunks() {
        if errors.len() >= MAX_ERRORS {
            break;
        }
        let valid = chunk.valid();
        for (i, ch) in valid.char_indices() {
            let pos = (at + i) as Pos;
            if ch == '\0' {
                errors.push((pos, "invalid NUL character".to_owned()));
            } else if ch == BOM && at + i != 0 {
                errors.push((pos, "invalid BOM in the middle of the file".to_owned()));
            }
        }
        at += valid.len();
        for _ in chunk.invalid() {
            errors.push((at as Pos, "invalid UTF-8 encoding".to_owned()));
            at += 1;
        }
    }
    errors
}

/// Turns a file's text into tokens, collecting errors in gc's wording.
pub struct Lexer<'a> {
    src: &'a [u8],
    i: usize,
    last_allows_semi: bool,
    /// Errors found, as (offset, message).
    pub errors: Vec<(Pos, String)>,
    /// `//go:` directives: comments at the very start of a line, as (offset, text).
    pub directives: Vec<(Pos, String)>,
}

impl<'a> Lexer<'a> {
    /// A lexer over `text`, which need not be valid UTF-8: like gc, the lexer reports NUL bytes,
    /// invalid UTF-8 and byte order marks after the start where they are, then goes on (a NUL is
    /// skipped, an invalid byte reads as U+FFFD).
    pub fn new(text: &'a [u8]) -> Lexer<'a> {
        let mut i = 0;
        if text.starts_with("\u{feff}".as_bytes()) {
            i = BOM.len_utf8();
        }
        if text[i..].starts_with(b"#!") {
            i = text[i..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(text.len(), |n| i + n);
        }
        Lexer {
            src: text,
            i,
            last_allows_semi: false,
            errors: encoding_errors(text),
            directives: Vec::new(),
        }
    }

    fn err(&mut self, pos: usize, msg: impl Into<String>) {
        // gc reports ten errors; keeping more than a few hundred would only cost memory on a
        // file of garbage.
        if self.errors.len() < MAX_ERRORS {
            self.errors.push((pos as Pos, msg.into()));
        }
    }

    fn peek(&self, k: usize) -> u8 {
        *self.src.get(self.i + k).unwrap_or(&0)
    }

    /// All tokens, ending with `Eof`, and the errors.
    pub fn tokens(self) -> (Vec<Token>, Vec<(Pos, String)>) {
        let (toks, errors, _) = self.tokens_and_directives();
        (toks, errors)
    }

    /// All tokens, ending with `Eof`, the errors, and the `//go:` directives.
    #[allow(clippy::type_complexity)]
    pub fn tokens_and_directives(mut self) -> (Vec<Token>, Vec<(Pos, String)>, Vec<(Pos, String)>) {
        let mut out = Vec::new();
        loop {
            let t = self.next();
            let eof = t.tok == Tok::Eof;
            out.push(t);
            if eof {
                break;
            }
        }
        (out, self.errors, self.directives)
    }

    fn semi_here(&mut self, pos: usize) -> Option<Token> {
        if self.last_allows_semi {
            self.last_allows_semi = false;
            Some(Token {
                tok: Tok::Semi(true),
                pos: pos as Pos,
            })
        } else {
            None
        }
    }

    fn next(&mut self) -> Token {
        // A loop, not recursion, over skipped characters: a file of them must not exhaust the
        // stack.
        loop {
            if let Some(t) = self.next_or_skip() {
                return t;
            }
        }
    }

    /// The next token, or None after skipping an invalid character (reported).
    fn next_or_skip(&mut self) -> Option<Token> {
        // Skip whitespace and comments; a newline (or a comment containing one) may end a line.
        loop {
            let c = self.peek(0);
            match c {
                b' ' | b'\t' | b'\r' => self.i += 1,
                // A NUL (already reported) is skipped, as gc does.
                0 if self.i < self.src.len() => self.i += 1,
                b'\n' => {
                    if let Some(t) = self.semi_here(self.i) {
                        self.i += 1;
                        return Some(t);
                    }
                    self.i += 1;
                }
                b'/' if self.peek(1) == b'/' => {
                    let start = self.i;
                    while self.i < self.src.len() && self.src[self.i] != b'\n' {
                        self.i += 1;
                    }
                    let text = &self.src[start..self.i];
                    if text.starts_with(b"//go:") && (start == 0 || self.src[start - 1] == b'\n') {
                        let text = String::from_utf8_lossy(text).trim_end().to_string();
                        self.directives.push((start as Pos, text));
                    }
                }
                b'/' if self.peek(1) == b'*' => {
                    let start = self.i;
                    self.i += 2;
                    let mut newline = false;
                    loop {
                        if self.i >= self.src.len() {
                            self.err(start, "comment not terminated");
                            break;
                        }
                        if self.src[self.i] == b'*' && self.peek(1) == b'/' {
                            self.i += 2;
                            break;
                        }
                        newline |= self.src[self.i] == b'\n';
                        self.i += 1;
                    }
                    if newline {
                        if let Some(t) = self.semi_here(start) {
                            return Some(t);
                        }
                    }
                }
                _ => break,
            }
        }
        let start = self.i;
        if self.i >= self.src.len() {
            if let Some(t) = self.semi_here(start) {
                return Some(t);
            }
            return Some(Token {
                tok: Tok::Eof,
                pos: start as Pos,
            });
        }
        let c = self.src[self.i];
        let tok = if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            self.ident(start)?
        } else if c.is_ascii_digit() || (c == b'.' && self.peek(1).is_ascii_digit()) {
            self.number(start)
        } else if c == b'"' {
            self.string(start)
        } else if c == b'`' {
            self.raw_string(start)
        } else if c == b'\'' {
            self.rune(start)
        } else {
            let rest = &self.src[self.i..];
            if c == b';' {
                self.i += 1;
                Tok::Semi(false)
            } else if let Some(op) = Op::munch(rest) {
                self.i += op.text().len();
                Tok::Op(op)
            } else {
                self.i += 1;
                self.err(
                    start,
                    format!("invalid character U+{:04X} '{}'", c, c as char),
                );
                return None;
            }
        };
        self.last_allows_semi = matches!(
            &tok,
            Tok::Ident(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Char(_)
                | Tok::Str(_)
                | Tok::Kw(Kw::Break | Kw::Continue | Kw::Fallthrough | Kw::Return)
                | Tok::Op(Op::Inc | Op::Dec | Op::RParen | Op::RBrack | Op::RBrace)
        );
        Some(Token {
            tok,
            pos: start as Pos,
        })
    }

    /// Decodes the char at byte offset `i` (looking at no more than 4 bytes, so scanning stays
    /// linear), or None for invalid UTF-8.
    fn char_at(&self, i: usize) -> Option<char> {
        let end = (i + 4).min(self.src.len());
        let window = &self.src[i..end];
        let valid = match std::str::from_utf8(window) {
            Ok(s) => s,
            Err(e) => std::str::from_utf8(&window[..e.valid_up_to()]).ok()?,
        };
        valid.chars().next()
    }

    /// An identifier or keyword, or None after skipping a character that cannot start one.
    fn ident(&mut self, start: usize) -> Option<Tok> {
        let mut end = start;
        while end < self.src.len() {
            let b = self.src[end];
            if b.is_ascii_alphanumeric() || b == b'_' {
                end += 1;
                continue;
            }
            if b < 0x80 {
                break;
            }
            match self.char_at(end) {
                Some(ch) if ch.is_alphanumeric() => end += ch.len_utf8(),
                // Reported by `encoding_errors`.
                Some(BOM) if end == start => {
                    self.i = start + BOM.len_utf8();
                    return None;
                }
                Some(ch) if end == start => {
                    self.i = start + ch.len_utf8();
                    self.err(
                        start,
                        format!("invalid character U+{:04X} '{}'", ch as u32, ch),
                    );
                    return None;
                }
                // Reported by `encoding_errors`.
                None if end == start => {
                    self.i = start + 1;
                    return None;
                }
                _ => break,
            }
        }
        self.i = end;
        let word = std::str::from_utf8(&self.src[start..end]).unwrap_or("");
        Some(match Kw::from_word(word) {
            Some(k) => Tok::Kw(k),
            None => Tok::Ident(word.to_owned()),
        })
    }

    fn number(&mut self, start: usize) -> Tok {
        let mut s = String::new();
        let mut is_float = false;
        let (base, prefix) = if self.peek(0) == b'0' && matches!(self.peek(1), b'x' | b'X') {
            (16, 2)
        } else if self.peek(0) == b'0' && matches!(self.peek(1), b'b' | b'B') {
            (2, 2)
        } else if self.peek(0) == b'0' && matches!(self.peek(1), b'o' | b'O') {
            (8, 2)
        } else {
            (10, 0)
        };
        s.push_str(std::str::from_utf8(&self.src[self.i..self.i + prefix]).unwrap_or(""));
        self.i += prefix;
        loop {
            let c = self.peek(0);
            let digit = c.is_ascii_digit()
                || (base == 16 && c.is_ascii_hexdigit())
                || c == b'_'
                || (base == 10 && c.is_ascii_alphabetic() && !matches!(c, b'e' | b'E' | b'i'));
            if digit {
                if c != b'_' {
                    s.push(c as char);
                }
                self.i += 1;
            } else if c == b'.' && (base == 10 || base == 16) {
                is_float = true;
                s.push('.');
                self.i += 1;
            } else if matches!(c, b'e' | b'E') && base == 10 {
                is_float = true;
                s.push('e');
                self.i += 1;
                if matches!(self.peek(0), b'+' | b'-') {
                    s.push(self.peek(0) as char);
                    self.i += 1;
                }
            } else if matches!(c, b'p' | b'P') && base == 16 {
                is_float = true;
                s.push('p');
                self.i += 1;
                if matches!(self.peek(0), b'+' | b'-') {
                    s.push(self.peek(0) as char);
                    self.i += 1;
                }
            } else {
                break;
            }
        }
        if let Some(at) = invalid_separator(&self.src[start..self.i]) {
            self.err(start + at, "'_' must separate successive digits");
        }
        if self.peek(0) == b'i' {
            self.i += 1;
            s.push('i');
            return Tok::Imag(s);
        }
        if is_float {
            return Tok::Float(s);
        }
        // Validate digits for the base.
        let digits = &s[prefix..];
        let base = if base == 10 && s.len() > 1 && s.starts_with('0') {
            8
        } else {
            base
        };
        if digits.is_empty() && prefix > 0 {
            self.err(start, format!("{} literal has no digits", base_name(base)));
        } else if let Some(bad) = digits.chars().find(|c| !c.is_digit(base)) {
            self.err(
                start,
                format!("invalid digit '{}' in {} literal", bad, base_name(base)),
            );
        }
        Tok::Int(s)
    }

    fn escape(&mut self, quote: u8, out: &mut Vec<u8>) -> Option<u32> {
        // At a backslash.
        let start = self.i;
        self.i += 1;
        let c = self.peek(0);
        self.i += 1;
        let simple = match c {
            b'a' => Some(7),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(10),
            b'r' => Some(13),
            b't' => Some(9),
            b'v' => Some(11),
            b'\\' => Some(b'\\'),
            _ if c == quote => Some(quote),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            return Some(u32::from(b));
        }
        let (n, base, is_byte) = match c {
            b'0'..=b'7' => {
                self.i -= 1;
                (3, 8, true)
            }
            b'x' => (2, 16, true),
            b'u' => (4, 16, false),
            b'U' => (8, 16, false),
            _ => {
                // gc's words, at the character after the backslash.
                self.err(start + 1, "unknown escape");
                return None;
            }
        };
        let mut v: u32 = 0;
        for _ in 0..n {
            let d = (self.peek(0) as char).to_digit(base);
            match d {
                Some(d) => {
                    v = v.wrapping_mul(base).wrapping_add(d);
                    self.i += 1;
                }
                None => {
                    let ch = self.char_at(self.i).unwrap_or('\u{fffd}');
                    let kind = if base == 8 { "octal" } else { "hexadecimal" };
                    self.err(self.i, format!("invalid character {ch:?} in {kind} escape"));
                    return None;
                }
            }
        }
        if is_byte {
            if v > 255 {
                self.err(self.i, format!("octal escape value {v} > 255"));
                return None;
            }
            out.push(v as u8);
        } else {
            match char::from_u32(v) {
                Some(ch) => {
                    let mut buf = [0; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                None => {
                    self.err(
                        self.i,
                        format!("escape is invalid Unicode code point U+{v:04X}"),
                    );
                    return None;
                }
            }
        }
        Some(v)
    }

    fn string(&mut self, start: usize) -> Tok {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            match self.peek(0) {
                b'"' => {
                    self.i += 1;
                    break;
                }
                b'\n' => {
                    self.err(self.i, "newline in string");
                    break;
                }
                0 if self.i >= self.src.len() => {
                    self.err(start, "string literal not terminated");
                    break;
                }
                0 => self.i += 1,
                b'\\' => {
                    self.escape(b'"', &mut out);
                }
                c => {
                    out.push(c);
                    self.i += 1;
                }
            }
        }
        Tok::Str(out)
    }

    fn raw_string(&mut self, start: usize) -> Tok {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            if self.i >= self.src.len() {
                self.err(start, "raw string literal not terminated");
                break;
            }
            let c = self.src[self.i];
            self.i += 1;
            match c {
                b'`' => break,
                b'\r' | 0 => {}
                _ => out.push(c),
            }
        }
        Tok::Str(out)
    }

    fn rune(&mut self, start: usize) -> Tok {
        self.i += 1;
        let mut buf = Vec::new();
        let mut value = None;
        let mut count = 0;
        loop {
            let c = self.peek(0);
            if c == b'\'' {
                self.i += 1;
                break;
            }
            if c == b'\n' || self.i >= self.src.len() {
                self.err(start, "rune literal not terminated");
                return Tok::Char(0);
            }
            if c == 0 {
                self.i += 1;
                continue;
            }
            count += 1;
            if c == b'\\' {
                value = self.escape(b'\'', &mut buf);
            } else {
                match self.char_at(self.i) {
                    Some(ch) => {
                        self.i += ch.len_utf8();
                        value = Some(ch as u32);
                    }
                    None => {
                        self.i += 1;
                        value = Some(0xFFFD);
                    }
                }
            }
        }
        if count == 0 {
            self.err(self.i - 1, "empty rune literal or unescaped '");
        } else if count > 1 {
            self.err(start, "more than one character in rune literal");
        }
        Tok::Char(value.unwrap_or(0))
    }
}

/// Where a number literal's `_` does not separate two digits (a base prefix counts as a digit),
/// as Go's scanner judges it; None if every `_` does.
fn invalid_separator(lit: &[u8]) -> Option<usize> {
    // `prev` is the kind of the previous character: b'0' a digit, b'_', or b'.' anything else.
    let mut prev = b'.';
    let mut i = 0;
    let hex = lit.len() >= 2 && lit[0] == b'0' && matches!(lit[1] | 0x20, b'x');
    if lit.len() >= 2 && lit[0] == b'0' && matches!(lit[1] | 0x20, b'x' | b'o' | b'b') {
        prev = b'0';
        i = 2;
    }
    while i < lit.len() {
        let c = lit[i];
        let kind = if c == b'_' {
            if prev != b'0' {
                return Some(i);
            }
            b'_'
        } else if c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) {
            b'0'
        } else {
            if prev == b'_' {
                return Some(i - 1);
            }
            b'.'
        };
        prev = kind;
        i += 1;
    }
    (prev == b'_').then(|| lit.len() - 1)
}

fn base_name(base: u32) -> &'static str {
    match base {
        16 => "hexadecimal",
        8 => "octal",
        2 => "binary",
        _ => "decimal",
    }
}

/// Converts lexer errors to diagnostics for `file`.
pub fn diagnostics(file: &str, map: &LineMap, errors: &[(Pos, String)]) -> Vec<Diagnostic> {
    errors
        .iter()
        .map(|(p, m)| {
            let (line, col) = map.line_col(*p);
            Diagnostic {
                file: file.to_owned(),
                line,
                col,
                msg: m.clone(),
                unsupported: false,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Tok> {
        Lexer::new(src.as_bytes())
            .tokens()
            .0
            .into_iter()
            .map(|t| t.tok)
            .collect()
    }

    #[test]
    fn inserts_semicolons() {
        let t = kinds("x := 1\nreturn\n}\n");
        assert_eq!(
            t,
            vec![
                Tok::Ident("x".into()),
                Tok::Op(Op::Define),
                Tok::Int("1".into()),
                Tok::Semi(true),
                Tok::Kw(Kw::Return),
                Tok::Semi(true),
                Tok::Op(Op::RBrace),
                Tok::Semi(true),
                Tok::Eof
            ]
        );
    }

    #[test]
    fn literals_and_shebang() {
        let t = kinds("#!/usr/bin/env memrun\n0x_1F 'a' '\\n' \"a\\tb\" `r\\n` 1_000");
        assert_eq!(t[0], Tok::Int("0x1F".into()));
        assert_eq!(t[1], Tok::Char(97));
        assert_eq!(t[2], Tok::Char(10));
        assert_eq!(t[3], Tok::Str(b"a\tb".to_vec()));
        assert_eq!(t[4], Tok::Str(b"r\\n".to_vec()));
        assert_eq!(t[5], Tok::Int("1000".into()));
    }

    fn errors(src: &[u8]) -> Vec<(Pos, String)> {
        Lexer::new(src).tokens().1
    }

    #[test]
    fn nul_bad_utf8_and_inner_bom_are_reported_where_they_are() {
        assert_eq!(
            errors(b"x := \"a\0b\" // \xff\n"),
            vec![
                (7, "invalid NUL character".to_owned()),
                (14, "invalid UTF-8 encoding".to_owned())
            ]
        );
        assert_eq!(
            errors("\u{feff}x \u{feff}y".as_bytes()),
            vec![(5, "invalid BOM in the middle of the file".to_owned())]
        );
        // A NUL is skipped: the literal holds the other bytes.
        assert_eq!(kinds("\"a\0b\"")[0], Tok::Str(b"ab".to_vec()));
        assert_eq!(
            errors(b"'\0'"),
            vec![
                (1, "invalid NUL character".to_owned()),
                (2, "empty rune literal or unescaped '".to_owned())
            ]
        );
    }

    #[test]
    fn underscores_must_separate_digits() {
        assert_eq!(invalid_separator(b"1_000"), None);
        assert_eq!(invalid_separator(b"0x_1F"), None);
        assert_eq!(invalid_separator(b"1__0"), Some(2));
        assert_eq!(invalid_separator(b"1_"), Some(1));
        assert_eq!(invalid_separator(b"1_.5"), Some(1));
        assert_eq!(invalid_separator(b"0_x1"), Some(1));
        assert_eq!(
            errors(b"x := 1__0"),
            vec![(7, "'_' must separate successive digits".to_owned())]
        );
    }

    #[test]
    fn line_map() {
        let m = LineMap::new(b"ab\ncd\n");
        assert_eq!(m.line_col(0), (1, 1));
        assert_eq!(m.line_col(4), (2, 2));
    }
}
