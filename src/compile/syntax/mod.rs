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
                fd.noinline = blocks_inlining(text, fd.pos);
            }
        }
    }
    Parsed {
        file,
        lex_errors,
        syntax_errors: p.errors,
    }
}

/// Whether gc's parser attaches to the declaration at offset `pos` a directive that keeps
/// gc from inlining it. gc collects every `//go:` line (at the very start of a line) met
/// since the previous declaration — across blank lines and other comments — and gives them
/// to the next declaration.
fn blocks_inlining(text: &[u8], pos: Pos) -> bool {
    const NOT_INLINED: [&str; 5] = [
        "//go:noinline",
        "//go:uintptrescapes",
        "//go:uintptrkeepalive",
        "//go:cgo_unsafe_args",
        "//go:yeswritebarrierrec",
    ];
    let before = &text[..(pos as usize).min(text.len())];
    let mut lines = before.split(|&b| b == b'\n').rev();
    // The part of the declaration's own line before `func`.
    lines.next();
    // (gc reads a directive followed by a tab as no directive, measured.)
    let mut in_block = false;
    for line in lines {
        let trimmed = line.trim_ascii();
        if in_block {
            // Inside a block comment (read upwards): it ends at its `/*`.
            if let Some(i) = line.windows(2).position(|w| w == b"/*") {
                in_block = false;
                if !line[..i].trim_ascii().is_empty() {
                    return false;
                }
            }
            continue;
        }
        if trimmed.is_empty() {
            continue;
        }
        if trimmed.starts_with(b"//") {
            let directive = NOT_INLINED.iter().any(|d| {
                line == d.as_bytes()
                    || line.starts_with(format!("{d} ").as_bytes())
                    || line.starts_with(format!("{d}\r").as_bytes())
            });
            if directive {
                return true;
            }
            continue;
        }
        if trimmed.ends_with(b"*/") {
            match trimmed.windows(2).position(|w| w == b"/*") {
                // A comment on a line of its own, or code before it.
                Some(0) => continue,
                Some(_) => return false,
                None => {
                    in_block = true;
                    continue;
                }
            }
        }
        // Code: the previous declaration took what came before.
        return false;
    }
    false
}
