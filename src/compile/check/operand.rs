//! Operands: what an expression is while it is being checked (a value, a constant, a type, a
//! function, a package…), and how it is spelt in messages.

use super::*;

#[derive(Clone)]
pub(super) enum OpKind {
    Value(tir::Expr),
    Const(Value),
    NoValue(tir::Expr),
    Type,
    Builtin(&'static str),
    Intrinsic(Intrinsic),
    Package(String),
    Func(FuncId),
    /// A generic function not instantiated yet, with the type arguments written so far.
    Generic(usize, Vec<TypeId>),
    /// A method bound to its receiver (already adjusted to the method's receiver type).
    Method(FuncId, Box<tir::Expr>),
    /// A method of an interface value: the value and the method's index in its type.
    IfaceMethod(Box<tir::Expr>, usize),
    Fmt(FmtFn),
    Invalid,
}

/// How an operand is spelled in messages: its expression, printed only when a message needs it
/// (printing eagerly at every node made checking quadratic in the depth of an expression).
#[derive(Clone)]
pub(super) enum Text<'e> {
    Expr(&'e ast::Expr),
    Owned(String),
}

impl std::fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Text::Expr(e) => f.write_str(&expr_string(e)),
            Text::Owned(s) => f.write_str(s),
        }
    }
}

#[derive(Clone)]
pub(super) struct Operand<'e> {
    pub(super) ty: TypeId,
    pub(super) kind: OpKind,
    pub(super) pos: Pos,
    pub(super) text: Text<'e>,
    /// Variable (for "variable of type" wording and assignability).
    pub(super) var: bool,
}

impl<'e> Operand<'e> {
    pub(super) fn invalid(pos: Pos) -> Operand<'e> {
        Operand {
            ty: T::INVALID,
            kind: OpKind::Invalid,
            pos,
            text: Text::Owned(String::new()),
            var: false,
        }
    }
}

pub(super) fn is_literal_text(text: &str, v: &Value) -> bool {
    match v {
        Value::Int(i) => {
            *text == i.to_string()
                || text.starts_with('\'')
                || text.starts_with("0x")
                || text.starts_with("0b")
                || text.starts_with("0o")
        }
        Value::Bool(b) => *text == b.to_string(),
        // gc shows a float constant's value unless the literal already reads as it.
        Value::Float(_) => *text == v.to_string(),
        Value::Str(_) => text.starts_with('"') || text.starts_with('`'),
    }
}

impl<'a> Checker<'a> {
    pub(super) fn mk<'e>(&self, pos: Pos, text: Text<'e>, ty: TypeId, kind: OpKind) -> Operand<'e> {
        Operand {
            ty,
            kind,
            pos,
            text,
            var: false,
        }
    }
}
