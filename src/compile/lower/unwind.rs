//! Panics, deferred calls and recover, without unwind tables: a panic sets the runtime's
//! `panicking` flag and returns; compiled code checks the flag after every call that may panic
//! and leaves the function through its exit, which runs the function's deferred calls (newest
//! first) and returns — normally, with its named results, if one of them recovered; with zero
//! results otherwise, so that the caller's own check continues the unwinding. When `main`
//! returns with the flag still set, the runtime prints the panics as gc does and exits 2.
//!
//! Deferred calls are closures (of no arguments) on a per-call linked list `[next, closure]`.

use super::*;

/// Where a function leaves when it returns or unwinds.
#[derive(Clone, Copy)]
pub(super) struct Exits {
    /// Runs the deferred calls, then returns (named results, or zeros while panicking).
    pub(super) exit: Block,
    /// Returns zero results (a function without deferred calls that unwinds).
    pub(super) unwind: Block,
}

/// Where a function's list of deferred calls starts (newest first).
#[derive(Clone, Copy)]
pub(super) enum DeferHead {
    /// In a variable of the function.
    Var(Variable),
    /// In the heap cell of a local, which closures of range-over-function bodies share.
    Cell(tir::LocalId),
}

impl FnLower<'_, '_, '_> {
    /// The address of a runtime global.
    fn rt_global(&mut self, name: &str) -> Value {
        match self.l.lib {
            Some(lib) => {
                let g = lib
                    .global(name)
                    .unwrap_or_else(|| panic!("runtime global {name} missing"));
                self.symbol_addr(NS_RTGLOBAL, g.as_u32())
            }
            None => {
                let g = self
                    .prog()
                    .globals
                    .iter()
                    .find(|(_, g)| g.name == format!("runtime.{name}"))
                    .map(|(g, _)| g)
                    .unwrap_or_else(|| panic!("runtime global {name} missing"));
                self.symbol_addr(NS_GLOBAL, g.as_u32())
            }
        }
    }

    /// After a call that may panic: leave through the exit while a panic unwinds. (The runtime
    /// itself never unwinds: its functions do not check.)
    pub(super) fn check_panic(&mut self) {
        if !self.unwinds() {
            return;
        }
        let flag = self.rt_global("panicking");
        let v = self.b.ins().load(I64, MemFlagsData::trusted(), flag, 0);
        let cont = self.b.create_block();
        let to = self.unwind_target();
        self.b.ins().brif(v, to, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Whether this function unwinds a panic by returning: every function of a program, and
    /// the library's Go packages (errors, fmt, os: they call the program's methods). Package
    /// runtime's own functions are what unwinding is built from; they report a panic by
    /// returning to compiled code, which checks.
    pub(super) fn unwinds(&self) -> bool {
        self.l.lib.is_some() || !self.prog().funcs[self.func].name.starts_with("runtime.")
    }

    /// Where a panicking function goes: its exit (to run deferred calls) or a plain return.
    pub(super) fn unwind_target(&mut self) -> Block {
        let f = &self.prog().funcs[self.func];
        let has_defer = f.has_defer;
        let exits = self.exits();
        if has_defer {
            exits.exit
        } else {
            exits.unwind
        }
    }

    pub(super) fn exits(&mut self) -> Exits {
        if let Some(e) = self.exit_blocks {
            return e;
        }
        let e = Exits {
            exit: self.b.create_block(),
            unwind: self.b.create_block(),
        };
        self.exit_blocks = Some(e);
        e
    }

    /// Emits the exit blocks, once the body is lowered.
    pub(super) fn finish_exits(&mut self) {
        let Some(e) = self.exit_blocks else {
            return;
        };
        // Unwinding without deferred calls: zero results.
        self.b.switch_to_block(e.unwind);
        self.b.set_cold_block(e.unwind);
        self.return_zero();
        // The exit: deferred calls newest first, then return.
        self.b.switch_to_block(e.exit);
        let Some(head) = self.defer_head else {
            self.return_zero();
            return;
        };
        let h = self.head_get(head);
        let call = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(h, call, &[], done, &[]);
        self.b.switch_to_block(call);
        let next = self.b.ins().load(I64, MemFlagsData::trusted(), h, 0);
        self.head_set(head, next);
        let obj = self.b.ins().load(I64, MemFlagsData::trusted(), h, 8);
        let code = self.b.ins().load(I64, MemFlagsData::trusted(), obj, 0);
        // The deferred call runs as ordinary code: the panic (if any) waits, flag cleared.
        let flag = self.rt_global("panicking");
        let was = self.b.ins().load(I64, MemFlagsData::trusted(), flag, 0);
        let zero = self.b.ins().iconst(I64, 0);
        self.b.ins().store(MemFlagsData::trusted(), zero, flag, 0);
        let dc = self.rt_global("deferCode");
        self.b.ins().store(MemFlagsData::trusted(), code, dc, 0);
        let dp = self.rt_global("deferFromPanic");
        self.b.ins().store(MemFlagsData::trusted(), was, dp, 0);
        // The deferred call gets a number of its own (deferReturned restores the one
        // around it).
        let count = self.rt_global("deferCount");
        let n = self.b.ins().load(I64, MemFlagsData::trusted(), count, 0);
        let n = self.b.ins().iadd_imm_s(n, 1);
        self.b.ins().store(MemFlagsData::trusted(), n, count, 0);
        let cur = self.rt_global("deferCur");
        let parent = self.b.ins().load(I64, MemFlagsData::trusted(), cur, 0);
        self.b.ins().store(MemFlagsData::trusted(), n, cur, 0);
        let mut sig = Signature::new(CallConv::SystemV);
        sig.params.push(AbiParam::new(I64));
        let sigref = self.b.import_signature(sig);
        self.b.ins().call_indirect(sigref, code, &[obj]);
        self.call_rt(Rt::DeferReturned, &[was, parent]);
        self.b.ins().jump(e.exit, &[]);
        self.b.switch_to_block(done);
        let flag = self.rt_global("panicking");
        let p = self.b.ins().load(I64, MemFlagsData::trusted(), flag, 0);
        let zero = self.b.create_block();
        let normal = self.b.create_block();
        self.b.ins().brif(p, zero, &[], normal, &[]);
        self.b.switch_to_block(zero);
        self.return_zero();
        self.b.switch_to_block(normal);
        self.return_named();
    }

    /// Returns zeros (the caller unwinds and never reads them).
    fn return_zero(&mut self) {
        let results = self.prog().funcs[self.func].results.clone();
        let mut out = Vec::new();
        for r in results {
            if self.is_mem(r) {
                continue;
            }
            for w in self.words(r) {
                out.push(self.zero_word(w));
            }
        }
        self.b.ins().return_(&out);
    }

    /// Returns the named results' values.
    fn return_named(&mut self) {
        let f = &self.prog().funcs[self.func];
        let named = f.named_results.clone();
        let results = f.results.clone();
        let mut out = Vec::new();
        let mut j = 0;
        for (l, r) in named.into_iter().zip(results) {
            let v = self.read_local(l);
            if self.is_mem(r) {
                let size = self.size_of(r);
                let dst = self.sret[j];
                self.copy_mem(dst, v[0], size);
                j += 1;
            } else {
                out.extend(v);
            }
        }
        self.b.ins().return_(&out);
    }

    /// `return vals` of a function with deferred calls: the results go to their variables,
    /// then through the exit.
    pub(super) fn return_via_exit(&mut self, vals: &[tir::Expr]) {
        let named = self.prog().funcs[self.func].named_results.clone();
        let mut values = Vec::new();
        for v in vals {
            values.push(self.expr(v));
        }
        // A multi-value call spreads over the results.
        let words: Vec<Value> = values.into_iter().flatten().collect();
        let results = self.prog().funcs[self.func].results.clone();
        let mut k = 0;
        for (l, r) in named.into_iter().zip(results) {
            let n = self.words(r).len();
            let v = words[k..k + n].to_vec();
            k += n;
            self.write_local(l, &v);
        }
        let exit = self.exits().exit;
        self.b.ins().jump(exit, &[]);
    }

    /// `defer`: pushes the closure on the function's list.
    pub(super) fn push_defer(&mut self, head: Option<DeferHead>, closure: &tir::Expr) {
        let obj = self.expr(closure)[0];
        let head = head
            .or(self.defer_head)
            .expect("a function with defer has a list");
        let size = self.b.ins().iconst(I64, 16);
        let rec = self.call_rt(Rt::Alloc, &[size])[0];
        let h = self.head_get(head);
        self.b.ins().store(MemFlagsData::trusted(), h, rec, 0);
        self.b.ins().store(MemFlagsData::trusted(), obj, rec, 8);
        self.head_set(head, rec);
    }

    fn head_get(&mut self, head: DeferHead) -> Value {
        match head {
            DeferHead::Var(v) => self.b.use_var(v),
            DeferHead::Cell(l) => self.read_local(l)[0],
        }
    }

    fn head_set(&mut self, head: DeferHead, v: Value) {
        match head {
            DeferHead::Var(var) => self.b.def_var(var, v),
            DeferHead::Cell(l) => self.write_local(l, &[v]),
        }
    }

    /// On entry of a function that calls recover: whether the unwinding called it as the
    /// deferred function (the runtime's deferCode is its address); and for a thunk of a
    /// deferred call, the same question handed on to the function it calls.
    pub(super) fn entry_defer_state(&mut self) {
        let f = &self.prog().funcs[self.func];
        let (has_recover, forward) = (f.has_recover, f.forward_defer);
        let dynamic = f
            .forward_defer_value
            .then(|| f.captures.first().copied())
            .flatten();
        let iface = f.forward_defer_iface.clone();
        if !has_recover && forward.is_none() && dynamic.is_none() && iface.is_none() {
            return;
        }
        let dc = self.rt_global("deferCode");
        let cur = self.b.ins().load(I64, MemFlagsData::trusted(), dc, 0);
        let me = self.func_addr(self.func);
        let same = self.b.ins().icmp(IntCC::Equal, cur, me);
        let dp = self.rt_global("deferFromPanic");
        let from_panic = self.b.ins().load(I64, MemFlagsData::trusted(), dp, 0);
        let from_panic = self.b.ins().icmp_imm_s(IntCC::NotEqual, from_panic, 0);
        let direct = self.b.ins().band(same, from_panic);
        if let Some((x, index)) = iface {
            // The method's code in the interface value's itab (none for a nil value, whose
            // call panics).
            let tab = self.expr(&x)[0];
            let load = self.b.create_block();
            let done = self.b.create_block();
            let code = self.b.append_block_param(done, I64);
            let zero = self.b.ins().iconst(I64, 0);
            self.b.ins().brif(tab, load, &[], done, &[zero.into()]);
            self.b.switch_to_block(load);
            let c = self
                .b
                .ins()
                .load(I64, MemFlagsData::trusted(), tab, 16 + 8 * index as i32);
            self.b.ins().jump(done, &[c.into()]);
            self.b.switch_to_block(done);
            let zero = self.b.ins().iconst(I64, 0);
            let next = self.b.ins().select(same, code, zero);
            self.b.ins().store(MemFlagsData::trusted(), next, dc, 0);
        } else if let Some(fv) = dynamic {
            // The function value's code.
            let obj = self.read_local(fv)[0];
            let code = self.b.ins().load(I64, MemFlagsData::trusted(), obj, 0);
            let zero = self.b.ins().iconst(I64, 0);
            let next = self.b.ins().select(same, code, zero);
            self.b.ins().store(MemFlagsData::trusted(), next, dc, 0);
        } else if let Some(target) = forward {
            let to = self.func_addr(target);
            let zero = self.b.ins().iconst(I64, 0);
            let next = self.b.ins().select(same, to, zero);
            self.b.ins().store(MemFlagsData::trusted(), next, dc, 0);
        } else {
            let zero = self.b.ins().iconst(I64, 0);
            self.b.ins().store(MemFlagsData::trusted(), zero, dc, 0);
        }
        if has_recover {
            let v = self.b.declare_var(I8);
            self.b.def_var(v, direct);
            self.recover_direct = Some(v);
        }
    }

    /// `recover()`.
    pub(super) fn recover(&mut self) -> Vec<Value> {
        let direct = match self.recover_direct {
            Some(v) => self.b.use_var(v),
            None => self.b.ins().iconst(I8, 0),
        };
        self.call_rt(Rt::Gorecover, &[direct])
    }
}
