//! The checked program: every name resolved, every expression typed, every constant folded. This
//! is what the checker produces and code generation consumes.

use super::types::{TypeId, TypeTable, Value};
use cranelift_entity::{entity_impl, PrimaryMap};

/// A function of [`Program::funcs`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(u32);
entity_impl!(FuncId, "func");

/// A local of [`Func::locals`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(u32);
entity_impl!(LocalId, "local");

/// A package-level variable of [`Program::globals`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(u32);
entity_impl!(GlobalId, "global");

/// A label of one function, as `goto` targets it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LabelId(u32);
entity_impl!(LabelId, "label");

/// A break/continue target within one function.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TargetId(u32);
entity_impl!(TargetId, "target");

/// A whole program: user package and runtime together.
#[derive(Debug, Default)]
pub struct Program {
    /// Every type the program uses.
    pub types: TypeTable,
    /// All functions (bodies of unreachable ones are never compiled).
    pub funcs: PrimaryMap<FuncId, Func>,
    /// Package-level variables.
    pub globals: PrimaryMap<GlobalId, Global>,
    /// `main.main`.
    pub main: Option<FuncId>,
    /// Package variable initialisation, in dependency order (run before `main.main`).
    pub init: Vec<Stmt>,
    /// The package path of each of `init`'s statements (which package it initialises).
    pub init_pkgs: Vec<String>,
    /// `init` functions of package main, in source order.
    pub init_funcs: Vec<FuncId>,
    /// The conversions between types identical but for struct tags (source, target): they
    /// only rename a value's type.
    pub tag_conversions: Vec<(TypeId, TypeId)>,
    /// The synthesized entry: package initialisation, `init` functions, then `main.main`.
    pub entry: Option<FuncId>,
    /// The method sets of the types put into interfaces (and of the types inside them), as
    /// their type descriptors list them for dynamic calls: by canonical type.
    pub method_tables: std::collections::HashMap<TypeId, Vec<MethodEntry>>,
    /// The names of every interface method in the program (and fmt's `String`, `Error`):
    /// only these methods go into descriptors' method tables, as gc's linker prunes them.
    pub iface_method_names: std::collections::HashSet<String>,
    /// What the escape analysis decided at each site (file, offset, gc's `-m` wording), shown
    /// with `MEMRUN_DEBUG_ESCAPE=1`.
    pub escape_notes: Vec<(super::source::FileId, u32, &'static str)>,
}

/// A method in a type descriptor's method table.
#[derive(Debug, Clone)]
pub struct MethodEntry {
    /// The name (qualified by its package path when unexported: `main.m`).
    pub name: String,
    /// Its signature without the receiver.
    pub sig: TypeId,
    /// The function an interface calls: the receiver as the interface's data word (the value
    /// itself for pointer-shaped types, else the address of the boxed copy), then the
    /// method's parameters.
    pub wrapper: FuncId,
}

/// A package-level variable.
#[derive(Debug, Clone)]
pub struct Global {
    /// Symbol name.
    pub name: String,
    /// TypeId.
    pub ty: TypeId,
    /// Defined by the runtime library, not by this program (`os.Args`).
    pub external: bool,
}

/// A function.
#[derive(Debug, Default)]
pub struct Func {
    /// Symbol name (`main.fib`, `runtime.concat`, `os.Exit`).
    pub name: String,
    /// Declared here, compiled into the precompiled runtime library (a library function a
    /// program calls): never compiled with the program.
    pub external: bool,
    /// Made while generic bodies were checked with stand-ins for their type parameters:
    /// never called, so compiled without its body.
    pub checking: bool,
    /// Where a function literal of the program stands (checker file index, offset), for
    /// `MEMRUN_DEBUG_ESCAPE`'s notes.
    pub literal_at: Option<(usize, u32)>,
    /// How many `x op= y`, `x++` and `x--` statements its source has: their typed form is
    /// `x = x op y`, which gc charges two nodes more when written so.
    pub op_assigns: u32,
    /// Parameter locals, in order.
    pub params: Vec<LocalId>,
    /// Result types.
    pub results: Vec<TypeId>,
    /// Named result locals (returned by a bare `return`).
    pub named_results: Vec<LocalId>,
    /// Types of all locals (parameters first).
    pub locals: PrimaryMap<LocalId, TypeId>,
    /// Takes a closure context first (a function literal, or the thunk that makes a declared
    /// function or method a function value): the closure object `[code, cell…]`.
    pub ctx: bool,
    /// The locals (of this function) that are variables captured from enclosing functions, in
    /// the order of the closure object's cells.
    pub captures: Vec<LocalId>,
    /// Has `defer` statements: returns go through its deferred calls.
    pub has_defer: bool,
    /// The local (a heap cell) holding the head of the deferred-call list, when defers in
    /// range-over-function bodies (closures) add to it; else the list lives in a register.
    pub defer_cell: Option<LocalId>,
    /// Calls `recover()`: notes on entry whether a panic's unwinding called it as a deferred
    /// function.
    pub has_recover: bool,
    /// A thunk that runs a deferred call of this function: a `recover` inside that function
    /// counts as called by the deferred function itself.
    pub forward_defer: Option<FuncId>,
    /// A thunk of a deferred call of a function value (its first captured variable): the
    /// question is handed on to that value's code.
    pub forward_defer_value: bool,
    /// A function that calls an interface method on its behalf (a deferred call's thunk, a
    /// method value's, an embedded interface's wrapper): the interface value (an expression
    /// of its parameters and captures, evaluated on entry) and the method; the question is
    /// handed on to that method's code in the value's itab.
    pub forward_defer_iface: Option<(Box<Expr>, usize)>,
    /// Locals that live on the heap: their address is taken (`&x`, a pointer method called on
    /// them, an array sliced) or a closure captures them. memrun's escape rule is this simple
    /// one: such a variable gets a fresh heap cell each time its declaration runs.
    pub heap: Vec<LocalId>,
    /// Variables a `for range` clause declares: gc counts them as assigned again at each
    /// iteration (never as declared once), which decides how closures capture them.
    pub range_vars: Vec<LocalId>,
    /// Body.
    pub body: Vec<Stmt>,
    /// Number of break/continue targets.
    pub targets: usize,
    /// How many conversions (they only rename a type) and unary `+` of its body the checker
    /// dropped, each a node of gc's: for the bound of gc's inlining cost.
    pub renames: u32,
}

/// A function's name without an instance's type arguments (`slices.Insert[[]int,int]` is an
/// instance of `slices.Insert`): the name its generic function is known by.
pub fn generic_name(name: &str) -> &str {
    name.split_once('[').map_or(name, |(n, _)| n)
}

impl Func {
    /// Whether this is an instance of a generic function (`main.F[int]`, memrun's name for
    /// it): gc compiles its shape instead, with a dictionary.
    pub fn is_instance(&self) -> bool {
        self.name.contains('[')
    }
}

/// A typed expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// Its type (`Tuple` for multi-value calls).
    pub ty: TypeId,
    /// What it computes.
    pub kind: ExprKind,
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Complement,
}

/// Binary operators (comparisons yield bool; `&&`/`||` short-circuit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `&^`
    AndNot,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `&&`
    LogAnd,
    /// `||`
    LogOr,
}

/// Which `fmt` function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FmtFn {
    /// fmt.Print
    Print,
    /// fmt.Println
    Println,
    /// fmt.Printf
    Printf,
    /// fmt.Sprint
    Sprint,
    /// fmt.Sprintln
    Sprintln,
    /// fmt.Sprintf
    Sprintf,
    /// The builtin `print` (to standard error, Go's runtime formatting).
    BuiltinPrint,
    /// The builtin `println`.
    BuiltinPrintln,
}

impl FmtFn {
    /// The compiler intrinsic behind the body-less library function `qualified` (the print
    /// functions of `fmt`, compiled inline until memrun has interfaces for their `...any`).
    pub fn intrinsic(qualified: &str) -> Option<FmtFn> {
        Some(match qualified {
            "fmt.Print" => FmtFn::Print,
            "fmt.Println" => FmtFn::Println,
            "fmt.Printf" => FmtFn::Printf,
            "fmt.Sprint" => FmtFn::Sprint,
            "fmt.Sprintln" => FmtFn::Sprintln,
            "fmt.Sprintf" => FmtFn::Sprintf,
            _ => return None,
        })
    }
}

/// Operations the runtime source may use that have no Go spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intrinsic {
    /// `load8(p uintptr) byte`
    Load8,
    /// `store8(p uintptr, b byte)`
    Store8,
    /// `load64(p uintptr) int`
    Load64,
    /// `store64(p uintptr, v int)`
    Store64,
    /// `syscall6(nr, a1, a2, a3, a4, a5, a6 int) int`
    Syscall6,
    /// `spillregs(buf uintptr) uintptr`: the callee-saved registers stored at `buf`, and the
    /// stack pointer (the collector's roots).
    SpillRegs,
    /// `repmovsb(dst, src uintptr, n int)`: a forward copy with `rep movsb`.
    RepMovsb,
    /// `repstosb(p uintptr, n int)`: zeroing with `rep stosb`.
    RepStosb,
    /// `swapctx(save, to uintptr)`: a goroutine switch (see the linker's stub).
    SwapCtx,
    /// `strptr(s string) uintptr`
    StrPtr,
    /// `mkstr(p uintptr, n int) string`
    MkStr,
    /// `sliceptr(s []string) uintptr`
    SlicePtr,
    /// `mkslice(p uintptr, n int) []string`
    MkSlice,
    /// `callmain()`: runs package initialisation, then `main.main`.
    CallMain,
    /// `callstring(code, recv uintptr) string`: calls a method's interface code (fmt's
    /// String and Error) without unwinding on a panic, which the caller inspects.
    CallString,
    /// `funcaddr(f) uintptr`: the code address of runtime function `f` (as an interface table
    /// holds it).
    FuncAddr,
    /// `efacewords(x any) (uintptr, uintptr)`: an interface value's type descriptor and data
    /// word.
    EfaceWords,
    /// `mkeface(d, p uintptr) any`: the empty interface of a type descriptor and a data word
    /// (the inverse of efacewords).
    MkEface,
    /// `ifacewords(x I) (uintptr, uintptr)`: the words of a value of any interface type as
    /// they are (an itab first for one with methods).
    IfaceWords,
    /// `sliceaddr(b []byte) uintptr`: the address of a byte slice's first element.
    SliceAddr,
    /// `sqrt(f float64) float64`: the correctly rounded square root.
    Sqrt,
    /// `float64bits(f float64) uint64`: the IEEE 754 bits.
    Float64Bits,
    /// `float32bits(f float32) uint32`
    Float32Bits,
    /// `float64frombits(b uint64) float64`
    Float64FromBits,
    /// `float32frombits(b uint32) float32`
    Float32FromBits,
    /// `callformat(code, recv, stateTab, stateData uintptr, verb rune)`: calls a Format
    /// method's interface code without unwinding on a panic, which the caller inspects.
    CallFormat,
}

/// Set by the checker, once every function is checked, on a slice expression whose operand's
/// capacity may be gc's choice (a stack buffer, Go 1.25+): the bounds past its length then
/// stop the program with "not supported yet" instead of showing memrun's capacity. Shared by
/// the expression's clones; equal to any other guard (it is no part of the expression's value).
#[derive(Debug, Clone, Default)]
pub struct CapGuard(std::rc::Rc<std::cell::Cell<bool>>);

impl CapGuard {
    /// Marks the expression guarded.
    pub fn set(&self) {
        self.0.set(true);
    }

    /// Whether the expression is guarded.
    pub fn get(&self) -> bool {
        self.0.get()
    }
}

impl PartialEq for CapGuard {
    fn eq(&self, _: &CapGuard) -> bool {
        true
    }
}

/// An allocation whose place gc's escape analysis decides and whose capacity shows it: an
/// `append` that may grow its slice, a `[]byte`/`[]rune` conversion. Made by the checker; the
/// escape analysis (once every function is checked) writes how gc allocates there. Shared by
/// the expression's clones; equal to any other site (it is no part of the expression's value).
#[derive(Debug, Clone, Default)]
pub struct Site(std::rc::Rc<SiteData>);

/// What a [`Site`] holds.
#[derive(Debug, Default)]
pub struct SiteData {
    /// Where it is: the source file (its index among the compilation's files) and offset.
    pub file: usize,
    /// Byte offset of the call or conversion.
    pub pos: u32,
    alloc: std::cell::Cell<Alloc>,
}

/// How a [`Site`] allocates, as gc would.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Alloc {
    /// On the heap, at growslice's (or the conversion's) capacity.
    #[default]
    Heap,
    /// gc's stack store of an `append` whose result does not escape: when the append must
    /// grow, its old length is 0, its new length at most `k` and `flag` (a local of the
    /// function, 0 on entry) is still 0, it takes a fresh zeroed array of `k` elements (whose
    /// address goes to `flag`); otherwise it grows as on the heap.
    Store {
        /// Elements of the store (32 bytes' worth).
        k: u32,
        /// The store's address once taken (0 before).
        flag: LocalId,
    },
    /// gc's stack buffer of an append its slice pass moves to the heap later (Go 1.27, the
    /// capacity used): a growth to at most `k` elements moves the elements to the buffer
    /// (whose address is in `area`, 0 until first needed) at the size class of the new length.
    Buf {
        /// Elements of the buffer.
        k: u32,
        /// The buffer's address once made (0 before).
        area: LocalId,
    },
    /// gc's 32-element stack buffer of a `[]byte`/`[]rune` conversion that does not escape:
    /// a result that fits gets capacity 32.
    Buffer,
    /// A conversion whose capacity is its length: of a constant, or one gc makes without
    /// copying (the result is never written).
    Exact,
}

/// What a [`ExprKind::MoveToHeap`] moves from and keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    /// The local holding the address of the slice variable's store or buffer (0: none yet).
    pub area: LocalId,
    /// Elements in it.
    pub k: u32,
    /// Keep the capacity (it is used); else the size class of the length.
    pub preserve: bool,
}

impl Site {
    /// A site at this position.
    pub fn new(file: usize, pos: u32) -> Site {
        Site(std::rc::Rc::new(SiteData {
            file,
            pos,
            alloc: std::cell::Cell::new(Alloc::Heap),
        }))
    }

    /// Where it is.
    pub fn data(&self) -> &SiteData {
        &self.0
    }

    /// How it allocates.
    pub fn alloc(&self) -> Alloc {
        self.0.alloc.get()
    }

    /// Sets how it allocates.
    pub fn set_alloc(&self, a: Alloc) {
        self.0.alloc.set(a);
    }

    /// The site's identity (the same for the expression's clones).
    pub fn id(&self) -> *const SiteData {
        std::rc::Rc::as_ptr(&self.0)
    }
}

impl PartialEq for Site {
    fn eq(&self, _: &Site) -> bool {
        true
    }
}

/// Expression forms.
#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// A typed constant.
    Const(Value),
    /// The code address of a function (the runtime's `funcaddr`).
    FuncAddr(FuncId),
    /// The address of a type's descriptor (as an interface holding the type has it).
    TypeDesc(TypeId),
    /// Stops the program with memrun's message that this is not supported yet (a library
    /// method without a body, reached through an interface).
    Unsupported(String),
    /// Panics with this message as a `runtime.plainError` (gc's panicwrap: a value method
    /// called through an interface holding a nil pointer).
    PanicWrap(String),
    /// A local variable.
    Local(LocalId),
    /// A package variable.
    Global(GlobalId),
    /// `op x`.
    Unary(UnOp, Box<Expr>),
    /// `x op y` (operand type is `x.ty`).
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// A call of a Go function.
    Call(FuncId, Vec<Expr>),
    /// A runtime intrinsic.
    Intrinsic(Intrinsic, Vec<Expr>),
    /// Conversion between integer types, or integer → string (rune).
    Convert(Box<Expr>),
    /// `s[i]` of a string (a byte).
    StrIndex(Box<Expr>, Box<Expr>),
    /// `s[lo:hi]` of a string.
    StrSlice(Box<Expr>, Option<Box<Expr>>, Option<Box<Expr>>),
    /// `s[i]` of a slice.
    SliceIndex(Box<Expr>, Box<Expr>),
    /// `s[lo:hi:max]` of a slice; the guard is set when reaching past the length would show a
    /// capacity gc may choose differently.
    SliceSlice(
        Box<Expr>,
        Option<Box<Expr>>,
        Option<Box<Expr>>,
        Option<Box<Expr>>,
        CapGuard,
    ),
    /// `len(x)` of a string or slice.
    Len(Box<Expr>),
    /// A `fmt` call with its arguments.
    Fmt(FmtFn, Vec<Expr>),
    /// `panic(x)`.
    Panic(Box<Expr>),
    /// The zero value of the expression's type (`nil`, a zeroed struct or array).
    Zero,
    /// Field `index` of a struct value.
    Field(Box<Expr>, usize),
    /// `*p`: the value a pointer points to (a nil pointer panics).
    Deref(Box<Expr>),
    /// `&x` of an addressable expression: a heap local, a field or element of one, `*p`, a
    /// slice element, a global.
    AddrOf(Box<Expr>),
    /// A fresh heap object holding the value (`new(T)`, `&T{…}`).
    HeapAlloc(Box<Expr>),
    /// `a[i]` of an array value.
    ArrayIndex(Box<Expr>, Box<Expr>),
    /// `p[lo:hi:max]` of a pointer to an array (`a[lo:hi]` of an addressable array is taken
    /// through its address).
    ArraySlice(
        Box<Expr>,
        Option<Box<Expr>>,
        Option<Box<Expr>>,
        Option<Box<Expr>>,
    ),
    /// A composite literal: struct fields by index, or array and slice elements by index; the
    /// rest is zero. A slice literal's length is one more than its largest index.
    Composite(Vec<(u64, Expr)>),
    /// `make([]T, len, cap)`.
    MakeSlice(Box<Expr>, Option<Box<Expr>>),
    /// `append(s, x…)`.
    Append(Box<Expr>, Vec<Expr>, Site),
    /// `append(s, t...)`, `t` a slice of the same element type or a string (for `[]byte`).
    AppendSlice(Box<Expr>, Box<Expr>),
    /// `copy(dst, src)`: the number of elements copied.
    Copy(Box<Expr>, Box<Expr>),
    /// `cap(s)` of a slice.
    Cap(Box<Expr>),
    /// `[N]T(s)` or `(*[N]T)(s)` of a slice (its length checked).
    SliceToArray(Box<Expr>),
    /// `[]byte(s)`; true when read only for its length and capacity, which gc makes the same
    /// (it converts without copying).
    StringToBytes(Box<Expr>, bool, Site),
    /// `[]rune(s)`.
    StringToRunes(Box<Expr>, Site),
    /// `string(b)` of a `[]byte`.
    BytesToString(Box<Expr>),
    /// `string(r)` of a `[]rune`.
    RunesToString(Box<Expr>),
    /// `min`/`max` of ordered operands (true: max).
    MinMax(bool, Vec<Expr>),
    /// `xs...` as the operands of a fmt print function: a `[]any` slice, whose elements are
    /// already the (descriptor, data) pairs fmt takes.
    Spread(Box<Expr>),
    /// gc's move2heap (Go 1.27's slice pass), before a slice variable's storage gets another
    /// holder: the slice's elements copied to the heap when it is in the function's stack
    /// store or buffer (`area`, of `k` elements), else the slice itself.
    MoveToHeap(Box<Expr>, Move),
    /// A node of gc's that changes nothing but the type, which gc does not see through: an
    /// explicit conversion to a slice type (`[]int(s)`, `[]int(nil)`: its slice pass stops
    /// there), to a boolean type (`B(x && false)`) or to a function type (`F(func(){…})`:
    /// its dead-locals pass keeps an assignment of it, so the literal lives on), and
    /// parentheses around a boolean operation (`(x && false)`: its front end folds neither
    /// of these conditions).
    Retype(Box<Expr>),
    /// The receiver of a type parameter's method called (or taken as a value) in an instance
    /// of a generic function or type, or the function value of its method expression (`T.M`),
    /// with where the selector is (file index, offset): gc's shape takes that method from its
    /// dictionary — a function it does not know, whose arguments escape — where memrun's
    /// instance calls the method itself. Changes nothing at run time.
    DictRecv(Box<Expr>, (usize, u32)),
    /// `clear(s)` of a slice: its elements set to zero.
    Clear(Box<Expr>),
    /// A function value: a fresh closure object for function `FuncId` (which takes a context)
    /// holding the cells of these locals (heap locals of the enclosing function).
    Closure(FuncId, Vec<LocalId>),
    /// A method value: a closure object for thunk `FuncId` holding a copy of the receiver.
    BindMethod(FuncId, Box<Expr>),
    /// An interface value holding the operand (its type descriptor and its value or the
    /// address of a heap copy).
    Box(Box<Expr>),
    /// `recover()`: the panic's value as `any`, or nil.
    Recover,
    /// `make(map[K]V, hint)`.
    MakeMap(Option<Box<Expr>>),
    /// A map literal: keys and values.
    MapLit(Vec<(Expr, Expr)>),
    /// `m[k]`: the value, or the zero value when absent.
    MapIndex(Box<Expr>, Box<Expr>),
    /// `m[k]` in a comma-ok assignment: a `(V, bool)` tuple.
    MapIndexOk(Box<Expr>, Box<Expr>),
    /// `make(chan T[, n])` (the expression's type is the channel's).
    MakeChan(Option<Box<Expr>>),
    /// `<-ch`; with `true`, in a comma-ok assignment: a `(T, bool)` tuple.
    Recv(Box<Expr>, bool),
    /// `len(ch)` (false) or `cap(ch)` (true) of a channel.
    ChanLen(Box<Expr>, bool),
    /// `close(ch)`.
    Close(Box<Expr>),
    /// The runtime's choice among a `select`'s cases (their channels and values already in
    /// heap locals): an `(int, bool)` tuple, the case's index (-1: default) and, for a
    /// receive, whether a value was received.
    Select(Vec<SelectCase>, bool),
    /// What a select's receive case received: the value in the first local (and with
    /// `true`, in a comma-ok assignment, the tuple with whether it came, in the second).
    SelectRecv(LocalId, LocalId, bool),
    /// `delete(m, k)`.
    Delete(Box<Expr>, Box<Expr>),
    /// Starts a range over a map into the iterator local.
    MapIterInit(Box<Expr>, LocalId),
    /// The next entry of a range over a map: `(*K, *V)`, nil pointers at the end.
    MapIterNext(LocalId),
    /// A call of a function value (a nil one panics).
    CallValue(Box<Expr>, Vec<Expr>),
    /// A call of the interface method with this index (in the interface's sorted method
    /// list) on an interface value (a nil one panics).
    CallIface(Box<Expr>, usize, Vec<Expr>),
    /// `x.(T)` of an interface value, `T` the expression's type; true for the comma-ok form,
    /// whose type is the tuple `(T, bool)`.
    TypeAssert(Box<Expr>, bool),
    /// Whether an interface value holds type `T` (implements it, for an interface `T`): a
    /// type switch's case.
    TypeIs(Box<Expr>, TypeId),
    /// An interface value converted to another interface type (the expression's).
    ConvIface(Box<Expr>),
    /// Panics (a nil dereference) if an interface value is nil: `defer i.M()` evaluates the
    /// method value where it stands.
    IfaceNilCheck(Box<Expr>),
    /// A multi-value call's results converted to the expression's tuple type, each as an
    /// assignment converts (into interfaces, or an untyped bool to a named boolean type).
    TupleConvert(Box<Expr>),
    /// A multi-value call's results (already converted) as the arguments of a variadic
    /// callee, `f(g())`: the first `fixed` as they are, the rest in a new slice, the
    /// expression's tuple type ending with it.
    TupleVariadic(Box<Expr>, usize),
    /// The rune at byte offset `i` of a string and its width in bytes (U+FFFD and 1 for invalid
    /// UTF-8): a `(rune, int)` tuple, for `range` over strings.
    DecodeRune(Box<Expr>, Box<Expr>),
}

impl ExprKind {
    /// Whether two expressions are the same operation (their operands aside).
    pub fn same_op(&self, other: &ExprKind) -> bool {
        match (self, other) {
            (ExprKind::Unary(a, _), ExprKind::Unary(b, _)) => a == b,
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

impl Expr {
    /// `recv` marked as maybe a type parameter's receiver, selected at `at` (see
    /// [`ExprKind::DictRecv`]); as it is without `at`.
    pub fn dictionary_receiver(recv: Expr, at: Option<(usize, u32)>) -> Expr {
        match at {
            Some(at) => Expr {
                ty: recv.ty,
                kind: ExprKind::DictRecv(Box::new(recv), at),
            },
            None => recv,
        }
    }

    /// This expression without the explicit conversions memrun marks ([`ExprKind::Retype`]),
    /// which change nothing of a value's storage and which gc's static values see through.
    pub fn unconverted(&self) -> &Expr {
        let mut e = self;
        while let ExprKind::Retype(x) = &e.kind {
            e = x;
        }
        e
    }

    /// Whether this is a fresh slice of a capacity the spec fixes and a length never 0: a
    /// slice literal with elements, `make` of a constant positive length, a conversion of a
    /// non-empty constant string (which gc makes exactly as long). gc's stack store serves
    /// only appends to empty slices, so an append to it grows, if at all, with growslice.
    pub fn is_fresh_nonempty(&self) -> bool {
        let positive = |n: &Expr| matches!(&n.kind, ExprKind::Const(Value::Int(i)) if i.sign() == num_bigint::Sign::Plus);
        let nonempty_str =
            |x: &Expr| matches!(&x.kind, ExprKind::Const(Value::Str(s)) if !s.is_empty());
        match &self.kind {
            ExprKind::Composite(es) => !es.is_empty(),
            ExprKind::MakeSlice(n, _) => positive(n),
            ExprKind::StringToBytes(x, ..) | ExprKind::StringToRunes(x, _) => nonempty_str(x),
            _ => false,
        }
    }

    /// Whether a call's arguments `args` are a dictionary call's: the first a receiver marked
    /// [`ExprKind::DictRecv`].
    pub fn dictionary_call(args: &[Expr]) -> bool {
        matches!(args.first(), Some(a) if matches!(a.kind, ExprKind::DictRecv(..)))
    }

    /// It without a [`ExprKind::DictRecv`] mark.
    pub fn unmarked(&self) -> &Expr {
        match &self.kind {
            ExprKind::DictRecv(x, _) => x,
            _ => self,
        }
    }

    /// Whether it denotes a variable (gc's "addressable" operand).
    pub fn is_variable(&self) -> bool {
        match &self.kind {
            ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::Deref(_)
            | ExprKind::SliceIndex(..) => true,
            ExprKind::Field(x, _) | ExprKind::ArrayIndex(x, _) => x.is_variable(),
            _ => false,
        }
    }
}

/// The operand walk, once for shared and once for mutable references (one list of cases).
macro_rules! operands {
    ($name:ident, $($mut_:ident)?) => {
        /// Calls `f` on each operand expression, in evaluation order (a closure's body is a
        /// function of its own, not an operand).
        pub fn $name<'e>(&'e $($mut_)? self, f: &mut dyn FnMut(&'e $($mut_)? Expr)) {
            use ExprKind as K;
            match self {
                K::Const(_)
                | K::FuncAddr(_)
                | K::TypeDesc(_)
                | K::Unsupported(_)
                | K::PanicWrap(_)
                | K::Local(_)
                | K::Global(_)
                | K::Zero
                | K::Recover
                | K::Closure(..)
                | K::Select(..)
                | K::SelectRecv(..)
                | K::MapIterNext(_) => {}
                K::Unary(_, x)
                | K::Convert(x)
                | K::Len(x)
                | K::Cap(x)
                | K::Panic(x)
                | K::Field(x, _)
                | K::Deref(x)
                | K::AddrOf(x)
                | K::HeapAlloc(x)
                | K::Clear(x)
                | K::BindMethod(_, x)
                | K::SliceToArray(x)
                | K::StringToBytes(x, ..)
                | K::StringToRunes(x, _)
                | K::BytesToString(x)
                | K::RunesToString(x)
                | K::Spread(x)
                | K::Box(x)
                | K::TypeAssert(x, _)
                | K::TypeIs(x, _)
                | K::ConvIface(x)
                | K::TupleConvert(x)
                | K::TupleVariadic(x, _)
                | K::IfaceNilCheck(x)
                | K::Recv(x, _)
                | K::ChanLen(x, _)
                | K::Close(x)
                | K::MapIterInit(x, _)
                | K::MoveToHeap(x, _)
                | K::Retype(x)
                | K::DictRecv(x, _) => f(x),
                K::Binary(_, a, b)
                | K::StrIndex(a, b)
                | K::SliceIndex(a, b)
                | K::ArrayIndex(a, b)
                | K::Copy(a, b)
                | K::DecodeRune(a, b)
                | K::AppendSlice(a, b)
                | K::MapIndex(a, b)
                | K::MapIndexOk(a, b)
                | K::Delete(a, b) => {
                    f(a);
                    f(b);
                }
                K::Call(_, xs) | K::Intrinsic(_, xs) | K::Fmt(_, xs) | K::MinMax(_, xs) => {
                    for x in xs {
                        f(x);
                    }
                }
                K::Append(x, xs, _) | K::CallValue(x, xs) | K::CallIface(x, _, xs) => {
                    f(x);
                    for y in xs {
                        f(y);
                    }
                }
                K::StrSlice(x, a, b) => {
                    f(x);
                    for y in [a, b].into_iter().flatten() {
                        f(y);
                    }
                }
                K::SliceSlice(x, a, b, c, _) | K::ArraySlice(x, a, b, c) => {
                    f(x);
                    for y in [a, b, c].into_iter().flatten() {
                        f(y);
                    }
                }
                // gc evaluates make's capacity before its length.
                K::MakeSlice(a, b) => {
                    if let Some(b) = b {
                        f(b);
                    }
                    f(a);
                }
                K::MakeMap(h) | K::MakeChan(h) => {
                    if let Some(h) = h {
                        f(h);
                    }
                }
                K::Composite(es) => {
                    for (_, x) in es {
                        f(x);
                    }
                }
                K::MapLit(es) => {
                    for (k, v) in es {
                        f(k);
                        f(v);
                    }
                }
            }
        }
    };
}

impl ExprKind {
    operands!(for_each_operand,);
    operands!(for_each_operand_mut, mut);

    /// What gc's order pass evaluates into temporaries in order before the rest of a
    /// statement: calls, the builtins `len`, `cap`, `min`, `max`, `copy`, `make`, `new`,
    /// `append` (but where it is a whole assignment's value, which is evaluated last
    /// anyway), `recover` and string-to-slice conversions, `&&` and `||`, slice expressions,
    /// and map reads keyed by `string(bytes)`.
    pub fn is_call_like(&self) -> bool {
        if let ExprKind::MapIndex(_, k) = self {
            return matches!(k.kind, ExprKind::BytesToString(_));
        }
        // A map literal's entries are inserted one by one where it stands, unless its keys
        // or values are interfaces (gc then makes the entries' calls first, as measured).
        if let ExprKind::MapLit(es) = self {
            return !es.iter().any(|(k, v)| {
                matches!(k.kind, ExprKind::Box(_)) || matches!(v.kind, ExprKind::Box(_))
            });
        }
        matches!(
            self,
            ExprKind::Binary(BinOp::LogAnd | BinOp::LogOr, ..)
                | ExprKind::SliceSlice(..)
                | ExprKind::StrSlice(..)
                | ExprKind::ArraySlice(..)
                | ExprKind::Call(..)
                | ExprKind::CallValue(..)
                | ExprKind::CallIface(..)
                | ExprKind::Fmt(..)
                | ExprKind::Recover
                | ExprKind::Len(_)
                | ExprKind::Cap(_)
                | ExprKind::MinMax(..)
                | ExprKind::Copy(..)
                | ExprKind::Append(..)
                | ExprKind::AppendSlice(..)
                | ExprKind::MakeSlice(..)
                | ExprKind::MakeMap(_)
                | ExprKind::StringToBytes(..)
                | ExprKind::StringToRunes(..)
        )
    }
}

/// An assignable place.
#[derive(Debug, Clone)]
pub enum Place {
    /// A local.
    Local(LocalId),
    /// A global.
    Global(GlobalId),
    /// `s[i]` of a slice.
    SliceElem(Expr, Expr),
    /// The memory an address points to (the expression is a pointer, usually an `AddrOf`).
    Deref(Expr),
    /// `m[k]` (inserted when absent; a nil map panics).
    MapElem(Expr, Expr),
    /// `_`.
    Blank,
}

/// Statements.
#[derive(Debug, Clone)]
pub enum Stmt {
    /// Evaluate for effect.
    Eval(Expr),
    /// Parallel assignment: all right-hand sides (and index operands) are evaluated first.
    Assign(Vec<Place>, Vec<Expr>),
    /// Assignment of a multi-value call's results.
    AssignTuple(Vec<Place>, Expr),
    /// if / else.
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    /// A loop: `cond` checked before each iteration, `post` run after the body and on continue.
    Loop {
        /// Condition (None: forever).
        cond: Option<Expr>,
        /// Body.
        body: Vec<Stmt>,
        /// Post statement(s).
        post: Vec<Stmt>,
        /// Variables of the init statement: each iteration has its own (Go 1.22), so one that
        /// lives on the heap is copied to a fresh cell before the post statement.
        per_iter: Vec<LocalId>,
        /// A three-clause `for`: the statements before it in its block are its init clause.
        init: bool,
        /// Break/continue target.
        target: TargetId,
    },
    /// A switch lowered to conditions: the first clause whose condition holds runs; `default`
    /// (if any) runs when none does. Clauses may fall through to the next one.
    Switch {
        /// Conditions per clause (empty for `default`).
        clauses: Vec<SwitchClause>,
        /// Break target.
        target: TargetId,
    },
    /// A block with its own break target (labelled statements).
    Labeled(Vec<Stmt>, TargetId),
    /// Return these values (already matching the results).
    Return(Vec<Expr>),
    /// `break`.
    Break(TargetId),
    /// `continue`.
    Continue(TargetId),
    /// Nested block.
    Block(Vec<Stmt>),
    /// A label a `goto` may jump to.
    Label(LabelId),
    /// `goto`.
    Goto(LabelId),
    /// `defer f(…)`: the deferred call as a closure of no arguments (its function and
    /// arguments already evaluated into the closure).
    Defer(Expr),
    /// `go f(…)`: the call as a closure of no arguments, run by a new goroutine.
    Go(Expr),
    /// `ch <- v`.
    Send(Expr, Expr),
    /// `defer` in a range-over-function body: onto the enclosing function's list, whose
    /// head is in the cell of this (captured) local.
    DeferTo(LocalId, Expr),
    /// A variable's declaration runs: a heap local gets a fresh zeroed cell (so each loop
    /// iteration, and each closure, has its own).
    Decl(LocalId),
}

/// The walks of a place's operands, of a statement's own expressions and of its nested
/// blocks, once for shared and once for mutable references (one list of cases).
macro_rules! stmt_exprs {
    ($place:ident, $stmt:ident, $blocks:ident, $block:ty, $iter:ident, $($mut_:ident)?) => {
        impl Place {
            /// Calls `f` on each operand the place evaluates (an element's slice and index, a
            /// pointer).
            pub fn $place<'e>(&'e $($mut_)? self, f: &mut dyn FnMut(&'e $($mut_)? Expr)) {
                match self {
                    Place::SliceElem(a, b) | Place::MapElem(a, b) => {
                        f(a);
                        f(b);
                    }
                    Place::Deref(a) => f(a),
                    Place::Local(_) | Place::Global(_) | Place::Blank => {}
                }
            }
        }

        impl Stmt {
            /// Calls `f` on each expression the statement evaluates itself (its places'
            /// operands included), not those of the statements nested in it.
            pub fn $stmt<'e>(&'e $($mut_)? self, f: &mut dyn FnMut(&'e $($mut_)? Expr)) {
                match self {
                    Stmt::Eval(e) | Stmt::Defer(e) | Stmt::DeferTo(_, e) | Stmt::Go(e) => f(e),
                    Stmt::Assign(ps, vs) => {
                        ps.$iter().for_each(|p| p.$place(f));
                        vs.$iter().for_each(&mut *f);
                    }
                    Stmt::AssignTuple(ps, e) => {
                        ps.$iter().for_each(|p| p.$place(f));
                        f(e);
                    }
                    Stmt::If(c, ..) | Stmt::Loop { cond: Some(c), .. } => f(c),
                    Stmt::Switch { clauses, .. } => {
                        for c in clauses {
                            c.conds.$iter().for_each(&mut *f);
                        }
                    }
                    Stmt::Return(vs) => vs.$iter().for_each(f),
                    Stmt::Send(a, b) => {
                        f(a);
                        f(b);
                    }
                    Stmt::Loop { cond: None, .. }
                    | Stmt::Labeled(..)
                    | Stmt::Block(_)
                    | Stmt::Break(_)
                    | Stmt::Continue(_)
                    | Stmt::Label(_)
                    | Stmt::Goto(_)
                    | Stmt::Decl(_) => {}
                }
            }

            /// Calls `f` on each block of statements nested in it, in source order.
            pub fn $blocks<'e>(&'e $($mut_)? self, f: &mut dyn FnMut(&'e $($mut_)? $block)) {
                match self {
                    Stmt::If(_, a, b) => {
                        f(a);
                        f(b);
                    }
                    Stmt::Loop { body, post, .. } => {
                        f(body);
                        f(post);
                    }
                    Stmt::Switch { clauses, .. } => {
                        clauses.$iter().for_each(|c| f(& $($mut_)? c.body))
                    }
                    Stmt::Labeled(b, _) | Stmt::Block(b) => f(b),
                    _ => {}
                }
            }
        }
    };
}

stmt_exprs!(
    for_each_operand,
    for_each_expr,
    for_each_block,
    [Stmt],
    iter,
);
stmt_exprs!(
    for_each_operand_mut,
    for_each_expr_mut,
    for_each_block_mut,
    Vec<Stmt>,
    iter_mut,
    mut
);

/// One case of a `select` as the runtime sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct SelectCase {
    /// A send (else a receive).
    pub send: bool,
    /// The heap local holding the channel.
    pub ch: LocalId,
    /// The heap local holding the value to send, or receiving the value.
    pub val: LocalId,
}

/// One clause of a lowered switch.
#[derive(Debug, Clone)]
pub struct SwitchClause {
    /// Boolean conditions (any true selects the clause); empty for `default`.
    pub conds: Vec<Expr>,
    /// True for `default`.
    pub is_default: bool,
    /// Body.
    pub body: Vec<Stmt>,
    /// Ends with `fallthrough`.
    pub fallthrough: bool,
}
