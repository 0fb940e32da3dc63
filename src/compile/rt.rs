//! The runtime functions compiled code calls, named by a typed enum instead of strings: a
//! missing or mistyped function is caught by a unit test against the embedded `runtime.bin`
//! (`rtlib::tests::every_runtime_function_exists_with_its_signature`), never by a panic while
//! compiling a user's program.

use cranelift_codegen::ir::types::{I64, I8};
use cranelift_codegen::ir::Type;

/// A function of the runtime library (`runtime/runtime.go`) that lowering calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rt {
    /// `concat(a, b string) string`
    Concat,
    /// `cmpstring(a, b string) int`
    Cmpstring,
    /// `eqstring(a, b string) bool`
    Eqstring,
    /// `intstring(r int64) string`: `string(rune)`.
    Intstring,
    /// `panicDivide()`: integer division by zero.
    PanicDivide,
    /// `morestack(sp uintptr)`: the stack limit was crossed.
    Morestack,
    /// `panicIndex(i, n int)`
    PanicIndex,
    /// `panicShift()`: negative shift count.
    PanicShift,
    /// `panicSliceA(lo, hi int)`
    PanicSliceA,
    /// `panicSliceB(hi, n int)`
    PanicSliceB,
    /// `fmtPrint(args uintptr, n int) (int, error)`
    FmtPrint,
    /// `fmtPrintln(args uintptr, n int) (int, error)`
    FmtPrintln,
    /// `fmtPrintf(format string, args uintptr, n int) (int, error)`
    FmtPrintf,
    /// `fmtSprint(args uintptr, n int) string`
    FmtSprint,
    /// `fmtSprintln(args uintptr, n int) string`
    FmtSprintln,
    /// `fmtSprintf(format string, args uintptr, n int) string`
    FmtSprintf,
    /// `concatN(p uintptr, n int) string`: the n strings whose headers are at p, joined.
    ConcatN,
    /// `newproc(fn func())`: starts a goroutine.
    Newproc,
    /// `makechan(elemsize, size int) *hchan`
    Makechan,
    /// `chansend(c *hchan, elem uintptr)`
    Chansend,
    /// `chanrecv(c *hchan, elem uintptr) bool`
    Chanrecv,
    /// `closechan(c *hchan)`
    Closechan,
    /// `chanlen(c *hchan, cap bool) int`
    Chanlen,
    /// `selectgo(cases []scase, block bool) (int, bool)`
    Selectgo,
    /// `alloc(n int) uintptr`: n zeroed bytes on the heap, which the collector scans.
    Alloc,
    /// `allocNoscan(n int) uintptr`: n zeroed bytes that hold no pointers.
    AllocNoscan,
    /// `memmove(dst, src uintptr, n int)`
    Memmove,
    /// `memclr(p uintptr, n int)`
    Memclr,
    /// `panicmem()`: nil pointer dereference.
    PanicMem,
    /// `panicSliceCap(hi, cap int)`
    PanicSliceCap,
    /// `panicSlice3Cap(max, cap int)`
    PanicSlice3Cap,
    /// `panicSlice3B(hi, max int)`
    PanicSlice3B,
    /// `panicSlice3A(lo, hi int)`
    PanicSlice3A,
    /// `growslice(p uintptr, oldLen, oldCap, newLen, size int, noscan, unscanned bool)
    /// (uintptr, int)`: `noscan` is gc's (for the size class), `unscanned` the collector's.
    Growslice,
    /// `growslicebuf(p uintptr, oldLen, newLen, size int, noscan bool, buf uintptr)
    /// (uintptr, int)`: gc's growth inside a stack buffer.
    Growslicebuf,
    /// `moveslice(p uintptr, n, c, size int, preserve, noscan, unscanned bool) (uintptr, int)`:
    /// gc's move2heap.
    Moveslice,
    /// `makeslice(size, n, c int, unscanned bool) uintptr`
    Makeslice,
    /// `stringtoslicebyte(s string, buf int) []byte`
    Stringtoslicebyte,
    /// `slicebytetostring(p uintptr, n int) string`
    Slicebytetostring,
    /// `stringtoslicerune(s string) []rune`
    Stringtoslicerune,
    /// `slicerunetostring(p uintptr, n int) string`
    Slicerunetostring,
    /// `decodeRune(s string, i int) (rune, next int)`
    DecodeRune,
    /// `gopanic(desc, data uintptr)`: starts a panic (the caller unwinds).
    Gopanic,
    /// `gorecover(direct bool) (desc, data uintptr)`
    Gorecover,
    /// `deferReturned(was, parent int)`: after each deferred call (`parent`: the deferred call
    /// running around it, see `deferCur`).
    DeferReturned,
    /// `makemap(desc uintptr, hint int) uintptr`
    Makemap,
    /// `mapassign(m, key uintptr) uintptr`: the value's address.
    Mapassign,
    /// `mapdelete(m, key uintptr)`
    Mapdelete,
    /// `mapclear(m uintptr)`
    Mapclear,
    /// `mapiterinit(m, it uintptr)`
    Mapiterinit,
    /// `mapiternext(it uintptr) (key, value uintptr)`
    Mapiternext,
    /// `mapaccess1(m, key uintptr, size int) uintptr`: the value's address (a zero value's when absent).
    Mapaccess1,
    /// `mapaccess2(m, key uintptr, size int) (uintptr, bool)`
    Mapaccess2,
    /// `panicSlice3Len(max, len int)`: of an array.
    PanicSlice3Len,
    /// `efaceeq(d1, x1, d2, x2 uintptr) bool`: == of interface values.
    Efaceeq,
    /// `gprint(args uintptr, n int)`: the builtin print.
    Gprint,
    /// `gprintln(args uintptr, n int)`: the builtin println.
    Gprintln,
    /// `panicSliceConvert(len, want int)`: a slice too short for an array.
    PanicSliceConvert,
    /// `assertI(inter, typ uintptr, canfail bool) uintptr`: the itab of a dynamic type in an
    /// interface (x.(I), conversions between interfaces).
    AssertI,
    /// `panicAssertT(iface, have, want uintptr)`: a failed x.(T).
    PanicAssertT,
    /// `unsupported(what string)`: memrun's message, then exit.
    Unsupported,
    /// `panicwrap(msg string)`: a panic with a runtime.plainError.
    Panicwrap,
    /// `mapKeyCheck(m, keyDesc, key uintptr)`: a lookup's key on a nil or empty map.
    MapKeyCheck,
}

/// A Go string as machine words: pointer and length.
const STR: [Type; 2] = [I64, I64];

impl Rt {
    /// Every runtime function lowering may call.
    pub const ALL: [Rt; 63] = [
        Rt::Concat,
        Rt::Cmpstring,
        Rt::Eqstring,
        Rt::Intstring,
        Rt::PanicDivide,
        Rt::Morestack,
        Rt::PanicIndex,
        Rt::PanicShift,
        Rt::PanicSliceA,
        Rt::PanicSliceB,
        Rt::FmtPrint,
        Rt::FmtPrintln,
        Rt::FmtPrintf,
        Rt::FmtSprint,
        Rt::FmtSprintln,
        Rt::FmtSprintf,
        Rt::Alloc,
        Rt::AllocNoscan,
        Rt::ConcatN,
        Rt::Newproc,
        Rt::Makechan,
        Rt::Chansend,
        Rt::Chanrecv,
        Rt::Closechan,
        Rt::Chanlen,
        Rt::Selectgo,
        Rt::Memmove,
        Rt::Memclr,
        Rt::PanicMem,
        Rt::PanicSliceCap,
        Rt::PanicSlice3Cap,
        Rt::PanicSlice3B,
        Rt::PanicSlice3A,
        Rt::Growslice,
        Rt::Growslicebuf,
        Rt::Moveslice,
        Rt::Makeslice,
        Rt::Stringtoslicebyte,
        Rt::Slicebytetostring,
        Rt::Stringtoslicerune,
        Rt::Slicerunetostring,
        Rt::DecodeRune,
        Rt::Gopanic,
        Rt::Gorecover,
        Rt::DeferReturned,
        Rt::Makemap,
        Rt::Mapassign,
        Rt::Mapdelete,
        Rt::Mapclear,
        Rt::Mapiterinit,
        Rt::Mapiternext,
        Rt::Mapaccess1,
        Rt::Mapaccess2,
        Rt::PanicSlice3Len,
        Rt::Efaceeq,
        Rt::Gprint,
        Rt::Gprintln,
        Rt::PanicSliceConvert,
        Rt::AssertI,
        Rt::PanicAssertT,
        Rt::Unsupported,
        Rt::Panicwrap,
        Rt::MapKeyCheck,
    ];

    /// Its name in `runtime.go`.
    pub fn name(self) -> &'static str {
        match self {
            Rt::Concat => "concat",
            Rt::Cmpstring => "cmpstring",
            Rt::Eqstring => "eqstring",
            Rt::Intstring => "intstring",
            Rt::PanicDivide => "panicDivide",
            Rt::Morestack => "morestack",
            Rt::PanicIndex => "panicIndex",
            Rt::PanicShift => "panicShift",
            Rt::PanicSliceA => "panicSliceA",
            Rt::PanicSliceB => "panicSliceB",
            Rt::FmtPrint => "fmtPrint",
            Rt::FmtPrintln => "fmtPrintln",
            Rt::FmtPrintf => "fmtPrintf",
            Rt::FmtSprint => "fmtSprint",
            Rt::FmtSprintln => "fmtSprintln",
            Rt::FmtSprintf => "fmtSprintf",
            Rt::Alloc => "alloc",
            Rt::ConcatN => "concatN",
            Rt::Newproc => "newproc",
            Rt::Makechan => "makechan",
            Rt::Chansend => "chansend",
            Rt::Chanrecv => "chanrecv",
            Rt::Closechan => "closechan",
            Rt::Chanlen => "chanlen",
            Rt::Selectgo => "selectgo",
            Rt::AllocNoscan => "allocNoscan",
            Rt::Memmove => "memmove",
            Rt::Memclr => "memclr",
            Rt::PanicMem => "panicmem",
            Rt::PanicSliceCap => "panicSliceCap",
            Rt::PanicSlice3Cap => "panicSlice3Cap",
            Rt::PanicSlice3B => "panicSlice3B",
            Rt::PanicSlice3A => "panicSlice3A",
            Rt::Growslice => "growslice",
            Rt::Growslicebuf => "growslicebuf",
            Rt::Moveslice => "moveslice",
            Rt::Makeslice => "makeslice",
            Rt::Stringtoslicebyte => "stringtoslicebyte",
            Rt::Slicebytetostring => "slicebytetostring",
            Rt::Stringtoslicerune => "stringtoslicerune",
            Rt::Slicerunetostring => "slicerunetostring",
            Rt::DecodeRune => "decodeRune",
            Rt::Gopanic => "gopanic",
            Rt::Gorecover => "gorecover",
            Rt::DeferReturned => "deferReturned",
            Rt::Makemap => "makemap",
            Rt::Mapassign => "mapassign",
            Rt::Mapdelete => "mapdelete",
            Rt::Mapclear => "mapclear",
            Rt::Mapiterinit => "mapiterinit",
            Rt::Mapiternext => "mapiternext",
            Rt::Mapaccess1 => "mapaccess1",
            Rt::Mapaccess2 => "mapaccess2",
            Rt::PanicSlice3Len => "panicSlice3Len",
            Rt::Efaceeq => "efaceeq",
            Rt::Gprint => "gprint",
            Rt::Gprintln => "gprintln",
            Rt::PanicSliceConvert => "panicSliceConvert",
            Rt::AssertI => "assertI",
            Rt::PanicAssertT => "panicAssertT",
            Rt::Unsupported => "unsupported",
            Rt::Panicwrap => "panicwrap",
            Rt::MapKeyCheck => "mapKeyCheck",
        }
    }

    /// Its machine-level signature (parameters, results), as lowering passes them.
    pub fn signature(self) -> (Vec<Type>, Vec<Type>) {
        let (params, rets): (&[&[Type]], &[Type]) = match self {
            Rt::Concat => (&[&STR, &STR], &STR),
            Rt::Cmpstring => (&[&STR, &STR], &[I64]),
            Rt::Eqstring => (&[&STR, &STR], &[I8]),
            Rt::Intstring => (&[&[I64]], &STR),
            Rt::Morestack => (&[&[I64]], &[]),
            Rt::PanicIndex | Rt::PanicSliceA | Rt::PanicSliceB => (&[&[I64], &[I64]], &[]),
            Rt::PanicDivide | Rt::PanicShift => (&[], &[]),
            Rt::FmtPrint | Rt::FmtPrintln => (&[&[I64], &[I64]], &[I64, I64, I64]),
            Rt::FmtPrintf => (&[&STR, &[I64], &[I64]], &[I64, I64, I64]),
            Rt::FmtSprint | Rt::FmtSprintln => (&[&[I64], &[I64]], &STR),
            Rt::FmtSprintf => (&[&STR, &[I64], &[I64]], &STR),
            Rt::Alloc | Rt::AllocNoscan => (&[&[I64]], &[I64]),
            Rt::ConcatN => (&[&[I64], &[I64]], &STR),
            Rt::Newproc | Rt::Closechan => (&[&[I64]], &[]),
            Rt::Makechan => (&[&[I64], &[I64]], &[I64]),
            Rt::Chansend => (&[&[I64], &[I64]], &[]),
            Rt::Chanrecv => (&[&[I64], &[I64]], &[I8]),
            Rt::Chanlen => (&[&[I64], &[I8]], &[I64]),
            Rt::Selectgo => (&[&[I64, I64, I64], &[I8]], &[I64, I8]),
            Rt::Memmove => (&[&[I64], &[I64], &[I64]], &[]),
            Rt::Memclr => (&[&[I64], &[I64]], &[]),
            Rt::PanicMem => (&[], &[]),
            Rt::PanicSliceCap => (&[&[I64], &[I64]], &[]),
            Rt::PanicSlice3Cap => (&[&[I64], &[I64]], &[]),
            Rt::PanicSlice3B => (&[&[I64], &[I64]], &[]),
            Rt::PanicSlice3A => (&[&[I64], &[I64]], &[]),
            Rt::Growslice => (
                &[&[I64], &[I64], &[I64], &[I64], &[I64], &[I8], &[I8]],
                &[I64, I64],
            ),
            Rt::Growslicebuf => (
                &[&[I64], &[I64], &[I64], &[I64], &[I8], &[I64]],
                &[I64, I64],
            ),
            Rt::Moveslice => (
                &[&[I64], &[I64], &[I64], &[I64], &[I8], &[I8], &[I8]],
                &[I64, I64],
            ),
            Rt::Makeslice => (&[&[I64], &[I64], &[I64], &[I8]], &[I64]),
            Rt::Stringtoslicebyte => (&[&STR, &[I64]], &[I64, I64, I64]),
            Rt::Slicebytetostring => (&[&[I64], &[I64]], &STR),
            Rt::Stringtoslicerune => (&[&STR, &[I64]], &[I64, I64, I64]),
            Rt::Slicerunetostring => (&[&[I64], &[I64]], &STR),
            Rt::DecodeRune => (&[&STR, &[I64]], &[I64, I64]),
            Rt::Gopanic => (&[&[I64], &[I64]], &[]),
            Rt::Gorecover => (&[&[I8]], &[I64, I64]),
            Rt::DeferReturned => (&[&[I64], &[I64]], &[]),
            Rt::Makemap => (&[&[I64], &[I64]], &[I64]),
            Rt::Mapassign => (&[&[I64], &[I64]], &[I64]),
            Rt::Mapdelete => (&[&[I64], &[I64]], &[]),
            Rt::Mapclear => (&[&[I64]], &[]),
            Rt::Mapiterinit => (&[&[I64], &[I64]], &[]),
            Rt::Mapiternext => (&[&[I64]], &[I64, I64]),
            Rt::Mapaccess1 => (&[&[I64], &[I64], &[I64]], &[I64]),
            Rt::Mapaccess2 => (&[&[I64], &[I64], &[I64]], &[I64, I8]),
            Rt::PanicSlice3Len => (&[&[I64], &[I64]], &[]),
            Rt::Efaceeq => (&[&[I64], &[I64], &[I64], &[I64]], &[I8]),
            Rt::Gprint => (&[&[I64], &[I64]], &[]),
            Rt::Gprintln => (&[&[I64], &[I64]], &[]),
            Rt::PanicSliceConvert => (&[&[I64], &[I64]], &[]),
            Rt::AssertI => (&[&[I64], &[I64], &[I8]], &[I64]),
            Rt::PanicAssertT => (&[&[I64], &[I64], &[I64]], &[]),
            Rt::Unsupported | Rt::Panicwrap => (&[&STR], &[]),
            Rt::MapKeyCheck => (&[&[I64], &[I64], &[I64]], &[]),
        };
        (params.concat(), rets.to_vec())
    }
}
