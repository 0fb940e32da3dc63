//! The memrun command line: parse arguments, call the library, turn errors into one-line
//! messages with a hint, and own every exit code.

#![deny(unsafe_code)]

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use memrun::driver::{self, Options};
use memrun::exec::status::Outcome;
use memrun::exec::Via;
use memrun::toolchain::{Toolchain, ToolchainError};
use memrun::Error;

/// Compile Go programs to native executables held only in RAM, and run them from a memfd.
#[derive(Parser)]
#[command(name = "memrun", version, about, long_about = None)]
#[command(
    after_help = "A file as the first argument runs it: `memrun hello.go ARGS…` is \
`memrun run hello.go ARGS…`, so `#!/usr/bin/env memrun` works as a shebang line."
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile a Go program and run it from memory (like `go run`, with no file on disk).
    Run {
        #[command(flatten)]
        compile: CompileFlags,
        /// Exec path: a sealed memfd exec'd in place (default), a temp file on disk as `go run`
        /// does, or a persistent file in memrun's cache.
        #[arg(long, value_enum, env = "MEMRUN_VIA", default_value = "memfd")]
        via: ViaArg,
        #[command(flatten)]
        source: SourceFlags,
        /// The Go source file, package directory or `-` (standard input), then the program's
        /// arguments (everything after the file belongs to the program; a `--` right after the
        /// file is dropped). With `-e`, all of these are the program's arguments.
        #[arg(required_unless_present = "eval", num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILE.go|DIR|- [ARGS]")]
        target: Vec<OsString>,
    },
    /// Compile a Go program to a persistent executable (like `go build`).
    Build {
        #[command(flatten)]
        compile: CompileFlags,
        #[command(flatten)]
        source: SourceFlags,
        /// Output file (default: the program's name in the current directory).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// The Go source file, package directory or `-` (standard input).
        #[arg(required_unless_present = "eval", value_name = "FILE.go|DIR|-")]
        target: Option<PathBuf>,
    },
    /// Compile a Go program into $MEMRUN_BIN, else $XDG_BIN_HOME, else ~/.local/bin.
    Install {
        #[command(flatten)]
        compile: CompileFlags,
        #[command(flatten)]
        source: SourceFlags,
        /// The Go source file, package directory or `-` (standard input; needs `--name`).
        #[arg(required_unless_present = "eval", value_name = "FILE.go|DIR|-")]
        target: Option<PathBuf>,
    },
    /// Run an existing ELF executable (a file, or `-` for stdin) through a memfd.
    Exec {
        /// Exec path (see `run`).
        #[arg(long, value_enum, env = "MEMRUN_VIA", default_value = "memfd")]
        via: ViaArg,
        /// The program's name (argv[0] and the memfd's name); default: the file's name.
        #[arg(long)]
        name: Option<String>,
        /// The executable (`-` reads it from standard input), then the program's arguments.
        #[arg(required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true, value_name = "FILE|- [ARGS]")]
        target: Vec<OsString>,
    },
    /// Run a command under ptrace and report where every binary it executed lived (memfd, RAM
    /// filesystem or disk), file lifetimes, and bytes that reached the storage layer.
    Trace {
        /// Machine-readable JSON instead of the table.
        #[arg(long)]
        json: bool,
        /// Write the report to this file instead of stderr.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The command and its arguments (after `--`).
        #[arg(required = true, num_args = 1.., trailing_var_arg = true, allow_hyphen_values = true, value_name = "CMD [ARGS]")]
        command: Vec<OsString>,
    },
    /// Time the exec paths side by side (and `go run`/`go build` when Go is installed).
    Bench(BenchArgs),
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    #[command(external_subcommand)]
    External(Vec<OsString>),
}

#[derive(clap::Args)]
struct SourceFlags {
    /// Go source given on the command line instead of a file (like `python3 -c`), so the
    /// program keeps standard input for its data.
    #[arg(short = 'e', long = "eval", value_name = "CODE")]
    eval: Option<String>,
    /// The program's name (memfd name, argv[0], output file); default: the file's stem,
    /// `stdin` for `-`, `inline` for `-e`.
    #[arg(long)]
    name: Option<String>,
}

impl SourceFlags {
    /// The source: `-e CODE`, else `target` (`-` is standard input).
    fn source(&self, target: Option<&Path>) -> Result<driver::Source, Error> {
        let name = self.name.as_deref();
        if let Some(n) = name {
            driver::Source::check_name(n)?;
        }
        if let Some(code) = &self.eval {
            return Ok(driver::Source::inline(code, name));
        }
        match target {
            Some(t) if t == Path::new("-") => driver::Source::stdin(name),
            Some(t) => Ok(driver::Source::Path {
                path: t.to_owned(),
                name: self.name.clone(),
            }),
            None => Err(Error::Usage("no Go source given".into())),
        }
    }

    /// For `build` and `install`, which take one source: `-e` and a file are exclusive.
    fn single_source(&self, target: Option<&Path>) -> Result<driver::Source, Error> {
        if self.eval.is_some() && target.is_some() {
            return Err(Error::Usage(
                "give the Go source either with -e or as a file, not both".into(),
            ));
        }
        self.source(target)
    }
}

#[derive(clap::Args)]
struct CompileFlags {
    /// Compiler: memrun's own (builtin), the installed Go toolchain (go), or builtin with a
    /// fallback to go for programs it does not support yet (auto).
    #[arg(long, value_enum, env = "MEMRUN_TOOLCHAIN", default_value = "builtin")]
    toolchain: ToolchainArg,
    /// Print per-phase timings on stderr.
    #[arg(long)]
    time: bool,
}

impl CompileFlags {
    fn options(&self) -> Options {
        Options {
            toolchain: match self.toolchain {
                ToolchainArg::Builtin => Toolchain::Builtin,
                ToolchainArg::Go => Toolchain::Go,
                ToolchainArg::Auto => Toolchain::Auto,
            },
            time: self.time,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ToolchainArg {
    Builtin,
    Go,
    Auto,
}

#[derive(Clone, Copy, ValueEnum)]
enum ViaArg {
    Memfd,
    Tmp,
    File,
}

impl From<ViaArg> for Via {
    fn from(v: ViaArg) -> Via {
        match v {
            ViaArg::Memfd => Via::Memfd,
            ViaArg::Tmp => Via::Tmp,
            ViaArg::File => Via::File,
        }
    }
}

/// What a command asks of `main` once it is done.
enum Done {
    Success,
    Mirror(Outcome),
    Fail(u8),
}

/// Splits `FILE [--] ARGS…` into the file and the program's arguments.
fn split_target(mut target: Vec<OsString>) -> (PathBuf, Vec<OsString>) {
    let file = PathBuf::from(target.remove(0));
    if target.first().is_some_and(|a| a == "--") {
        target.remove(0);
    }
    (file, target)
}

fn run() -> Result<Done, Error> {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Run {
            compile,
            via,
            source,
            mut target,
        } => {
            let (src, args) = if source.eval.is_some() {
                if target.first().is_some_and(|a| a == "--") {
                    target.remove(0);
                }
                (source.source(None)?, target)
            } else {
                let (file, args) = split_target(target);
                (source.source(Some(&file))?, args)
            };
            let outcome = driver::run(&src, &args, via.into(), &compile.options())?;
            Ok(Done::Mirror(outcome))
        }
        Cmd::External(mut argv) => {
            // Shebang form: `memrun FILE ARGS…`, arguments passed verbatim.
            let file = PathBuf::from(argv.remove(0));
            if !file.exists() {
                eprintln!(
                    "memrun: unknown command or missing file {:?}\n  hint: see `memrun help`",
                    file.as_os_str()
                );
                return Ok(Done::Fail(2));
            }
            let via = std::env::var("MEMRUN_VIA")
                .ok()
                .and_then(|v| ViaArg::from_str(&v, true).ok())
                .unwrap_or(ViaArg::Memfd);
            let toolchain = std::env::var("MEMRUN_TOOLCHAIN")
                .ok()
                .and_then(|v| ToolchainArg::from_str(&v, true).ok())
                .unwrap_or(ToolchainArg::Builtin);
            let flags = CompileFlags {
                toolchain,
                time: false,
            };
            let outcome = driver::run(
                &driver::Source::path(file),
                &argv,
                via.into(),
                &flags.options(),
            )?;
            Ok(Done::Mirror(outcome))
        }
        Cmd::Build {
            compile,
            source,
            output,
            target,
        } => {
            let src = source.single_source(target.as_deref())?;
            if matches!(src, driver::Source::Memory { .. })
                && output.is_none()
                && source.name.is_none()
            {
                return Err(Error::Usage(
                    "a program from standard input or -e needs an output name: -o OUT (or --name NAME)".into(),
                ));
            }
            driver::build(&src, output.as_deref(), &compile.options())?;
            Ok(Done::Success)
        }
        Cmd::Install {
            compile,
            source,
            target,
        } => {
            let src = source.single_source(target.as_deref())?;
            if matches!(src, driver::Source::Memory { .. }) && source.name.is_none() {
                return Err(Error::Usage(
                    "a program from standard input or -e needs a name to install under: --name NAME".into(),
                ));
            }
            let path = driver::install(&src, &compile.options())?;
            warn_if_not_in_path(&path);
            Ok(Done::Success)
        }
        Cmd::Exec { via, name, target } => {
            if let Some(n) = &name {
                driver::Source::check_name(n)?;
            }
            let (file, args) = split_target(target);
            let image = driver::load_binary(&file, name.as_deref())?;
            Ok(Done::Mirror(driver::run_image(&image, &args, via.into())?))
        }
        Cmd::Trace {
            json,
            output,
            command,
        } => {
            let (report, outcome) = memrun::trace::trace(&command)?;
            let text = if json {
                memrun::trace::report::json(&report)
            } else {
                memrun::trace::report::render(&report)
            };
            match output {
                Some(path) => std::fs::write(&path, text).map_err(|source| {
                    memrun::trace::TraceError::Output {
                        path: path.clone(),
                        source,
                    }
                })?,
                None => {
                    let _ = std::io::stderr().write_all(text.as_bytes());
                }
            }
            Ok(Done::Mirror(outcome))
        }
        Cmd::Bench(args) => {
            bench(args)?;
            Ok(Done::Success)
        }
        Cmd::Completions { shell } => {
            let mut buf = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "memrun", &mut buf);
            write_stdout(&buf);
            Ok(Done::Success)
        }
    }
}

#[derive(clap::Args)]
struct BenchArgs {
    #[command(flatten)]
    compile: CompileFlags,
    /// A Go program to benchmark instead of synthetic images (`-`: read it from standard input).
    #[arg(value_name = "FILE.go|-")]
    file: Option<PathBuf>,
    /// Synthetic image sizes.
    #[arg(long, value_delimiter = ',', default_value = "4K,2M,64M")]
    sizes: Vec<String>,
    /// Paths to compare, interleaved in this order.
    #[arg(
        long,
        value_delimiter = ',',
        value_enum,
        default_value = "tmp,memfd,file"
    )]
    paths: Vec<ViaArg>,
    /// Measured runs per path and size.
    #[arg(long, default_value_t = 30)]
    runs: usize,
    /// Unmeasured warm-up runs per path and size.
    #[arg(long, default_value_t = 3)]
    warmup: usize,
    /// Drop the page cache before every persistent run (root only).
    #[arg(long)]
    cold: bool,
    /// Write the results as JSON.
    #[arg(long, value_name = "F")]
    json: Option<PathBuf>,
    /// Write the results as CSV.
    #[arg(long, value_name = "F")]
    csv: Option<PathBuf>,
    /// Write the results as a markdown table.
    #[arg(long, value_name = "F")]
    markdown: Option<PathBuf>,
    /// Plot median latency against image size (SVG).
    #[arg(long, value_name = "F.svg")]
    plot: Option<PathBuf>,
}

fn bench(a: BenchArgs) -> Result<(), Error> {
    use memrun::bench::{self, image, output, Case, Config, ExecPath};
    let usage = |msg: String| Error::Bench(msg);
    if a.runs == 0 {
        return Err(usage("--runs must be at least 1".into()));
    }
    if a.cold && !nix::unistd::geteuid().is_root() {
        return Err(usage(
            "--cold drops the page cache, which needs root".into(),
        ));
    }
    let mut paths: Vec<ExecPath> = a
        .paths
        .iter()
        .map(|p| match p {
            ViaArg::Tmp => ExecPath::Tmp,
            ViaArg::Memfd => ExecPath::Memfd,
            ViaArg::File => ExecPath::File,
        })
        .collect();
    paths.dedup();
    let cases = match &a.file {
        Some(f) => {
            let src = if f == Path::new("-") {
                driver::Source::stdin(None)?
            } else {
                driver::Source::path(f.clone())
            };
            let img = driver::compile(&src, &a.compile.options())?;
            // `go run`/`go build` need a file: their rows are left out for standard input.
            let file = match &src {
                driver::Source::Path { path, .. } => Some(path.clone()),
                driver::Source::Memory { .. } => None,
            };
            if file.is_some() && memrun::toolchain::go::find().is_some() {
                paths.push(ExecPath::GoRun);
                paths.push(ExecPath::GoBuild);
            }
            vec![Case {
                label: src.shown(),
                image: img,
                source: file,
            }]
        }
        None => a
            .sizes
            .iter()
            .map(|s| {
                let n = image::parse_size(s).map_err(usage)?;
                Ok(Case {
                    label: image::size_label(n),
                    image: image::synthetic(n),
                    source: None,
                })
            })
            .collect::<Result<Vec<_>, Error>>()?,
    };
    let cfg = Config {
        cases,
        paths,
        runs: a.runs,
        warmup: a.warmup,
        cold: a.cold,
    };
    let total = (cfg.cases.len() * cfg.paths.len() * (cfg.runs + cfg.warmup)) as u64;
    let bar = indicatif::ProgressBar::new(total);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {bar:40} {pos}/{len} runs {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let mut runner = bench::RealRunner::new(&memrun::exec::tmpdisk::tmp_root(), a.cold)?;
    let rows = bench::measure(&cfg, &mut runner, &mut || bar.inc(1))?;
    bar.finish_and_clear();
    let mut text = output::table(&rows);
    text.push_str(&format!(
        "\n{} measured runs per row after {} warm-up, paths interleaved; the persistent path is {}; \"vs file\" is the median of per-run ratios with its interquartile range; outliers (beyond 1.5 IQR) are counted, not removed.\n",
        cfg.runs,
        cfg.warmup,
        if cfg.cold { "measured cold (page cache dropped before every run)" } else { "measured warm (its file stays in the page cache)" }
    ));
    write_stdout(text.as_bytes());
    let write = |path: &Option<PathBuf>, body: String| -> Result<(), Error> {
        if let Some(p) = path {
            std::fs::write(p, body).map_err(|e| usage(format!("{}: {e}", p.display())))?;
        }
        Ok(())
    };
    write(&a.json, output::json(&rows))?;
    write(&a.csv, output::csv(&rows))?;
    write(&a.markdown, output::markdown(&rows))?;
    if let Some(p) = &a.plot {
        output::plot(&rows, p).map_err(|e| usage(format!("{}: {e}", p.display())))?;
    }
    Ok(())
}

/// Writes to stdout; a closed pipe (`memrun completions bash | head`) is not an error.
fn write_stdout(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(bytes).and_then(|()| out.flush());
}

fn warn_if_not_in_path(installed: &Path) {
    let Some(dir) = installed.parent() else {
        return;
    };
    let in_path =
        std::env::var_os("PATH").is_some_and(|p| std::env::split_paths(&p).any(|d| d == dir));
    if !in_path {
        eprintln!(
            "memrun: installed {}; note: {} is not in your PATH",
            installed.display(),
            dir.display()
        );
    }
}

/// Prints an error the way the user needs it and picks the exit code.
fn report(err: &Error) -> u8 {
    match err {
        Error::Toolchain(ToolchainError::Compile(diags)) => {
            let text = if std::io::stderr().is_terminal() {
                // Source from standard input or -e is not on disk (a file named `<stdin>` could be).
                diags.render_snippets(&|f| {
                    (!f.starts_with('<'))
                        .then(|| std::fs::read_to_string(f).ok())
                        .flatten()
                })
            } else {
                format!("{diags}\n")
            };
            let _ = std::io::stderr().write_all(text.as_bytes());
            1
        }
        // Go already printed its own diagnostics; exit as `go run` does.
        Error::Toolchain(ToolchainError::GoFailed(Outcome::Exited(c))) => (*c).clamp(1, 255) as u8,
        _ => {
            eprintln!("memrun: {}", strip_os_error(&err.to_string()));
            if let Some(hint) = err.hint() {
                eprintln!("  hint: {hint}");
            }
            match err {
                Error::Trace(t) => t.exit_code(),
                // A bug in memrun: its own status (EX_SOFTWARE), so scripts can tell it from a
                // program's compile errors (1).
                Error::Toolchain(ToolchainError::Internal(_)) => 70,
                _ => 1,
            }
        }
    }
}

/// Drops std's ` (os error N)` suffix: the strerror text already says it, as in Go's messages.
fn strip_os_error(msg: &str) -> String {
    let mut out = msg.to_owned();
    while let Some(start) = out.find(" (os error ") {
        match out[start..].find(')') {
            Some(end) => out.replace_range(start..start + end + 1, ""),
            None => break,
        }
    }
    out
}

/// A panic is a bug in memrun, never the user's fault. Inside the compiler, the compiler turns
/// it into an internal-compiler-error report naming the phase and function, so the hook only
/// notes where it happened; elsewhere it prints one line and a request for a report,
/// instead of a Rust backtrace.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        if memrun::compile::in_compiler() {
            memrun::compile::note_panic_location(place);
            return;
        }
        let msg = memrun::compile::panic_message(info.payload());
        eprintln!("memrun: internal error: {msg} (at {place})");
        eprintln!("  hint: this is a bug in memrun, not in your program or system; please report it with the command that triggered it");
    }));
}

fn main() -> ExitCode {
    install_panic_hook();
    match run() {
        Ok(Done::Success) => ExitCode::SUCCESS,
        Ok(Done::Mirror(outcome)) => outcome.mirror(),
        Ok(Done::Fail(code)) => ExitCode::from(code),
        // Go was killed (an interrupt passed on to it): end the same way, as `go run` would.
        Err(Error::Toolchain(ToolchainError::GoFailed(o @ Outcome::Signaled(_)))) => o.mirror(),
        Err(e) => ExitCode::from(report(&e)),
    }
}
