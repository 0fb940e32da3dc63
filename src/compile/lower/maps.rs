//! Maps: every operation is a call of the runtime's map (`runtime/map.go`) with the map type's
//! descriptor and keys passed by address.

use super::*;

impl FnLower<'_, '_, '_> {
    /// The address of `t`'s type descriptor.
    pub(super) fn desc_addr(&mut self, t: TypeId) -> Value {
        self.desc_addr_in(t, false)
    }

    /// The address of `t`'s type descriptor; `top` for a value in an interface (fmt
    /// follows a pointer there), which is also the type's identity in type assertions.
    pub(super) fn desc_addr_in(&mut self, t: TypeId, top: bool) -> Value {
        match self.l.desc_id(t, top) {
            DataRef::Lib(id) => self.symbol_addr(NS_RTSTR, id.as_u32()),
            DataRef::Data(id) => self.symbol_addr(NS_STR, id.as_u32()),
            DataRef::Func(_) => unreachable!("a descriptor is data"),
        }
    }

    /// The address of a value (spilled to the stack unless it is in memory already).
    pub(super) fn value_addr(&mut self, t: TypeId, v: &[Value]) -> Value {
        if self.is_mem(t) {
            return v[0];
        }
        let tmp = self.temp_slot(t);
        self.store_words(t, tmp, v);
        tmp
    }

    fn map_types(&self, m: TypeId) -> (TypeId, TypeId) {
        match self.types().kind(self.types().underlying(m)) {
            TypeKind::Map(k, v) => (*k, *v),
            _ => (TypeTable::INVALID, TypeTable::INVALID),
        }
    }

    pub(super) fn make_map(&mut self, t: TypeId, hint: Option<&tir::Expr>) -> Value {
        let d = self.desc_addr(t);
        let h = match hint {
            Some(h) => self.index_i64(h),
            None => self.b.ins().iconst(I64, 0),
        };
        let m = self.call_rt(Rt::Makemap, &[d, h])[0];
        self.check_panic();
        m
    }

    pub(super) fn map_literal(
        &mut self,
        t: TypeId,
        entries: &[(tir::Expr, tir::Expr)],
    ) -> Vec<Value> {
        let d = self.desc_addr(t);
        let n = self.b.ins().iconst(I64, entries.len() as i64);
        let m = self.call_rt(Rt::Makemap, &[d, n])[0];
        let (kt, vt) = self.map_types(t);
        // As gc: the entries of constants first, then each other entry as its own
        // `m[k] = v`, in order (its calls made just before it).
        let constant = |e: &tir::Expr| match &e.kind {
            ExprKind::Const(_) | ExprKind::Zero => true,
            ExprKind::Convert(x) => matches!(x.kind, ExprKind::Const(_) | ExprKind::Zero),
            _ => false,
        };
        let (fixed, dynamic): (Vec<_>, Vec<_>) = entries
            .iter()
            .partition(|(k, v)| constant(k) && constant(v));
        for (k, v) in fixed.into_iter().chain(dynamic) {
            self.hoist(&[k, v]);
            let kv = self.expr(k);
            let ka = self.value_addr(kt, &kv);
            let vv = self.expr(v);
            let vp = self.call_rt(Rt::Mapassign, &[m, ka])[0];
            self.check_panic();
            self.store_value(vt, vp, &vv);
        }
        vec![m]
    }

    /// Before a lookup or delete: on a nil or empty map, gc checks that a key holding an
    /// interface is hashable (the map's own hashing does it otherwise).
    fn map_key_check(&mut self, kt: TypeId, mv: Value, ka: Value) {
        if !holds_interface(self.types(), kt) {
            return;
        }
        let kd = self.desc_addr(kt);
        self.call_rt(Rt::MapKeyCheck, &[mv, kd, ka]);
        self.check_panic();
    }

    /// `m[k]`, and with `ok` whether `k` is present.
    pub(super) fn map_index(&mut self, m: &tir::Expr, k: &tir::Expr, ok: bool) -> Vec<Value> {
        let (kt, vt) = self.map_types(m.ty);
        let mv = self.expr(m)[0];
        let kv = self.expr(k);
        let ka = self.value_addr(kt, &kv);
        self.map_key_check(kt, mv, ka);
        let vsize = self.size_of(vt) as i64;
        let size = self.b.ins().iconst(I64, vsize);
        if ok {
            let r = self.call_rt(Rt::Mapaccess2, &[mv, ka, size]);
            self.check_panic();
            let mut v = self.load_value(vt, r[0]);
            v.push(r[1]);
            return v;
        }
        let p = self.call_rt(Rt::Mapaccess1, &[mv, ka, size])[0];
        self.check_panic();
        self.load_value(vt, p)
    }

    /// Evaluates a map element place's operands: the map and the key's address.
    pub(super) fn map_place_operands(&mut self, m: &tir::Expr, k: &tir::Expr) -> Vec<Value> {
        let (kt, _) = self.map_types(m.ty);
        let mv = self.expr(m)[0];
        let kv = self.expr(k);
        let ka = self.value_addr(kt, &kv);
        vec![mv, ka]
    }

    /// `m[k] = v`: the element, inserted when absent, then the value stored.
    pub(super) fn map_store(&mut self, mt: TypeId, pre: &[Value], vals: &[Value]) {
        let (_, vt) = self.map_types(mt);
        let vp = self.call_rt(Rt::Mapassign, &[pre[0], pre[1]])[0];
        self.check_panic();
        self.store_value(vt, vp, vals);
    }

    pub(super) fn map_delete(&mut self, m: &tir::Expr, k: &tir::Expr) {
        let (kt, _) = self.map_types(m.ty);
        let mv = self.expr(m)[0];
        let kv = self.expr(k);
        let ka = self.value_addr(kt, &kv);
        self.map_key_check(kt, mv, ka);
        self.call_rt(Rt::Mapdelete, &[mv, ka]);
        self.check_panic();
    }

    /// `len(m)`: 0 for a nil map, else the count the header starts with.
    pub(super) fn map_len(&mut self, m: Value) -> Value {
        let nonnil = self.b.create_block();
        let join = self.b.create_block();
        let r = self.b.append_block_param(join, I64);
        let zero = self.b.ins().iconst(I64, 0);
        self.b.ins().brif(m, nonnil, &[], join, &[zero.into()]);
        self.b.switch_to_block(nonnil);
        let n = self.b.ins().load(I64, MemFlagsData::trusted(), m, 0);
        self.b.ins().jump(join, &[n.into()]);
        self.b.switch_to_block(join);
        r
    }

    /// The iterator local's address (it lives in a stack slot).
    pub(super) fn iter_addr(&mut self, it: LocalId) -> Value {
        self.local_addr(it).expect("a map iterator lives in memory")
    }
}

/// Whether values of `t` may hold an interface value (and so a dynamic type).
fn holds_interface(types: &TypeTable, t: TypeId) -> bool {
    match types.kind(types.underlying(t)) {
        TypeKind::Interface(_) => true,
        TypeKind::Array(_, e) => holds_interface(types, *e),
        TypeKind::Struct(fs) => fs.iter().any(|f| holds_interface(types, f.ty)),
        _ => false,
    }
}
