//! Calls: of the program's functions, of the runtime library's (by the typed [`Rt`] ABI or by
//! name), and the addresses of globals and symbols.

use super::*;

impl FnLower<'_, '_, '_> {
    pub(super) fn func_ref(&mut self, ns: u32, index: u32, sig: Signature) -> FuncRef {
        if let Some(r) = self.func_refs.get(&(ns, index)) {
            return *r;
        }
        let name = self
            .b
            .func
            .declare_imported_user_function(UserExternalName::new(ns, index));
        let sigref = self.b.import_signature(sig);
        let r = self.b.import_function(ExtFuncData {
            name: ExternalName::user(name),
            signature: sigref,
            colocated: true,
            patchable: false,
        });
        self.func_refs.insert((ns, index), r);
        r
    }

    pub(super) fn call(&mut self, f: FuncId, args: &[Value]) -> Vec<Value> {
        let sig = self.l.signature(f);
        let func = &self.l.prog.funcs[f];
        let r = if func.external {
            // A library package's function: in the precompiled library, under its name.
            let lib = self.l.lib.unwrap_or_else(|| {
                panic!("library functions need the runtime library: {}", func.name)
            });
            // Package runtime's functions are stored under their bare names.
            let i = lib
                .func(&func.name)
                .or_else(|| lib.func(func.name.strip_prefix("runtime.")?))
                .unwrap_or_else(|| panic!("library function {} missing", func.name));
            self.func_ref(NS_RTFUNC, i.as_u32(), sig)
        } else {
            self.requests.push(f);
            self.func_ref(NS_FUNC, f.as_u32(), sig)
        };
        let inst = self.b.ins().call(r, args);
        let out = self.b.inst_results(inst).to_vec();
        self.check_panic();
        out
    }

    /// The address of program function `f`'s code.
    pub(super) fn func_addr(&mut self, f: FuncId) -> Value {
        let sig = self.l.signature(f);
        self.requests.push(f);
        let r = self.func_ref(NS_FUNC, f.as_u32(), sig);
        self.b.ins().func_addr(I64, r)
    }

    pub(super) fn call_rt(&mut self, rt: Rt, args: &[Value]) -> Vec<Value> {
        match self.l.runtime(rt) {
            Callee::Local(f) => self.call(f, args),
            Callee::Lib(i) => {
                let (params, rets) = rt.signature();
                let mut sig = Signature::new(CallConv::SystemV);
                sig.params.extend(params.into_iter().map(AbiParam::new));
                sig.returns.extend(rets.into_iter().map(AbiParam::new));
                let r = self.func_ref(NS_RTFUNC, i.as_u32(), sig);
                let inst = self.b.ins().call(r, args);
                self.b.inst_results(inst).to_vec()
            }
        }
    }

    /// Calls a runtime function that never returns, then continues in an unreachable block.
    pub(super) fn call_rt_noreturn(&mut self, rt: Rt, args: &[Value]) {
        self.call_rt(rt, args);
        if self.unwinds() {
            // A panic: unwind.
            let to = self.unwind_target();
            self.b.ins().jump(to, &[]);
        } else {
            self.b.ins().trap(TrapCode::unwrap_user(1));
        }
    }

    /// Address of a global: this unit's, or (for `external` ones) the runtime library's.
    pub(super) fn global_addr(&mut self, g: GlobalId) -> Value {
        let global = &self.l.prog.globals[g];
        if global.external {
            let lib = self
                .l
                .lib
                .expect("external globals need the runtime library");
            let name = global.name.trim_start_matches("runtime.");
            let i = lib
                .global(name)
                .unwrap_or_else(|| panic!("runtime global {name} missing"));
            return self.symbol_addr(NS_RTGLOBAL, i.as_u32());
        }
        self.symbol_addr(NS_GLOBAL, g.as_u32())
    }

    pub(super) fn symbol_addr(&mut self, ns: u32, index: u32) -> Value {
        let name = self
            .b
            .func
            .declare_imported_user_function(UserExternalName::new(ns, index));
        let gv = self.b.create_global_value(GlobalValueData::Symbol {
            name: ExternalName::user(name),
            offset: Imm64::new(0),
            colocated: true,
            tls: false,
        });
        self.b.ins().symbol_value(I64, gv)
    }
}
