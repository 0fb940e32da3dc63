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
    let file = p.file();
    Parsed {
        file,
        lex_errors,
        syntax_errors: p.errors,
    }
}
