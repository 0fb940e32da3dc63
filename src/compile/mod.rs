//! The built-in Go compiler: source → tokens → AST → checked program → Cranelift IR → machine
//! code → in-memory linker → ELF bytes. Nothing is written to disk at any stage.
//!
//! The runtime (`runtime/runtime.go`) is Go source compiled by this same compiler together with
//! the program; only functions reachable from the entry point are compiled.

pub mod ast;
pub mod check;
pub mod diag;
pub mod lexer;
pub mod link;
pub mod lower;
pub mod parser;
pub mod rtlib;
pub mod source;
pub mod tir;
pub mod types;

use std::cell::RefCell;

pub use diag::{Diagnostic, Diagnostics};
pub use source::SourceFile;

/// The runtime's source (compiled ahead of time into `runtime/runtime.bin`, see [`rtlib`]).
pub const RUNTIME_SOURCE: &str = include_str!("runtime/runtime.go");

thread_local! {
    static CURRENT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The function being compiled right now, for the "compiler bug" report of a panic hook.
pub fn current_function() -> Option<String> {
    CURRENT.with(|c| {
        let c = c.borrow();
        (!c.is_empty()).then(|| c.clone())
    })
}

fn set_current(name: &str) {
    CURRENT.with(|c| *c.borrow_mut() = name.to_owned());
}

/// Compiles a `package main` program to a static ELF executable held in memory.
pub fn compile(sources: &[SourceFile]) -> Result<Vec<u8>, Diagnostics> {
    on_big_stack(|| {
        let prog = check_here(sources)?;
        back_end(sources, &prog)
    })
}

/// Runs `f`, first moving to a fresh stack segment when less than 256 KiB of stack is left
/// (`stacker`, as rustc does): the recursive phases call it at every nesting level, so no input
/// nesting can overflow the compiler's stack, only use memory.
pub(crate) fn deep<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(256 << 10, 16 << 20, f)
}

/// Stack for the compiler's thread: the parser, checker and lowering recurse over the syntax
/// tree, and gc accepts programs nested thousands deep (its goroutine stacks grow to 1 GB). The
/// mapping is address space only; pages are touched as deep inputs need them.
const COMPILER_STACK: usize = 1 << 30;

/// Runs `f` on a thread with [`COMPILER_STACK`] bytes of stack (and its result and every value
/// it drops stay there, so a deep syntax tree is also freed there). If the system refuses the
/// mapping (strict overcommit, `ulimit -v`), `f` runs on the caller's stack instead, where the
/// nesting limits still keep it from overflowing on ordinary inputs.
fn on_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    let slot = std::sync::Mutex::new(Some(f));
    let ran = std::thread::scope(|s| {
        let spawned = std::thread::Builder::new()
            .name("memrun-compile".into())
            .stack_size(COMPILER_STACK)
            .spawn_scoped(s, || {
                let f = slot.lock().ok().and_then(|mut g| g.take());
                f.map(|f| f())
            });
        match spawned {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|payload| std::panic::resume_unwind(payload)),
            Err(_) => None,
        }
    });
    match ran {
        Some(r) => r,
        None => {
            let f = slot.into_inner().ok().flatten();
            f.expect("the compile closure neither ran nor stayed")()
        }
    }
}

/// The front end alone: lex, parse and type-check, returning the checked program or gc-format
/// diagnostics (what `--toolchain auto` and the compile-speed bench need).
pub fn check(sources: &[SourceFile]) -> Result<tir::Program, Diagnostics> {
    on_big_stack(|| check_here(sources))
}

/// [`check`] on the current thread.
fn check_here(sources: &[SourceFile]) -> Result<tir::Program, Diagnostics> {
    let files: Vec<SourceFile> = sources.to_vec();
    let maps: Vec<lexer::LineMap> = files
        .iter()
        .map(|f| lexer::LineMap::new(&f.bytes))
        .collect();
    let mut diags = Vec::new();
    let mut parsed = Vec::new();
    for (i, f) in files.iter().enumerate() {
        set_current(&f.name);
        let (toks, lex_errors) = lexer::Lexer::new(&f.bytes).tokens();
        diags.extend(lexer::diagnostics(&f.name, &maps[i], &lex_errors));
        let mut p = parser::Parser::new(toks);
        let file = p.file();
        diags.extend(lexer::diagnostics(&f.name, &maps[i], &p.errors));
        parsed.push(file);
    }
    if !diags.is_empty() {
        // Like gc, report only the first syntax error of each line.
        let mut d = finish(diags);
        d.0.dedup_by(|b, a| a.file == b.file && a.line == b.line);
        return Err(d);
    }
    let refs: Vec<check::FileRef> = parsed
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            f.as_ref().map(|ast| check::FileRef {
                index: i,
                ast,
                runtime: false,
            })
        })
        .collect();
    set_current("type checking");
    let (prog, errors) = check::Checker::new(&refs).check();
    if !errors.is_empty() {
        for (fi, pos, msg, unsupported) in errors {
            let index = refs[fi].index;
            let (line, col) = maps[index].line_col(pos);
            diags.push(Diagnostic {
                file: files[index].name.clone(),
                line,
                col,
                msg,
                unsupported,
            });
        }
        return Err(finish(diags));
    }
    Ok(prog)
}

/// Code generation and linking of a checked program.
fn back_end(sources: &[SourceFile], prog: &tir::Program) -> Result<Vec<u8>, Diagnostics> {
    let internal = |msg: String| {
        let file = sources.first().map(|s| s.name.clone()).unwrap_or_default();
        Diagnostics(vec![Diagnostic {
            file,
            line: 1,
            col: 1,
            msg: format!("memrun: internal compiler error: {msg} (please report this bug)"),
            unsupported: true,
        }])
    };
    let lib = rtlib::get();
    let lower = lower::Lower::new(prog, Some(lib)).map_err(internal)?;
    let out = lower.run().map_err(internal)?;
    set_current("linking");
    let globals: Vec<u32> = prog
        .globals
        .iter()
        .zip(&out.globals)
        .map(|(g, s)| if g.external { 0 } else { *s })
        .collect();
    let image = link::link(&link::Input {
        funcs: &out.funcs,
        strings: &out.strings,
        globals: &globals,
        entry: prog.entry.ok_or_else(|| internal("no entry".into()))?,
        lib,
    })
    .map_err(internal)?;
    set_current("");
    Ok(image)
}

fn finish(diags: Vec<Diagnostic>) -> Diagnostics {
    let mut d = Diagnostics(diags);
    d.sort();
    d
}
