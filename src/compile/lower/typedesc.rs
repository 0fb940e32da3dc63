//! Type descriptors: for every type a program formats, bytes the runtime's fmt walks a value
//! with (the layout is documented beside `dKind` in `runtime/runtime.go`). Each is emitted
//! once per program as read-only data, so equal types share one descriptor.

use super::*;
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

/// The descriptor of `t`; `top` for an operand itself (fmt follows a pointer only there).
pub(super) fn descriptor(types: &TypeTable, t: TypeId, top: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut path = Vec::new();
    encode(types, t, top, &mut out, &mut path);
    out
}

/// Types being encoded, outermost first, with where their descriptors start: a type inside
/// itself (through a slice or map, as in `type T map[string]T`) is encoded as kind 27, a
/// reference back to the enclosing descriptor (its distance in bytes, after the name).
type Path = Vec<(TypeId, usize)>;

fn encode(types: &TypeTable, t: TypeId, top: bool, out: &mut Vec<u8>, path: &mut Path) {
    crate::compile::deep(|| encode_here(types, t, top, out, path))
}

fn encode_here(types: &TypeTable, t: TypeId, top: bool, out: &mut Vec<u8>, path: &mut Path) {
    let start = out.len();
    // A pointer fmt does not follow is not expanded, so it cannot recurse.
    let follows = !matches!(types.kind(types.underlying(t)), TypeKind::Pointer(_)) || top;
    let back = path
        .iter()
        .find(|(p, _)| follows && *p == t)
        .map(|&(_, s)| start - s);
    out.push(if back.is_some() { 27 } else { kind(types, t) });
    out.extend_from_slice(&[0; 4]); // total length, patched below
    out.extend_from_slice(&(types.layout(t).size as u32).to_le_bytes());
    let name = types.display(t, Style::Runtime);
    let name = &name.as_bytes()[..name.len().min(u16::MAX as usize)];
    out.extend_from_slice(&(name.len() as u16).to_le_bytes());
    out.extend_from_slice(name);
    if let Some(back) = back {
        out.extend_from_slice(&(back as u32).to_le_bytes());
        let len = (out.len() - start) as u32;
        out[start + 1..start + 5].copy_from_slice(&len.to_le_bytes());
        return;
    }
    path.push((t, start));
    let u = types.underlying(t);
    match types.kind(u).clone() {
        TypeKind::Slice(e) => encode(types, e, false, out, path),
        TypeKind::Array(n, e) => {
            out.extend_from_slice(&(n as u32).to_le_bytes());
            encode(types, e, false, out, path);
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
            out.push(u8::from(through));
            if through {
                encode(types, e, false, out, path);
            }
        }
        TypeKind::Map(k, v) => {
            encode(types, k, false, out, path);
            encode(types, v, false, out, path);
        }
        TypeKind::Struct(fields) => {
            let offsets = types.field_offsets(u).0;
            out.extend_from_slice(&(fields.len() as u16).to_le_bytes());
            for (f, off) in fields.iter().zip(offsets) {
                let n = &f.name.as_bytes()[..f.name.len().min(255)];
                out.push(n.len() as u8);
                out.extend_from_slice(n);
                out.extend_from_slice(&(off as u32).to_le_bytes());
                encode(types, f.ty, false, out, path);
            }
        }
        _ => {}
    }
    path.pop();
    let len = (out.len() - start) as u32;
    out[start + 1..start + 5].copy_from_slice(&len.to_le_bytes());
}
