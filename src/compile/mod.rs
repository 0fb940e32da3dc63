//! The built-in Go compiler: source → tokens → AST → checked program → Cranelift IR → machine
//! code → in-memory linker → ELF bytes. Nothing is written to disk at any stage.
//!
//! The runtime (`runtime/runtime.go`) is Go source compiled by this same compiler together with
//! the program; only functions reachable from the entry point are compiled.

pub mod check;
pub mod diag;
pub(crate) mod escape;
pub mod link;
pub mod lower;
pub mod rt;
pub mod rtlib;
pub mod source;
pub mod syntax;
pub mod tir;
pub mod types;

use cranelift_entity::EntityRef;
use std::cell::RefCell;
use syntax::lexer;

pub use diag::{Diagnostic, Diagnostics};
pub use source::{FileId, SourceFile};

/// A Go source file of memrun's runtime library.
#[derive(Debug, Clone, Copy)]
pub struct LibrarySource {
    /// The import path of its package.
    pub package: &'static str,
    /// File name (in diagnostics).
    pub name: &'static str,
    /// Go source.
    pub text: &'static str,
}

/// The runtime library's Go sources, compiled ahead of time into `runtime/runtime.bin` (see
/// [`rtlib`]): package runtime, then the standard packages programs import, whose declarations
/// are also the checker's package table ([`check`]).
pub const RUNTIME_LIBRARY: &[LibrarySource] = &[
    LibrarySource {
        package: "runtime",
        name: "runtime.go",
        text: include_str!("runtime/runtime.go"),
    },
    LibrarySource {
        package: "runtime",
        name: "malloc.go",
        text: include_str!("runtime/malloc.go"),
    },
    LibrarySource {
        package: "runtime",
        name: "extern.go",
        text: include_str!("runtime/extern.go"),
    },
    LibrarySource {
        package: "runtime",
        name: "sched.go",
        text: include_str!("runtime/sched.go"),
    },
    LibrarySource {
        package: "runtime",
        name: "chan.go",
        text: include_str!("runtime/chan.go"),
    },
    LibrarySource {
        package: "runtime",
        name: "float.go",
        text: include_str!("runtime/float.go"),
    },
    LibrarySource {
        package: "runtime",
        name: "map.go",
        text: include_str!("runtime/map.go"),
    },
    LibrarySource {
        package: "runtime",
        name: "iface.go",
        text: include_str!("runtime/iface.go"),
    },
    LibrarySource {
        package: "bufio",
        name: "bufio.go",
        text: include_str!("runtime/bufio.go"),
    },
    LibrarySource {
        package: "sync",
        name: "sync.go",
        text: include_str!("runtime/sync.go"),
    },
    LibrarySource {
        package: "cmp",
        name: "cmp.go",
        text: include_str!("runtime/cmp.go"),
    },
    LibrarySource {
        package: "iter",
        name: "iter.go",
        text: include_str!("runtime/iter.go"),
    },
    LibrarySource {
        package: "slices",
        name: "slices.go",
        text: include_str!("runtime/slices.go"),
    },
    LibrarySource {
        package: "maps",
        name: "maps.go",
        text: include_str!("runtime/maps.go"),
    },
    LibrarySource {
        package: "sync/atomic",
        name: "atomic.go",
        text: include_str!("runtime/atomic.go"),
    },
    LibrarySource {
        package: "context",
        name: "context.go",
        text: include_str!("runtime/context.go"),
    },
    LibrarySource {
        package: "errors",
        name: "errors.go",
        text: include_str!("runtime/errors.go"),
    },
    LibrarySource {
        package: "runtime",
        name: "ulookup.go",
        text: include_str!("runtime/ulookup.go"),
    },
    LibrarySource {
        package: "runtime",
        name: "unicode_tables.go",
        text: include_str!("runtime/unicode_tables.go"),
    },
    LibrarySource {
        package: "unicode",
        name: "unicode.go",
        text: include_str!("runtime/unicode_pkg.go"),
    },
    LibrarySource {
        package: "unicode/utf8",
        name: "utf8.go",
        text: include_str!("runtime/utf8.go"),
    },
    LibrarySource {
        package: "math",
        name: "math.go",
        text: include_str!("runtime/math.go"),
    },
    LibrarySource {
        package: "sort",
        name: "sort.go",
        text: include_str!("runtime/sort.go"),
    },
    LibrarySource {
        package: "strconv",
        name: "strconv.go",
        text: include_str!("runtime/strconv.go"),
    },
    LibrarySource {
        package: "strings",
        name: "strings.go",
        text: include_str!("runtime/strings.go"),
    },
    LibrarySource {
        package: "bytes",
        name: "bytes.go",
        text: include_str!("runtime/bytes.go"),
    },
    LibrarySource {
        package: "io",
        name: "io.go",
        text: include_str!("runtime/io.go"),
    },
    LibrarySource {
        package: "io/fs",
        name: "fs.go",
        text: include_str!("runtime/fs.go"),
    },
    LibrarySource {
        package: "syscall",
        name: "syscall.go",
        text: include_str!("runtime/syscall.go"),
    },
    LibrarySource {
        package: "time",
        name: "time.go",
        text: include_str!("runtime/time.go"),
    },
    LibrarySource {
        package: "fmt",
        name: "fmt.go",
        text: include_str!("runtime/fmt.go"),
    },
    LibrarySource {
        package: "os",
        name: "os.go",
        text: include_str!("runtime/os.go"),
    },
    LibrarySource {
        package: "flag",
        name: "flag.go",
        text: include_str!("runtime/flag.go"),
    },
    LibrarySource {
        package: "os/exec",
        name: "exec.go",
        text: include_str!("runtime/exec.go"),
    },
    LibrarySource {
        package: "encoding/hex",
        name: "hex.go",
        text: include_str!("runtime/hex.go"),
    },
    LibrarySource {
        package: "encoding/base64",
        name: "base64.go",
        text: include_str!("runtime/base64.go"),
    },
    LibrarySource {
        package: "hash",
        name: "hash.go",
        text: include_str!("runtime/hash.go"),
    },
    LibrarySource {
        package: "hash/fnv",
        name: "fnv.go",
        text: include_str!("runtime/fnv.go"),
    },
    LibrarySource {
        package: "crypto/sha256",
        name: "sha256.go",
        text: include_str!("runtime/sha256.go"),
    },
    LibrarySource {
        package: "text/tabwriter",
        name: "tabwriter.go",
        text: include_str!("runtime/tabwriter.go"),
    },
    LibrarySource {
        package: "log",
        name: "log.go",
        text: include_str!("runtime/log.go"),
    },
    LibrarySource {
        package: "path",
        name: "path.go",
        text: include_str!("runtime/path.go"),
    },
    LibrarySource {
        package: "path/filepath",
        name: "filepath.go",
        text: include_str!("runtime/filepath.go"),
    },
];

/// A phase of the compiler, named in internal-compiler-error reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Lexing and parsing a file.
    Parsing,
    /// Type checking.
    TypeChecking,
    /// Lowering to Cranelift IR and machine code.
    CodeGeneration,
    /// Laying out and writing the ELF image.
    Linking,
}

impl std::fmt::Display for Phase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Phase::Parsing => "parsing",
            Phase::TypeChecking => "type checking",
            Phase::CodeGeneration => "code generation",
            Phase::Linking => "linking",
        })
    }
}

/// A bug in memrun, never the program's fault: a Cranelift verifier or back-end error, a linker
/// inconsistency, or a panic, with the phase and the function (or file) it happened in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("internal compiler error in {phase}{}: {message}", .function.as_ref().map(|f| format!(" while compiling {f}")).unwrap_or_default())]
pub struct InternalError {
    /// Where in the pipeline.
    pub phase: Phase,
    /// The function (or, while parsing, the file) being compiled.
    pub function: Option<String>,
    /// What went wrong.
    pub message: String,
}

/// Why the built-in compiler produced no image.
#[derive(Debug, Clone, thiserror::Error)]
pub enum CompileError {
    /// The program has errors, or uses what memrun does not compile yet: gc-format diagnostics.
    #[error("{0}")]
    Rejected(Diagnostics),
    /// A bug in memrun.
    #[error(transparent)]
    Internal(#[from] InternalError),
}

thread_local! {
    /// The phase and the function (or file) being compiled on this thread, for reports of bugs.
    static CURRENT: RefCell<(Phase, String)> = const { RefCell::new((Phase::Parsing, String::new())) };
    /// Where the last panic on this thread happened (`file:line` in memrun's source), noted by
    /// the CLI's panic hook.
    static PANIC_AT: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Set while the compiler runs on this thread.
    static IN_COMPILER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The function being compiled on this thread right now, if any.
pub fn current_function() -> Option<String> {
    CURRENT.with(|c| {
        let c = c.borrow();
        (!c.1.is_empty()).then(|| c.1.clone())
    })
}

/// The phase this thread is in.
pub fn current_phase() -> Phase {
    CURRENT.with(|c| c.borrow().0)
}

/// Records the phase and the function (or file) about to be compiled.
pub(crate) fn set_current(phase: Phase, name: &str) {
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        c.0 = phase;
        c.1.clear();
        c.1.push_str(name);
    });
}

/// True while this thread runs the compiler, whose panics [`compile`] catches and reports as
/// internal compiler errors (a panic hook should then only [`note_panic_location`]).
pub fn in_compiler() -> bool {
    IN_COMPILER.with(|c| c.get())
}

/// Notes where a panic happened, for the internal-compiler-error report that [`compile`] makes
/// of it (a panic hook is the only place that knows).
pub fn note_panic_location(at: String) {
    PANIC_AT.with(|p| *p.borrow_mut() = Some(at));
}

/// The text a panic was raised with (`panic!("…")`'s message), for reports of bugs.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// The name of the thread the compiler runs on when an input needs a big stack.
pub const COMPILER_THREAD: &str = "memrun-compile";

/// Compiles a `package main` program to a static ELF executable held in memory.
pub fn compile(sources: &[SourceFile]) -> Result<Vec<u8>, CompileError> {
    guarded(sources, || match pipeline(sources, Unit::Program)? {
        Artifact::Image(image) => Ok(image),
        Artifact::Library(_) => Err(InternalError {
            phase: Phase::Linking,
            function: None,
            message: "a program compiled to a library".into(),
        }
        .into()),
    })
}

/// What a compilation makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A program (package main), linked with the precompiled runtime library into an image.
    Program,
    /// The runtime library itself, from its Go sources ([`RUNTIME_LIBRARY`]).
    Library,
}

/// What a compilation made.
pub enum Artifact {
    /// An executable ELF image.
    Image(Vec<u8>),
    /// A runtime library.
    Library(Box<rtlib::RuntimeLib>),
}

/// The compiler's one pipeline, for programs and for the runtime library alike: lex, parse,
/// check, lower, then link an image or package the library. Every entry point goes through it
/// (or, for [`check`], through its front end).
pub fn pipeline(sources: &[SourceFile], unit: Unit) -> Result<Artifact, CompileError> {
    let prog = front_end(sources, unit).map_err(CompileError::Rejected)?;
    Ok(back_end(&prog, unit)?)
}

/// Runs a compiler entry point over `sources` where it has stack enough, turning a panic into
/// an [`InternalError`] that names the phase and function.
fn guarded<T: Send>(
    sources: &[SourceFile],
    f: impl FnOnce() -> Result<T, CompileError> + Send,
) -> Result<T, CompileError> {
    let size: usize = sources.iter().map(|s| s.bytes.len()).sum();
    on_big_stack(size, || {
        let outer = IN_COMPILER.with(|c| c.replace(true));
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
        IN_COMPILER.with(|c| c.set(outer));
        match r {
            Ok(r) => r,
            Err(payload) => {
                let msg = panic_message(&*payload);
                let at = PANIC_AT.with(|p| p.borrow_mut().take());
                Err(CompileError::Internal(InternalError {
                    phase: current_phase(),
                    function: current_function(),
                    message: match at {
                        Some(at) => format!("{msg} (at {at})"),
                        None => msg,
                    },
                }))
            }
        }
    })
}

/// Nesting levels every thread's stack holds without a check (≤ 64 recursive frames of the
/// parser, checker or lowering: well under 2 MiB even unoptimised). Ordinary programs never
/// nest deeper, so they never pay for [`deep`]'s stack measurement (`stacker` reads
/// `/proc/self/maps` the first time on the main thread).
const SHALLOW: u32 = 64;

thread_local! {
    /// Recursion depth of [`deep`] on this thread.
    static DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Restores [`DEPTH`] when a level ends, by return or by unwinding.
struct Level(u32);

impl Drop for Level {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(self.0));
    }
}

/// Runs `f` one nesting level deeper. Beyond [`SHALLOW`] levels it first moves to a fresh
/// stack segment when less than 256 KiB of stack is left (`stacker`, as rustc does): the
/// recursive phases call it at every level, so no input nesting can overflow the compiler's
/// stack, only use memory.
pub(crate) fn deep<R>(f: impl FnOnce() -> R) -> R {
    let depth = DEPTH.with(|d| {
        let v = d.get();
        d.set(v + 1);
        v
    });
    let _level = Level(depth);
    if depth < SHALLOW {
        f()
    } else {
        stacker::maybe_grow(256 << 10, 16 << 20, f)
    }
}

/// Stack for the compiler's thread: the parser, checker and lowering recurse over the syntax
/// tree, and gc accepts programs nested thousands deep (its goroutine stacks grow to 1 GB). The
/// mapping is address space only; pages are touched as deep inputs need them.
const COMPILER_STACK: usize = 1 << 30;

/// Inputs up to this size compile on the caller's thread. Nesting is at most one level per
/// byte, and what [`deep`] does not guard — dropping a syntax tree, small recursive helpers —
/// needs well under 2 MiB of stack for 8 KiB of input. A thread costs ~0.17 ms (a new malloc
/// arena among it), 12% of `memrun run hello.go`, so small scripts do without.
const DIRECT_MAX: usize = 8 << 10;

/// Runs `f` for an input of `size` bytes where its recursion has room: on the caller's thread
/// for a small input, else on a thread with [`COMPILER_STACK`] bytes of stack (its result and
/// every value it drops stay there, so a deep syntax tree is freed there too). If the system
/// refuses that mapping (strict overcommit, `ulimit -v`), `f` runs on the caller's stack
/// anyway, where [`deep`] still grows it at every nesting level.
fn on_big_stack<T: Send>(size: usize, f: impl FnOnce() -> T + Send) -> T {
    if size <= DIRECT_MAX {
        return f();
    }
    let slot = std::sync::Mutex::new(Some(f));
    let ran = std::thread::scope(|s| {
        let spawned = std::thread::Builder::new()
            .name(COMPILER_THREAD.into())
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

/// The front end alone: lex, parse and type-check, with gc-format diagnostics if the program
/// is rejected (what the compile-speed benches measure). The checked program is dropped where
/// it was built: a deeply nested one needs the compiler's stack to be taken apart.
pub fn check(sources: &[SourceFile]) -> Result<(), CompileError> {
    guarded(sources, || {
        front_end(sources, Unit::Program)
            .map(drop)
            .map_err(CompileError::Rejected)
    })
}

/// The front end on the current thread: lex, parse, check.
pub(crate) fn front_end(sources: &[SourceFile], unit: Unit) -> Result<tir::Program, Diagnostics> {
    let files = sources;
    let maps: Vec<lexer::LineMap> = files
        .iter()
        .map(|f| lexer::LineMap::new(&f.bytes))
        .collect();
    // Like gc: errors of the lexer (a NUL, invalid UTF-8, a bad escape) are reported and the
    // compilation goes on to type checking; a syntax error ends it after parsing.
    let mut diags = Vec::new();
    let mut syntax = Vec::new();
    let mut parsed = Vec::new();
    for (i, f) in files.iter().enumerate() {
        set_current(Phase::Parsing, &f.name);
        let p = syntax::parse(&f.bytes);
        diags.extend(lexer::diagnostics(&f.name, &maps[i], &p.lex_errors));
        syntax.extend(lexer::diagnostics(&f.name, &maps[i], &p.syntax_errors));
        parsed.push(p.file);
    }
    // A malformed literal (bad escape, unterminated string) stands for no value the checker
    // could judge: gc marks it bad and stays quiet about it; memrun stops here instead of
    // checking a made-up value. Encoding errors leave the tokens intact, so checking goes on.
    let encoding_only = diags.iter().all(|d| lexer::is_encoding_error(&d.msg));
    if !syntax.is_empty() || !encoding_only {
        diags.extend(syntax);
        return Err(finish(diags));
    }
    let refs: Vec<check::FileRef> = parsed
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            f.as_ref().map(|ast| check::FileRef {
                index: FileId::new(i),
                ast,
                library: unit == Unit::Library,
            })
        })
        .collect();
    set_current(Phase::TypeChecking, "");
    let (prog, errors) = check::Checker::new(&refs).check();
    // A developer's view of gc's escape analysis as memrun reproduces it, in `-gcflags=-m`'s
    // wording.
    if unit == Unit::Program && std::env::var_os("MEMRUN_DEBUG_ESCAPE").is_some() {
        for (fi, pos, msg) in &prog.escape_notes {
            let (line, col) = maps[fi.index()].line_col(*pos);
            eprintln!("{}:{line}:{col}: {msg}", files[fi.index()].name);
        }
    }
    if !errors.is_empty() {
        for check::CheckError {
            file: fi,
            pos,
            error,
        } in errors
        {
            let (msg, unsupported) = (error.to_string(), error.is_unsupported());
            let index = fi.index();
            let (line, col) = maps[index].line_col(pos);
            let file = &files[index].name;
            let msg = check::expand_related(&msg, &|at| {
                let (l, c) = maps[index].line_col(at);
                format!("{file}:{l}:{c}")
            });
            diags.push(Diagnostic {
                file: file.clone(),
                line,
                col,
                msg,
                unsupported,
            });
        }
    }
    if !diags.is_empty() {
        return Err(finish(diags));
    }
    Ok(prog)
}

/// Code generation and linking (or packaging) of a checked unit. Every failure here is
/// memrun's bug.
fn back_end(prog: &tir::Program, unit: Unit) -> Result<Artifact, InternalError> {
    let internal = |message: String| InternalError {
        phase: current_phase(),
        function: current_function(),
        message,
    };
    set_current(Phase::CodeGeneration, "");
    if unit == Unit::Library {
        let out = lower::Lower::new(prog, None)
            .and_then(lower::Lower::run)
            .map_err(internal)?;
        set_current(Phase::Linking, "");
        return rtlib::package(prog, out)
            .map(|lib| Artifact::Library(Box::new(lib)))
            .map_err(internal);
    }
    inject_failure()?;
    let lib = rtlib::get();
    let lower = lower::Lower::new(prog, Some(lib)).map_err(internal)?;
    let out = lower.run().map_err(internal)?;
    set_current(Phase::Linking, "");
    let globals: cranelift_entity::PrimaryMap<_, u32> = prog
        .globals
        .values()
        .zip(out.globals.values())
        .map(|(g, s)| if g.external { 0 } else { *s })
        .collect();
    let image = link::link(&link::Input {
        funcs: &out.funcs,
        strings: &out.strings,
        str_relocs: &out.str_relocs,
        globals: &globals,
        entry: prog.entry.ok_or_else(|| internal("no entry".into()))?,
        lib,
    })
    .map_err(internal)?;
    Ok(Artifact::Image(image))
}

/// In debug builds (the test suite), `MEMRUN_DEBUG_ICE=error` makes code generation fail as a
/// Cranelift verifier error would, and `=panic` makes it panic: the tests of internal-error
/// reporting need a compiler bug on demand. Release builds ignore the variable.
fn inject_failure() -> Result<(), InternalError> {
    if cfg!(debug_assertions) {
        match std::env::var("MEMRUN_DEBUG_ICE").as_deref() {
            Ok("error") => {
                return Err(InternalError {
                    phase: Phase::CodeGeneration,
                    function: Some("main.main".into()),
                    message: "verifier errors (injected by MEMRUN_DEBUG_ICE)".into(),
                })
            }
            Ok("panic") => {
                set_current(Phase::CodeGeneration, "main.main");
                panic!("injected by MEMRUN_DEBUG_ICE");
            }
            _ => {}
        }
    }
    Ok(())
}

/// Orders diagnostics by position and filters them as gc does: one syntax error per line, and
/// one of several equal messages on a line.
fn finish(diags: Vec<Diagnostic>) -> Diagnostics {
    let mut d = Diagnostics(diags);
    d.sort();
    let mut last_syntax: Option<(String, u32)> = None;
    d.0.retain(|x| {
        if !x.msg.starts_with("syntax error") {
            return true;
        }
        let here = (x.file.clone(), x.line);
        if last_syntax.as_ref() == Some(&here) {
            return false;
        }
        last_syntax = Some(here);
        true
    });
    d
}
