//! The precompiled runtime library.
//!
//! `runtime/runtime.go` is compiled by memrun's own compiler into machine code once, ahead of
//! time, and the result is committed as `runtime/runtime.bin` (a blessed file: a unit test
//! rebuilds it from the Go source and fails if the committed bytes differ; `MEMRUN_BLESS=1`
//! rewrites it). At run time memrun only compiles the user's program and links the runtime
//! functions it reaches: re-parsing, re-checking and re-compiling ~1000 lines of runtime for
//! every hello world cost ≈ 10 ms, ten times the whole budget.
//!
//! Format (little-endian): `MRRT`, version u32, then functions (name, parameter and result
//! widths, code, relocations), string literals and globals.

use std::sync::OnceLock;

use cranelift_codegen::ir::types::{I16, I32, I64, I8};

use super::link::{CodeBlob, Reloc, RelocKind, Sym};
use super::lower::StrId;
use super::tir::{FuncId, GlobalId};
use cranelift_entity::PrimaryMap;

const MAGIC: &[u8; 4] = b"MRRT";
const VERSION: u32 = 1;

/// The committed artifact.
static BLOB: &[u8] = include_bytes!("runtime/runtime.bin");

/// One precompiled runtime function.
#[derive(Debug, Clone, PartialEq)]
pub struct RtFunc {
    /// Go name without package (`concat`).
    pub name: String,
    /// Parameter word types.
    pub params: Vec<cranelift_codegen::ir::Type>,
    /// Result word types.
    pub rets: Vec<cranelift_codegen::ir::Type>,
    /// Machine code; relocations use `Sym::Func/Str/Global` for the runtime's own symbols.
    pub blob: CodeBlob,
}

/// The runtime library: functions, string literals, globals.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RuntimeLib {
    /// Functions, by their ids in the runtime's own program (all compiled, so dense).
    pub funcs: PrimaryMap<FuncId, RtFunc>,
    /// String literals.
    pub strings: PrimaryMap<StrId, Vec<u8>>,
    /// Globals: name (without package) and size in bytes.
    pub globals: PrimaryMap<GlobalId, (String, u32)>,
    /// Functions by name (Fx-hashed: hundreds are indexed at every start).
    by_name: rustc_hash::FxHashMap<String, FuncId>,
}

impl RuntimeLib {
    /// A runtime function by name (without package).
    pub fn func(&self, name: &str) -> Option<FuncId> {
        self.by_name.get(name).copied()
    }

    /// A runtime global by name (without package).
    pub fn global(&self, name: &str) -> Option<GlobalId> {
        self.globals
            .iter()
            .find(|(_, (n, _))| n == name)
            .map(|(id, _)| id)
    }

    fn index(mut self) -> RuntimeLib {
        self.by_name = self
            .funcs
            .iter()
            .map(|(i, f)| (f.name.clone(), i))
            .collect();
        self
    }

    /// Serialises the library.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Vec::new();
        w.extend_from_slice(MAGIC);
        put32(&mut w, VERSION);
        put32(&mut w, self.funcs.len() as u32);
        for f in self.funcs.values() {
            put_bytes(&mut w, f.name.as_bytes());
            put_types(&mut w, &f.params);
            put_types(&mut w, &f.rets);
            put_bytes(&mut w, &f.blob.code);
            put32(&mut w, f.blob.relocs.len() as u32);
            for r in &f.blob.relocs {
                put32(&mut w, r.offset);
                w.push(match r.kind {
                    RelocKind::PcRel32 => 0,
                    RelocKind::Abs64 => 1,
                });
                let (k, i) = match r.sym {
                    Sym::Func(i) => (0, i.as_u32()),
                    Sym::Str(i) => (1, i.as_u32()),
                    Sym::Global(i) => (2, i.as_u32()),
                    Sym::Syscall => (3, 0),
                    Sym::UserEntry => (4, 0),
                    Sym::RtFunc(i) => (5, i.as_u32()),
                    Sym::RtStr(i) => (6, i.as_u32()),
                    Sym::RtGlobal(i) => (7, i.as_u32()),
                };
                w.push(k);
                put32(&mut w, i);
                w.extend_from_slice(&r.addend.to_le_bytes());
            }
        }
        put32(&mut w, self.strings.len() as u32);
        for s in self.strings.values() {
            put_bytes(&mut w, s);
        }
        put32(&mut w, self.globals.len() as u32);
        for (n, size) in self.globals.values() {
            put_bytes(&mut w, n.as_bytes());
            put32(&mut w, *size);
        }
        w
    }

    /// Parses a serialised library.
    pub fn from_bytes(b: &[u8]) -> Result<RuntimeLib, String> {
        let mut r = Reader { b, i: 0 };
        if r.take(4)? != MAGIC || r.u32()? != VERSION {
            return Err("not a memrun runtime library of this version".into());
        }
        let n = r.u32()?;
        let mut funcs = PrimaryMap::new();
        for _ in 0..n {
            let name = String::from_utf8(r.bytes()?.to_vec()).map_err(|e| e.to_string())?;
            let params = r.types()?;
            let rets = r.types()?;
            let code = r.bytes()?.to_vec();
            let nr = r.u32()?;
            let mut relocs = Vec::new();
            for _ in 0..nr {
                let offset = r.u32()?;
                let kind = match r.u8()? {
                    0 => RelocKind::PcRel32,
                    1 => RelocKind::Abs64,
                    t => return Err(format!("unknown relocation kind {t} in {name}")),
                };
                let k = r.u8()?;
                let idx = r.u32()?;
                let addend = i64::from_le_bytes(r.take(8)?.try_into().map_err(|_| "short")?);
                let sym = match k {
                    0 => Sym::Func(FuncId::from_u32(idx)),
                    1 => Sym::Str(StrId::from_u32(idx)),
                    2 => Sym::Global(GlobalId::from_u32(idx)),
                    3 => Sym::Syscall,
                    4 => Sym::UserEntry,
                    5 => Sym::RtFunc(FuncId::from_u32(idx)),
                    6 => Sym::RtStr(StrId::from_u32(idx)),
                    7 => Sym::RtGlobal(GlobalId::from_u32(idx)),
                    t => return Err(format!("unknown symbol kind {t} in {name}")),
                };
                relocs.push(Reloc {
                    offset,
                    sym,
                    addend,
                    kind,
                });
            }
            let id = funcs.next_key();
            funcs.push(RtFunc {
                name,
                params,
                rets,
                blob: CodeBlob {
                    sym: Sym::Func(id),
                    code,
                    relocs,
                },
            });
        }
        let ns = r.u32()?;
        let mut strings = PrimaryMap::new();
        for _ in 0..ns {
            strings.push(r.bytes()?.to_vec());
        }
        let ng = r.u32()?;
        let mut globals = PrimaryMap::new();
        for _ in 0..ng {
            let name = String::from_utf8(r.bytes()?.to_vec()).map_err(|e| e.to_string())?;
            globals.push((name, r.u32()?));
        }
        Ok(RuntimeLib {
            funcs,
            strings,
            globals,
            by_name: rustc_hash::FxHashMap::default(),
        }
        .index())
    }
}

/// The runtime library memrun was built with (parsed once per process, in microseconds).
pub fn get() -> &'static RuntimeLib {
    static LIB: OnceLock<RuntimeLib> = OnceLock::new();
    LIB.get_or_init(|| {
        RuntimeLib::from_bytes(BLOB).unwrap_or_else(|e| {
            panic!("the embedded runtime library is unusable ({e}); rebuild it with MEMRUN_BLESS=1 cargo test --lib rtlib")
        })
    })
}

/// Compiles the runtime library's Go sources ([`super::RUNTIME_LIBRARY`]) through the compiler's
/// pipeline into a library (what the blessed file holds).
pub fn build() -> Result<RuntimeLib, String> {
    let sources: Vec<super::SourceFile> = super::RUNTIME_LIBRARY
        .iter()
        .map(|s| super::SourceFile::new(s.name, s.text))
        .collect();
    match super::pipeline(&sources, super::Unit::Library).map_err(|e| e.to_string())? {
        super::Artifact::Library(lib) => Ok(*lib),
        super::Artifact::Image(_) => Err("the runtime library compiled to an image".into()),
    }
}

/// Packages the compiled library unit `prog` (the pipeline's last step for the library): every
/// function by its name (`concat`, `os.Exit`) with its signature and code, its strings and its
/// globals.
pub(super) fn package(
    prog: &super::tir::Program,
    out: super::lower::Output,
) -> Result<RuntimeLib, String> {
    let mut funcs: Vec<RtFunc> = out
        .funcs
        .into_iter()
        .map(|blob| {
            let Sym::Func(id) = blob.sym else {
                unreachable!("runtime blobs are functions")
            };
            let f = &prog.funcs[id];
            let name = f.name.trim_start_matches("runtime.").to_owned();
            let sig = out.signatures[id].clone();
            RtFunc {
                name,
                params: sig.0,
                rets: sig.1,
                blob,
            }
        })
        .collect();
    funcs.sort_by_key(|f| match f.blob.sym {
        Sym::Func(i) => i.as_u32(),
        _ => u32::MAX,
    });
    // Function ids in relocations are checker ids; every function is compiled, so ids and
    // positions coincide after sorting.
    let funcs: PrimaryMap<FuncId, RtFunc> = funcs.into_iter().collect();
    for (i, f) in funcs.iter() {
        assert_eq!(
            f.blob.sym,
            Sym::Func(i),
            "runtime function ids must be dense"
        );
    }
    let globals = prog
        .globals
        .values()
        .zip(out.globals.values())
        .map(|(g, size)| (g.name.trim_start_matches("runtime.").to_owned(), *size))
        .collect();
    Ok(RuntimeLib {
        funcs,
        strings: out.strings,
        globals,
        by_name: rustc_hash::FxHashMap::default(),
    }
    .index())
}

fn put32(w: &mut Vec<u8>, v: u32) {
    w.extend_from_slice(&v.to_le_bytes());
}

fn put_bytes(w: &mut Vec<u8>, b: &[u8]) {
    put32(w, b.len() as u32);
    w.extend_from_slice(b);
}

fn put_types(w: &mut Vec<u8>, ts: &[cranelift_codegen::ir::Type]) {
    w.push(ts.len() as u8);
    for t in ts {
        w.push((t.bits() / 8) as u8);
    }
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let s = self
            .b
            .get(self.i..self.i + n)
            .ok_or("truncated runtime library")?;
        self.i += n;
        Ok(s)
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().map_err(|_| "short")?,
        ))
    }

    fn bytes(&mut self) -> Result<&'a [u8], String> {
        let n = self.u32()? as usize;
        self.take(n)
    }

    fn types(&mut self) -> Result<Vec<cranelift_codegen::ir::Type>, String> {
        let n = self.u8()?;
        (0..n)
            .map(|_| {
                Ok(match self.u8()? {
                    1 => I8,
                    2 => I16,
                    4 => I32,
                    _ => I64,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cranelift_entity::EntityRef;

    /// The committed `runtime.bin` must be exactly what the current compiler makes of the
    /// current `runtime.go`. Run with `MEMRUN_BLESS=1` after changing either.
    #[test]
    fn committed_runtime_is_fresh() {
        let lib = build().expect("runtime.go must compile");
        let bytes = lib.to_bytes();
        if std::env::var_os("MEMRUN_BLESS").is_some() {
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/src/compile/runtime/runtime.bin"
            );
            std::fs::write(path, &bytes).unwrap();
            return;
        }
        assert!(
            bytes == BLOB,
            "src/compile/runtime/runtime.bin is stale: run `MEMRUN_BLESS=1 cargo test --lib rtlib` and commit it"
        );
        assert_eq!(RuntimeLib::from_bytes(&bytes).unwrap(), lib);
    }

    /// Every runtime function lowering calls exists in the embedded library with exactly the
    /// signature lowering passes, and so does the global the stack check reads.
    #[test]
    fn every_runtime_function_exists_with_its_signature() {
        let lib = get();
        for rt in crate::compile::rt::Rt::ALL {
            let i = lib
                .func(rt.name())
                .unwrap_or_else(|| panic!("runtime function {} is missing", rt.name()));
            let (params, rets) = rt.signature();
            assert_eq!(
                (&lib.funcs[i].params, &lib.funcs[i].rets),
                (&params, &rets),
                "signature of {}",
                rt.name()
            );
        }
        assert!(lib.global("stackLimit").is_some());
    }

    /// A corrupt tag is an error, not silently some other relocation.
    #[test]
    fn unknown_tags_are_rejected() {
        let lib = get();
        let (fi, ri) = lib
            .funcs
            .iter()
            .find_map(|(i, f)| (!f.blob.relocs.is_empty()).then_some((i, 0)))
            .expect("some runtime function has a relocation");
        let bytes = lib.to_bytes();
        // Find the first relocation's kind byte: re-encode up to it.
        let mut prefix = RuntimeLib {
            funcs: lib.funcs.values().take(fi.index()).cloned().collect(),
            strings: PrimaryMap::new(),
            globals: PrimaryMap::new(),
            by_name: rustc_hash::FxHashMap::default(),
        }
        .to_bytes();
        // Drop the trailing string and global counts of the truncated library.
        prefix.truncate(prefix.len() - 8);
        let f = &lib.funcs[fi];
        let mut at = prefix.len();
        at += 4 + f.name.len();
        at += 1 + f.params.len();
        at += 1 + f.rets.len();
        at += 4 + f.blob.code.len();
        at += 4; // relocation count
        at += 4 + ri * 18; // the relocation's offset
        for (field, bad) in [(at, 9u8), (at + 1, 200u8)] {
            let mut corrupt = bytes.clone();
            corrupt[field] = bad;
            let err = RuntimeLib::from_bytes(&corrupt).unwrap_err();
            assert!(err.contains("unknown"), "{err}");
        }
    }
}
