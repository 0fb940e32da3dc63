//! Interfaces: values of interface types, calls through interface tables, type assertions
//! and switches, and conversions between interface types.
//!
//! An empty interface is (type descriptor, data); any other is (itab, data), where the itab
//! (see `runtime/iface.go`) starts with the dynamic type's descriptor. The data word is the
//! value itself for pointer-shaped types, else the address of an immutable heap copy.

use super::*;

impl FnLower<'_, '_, '_> {
    /// True for interfaces with methods, whose first word is an itab.
    pub(super) fn has_itab(&self, t: TypeId) -> bool {
        let types = self.types();
        matches!(types.kind(types.underlying(t)), TypeKind::Interface(i) if !i.methods.is_empty())
    }

    /// The dynamic type's descriptor (0 for nil) of an interface value of type `t` whose
    /// first word is `w0`.
    pub(super) fn dyn_type(&mut self, t: TypeId, w0: Value) -> Value {
        if !self.has_itab(t) {
            return w0;
        }
        let load = self.b.create_block();
        let done = self.b.create_block();
        let r = self.b.append_block_param(done, I64);
        self.b.ins().brif(w0, load, &[], done, &[w0.into()]);
        self.b.switch_to_block(load);
        let d = self.b.ins().load(I64, MemFlagsData::trusted(), w0, 0);
        self.b.ins().jump(done, &[d.into()]);
        self.b.switch_to_block(done);
        r
    }

    /// An interface value of type `to` holding `x` (of a concrete type): its type descriptor
    /// or the static itab of the pair, and its data word.
    pub(super) fn box_into(&mut self, x: &tir::Expr, to: TypeId) -> Vec<Value> {
        let mut v = self.box_value(x);
        if self.has_itab(to) && !self.types().is_interface(x.ty) {
            let id = self.l.itab_id(x.ty, to);
            v[0] = self.symbol_addr(NS_STR, id.as_u32());
        }
        v
    }

    /// The words of an interface value of type `to` for the value `v` of interface type
    /// `from`.
    pub(super) fn convert_iface(&mut self, from: TypeId, to: TypeId, v: &[Value]) -> Vec<Value> {
        let d = self.dyn_type(from, v[0]);
        if !self.has_itab(to) {
            return vec![d, v[1]];
        }
        let inter = self.desc_addr_in(to, true);
        let yes = self.b.ins().iconst(I8, 1);
        let tab = self.call_rt(Rt::AssertI, &[inter, d, yes])[0];
        vec![tab, v[1]]
    }

    /// A multi-value call's results as a variadic callee's arguments (tuple type `to`): the
    /// first `fixed` as they are, the rest stored in a new slice's backing array.
    pub(super) fn tuple_variadic(&mut self, x: &tir::Expr, fixed: usize, to: TypeId) -> Vec<Value> {
        let v = self.expr(x);
        let have = self.types().tuple_types(x.ty);
        let want = self.types().tuple_types(to);
        let elem = want
            .last()
            .and_then(|&s| self.types().slice_elem(s))
            .unwrap_or(TypeTable::INVALID);
        let parts = self.tuple_parts(&v, &have);
        let mut out: Vec<Value> = parts[..fixed].concat();
        let rest = &parts[fixed..];
        if rest.is_empty() {
            // No values for the variadic parameter: a nil slice, as in `f(a, b)`.
            let zero = self.b.ins().iconst(I64, 0);
            out.extend([zero, zero, zero]);
            return out;
        }
        let count = rest.len() as u64;
        let es = self.size_of(elem);
        let bytes = self.b.ins().iconst(I64, (count * es) as i64);
        let p = self.alloc_bytes(elem, bytes);
        for (i, part) in (0u64..).zip(rest) {
            let a = self.b.ins().iadd_imm_s(p, (i * es) as i64);
            self.store_value(elem, a, part);
        }
        let len = self.b.ins().iconst(I64, count as i64);
        out.extend([p, len, len]);
        out
    }

    /// A multi-value expression's words converted to the tuple type `to`, component by
    /// component: boxed into interfaces, converted between interfaces, else as they are.
    pub(super) fn tuple_convert(&mut self, x: &tir::Expr, to: TypeId) -> Vec<Value> {
        let v = self.expr(x);
        let have = self.types().tuple_types(x.ty);
        let want = self.types().tuple_types(to);
        let parts = self.tuple_parts(&v, &have);
        let mut out = Vec::new();
        for ((h, w), part) in have.into_iter().zip(want).zip(parts) {
            let hi = self.types().is_interface(h);
            if self.types().is_interface(w) && !hi {
                let d = self.desc_addr_in(h, true);
                let data = if typedesc::is_direct(self.types(), h) {
                    part[0]
                } else {
                    let cell = self.heap_alloc(h);
                    self.store_value(h, cell, part);
                    cell
                };
                let first = if self.has_itab(w) {
                    let id = self.l.itab_id(h, w);
                    self.symbol_addr(NS_STR, id.as_u32())
                } else {
                    d
                };
                out.extend([first, data]);
            } else if hi && self.types().is_interface(w) && self.has_itab(h) != self.has_itab(w)
                || hi && self.has_itab(w) && !self.types().identical(h, w)
            {
                out.extend(self.convert_iface(h, w, part));
            } else {
                out.extend_from_slice(part);
            }
        }
        out
    }

    /// `x.M(args)` through x's itab.
    pub(super) fn call_iface(
        &mut self,
        x: &tir::Expr,
        index: usize,
        args: &[tir::Expr],
    ) -> Vec<Value> {
        let mut refs: Vec<&tir::Expr> = vec![x];
        refs.extend(args.iter());
        self.hoist(&refs);
        let iv = self.expr(x);
        let mut vals = vec![iv[1]];
        for a in args {
            vals.extend(self.expr(a));
        }
        self.nil_check(iv[0]);
        let sig = {
            let types = self.types();
            match types.kind(types.underlying(x.ty)) {
                TypeKind::Interface(i) => i.methods[index].sig,
                _ => unreachable!("an interface method call"),
            }
        };
        let code = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), iv[0], 16 + 8 * index as i32);
        self.call_value(sig, code, vals)
    }

    /// The value of type `t` an interface's data word stands for.
    fn unbox(&mut self, t: TypeId, data: Value) -> Vec<Value> {
        if typedesc::is_direct(self.types(), t) {
            return vec![data];
        }
        self.load_value(t, data)
    }

    /// `x.(T)`, or with `ok` the pair `(T, bool)` (T's zero value when it fails).
    pub(super) fn type_assert(&mut self, x: &tir::Expr, target: TypeId, ok: bool) -> Vec<Value> {
        let iv = self.expr(x);
        let d = self.dyn_type(x.ty, iv[0]);
        if self.types().is_interface(target) {
            let (first, good) = if self.has_itab(target) {
                let inter = self.desc_addr_in(target, true);
                let canfail = self.b.ins().iconst(I8, i64::from(ok));
                let tab = self.call_rt(Rt::AssertI, &[inter, d, canfail])[0];
                self.check_panic();
                (tab, tab)
            } else {
                if !ok {
                    // x.(any) of a nil x panics.
                    let nonnil = self.b.ins().icmp_imm_s(IntCC::NotEqual, d, 0);
                    let inter = self.desc_addr_in(target, true);
                    let no = self.b.ins().iconst(I8, 0);
                    self.panic_unless(nonnil, Rt::AssertI, &[inter, d, no]);
                }
                (d, d)
            };
            if !ok {
                return vec![first, iv[1]];
            }
            let good = self.b.ins().icmp_imm_s(IntCC::NotEqual, good, 0);
            let zero = self.b.ins().iconst(I64, 0);
            let data = self.b.ins().select(good, iv[1], zero);
            return vec![first, data, good];
        }
        let want = self.desc_addr_in(target, true);
        let same = self.b.ins().icmp(IntCC::Equal, d, want);
        if !ok {
            let iface = self.desc_addr_in(x.ty, true);
            self.panic_unless(same, Rt::PanicAssertT, &[iface, d, want]);
            return self.unbox(target, iv[1]);
        }
        // The value when the types match, else T's zero value.
        let words = self.words(target);
        let hit = self.b.create_block();
        let miss = self.b.create_block();
        let done = self.b.create_block();
        let params: Vec<Value> = words
            .iter()
            .map(|&w| self.b.append_block_param(done, w))
            .collect();
        self.b.ins().brif(same, hit, &[], miss, &[]);
        self.b.switch_to_block(hit);
        let v = self.unbox(target, iv[1]);
        let args: Vec<_> = v.iter().map(|&x| x.into()).collect();
        self.b.ins().jump(done, &args);
        self.b.switch_to_block(miss);
        let z = if self.is_mem(target) {
            let tmp = self.temp_slot(target);
            let size = self.size_of(target);
            self.zero_mem(tmp, size);
            vec![tmp]
        } else {
            words.iter().map(|&w| self.zero_word(w)).collect()
        };
        let args: Vec<_> = z.iter().map(|&x| x.into()).collect();
        self.b.ins().jump(done, &args);
        self.b.switch_to_block(done);
        let mut out = params;
        out.push(same);
        out
    }

    /// Whether an interface value holds type `t` (implements it, for an interface `t`).
    pub(super) fn type_is(&mut self, x: &tir::Expr, t: TypeId) -> Value {
        let iv = self.expr(x);
        let d = self.dyn_type(x.ty, iv[0]);
        if !self.types().is_interface(t) {
            let want = self.desc_addr_in(t, true);
            return self.b.ins().icmp(IntCC::Equal, d, want);
        }
        if !self.has_itab(t) {
            return self.b.ins().icmp_imm_s(IntCC::NotEqual, d, 0);
        }
        let inter = self.desc_addr_in(t, true);
        let yes = self.b.ins().iconst(I8, 1);
        let tab = self.call_rt(Rt::AssertI, &[inter, d, yes])[0];
        self.b.ins().icmp_imm_s(IntCC::NotEqual, tab, 0)
    }
}
