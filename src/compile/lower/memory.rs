//! Values in memory: where each local lives (SSA variables, a stack slot, or a heap cell),
//! addresses of addressable expressions, copies and zeroing, nil checks, and equality of
//! composite values.
//!
//! Structs and arrays are *memory values*: an expression of such a type evaluates to the
//! address of a copy that the expression's consumer owns (a stack temporary), so assignments
//! and calls copy, as Go's value semantics require. A parameter of such a type is passed as
//! the address of the caller's copy; a result is written through a hidden pointer the caller
//! passes after the parameters.

use super::*;
use cranelift_codegen::ir::StackSlot;

/// Where a local lives.
#[derive(Clone)]
pub(super) enum Home {
    /// In SSA variables, one per machine word.
    Vars(Vec<Variable>),
    /// In a stack slot of this function (a struct or array whose address never escapes).
    Slot(StackSlot),
    /// At the address held by this variable: a heap cell (its address escapes) or, for a
    /// memory-value parameter, the caller's copy.
    Ptr(Variable),
}

/// Copies and zeroing up to this many bytes are inline loads and stores; larger ones call the
/// runtime.
const INLINE_BYTES: u64 = 128;

impl FnLower<'_, '_, '_> {
    /// True for types whose values live in memory (structs and arrays).
    pub(super) fn is_mem(&self, t: TypeId) -> bool {
        is_mem(self.types(), t)
    }

    pub(super) fn size_of(&self, t: TypeId) -> u64 {
        self.types().layout(t).size
    }

    /// A fresh stack slot big enough for a `t`, and its address.
    pub(super) fn temp_slot(&mut self, t: TypeId) -> Value {
        let slot = self.new_slot(t);
        self.b.ins().stack_addr(I64, slot, 0)
    }

    pub(super) fn new_slot(&mut self, t: TypeId) -> StackSlot {
        let l = self.types().layout(t);
        let shift = l.align.max(1).trailing_zeros().min(3) as u8;
        self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            l.size.max(1) as u32,
            shift.max(3),
        ))
    }

    /// Copies `size` bytes from `src` to `dst` (which may be the same; never partially
    /// overlapping for memory values).
    pub(super) fn copy_mem(&mut self, dst: Value, src: Value, size: u64) {
        if size > INLINE_BYTES {
            let n = self.b.ins().iconst(I64, size as i64);
            self.call_rt(Rt::Memmove, &[dst, src, n]);
            return;
        }
        let mut off = 0u64;
        for (w, ty) in [(8, I64), (4, I32), (2, I16), (1, I8)] {
            while off + w <= size {
                let v = self
                    .b
                    .ins()
                    .load(ty, MemFlagsData::trusted(), src, off as i32);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), v, dst, off as i32);
                off += w;
            }
        }
    }

    /// Sets `size` bytes at `dst` to zero.
    pub(super) fn zero_mem(&mut self, dst: Value, size: u64) {
        if size > INLINE_BYTES {
            let n = self.b.ins().iconst(I64, size as i64);
            self.call_rt(Rt::Memclr, &[dst, n]);
            return;
        }
        let mut off = 0u64;
        for (w, ty) in [(8, I64), (4, I32), (2, I16), (1, I8)] {
            let z = self.b.ins().iconst(ty, 0);
            while off + w <= size {
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), z, dst, off as i32);
                off += w;
            }
        }
    }

    /// The value of type `t` stored at `addr`: its words, or for a memory value the address
    /// of a fresh copy.
    pub(super) fn load_value(&mut self, t: TypeId, addr: Value) -> Vec<Value> {
        if self.is_mem(t) {
            let tmp = self.temp_slot(t);
            let size = self.size_of(t);
            self.copy_mem(tmp, addr, size);
            return vec![tmp];
        }
        self.load_words(t, addr)
    }

    /// Stores a value of type `t` (as [`FnLower::expr`] gives it) at `addr`.
    pub(super) fn store_value(&mut self, t: TypeId, addr: Value, vals: &[Value]) {
        if self.is_mem(t) {
            let size = self.size_of(t);
            self.copy_mem(addr, vals[0], size);
            return;
        }
        self.store_words(t, addr, vals);
    }

    /// A fresh zeroed heap object of type `t`.
    pub(super) fn heap_alloc(&mut self, t: TypeId) -> Value {
        let n_arg = self.size_of(t) as i64;
        let n = self.b.ins().iconst(I64, n_arg);
        self.alloc_bytes(t, n)
    }

    /// `n` fresh zeroed heap bytes holding values of type `t`: where the collector need not
    /// look, if `t` holds no pointers.
    pub(super) fn alloc_bytes(&mut self, t: TypeId, n: Value) -> Value {
        let rt = if self.unscanned(t) {
            Rt::AllocNoscan
        } else {
            Rt::Alloc
        };
        self.call_rt(rt, &[n])[0]
    }

    /// Whether heap objects of type `t` need no scanning by the collector: no pointers. The
    /// runtime library keeps heap addresses in integer words and in raw byte buffers
    /// (`make([]byte, n)` then `store64`), so there everything it allocates is scanned except
    /// what it names `allocNoscan` and what `append` grows (see [`Self::appended_unscanned`]).
    pub(super) fn unscanned(&self, t: TypeId) -> bool {
        self.l.lib.is_some() && !self.types().has_pointers(t)
    }

    /// Whether a backing array `append` grows for elements of type `t` needs no scanning: no
    /// pointers, and in the runtime library no word-sized integers either (appending is how
    /// it builds text, never how it builds raw memory).
    pub(super) fn appended_unscanned(&self, t: TypeId) -> bool {
        let types = self.types();
        !types.has_pointers(t) && (self.l.lib.is_some() || !types.has_word_integers(t))
    }

    /// Panics with gc's nil-dereference message when `p` is nil.
    pub(super) fn nil_check(&mut self, p: Value) {
        let ok = self.b.ins().icmp_imm_s(IntCC::NotEqual, p, 0);
        self.panic_unless(ok, Rt::PanicMem, &[]);
    }

    /// The value of local `l`.
    pub(super) fn read_local(&mut self, l: LocalId) -> Vec<Value> {
        let ty = self.prog().funcs[self.func].locals[l];
        match self.homes[l].clone() {
            Home::Vars(vs) => vs.into_iter().map(|v| self.b.use_var(v)).collect(),
            Home::Slot(s) => {
                let a = self.b.ins().stack_addr(I64, s, 0);
                self.load_value(ty, a)
            }
            Home::Ptr(v) => {
                let a = self.b.use_var(v);
                self.load_value(ty, a)
            }
        }
    }

    /// Assigns local `l`.
    pub(super) fn write_local(&mut self, l: LocalId, vals: &[Value]) {
        let ty = self.prog().funcs[self.func].locals[l];
        match self.homes[l].clone() {
            Home::Vars(vs) => {
                for (v, x) in vs.into_iter().zip(vals) {
                    self.b.def_var(v, *x);
                }
            }
            Home::Slot(s) => {
                let a = self.b.ins().stack_addr(I64, s, 0);
                self.store_value(ty, a, vals);
            }
            Home::Ptr(v) => {
                let a = self.b.use_var(v);
                self.store_value(ty, a, vals);
            }
        }
    }

    /// The address of local `l` (which lives in memory).
    pub(super) fn local_addr(&mut self, l: LocalId) -> Option<Value> {
        match self.homes[l].clone() {
            Home::Vars(_) => None,
            Home::Slot(s) => Some(self.b.ins().stack_addr(I64, s, 0)),
            Home::Ptr(v) => Some(self.b.use_var(v)),
        }
    }

    /// A declaration of `l` runs: a heap local gets a fresh zeroed cell.
    pub(super) fn declare(&mut self, l: LocalId) {
        if let Home::Ptr(v) = self.homes[l].clone() {
            let ty = self.prog().funcs[self.func].locals[l];
            let p = self.heap_alloc(ty);
            self.b.def_var(v, p);
        }
    }

    /// A heap local gets a fresh cell holding its current value (Go 1.22's per-iteration loop
    /// variables).
    pub(super) fn renew(&mut self, l: LocalId) {
        if let Home::Ptr(v) = self.homes[l].clone() {
            let ty = self.prog().funcs[self.func].locals[l];
            let old = self.b.use_var(v);
            let p = self.heap_alloc(ty);
            let size = self.size_of(ty);
            self.copy_mem(p, old, size);
            self.b.def_var(v, p);
        }
    }

    /// True when `e` denotes memory lowering can take the address of.
    pub(super) fn in_memory(&self, e: &tir::Expr) -> bool {
        crate::compile::deep(|| self.in_memory_here(e))
    }

    fn in_memory_here(&self, e: &tir::Expr) -> bool {
        match &e.kind {
            ExprKind::Local(l) => !matches!(self.homes[*l], Home::Vars(_)),
            ExprKind::Global(_) | ExprKind::Deref(_) | ExprKind::SliceIndex(..) => true,
            ExprKind::Field(x, _) | ExprKind::ArrayIndex(x, _) => self.in_memory(x),
            _ => false,
        }
    }

    /// The address of `e`: of the memory it denotes, or else of a temporary holding its value
    /// (a field of a call's result).
    pub(super) fn addr_of(&mut self, e: &tir::Expr) -> Value {
        crate::compile::deep(|| self.addr_of_here(e))
    }

    fn addr_of_here(&mut self, e: &tir::Expr) -> Value {
        match &e.kind {
            ExprKind::Local(l) => {
                if let Some(a) = self.local_addr(*l) {
                    return a;
                }
            }
            ExprKind::Global(g) => return self.global_addr(*g),
            ExprKind::Deref(p) => {
                let pv = self.expr(p)[0];
                self.nil_check(pv);
                return pv;
            }
            ExprKind::Field(x, i) => {
                let base = self.addr_of(x);
                let off = self.types().field_offsets(x.ty).0[*i];
                return self.b.ins().iadd_imm_s(base, off as i64);
            }
            ExprKind::ArrayIndex(x, i) => {
                let base = self.addr_of(x);
                let iv = self.index_i64(i);
                return self.array_elem_at(base, iv, i.ty, x.ty);
            }
            ExprKind::SliceIndex(s, i) => {
                let sv = self.slice_and_index(s, i);
                return self.slice_elem_at(&sv, i.ty, e.ty);
            }
            _ => {}
        }
        // A value that is not in memory: spill it.
        let v = self.expr(e);
        if self.is_mem(e.ty) {
            return v[0];
        }
        let tmp = self.temp_slot(e.ty);
        self.store_words(e.ty, tmp, &v);
        tmp
    }

    /// A slice's words followed by an index (unchecked): a slice element's operands.
    pub(super) fn slice_and_index(&mut self, s: &tir::Expr, i: &tir::Expr) -> Vec<Value> {
        let mut v = self.expr(s);
        v.push(self.index_i64(i));
        v
    }

    /// The address of a slice's element, from [`FnLower::slice_and_index`]'s values, checked
    /// against the length (`ity`: the index's type, for the message).
    pub(super) fn slice_elem_at(&mut self, sv: &[Value], ity: TypeId, elem: TypeId) -> Value {
        let (words, iv) = sv.split_at(3);
        self.bounds_check(iv[0], words[1], ity);
        self.elem_addr(words, iv[0], elem)
    }

    /// The address of element `iv` of the array of type `arr` at `base`, checked against its
    /// length (`ity`: the index's type, for the message).
    pub(super) fn array_elem_at(
        &mut self,
        base: Value,
        iv: Value,
        ity: TypeId,
        arr: TypeId,
    ) -> Value {
        let n = self.types().array_len(arr).unwrap_or(0);
        let len = self.b.ins().iconst(I64, n as i64);
        self.bounds_check(iv, len, ity);
        let elem = self.types().elem(arr).unwrap_or(TypeTable::INVALID);
        let size = self.size_of(elem) as i64;
        let off = self.b.ins().imul_imm_s(iv, size);
        self.b.ins().iadd(base, off)
    }

    /// `a == b` for values of type `t` (as [`FnLower::expr`] gives them), as an `I8`.
    pub(super) fn equal(&mut self, t: TypeId, a: &[Value], b: &[Value]) -> Value {
        let u = self.types().underlying(t);
        match self.types().kind(u).clone() {
            TypeKind::Basic(Basic::String) => {
                self.call_rt(Rt::Eqstring, &[a[0], a[1], b[0], b[1]])[0]
            }
            TypeKind::Struct(fields) => {
                // Field by field, stopping at the first difference (a later field may hold an
                // interface whose comparison would panic).
                let offs = self.types().field_offsets(u).0;
                let done = self.b.create_block();
                let res = self.b.append_block_param(done, I8);
                for (f, off) in fields.iter().zip(offs) {
                    if f.name == "_" {
                        continue;
                    }
                    let pa = self.b.ins().iadd_imm_s(a[0], off as i64);
                    let pb = self.b.ins().iadd_imm_s(b[0], off as i64);
                    let va = self.load_in_place(f.ty, pa);
                    let vb = self.load_in_place(f.ty, pb);
                    let eq = self.equal(f.ty, &va, &vb);
                    let next = self.b.create_block();
                    let no = self.b.ins().iconst(I8, 0);
                    self.b.ins().brif(eq, next, &[], done, &[no.into()]);
                    self.b.switch_to_block(next);
                }
                let yes = self.b.ins().iconst(I8, 1);
                self.b.ins().jump(done, &[yes.into()]);
                self.b.switch_to_block(done);
                res
            }
            TypeKind::Array(n, elem) => {
                let size = self.size_of(elem) as i64;
                if n == 0 {
                    return self.b.ins().iconst(I8, 1);
                }
                // A loop over the elements, leaving at the first difference.
                let head = self.b.create_block();
                let body = self.b.create_block();
                let done = self.b.create_block();
                let i = self.b.append_block_param(head, I64);
                let res = self.b.append_block_param(done, I8);
                let zero = self.b.ins().iconst(I64, 0);
                self.b.ins().jump(head, &[zero.into()]);
                self.b.switch_to_block(head);
                let more = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, n as i64);
                let yes = self.b.ins().iconst(I8, 1);
                self.b.ins().brif(more, body, &[], done, &[yes.into()]);
                self.b.switch_to_block(body);
                let off = self.b.ins().imul_imm_s(i, size);
                let pa = self.b.ins().iadd(a[0], off);
                let pb = self.b.ins().iadd(b[0], off);
                let va = self.load_in_place(elem, pa);
                let vb = self.load_in_place(elem, pb);
                let eq = self.equal(elem, &va, &vb);
                let next = self.b.ins().iadd_imm_s(i, 1);
                let no = self.b.ins().iconst(I8, 0);
                let cont = self.b.create_block();
                self.b.ins().brif(eq, cont, &[], done, &[no.into()]);
                self.b.switch_to_block(cont);
                self.b.ins().jump(head, &[next.into()]);
                self.b.switch_to_block(done);
                res
            }
            TypeKind::Interface(_) => {
                let da = self.dyn_type(t, a[0]);
                let db = self.dyn_type(t, b[0]);
                let r = self.call_rt(Rt::Efaceeq, &[da, a[1], db, b[1]])[0];
                self.check_panic();
                r
            }
            TypeKind::Basic(Basic::Float32 | Basic::Float64) => {
                self.b.ins().fcmp(FloatCC::Equal, a[0], b[0])
            }
            _ => self.b.ins().icmp(IntCC::Equal, a[0], b[0]),
        }
    }

    /// The value at `addr` without copying a memory value (for reading only).
    pub(super) fn load_in_place(&mut self, t: TypeId, addr: Value) -> Vec<Value> {
        if self.is_mem(t) {
            vec![addr]
        } else {
            self.load_words(t, addr)
        }
    }
}

/// True for types whose values live in memory (structs and arrays).
pub(super) fn is_mem(types: &TypeTable, t: TypeId) -> bool {
    matches!(
        types.kind(types.underlying(t)),
        TypeKind::Struct(_) | TypeKind::Array(..)
    )
}
