//! Go's syntax: tokens ([`token`]), the lexer with automatic semicolons ([`lexer`]), the syntax
//! tree of the whole Go 1.27 grammar ([`ast`]) and the parser ([`parser`]).
//!
//! The parser accepts everything gc accepts, including what later phases still reject with
//! "memrun: … is not supported yet": a valid program never gets a memrun syntax error.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod print;
pub mod token;

pub use token::Pos;

/// The result of parsing one file: its tree (None if not even the package clause parsed) and
/// the lexing and parsing errors, as (offset, message) in file order per source.
pub struct Parsed {
    /// The syntax tree.
    pub file: Option<ast::File>,
    /// Errors about the file's bytes and tokens.
    pub lex_errors: Vec<(Pos, String)>,
    /// Syntax errors.
    pub syntax_errors: Vec<(Pos, String)>,
}

/// Lexes and parses one file.
pub fn parse(text: &[u8]) -> Parsed {
    let (toks, lex_errors) = lexer::Lexer::new(text).tokens();
    let mut p = parser::Parser::new(toks);
    let mut file = p.file();
    if let Some(f) = &mut file {
        for d in &mut f.decls {
            if let ast::Decl::Func(fd) = d {
                fd.noinline = directive_above(text, fd.pos, "//go:noinline");
            }
        }
    }
    Parsed {
        file,
        lex_errors,
        syntax_errors: p.errors,
    }
}

/// Whether the comment lines right above offset `pos` (no blank line between) include the
/// directive `d` (a whole line starting with it, as gc reads `//go:` directives).
fn directive_above(text: &[u8], pos: Pos, d: &str) -> bool {
    let before = &text[..(pos as usize).min(text.len())];
    let mut lines = before.split(|&b| b == b'\n').rev();
    // The part of the declaration's own line before `func`.
    lines.next();
    for line in lines {
        let line = line.trim_ascii();
        if !line.starts_with(b"//") {
            return false;
        }
        if line == d.as_bytes() || line.starts_with(format!("{d} ").as_bytes()) {
            return true;
        }
    }
    false
}
