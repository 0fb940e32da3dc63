//! The universe block: predeclared types, constants, builtins, and the runtime's intrinsics.

use super::*;

pub(super) fn universe(name: &str, runtime: bool) -> Option<Entity> {
    match name {
        // The types memrun compiles so far; the others are reported where they are used.
        "int" | "int8" | "int16" | "int32" | "rune" | "int64" | "uint" | "uint8" | "byte"
        | "uint16" | "uint32" | "uint64" | "uintptr" | "bool" | "string" | "float64"
        | "float32" => T::universe(name).map(Entity::TypeName),
        "any" => Some(Entity::TypeName(T::ANY)),
        "error" => Some(Entity::TypeName(T::ERROR)),
        "comparable" => Some(Entity::TypeName(T::COMPARABLE)),
        "true" => Some(Entity::Const(T::UNTYPED_BOOL, Value::Bool(true))),
        "false" => Some(Entity::Const(T::UNTYPED_BOOL, Value::Bool(false))),
        "nil" => Some(Entity::Nil),
        "iota" => Some(Entity::Builtin("iota")),
        "len" => Some(Entity::Builtin("len")),
        "cap" => Some(Entity::Builtin("cap")),
        "close" => Some(Entity::Builtin("close")),
        "new" => Some(Entity::Builtin("new")),
        "make" => Some(Entity::Builtin("make")),
        "append" => Some(Entity::Builtin("append")),
        "copy" => Some(Entity::Builtin("copy")),
        "min" => Some(Entity::Builtin("min")),
        "max" => Some(Entity::Builtin("max")),
        "clear" => Some(Entity::Builtin("clear")),
        "recover" => Some(Entity::Builtin("recover")),
        "delete" => Some(Entity::Builtin("delete")),
        "panic" => Some(Entity::Builtin("panic")),
        "print" => Some(Entity::Builtin("print")),
        "println" => Some(Entity::Builtin("println")),
        _ if runtime => match name {
            "load8" => Some(Entity::Intrinsic(Intrinsic::Load8)),
            "store8" => Some(Entity::Intrinsic(Intrinsic::Store8)),
            "load64" => Some(Entity::Intrinsic(Intrinsic::Load64)),
            "store64" => Some(Entity::Intrinsic(Intrinsic::Store64)),
            "syscall6" => Some(Entity::Intrinsic(Intrinsic::Syscall6)),
            "spillregs" => Some(Entity::Intrinsic(Intrinsic::SpillRegs)),
            "repmovsb" => Some(Entity::Intrinsic(Intrinsic::RepMovsb)),
            "repstosb" => Some(Entity::Intrinsic(Intrinsic::RepStosb)),
            "swapctx" => Some(Entity::Intrinsic(Intrinsic::SwapCtx)),
            "strptr" => Some(Entity::Intrinsic(Intrinsic::StrPtr)),
            "mkstr" => Some(Entity::Intrinsic(Intrinsic::MkStr)),
            "sliceptr" => Some(Entity::Intrinsic(Intrinsic::SlicePtr)),
            "mkslice" => Some(Entity::Intrinsic(Intrinsic::MkSlice)),
            "callmain" => Some(Entity::Intrinsic(Intrinsic::CallMain)),
            "callstring" => Some(Entity::Intrinsic(Intrinsic::CallString)),
            "funcaddr" => Some(Entity::Intrinsic(Intrinsic::FuncAddr)),
            "efacewords" => Some(Entity::Intrinsic(Intrinsic::EfaceWords)),
            "mkeface" => Some(Entity::Intrinsic(Intrinsic::MkEface)),
            "ifacewords" => Some(Entity::Intrinsic(Intrinsic::IfaceWords)),
            "callformat" => Some(Entity::Intrinsic(Intrinsic::CallFormat)),
            "float64bits" => Some(Entity::Intrinsic(Intrinsic::Float64Bits)),
            "sqrt" => Some(Entity::Intrinsic(Intrinsic::Sqrt)),
            "sliceaddr" => Some(Entity::Intrinsic(Intrinsic::SliceAddr)),
            "float32bits" => Some(Entity::Intrinsic(Intrinsic::Float32Bits)),
            "float64frombits" => Some(Entity::Intrinsic(Intrinsic::Float64FromBits)),
            "float32frombits" => Some(Entity::Intrinsic(Intrinsic::Float32FromBits)),
            _ => None,
        },
        _ => None,
    }
}
