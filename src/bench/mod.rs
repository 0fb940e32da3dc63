//! `memrun bench`: the three exec paths (and `go run`/`go build` when Go is installed) timed side
//! by side, interleaved (A B C A B C …) so machine drift hits every path alike, with honest
//! statistics, exports and a plot.
//!
//! Side effects sit behind [`Runner`], so the statistics and exports are tested without exec.

pub mod image;
pub mod output;
pub mod stats;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::exec::status::Outcome;
use crate::exec::{memfd, persistent, spawn_wait, tmpdisk, ExecError};
use crate::Image;

/// What is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExecPath {
    /// Write to a private temp dir, spawn, wait, remove (what `go run` does).
    Tmp,
    /// Create, fill and seal a memfd, spawn it, wait.
    Memfd,
    /// Exec a file already on disk (warm page cache unless `--cold`).
    File,
    /// `go run FILE.go`.
    GoRun,
    /// The binary `go build` produced, exec'd from disk.
    GoBuild,
}

impl ExecPath {
    /// Display name.
    pub fn name(self) -> &'static str {
        match self {
            ExecPath::Tmp => "tmp",
            ExecPath::Memfd => "memfd",
            ExecPath::File => "file",
            ExecPath::GoRun => "go run",
            ExecPath::GoBuild => "go build + exec",
        }
    }
}

/// One workload: an image (synthetic of a given size, or a compiled program).
pub struct Case {
    /// Label (`4K`, `hello.go`).
    pub label: String,
    /// The image.
    pub image: Image,
    /// Source file, for the Go rows.
    pub source: Option<PathBuf>,
}

/// Executes one run of a path; swapped out in tests.
pub trait Runner {
    /// Runs `path` for `case` once and returns the wall time.
    fn run(&mut self, path: ExecPath, case: &Case) -> Result<Duration, ExecError>;
}

/// The real runner: each path exactly as memrun (or Go) does it.
pub struct RealRunner {
    root: PathBuf,
    files: Vec<(String, PathBuf)>,
    go_bins: Vec<(String, PathBuf)>,
    cold: bool,
}

impl RealRunner {
    /// A runner with its own scratch directory under `root` (removed on drop).
    pub fn new(root: &Path, cold: bool) -> Result<RealRunner, ExecError> {
        let root =
            nix::unistd::mkdtemp(&root.join("memrun-bench-XXXXXX")).map_err(|e| ExecError::Io {
                op: "create bench directory in",
                path: root.to_owned(),
                source: e.into(),
            })?;
        Ok(RealRunner {
            root,
            files: Vec::new(),
            go_bins: Vec::new(),
            cold,
        })
    }

    fn file_for(&mut self, case: &Case) -> Result<PathBuf, ExecError> {
        if let Some((_, p)) = self.files.iter().find(|(l, _)| *l == case.label) {
            return Ok(p.clone());
        }
        let p = self.root.join(format!("file-{}", self.files.len()));
        persistent::write(&case.image, &p)?;
        self.files.push((case.label.clone(), p.clone()));
        Ok(p)
    }

    fn go_bin(&mut self, case: &Case) -> Result<PathBuf, ExecError> {
        if let Some((_, p)) = self.go_bins.iter().find(|(l, _)| *l == case.label) {
            return Ok(p.clone());
        }
        let p = self.root.join(format!("go-{}", self.go_bins.len()));
        let src = case.source.clone().unwrap_or_default();
        let st = std::process::Command::new("go")
            .arg("build")
            .arg("-o")
            .arg(&p)
            .arg(&src)
            .status()
            .map_err(|source| ExecError::Spawn {
                path: "go".into(),
                source,
            })?;
        if !st.success() {
            return Err(ExecError::Spawn {
                path: "go build".into(),
                source: std::io::Error::other("go build failed"),
            });
        }
        self.go_bins.push((case.label.clone(), p.clone()));
        Ok(p)
    }
}

impl Drop for RealRunner {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn drop_caches() {
    let _ = std::fs::write("/proc/sys/vm/drop_caches", "3");
}

impl Runner for RealRunner {
    fn run(&mut self, path: ExecPath, case: &Case) -> Result<Duration, ExecError> {
        let none: [OsString; 0] = [];
        let outcome = match path {
            ExecPath::Tmp => {
                let t = Instant::now();
                let o = tmpdisk::run_in(&self.root, &case.image, &none)?;
                return check(o, t.elapsed());
            }
            ExecPath::Memfd => {
                let t = Instant::now();
                let o = memfd::spawn(&case.image, &none)?;
                return check(o, t.elapsed());
            }
            ExecPath::File => {
                let p = self.file_for(case)?;
                if self.cold {
                    drop_caches();
                }
                (p, case.image.name().to_owned())
            }
            ExecPath::GoBuild => {
                let p = self.go_bin(case)?;
                (p, case.image.name().to_owned())
            }
            ExecPath::GoRun => {
                let src = case.source.clone().unwrap_or_default();
                let t = Instant::now();
                let st = std::process::Command::new("go")
                    .arg("run")
                    .arg(&src)
                    .stdout(std::process::Stdio::null())
                    .status()
                    .map_err(|source| ExecError::Spawn {
                        path: "go".into(),
                        source,
                    })?;
                let d = t.elapsed();
                return if st.success() {
                    Ok(d)
                } else {
                    Err(ExecError::Spawn {
                        path: "go run".into(),
                        source: std::io::Error::other("failed"),
                    })
                };
            }
        };
        let t = Instant::now();
        let o = spawn_wait(&outcome.0, &outcome.1, &none)?;
        check(o, t.elapsed())
    }
}

fn check(o: Outcome, d: Duration) -> Result<Duration, ExecError> {
    match o {
        Outcome::Exited(_) => Ok(d),
        Outcome::Signaled(s) => Err(ExecError::Spawn {
            path: "benchmark program".into(),
            source: std::io::Error::other(format!("killed by {s}")),
        }),
    }
}

/// Settings of one benchmark.
pub struct Config {
    /// Workloads.
    pub cases: Vec<Case>,
    /// Paths, in interleaving order.
    pub paths: Vec<ExecPath>,
    /// Measured runs per path and case.
    pub runs: usize,
    /// Unmeasured runs first.
    pub warmup: usize,
    /// Caches dropped before each persistent run.
    pub cold: bool,
}

/// Runs every case: warm-up, then interleaved measured runs. `tick` is called after each run
/// (progress bar).
pub fn measure(
    cfg: &Config,
    runner: &mut dyn Runner,
    tick: &mut dyn FnMut(),
) -> Result<Vec<stats::Row>, ExecError> {
    let mut rows = Vec::new();
    for case in &cfg.cases {
        let mut samples: Vec<Vec<f64>> = vec![Vec::new(); cfg.paths.len()];
        for round in 0..cfg.warmup + cfg.runs {
            for (k, &p) in cfg.paths.iter().enumerate() {
                let d = runner.run(p, case)?;
                if round >= cfg.warmup {
                    samples[k].push(d.as_secs_f64() * 1e3);
                }
                tick();
            }
        }
        let baseline = cfg
            .paths
            .iter()
            .position(|p| *p == ExecPath::File)
            .map(|k| samples[k].clone());
        for (k, &p) in cfg.paths.iter().enumerate() {
            rows.push(stats::Row::new(
                &case.label,
                case.image.len(),
                p,
                &samples[k],
                baseline.as_deref(),
            ));
        }
    }
    Ok(rows)
}
