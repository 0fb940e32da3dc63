//! Expressions: operators (with Go's division and shift semantics), conversions, fmt calls
//! and the runtime's intrinsics.

use super::*;
use crate::compile::tir::Alloc;

impl FnLower<'_, '_, '_> {
    pub(super) fn expr(&mut self, e: &tir::Expr) -> Vec<Value> {
        crate::compile::deep(|| self.expr_here(e))
    }

    /// gc's order of evaluation: within a statement (and within each call's argument list),
    /// every function call is made first, left to right, and only then are variables read
    /// and the rest computed — `fmt.Println(x, f())` prints `x` as `f` left it. This evaluates
    /// the outermost calls of `exprs` ahead (not those on the right of `&&`/`||`, which may not
    /// run) for [`FnLower::expr`] to find.
    pub(super) fn hoist(&mut self, exprs: &[&tir::Expr]) {
        self.hoist_with(exprs, false);
    }

    /// [`Self::hoist`]; with `boxed`, the expressions are operands fmt converts to interfaces,
    /// which gc copies where they stand when [`Self::converts_in_place`].
    fn hoist_with(&mut self, exprs: &[&tir::Expr], boxed: bool) {
        let mut calls = Vec::new();
        {
            let in_place = |e: &tir::Expr| self.converts_in_place(e);
            for e in exprs {
                if boxed && in_place(e) {
                    calls.push(*e);
                } else {
                    outer_calls(e, &mut calls, &in_place);
                }
            }
        }
        // A single call needs no reordering.
        if calls.len() == 1 && exprs.len() == 1 && std::ptr::eq(calls[0], exprs[0]) {
            return;
        }
        for c in calls {
            let v = self.expr_here(c);
            self.hoisted.insert(c as *const tir::Expr, v);
        }
    }

    /// gc converts a value to an interface where it stands (a copy into a temporary) when
    /// the value is not a variable and its type goes to the runtime by address (`convT`):
    /// not 2-, 4- or 8-byte scalars, not a lone string or slice, not pointer-shaped or empty.
    fn converts_in_place(&self, e: &tir::Expr) -> bool {
        !e.is_variable() && self.types().converted_by_address(e.ty)
    }

    pub(super) fn expr_here(&mut self, e: &tir::Expr) -> Vec<Value> {
        if !self.hoisted.is_empty() {
            if let Some(v) = self.hoisted.remove(&(e as *const tir::Expr)) {
                return v;
            }
        }
        match &e.kind {
            ExprKind::Const(v) => self.const_val(v, e.ty),
            ExprKind::Local(l) => self.read_local(*l),
            ExprKind::Global(g) => {
                let addr = self.global_addr(*g);
                self.load_value(e.ty, addr)
            }
            ExprKind::Unary(op, x) => {
                let v = self.expr(x)[0];
                vec![match op {
                    UnOp::Neg if self.is_float(x.ty) => self.b.ins().fneg(v),
                    UnOp::Neg => self.b.ins().ineg(v),
                    UnOp::Not => self.b.ins().bxor_imm_u(v, 1),
                    UnOp::Complement => self.b.ins().bnot(v),
                }]
            }
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b),
            ExprKind::Call(f, args) => {
                let refs: Vec<&tir::Expr> = args.iter().collect();
                self.hoist(&refs);
                let mut vals = Vec::new();
                for a in args {
                    vals.extend(self.expr(a));
                }
                self.call_with_results(*f, vals)
            }
            ExprKind::Intrinsic(i, args) => self.intrinsic(*i, args),
            ExprKind::Convert(x) => {
                // A conversion between identical underlying types changes no bits (the checker
                // emits none; kept safe here, as a string has two words).
                let types = self.types();
                if types.identical(types.underlying(x.ty), types.underlying(e.ty)) {
                    return self.expr(x);
                }
                let v = self.expr(x)[0];
                if self.is_float(e.ty) || self.is_float(x.ty) {
                    return vec![self.convert_float(v, x.ty, e.ty)];
                }
                match self.types().basic(e.ty) {
                    Some(Basic::String) => {
                        let w = self.widen(v, x.ty);
                        self.call_rt(Rt::Intstring, &[w])
                    }
                    Some(Basic::Int(k)) => {
                        let to = int_ty(k);
                        let from = self.b.func.dfg.value_type(v);
                        if to == from {
                            vec![v]
                        } else if to.bits() < from.bits() {
                            vec![self.b.ins().ireduce(to, v)]
                        } else if self.int_kind(x.ty).signed() {
                            vec![self.b.ins().sextend(to, v)]
                        } else {
                            vec![self.b.ins().uextend(to, v)]
                        }
                    }
                    _ => vec![v],
                }
            }
            ExprKind::StrIndex(s, i) => {
                let sv = self.expr(s);
                let iv = self.index_i64(i);
                self.bounds_check(iv, sv[1], i.ty);
                let addr = self.b.ins().iadd(sv[0], iv);
                vec![self.b.ins().load(I8, MemFlagsData::trusted(), addr, 0)]
            }
            ExprKind::StrSlice(s, lo, hi) => {
                let sv = self.expr(s);
                let (lo, hi) = self.slice_bounds(lo.as_deref(), hi.as_deref(), sv[1], sv[1]);
                let p = self.b.ins().iadd(sv[0], lo);
                let n = self.b.ins().isub(hi, lo);
                vec![p, n]
            }
            ExprKind::SliceIndex(..) | ExprKind::Deref(_) => {
                let a = self.addr_of(e);
                self.load_value(e.ty, a)
            }
            ExprKind::Field(x, i) => {
                if self.in_memory(e) {
                    let a = self.addr_of(e);
                    return self.load_value(e.ty, a);
                }
                // A field of a value: the value is a temporary of ours.
                let base = self.expr(x)[0];
                let off = self.types().field_offsets(x.ty).0[*i];
                let a = self.b.ins().iadd_imm_s(base, off as i64);
                self.load_in_place(e.ty, a)
            }
            ExprKind::ArrayIndex(x, i) => {
                if self.in_memory(e) {
                    let a = self.addr_of(e);
                    return self.load_value(e.ty, a);
                }
                let base = self.expr(x)[0];
                let iv = self.index_i64(i);
                let n = self.types().array_len(x.ty).unwrap_or(0);
                let len = self.b.ins().iconst(I64, n as i64);
                self.bounds_check(iv, len, i.ty);
                let size = self.size_of(e.ty) as i64;
                let off = self.b.ins().imul_imm_s(iv, size);
                let a = self.b.ins().iadd(base, off);
                self.load_in_place(e.ty, a)
            }
            ExprKind::SliceSlice(s, lo, hi, max, guard) => {
                let sv = self.expr(s);
                let elem = self.types().slice_elem(s.ty).unwrap_or(TypeTable::INVALID);
                let guard = guard.get().then_some(sv[1]);
                self.reslice(sv[0], sv[1], sv[2], elem, lo, hi, max, true, guard)
            }
            ExprKind::ArraySlice(p, lo, hi, max) => {
                let pv = self.expr(p)[0];
                self.nil_check(pv);
                let at = self.types().elem(p.ty).unwrap_or(TypeTable::INVALID);
                let n = self.types().array_len(at).unwrap_or(0);
                let elem = self.types().elem(at).unwrap_or(TypeTable::INVALID);
                let len = self.b.ins().iconst(I64, n as i64);
                self.reslice(pv, len, len, elem, lo, hi, max, false, None)
            }
            ExprKind::Zero => {
                if self.is_mem(e.ty) {
                    let t = self.temp_slot(e.ty);
                    let size = self.size_of(e.ty);
                    self.zero_mem(t, size);
                    return vec![t];
                }
                self.words(e.ty)
                    .into_iter()
                    .map(|w| self.zero_word(w))
                    .collect()
            }
            ExprKind::AddrOf(x) => vec![self.addr_of(x)],
            ExprKind::HeapAlloc(x) => {
                let p = self.heap_alloc(x.ty);
                self.expr_into(x, p);
                vec![p]
            }
            ExprKind::Composite(_) => {
                if self.is_mem(e.ty) {
                    let t = self.temp_slot(e.ty);
                    self.expr_into(e, t);
                    return vec![t];
                }
                self.slice_literal(e)
            }
            ExprKind::MakeSlice(len, cap) => {
                let elem = self.types().slice_elem(e.ty).unwrap_or(TypeTable::INVALID);
                // gc evaluates the capacity before the length.
                let c = cap.as_ref().map(|c| self.index_i64(c));
                let l = self.index_i64(len);
                let c = c.unwrap_or(l);
                let size_arg = self.size_of(elem) as i64;
                let size = self.b.ins().iconst(I64, size_arg);
                let unscanned = i64::from(self.unscanned(elem));
                let unscanned = self.b.ins().iconst(I8, unscanned);
                let p = self.call_rt(Rt::Makeslice, &[size, l, c, unscanned])[0];
                self.check_panic();
                vec![p, l, c]
            }
            ExprKind::Append(s, xs, site) => self.append(s, xs, site.alloc()),
            ExprKind::AppendSlice(s, t) => self.append_slice(s, t),
            ExprKind::Copy(d, s) => {
                let dv = self.expr(d);
                let sv = self.expr(s);
                let elem = self.types().slice_elem(d.ty).unwrap_or(TypeTable::INVALID);
                let less = self.b.ins().icmp(IntCC::SignedLessThan, dv[1], sv[1]);
                let n = self.b.ins().select(less, dv[1], sv[1]);
                let bytes_arg = self.size_of(elem) as i64;
                let bytes = self.b.ins().imul_imm_s(n, bytes_arg);
                self.call_rt(Rt::Memmove, &[dv[0], sv[0], bytes]);
                vec![n]
            }
            ExprKind::Cap(x) => vec![self.expr(x)[2]],
            ExprKind::Closure(f, cells) => {
                let size = self.b.ins().iconst(I64, 8 + 8 * cells.len() as i64);
                let obj = self.call_rt(Rt::Alloc, &[size])[0];
                let code = self.func_addr(*f);
                self.b.ins().store(MemFlagsData::trusted(), code, obj, 0);
                for (i, &l) in cells.iter().enumerate() {
                    let cell = self
                        .local_addr(l)
                        .expect("captured variables live on the heap");
                    self.b
                        .ins()
                        .store(MemFlagsData::trusted(), cell, obj, 8 + 8 * i as i32);
                }
                vec![obj]
            }
            ExprKind::BindMethod(f, recv) => {
                let cell = self.heap_alloc(recv.ty);
                self.expr_into(recv, cell);
                if self.has_itab(recv.ty) {
                    // A method value of a nil interface panics where it is made.
                    let tab = self.b.ins().load(I64, MemFlagsData::trusted(), cell, 0);
                    self.nil_check(tab);
                }
                let size = self.b.ins().iconst(I64, 16);
                let obj = self.call_rt(Rt::Alloc, &[size])[0];
                let code = self.func_addr(*f);
                self.b.ins().store(MemFlagsData::trusted(), code, obj, 0);
                self.b.ins().store(MemFlagsData::trusted(), cell, obj, 8);
                vec![obj]
            }
            ExprKind::CallValue(fv, args) => {
                let mut refs: Vec<&tir::Expr> = vec![fv];
                refs.extend(args.iter());
                self.hoist(&refs);
                let obj = self.expr(fv)[0];
                let mut vals = vec![obj];
                for a in args {
                    vals.extend(self.expr(a));
                }
                self.nil_check(obj);
                let code = self.b.ins().load(I64, MemFlagsData::trusted(), obj, 0);
                self.call_value(fv.ty, code, vals)
            }
            ExprKind::DecodeRune(s, i) => {
                let sv = self.expr(s);
                let iv = self.index_i64(i);
                let r = self.call_rt(Rt::DecodeRune, &[sv[0], sv[1], iv]);
                let rune = self.b.ins().ireduce(I32, r[0]);
                vec![rune, r[1]]
            }
            ExprKind::Clear(x) => {
                let v = self.expr(x);
                if matches!(
                    self.types().kind(self.types().underlying(x.ty)),
                    TypeKind::Map(..)
                ) {
                    self.call_rt(Rt::Mapclear, &[v[0]]);
                    return vec![];
                }
                let elem = self.types().slice_elem(x.ty).unwrap_or(TypeTable::INVALID);
                let es = self.size_of(elem) as i64;
                let bytes = self.b.ins().imul_imm_s(v[1], es);
                self.call_rt(Rt::Memclr, &[v[0], bytes]);
                vec![]
            }
            ExprKind::SliceToArray(x) => {
                let sv = self.expr(x);
                let (n, ptr) = match self.types().array_len(e.ty) {
                    Some(n) => (n, false),
                    None => {
                        let at = self.types().elem(e.ty).unwrap_or(TypeTable::INVALID);
                        (self.types().array_len(at).unwrap_or(0), true)
                    }
                };
                let want = self.b.ins().iconst(I64, n as i64);
                let ok = self
                    .b
                    .ins()
                    .icmp(IntCC::UnsignedGreaterThanOrEqual, sv[1], want);
                self.panic_unless(ok, Rt::PanicSliceConvert, &[sv[1], want]);
                if ptr {
                    return vec![sv[0]];
                }
                let t = self.temp_slot(e.ty);
                let size = self.size_of(e.ty);
                self.copy_mem(t, sv[0], size);
                vec![t]
            }
            ExprKind::StringToBytes(x, exact, site) => {
                let mut v = self.expr(x);
                // gc converts a concatenation directly, and an empty one to a slice of
                // capacity 0 even with its stack buffer (-32 says so).
                let concat = matches!(x.kind, ExprKind::Binary(BinOp::Add, ..));
                let buf = i64::from(site.alloc() == Alloc::Buffer) * if concat { -32 } else { 32 };
                v.push(self.b.ins().iconst(I64, buf));
                let mut r = self.call_rt(Rt::Stringtoslicebyte, &v);
                // A constant's conversion is an array of exactly its bytes for gc, wherever
                // it lives.
                let konst = matches!(x.kind, ExprKind::Const(_));
                if *exact || konst || site.alloc() == Alloc::Exact {
                    r[2] = r[1];
                }
                r
            }
            ExprKind::MoveToHeap(x, mv) => self.move_to_heap(x, *mv),
            ExprKind::Retype(x) | ExprKind::DictRecv(x, _) => self.expr(x),
            ExprKind::StringToRunes(x, site) => {
                let mut v = self.expr(x);
                let buf = i64::from(site.alloc() == Alloc::Buffer) * 32;
                v.push(self.b.ins().iconst(I64, buf));
                let mut r = self.call_rt(Rt::Stringtoslicerune, &v);
                // gc converts a constant at compile time, to a literal of exactly its runes.
                if matches!(x.kind, ExprKind::Const(_)) || site.alloc() == Alloc::Exact {
                    r[2] = r[1];
                }
                r
            }
            ExprKind::BytesToString(x) => {
                let v = self.expr(x);
                self.call_rt(Rt::Slicebytetostring, &v[..2])
            }
            ExprKind::RunesToString(x) => {
                let v = self.expr(x);
                self.call_rt(Rt::Slicerunetostring, &v[..2])
            }
            ExprKind::MinMax(max, xs) => {
                let mut acc = self.expr(&xs[0]);
                for x in &xs[1..] {
                    let v = self.expr(x);
                    if self.is_float(x.ty) {
                        // Go's min/max: NaN wins, and -0 is less than +0, as fmin/fmax.
                        acc = vec![if *max {
                            self.b.ins().fmax(acc[0], v[0])
                        } else {
                            self.b.ins().fmin(acc[0], v[0])
                        }];
                        continue;
                    }
                    // max takes v when acc < v; min when v < acc.
                    let take = if *max {
                        self.less(x.ty, &acc, &v)
                    } else {
                        self.less(x.ty, &v, &acc)
                    };
                    acc = acc
                        .iter()
                        .zip(&v)
                        .map(|(a, b)| self.b.ins().select(take, *b, *a))
                        .collect();
                }
                acc
            }
            ExprKind::Len(x) => {
                let v = self.expr(x);
                if let Some((n, _, _)) = self.array_of(x.ty) {
                    return vec![self.b.ins().iconst(I64, n as i64)];
                }
                if matches!(
                    self.types().kind(self.types().underlying(x.ty)),
                    TypeKind::Map(..)
                ) {
                    return vec![self.map_len(v[0])];
                }
                vec![v[1]]
            }
            ExprKind::MakeMap(hint) => vec![self.make_map(e.ty, hint.as_deref())],
            ExprKind::MapLit(entries) => self.map_literal(e.ty, entries),
            ExprKind::MapIndex(m, k) => self.map_index(m, k, false),
            ExprKind::MapIndexOk(m, k) => self.map_index(m, k, true),
            ExprKind::MakeChan(size) => {
                let elem = self.types().elem(e.ty).unwrap_or(TypeTable::INVALID);
                let n = match size {
                    Some(s) => self.index_i64(s),
                    None => self.b.ins().iconst(I64, 0),
                };
                let es = self.size_of(elem) as i64;
                let es = self.b.ins().iconst(I64, es);
                let c = self.call_rt(Rt::Makechan, &[es, n])[0];
                self.check_panic();
                vec![c]
            }
            ExprKind::Recv(ch, ok) => {
                let c = self.expr(ch)[0];
                let elem = self.types().elem(ch.ty).unwrap_or(TypeTable::INVALID);
                let slot = self.temp_slot(elem);
                let got = self.call_rt(Rt::Chanrecv, &[c, slot])[0];
                self.check_panic();
                let mut v = self.load_value(elem, slot);
                if *ok {
                    v.push(got);
                }
                v
            }
            ExprKind::ChanLen(ch, cap) => {
                let c = self.expr(ch)[0];
                let cap = self.b.ins().iconst(I8, i64::from(*cap));
                self.call_rt(Rt::Chanlen, &[c, cap])
            }
            ExprKind::Close(ch) => {
                let c = self.expr(ch)[0];
                self.call_rt(Rt::Closechan, &[c]);
                self.check_panic();
                vec![]
            }
            ExprKind::Select(cases, has_default) => self.select(cases, *has_default),
            ExprKind::SelectRecv(v, ok, with_ok) => {
                let mut vals = self.read_local(*v);
                if *with_ok {
                    vals.extend(self.read_local(*ok));
                }
                vals
            }
            ExprKind::Delete(m, k) => {
                self.map_delete(m, k);
                vec![]
            }
            ExprKind::MapIterInit(m, it) => {
                let mv = self.expr(m)[0];
                let a = self.iter_addr(*it);
                self.call_rt(Rt::Mapiterinit, &[mv, a]);
                vec![]
            }
            ExprKind::MapIterNext(it) => {
                let a = self.iter_addr(*it);
                self.call_rt(Rt::Mapiternext, &[a])
            }
            ExprKind::Fmt(f, args) => self.fmt(*f, args),
            ExprKind::Panic(x) => {
                let v = self.expr(x);
                self.call_rt_noreturn(Rt::Gopanic, &v);
                self.fresh_block();
                vec![]
            }
            ExprKind::Box(x) => self.box_into(x, e.ty),
            ExprKind::FuncAddr(f) => vec![self.func_addr(*f)],
            ExprKind::TypeDesc(t) => vec![self.desc_addr_in(*t, true)],
            ExprKind::Unsupported(what) => {
                let s = self.const_val(&CVal::Str(what.as_bytes().to_vec()), TypeTable::STRING);
                self.call_rt(Rt::Unsupported, &s);
                vec![]
            }
            ExprKind::PanicWrap(msg) => {
                let s = self.const_val(&CVal::Str(msg.as_bytes().to_vec()), TypeTable::STRING);
                self.call_rt_noreturn(Rt::Panicwrap, &s);
                vec![]
            }
            ExprKind::CallIface(x, i, args) => self.call_iface(x, *i, args),
            ExprKind::TypeAssert(x, ok) => {
                let target = match self.types().kind(e.ty) {
                    TypeKind::Tuple(ts) if *ok => ts[0],
                    _ => e.ty,
                };
                self.type_assert(x, target, *ok)
            }
            ExprKind::TypeIs(x, t) => vec![self.type_is(x, *t)],
            ExprKind::TupleConvert(x) => self.tuple_convert(x, e.ty),
            ExprKind::TupleVariadic(x, fixed) => self.tuple_variadic(x, *fixed, e.ty),
            ExprKind::IfaceNilCheck(x) => {
                let v = self.expr(x);
                self.nil_check(v[0]);
                vec![]
            }
            ExprKind::ConvIface(x) => {
                let v = self.expr(x);
                self.convert_iface(x.ty, e.ty, &v)
            }
            ExprKind::Spread(x) => self.expr(x),
            ExprKind::Recover => self.recover(),
        }
    }

    /// A conversion to or from a floating-point type: int to float exactly as the hardware
    /// rounds; float to int truncating toward zero (out-of-range values, which the spec leaves
    /// to the implementation, saturate); between float sizes by rounding.
    fn convert_float(&mut self, v: Value, from: TypeId, to: TypeId) -> Value {
        let to_ty = self.words(to)[0];
        match (self.is_float(from), self.is_float(to)) {
            (true, true) => {
                let from_ty = self.b.func.dfg.value_type(v);
                if from_ty == to_ty {
                    v
                } else if to_ty == F64 {
                    self.b.ins().fpromote(F64, v)
                } else {
                    self.b.ins().fdemote(F32, v)
                }
            }
            (false, true) => {
                let w = self.widen(v, from);
                if self.int_kind(from).signed() {
                    self.b.ins().fcvt_from_sint(to_ty, w)
                } else {
                    self.b.ins().fcvt_from_uint(to_ty, w)
                }
            }
            _ => {
                // As gc on amd64 (CVTTSD2SQ/SL): out of range or NaN gives the smallest
                // integer of the instruction's width.
                let from_ty = self.b.func.dfg.value_type(v);
                let k = self.int_kind(to);
                let wide = k.bits() == 64 || (k.bits() == 32 && !k.signed());
                let r = if matches!(k, IntKind::Uint64 | IntKind::Uint | IntKind::Uintptr) {
                    // Below 2^63 directly; above, offset by 2^63.
                    let big = self.float_const(from_ty, 9.223_372_036_854_776e18);
                    let small = self.b.ins().fcmp(FloatCC::LessThan, v, big);
                    let lo = self.cvt_trunc(v, I64);
                    let shifted = self.b.ins().fsub(v, big);
                    let hi = self.cvt_trunc(shifted, I64);
                    let hi = self.b.ins().bor_imm_s(hi, i64::MIN);
                    self.b.ins().select(small, lo, hi)
                } else if wide {
                    self.cvt_trunc(v, I64)
                } else {
                    self.cvt_trunc(v, I32)
                };
                let rt = self.b.func.dfg.value_type(r);
                if to_ty == rt {
                    r
                } else if to_ty.bits() < rt.bits() {
                    self.b.ins().ireduce(to_ty, r)
                } else {
                    self.b.ins().sextend(to_ty, r)
                }
            }
        }
    }

    /// A float constant of type `t`.
    fn float_const(&mut self, t: cranelift_codegen::ir::Type, v: f64) -> Value {
        if t == F32 {
            self.b.ins().f32const(v as f32)
        } else {
            self.b.ins().f64const(v)
        }
    }

    /// Truncation toward zero into `to` (I32 or I64), the smallest value of `to` when out of
    /// range or NaN, as the x86 instructions do.
    fn cvt_trunc(&mut self, v: Value, to: cranelift_codegen::ir::Type) -> Value {
        let ft = self.b.func.dfg.value_type(v);
        let limit = if to == I64 {
            9.223_372_036_854_776e18
        } else {
            2147483648.0
        };
        let hi = self.float_const(ft, limit);
        let lo = self.float_const(ft, -limit);
        let below = self.b.ins().fcmp(FloatCC::LessThan, v, hi);
        let above = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, v, lo);
        let ok = self.b.ins().band(below, above);
        let r = self.b.ins().fcvt_to_sint_sat(to, v);
        let min = self.b.ins().iconst(
            to,
            if to == I64 {
                i64::MIN
            } else {
                i64::from(i32::MIN)
            },
        );
        self.b.ins().select(ok, r, min)
    }

    /// An interface value holding `x`: its type descriptor, and the value itself for
    /// pointer-shaped types or else the address of a heap copy.
    pub(super) fn box_value(&mut self, x: &tir::Expr) -> Vec<Value> {
        if self.types().is_interface(x.ty) {
            return self.expr(x);
        }
        let d = self.desc_addr_in(x.ty, true);
        if typedesc::is_direct(self.types(), x.ty) {
            let v = self.expr(x);
            return vec![d, v[0]];
        }
        let cell = self.heap_alloc(x.ty);
        self.expr_into(x, cell);
        vec![d, cell]
    }

    /// An array type's length and element, for an array or a pointer to one.
    fn array_of(&self, t: TypeId) -> Option<(u64, TypeId, bool)> {
        let types = self.types();
        match types.kind(types.underlying(t)) {
            TypeKind::Array(n, e) => Some((*n, *e, false)),
            TypeKind::Pointer(p) => match types.kind(types.underlying(*p)) {
                TypeKind::Array(n, e) => Some((*n, *e, true)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `a < b` for ordered values of type `t`.
    pub(super) fn less(&mut self, t: TypeId, a: &[Value], b: &[Value]) -> Value {
        if self.types().is_string(t) {
            let c = self.call_rt(Rt::Cmpstring, &[a[0], a[1], b[0], b[1]])[0];
            return self.b.ins().icmp_imm_s(IntCC::SignedLessThan, c, 0);
        }
        if self.is_float(t) {
            return self.b.ins().fcmp(FloatCC::LessThan, a[0], b[0]);
        }
        let cc = if self.int_kind(t).signed() {
            IntCC::SignedLessThan
        } else {
            IntCC::UnsignedLessThan
        };
        self.b.ins().icmp(cc, a[0], b[0])
    }

    /// Evaluates `e` straight into the memory at `addr` (composite literals are built in
    /// place).
    pub(super) fn expr_into(&mut self, e: &tir::Expr, addr: Value) {
        match &e.kind {
            ExprKind::Composite(elems) if self.is_mem(e.ty) => {
                let size = self.size_of(e.ty);
                self.zero_mem(addr, size);
                let u = self.types().underlying(e.ty);
                let offsets: Vec<u64> = match self.types().kind(u) {
                    TypeKind::Struct(_) => self.types().field_offsets(u).0,
                    _ => {
                        let elem = self.types().elem(u).unwrap_or(TypeTable::INVALID);
                        let es = self.size_of(elem);
                        elems.iter().map(|(i, _)| i * es).collect()
                    }
                };
                let is_struct = matches!(self.types().kind(u), TypeKind::Struct(_));
                for (k, (i, v)) in elems.iter().enumerate() {
                    if *i == u64::MAX {
                        // A blank field's value: evaluated, not stored.
                        self.expr(v);
                        continue;
                    }
                    let off = if is_struct {
                        offsets[*i as usize]
                    } else {
                        offsets[k]
                    };
                    let a = self.b.ins().iadd_imm_s(addr, off as i64);
                    self.expr_into(v, a);
                }
            }
            ExprKind::Zero if self.is_mem(e.ty) => {
                let size = self.size_of(e.ty);
                self.zero_mem(addr, size);
            }
            _ => {
                let v = self.expr(e);
                self.store_value(e.ty, addr, &v);
            }
        }
    }

    /// A slice literal: a fresh backing array of its length.
    fn slice_literal(&mut self, e: &tir::Expr) -> Vec<Value> {
        let ExprKind::Composite(elems) = &e.kind else {
            unreachable!("slice literal")
        };
        let elem = self.types().slice_elem(e.ty).unwrap_or(TypeTable::INVALID);
        let n = elems.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
        let es = self.size_of(elem);
        let bytes = self.b.ins().iconst(I64, (n * es) as i64);
        let p = self.alloc_bytes(elem, bytes);
        for (i, v) in elems {
            let a = self.b.ins().iadd_imm_s(p, (i * es) as i64);
            self.expr_into(v, a);
        }
        let len = self.b.ins().iconst(I64, n as i64);
        vec![p, len, len]
    }

    /// Calls program function `f` with `args`, passing result pointers for its memory-value
    /// results; the results as [`FnLower::expr`] gives a tuple.
    pub(super) fn call_with_results(&mut self, f: FuncId, mut args: Vec<Value>) -> Vec<Value> {
        let results = self.prog().funcs[f].results.clone();
        let mut temps = Vec::new();
        for &r in &results {
            if self.is_mem(r) {
                let t = self.temp_slot(r);
                temps.push(t);
                args.push(t);
            }
        }
        let rets = self.call(f, &args);
        let mut out = Vec::new();
        let (mut k, mut t) = (0, 0);
        for &r in &results {
            if self.is_mem(r) {
                out.push(temps[t]);
                t += 1;
            } else {
                let n = self.words(r).len();
                out.extend_from_slice(&rets[k..k + n]);
                k += n;
            }
        }
        out
    }

    /// Calls the code of a function value of type `t` with `args` (its context first), passing
    /// result pointers for memory-value results; the results as a tuple.
    pub(super) fn call_value(
        &mut self,
        t: TypeId,
        code: Value,
        mut args: Vec<Value>,
    ) -> Vec<Value> {
        let u = self.types().underlying(t);
        let TypeKind::Signature(s) = self.types().kind(u).clone() else {
            unreachable!("calling a function value")
        };
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.push(AbiParam::new(I64));
        for &p in &s.params {
            for w in self.words(p) {
                sig.params.push(AbiParam::new(w));
            }
        }
        let mut temps = Vec::new();
        for &r in &s.results {
            if self.is_mem(r) {
                sig.params.push(AbiParam::new(I64));
                let tmp = self.temp_slot(r);
                temps.push(tmp);
                args.push(tmp);
            } else {
                for w in self.words(r) {
                    sig.returns.push(AbiParam::new(w));
                }
            }
        }
        let sigref = self.b.import_signature(sig);
        let inst = self.b.ins().call_indirect(sigref, code, &args);
        let rets = self.b.inst_results(inst).to_vec();
        self.check_panic();
        let mut out = Vec::new();
        let (mut k, mut j) = (0, 0);
        for &r in &s.results {
            if self.is_mem(r) {
                out.push(temps[j]);
                j += 1;
            } else {
                let n = self.words(r).len();
                out.extend_from_slice(&rets[k..k + n]);
                k += n;
            }
        }
        out
    }

    /// `s[lo:hi:max]` of the elements at `p` with length `len` and capacity `cap`, checked as
    /// gc checks (`with capacity` for slices, `with length` for arrays).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn reslice(
        &mut self,
        p: Value,
        len: Value,
        cap: Value,
        elem: TypeId,
        lo: &Option<Box<tir::Expr>>,
        hi: &Option<Box<tir::Expr>>,
        max: &Option<Box<tir::Expr>>,
        is_slice: bool,
        guard: Option<Value>,
    ) -> Vec<Value> {
        let (lo_ty, hi_ty) = (
            lo.as_ref().map_or(TypeTable::INT, |e| e.ty),
            hi.as_ref().map_or(TypeTable::INT, |e| e.ty),
        );
        let lo = match lo {
            Some(e) => self.index_i64(e),
            None => self.b.ins().iconst(I64, 0),
        };
        let hi_v = hi.as_ref().map(|e| self.index_i64(e));
        let max_v = max.as_ref().map(|e| self.index_i64(e));
        if let Some(len) = guard {
            // Past the length, gc's capacity (perhaps a stack buffer's) would decide.
            let mut ok = self.b.ins().iconst(I8, 1);
            for b in [hi_v, max_v].into_iter().flatten() {
                let within = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, b, len);
                ok = self.b.ins().band(ok, within);
            }
            let what = "slicing past the length of a slice whose capacity gc may choose by escape analysis (Go 1.25+ stack buffers) is not supported yet";
            self.unsupported_unless(ok, what);
        }
        let (hi, m) = match max_v {
            Some(m) => {
                let hi = hi_v.expect("3-index slices have a middle index");
                let ok = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, m, cap);
                let rt = if is_slice {
                    Rt::PanicSlice3Cap
                } else {
                    Rt::PanicSlice3Len
                };
                self.panic_unless(ok, rt, &[m, cap]);
                let ok = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, hi, m);
                self.panic_unless(ok, Rt::PanicSlice3B, &[hi, m]);
                let ok = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, lo, hi);
                self.panic_unless(ok, Rt::PanicSlice3A, &[lo, hi]);
                (hi, m)
            }
            None => {
                let hi = hi_v.unwrap_or(len);
                let ok = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, hi, cap);
                let rt = if is_slice {
                    Rt::PanicSliceCap
                } else {
                    Rt::PanicSliceB
                };
                let cap_arg = self.mark_unsigned(cap, hi_ty);
                self.panic_unless(ok, rt, &[hi, cap_arg]);
                let ok = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, lo, hi);
                let hi_arg = self.mark_unsigned(hi, lo_ty);
                self.panic_unless(ok, Rt::PanicSliceA, &[lo, hi_arg]);
                (hi, cap)
            }
        };
        let es = self.size_of(elem) as i64;
        // A slice of nothing at the end keeps a pointer inside the array (gc avoids pointing
        // past it only for the garbage collector's sake; memrun has none yet).
        let off = self.b.ins().imul_imm_s(lo, es);
        let np = self.b.ins().iadd(p, off);
        let n = self.b.ins().isub(hi, lo);
        let c = self.b.ins().isub(m, lo);
        vec![np, n, c]
    }

    /// `append(s, xs…)`.
    fn append(&mut self, s: &tir::Expr, xs: &[tir::Expr], alloc: Alloc) -> Vec<Value> {
        // Its operands' calls first, as a call's arguments' (it is evaluated as one).
        let mut refs = vec![s];
        refs.extend(xs);
        self.hoist(&refs);
        let sv = self.expr(s);
        let vals: Vec<Vec<Value>> = xs.iter().map(|x| self.expr(x)).collect();
        let elem = self.types().slice_elem(s.ty).unwrap_or(TypeTable::INVALID);
        let add = self.b.ins().iconst(I64, xs.len() as i64);
        let (p, len, cap) = self.grow_with(sv[0], sv[1], sv[2], add, elem, alloc);
        let es = self.size_of(elem) as i64;
        for (k, v) in vals.iter().enumerate() {
            let at = self.b.ins().iadd_imm_s(len, k as i64);
            let off = self.b.ins().imul_imm_s(at, es);
            let a = self.b.ins().iadd(p, off);
            self.store_value(elem, a, v);
        }
        let newlen = self.b.ins().iadd(len, add);
        vec![p, newlen, cap]
    }

    /// A fresh zeroed array of `k` elements (what stands for gc's stack store or buffer): its
    /// address, and `k` as a value.
    fn zeroed_array(&mut self, elem: TypeId, k: i64) -> (Value, Value) {
        let es = self.size_of(elem) as i64;
        let size = self.b.ins().iconst(I64, es);
        let kv = self.b.ins().iconst(I64, k);
        let unscanned = i64::from(self.appended_unscanned(elem));
        let unscanned = self.b.ins().iconst(I8, unscanned);
        let q = self.call_rt(Rt::Makeslice, &[size, kv, kv, unscanned])[0];
        (q, kv)
    }

    /// gc's move2heap: a copy on the heap when the slice is in its variable's stack store or
    /// buffer.
    fn move_to_heap(&mut self, x: &tir::Expr, mv: tir::Move) -> Vec<Value> {
        let v = self.expr(x);
        let elem = self.types().slice_elem(x.ty).unwrap_or(TypeTable::INVALID);
        let es = self.size_of(elem) as i64;
        let a = self.read_local(mv.area)[0];
        let end = self.b.ins().iadd_imm_s(a, es * i64::from(mv.k));
        let ge = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, v[0], a);
        let lt = self.b.ins().icmp(IntCC::UnsignedLessThan, v[0], end);
        let made = self.b.ins().icmp_imm_s(IntCC::NotEqual, a, 0);
        let inside = self.b.ins().band(ge, lt);
        let inside = self.b.ins().band(inside, made);
        let mv_block = self.b.create_block();
        let join = self.b.create_block();
        let rp = self.b.append_block_param(join, I64);
        let rc = self.b.append_block_param(join, I64);
        self.b
            .ins()
            .brif(inside, mv_block, &[], join, &[v[0].into(), v[2].into()]);
        self.b.switch_to_block(mv_block);
        self.b.set_cold_block(mv_block);
        let size = self.b.ins().iconst(I64, es);
        let preserve = self.b.ins().iconst(I8, i64::from(mv.preserve));
        let noscan = i64::from(!self.types().has_pointers(elem));
        let noscan = self.b.ins().iconst(I8, noscan);
        let unscanned = i64::from(self.appended_unscanned(elem));
        let unscanned = self.b.ins().iconst(I8, unscanned);
        let r = self.call_rt(
            Rt::Moveslice,
            &[v[0], v[1], v[2], size, preserve, noscan, unscanned],
        );
        self.b.ins().jump(join, &[r[0].into(), r[1].into()]);
        self.b.switch_to_block(join);
        vec![rp, v[1], rc]
    }

    /// `append(s, t...)`.
    fn append_slice(&mut self, s: &tir::Expr, t: &tir::Expr) -> Vec<Value> {
        self.hoist(&[s, t]);
        let sv = self.expr(s);
        let tv = self.expr(t);
        let elem = self.types().slice_elem(s.ty).unwrap_or(TypeTable::INVALID);
        let (p, len, cap) = self.grow(sv[0], sv[1], sv[2], tv[1], elem);
        let es = self.size_of(elem) as i64;
        let off = self.b.ins().imul_imm_s(len, es);
        let dst = self.b.ins().iadd(p, off);
        let bytes = self.b.ins().imul_imm_s(tv[1], es);
        self.call_rt(Rt::Memmove, &[dst, tv[0], bytes]);
        let newlen = self.b.ins().iadd(len, tv[1]);
        vec![p, newlen, cap]
    }

    /// Makes room for `add` more elements: the same backing array when the capacity allows,
    /// else a grown copy. Returns pointer, old length, capacity.
    fn grow(
        &mut self,
        p: Value,
        len: Value,
        cap: Value,
        add: Value,
        elem: TypeId,
    ) -> (Value, Value, Value) {
        self.grow_with(p, len, cap, add, elem, Alloc::Heap)
    }

    /// [`Self::grow`], allocating as gc does at the append's site: with gc's stack store
    /// (a fresh array of `k` elements, taken once per call, when the slice was empty and the
    /// new length fits), or as growslice does.
    fn grow_with(
        &mut self,
        p: Value,
        len: Value,
        cap: Value,
        add: Value,
        elem: TypeId,
        alloc: Alloc,
    ) -> (Value, Value, Value) {
        let newlen = self.b.ins().iadd(len, add);
        let fits = self
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, newlen, cap);
        let slow = self.b.create_block();
        let join = self.b.create_block();
        let rp = self.b.append_block_param(join, I64);
        let rc = self.b.append_block_param(join, I64);
        self.b
            .ins()
            .brif(fits, join, &[p.into(), cap.into()], slow, &[]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        if let Alloc::Store { k, flag } = alloc {
            let k = i64::from(k);
            let fits = self
                .b
                .ins()
                .icmp_imm_s(IntCC::SignedLessThanOrEqual, newlen, k);
            let taken = self.read_local(flag)[0];
            let free = self.b.ins().icmp_imm_s(IntCC::Equal, taken, 0);
            let empty = self.b.ins().icmp_imm_s(IntCC::Equal, len, 0);
            let ok = self.b.ins().band(fits, free);
            let ok = self.b.ins().band(ok, empty);
            let store = self.b.create_block();
            let grow = self.b.create_block();
            self.b.ins().brif(ok, store, &[], grow, &[]);
            self.b.switch_to_block(store);
            self.b.set_cold_block(store);
            let (q, kv) = self.zeroed_array(elem, k);
            self.write_local(flag, &[q]);
            self.b.ins().jump(join, &[q.into(), kv.into()]);
            self.b.switch_to_block(grow);
            self.b.set_cold_block(grow);
        }
        if let Alloc::Buf { k, area } = alloc {
            let k = i64::from(k);
            let fits = self
                .b
                .ins()
                .icmp_imm_s(IntCC::SignedLessThanOrEqual, newlen, k);
            let inbuf = self.b.create_block();
            let make = self.b.create_block();
            let have = self.b.create_block();
            let buf = self.b.append_block_param(have, I64);
            let grow = self.b.create_block();
            self.b.ins().brif(fits, inbuf, &[], grow, &[]);
            self.b.switch_to_block(inbuf);
            self.b.set_cold_block(inbuf);
            let a = self.read_local(area)[0];
            self.b.ins().brif(a, have, &[a.into()], make, &[]);
            self.b.switch_to_block(make);
            self.b.set_cold_block(make);
            let (q, _) = self.zeroed_array(elem, k);
            self.write_local(area, &[q]);
            self.b.ins().jump(have, &[q.into()]);
            self.b.switch_to_block(have);
            self.b.set_cold_block(have);
            let es = self.size_of(elem) as i64;
            let size = self.b.ins().iconst(I64, es);
            let noscan = i64::from(!self.types().has_pointers(elem));
            let noscan = self.b.ins().iconst(I8, noscan);
            let r = self.call_rt(Rt::Growslicebuf, &[p, len, newlen, size, noscan, buf]);
            self.b.ins().jump(join, &[r[0].into(), r[1].into()]);
            self.b.switch_to_block(grow);
            self.b.set_cold_block(grow);
        }
        let size_arg = self.size_of(elem) as i64;
        let size = self.b.ins().iconst(I64, size_arg);
        let noscan_arg = i64::from(!self.types().has_pointers(elem));
        let noscan = self.b.ins().iconst(I8, noscan_arg);
        let unscanned = i64::from(self.appended_unscanned(elem));
        let unscanned = self.b.ins().iconst(I8, unscanned);
        let r = self.call_rt(
            Rt::Growslice,
            &[p, len, cap, newlen, size, noscan, unscanned],
        );
        self.b.ins().jump(join, &[r[0].into(), r[1].into()]);
        self.b.switch_to_block(join);
        (rp, len, rc)
    }

    pub(super) fn index_i64(&mut self, e: &tir::Expr) -> Value {
        let v = self.expr(e)[0];
        self.widen(v, e.ty)
    }

    pub(super) fn fmt(&mut self, f: FmtFn, args: &[tir::Expr]) -> Vec<Value> {
        let (format, rest) = match f {
            FmtFn::Printf | FmtFn::Sprintf => {
                let fv = self.expr(&args[0]);
                (Some(fv), &args[1..])
            }
            _ => (None, args),
        };
        let name = match f {
            FmtFn::Print => Rt::FmtPrint,
            FmtFn::Println => Rt::FmtPrintln,
            FmtFn::Printf => Rt::FmtPrintf,
            FmtFn::Sprint => Rt::FmtSprint,
            FmtFn::Sprintln => Rt::FmtSprintln,
            FmtFn::Sprintf => Rt::FmtSprintf,
            FmtFn::BuiltinPrint => Rt::Gprint,
            FmtFn::BuiltinPrintln => Rt::Gprintln,
        };
        if let [tir::Expr {
            kind: ExprKind::Spread(xs),
            ..
        }] = rest
        {
            // The slice's elements are the operands, as fmt takes them.
            let v = self.expr(xs);
            let mut call_args = format.unwrap_or_default();
            call_args.push(v[0]);
            call_args.push(v[1]);
            return self.call_rt(name, &call_args);
        }
        let refs: Vec<&tir::Expr> = rest.iter().collect();
        self.hoist_with(&refs, true);
        // Evaluate every operand first (a multi-value call spreads into several operands).
        let mut operands: Vec<(TypeId, Vec<Value>)> = Vec::new();
        for a in rest {
            let v = self.expr(a);
            let ts = self.types().tuple_types(a.ty);
            let parts = self.tuple_parts(&v, &ts);
            operands.extend(ts.iter().zip(parts).map(|(&t, p)| (t, p.to_vec())));
        }
        let n = operands.len();
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (n.max(1) * 16) as u32,
            3,
        ));
        // Each operand as Go's empty interface: type descriptor, then the value itself
        // (pointer-shaped types) or the address of a copy.
        for (k, (ty, v)) in operands.iter().enumerate() {
            let base = (k * 16) as i32;
            if self.types().is_interface(*ty) {
                // Already a (descriptor or itab, data) pair.
                let d = self.dyn_type(*ty, v[0]);
                self.b.ins().stack_store(I64, d, slot, base);
                self.b.ins().stack_store(I64, v[1], slot, base + 8);
                continue;
            }
            let d = self.desc_addr_in(*ty, true);
            self.b.ins().stack_store(I64, d, slot, base);
            let data = if typedesc::is_direct(self.types(), *ty) || self.is_mem(*ty) {
                v[0]
            } else {
                let tmp = self.temp_slot(*ty);
                self.store_words(*ty, tmp, v);
                tmp
            };
            self.b.ins().stack_store(I64, data, slot, base + 8);
        }
        let addr = self.b.ins().stack_addr(I64, slot, 0);
        let count = self.b.ins().iconst(I64, n as i64);
        let mut call_args = format.unwrap_or_default();
        call_args.push(addr);
        call_args.push(count);
        self.call_rt(name, &call_args)
    }

    pub(super) fn intrinsic(&mut self, i: Intrinsic, args: &[tir::Expr]) -> Vec<Value> {
        let mut vals = Vec::new();
        for a in args {
            vals.extend(self.expr(a));
        }
        match i {
            Intrinsic::Load8 => vec![self.b.ins().load(I8, MemFlagsData::trusted(), vals[0], 0)],
            Intrinsic::Store8 => {
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), vals[1], vals[0], 0);
                vec![]
            }
            Intrinsic::Load64 => vec![self.b.ins().load(I64, MemFlagsData::trusted(), vals[0], 0)],
            Intrinsic::Store64 => {
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), vals[1], vals[0], 0);
                vec![]
            }
            Intrinsic::Syscall6 => {
                let mut sig = Signature::new(CallConv::SystemV);
                for _ in 0..7 {
                    sig.params.push(AbiParam::new(I64));
                }
                sig.returns.push(AbiParam::new(I64));
                let r = self.func_ref(NS_STUB, STUB_SYSCALL, sig);
                let inst = self.b.ins().call(r, &vals);
                self.b.inst_results(inst).to_vec()
            }
            Intrinsic::SpillRegs => {
                let mut sig = Signature::new(CallConv::SystemV);
                sig.params.push(AbiParam::new(I64));
                sig.returns.push(AbiParam::new(I64));
                let r = self.func_ref(NS_STUB, STUB_SPILL, sig);
                let inst = self.b.ins().call(r, &vals);
                self.b.inst_results(inst).to_vec()
            }
            Intrinsic::RepMovsb | Intrinsic::RepStosb | Intrinsic::SwapCtx => {
                let mut sig = Signature::new(CallConv::SystemV);
                for _ in 0..vals.len() {
                    sig.params.push(AbiParam::new(I64));
                }
                let stub = match i {
                    Intrinsic::RepMovsb => STUB_MOVSB,
                    Intrinsic::RepStosb => STUB_STOSB,
                    _ => STUB_SWAP,
                };
                let r = self.func_ref(NS_STUB, stub, sig);
                self.b.ins().call(r, &vals);
                vec![]
            }
            Intrinsic::StrPtr | Intrinsic::SlicePtr | Intrinsic::SliceAddr => vec![vals[0]],

            Intrinsic::MkStr => vec![vals[0], vals[1]],
            Intrinsic::MkSlice => vec![vals[0], vals[1], vals[1]],
            Intrinsic::CallMain => {
                // The program's entry lives in the user's unit; the linker binds it.
                let sig = Signature::new(CallConv::SystemV);
                let r = self.func_ref(NS_STUB, STUB_ENTRY, sig);
                self.b.ins().call(r, &[]);
                vec![]
            }
            Intrinsic::CallString => {
                let mut sig = Signature::new(CallConv::SystemV);
                sig.params.push(AbiParam::new(I64));
                sig.returns.push(AbiParam::new(I64));
                sig.returns.push(AbiParam::new(I64));
                let sigref = self.b.import_signature(sig);
                let inst = self.b.ins().call_indirect(sigref, vals[0], &[vals[1]]);
                self.b.inst_results(inst).to_vec()
            }
            Intrinsic::FuncAddr => unreachable!("lowered as ExprKind::FuncAddr"),
            Intrinsic::EfaceWords | Intrinsic::IfaceWords | Intrinsic::MkEface => vals,
            Intrinsic::Sqrt => vec![self.b.ins().sqrt(vals[0])],
            Intrinsic::Float64Bits => {
                vec![self.b.ins().bitcast(I64, MemFlagsData::new(), vals[0])]
            }
            Intrinsic::Float32Bits => {
                vec![self.b.ins().bitcast(I32, MemFlagsData::new(), vals[0])]
            }
            Intrinsic::Float64FromBits => {
                vec![self.b.ins().bitcast(F64, MemFlagsData::new(), vals[0])]
            }
            Intrinsic::Float32FromBits => {
                vec![self.b.ins().bitcast(F32, MemFlagsData::new(), vals[0])]
            }
            Intrinsic::CallFormat => {
                let mut sig = Signature::new(CallConv::SystemV);
                for _ in 0..3 {
                    sig.params.push(AbiParam::new(I64));
                }
                sig.params.push(AbiParam::new(I32));
                let sigref = self.b.import_signature(sig);
                self.b
                    .ins()
                    .call_indirect(sigref, vals[0], &[vals[1], vals[2], vals[3], vals[4]]);
                vec![]
            }
        }
    }

    pub(super) fn binary(&mut self, op: BinOp, a: &tir::Expr, bx: &tir::Expr) -> Vec<Value> {
        if matches!(op, BinOp::LogAnd | BinOp::LogOr) {
            let av = self.expr(a)[0];
            let rhs_b = self.b.create_block();
            let join = self.b.create_block();
            let res = self.b.append_block_param(join, I8);
            if op == BinOp::LogAnd {
                self.b.ins().brif(av, rhs_b, &[], join, &[av.into()]);
            } else {
                self.b.ins().brif(av, join, &[av.into()], rhs_b, &[]);
            }
            self.b.switch_to_block(rhs_b);
            let bv = self.expr(bx)[0];
            self.b.ins().jump(join, &[bv.into()]);
            self.b.switch_to_block(join);
            return vec![res];
        }
        if op == BinOp::Add && self.types().basic(a.ty) == Some(Basic::String) {
            // a + b + c…: one runtime call and one allocation for the whole chain (gc's
            // concatstrings), its operands evaluated left to right.
            let mut parts = vec![bx];
            let mut x = a;
            while let ExprKind::Binary(BinOp::Add, l, r) = &x.kind {
                parts.push(r);
                x = l;
            }
            parts.push(x);
            parts.reverse();
            if parts.len() > 2 {
                return self.concat_n(&parts);
            }
        }
        let av = self.expr(a);
        let bv = self.expr(bx);
        self.binary_values(op, a.ty, bx.ty, &av, &bv)
    }

    /// The concatenation of strings, through a stack array of their headers.
    fn concat_n(&mut self, parts: &[&tir::Expr]) -> Vec<Value> {
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (parts.len() * 16) as u32,
            3,
        ));
        for (k, p) in parts.iter().enumerate() {
            let v = self.expr(p);
            self.b.ins().stack_store(I64, v[0], slot, (k * 16) as i32);
            self.b
                .ins()
                .stack_store(I64, v[1], slot, (k * 16 + 8) as i32);
        }
        let addr = self.b.ins().stack_addr(I64, slot, 0);
        let n = self.b.ins().iconst(I64, parts.len() as i64);
        self.call_rt(Rt::ConcatN, &[addr, n])
    }

    /// `a op b` of evaluated operands of type `t` (`ct`: the right operand's, a shift count's).
    pub(super) fn binary_values(
        &mut self,
        op: BinOp,
        t: TypeId,
        ct: TypeId,
        av: &[Value],
        bv: &[Value],
    ) -> Vec<Value> {
        if matches!(op, BinOp::Eq | BinOp::Ne)
            && !matches!(
                self.types().kind(self.types().underlying(t)),
                TypeKind::Basic(_)
            )
        {
            let eq = self.equal(t, av, bv);
            return vec![if op == BinOp::Ne {
                self.b.ins().bxor_imm_u(eq, 1)
            } else {
                eq
            }];
        }
        if self.is_float(t) {
            let (av, bv) = (av[0], bv[0]);
            let r = match op {
                BinOp::Add => self.b.ins().fadd(av, bv),
                BinOp::Sub => self.b.ins().fsub(av, bv),
                BinOp::Mul => self.b.ins().fmul(av, bv),
                BinOp::Div => self.b.ins().fdiv(av, bv),
                _ => {
                    let cc = match op {
                        BinOp::Eq => FloatCC::Equal,
                        BinOp::Ne => FloatCC::NotEqual,
                        BinOp::Lt => FloatCC::LessThan,
                        BinOp::Le => FloatCC::LessThanOrEqual,
                        BinOp::Gt => FloatCC::GreaterThan,
                        _ => FloatCC::GreaterThanOrEqual,
                    };
                    self.b.ins().fcmp(cc, av, bv)
                }
            };
            return vec![r];
        }
        if self.types().basic(t) == Some(Basic::String) {
            let args = [av[0], av[1], bv[0], bv[1]];
            return match op {
                BinOp::Add => self.call_rt(Rt::Concat, &args),
                BinOp::Eq => self.call_rt(Rt::Eqstring, &args),
                BinOp::Ne => {
                    let r = self.call_rt(Rt::Eqstring, &args)[0];
                    vec![self.b.ins().bxor_imm_u(r, 1)]
                }
                _ => {
                    let c = self.call_rt(Rt::Cmpstring, &args)[0];
                    let cc = match op {
                        BinOp::Lt => IntCC::SignedLessThan,
                        BinOp::Le => IntCC::SignedLessThanOrEqual,
                        BinOp::Gt => IntCC::SignedGreaterThan,
                        _ => IntCC::SignedGreaterThanOrEqual,
                    };
                    vec![self.b.ins().icmp_imm_s(cc, c, 0)]
                }
            };
        }
        let (av, bv) = (av[0], bv[0]);
        let k = self.int_kind(t);
        let signed = self.types().int_kind(t).is_some() && k.signed();
        let r = match op {
            BinOp::Add => self.b.ins().iadd(av, bv),
            BinOp::Sub => self.b.ins().isub(av, bv),
            BinOp::Mul => self.b.ins().imul(av, bv),
            BinOp::And => self.b.ins().band(av, bv),
            BinOp::Or => self.b.ins().bor(av, bv),
            BinOp::Xor => self.b.ins().bxor(av, bv),
            BinOp::AndNot => self.b.ins().band_not(av, bv),
            BinOp::Div | BinOp::Rem => return vec![self.divide(op, av, bv, signed)],
            BinOp::Shl | BinOp::Shr => return vec![self.shift(op, av, bv, t, ct)],
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                let cc = match (op, signed) {
                    (BinOp::Eq, _) => IntCC::Equal,
                    (BinOp::Ne, _) => IntCC::NotEqual,
                    (BinOp::Lt, true) => IntCC::SignedLessThan,
                    (BinOp::Lt, false) => IntCC::UnsignedLessThan,
                    (BinOp::Le, true) => IntCC::SignedLessThanOrEqual,
                    (BinOp::Le, false) => IntCC::UnsignedLessThanOrEqual,
                    (BinOp::Gt, true) => IntCC::SignedGreaterThan,
                    (BinOp::Gt, false) => IntCC::UnsignedGreaterThan,
                    (_, true) => IntCC::SignedGreaterThanOrEqual,
                    (_, false) => IntCC::UnsignedGreaterThanOrEqual,
                };
                self.b.ins().icmp(cc, av, bv)
            }
            BinOp::LogAnd | BinOp::LogOr => unreachable!("evaluated by `binary`"),
        };
        vec![r]
    }

    /// Go division: a zero divisor panics; MinInt / -1 wraps (quotient MinInt, remainder 0)
    /// instead of trapping like the hardware does.
    pub(super) fn divide(&mut self, op: BinOp, a: Value, b: Value, signed: bool) -> Value {
        let ty = self.b.func.dfg.value_type(a);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, b, 0);
        self.panic_unless(nonzero, Rt::PanicDivide, &[]);
        if !signed {
            return if op == BinOp::Div {
                self.b.ins().udiv(a, b)
            } else {
                self.b.ins().urem(a, b)
            };
        }
        let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
        let special = self.b.create_block();
        let normal = self.b.create_block();
        let join = self.b.create_block();
        let res = self.b.append_block_param(join, ty);
        self.b.ins().brif(minus_one, special, &[], normal, &[]);
        self.b.switch_to_block(special);
        let sv = if op == BinOp::Div {
            self.b.ins().ineg(a)
        } else {
            self.b.ins().iconst(ty, 0)
        };
        self.b.ins().jump(join, &[sv.into()]);
        self.b.switch_to_block(normal);
        let nv = if op == BinOp::Div {
            self.b.ins().sdiv(a, b)
        } else {
            self.b.ins().srem(a, b)
        };
        self.b.ins().jump(join, &[nv.into()]);
        self.b.switch_to_block(join);
        res
    }

    /// Go shifts: counts >= the width give 0 (or all sign bits); a negative signed count panics.
    pub(super) fn shift(
        &mut self,
        op: BinOp,
        a: Value,
        count: Value,
        t: TypeId,
        ct: TypeId,
    ) -> Value {
        let ty = self.b.func.dfg.value_type(a);
        let bits = i64::from(ty.bits());
        let c = self.widen(count, ct);
        if self.int_kind(ct).signed() {
            let ok = self
                .b
                .ins()
                .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, c, 0);
            self.panic_unless(ok, Rt::PanicShift, &[]);
        }
        let big = self
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, c, bits);
        let signed = self.int_kind(t).signed();
        if op == BinOp::Shr && signed {
            let max = self.b.ins().iconst(I64, bits - 1);
            let amt = self.b.ins().select(big, max, c);
            return self.b.ins().sshr(a, amt);
        }
        let shifted = if op == BinOp::Shl {
            self.b.ins().ishl(a, c)
        } else {
            self.b.ins().ushr(a, c)
        };
        let zero = self.b.ins().iconst(ty, 0);
        self.b.ins().select(big, zero, shifted)
    }
}

/// The outermost calls in `e`, in evaluation order (a call's own arguments are its business;
/// function literals are not evaluated with `e`), with the conversions to interfaces gc makes
/// where they stand (`in_place` of the converted value).
pub(super) fn outer_calls<'e>(
    e: &'e tir::Expr,
    out: &mut Vec<&'e tir::Expr>,
    in_place: &dyn Fn(&tir::Expr) -> bool,
) {
    crate::compile::deep(|| outer_calls_here(e, out, in_place))
}

fn outer_calls_here<'e>(
    e: &'e tir::Expr,
    out: &mut Vec<&'e tir::Expr>,
    in_place: &dyn Fn(&tir::Expr) -> bool,
) {
    use ExprKind as K;
    match &e.kind {
        kind if kind.is_call_like() => out.push(e),
        K::Box(x) if in_place(x) => out.push(e),
        // Entries of a literal of interfaces are converted after the literal's calls.
        K::MapLit(es) => {
            for (k, v) in es {
                outer_calls(k, out, &|_| false);
                outer_calls(v, out, &|_| false);
            }
        }
        kind => kind.for_each_operand(&mut |x| outer_calls(x, out, in_place)),
    }
}

impl FnLower<'_, '_, '_> {
    /// A `select`'s runtime call: its cases laid out on the stack as the runtime's `scase`
    /// (channel, 1 for a send, the address of the heap local holding or receiving the value).
    fn select(&mut self, cases: &[tir::SelectCase], has_default: bool) -> Vec<Value> {
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (cases.len().max(1) * 24) as u32,
            3,
        ));
        for (k, c) in cases.iter().enumerate() {
            let ch = self.read_local(c.ch)[0];
            let send = self.b.ins().iconst(I64, i64::from(c.send));
            let elem = self
                .local_addr(c.val)
                .expect("a select's values live on the heap");
            let base = (k * 24) as i32;
            self.b.ins().stack_store(I64, ch, slot, base);
            self.b.ins().stack_store(I64, send, slot, base + 8);
            self.b.ins().stack_store(I64, elem, slot, base + 16);
        }
        let addr = self.b.ins().stack_addr(I64, slot, 0);
        let n = self.b.ins().iconst(I64, cases.len() as i64);
        let block = self.b.ins().iconst(I8, i64::from(!has_default));
        let r = self.call_rt(Rt::Selectgo, &[addr, n, n, block]);
        self.check_panic();
        r
    }
}
