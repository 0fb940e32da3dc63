//! Checked program → Cranelift IR → machine code with relocations. Only functions reachable from
//! the entry (`runtime.rt0`, which calls `main.main`) are compiled.
//!
//! Value representation: integers in their own width (`I8`…`I64`), bool as `I8` 0/1, a string as
//! two `I64` words (pointer, length), a slice as three (pointer, length, capacity).

mod call;
mod checks;
mod expr;
mod iface;
mod layout;
mod maps;
mod memory;
mod stmt;
mod typedesc;
mod unwind;

use layout::*;
use memory::{is_mem, Home};
use std::collections::HashMap;

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::immediates::Imm64;
use cranelift_codegen::ir::types::{F32, F64, I16, I32, I64, I8};
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
const NS_RTSTR: u32 = 6;
/// Index of the syscall stub in `NS_STUB`.
const STUB_SYSCALL: u32 = 0;
/// Index of the program's entry (initialisation, then `main.main`) in `NS_STUB`.
const STUB_ENTRY: u32 = 1;
/// Index of the `spillregs` stub in `NS_STUB`; `repmovsb` and `repstosb` follow (the linker's
/// `Sym::Stub` index plus this).
const STUB_SPILL: u32 = 2;
const STUB_MOVSB: u32 = 3;
const STUB_STOSB: u32 = 4;
const STUB_SWAP: u32 = 5;

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
    /// Code addresses inside read-only data (method tables), by the literal they patch.
    pub str_relocs: rustc_hash::FxHashMap<StrId, Vec<Reloc>>,
    /// The type descriptors without code addresses (of the library unit: programs share them).
    pub descs: Vec<StrId>,
    /// The library unit's descriptors of its own defined types (and pointers to them), by
    /// name: a program's values of those types must have the library's identity.
    pub named_descs: std::collections::BTreeMap<String, StrId>,
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

/// Read-only data by contents: bytes and the addresses patched into them.
type DataKey = (Vec<u8>, Vec<(u32, DataRef)>);

/// What an address inside read-only data points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum DataRef {
    /// A function's code.
    Func(FuncId),
    /// Other read-only data of this unit.
    Data(StrId),
    /// Read-only data of the runtime library.
    Lib(StrId),
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
    lib: Option<&'p super::rtlib::LibIndex>,
    isa: OwnedTargetIsa,
    by_name: HashMap<&'p str, FuncId>,
    queued: SecondaryMap<FuncId, bool>,
    work: Vec<FuncId>,
    strings: PrimaryMap<StrId, Vec<u8>>,
    string_ids: HashMap<Vec<u8>, StrId>,
    /// Read-only data with code addresses in it, by contents.
    data_ids: HashMap<DataKey, StrId>,
    str_relocs: rustc_hash::FxHashMap<StrId, Vec<Reloc>>,
    /// Type descriptors without code addresses (the library's, which programs share).
    descs: Vec<StrId>,
    /// The library's descriptors of its own defined types, by name.
    named_descs: std::collections::BTreeMap<String, StrId>,
    fctx: FunctionBuilderContext,
    ctx: Context,
    /// The function being compiled (for the compiler-bug panic hook).
    pub current: String,
}

/// The largest variable kept in a stack frame (gc's limit for explicitly declared variables,
/// 10 MB); larger ones get a heap cell.
const MAX_STACK_VAR: u64 = 10 << 20;

impl<'p> Lower<'p> {
    /// A generator for `prog`.
    /// With `lib`, runtime calls go to the precompiled library and compilation starts at the
    /// program's entry; without, `prog` is the runtime itself and every function is compiled.
    pub fn new(
        prog: &'p tir::Program,
        lib: Option<&'p super::rtlib::LibIndex>,
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
            data_ids: HashMap::new(),
            str_relocs: Default::default(),
            descs: Vec::new(),
            named_descs: Default::default(),
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

    /// Read-only data holding the addresses of functions and other data at the given offsets
    /// (each function is compiled as reached).
    fn data_id(&mut self, bytes: Vec<u8>, funcs: Vec<(u32, DataRef)>) -> StrId {
        if funcs.is_empty() {
            return self.string_id(&bytes);
        }
        let key = (bytes, funcs);
        if let Some(&id) = self.data_ids.get(&key) {
            return id;
        }
        let id = self.strings.push(key.0.clone());
        let mut relocs = Vec::new();
        for &(offset, target) in &key.1 {
            let f = match target {
                DataRef::Func(f) => f,
                DataRef::Data(s) | DataRef::Lib(s) => {
                    relocs.push(Reloc {
                        offset,
                        sym: if matches!(target, DataRef::Lib(_)) {
                            Sym::RtStr(s)
                        } else {
                            Sym::Str(s)
                        },
                        addend: 0,
                        kind: super::link::RelocKind::Abs64,
                    });
                    continue;
                }
            };
            let sym = if self.prog.funcs[f].external {
                let lib = self
                    .lib
                    .expect("library functions need the runtime library");
                let name = &self.prog.funcs[f].name;
                let i = lib
                    .func(name)
                    .unwrap_or_else(|| panic!("library function {name} missing"));
                Sym::RtFunc(i)
            } else {
                self.enqueue(f);
                Sym::Func(f)
            };
            relocs.push(Reloc {
                offset,
                sym,
                addend: 0,
                kind: super::link::RelocKind::Abs64,
            });
        }
        self.str_relocs.insert(id, relocs);
        self.data_ids.insert(key, id);
        id
    }

    /// The descriptor of `t` as read-only data (`top`: see [`FnLower::desc_addr_in`]).
    ///
    /// A descriptor without code addresses that the runtime library has too is the library's:
    /// a type's identity is its descriptor's address, and values the library makes (a
    /// string it panics with) must be of the same types as the program's.
    fn desc_id(&mut self, t: TypeId, top: bool) -> DataRef {
        // A library type's identity is the library's descriptor (if it made one).
        let key = if top {
            typedesc::library_type_key(&self.prog.types, t)
        } else {
            None
        };
        if let (Some(lib), Some(key)) = (self.lib, &key) {
            if let Some(id) = lib.named_descriptor(key) {
                return DataRef::Lib(id);
            }
        }
        let (bytes, funcs) = typedesc::descriptor(self.prog, t, top, self.lib.is_none());
        if funcs.is_empty() {
            if let Some(id) = self.lib.and_then(|lib| lib.descriptor(&bytes)) {
                return DataRef::Lib(id);
            }
        }
        let refs = funcs
            .into_iter()
            .map(|(o, f)| (o, DataRef::Func(f)))
            .collect();
        let id = self.data_id(bytes, refs);
        if self.lib.is_none() && !self.str_relocs.contains_key(&id) && !self.descs.contains(&id) {
            self.descs.push(id);
        }
        if let (None, Some(key)) = (self.lib, key) {
            self.named_descs.entry(key).or_insert(id);
        }
        DataRef::Data(id)
    }

    /// The interface table of concrete type `t` in interface `iface`: `t`'s descriptor,
    /// the interface's, then the code of each of the interface's methods for `t`.
    fn itab_id(&mut self, t: TypeId, iface: TypeId) -> StrId {
        let td = self.desc_id(t, true);
        let id = self.desc_id(iface, true);
        let types = &self.prog.types;
        let methods = match types.kind(types.underlying(iface)) {
            TypeKind::Interface(i) => i.methods.clone(),
            _ => Vec::new(),
        };
        let table = self.prog.method_tables.get(&types.canonical(t));
        let mut refs = vec![(0, td), (8, id)];
        for (k, m) in methods.iter().enumerate() {
            let w = table
                .and_then(|tb| tb.iter().find(|e| e.name == m.name))
                .unwrap_or_else(|| panic!("no method {} for an interface table", m.name));
            refs.push((16 + 8 * k as u32, DataRef::Func(w.wrapper)));
        }
        self.data_id(vec![0; 16 + 8 * methods.len()], refs)
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
            str_relocs: self.str_relocs,
            descs: self.descs,
            named_descs: self.named_descs,
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
        if func.ctx {
            sig.params.push(AbiParam::new(I64));
        }
        for &p in &func.params {
            for w in words(&self.prog.types, func.locals[p]) {
                sig.params.push(AbiParam::new(w));
            }
        }
        for r in &func.results {
            if is_mem(&self.prog.types, *r) {
                // Written through a pointer the caller passes.
                sig.params.push(AbiParam::new(I64));
                continue;
            }
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
                homes: PrimaryMap::new(),
                sret: Vec::new(),
                func_refs: HashMap::new(),
                hoisted: HashMap::new(),
                exit_blocks: None,
                labels: HashMap::new(),
                defer_head: None,
                recover_direct: None,
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
                NS_RTSTR => Sym::RtStr(StrId::from_u32(name.index)),
                _ if name.index == STUB_ENTRY => Sym::UserEntry,
                _ if name.index >= STUB_SPILL => Sym::Stub(name.index - STUB_SPILL),
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
    /// Where each local lives.
    homes: PrimaryMap<LocalId, Home>,
    /// The result pointers of memory-value results, in result order.
    sret: Vec<Value>,
    func_refs: HashMap<(u32, u32), FuncRef>,
    /// Results of calls evaluated ahead of the expression that contains them (see
    /// `FnLower::hoist`), by node.
    hoisted: HashMap<*const tir::Expr, Vec<Value>>,
    /// The block of each goto label.
    labels: HashMap<tir::LabelId, Block>,
    /// The function's exit blocks, once something needs them.
    exit_blocks: Option<unwind::Exits>,
    /// The head of the function's list of deferred calls.
    defer_head: Option<unwind::DeferHead>,
    /// Whether the unwinding called this function as a deferred function (for `recover`).
    recover_direct: Option<Variable>,
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

    /// The words `v` of a value of the tuple of types `ts`, cut into each component's.
    fn tuple_parts<'v>(&self, v: &'v [Value], ts: &[TypeId]) -> Vec<&'v [Value]> {
        let mut k = 0;
        ts.iter()
            .map(|&t| {
                let n = self.words(t).len();
                k += n;
                &v[k - n..k]
            })
            .collect()
    }

    fn body(&mut self) -> Result<(), String> {
        let f = &self.l.prog.funcs[self.func];
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        self.b.seal_block(entry);
        let mut on_heap: SecondaryMap<LocalId, bool> = SecondaryMap::new();
        for &l in &f.heap {
            on_heap[l] = true;
        }
        let mut is_param: SecondaryMap<LocalId, bool> = SecondaryMap::new();
        for &p in &f.params {
            is_param[p] = true;
        }
        for &c in &f.captures {
            on_heap[c] = true;
        }
        let types = &self.l.prog.types;
        // Variables too large for a stack frame live on the heap, as gc moves them there.
        for (l, &t) in f.locals.iter() {
            if is_mem(types, t) && types.layout(t).size > MAX_STACK_VAR {
                on_heap[l] = true;
            }
        }
        for (l, &t) in f.locals.iter() {
            let home = if on_heap[l] || (is_mem(types, t) && is_param[l]) {
                Home::Ptr(self.b.declare_var(I64))
            } else if is_mem(types, t) {
                Home::Slot(self.new_slot(t))
            } else {
                Home::Vars(
                    words(types, t)
                        .into_iter()
                        .map(|w| self.b.declare_var(w))
                        .collect(),
                )
            };
            self.homes.push(home);
        }
        // Every local starts at its zero value; parameters come from the block parameters.
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        let mut k = 0;
        // A closure's context: its captured variables' cells.
        let mut is_capture: SecondaryMap<LocalId, bool> = SecondaryMap::new();
        if f.ctx {
            let ctx = params[0];
            k = 1;
            for (i, &c) in f.captures.iter().enumerate() {
                is_capture[c] = true;
                let cell = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), ctx, 8 + 8 * i as i32);
                if let Home::Ptr(v) = self.homes[c].clone() {
                    self.b.def_var(v, cell);
                }
            }
        }
        for &p in &f.params {
            let t = f.locals[p];
            let n = words(&self.l.prog.types, t).len();
            let vals = params[k..k + n].to_vec();
            k += n;
            match (self.homes[p].clone(), on_heap[p]) {
                (Home::Ptr(v), false) => self.b.def_var(v, vals[0]),
                (Home::Ptr(v), true) => {
                    let cell = self.heap_alloc(t);
                    self.b.def_var(v, cell);
                    self.store_value(t, cell, &vals);
                }
                (Home::Vars(vs), _) => {
                    for (v, x) in vs.into_iter().zip(vals) {
                        self.b.def_var(v, x);
                    }
                }
                (Home::Slot(_), _) => unreachable!("memory parameters live behind a pointer"),
            }
        }
        self.sret = params[k..].to_vec();
        for (l, home) in self.homes.clone().into_iter() {
            if is_param[l] || is_capture[l] {
                continue;
            }
            match home {
                Home::Vars(vs) => {
                    for (v, w) in vs.into_iter().zip(words(&self.l.prog.types, f.locals[l])) {
                        let zero = self.zero_word(w);
                        self.b.def_var(v, zero);
                    }
                }
                Home::Slot(s) => {
                    let a = self.b.ins().stack_addr(I64, s, 0);
                    let size = self.size_of(f.locals[l]);
                    self.zero_mem(a, size);
                }
                Home::Ptr(v) => {
                    // A heap local gets its cell at its declaration; named results and
                    // locals of the runtime's synthesized code have none, so they get one now.
                    let cell = self.heap_alloc(f.locals[l]);
                    self.b.def_var(v, cell);
                }
            }
        }
        if self.l.lib.is_some() {
            self.stack_check();
        }
        if let Some(cell) = f.defer_cell {
            // Zeroed with the heap locals above.
            self.defer_head = Some(unwind::DeferHead::Cell(cell));
        } else if f.has_defer {
            let v = self.b.declare_var(I64);
            let zero = self.b.ins().iconst(I64, 0);
            self.b.def_var(v, zero);
            self.defer_head = Some(unwind::DeferHead::Var(v));
        }
        self.entry_defer_state();
        self.targets = SecondaryMap::with_capacity(f.targets);
        let prog: &tir::Program = self.l.prog;
        // What checking generic bodies made is never called: the runtime library, which
        // compiles every function, gets it empty (it would call the stand-ins' methods).
        if !prog.funcs[self.func].checking {
            self.stmts(&prog.funcs[self.func].body);
        }
        if !self.terminated() {
            if !f.results.is_empty() {
                self.b.ins().trap(TrapCode::unwrap_user(2));
            } else if f.has_defer {
                let exit = self.exits().exit;
                self.b.ins().jump(exit, &[]);
            } else {
                self.b.ins().return_(&[]);
            }
        }
        self.finish_exits();
        self.b.seal_all_blocks();
        Ok(())
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

    /// The block a label starts.
    fn label_block(&mut self, id: tir::LabelId) -> Block {
        if let Some(&b) = self.labels.get(&id) {
            return b;
        }
        let b = self.b.create_block();
        self.labels.insert(id, b);
        b
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

    // ----- statements -----

    // ----- expressions -----
}
