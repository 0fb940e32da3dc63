//! How values of each type are laid out in memory on amd64, as gc lays them out: sizes,
//! alignments and struct field offsets (so that memory shared with the runtime library agrees).

use super::{Basic, TypeId, TypeKind, TypeTable};

/// Size and alignment of a type, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// Size.
    pub size: u64,
    /// Alignment.
    pub align: u64,
}

const WORD: u64 = 8;

impl TypeTable {
    /// The layout of values of `t`.
    pub fn layout(&self, t: TypeId) -> Layout {
        let word = |n: u64| Layout {
            size: n * WORD,
            align: WORD,
        };
        match self.kind(self.underlying(t)) {
            TypeKind::Basic(b) => match b {
                Basic::Bool => Layout { size: 1, align: 1 },
                Basic::Int(k) => {
                    let size = u64::from(k.bits() / 8);
                    Layout { size, align: size }
                }
                Basic::Float32 => Layout { size: 4, align: 4 },
                Basic::Complex64 => Layout { size: 8, align: 4 },
                Basic::Complex128 => Layout { size: 16, align: 8 },
                Basic::String => word(2),
                _ => word(1),
            },
            TypeKind::Named(_) | TypeKind::TypeParam(_) => word(1),
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) => word(1),
            TypeKind::Signature(_) => word(1),
            TypeKind::Slice(_) => word(3),
            TypeKind::Interface(_) => word(2),
            TypeKind::Array(n, e) => {
                let l = self.layout(*e);
                Layout {
                    // Saturating: a type larger than memory is diagnosed, not overflowed.
                    size: l.size.saturating_mul(*n),
                    align: l.align,
                }
            }
            TypeKind::Struct(_) | TypeKind::Tuple(_) => {
                let (offsets, l) = self.field_offsets(t);
                let _ = offsets;
                l
            }
        }
    }

    /// Whether values of `t` hold pointers (gc's allocator sizes such objects differently, and
    /// a collector would scan them).
    pub fn has_pointers(&self, t: TypeId) -> bool {
        match self.kind(self.underlying(t)) {
            TypeKind::Basic(b) => matches!(b, Basic::String | Basic::UnsafePointer),
            TypeKind::Array(n, e) => *n > 0 && self.has_pointers(*e),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.has_pointers(f.ty)),
            TypeKind::Tuple(ts) => ts.iter().any(|t| self.has_pointers(*t)),
            _ => true,
        }
    }

    /// Whether values of `t` hold integers of a machine word (which the runtime library may use
    /// for addresses).
    pub fn has_word_integers(&self, t: TypeId) -> bool {
        match self.kind(self.underlying(t)) {
            TypeKind::Basic(Basic::Int(k)) => k.bits() == 64,
            TypeKind::Basic(_) => false,
            TypeKind::Array(n, e) => *n > 0 && self.has_word_integers(*e),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.has_word_integers(f.ty)),
            TypeKind::Tuple(ts) => ts.iter().any(|t| self.has_word_integers(*t)),
            _ => true,
        }
    }

    /// Whether gc passes a `t` to the runtime by address to put it in an interface
    /// (`convT`/`convTnoptr`), copying a non-variable operand where it stands: not 2-, 4- or
    /// 8-byte scalars, a lone string or slice, pointer-shaped or empty types, or interfaces.
    pub fn converted_by_address(&self, t: TypeId) -> bool {
        let pointer_shaped = matches!(
            self.kind(self.underlying(t)),
            TypeKind::Pointer(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Signature(_)
                | TypeKind::Interface(_)
                | TypeKind::Basic(Basic::UnsafePointer)
        );
        if t == TypeTable::INVALID || pointer_shaped {
            return false;
        }
        let l = self.layout(t);
        let scalar = match (l.size, l.align) {
            (2, 2) => true,
            (4, 4) | (8, 8) => !self.has_pointers(t),
            _ => false,
        };
        !(l.size == 0 || scalar || self.sole_string_or_slice(t))
    }

    /// Whether `t` is a string or a slice, alone or as the sole component of structs and
    /// one-element arrays (gc's `SoleComponent`, converted to interfaces by value).
    pub fn sole_string_or_slice(&self, t: TypeId) -> bool {
        match self.kind(self.underlying(t)) {
            TypeKind::Basic(Basic::String) | TypeKind::Slice(_) => true,
            TypeKind::Array(1, e) => self.sole_string_or_slice(*e),
            TypeKind::Struct(fs) if fs.len() == 1 => self.sole_string_or_slice(fs[0].ty),
            _ => false,
        }
    }

    /// The offsets of a struct's fields (or a tuple's elements) and the whole layout: each
    /// field at the next multiple of its alignment, the size rounded up to the largest
    /// alignment, and a final zero-size field padded by a byte (as gc does, so that its address
    /// never points past the object).
    pub fn field_offsets(&self, t: TypeId) -> (Vec<u64>, Layout) {
        let types: Vec<TypeId> = match self.kind(self.underlying(t)) {
            TypeKind::Struct(fs) => fs.iter().map(|f| f.ty).collect(),
            TypeKind::Tuple(ts) => ts.clone(),
            _ => return (Vec::new(), self.layout(t)),
        };
        let mut offsets = Vec::with_capacity(types.len());
        let mut at = 0u64;
        let mut align = 1u64;
        let mut last_size = 1;
        for &ft in &types {
            let l = self.layout(ft);
            // Saturating, as array sizes: too large a type is diagnosed by the checker.
            at = at.checked_next_multiple_of(l.align).unwrap_or(u64::MAX);
            offsets.push(at);
            at = at.saturating_add(l.size);
            align = align.max(l.align);
            last_size = l.size;
        }
        if !types.is_empty() && last_size == 0 && at > 0 {
            at = at.saturating_add(1);
        }
        (
            offsets,
            Layout {
                size: at.checked_next_multiple_of(align).unwrap_or(u64::MAX),
                align,
            },
        )
    }
}
