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
    let (toks, lex_errors, directives) = lexer::Lexer::new(text).tokens_and_directives();
    let mut p = parser::Parser::new(toks);
    let mut file = p.file();
    if let Some(f) = &mut file {
        attach_directives(f, &directives);
    }
    Parsed {
        file,
        lex_errors,
        syntax_errors: p.errors,
    }
}

/// Marks the functions gc never inlines for a directive: gc's parser gives the `//go:` lines
/// met since the previous declaration (across blank lines and other comments) to the next
/// top-level declaration.
fn attach_directives(f: &mut ast::File, directives: &[(Pos, String)]) {
    /// The directives that keep gc from inlining a function.
    const NOT_INLINED: [&str; 5] = [
        "//go:noinline",
        "//go:uintptrescapes",
        "//go:uintptrkeepalive",
        "//go:cgo_unsafe_args",
        "//go:yeswritebarrierrec",
    ];
    let start = |d: &ast::Decl| match d {
        ast::Decl::Func(fd) => Some(fd.pos),
        ast::Decl::Var(specs) => specs.first().and_then(|s| s.names.first()).map(|n| n.1),
        ast::Decl::Const(specs) => specs.first().and_then(|s| s.names.first()).map(|n| n.1),
        ast::Decl::Type(_, pos) => Some(*pos),
    };
    let mut starts: Vec<(Pos, usize)> = f
        .decls
        .iter()
        .enumerate()
        .filter_map(|(i, d)| Some((start(d)?, i)))
        .collect();
    starts.sort();
    for (pos, text) in directives {
        // The verb is the text up to the first space (a tab makes none, measured).
        let verb = text.split(' ').next().unwrap_or("");
        if !NOT_INLINED.contains(&verb) {
            continue;
        }
        let next = starts.partition_point(|&(p, _)| p <= *pos);
        if let Some(&(_, i)) = starts.get(next) {
            if let ast::Decl::Func(fd) = &mut f.decls[i] {
                fd.noinline = true;
            }
        }
    }
}
