//! Value layout and the machine ABI: a Go type's words (integers in their own width, bool as
//! `I8`, a string as two words, a slice as three), widening, element
//! addresses, constants.

use super::*;

pub(super) fn int_ty(k: IntKind) -> cranelift_codegen::ir::Type {
    match k.bits() {
        8 => I8,
        16 => I16,
        32 => I32,
        _ => I64,
    }
}

/// Cranelift types of a Go type's words.
pub(super) fn words(types: &TypeTable, t: TypeId) -> Vec<cranelift_codegen::ir::Type> {
    match types.kind(types.underlying(t)) {
        TypeKind::Basic(Basic::Int(k)) => vec![int_ty(*k)],
        TypeKind::Basic(Basic::Bool) => vec![I8],
        TypeKind::Basic(Basic::String) => vec![I64, I64],
        TypeKind::Basic(Basic::UnsafePointer) => vec![I64],
        TypeKind::Basic(Basic::Float64) => vec![F64],
        TypeKind::Basic(Basic::Float32) => vec![F32],
        TypeKind::Slice(_) => vec![I64, I64, I64],
        // A struct or array is passed around as the address of a copy (see `memory.rs`).
        TypeKind::Struct(_) | TypeKind::Array(..) => vec![I64],
        TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Signature(_) => {
            vec![I64]
        }
        TypeKind::Interface(_) => vec![I64, I64],
        TypeKind::Tuple(ts) => ts.iter().flat_map(|&t| words(types, t)).collect(),
        _ => vec![],
    }
}

impl FnLower<'_, '_, '_> {
    pub(super) fn store_words(&mut self, ty: TypeId, addr: Value, vals: &[Value]) {
        let mut off = 0;
        for (w, v) in self.words(ty).into_iter().zip(vals) {
            self.b.ins().store(MemFlagsData::trusted(), *v, addr, off);
            off += w.bytes() as i32;
        }
    }

    pub(super) fn load_words(&mut self, ty: TypeId, addr: Value) -> Vec<Value> {
        let mut off = 0;
        let mut out = Vec::new();
        for w in self.words(ty) {
            out.push(self.b.ins().load(w, MemFlagsData::trusted(), addr, off));
            off += w.bytes() as i32;
        }
        out
    }

    /// The integer kind of `t` (a bool or a word counts as 64 bits).
    pub(super) fn int_kind(&self, t: TypeId) -> IntKind {
        self.types().int_kind(t).unwrap_or(IntKind::Int64)
    }

    /// A zero machine word of type `w`.
    pub(super) fn zero_word(&mut self, w: cranelift_codegen::ir::Type) -> Value {
        if w == F64 {
            self.b.ins().f64const(0.0)
        } else if w == F32 {
            self.b.ins().f32const(0.0)
        } else {
            self.b.ins().iconst(w, 0)
        }
    }

    /// True for float32 and float64 (and defined types over them).
    pub(super) fn is_float(&self, t: TypeId) -> bool {
        matches!(self.types().basic(t), Some(Basic::Float32 | Basic::Float64))
    }

    pub(super) fn is_bool(&self, t: TypeId) -> bool {
        self.types().basic(t) == Some(Basic::Bool)
    }

    /// An integer value widened to i64 (sign- or zero-extended by its Go type).
    pub(super) fn widen(&mut self, v: Value, t: TypeId) -> Value {
        let k = self.int_kind(t);
        let vt = self.b.func.dfg.value_type(v);
        if vt == I64 {
            return v;
        }
        if self.is_bool(t) || !k.signed() {
            self.b.ins().uextend(I64, v)
        } else {
            self.b.ins().sextend(I64, v)
        }
    }

    pub(super) fn elem_addr(&mut self, s: &[Value], i: Value, elem: TypeId) -> Value {
        let size = self.types().layout(elem).size as i64;
        let size = self.b.ins().imul_imm_s(i, size);
        self.b.ins().iadd(s[0], size)
    }

    pub(super) fn const_val(&mut self, v: &CVal, ty: TypeId) -> Vec<Value> {
        match (v, ty) {
            (CVal::Str(s), _) => {
                let id = self.l.string_id(s);
                let p = if s.is_empty() {
                    self.b.ins().iconst(I64, 0)
                } else {
                    self.symbol_addr(NS_STR, id.as_u32())
                };
                let n = self.b.ins().iconst(I64, s.len() as i64);
                vec![p, n]
            }
            (v, t) if self.is_float(t) => {
                use crate::compile::types::constant::{round_float, FloatFormat};
                let r = v.to_rational().unwrap_or_default();
                if self.words(t)[0] == F32 {
                    let bits = round_float(&r, FloatFormat::F32).unwrap_or(0);
                    vec![self.b.ins().f32const(f32::from_bits(bits as u32))]
                } else {
                    let bits = round_float(&r, FloatFormat::F64).unwrap_or(0);
                    vec![self.b.ins().f64const(f64::from_bits(bits))]
                }
            }
            (v, t) => {
                let ty = self.words(t).first().copied().unwrap_or(I64);
                let bits = v.to_i64_bits();
                let masked = match ty.bits() {
                    8 => bits as u8 as i64,
                    16 => bits as u16 as i64,
                    32 => bits as u32 as i64,
                    _ => bits,
                };
                vec![self.b.ins().iconst(ty, masked)]
            }
        }
    }
}
