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

    /// Panics with Go's message unless 0 <= i < len (one unsigned compare covers both).
    pub(super) fn bounds_check(&mut self, i: Value, len: Value) {
        let ok = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        self.panic_unless(ok, Rt::PanicIndex, &[i, len]);
    }

    pub(super) fn slice_bounds(
        &mut self,
        lo: Option<&tir::Expr>,
        hi: Option<&tir::Expr>,
        len: Value,
        cap: Value,
    ) -> (Value, Value) {
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
        self.panic_unless(ok, Rt::PanicSliceB, &[hi, cap]);
        // lo <= hi
        let ok = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, lo, hi);
        self.panic_unless(ok, Rt::PanicSliceA, &[lo, hi]);
        (lo, hi)
    }
}
