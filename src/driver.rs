//! The one place that owns the phase order. `run`, `build`, `install` and `exec` share
//! load → compile → validate and differ only in the last action: the exec path.

use std::ffi::OsString;
use std::os::fd::AsFd;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::compile::SourceFile;
use crate::exec::status::Outcome;
use crate::exec::{memfd, persistent, tmpdisk, Via};
use crate::toolchain::{self, Toolchain};
use crate::{Error, Image};

/// Options shared by the commands that compile.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Which compiler.
    pub toolchain: Toolchain,
    /// Print per-phase timings on stderr.
    pub time: bool,
}

/// Per-phase wall-clock timings, printed on stderr with `--time`.
#[derive(Debug, Default)]
pub struct Timings {
    /// Start of the current phase; None when timing is off.
    last: Option<Instant>,
    phases: Vec<(&'static str, Duration)>,
}

impl Timings {
    fn new(enabled: bool) -> Timings {
        Timings {
            last: enabled.then(Instant::now),
            phases: Vec::new(),
        }
    }

    fn mark(&mut self, phase: &'static str) {
        if let Some(last) = self.last {
            let now = Instant::now();
            self.phases.push((phase, now - last));
            self.last = Some(now);
        }
    }

    fn report(&self) {
        if self.last.is_none() {
            return;
        }
        let parts: Vec<String> = self
            .phases
            .iter()
            .map(|(p, d)| format!("{p} {:.3} ms", d.as_secs_f64() * 1e3))
            .collect();
        eprintln!("memrun: time: {}", parts.join(", "));
    }
}

/// Where a program's Go source comes from.
#[derive(Debug, Clone)]
pub enum Source {
    /// A `.go` file or a package directory, and the program's name when it is not the file's.
    Path {
        /// The file or directory.
        path: PathBuf,
        /// `--name`.
        name: Option<String>,
    },
    /// Source already in memory: read from standard input (`memrun run -`) or given inline
    /// (`-e CODE`). Nothing of it is ever written to a disk by the built-in compiler.
    Memory {
        /// The program's name (memfd name, `argv[0]`, output file).
        name: String,
        /// The file, named as diagnostics show it (`<stdin>`, `<inline>`).
        file: SourceFile,
    },
}

/// The name diagnostics give standard input: gc has no stdin form, so this follows the
/// convention of compilers that do (`<stdin>:LINE:COL: …`).
pub const STDIN_NAME: &str = "<stdin>";

/// The name diagnostics give `-e` source.
pub const INLINE_NAME: &str = "<inline>";

impl Source {
    /// A file or directory, named after itself.
    pub fn path(path: impl Into<PathBuf>) -> Source {
        Source::Path {
            path: path.into(),
            name: None,
        }
    }

    /// Checks a `--name`: it becomes a file name (`build`, `install`, the cache) and the
    /// memfd's name, so it must be one path component.
    pub fn check_name(name: &str) -> Result<(), Error> {
        if name.is_empty() || name == "." || name == ".." || name.contains('/') {
            return Err(Error::Usage(format!(
                "invalid program name {name:?}: give a plain file name (no `/`, not `.` or `..`)"
            )));
        }
        Ok(())
    }

    /// The program read from standard input (bounded like a source file), named `name` or
    /// `stdin`.
    pub fn stdin(name: Option<&str>) -> Result<Source, Error> {
        let bytes = crate::input::read_stream(
            std::io::stdin().lock(),
            Path::new("-"),
            None,
            crate::input::Limit::SOURCE,
            0,
            |_| true,
        )?;
        Ok(Source::Memory {
            name: name.unwrap_or("stdin").to_owned(),
            file: SourceFile::new(STDIN_NAME, bytes),
        })
    }

    /// The program given inline (`-e CODE`), named `name` or `inline`.
    pub fn inline(code: &str, name: Option<&str>) -> Source {
        Source::Memory {
            name: name.unwrap_or("inline").to_owned(),
            file: SourceFile::new(INLINE_NAME, code),
        }
    }

    /// The program's name: `--name`, the file stem of `hello.go`, a directory's own name,
    /// `stdin` or `inline`.
    pub fn program_name(&self) -> String {
        match self {
            Source::Path { name: Some(n), .. } => n.clone(),
            Source::Path { path, .. } => program_name(path),
            Source::Memory { name, .. } => name.clone(),
        }
    }

    /// The path to show in messages.
    pub fn shown(&self) -> String {
        match self {
            Source::Path { path, .. } => path.display().to_string(),
            Source::Memory { file, .. } => file.name.clone(),
        }
    }
}

/// The program's name for a target: the file stem of `hello.go`, or a directory's own name.
pub fn program_name(target: &Path) -> String {
    let named = if target.is_dir() {
        std::fs::canonicalize(target)
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_owned()))
    } else {
        target.file_stem().map(|s| s.to_owned())
    };
    named
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "main".into())
}

/// Compiles `source` and validates the result.
pub fn compile(source: &Source, opts: &Options) -> Result<Image, Error> {
    compile_timed(source, opts, &mut Timings::new(false))
}

fn compile_timed(source: &Source, opts: &Options, t: &mut Timings) -> Result<Image, Error> {
    let name = source.program_name();
    let bytes = toolchain::compile(source, &name, opts.toolchain)?;
    t.mark("compile");
    let image = Image::new(name.clone(), bytes).map_err(|source| Error::Image { name, source })?;
    t.mark("validate");
    Ok(image)
}

/// Runs an image on the chosen path. The memfd and file paths exec in place and return only on
/// failure; the tmp path returns the child's outcome for the caller to mirror.
pub fn run_image(image: &Image, args: &[OsString], via: Via) -> Result<Outcome, Error> {
    match via {
        Via::Memfd => Err(memfd::exec_in_place(image, args).into()),
        Via::Tmp => Ok(tmpdisk::run(image, args)?),
        Via::File => {
            let (fd, path) = persistent::cached(image)?;
            Err(persistent::exec_cached(fd.as_fd(), &path, image.name(), args).into())
        }
    }
}

/// `memrun run`: compile, then run on `via`.
pub fn run(source: &Source, args: &[OsString], via: Via, opts: &Options) -> Result<Outcome, Error> {
    let mut t = Timings::new(opts.time);
    let image = compile_timed(source, opts, &mut t)?;
    t.report();
    run_image(&image, args, via)
}

/// `memrun build`: compile, then write atomically to `out` (default: the program name in the
/// current directory). Returns the path written.
pub fn build(source: &Source, out: Option<&Path>, opts: &Options) -> Result<PathBuf, Error> {
    let mut t = Timings::new(opts.time);
    let image = compile_timed(source, opts, &mut t)?;
    let out = out
        .map(Path::to_owned)
        .unwrap_or_else(|| PathBuf::from(image.name()));
    persistent::write(&image, &out)?;
    t.mark("write");
    t.report();
    Ok(out)
}

/// `memrun install`: compile, then write into the install directory. Returns the path written.
pub fn install(source: &Source, opts: &Options) -> Result<PathBuf, Error> {
    let dir = persistent::install_dir().ok_or(Error::NoInstallDir)?;
    std::fs::create_dir_all(&dir).map_err(|source| crate::exec::ExecError::Io {
        op: "create",
        path: dir.clone(),
        source,
    })?;
    let image = compile(source, opts)?;
    let out = dir.join(image.name());
    persistent::write(&image, &out).map_err(Error::Install)?;
    Ok(out)
}

/// Reads an existing executable from `input` (`-` is standard input) into a validated image.
/// The ELF header is checked as soon as it arrives, and no more than
/// [`MAX_IMAGE`](crate::input::MAX_IMAGE) bytes are read.
pub fn load_binary(input: &Path, name: Option<&str>) -> Result<Image, Error> {
    use crate::image::{validate_header, HEADER_LEN};
    use crate::input::{read_file, read_stream, Limit};
    let stdin = input == Path::new("-");
    let head_ok = |h: &[u8]| validate_header(h).is_ok();
    let bytes = if stdin {
        read_stream(
            std::io::stdin().lock(),
            input,
            None,
            Limit::IMAGE,
            HEADER_LEN,
            head_ok,
        )?
    } else {
        read_file(input, Limit::IMAGE, HEADER_LEN, head_ok)?
    };
    let name = name.map(str::to_owned).unwrap_or_else(|| {
        if stdin {
            "stdin".into()
        } else {
            input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "program".into())
        }
    });
    let shown = if stdin {
        "-".to_owned()
    } else {
        input.display().to_string()
    };
    Image::new(name, bytes).map_err(|source| Error::Image {
        name: shown,
        source,
    })
}
