//! Runtime checks: the stack-limit check at every function's entry, bounds and slice checks,
//! and the panics they call.

use super::*;

impl FnLower<'_, '_, '_> {
    /// A function of the program first checks that its frame left the stack above the
    /// runtime's `stackLimit` (as gc's functions do), so that a runaway recursion ends with gc's
    /// "stack overflow" report and status 2 rather than a bare SIGSEGV. The runtime's own
    /// functions have no check: they run in the reserve the limit leaves.
    pub(super) fn stack_check(&mut self) {
        let lib = self.l.lib.expect("library mode");
        let limit = lib
            .global("stackLimit")
            .unwrap_or_else(|| panic!("runtime global stackLimit missing"));
        let addr = self.symbol_addr(NS_RTGLOBAL, limit.as_u32());
        let limit = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
        let sp = self.b.ins().get_stack_pointer(I64);
        let ok = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, sp, limit);
        // morestack returns after a preemption request (the scheduler's tick sets the limit
        // out of reach) and exits on a real overflow.
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(ok, cont, &[], slow, &[]);
        self.b.switch_to_block(slow);
        self.b.set_cold_block(slow);
        self.call_rt(Rt::Morestack, &[sp]);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Continues when `ok` holds; otherwise calls the runtime panic `name` (which never returns)
    /// from a cold block. Every Go runtime check (bounds, slicing, division, shifts) is one of these.
    pub(super) fn panic_unless(&mut self, ok: Value, rt: Rt, args: &[Value]) {
        let fail = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(ok, cont, &[], fail, &[]);
        self.b.switch_to_block(fail);
        self.b.set_cold_block(fail);
        self.call_rt_noreturn(rt, args);
        self.b.switch_to_block(cont);
    }

    /// Stops the program with memrun's "not supported yet" message unless `ok`.
    pub(super) fn unsupported_unless(&mut self, ok: Value, what: &str) {
        let fail = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(ok, cont, &[], fail, &[]);
        self.b.switch_to_block(fail);
        self.b.set_cold_block(fail);
        let s = self.const_val(&CVal::Str(what.as_bytes().to_vec()), TypeTable::STRING);
        self.call_rt(Rt::Unsupported, &s);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Panics with Go's message unless 0 <= i < len (one unsigned compare covers both). An
    /// index of an unsigned type (`ity`) is marked for the runtime by the top bit of the
    /// length, so that 1<<63 and more print as gc prints them.
    pub(super) fn bounds_check(&mut self, i: Value, len: Value, ity: TypeId) {
        let ok = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let len_arg = self.mark_unsigned(len, ity);
        self.panic_unless(ok, Rt::PanicIndex, &[i, len_arg]);
    }

    /// `n` with its top bit set when `ity` is an unsigned type (`n` is a length: never
    /// negative), for the runtime's bounds messages.
    pub(super) fn mark_unsigned(&mut self, n: Value, ity: TypeId) -> Value {
        if self.types().is_unsigned(ity) {
            self.b.ins().bor_imm_s(n, i64::MIN)
        } else {
            n
        }
    }

    pub(super) fn slice_bounds(
        &mut self,
        lo: Option<&tir::Expr>,
        hi: Option<&tir::Expr>,
        len: Value,
        cap: Value,
    ) -> (Value, Value) {
        let (lo_ty, hi_ty) = (
            lo.map_or(TypeTable::INT, |e| e.ty),
            hi.map_or(TypeTable::INT, |e| e.ty),
        );
        let lo = match lo {
            Some(e) => self.index_i64(e),
            None => self.b.ins().iconst(I64, 0),
        };
        let hi = match hi {
            Some(e) => self.index_i64(e),
            None => len,
        };
        // hi <= cap
        let ok = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, hi, cap);
        let cap_arg = self.mark_unsigned(cap, hi_ty);
        self.panic_unless(ok, Rt::PanicSliceB, &[hi, cap_arg]);
        // lo <= hi
        let ok = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, lo, hi);
        let hi_arg = self.mark_unsigned(hi, lo_ty);
        self.panic_unless(ok, Rt::PanicSliceA, &[lo, hi_arg]);
        (lo, hi)
    }
}
