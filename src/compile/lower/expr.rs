//! Expressions: operators (with Go's division and shift semantics), conversions, fmt calls
//! and the runtime's intrinsics.

use super::*;

impl FnLower<'_, '_, '_> {
    pub(super) fn expr(&mut self, e: &tir::Expr) -> Vec<Value> {
        crate::compile::deep(|| self.expr_here(e))
    }

    pub(super) fn expr_here(&mut self, e: &tir::Expr) -> Vec<Value> {
        match &e.kind {
            ExprKind::Const(v) => self.const_val(v, e.ty),
            ExprKind::Local(l) => self.vars[*l]
                .clone()
                .into_iter()
                .map(|v| self.b.use_var(v))
                .collect(),
            ExprKind::Global(g) => {
                let addr = self.global_addr(*g);
                let ty = self.prog().globals[*g].ty;
                self.load_words(ty, addr)
            }
            ExprKind::Unary(op, x) => {
                let v = self.expr(x)[0];
                vec![match op {
                    UnOp::Neg => self.b.ins().ineg(v),
                    UnOp::Not => self.b.ins().bxor_imm_u(v, 1),
                    UnOp::Complement => self.b.ins().bnot(v),
                }]
            }
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b),
            ExprKind::Call(f, args) => {
                let mut vals = Vec::new();
                for a in args {
                    vals.extend(self.expr(a));
                }
                self.call(*f, &vals)
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
                self.bounds_check(iv, sv[1]);
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
            ExprKind::SliceIndex(s, i) => {
                let sv = self.expr(s);
                let iv = self.index_i64(i);
                self.bounds_check(iv, sv[1]);
                let addr = self.elem_addr(&sv, iv, e.ty);
                self.load_words(e.ty, addr)
            }
            ExprKind::SliceSlice(s, lo, hi) => {
                let sv = self.expr(s);
                let elem = self.types().slice_elem(s.ty).unwrap_or(TypeTable::INVALID);
                let (lo, hi) = self.slice_bounds(lo.as_deref(), hi.as_deref(), sv[1], sv[2]);
                let p = self.elem_addr(&sv, lo, elem);
                let n = self.b.ins().isub(hi, lo);
                let c = self.b.ins().isub(sv[2], lo);
                vec![p, n, c]
            }
            ExprKind::Len(x) => vec![self.expr(x)[1]],
            ExprKind::Fmt(f, args) => self.fmt(*f, args),
            ExprKind::Panic(x) => {
                let v = self.expr(x);
                match self.types().basic(x.ty) {
                    Some(Basic::String) => self.call_rt_noreturn(Rt::GopanicString, &v),
                    Some(Basic::Bool) => self.call_rt_noreturn(Rt::GopanicBool, &v),
                    _ => {
                        let t = x.ty;
                        let tg = self.tag(t);
                        let tg = self.b.ins().iconst(I64, tg);
                        let w = self.widen(v[0], t);
                        self.call_rt_noreturn(Rt::GopanicInt, &[tg, w]);
                    }
                }
                self.fresh_block();
                vec![]
            }
        }
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
        // Evaluate every operand first (a multi-value call spreads into several operands).
        let mut operands: Vec<(TypeId, Vec<Value>)> = Vec::new();
        for a in rest {
            let v = self.expr(a);
            let mut k = 0;
            for t in self.types().tuple_types(a.ty) {
                let n = self.words(t).len();
                operands.push((t, v[k..k + n].to_vec()));
                k += n;
            }
        }
        let n = operands.len();
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (n.max(1) * 24) as u32,
            3,
        ));
        for (k, (ty, v)) in operands.iter().enumerate() {
            let base = (k * 24) as i32;
            let tg = self.tag(*ty);
            let tg = self.b.ins().iconst(I64, tg);
            self.b.ins().stack_store(I64, tg, slot, base);
            let (w0, w1) = if self.words(*ty).len() > 1 {
                (v[0], v[1])
            } else {
                let w = self.widen(v[0], *ty);
                (w, w)
            };
            self.b.ins().stack_store(I64, w0, slot, base + 8);
            self.b.ins().stack_store(I64, w1, slot, base + 16);
        }
        let addr = self.b.ins().stack_addr(I64, slot, 0);
        let count = self.b.ins().iconst(I64, n as i64);
        let name = match f {
            FmtFn::Print => Rt::FmtPrint,
            FmtFn::Println => Rt::FmtPrintln,
            FmtFn::Printf => Rt::FmtPrintf,
            FmtFn::Sprint => Rt::FmtSprint,
            FmtFn::Sprintln => Rt::FmtSprintln,
            FmtFn::Sprintf => Rt::FmtSprintf,
        };
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
            Intrinsic::StrPtr | Intrinsic::SlicePtr => vec![vals[0]],
            Intrinsic::MkStr => vec![vals[0], vals[1]],
            Intrinsic::MkSlice => vec![vals[0], vals[1], vals[1]],
            Intrinsic::CallMain => {
                // The program's entry lives in the user's unit; the linker binds it.
                let sig = Signature::new(CallConv::SystemV);
                let r = self.func_ref(NS_STUB, STUB_ENTRY, sig);
                self.b.ins().call(r, &[]);
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
        let t = a.ty;
        if self.types().basic(t) == Some(Basic::String) {
            let av = self.expr(a);
            let bv = self.expr(bx);
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
        let av = self.expr(a)[0];
        let bv = self.expr(bx)[0];
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
            BinOp::Shl | BinOp::Shr => return vec![self.shift(op, av, bv, t, bx.ty)],
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
            BinOp::LogAnd | BinOp::LogOr => unreachable!("handled above"),
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
