//! The in-memory linker: lays out code, read-only data and zero-initialised data at fixed
//! addresses, patches relocations, and writes a static, non-PIE x86-64 ELF executable with the
//! `object` crate's ELF writer. There is no system linker to call, and nothing touches a disk.
//!
//! Layout (all in one file, three `PT_LOAD` segments, each on its own pages in memory but packed
//! in the file): headers + code (R-X), string literals (R--), globals (RW-, BSS only: every Go
//! global starts at its zero value and is initialised by code).

use object::elf;
use object::write::elf::{FileHeader, ProgramHeader, Writer};
use object::Endianness;

/// Load address of the image.
pub const BASE: u64 = 0x40_0000;
use super::lower::StrId;
use super::tir::{FuncId, GlobalId};
use cranelift_entity::PrimaryMap;

const PAGE: u64 = 0x1000;

/// What a relocation points at. `Func`/`Str`/`Global` are the program's own (or, inside the
/// runtime library's blobs, the library's own); `Rt*` are the runtime library's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sym {
    /// A compiled function of the program.
    Func(FuncId),
    /// A string literal of the program.
    Str(StrId),
    /// A global variable of the program.
    Global(GlobalId),
    /// The raw `syscall` stub.
    Syscall,
    /// A hand-encoded stub of [`STUBS`], by index (`spillregs`, `repmovsb`, `repstosb`,
    /// `swapctx`).
    Stub(u32),
    /// The program's entry function (initialisation, then `main.main`), called by `rt0`.
    UserEntry,
    /// A runtime library function (an id of the runtime's own program).
    RtFunc(FuncId),
    /// A runtime library string literal.
    RtStr(StrId),
    /// A runtime library global.
    RtGlobal(GlobalId),
}

/// Everything to link: the program's unit and the runtime library.
pub struct Input<'a> {
    /// The program's functions (relocations in program terms).
    pub funcs: &'a [CodeBlob],
    /// The program's string literals.
    pub strings: &'a PrimaryMap<StrId, Vec<u8>>,
    /// Absolute addresses inside the program's read-only data (type descriptors' method
    /// tables and interface tables point at code), by the string literal they patch.
    pub str_relocs: &'a rustc_hash::FxHashMap<StrId, Vec<Reloc>>,
    /// Sizes of the program's globals (0 for external ones).
    pub globals: &'a PrimaryMap<GlobalId, u32>,
    /// The program's entry function.
    pub entry: FuncId,
    /// The runtime library.
    pub lib: &'a super::rtlib::LibIndex,
}

/// Maps a symbol as written in a runtime blob into the global symbol space.
fn lib_sym(s: Sym) -> Sym {
    match s {
        Sym::Func(i) => Sym::RtFunc(i),
        Sym::Str(i) => Sym::RtStr(i),
        Sym::Global(i) => Sym::RtGlobal(i),
        other => other,
    }
}

/// How a relocation is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelocKind {
    /// 32-bit PC-relative: S + A − P.
    PcRel32,
    /// 64-bit absolute: S + A.
    Abs64,
}

/// One relocation in a code blob.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reloc {
    /// Offset within the blob.
    pub offset: u32,
    /// Target.
    pub sym: Sym,
    /// Addend.
    pub addend: i64,
    /// Kind.
    pub kind: RelocKind,
}

/// A function's machine code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeBlob {
    /// The function it defines.
    pub sym: Sym,
    /// Bytes.
    pub code: Vec<u8>,
    /// Relocations to apply.
    pub relocs: Vec<Reloc>,
}

/// Bytes `_start` maps for the main goroutine's stack (must equal the runtime's `stackSize`).
pub const STACK_SIZE: u32 = 1 << 30;

/// `_start`: the kernel enters with `rsp` 16-byte aligned and argc/argv/envp on the stack. Map
/// the main goroutine's stack (1 GiB of address space, reserved but not committed, as gc's limit
/// is 1e9 bytes; the kernel's own stack stops at `ulimit -s`, 8 MiB), switch to it, and call
/// `runtime.rt0(kernel_sp, stack_lo, bss_lo, bss_hi)` with the stack realigned for the C ABI
/// (the BSS bounds are the collector's roots; patched in once laid out). When the mapping is
/// refused (strict overcommit, `ulimit -v`), stay on the kernel's stack and pass 0.
/// Hand-encoded because it is the one piece of code that runs before any calling convention
/// holds.
///   mov rbx, rsp                        ; the kernel's stack: argc, argv, envp
///   mov eax, 9 ; xor edi, edi ; mov esi, STACK_SIZE ; mov edx, 3 (PROT_READ|PROT_WRITE)
///   mov r10d, 0x4022 (MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE) ; mov r8, -1 ; xor r9d, r9d
///   syscall                             ; mmap
///   xor esi, esi ; cmp rax, -4096 ; ja 1f ; mov rsi, rax ; lea rsp, [rax + STACK_SIZE]
/// 1: mov rdi, rbx ; and rsp, -16 ; movabs rdx, BSS_LO ; movabs rcx, BSS_HI ; call rt0 ; ud2
///
/// Returns the code and the offset of the call's displacement; the two immediates end 11
/// and 1 bytes before it.
fn start_stub() -> (Vec<u8>, u32) {
    let size = STACK_SIZE.to_le_bytes();
    let mut code = vec![
        0x48, 0x89, 0xe3, // mov rbx, rsp
        0xb8, 0x09, 0, 0, 0, // mov eax, 9 (mmap)
        0x31, 0xff, // xor edi, edi
        0xbe, size[0], size[1], size[2], size[3], // mov esi, STACK_SIZE
        0xba, 0x03, 0, 0, 0, // mov edx, 3
        0x41, 0xba, 0x22, 0x40, 0, 0, // mov r10d, 0x4022
        0x49, 0xc7, 0xc0, 0xff, 0xff, 0xff, 0xff, // mov r8, -1
        0x45, 0x31, 0xc9, // xor r9d, r9d
        0x0f, 0x05, // syscall
        0x31, 0xf6, // xor esi, esi
        0x48, 0x3d, 0x00, 0xf0, 0xff, 0xff, // cmp rax, -4096
        0x77, 0x0a, // ja +10 (over the next two instructions)
        0x48, 0x89, 0xc6, // mov rsi, rax
        0x48, 0x8d, 0xa0, size[0], size[1], size[2], size[3], // lea rsp, [rax + STACK_SIZE]
        0x48, 0x89, 0xdf, // mov rdi, rbx
        0x48, 0x83, 0xe4, 0xf0, // and rsp, -16
        0x48, 0xba, 0, 0, 0, 0, 0, 0, 0, 0, // movabs rdx, BSS_LO (patched)
        0x48, 0xb9, 0, 0, 0, 0, 0, 0, 0, 0, // movabs rcx, BSS_HI (patched)
    ];
    let patch = code.len() as u32 + 1;
    code.extend_from_slice(&[0xe8, 0, 0, 0, 0]); // call rel32 (patched)
    code.extend_from_slice(&[0x0f, 0x0b]); // ud2
    (code, patch)
}

/// `syscall6(nr, a1, …, a6)`: moves SysV arguments into the kernel's registers. Hand-encoded:
/// Cranelift has no `syscall` instruction.
///   mov rax,rdi; mov rdi,rsi; mov rsi,rdx; mov rdx,rcx; mov r10,r8; mov r8,r9;
///   mov r9,[rsp+8]; syscall; ret
const SYSCALL_STUB: [u8; 27] = [
    0x48, 0x89, 0xf8, 0x48, 0x89, 0xf7, 0x48, 0x89, 0xd6, 0x48, 0x89, 0xca, 0x4d, 0x89, 0xc2, 0x4d,
    0x89, 0xc8, 0x4c, 0x8b, 0x4c, 0x24, 0x08, 0x0f, 0x05, 0xc3, 0xcc,
];

/// `spillregs(buf uintptr) uintptr`: stores the callee-saved registers (rbx, rbp, r12–r15)
/// at `buf` and returns the stack pointer, so that the collector sees every word a caller
/// may hold a pointer in. Hand-encoded: Cranelift cannot name registers.
///   mov [rdi],rbx; mov [rdi+8],rbp; mov [rdi+16],r12; mov [rdi+24],r13; mov [rdi+32],r14;
///   mov [rdi+40],r15; mov rax,rsp; ret
const SPILL_STUB: [u8; 27] = [
    0x48, 0x89, 0x1f, 0x48, 0x89, 0x6f, 0x08, 0x4c, 0x89, 0x67, 0x10, 0x4c, 0x89, 0x6f, 0x18, 0x4c,
    0x89, 0x77, 0x20, 0x4c, 0x89, 0x7f, 0x28, 0x48, 0x89, 0xe0, 0xc3,
];

/// `repmovsb(dst, src uintptr, n int)`: copies n bytes forward with `rep movsb` (fast strings
/// on every x86-64 of the last decade; the SysV ABI keeps the direction flag clear).
///   mov rcx,rdx; rep movsb; ret
const MOVSB_STUB: [u8; 6] = [0x48, 0x89, 0xd1, 0xf3, 0xa4, 0xc3];

/// `repstosb(p uintptr, n int)`: zeroes n bytes with `rep stosb`.
///   mov rcx,rsi; xor eax,eax; rep stosb; ret
const STOSB_STUB: [u8; 8] = [0x48, 0x89, 0xf1, 0x31, 0xc0, 0xf3, 0xaa, 0xc3];

/// `swapctx(save, to uintptr)`: switches goroutines. Pushes the callee-saved registers, stores
/// the stack pointer at `save`, takes `to` as the stack pointer and pops that goroutine's
/// registers, returning where it switched out (or into `goentry` for a new one, whose stack
/// the runtime lays out the same way).
///   push rbp; push rbx; push r12; push r13; push r14; push r15; mov [rdi],rsp; mov rsp,rsi;
///   pop r15; pop r14; pop r13; pop r12; pop rbx; pop rbp; ret
const SWAP_STUB: [u8; 27] = [
    0x55, 0x53, 0x41, 0x54, 0x41, 0x55, 0x41, 0x56, 0x41, 0x57, 0x48, 0x89, 0x27, 0x48, 0x89, 0xf4,
    0x41, 0x5f, 0x41, 0x5e, 0x41, 0x5d, 0x41, 0x5c, 0x5b, 0x5d, 0xc3,
];

/// The stubs after the syscall stub, in `Sym::Stub` index order.
const STUBS: [&[u8]; 4] = [&SPILL_STUB, &MOVSB_STUB, &STOSB_STUB, &SWAP_STUB];

fn align(v: u64, a: u64) -> u64 {
    v.div_ceil(a) * a
}

/// Links the program and the runtime functions it reaches (from `rt0`) into ELF bytes, in four
/// phases: [`reach`] (which functions and data are needed), [`layout`] (their addresses),
/// [`relocate`] (patch the code) and [`write_elf`]. Every symbol is found through a map, so
/// linking is linear in the size of the program.
pub fn link(input: &Input) -> Result<Vec<u8>, String> {
    let reached = reach(input)?;
    let mut layout = layout(input, &reached);
    relocate(input, &reached, &mut layout)?;
    write_elf(&layout)
}

/// Where each function's code is: the program's own, by function id, and the library's.
struct Blobs<'a> {
    program: rustc_hash::FxHashMap<FuncId, &'a CodeBlob>,
    input: &'a Input<'a>,
}

impl<'a> Blobs<'a> {
    fn new(input: &'a Input<'a>) -> Blobs<'a> {
        let program = input
            .funcs
            .iter()
            .filter_map(|b| match b.sym {
                Sym::Func(i) => Some((i, b)),
                _ => None,
            })
            .collect();
        Blobs { program, input }
    }

    /// The code of a (normalised) function symbol.
    fn get(&self, s: Sym) -> Option<Code<'a>> {
        match s {
            Sym::Func(i) => self.program.get(&i).map(|b| Code::Program(b)),
            Sym::RtFunc(i) => self.input.lib.get(i).map(Code::Lib),
            _ => None,
        }
    }
}

/// A function's code: the program's, or the library's (relocations decoded as read, their
/// symbols in the library's own namespace).
#[derive(Clone, Copy)]
enum Code<'a> {
    Program(&'a CodeBlob),
    Lib(&'a super::rtlib::LibFunc),
}

impl<'a> Code<'a> {
    fn bytes(self) -> &'a [u8] {
        match self {
            Code::Program(b) => &b.code,
            Code::Lib(f) => f.code,
        }
    }

    /// Relocations, with symbols in the image's namespace.
    fn relocs(self) -> Box<dyn Iterator<Item = Reloc> + 'a> {
        match self {
            Code::Program(b) => Box::new(b.relocs.iter().copied()),
            Code::Lib(f) => Box::new(f.relocs().map(|r| Reloc {
                sym: lib_sym(r.sym),
                ..r
            })),
        }
    }
}

/// `UserEntry` is the program's entry function.
fn normalise(input: &Input, s: Sym) -> Sym {
    if s == Sym::UserEntry {
        Sym::Func(input.entry)
    } else {
        s
    }
}

/// What the image needs: functions in the order they are laid out (depth-first from `rt0`, so
/// an unused runtime function costs nothing), and the data they refer to.
struct Reached<'a> {
    blobs: Blobs<'a>,
    rt0: FuncId,
    order: Vec<Sym>,
    data: Vec<Sym>,
}

fn reach<'a>(input: &'a Input<'a>) -> Result<Reached<'a>, String> {
    let lib = input.lib;
    let rt0 = lib.func("rt0").ok_or("runtime has no rt0")?;
    let blobs = Blobs::new(input);
    let mut order: Vec<Sym> = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    let mut stack = vec![Sym::RtFunc(rt0)];
    let mut data: Vec<Sym> = Vec::new();
    let mut data_seen = rustc_hash::FxHashSet::default();
    loop {
        while let Some(s) = stack.pop() {
            let s = normalise(input, s);
            if !seen.insert(s) {
                continue;
            }
            let code = blobs
                .get(s)
                .ok_or_else(|| format!("undefined function {s:?}"))?;
            order.push(s);
            for r in code.relocs() {
                let t = r.sym;
                match t {
                    Sym::Func(_) | Sym::RtFunc(_) | Sym::UserEntry => stack.push(t),
                    Sym::Syscall | Sym::Stub(_) => {}
                    other => data.push(other),
                }
            }
        }
        // Read-only data that points at code reaches that code (and more data).
        let mut more = false;
        for i in 0..data.len() {
            let d = data[i];
            if !data_seen.insert(d) {
                continue;
            }
            for r in data_relocs(input, d) {
                match r.sym {
                    Sym::Func(_) | Sym::RtFunc(_) | Sym::UserEntry => {
                        stack.push(r.sym);
                        more = true;
                    }
                    Sym::Syscall | Sym::Stub(_) => {}
                    other => data.push(other),
                }
            }
        }
        if !more && data.iter().all(|d| data_seen.contains(d)) {
            break;
        }
    }
    Ok(Reached {
        blobs,
        rt0,
        order,
        data,
    })
}

/// The relocations inside a read-only data symbol, in the image's namespace.
fn data_relocs(input: &Input, s: Sym) -> Vec<Reloc> {
    match s {
        Sym::Str(i) => input.str_relocs.get(&i).cloned().unwrap_or_default(),
        Sym::RtStr(i) => input
            .lib
            .string_relocs(i)
            .map(|r| Reloc {
                sym: lib_sym(r.sym),
                ..r
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Addresses of everything reached, and the bytes of the text and read-only data segments.
struct Layout {
    text: Vec<u8>,
    text_off: u64,
    text_addr: u64,
    start_patch: u32,
    syscall_off: u64,
    func_off: rustc_hash::FxHashMap<Sym, u64>,
    rodata: Vec<u8>,
    ro_off: u64,
    ro_addr: u64,
    str_off: rustc_hash::FxHashMap<Sym, u64>,
    file_end: u64,
    bss_addr: u64,
    bss_len: u64,
    global_off: rustc_hash::FxHashMap<Sym, u64>,
}

/// Size of the ELF header and the three program headers.
const HEADER_LEN: u64 = 64 + 3 * 56;

fn layout(input: &Input, reached: &Reached) -> Layout {
    let lib = input.lib;
    let (start, start_patch) = start_stub();
    let mut text = Vec::new();
    text.extend_from_slice(&start);
    while text.len() % 16 != 0 {
        text.push(0xcc);
    }
    let syscall_off = text.len() as u64;
    text.extend_from_slice(&SYSCALL_STUB);
    for stub in STUBS {
        text.extend_from_slice(stub);
    }
    let mut func_off = rustc_hash::FxHashMap::default();
    for &s in &reached.order {
        let code = reached.blobs.get(s).expect("reached");
        while text.len() % 16 != 0 {
            text.push(0xcc);
        }
        func_off.insert(s, text.len() as u64);
        text.extend_from_slice(code.bytes());
    }
    let text_off = align(HEADER_LEN, 16);
    let text_addr = BASE + text_off;
    // Read-only data: the string literals that are referenced.
    let mut rodata = Vec::new();
    let mut str_off = rustc_hash::FxHashMap::default();
    // BSS: referenced globals, 8-byte aligned each (16 for strings and slices).
    let mut bss_len = 0u64;
    let mut global_off = rustc_hash::FxHashMap::default();
    for &s in &reached.data {
        match s {
            Sym::Str(i) | Sym::RtStr(i) => {
                if str_off.contains_key(&s) {
                    continue;
                }
                let bytes = if matches!(s, Sym::Str(_)) {
                    &input.strings[i]
                } else {
                    lib.string(i)
                };
                if !data_relocs(input, s).is_empty() {
                    // Words other data points at are aligned.
                    while rodata.len() % 8 != 0 {
                        rodata.push(0);
                    }
                }
                str_off.insert(s, rodata.len() as u64);
                rodata.extend_from_slice(bytes);
            }
            Sym::Global(i) | Sym::RtGlobal(i) => {
                if global_off.contains_key(&s) {
                    continue;
                }
                let size = if matches!(s, Sym::Global(_)) {
                    input.globals[i]
                } else {
                    lib.global_size(i)
                };
                bss_len = align(bss_len, if size >= 16 { 16 } else { 8 });
                global_off.insert(s, bss_len);
                bss_len += u64::from(size);
            }
            _ => {}
        }
    }
    // Read-only data and globals start 16-byte aligned (the collector scans the globals as
    // aligned words).
    while text.len() % 16 != 0 {
        text.push(0xcc);
    }
    while (text_off + text.len() as u64 + rodata.len() as u64) % 16 != 0 {
        rodata.push(0);
    }
    let ro_off = text_off + text.len() as u64;
    let ro_addr = align(text_addr + text.len() as u64, PAGE) + ro_off % PAGE;
    let file_end = ro_off + rodata.len() as u64;
    let bss_addr = align(ro_addr + rodata.len() as u64 + 1, PAGE) + file_end % PAGE;
    Layout {
        text,
        text_off,
        text_addr,
        start_patch,
        syscall_off,
        func_off,
        rodata,
        ro_off,
        ro_addr,
        str_off,
        file_end,
        bss_addr,
        bss_len,
        global_off,
    }
}

impl Layout {
    fn addr_of(&self, input: &Input, s: Sym) -> Result<u64, String> {
        let s = normalise(input, s);
        let missing = || format!("unresolved symbol {s:?}");
        Ok(match s {
            Sym::Func(_) | Sym::RtFunc(_) => {
                self.text_addr + *self.func_off.get(&s).ok_or_else(missing)?
            }
            Sym::Str(_) | Sym::RtStr(_) => {
                self.ro_addr + *self.str_off.get(&s).ok_or_else(missing)?
            }
            Sym::Global(_) | Sym::RtGlobal(_) => {
                self.bss_addr + *self.global_off.get(&s).ok_or_else(missing)?
            }
            Sym::Syscall => self.text_addr + self.syscall_off,
            Sym::Stub(i) => {
                let before: usize = STUBS[..i as usize].iter().map(|s| s.len()).sum();
                self.text_addr + self.syscall_off + (SYSCALL_STUB.len() + before) as u64
            }
            Sym::UserEntry => unreachable!("normalised"),
        })
    }
}

/// Patches `_start`'s call to `rt0` and every relocation of every function laid out.
fn relocate(input: &Input, reached: &Reached, l: &mut Layout) -> Result<(), String> {
    let target = l.addr_of(input, Sym::RtFunc(reached.rt0))? as i64;
    let patch = l.start_patch as usize;
    let p = (l.text_addr + u64::from(l.start_patch)) as i64;
    let rel = i32::try_from(target - (p + 4)).map_err(|_| "rt0 out of range".to_string())?;
    l.text[patch..patch + 4].copy_from_slice(&rel.to_le_bytes());
    let bss_hi = l.bss_addr + l.bss_len;
    l.text[patch - 19..patch - 11].copy_from_slice(&l.bss_addr.to_le_bytes());
    l.text[patch - 9..patch - 1].copy_from_slice(&bss_hi.to_le_bytes());
    for &s in &reached.order {
        let code = reached.blobs.get(s).expect("reached");
        let base = l.func_off[&s];
        for r in code.relocs() {
            let sv = l.addr_of(input, r.sym)? as i64;
            let at = (base + u64::from(r.offset)) as usize;
            let p = (l.text_addr + at as u64) as i64;
            match r.kind {
                RelocKind::PcRel32 => {
                    let v = sv + r.addend - p;
                    let v = i32::try_from(v).map_err(|_| "relocation out of range".to_string())?;
                    l.text[at..at + 4].copy_from_slice(&v.to_le_bytes());
                }
                RelocKind::Abs64 => {
                    l.text[at..at + 8].copy_from_slice(&((sv + r.addend) as u64).to_le_bytes());
                }
            }
        }
    }
    let patched: Vec<Sym> = l.str_off.keys().copied().collect();
    for s in patched {
        let base = l.str_off[&s] as usize;
        for r in data_relocs(input, s) {
            if r.kind != RelocKind::Abs64 {
                return Err(format!("relative relocation in read-only data {s:?}"));
            }
            let sv = l.addr_of(input, r.sym)? as i64;
            let at = base + r.offset as usize;
            l.rodata[at..at + 8].copy_from_slice(&((sv + r.addend) as u64).to_le_bytes());
        }
    }
    Ok(())
}

/// Writes the static ELF: headers, three `PT_LOAD`s (text R-X, rodata R--, BSS RW-).
fn write_elf(l: &Layout) -> Result<Vec<u8>, String> {
    let (text, rodata) = (&l.text, &l.rodata);
    let (text_off, text_addr, ro_off, ro_addr) = (l.text_off, l.text_addr, l.ro_off, l.ro_addr);
    let (file_end, bss_addr, bss_len) = (l.file_end, l.bss_addr, l.bss_len);
    let mut out = Vec::new();
    let mut w = Writer::new(Endianness::Little, true, &mut out);
    w.reserve_file_header();
    w.reserve_program_headers(3);
    let t = w.reserve(text.len(), 16);
    debug_assert_eq!(t as u64, text_off);
    let r = w.reserve(rodata.len(), 1);
    debug_assert_eq!(r as u64, ro_off);
    w.write_file_header(&FileHeader {
        os_abi: elf::ELFOSABI_NONE,
        abi_version: 0,
        e_type: elf::ET_EXEC,
        e_machine: elf::EM_X86_64,
        e_entry: text_addr,
        e_flags: 0,
    })
    .map_err(|e| e.to_string())?;
    w.write_align_program_headers();
    // Code segment maps the headers too (offset 0), as is conventional.
    w.write_program_header(&ProgramHeader {
        p_type: elf::PT_LOAD,
        p_flags: elf::PF_R | elf::PF_X,
        p_offset: 0,
        p_vaddr: BASE,
        p_paddr: BASE,
        p_filesz: text_off + text.len() as u64,
        p_memsz: text_off + text.len() as u64,
        p_align: PAGE,
    });
    w.write_program_header(&ProgramHeader {
        p_type: elf::PT_LOAD,
        p_flags: elf::PF_R,
        p_offset: ro_off,
        p_vaddr: ro_addr,
        p_paddr: ro_addr,
        p_filesz: rodata.len() as u64,
        p_memsz: rodata.len() as u64,
        p_align: PAGE,
    });
    w.write_program_header(&ProgramHeader {
        p_type: elf::PT_LOAD,
        p_flags: elf::PF_R | elf::PF_W,
        p_offset: file_end,
        p_vaddr: bss_addr,
        p_paddr: bss_addr,
        p_filesz: 0,
        p_memsz: bss_len.max(8),
        p_align: PAGE,
    });
    w.write_align(16);
    w.write(text);
    w.write(rodata);
    drop(w);
    // Self-check in debug builds: the image must pass our own validation.
    #[cfg(debug_assertions)]
    crate::image::validate(&out).map_err(|e| format!("linker produced an invalid image: {e}"))?;
    Ok(out)
}
