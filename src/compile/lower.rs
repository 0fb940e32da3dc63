//! Checked program → Cranelift IR → machine code with relocations. Only functions reachable from
//! the entry (`runtime.rt0`, which calls `main.main`) are compiled.
//!
//! Value representation: integers in their own width (`I8`…`I64`), bool as `I8` 0/1, a string as
//! two `I64` words (pointer, length), a slice as three (pointer, length, capacity).

use std::collections::HashMap;

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::immediates::Imm64;
use cranelift_codegen::ir::types::{I16, I32, I64, I8};
use cranelift_codegen::ir::{
    AbiParam, Block, ExtFuncData, ExternalName, FuncRef, Function, GlobalValueData, InstBuilder,
    MemFlagsData, Signature, StackSlotData, StackSlotKind, TrapCode, UserExternalName,
    UserFuncName, Value,
};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{Context, FinalizedRelocTarget};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};

use super::link::{CodeBlob, Reloc, Sym};
use super::rt::Rt;
use super::tir::{
    self, BinOp, ExprKind, FmtFn, FuncId, GlobalId, Intrinsic, LocalId, Place, Stmt, TargetId, UnOp,
};
use super::types::{Basic, IntKind, TypeId, TypeKind, TypeTable, Value as CVal};
use cranelift_entity::{entity_impl, PrimaryMap, SecondaryMap};

/// Namespaces of `UserExternalName`s.
const NS_FUNC: u32 = 0;
const NS_STR: u32 = 1;
const NS_GLOBAL: u32 = 2;
const NS_STUB: u32 = 3;
const NS_RTFUNC: u32 = 4;
const NS_RTGLOBAL: u32 = 5;
/// Index of the syscall stub in `NS_STUB`.
const STUB_SYSCALL: u32 = 0;
/// Index of the program's entry (initialisation, then `main.main`) in `NS_STUB`.
const STUB_ENTRY: u32 = 1;

/// Builds the x86-64 target ISA with the settings a static, non-PIC image needs.
pub fn isa() -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    for (k, v) in [
        ("opt_level", "speed"),
        ("is_pic", "false"),
        ("enable_probestack", "false"),
        ("enable_multi_ret_implicit_sret", "true"),
        ("unwind_info", "false"),
        (
            "enable_verifier",
            if cfg!(debug_assertions) {
                "true"
            } else {
                "false"
            },
        ),
    ] {
        flags
            .set(k, v)
            .map_err(|e| format!("cranelift setting {k}: {e}"))?;
    }
    let builder = cranelift_codegen::isa::lookup_by_name("x86_64").map_err(|e| e.to_string())?;
    builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())
}

/// A string literal of one compiled unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StrId(u32);
entity_impl!(StrId);

/// Code generation output: machine code per function plus the data it references.
pub struct Output {
    /// Compiled functions, entry first.
    pub funcs: Vec<CodeBlob>,
    /// String literal bytes, indexed by `Sym::Str`.
    pub strings: PrimaryMap<StrId, Vec<u8>>,
    /// Sizes of globals, indexed by `Sym::Global`.
    pub globals: PrimaryMap<GlobalId, u32>,
    /// Parameter and result word types of every function (empty when not compiled).
    pub signatures: SecondaryMap<
        FuncId,
        (
            Vec<cranelift_codegen::ir::Type>,
            Vec<cranelift_codegen::ir::Type>,
        ),
    >,
}

/// Who a runtime call goes to: a function of this unit (when compiling the runtime itself) or
/// one of the precompiled library.
enum Callee {
    Local(FuncId),
    Lib(FuncId),
}

/// The whole-program code generator.
pub struct Lower<'p> {
    prog: &'p tir::Program,
    lib: Option<&'p super::rtlib::RuntimeLib>,
    isa: OwnedTargetIsa,
    by_name: HashMap<&'p str, FuncId>,
    queued: SecondaryMap<FuncId, bool>,
    work: Vec<FuncId>,
    strings: PrimaryMap<StrId, Vec<u8>>,
    string_ids: HashMap<Vec<u8>, StrId>,
    fctx: FunctionBuilderContext,
    ctx: Context,
    /// The function being compiled (for the compiler-bug panic hook).
    pub current: String,
}

fn int_ty(k: IntKind) -> cranelift_codegen::ir::Type {
    match k.bits() {
        8 => I8,
        16 => I16,
        32 => I32,
        _ => I64,
    }
}

/// Cranelift types of a Go type's words.
fn words(types: &TypeTable, t: TypeId) -> Vec<cranelift_codegen::ir::Type> {
    match types.kind(types.underlying(t)) {
        TypeKind::Basic(Basic::Int(k)) => vec![int_ty(*k)],
        TypeKind::Basic(Basic::Bool) => vec![I8],
        TypeKind::Basic(Basic::String) => vec![I64, I64],
        TypeKind::Slice(_) => vec![I64, I64, I64],
        TypeKind::Tuple(ts) => ts.iter().flat_map(|&t| words(types, t)).collect(),
        _ => vec![],
    }
}

/// The fmt argument tag of a type (see runtime.go).
fn tag(types: &TypeTable, t: TypeId) -> i64 {
    match types.basic(t) {
        Some(Basic::Int(k)) => match k {
            IntKind::Int => 1,
            IntKind::Int8 => 2,
            IntKind::Int16 => 3,
            IntKind::Int32 => 4,
            IntKind::Int64 => 5,
            IntKind::Uint => 6,
            IntKind::Uint8 => 7,
            IntKind::Uint16 => 8,
            IntKind::Uint32 => 9,
            IntKind::Uint64 => 10,
            IntKind::Uintptr => 11,
        },
        Some(Basic::Bool) => 12,
        Some(Basic::String) => 13,
        _ => 14,
    }
}

impl<'p> Lower<'p> {
    /// A generator for `prog`.
    /// With `lib`, runtime calls go to the precompiled library and compilation starts at the
    /// program's entry; without, `prog` is the runtime itself and every function is compiled.
    pub fn new(
        prog: &'p tir::Program,
        lib: Option<&'p super::rtlib::RuntimeLib>,
    ) -> Result<Lower<'p>, String> {
        let by_name = prog
            .funcs
            .iter()
            .map(|(i, f)| (f.name.as_str(), i))
            .collect();
        Ok(Lower {
            prog,
            lib,
            isa: isa()?,
            by_name,
            queued: SecondaryMap::new(),
            work: Vec::new(),
            strings: PrimaryMap::new(),
            string_ids: HashMap::new(),
            fctx: FunctionBuilderContext::new(),
            ctx: Context::new(),
            current: String::new(),
        })
    }

    /// Where runtime function `rt` is: in the precompiled library (a unit test checks that
    /// every [`Rt`] is there with its signature), or in the unit being compiled (the runtime
    /// itself).
    fn runtime(&mut self, rt: Rt) -> Callee {
        let name = rt.name();
        if let Some(lib) = self.lib {
            return Callee::Lib(
                lib.func(name)
                    .unwrap_or_else(|| panic!("runtime function {name} missing")),
            );
        }
        Callee::Local(
            *self
                .by_name
                .get(format!("runtime.{name}").as_str())
                .unwrap_or_else(|| panic!("runtime function {name} missing")),
        )
    }

    fn enqueue(&mut self, f: FuncId) {
        if !self.queued[f] {
            self.queued[f] = true;
            self.work.push(f);
        }
    }

    fn string_id(&mut self, s: &[u8]) -> StrId {
        if let Some(&id) = self.string_ids.get(s) {
            return id;
        }
        let id = self.strings.push(s.to_vec());
        self.string_ids.insert(s.to_vec(), id);
        id
    }

    /// Compiles everything reachable from `runtime.rt0`.
    pub fn run(mut self) -> Result<Output, String> {
        match (self.lib, self.prog.entry) {
            (Some(_), Some(entry)) => self.enqueue(entry),
            (Some(_), None) => return Err("program has no entry".into()),
            (None, _) => {
                for (f, func) in self.prog.funcs.iter() {
                    if !func.external {
                        self.enqueue(f);
                    }
                }
            }
        }
        let mut funcs = Vec::new();
        let mut signatures = SecondaryMap::new();
        while let Some(f) = self.work.pop() {
            let sig = self.signature(f);
            signatures[f] = (
                sig.params.iter().map(|p| p.value_type).collect(),
                sig.returns.iter().map(|p| p.value_type).collect(),
            );
            let blob = self.compile_func(f)?;
            funcs.push(blob);
        }
        funcs.sort_by_key(|b| match b.sym {
            Sym::Func(f) => f.as_u32(),
            _ => u32::MAX,
        });
        Ok(Output {
            funcs,
            strings: self.strings,
            globals: self
                .prog
                .globals
                .values()
                .map(|g| (self.prog.types.layout(g.ty).size as u32).max(1))
                .collect(),
            signatures,
        })
    }

    fn signature(&self, f: FuncId) -> Signature {
        let func = &self.prog.funcs[f];
        let mut sig = Signature::new(CallConv::SystemV);
        for &p in &func.params {
            for w in words(&self.prog.types, func.locals[p]) {
                sig.params.push(AbiParam::new(w));
            }
        }
        for r in &func.results {
            for w in words(&self.prog.types, *r) {
                sig.returns.push(AbiParam::new(w));
            }
        }
        sig
    }

    fn compile_func(&mut self, id: FuncId) -> Result<CodeBlob, String> {
        let f = &self.prog.funcs[id];
        self.current = f.name.clone();
        super::set_current(super::Phase::CodeGeneration, &f.name);
        let mut func = Function::with_name_signature(
            UserFuncName::user(NS_FUNC, id.as_u32()),
            self.signature(id),
        );
        let mut fctx = std::mem::replace(&mut self.fctx, FunctionBuilderContext::new());
        let mut requests = Vec::new();
        let cfg = self.isa.frontend_config();
        {
            let b = FunctionBuilder::new(&mut func, &mut fctx);
            let mut fl = FnLower {
                l: self,
                b,
                vars: PrimaryMap::new(),
                func_refs: HashMap::new(),
                targets: SecondaryMap::new(),
                func: id,
                requests: &mut requests,
            };
            fl.body()?;
            let FnLower { b, .. } = fl;
            b.finalize(cfg);
        }
        self.fctx = fctx;
        for r in requests {
            self.enqueue(r);
        }
        self.ctx.clear();
        self.ctx.func = func;
        let code = self
            .ctx
            .compile(&*self.isa, &mut ControlPlane::default())
            .map_err(|e| format!("cranelift failed on {}: {:?}", self.current, e.inner))?;
        let bytes = code.code_buffer().to_vec();
        let raw_relocs = code.buffer.relocs().to_vec();
        let mut relocs = Vec::new();
        for r in &raw_relocs {
            let FinalizedRelocTarget::ExternalName(ExternalName::User(uref)) = &r.target else {
                return Err(format!("unexpected relocation target in {}", self.current));
            };
            let name = &self.ctx.func.params.user_named_funcs()[*uref];
            let sym = match name.namespace {
                NS_FUNC => Sym::Func(FuncId::from_u32(name.index)),
                NS_STR => Sym::Str(StrId::from_u32(name.index)),
                NS_GLOBAL => Sym::Global(GlobalId::from_u32(name.index)),
                NS_RTFUNC => Sym::RtFunc(FuncId::from_u32(name.index)),
                NS_RTGLOBAL => Sym::RtGlobal(GlobalId::from_u32(name.index)),
                _ if name.index == STUB_ENTRY => Sym::UserEntry,
                _ => Sym::Syscall,
            };
            let kind = match r.kind {
                cranelift_codegen::binemit::Reloc::X86CallPCRel4
                | cranelift_codegen::binemit::Reloc::X86PCRel4
                | cranelift_codegen::binemit::Reloc::X86CallPLTRel4 => {
                    super::link::RelocKind::PcRel32
                }
                cranelift_codegen::binemit::Reloc::Abs8 => super::link::RelocKind::Abs64,
                other => {
                    return Err(format!(
                        "unsupported relocation {other:?} in {}",
                        self.current
                    ))
                }
            };
            relocs.push(Reloc {
                offset: r.offset,
                sym,
                addend: r.addend,
                kind,
            });
        }
        Ok(CodeBlob {
            sym: Sym::Func(id),
            code: bytes,
            relocs,
        })
    }
}

/// Where `break` and `continue` of one loop, switch or labelled statement jump.
#[derive(Clone)]
struct Targets {
    brk: Block,
    cont: Option<Block>,
}

struct FnLower<'a, 'p, 'f> {
    l: &'a mut Lower<'p>,
    b: FunctionBuilder<'f>,
    vars: PrimaryMap<LocalId, Vec<Variable>>,
    func_refs: HashMap<(u32, u32), FuncRef>,
    targets: SecondaryMap<TargetId, Option<Targets>>,
    func: FuncId,
    requests: &'a mut Vec<FuncId>,
}

impl FnLower<'_, '_, '_> {
    fn prog(&self) -> &tir::Program {
        self.l.prog
    }

    fn types(&self) -> &TypeTable {
        &self.l.prog.types
    }

    /// Cranelift types of `t`'s words.
    fn words(&self, t: TypeId) -> Vec<cranelift_codegen::ir::Type> {
        words(self.types(), t)
    }

    /// The fmt argument tag of `t`.
    fn tag(&self, t: TypeId) -> i64 {
        tag(self.types(), t)
    }

    fn body(&mut self) -> Result<(), String> {
        let f = &self.l.prog.funcs[self.func];
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        self.b.seal_block(entry);
        for t in f.locals.values() {
            let vs: Vec<Variable> = words(&self.l.prog.types, *t)
                .into_iter()
                .map(|w| self.b.declare_var(w))
                .collect();
            self.vars.push(vs);
        }
        // Parameters from block params; every other local starts at its zero value.
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        let mut k = 0;
        let mut is_param: SecondaryMap<LocalId, bool> = SecondaryMap::new();
        for &p in &f.params {
            is_param[p] = true;
            for v in self.vars[p].clone() {
                self.b.def_var(v, params[k]);
                k += 1;
            }
        }
        for (l, vs) in self.vars.clone().into_iter() {
            if !is_param[l] {
                for (v, w) in vs.into_iter().zip(words(&self.l.prog.types, f.locals[l])) {
                    let zero = self.b.ins().iconst(w, 0);
                    self.b.def_var(v, zero);
                }
            }
        }
        if self.l.lib.is_some() {
            self.stack_check();
        }
        self.targets = SecondaryMap::with_capacity(f.targets);
        let prog: &tir::Program = self.l.prog;
        self.stmts(&prog.funcs[self.func].body);
        if !self.terminated() {
            if f.results.is_empty() {
                self.b.ins().return_(&[]);
            } else {
                self.b.ins().trap(TrapCode::unwrap_user(2));
            }
        }
        self.b.seal_all_blocks();
        Ok(())
    }

    /// A function of the program first checks that its frame left the stack above the
    /// runtime's `stackLimit` (as gc's functions do), so that a runaway recursion ends with gc's
    /// "stack overflow" report and status 2 rather than a bare SIGSEGV. The runtime's own
    /// functions have no check: they run in the reserve the limit leaves.
    fn stack_check(&mut self) {
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
        self.panic_unless(ok, Rt::Morestack, &[sp]);
    }

    fn terminated(&self) -> bool {
        match self.b.current_block() {
            None => true,
            Some(blk) => self
                .b
                .func
                .layout
                .last_inst(blk)
                .is_some_and(|i| self.b.func.dfg.insts[i].opcode().is_terminator()),
        }
    }

    /// After a terminator, continue in a fresh (unreachable) block.
    fn fresh_block(&mut self) {
        let blk = self.b.create_block();
        self.b.switch_to_block(blk);
    }

    fn jump_if_open(&mut self, to: Block) {
        if !self.terminated() {
            self.b.ins().jump(to, &[]);
        }
    }

    fn func_ref(&mut self, ns: u32, index: u32, sig: Signature) -> FuncRef {
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

    fn call(&mut self, f: FuncId, args: &[Value]) -> Vec<Value> {
        let sig = self.l.signature(f);
        let func = &self.l.prog.funcs[f];
        let r = if func.external {
            // A library package's function: in the precompiled library, under its name.
            let lib = self
                .l
                .lib
                .expect("library functions need the runtime library");
            let i = lib
                .func(&func.name)
                .unwrap_or_else(|| panic!("library function {} missing", func.name));
            self.func_ref(NS_RTFUNC, i.as_u32(), sig)
        } else {
            self.requests.push(f);
            self.func_ref(NS_FUNC, f.as_u32(), sig)
        };
        let inst = self.b.ins().call(r, args);
        self.b.inst_results(inst).to_vec()
    }

    fn call_rt(&mut self, rt: Rt, args: &[Value]) -> Vec<Value> {
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

    /// Address of a global: this unit's, or (for `external` ones) the runtime library's.
    fn global_addr(&mut self, g: GlobalId) -> Value {
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

    /// Calls a runtime function that never returns, then continues in an unreachable block.
    fn call_rt_noreturn(&mut self, rt: Rt, args: &[Value]) {
        self.call_rt(rt, args);
        self.b.ins().trap(TrapCode::unwrap_user(1));
    }

    fn symbol_addr(&mut self, ns: u32, index: u32) -> Value {
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

    // ----- statements -----

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            if self.terminated() {
                self.fresh_block();
            }
            self.stmt(s);
        }
    }

    fn store_place(&mut self, p: &Place, vals: &[Value], pre: Option<(Vec<Value>, Vec<Value>)>) {
        match p {
            Place::Blank => {}
            Place::Local(l) => {
                for (v, x) in self.vars[*l].clone().into_iter().zip(vals) {
                    self.b.def_var(v, *x);
                }
            }
            Place::Global(g) => {
                let ty = self.prog().globals[*g].ty;
                let addr = self.global_addr(*g);
                self.store_words(ty, addr, vals);
            }
            Place::SliceElem(s, _) => {
                let (sv, iv) = pre.expect("slice operands evaluated");
                let elem = self.types().slice_elem(s.ty).unwrap_or(TypeTable::INVALID);
                let addr = self.elem_addr(&sv, iv[0], elem);
                self.store_words(elem, addr, vals);
            }
        }
    }

    fn store_words(&mut self, ty: TypeId, addr: Value, vals: &[Value]) {
        let mut off = 0;
        for (w, v) in self.words(ty).into_iter().zip(vals) {
            self.b.ins().store(MemFlagsData::trusted(), *v, addr, off);
            off += w.bytes() as i32;
        }
    }

    fn load_words(&mut self, ty: TypeId, addr: Value) -> Vec<Value> {
        let mut off = 0;
        let mut out = Vec::new();
        for w in self.words(ty) {
            out.push(self.b.ins().load(w, MemFlagsData::trusted(), addr, off));
            off += w.bytes() as i32;
        }
        out
    }

    /// Evaluates the operands of a place (slice and index, bounds-checked) before assignment.
    fn place_operands(&mut self, p: &Place) -> Option<(Vec<Value>, Vec<Value>)> {
        if let Place::SliceElem(s, i) = p {
            let sv = self.expr(s);
            let iv = self.index_i64(i);
            self.bounds_check(iv, sv[1]);
            return Some((sv, vec![iv]));
        }
        None
    }

    fn stmt(&mut self, s: &Stmt) {
        super::deep(|| self.stmt_here(s))
    }

    fn stmt_here(&mut self, s: &Stmt) {
        match s {
            Stmt::Eval(e) => {
                self.expr(e);
            }
            Stmt::Assign(places, values) => {
                let pre: Vec<_> = places.iter().map(|p| self.place_operands(p)).collect();
                let vals: Vec<Vec<Value>> = values.iter().map(|v| self.expr(v)).collect();
                for ((p, v), pr) in places.iter().zip(vals).zip(pre) {
                    self.store_place(p, &v, pr);
                }
            }
            Stmt::AssignTuple(places, call) => {
                let pre: Vec<_> = places.iter().map(|p| self.place_operands(p)).collect();
                let vals = self.expr(call);
                let ts = self.types().tuple_types(call.ty);
                let mut k = 0;
                for ((p, t), pr) in places.iter().zip(ts).zip(pre) {
                    let n = self.words(t).len();
                    self.store_place(p, &vals[k..k + n], pr);
                    k += n;
                }
            }
            Stmt::If(c, t, e) => {
                let cv = self.expr(c)[0];
                let then_b = self.b.create_block();
                let else_b = self.b.create_block();
                let join = self.b.create_block();
                self.b.ins().brif(cv, then_b, &[], else_b, &[]);
                self.b.switch_to_block(then_b);
                self.stmts(t);
                self.jump_if_open(join);
                self.b.switch_to_block(else_b);
                self.stmts(e);
                self.jump_if_open(join);
                self.b.switch_to_block(join);
            }
            Stmt::Loop {
                cond,
                body,
                post,
                target,
            } => {
                let head = self.b.create_block();
                let body_b = self.b.create_block();
                let post_b = self.b.create_block();
                let exit = self.b.create_block();
                self.targets[*target] = Some(Targets {
                    brk: exit,
                    cont: Some(post_b),
                });
                self.b.ins().jump(head, &[]);
                self.b.switch_to_block(head);
                match cond {
                    Some(c) => {
                        let cv = self.expr(c)[0];
                        self.b.ins().brif(cv, body_b, &[], exit, &[]);
                    }
                    None => {
                        self.b.ins().jump(body_b, &[]);
                    }
                }
                self.b.switch_to_block(body_b);
                self.stmts(body);
                self.jump_if_open(post_b);
                self.b.switch_to_block(post_b);
                self.stmts(post);
                self.jump_if_open(head);
                self.b.switch_to_block(exit);
            }
            Stmt::Switch { clauses, target } => {
                let exit = self.b.create_block();
                self.targets[*target] = Some(Targets {
                    brk: exit,
                    cont: None,
                });
                let bodies: Vec<Block> = clauses.iter().map(|_| self.b.create_block()).collect();
                let default = clauses.iter().position(|c| c.is_default);
                for (k, c) in clauses.iter().enumerate() {
                    if c.is_default {
                        continue;
                    }
                    for cond in &c.conds {
                        let cv = self.expr(cond)[0];
                        let next = self.b.create_block();
                        self.b.ins().brif(cv, bodies[k], &[], next, &[]);
                        self.b.switch_to_block(next);
                    }
                }
                match default {
                    Some(d) => self.b.ins().jump(bodies[d], &[]),
                    None => self.b.ins().jump(exit, &[]),
                };
                for (k, c) in clauses.iter().enumerate() {
                    self.b.switch_to_block(bodies[k]);
                    self.stmts(&c.body);
                    let to = if c.fallthrough && k + 1 < bodies.len() {
                        bodies[k + 1]
                    } else {
                        exit
                    };
                    self.jump_if_open(to);
                }
                self.b.switch_to_block(exit);
            }
            Stmt::Labeled(body, target) => {
                let exit = self.b.create_block();
                self.targets[*target] = Some(Targets {
                    brk: exit,
                    cont: None,
                });
                self.stmts(body);
                self.jump_if_open(exit);
                self.b.switch_to_block(exit);
            }
            Stmt::Return(vals) => {
                let mut out = Vec::new();
                for v in vals {
                    out.extend(self.expr(v));
                }
                self.b.ins().return_(&out);
            }
            Stmt::Break(t) => {
                if let Some(tg) = &self.targets[*t] {
                    let to = tg.brk;
                    self.b.ins().jump(to, &[]);
                }
            }
            Stmt::Continue(t) => {
                if let Some(Targets { cont: Some(c), .. }) = &self.targets[*t] {
                    let to = *c;
                    self.b.ins().jump(to, &[]);
                }
            }
            Stmt::Block(b) => self.stmts(b),
        }
    }

    // ----- expressions -----

    /// The integer kind of `t` (a bool or a word counts as 64 bits).
    fn int_kind(&self, t: TypeId) -> IntKind {
        self.types().int_kind(t).unwrap_or(IntKind::Int64)
    }

    fn is_bool(&self, t: TypeId) -> bool {
        self.types().basic(t) == Some(Basic::Bool)
    }

    /// An integer value widened to i64 (sign- or zero-extended by its Go type).
    fn widen(&mut self, v: Value, t: TypeId) -> Value {
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

    fn index_i64(&mut self, e: &tir::Expr) -> Value {
        let v = self.expr(e)[0];
        self.widen(v, e.ty)
    }

    /// Continues when `ok` holds; otherwise calls the runtime panic `name` (which never returns)
    /// from a cold block. Every Go runtime check (bounds, slicing, division, shifts) is one of these.
    fn panic_unless(&mut self, ok: Value, rt: Rt, args: &[Value]) {
        let fail = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(ok, cont, &[], fail, &[]);
        self.b.switch_to_block(fail);
        self.b.set_cold_block(fail);
        self.call_rt_noreturn(rt, args);
        self.b.switch_to_block(cont);
    }

    /// Panics with Go's message unless 0 <= i < len (one unsigned compare covers both).
    fn bounds_check(&mut self, i: Value, len: Value) {
        let ok = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        self.panic_unless(ok, Rt::PanicIndex, &[i, len]);
    }

    fn slice_bounds(
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

    fn elem_addr(&mut self, s: &[Value], i: Value, elem: TypeId) -> Value {
        let size = self.types().layout(elem).size as i64;
        let size = self.b.ins().imul_imm_s(i, size);
        self.b.ins().iadd(s[0], size)
    }

    fn const_val(&mut self, v: &CVal, ty: TypeId) -> Vec<Value> {
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

    fn expr(&mut self, e: &tir::Expr) -> Vec<Value> {
        super::deep(|| self.expr_here(e))
    }

    fn expr_here(&mut self, e: &tir::Expr) -> Vec<Value> {
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

    fn fmt(&mut self, f: FmtFn, args: &[tir::Expr]) -> Vec<Value> {
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

    fn intrinsic(&mut self, i: Intrinsic, args: &[tir::Expr]) -> Vec<Value> {
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

    fn binary(&mut self, op: BinOp, a: &tir::Expr, bx: &tir::Expr) -> Vec<Value> {
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
    fn divide(&mut self, op: BinOp, a: Value, b: Value, signed: bool) -> Value {
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
    fn shift(&mut self, op: BinOp, a: Value, count: Value, t: TypeId, ct: TypeId) -> Value {
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
