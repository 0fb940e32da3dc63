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

use cranelift_codegen::ir::types::{F32, F64, I16, I32, I64, I8};

use super::link::{CodeBlob, Reloc, RelocKind, Sym};
use super::lower::StrId;
use super::tir::{FuncId, GlobalId};
use cranelift_entity::PrimaryMap;

const MAGIC: &[u8; 4] = b"MRRT";
const VERSION: u32 = 5;

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
    /// Relocations inside read-only data (type descriptors' method tables), by literal.
    pub str_relocs: Vec<(StrId, Vec<Reloc>)>,
    /// The literals that are type descriptors without code addresses: a program uses these
    /// rather than its own copies, so that a type has one identity.
    pub descs: Vec<StrId>,
    /// The descriptors of the library's own defined types (and pointers to them), by name.
    pub named_descs: Vec<(String, StrId)>,
    /// Globals: name (without package) and size in bytes.
    pub globals: PrimaryMap<GlobalId, (String, u32)>,
}

impl RuntimeLib {
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
            put_relocs(&mut w, &f.blob.relocs);
        }
        put32(&mut w, self.strings.len() as u32);
        for s in self.strings.values() {
            put_bytes(&mut w, s);
        }
        put32(&mut w, self.str_relocs.len() as u32);
        for (s, relocs) in &self.str_relocs {
            put32(&mut w, s.as_u32());
            put_relocs(&mut w, relocs);
        }
        put32(&mut w, self.descs.len() as u32);
        for s in &self.descs {
            put32(&mut w, s.as_u32());
        }
        put32(&mut w, self.named_descs.len() as u32);
        for (n, s) in &self.named_descs {
            put_bytes(&mut w, n.as_bytes());
            put32(&mut w, s.as_u32());
        }
        put32(&mut w, self.globals.len() as u32);
        for (n, size) in self.globals.values() {
            put_bytes(&mut w, n.as_bytes());
            put32(&mut w, *size);
        }
        w
    }
}

/// One function of the embedded library, as slices of the committed bytes.
#[derive(Debug, Clone, Copy)]
pub struct LibFunc {
    /// Go name without package (`concat`).
    pub name: &'static str,
    params: &'static [u8],
    rets: &'static [u8],
    /// Machine code.
    pub code: &'static [u8],
    /// Relocations, still encoded (18 bytes each): decoded when the function is linked.
    relocs: &'static [u8],
}

/// The embedded runtime library as compilation reads it: an index over the committed bytes,
/// built in one pass without copying them. Each function's relocations are decoded only when
/// the linker reaches it, so a program's start-up cost does not grow with the library
/// (DESIGN: "keep `memrun run hello.go` independent of its size").
#[derive(Debug, Default)]
pub struct LibIndex {
    funcs: PrimaryMap<FuncId, LibFunc>,
    by_name: rustc_hash::FxHashMap<&'static str, FuncId>,
    strings: PrimaryMap<StrId, &'static [u8]>,
    str_relocs: rustc_hash::FxHashMap<StrId, &'static [u8]>,
    descs: Vec<StrId>,
    named_descs: rustc_hash::FxHashMap<&'static str, StrId>,
    /// The descriptors by their bytes, indexed on first use.
    desc_index: OnceLock<rustc_hash::FxHashMap<&'static [u8], StrId>>,
    globals: PrimaryMap<GlobalId, (&'static str, u32)>,
}

impl LibIndex {
    /// Indexes serialised library bytes, checking their structure (every relocation tag) so
    /// that decoding later cannot fail.
    pub fn from_bytes(b: &'static [u8]) -> Result<LibIndex, String> {
        let mut r = Reader { b, i: 0 };
        if r.take(4)? != MAGIC || r.u32()? != VERSION {
            return Err("not a memrun runtime library of this version".into());
        }
        let n = r.u32()?;
        let mut funcs = PrimaryMap::with_capacity(n as usize);
        let mut by_name = rustc_hash::FxHashMap::default();
        by_name.reserve(n as usize);
        for _ in 0..n {
            let name = std::str::from_utf8(r.bytes()?).map_err(|e| e.to_string())?;
            let params = r.type_bytes()?;
            let rets = r.type_bytes()?;
            let code = r.bytes()?;
            let relocs = r.relocs(name)?;
            let id = funcs.push(LibFunc {
                name,
                params,
                rets,
                code,
                relocs,
            });
            by_name.insert(name, id);
        }
        let ns = r.u32()?;
        let mut strings = PrimaryMap::with_capacity(ns as usize);
        for _ in 0..ns {
            strings.push(r.bytes()?);
        }
        let nr = r.u32()?;
        let mut str_relocs = rustc_hash::FxHashMap::default();
        for _ in 0..nr {
            let s = StrId::from_u32(r.u32()?);
            if s.as_u32() >= ns {
                return Err("relocated data out of range".into());
            }
            str_relocs.insert(s, r.relocs("read-only data")?);
        }
        let nd = r.u32()?;
        let mut descs = Vec::with_capacity(nd as usize);
        for _ in 0..nd {
            let s = StrId::from_u32(r.u32()?);
            if s.as_u32() >= ns {
                return Err("descriptor out of range".into());
            }
            descs.push(s);
        }
        let nn = r.u32()?;
        let mut named_descs = rustc_hash::FxHashMap::default();
        for _ in 0..nn {
            let n = std::str::from_utf8(r.bytes()?).map_err(|e| e.to_string())?;
            let s = StrId::from_u32(r.u32()?);
            if s.as_u32() >= ns {
                return Err("descriptor out of range".into());
            }
            named_descs.insert(n, s);
        }
        let ng = r.u32()?;
        let mut globals = PrimaryMap::with_capacity(ng as usize);
        for _ in 0..ng {
            let name = std::str::from_utf8(r.bytes()?).map_err(|e| e.to_string())?;
            globals.push((name, r.u32()?));
        }
        Ok(LibIndex {
            funcs,
            by_name,
            strings,
            str_relocs,
            descs,
            named_descs,
            desc_index: OnceLock::new(),
            globals,
        })
    }

    /// A runtime function by name (without package).
    pub fn func(&self, name: &str) -> Option<FuncId> {
        self.by_name.get(name).copied()
    }

    /// A function's code and encoded relocations.
    pub fn get(&self, id: FuncId) -> Option<&LibFunc> {
        self.funcs.get(id)
    }

    /// A runtime global by name (without package).
    pub fn global(&self, name: &str) -> Option<GlobalId> {
        self.globals
            .iter()
            .find(|(_, (n, _))| *n == name)
            .map(|(id, _)| id)
    }

    /// A global's size in bytes.
    pub fn global_size(&self, id: GlobalId) -> u32 {
        self.globals[id].1
    }

    /// A string literal's bytes.
    pub fn string(&self, id: StrId) -> &'static [u8] {
        self.strings[id]
    }

    /// The library's type descriptor with exactly these bytes, if it has one.
    pub fn descriptor(&self, bytes: &[u8]) -> Option<StrId> {
        let index = self
            .desc_index
            .get_or_init(|| self.descs.iter().map(|&s| (self.strings[s], s)).collect());
        index.get(bytes).copied()
    }

    /// The library's descriptor of one of its defined types (or a pointer to one), by name.
    pub fn named_descriptor(&self, name: &str) -> Option<StrId> {
        self.named_descs.get(name).copied()
    }

    /// The relocations inside a literal (none for plain strings).
    pub fn string_relocs(&self, id: StrId) -> impl Iterator<Item = Reloc> + '_ {
        decode_relocs(self.str_relocs.get(&id).copied().unwrap_or_default())
    }
}

impl LibFunc {
    /// Parameter and result word types.
    pub fn signature(
        &self,
    ) -> (
        Vec<cranelift_codegen::ir::Type>,
        Vec<cranelift_codegen::ir::Type>,
    ) {
        (decode_types(self.params), decode_types(self.rets))
    }

    /// The relocations, decoded (their tags were checked when the library was indexed).
    pub fn relocs(&self) -> impl Iterator<Item = Reloc> + '_ {
        decode_relocs(self.relocs)
    }
}

/// Encoded relocations, decoded (their tags were checked when the library was indexed).
fn decode_relocs(b: &[u8]) -> impl Iterator<Item = Reloc> + '_ {
    b.chunks_exact(RELOC_LEN).map(|rec| {
        let u32_at = |i: usize| u32::from_le_bytes([rec[i], rec[i + 1], rec[i + 2], rec[i + 3]]);
        let idx = u32_at(6);
        let mut addend = [0u8; 8];
        addend.copy_from_slice(&rec[10..18]);
        Reloc {
            offset: u32_at(0),
            kind: if rec[4] == 0 {
                RelocKind::PcRel32
            } else {
                RelocKind::Abs64
            },
            sym: match rec[5] {
                0 => Sym::Func(FuncId::from_u32(idx)),
                1 => Sym::Str(StrId::from_u32(idx)),
                2 => Sym::Global(GlobalId::from_u32(idx)),
                3 => Sym::Syscall,
                4 => Sym::UserEntry,
                8 => Sym::Stub(idx),
                5 => Sym::RtFunc(FuncId::from_u32(idx)),
                6 => Sym::RtStr(StrId::from_u32(idx)),
                _ => Sym::RtGlobal(GlobalId::from_u32(idx)),
            },
            addend: i64::from_le_bytes(addend),
        }
    })
}

/// Bytes of one encoded relocation: offset u32, kind u8, symbol kind u8, index u32, addend i64.
const RELOC_LEN: usize = 18;

fn decode_types(b: &[u8]) -> Vec<cranelift_codegen::ir::Type> {
    b.iter()
        .map(|&t| match t {
            1 => I8,
            2 => I16,
            4 => I32,
            0x84 => F32,
            0x88 => F64,
            _ => I64,
        })
        .collect()
}

/// The runtime library memrun was built with (indexed once per process, in microseconds).
pub fn get() -> &'static LibIndex {
    static LIB: OnceLock<LibIndex> = OnceLock::new();
    LIB.get_or_init(|| {
        LibIndex::from_bytes(BLOB).unwrap_or_else(|e| {
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
    // Functions are found by name: two of one name would link the wrong one. The compiler's
    // own helpers (thunks, wrappers: no program names them) get a number to tell them apart.
    let mut names = std::collections::HashSet::new();
    for f in funcs.iter_mut() {
        if names.contains(&f.name) {
            let helper =
                f.name.contains('-') || f.name.contains('·') || f.name.contains("deferwrap");
            if !helper {
                return Err(format!(
                    "two runtime library functions are named {}",
                    f.name
                ));
            }
            let mut k = 2;
            while names.contains(&format!("{}#{k}", f.name)) {
                k += 1;
            }
            f.name = format!("{}#{k}", f.name);
        }
        names.insert(f.name.clone());
    }
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
    let mut str_relocs: Vec<(StrId, Vec<Reloc>)> = out.str_relocs.into_iter().collect();
    str_relocs.sort_by_key(|(s, _)| *s);
    Ok(RuntimeLib {
        funcs,
        strings: out.strings,
        str_relocs,
        descs: out.descs,
        named_descs: out.named_descs.into_iter().collect(),
        globals,
    })
}

fn put32(w: &mut Vec<u8>, v: u32) {
    w.extend_from_slice(&v.to_le_bytes());
}

/// A count and the relocations, [`RELOC_LEN`] bytes each.
fn put_relocs(w: &mut Vec<u8>, relocs: &[Reloc]) {
    put32(w, relocs.len() as u32);
    for r in relocs {
        put32(w, r.offset);
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
            Sym::Stub(i) => (8, i),
            Sym::RtFunc(i) => (5, i.as_u32()),
            Sym::RtStr(i) => (6, i.as_u32()),
            Sym::RtGlobal(i) => (7, i.as_u32()),
        };
        w.push(k);
        put32(w, i);
        w.extend_from_slice(&r.addend.to_le_bytes());
    }
}

fn put_bytes(w: &mut Vec<u8>, b: &[u8]) {
    put32(w, b.len() as u32);
    w.extend_from_slice(b);
}

/// A count byte, then each word type as its size in bytes (with the high bit for a float).
fn put_types(w: &mut Vec<u8>, ts: &[cranelift_codegen::ir::Type]) {
    w.push(ts.len() as u8);
    for t in ts {
        w.push((t.bits() / 8) as u8 | if t.is_float() { 0x80 } else { 0 });
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

    /// A count and that many encoded relocations, their tags checked.
    fn relocs(&mut self, what: &str) -> Result<&'a [u8], String> {
        let nr = self.u32()? as usize;
        let relocs = self.take(nr.checked_mul(RELOC_LEN).ok_or("too many relocations")?)?;
        for rec in relocs.chunks_exact(RELOC_LEN) {
            if rec[4] > 1 {
                return Err(format!("unknown relocation kind {} in {what}", rec[4]));
            }
            if rec[5] > 8 {
                return Err(format!("unknown symbol kind {} in {what}", rec[5]));
            }
        }
        Ok(relocs)
    }

    /// A count byte and that many word-type bytes (see [`decode_types`]).
    fn type_bytes(&mut self) -> Result<&'a [u8], String> {
        let n = self.u8()?;
        self.take(usize::from(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        // The index reads back every function, relocation, string and global.
        let index = get();
        assert_eq!(index.funcs.len(), lib.funcs.len());
        for (id, f) in lib.funcs.iter() {
            let g = index.get(id).expect("indexed");
            assert_eq!(g.name, f.name);
            assert_eq!(g.signature(), (f.params.clone(), f.rets.clone()));
            assert_eq!(g.code, &f.blob.code[..]);
            assert_eq!(g.relocs().collect::<Vec<_>>(), f.blob.relocs);
            assert_eq!(index.func(&f.name), Some(id));
        }
        for (id, s) in lib.strings.iter() {
            assert_eq!(index.string(id), &s[..]);
        }
        for (id, relocs) in &lib.str_relocs {
            assert_eq!(&index.string_relocs(*id).collect::<Vec<_>>(), relocs);
        }
        for (id, (n, size)) in lib.globals.iter() {
            assert_eq!(index.global(n), Some(id));
            assert_eq!(index.global_size(id), *size);
        }
    }

    /// A program's descriptors list the methods the library's own interfaces name (errors'
    /// Unwrap, Is, As) and fmt looks up: every one is in `RUNTIME_METHODS`.
    #[test]
    fn library_interface_methods_are_listed() {
        let sources: Vec<crate::compile::SourceFile> = crate::compile::RUNTIME_LIBRARY
            .iter()
            .map(|s| crate::compile::SourceFile::new(s.name, s.text))
            .collect();
        let prog = crate::compile::front_end(&sources, crate::compile::Unit::Library)
            .unwrap_or_else(|_| panic!("the library checks"));
        let mut missing: Vec<&String> = prog
            .iface_method_names
            .iter()
            .filter(|n| !crate::compile::check::RUNTIME_METHODS.contains(&n.as_str()))
            .collect();
        missing.sort();
        assert!(
            missing.is_empty(),
            "the library's interfaces name {missing:?}: add them to RUNTIME_METHODS"
        );
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
            assert_eq!(
                lib.get(i).expect("indexed").signature(),
                rt.signature(),
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
        let f = lib
            .funcs
            .values()
            .find(|f| !f.relocs.is_empty())
            .expect("some runtime function has a relocation");
        // The first relocation's kind byte and symbol-kind byte, in the committed bytes.
        let at = f.relocs.as_ptr() as usize - BLOB.as_ptr() as usize + 4;
        for (field, bad) in [(at, 9u8), (at + 1, 200u8)] {
            let mut corrupt = BLOB.to_vec();
            corrupt[field] = bad;
            let corrupt: &'static [u8] = Box::leak(corrupt.into_boxed_slice());
            let err = LibIndex::from_bytes(corrupt).unwrap_err();
            assert!(err.contains("unknown"), "{err}");
        }
    }
}
