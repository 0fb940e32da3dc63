//! Type descriptors: for every type a program formats or puts in an interface, bytes the
//! runtime walks a value with (the layout is documented beside `dKind` in
//! `runtime/runtime.go`). Each is emitted once per program as read-only data, so equal types
//! share one descriptor, and a descriptor's address is its type's identity. A type with
//! methods lists them with their code addresses (relocations), so that the runtime can build
//! interface tables and fmt can call `String` and `Error`.

use super::*;
use crate::compile::tir::Program;
use crate::compile::types::print::Style;

/// The kind byte of `t` (the runtime's `kSlice`, …; 1–11 the integer kinds).
fn kind(types: &TypeTable, t: TypeId) -> u8 {
    match types.kind(types.underlying(t)) {
        TypeKind::Basic(Basic::Int(k)) => match k {
            IntKind::Int => 1,
            IntKind::Int8 => 2,
            IntKind::Int16 => 3,
            IntKind::Int32 => 4,
            IntKind::Int64 => 5,
            IntKind::Uint => 6,
            IntKind::Uint8 => 7,
            IntKind::Uint16 => 8,
            IntKind::Uint32 => 9,
            IntKind::Uint64 => 10,
            IntKind::Uintptr => 11,
        },
        TypeKind::Basic(Basic::Bool) => 12,
        TypeKind::Basic(Basic::String) => 13,
        TypeKind::Slice(_) => 14,
        TypeKind::Array(..) => 15,
        TypeKind::Struct(_) => 16,
        TypeKind::Pointer(_) => 17,
        TypeKind::Map(..) => 18,
        TypeKind::Signature(_) => 19,
        TypeKind::Chan(..) => 20,
        TypeKind::Interface(_) => 21,
        TypeKind::Basic(Basic::Float32) => 22,
        TypeKind::Basic(Basic::Float64) => 23,
        _ => 24,
    }
}

/// True for kinds whose interface data word is the value itself (Go's pointer-shaped types).
pub(super) fn is_direct(types: &TypeTable, t: TypeId) -> bool {
    matches!(kind(types, t), 17..=20 | 24)
}

/// A descriptor's bytes and the code addresses in them: (offset, function).
pub(super) type Encoded = (Vec<u8>, Vec<(u32, FuncId)>);

/// The descriptor of `t`; `top` for an operand itself (fmt follows a pointer only there).
pub(super) fn descriptor(prog: &Program, t: TypeId, top: bool, all_methods: bool) -> Encoded {
    let mut e = Encoder {
        prog,
        all_methods,
        types: &prog.types,
        out: Vec::new(),
        relocs: Vec::new(),
        path: Vec::new(),
    };
    e.encode(t, top);
    (e.out, e.relocs)
}

/// The name under which the library's descriptor of `t` is found by programs: for a defined
/// type of a library package (or a pointer to one), as the runtime prints it.
pub(super) fn library_type_key(types: &TypeTable, t: TypeId) -> Option<String> {
    let base = match types.kind(t) {
        TypeKind::Pointer(e) => *e,
        _ => t,
    };
    match types.kind(base) {
        TypeKind::Named(n) if n.pkg.is_some_and(|p| types.package_info(p).path != "main") => {
            Some(types.display(t, Style::Runtime))
        }
        _ => None,
    }
}

/// How a method's name and signature are spelt where the runtime matches them: the name,
/// and the signature as the runtime prints it, followed by the identities of the
/// function-local types in it (two may print alike).
pub(super) fn method_key(types: &TypeTable, name: &str, sig: TypeId) -> (String, String) {
    let mut key = types.display(types.canonical(sig), Style::Runtime);
    for id in local_types(types, sig) {
        key.push_str(&format!("#{id}"));
    }
    (name.to_string(), key)
}

/// The canonical ids of the function-local defined types that `t` mentions anywhere (through
/// pointers and signatures too), in the order met.
pub(super) fn local_types(types: &TypeTable, t: TypeId) -> Vec<u32> {
    fn walk(types: &TypeTable, t: TypeId, seen: &mut Vec<TypeId>, out: &mut Vec<u32>) {
        let t = types.canonical(t);
        if seen.contains(&t) {
            return;
        }
        seen.push(t);
        let kind = types.kind(t).clone();
        if let TypeKind::Named(n) = &kind {
            if n.local.is_some() {
                out.push(t.as_u32());
            }
            for &a in &n.targs {
                walk(types, a, seen, out);
            }
            return;
        }
        match kind {
            TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Array(_, e) => {
                walk(types, e, seen, out)
            }
            TypeKind::Chan(_, e) => walk(types, e, seen, out),
            TypeKind::Map(k, v) => {
                walk(types, k, seen, out);
                walk(types, v, seen, out);
            }
            TypeKind::Struct(fs) => {
                for f in fs {
                    walk(types, f.ty, seen, out);
                }
            }
            TypeKind::Signature(s) => {
                for &p in s.params.iter().chain(&s.results) {
                    walk(types, p, seen, out);
                }
            }
            TypeKind::Interface(i) => {
                for m in &i.methods {
                    walk(types, m.sig, seen, out);
                }
            }
            TypeKind::Tuple(ts) => {
                for t in ts {
                    walk(types, t, seen, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    crate::compile::deep(|| walk(types, t, &mut Vec::new(), &mut out));
    out
}

/// Types being encoded, outermost first, with where their descriptors start: a type inside
/// itself (through a slice or map, as in `type T map[string]T`) is encoded as kind 27, a
/// reference back to the enclosing descriptor (its distance in bytes, after the name).
type Path = Vec<(TypeId, usize)>;

struct Encoder<'p> {
    prog: &'p Program,
    all_methods: bool,
    types: &'p TypeTable,
    out: Vec<u8>,
    relocs: Vec<(u32, FuncId)>,
    path: Path,
}

impl Encoder<'_> {
    fn encode(&mut self, t: TypeId, top: bool) {
        crate::compile::deep(|| self.encode_here(t, top))
    }

    fn str8(&mut self, s: &str) {
        let s = &s.as_bytes()[..s.len().min(255)];
        self.out.push(s.len() as u8);
        self.out.extend_from_slice(s);
    }

    fn str16(&mut self, s: &str) {
        let s = &s.as_bytes()[..s.len().min(u16::MAX as usize)];
        self.out.extend_from_slice(&(s.len() as u16).to_le_bytes());
        self.out.extend_from_slice(s);
    }

    /// The method table of `t` (at the descriptor starting at `start`), if it has methods.
    fn methods(&mut self, t: TypeId, start: usize) {
        let canon = self.types.canonical(t);
        let Some(table) = self.prog.method_tables.get(&canon) else {
            return;
        };
        // The library's own types list every method: a program uses their descriptors, and
        // asserts them to its own interfaces.
        let used: Vec<_> = table
            .iter()
            .filter(|m| self.all_methods || self.prog.iface_method_names.contains(&m.name))
            .collect();
        if used.is_empty() {
            return;
        }
        let at = (self.out.len() - start) as u32;
        self.out[start + 9..start + 13].copy_from_slice(&at.to_le_bytes());
        self.out
            .extend_from_slice(&(used.len() as u16).to_le_bytes());
        for m in used {
            self.relocs.push((self.out.len() as u32, m.wrapper));
            self.out.extend_from_slice(&[0; 8]);
            let (name, sig) = method_key(self.types, &m.name, m.sig);
            self.str8(&name);
            self.str16(&sig);
        }
    }

    fn encode_here(&mut self, t: TypeId, top: bool) {
        let types = self.types;
        let start = self.out.len();
        // A pointer fmt does not follow is not expanded, so it cannot recurse.
        let follows = !matches!(types.kind(types.underlying(t)), TypeKind::Pointer(_)) || top;
        let back = self
            .path
            .iter()
            .find(|(p, _)| follows && *p == t)
            .map(|&(_, s)| start - s);
        self.out
            .push(if back.is_some() { 27 } else { kind(types, t) });
        self.out.extend_from_slice(&[0; 4]); // total length, patched below
        self.out
            .extend_from_slice(&(types.layout(t).size as u32).to_le_bytes());
        self.out.extend_from_slice(&[0; 4]); // method table offset, patched by `methods`
        let name = types.display(t, Style::Runtime);
        let name = &name.as_bytes()[..name.len().min(u16::MAX as usize)];
        self.out
            .extend_from_slice(&(name.len() as u16).to_le_bytes());
        self.out.extend_from_slice(name);
        if let Some(back) = back {
            self.out.extend_from_slice(&(back as u32).to_le_bytes());
            let len = (self.out.len() - start) as u32;
            self.out[start + 1..start + 5].copy_from_slice(&len.to_le_bytes());
            return;
        }
        self.path.push((t, start));
        let u = types.underlying(t);
        match types.kind(u).clone() {
            TypeKind::Slice(e) => self.encode(e, false),
            TypeKind::Array(n, e) => {
                self.out.extend_from_slice(&(n as u32).to_le_bytes());
                self.encode(e, false);
            }
            TypeKind::Pointer(e) => {
                let through = top
                    && matches!(
                        types.kind(types.underlying(e)),
                        TypeKind::Struct(_)
                            | TypeKind::Array(..)
                            | TypeKind::Slice(_)
                            | TypeKind::Map(..)
                    );
                // 1: fmt prints through it; 2 (at the top): described for errors.As.
                self.out.push(if through { 1 } else { 2 * u8::from(top) });
                if top {
                    self.encode(e, false);
                }
            }
            TypeKind::Map(k, v) => {
                self.encode(k, false);
                self.encode(v, false);
            }
            TypeKind::Struct(fields) => {
                let offsets = types.field_offsets(u).0;
                self.out
                    .extend_from_slice(&(fields.len() as u16).to_le_bytes());
                for (f, off) in fields.iter().zip(offsets) {
                    let n = &f.name.as_bytes()[..f.name.len().min(255)];
                    self.out.push(n.len() as u8);
                    self.out.extend_from_slice(n);
                    self.out.extend_from_slice(&(off as u32).to_le_bytes());
                    self.encode(f.ty, false);
                }
            }
            TypeKind::Interface(i) => {
                // The methods an interface table lists, in its order.
                self.out
                    .extend_from_slice(&(i.methods.len() as u16).to_le_bytes());
                for m in &i.methods {
                    let (name, sig) = method_key(types, &m.name, m.sig);
                    self.str8(&name);
                    self.str16(&sig);
                }
            }
            _ => {}
        }
        // Two functions' local types may print alike: the identities of those a type
        // mentions keep its descriptor apart.
        for id in local_types(types, t) {
            self.out.extend_from_slice(&id.to_le_bytes());
        }
        self.methods(t, start);
        self.path.pop();
        let len = (self.out.len() - start) as u32;
        self.out[start + 1..start + 5].copy_from_slice(&len.to_le_bytes());
    }
}
