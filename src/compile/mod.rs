//! The built-in Go compiler: source → tokens → AST → checked AST → Cranelift IR → machine code →
//! in-memory linker → ELF bytes.

pub mod diag;
pub mod source;

pub use diag::{Diagnostic, Diagnostics};
pub use source::SourceFile;

/// Compiles a `package main` program to a static ELF executable held in memory.
pub fn compile(sources: &[SourceFile]) -> Result<Vec<u8>, Diagnostics> {
    let file = sources.first().map(|s| s.name.clone()).unwrap_or_default();
    Err(Diagnostics(vec![Diagnostic {
        file,
        line: 1,
        col: 1,
        msg: "memrun: the built-in compiler does not handle this program yet".into(),
        unsupported: true,
    }]))
}
