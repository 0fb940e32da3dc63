//! Constants: literals, folding with arbitrary precision, and retyping untyped expressions.

use super::*;

/// Gives an untyped non-constant integer expression (a shift of an untyped constant, possibly
/// inside arithmetic) the integer type `t` of its context, checking that its constants fit.
pub(super) fn retype(e: &mut tir::Expr, t: TypeId, k: IntKind) -> Result<(), BigInt> {
    crate::compile::deep(|| retype_here(e, t, k))
}

pub(super) fn retype_here(e: &mut tir::Expr, t: TypeId, k: IntKind) -> Result<(), BigInt> {
    e.ty = t;
    match &mut e.kind {
        tir::ExprKind::Const(Value::Int(v)) => {
            if !k.fits(v) {
                return Err(v.clone());
            }
            Ok(())
        }
        tir::ExprKind::Binary(BinOp::Shl | BinOp::Shr, l, _) => retype(l, t, k),
        tir::ExprKind::Binary(op, l, r)
            if !matches!(
                op,
                BinOp::Eq
                    | BinOp::Ne
                    | BinOp::Lt
                    | BinOp::Le
                    | BinOp::Gt
                    | BinOp::Ge
                    | BinOp::LogAnd
                    | BinOp::LogOr
            ) =>
        {
            retype(l, t, k)?;
            retype(r, t, k)
        }
        tir::ExprKind::Unary(_, x) => retype(x, t, k),
        _ => Ok(()),
    }
}

/// The zero value of a type as an expression.
pub fn zero_value(types: &T, ty: TypeId) -> tir::Expr {
    let v = match types.basic(ty) {
        Some(Basic::Bool) => Value::Bool(false),
        Some(Basic::String) => Value::Str(Vec::new()),
        Some(Basic::Int(_)) => Value::Int(BigInt::zero()),
        _ => {
            return tir::Expr {
                ty,
                kind: tir::ExprKind::Zero,
            }
        }
    };
    tir::Expr {
        ty,
        kind: tir::ExprKind::Const(v),
    }
}

pub(super) fn parse_int(s: &str) -> BigInt {
    let (digits, radix) = if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (h, 16)
    } else if let Some(b) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (b, 2)
    } else if let Some(o) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (o, 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (&s[1..], 8)
    } else {
        (s, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
}

/// Folds a binary operation on constants of type `ty` (untyped or typed; typed integer results
/// are range-checked by the caller, so wrap-around never happens at compile time).
pub(super) fn fold(op: BinOp, a: &Value, b: &Value, kind: Option<IntKind>) -> Option<Value> {
    Some(match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let int_div = |x: &BigInt, y: &BigInt| {
                // Go truncates toward zero.
                x / y
            };
            match op {
                BinOp::Add => Value::Int(x + y),
                BinOp::Sub => Value::Int(x - y),
                BinOp::Mul => Value::Int(x * y),
                BinOp::Div => Value::Int(int_div(x, y)),
                BinOp::Rem => Value::Int(x % y),
                BinOp::And => Value::Int(x & y),
                BinOp::Or => Value::Int(x | y),
                BinOp::Xor => Value::Int(match kind {
                    Some(k) if !k.signed() => k.wrap(&(x ^ y)),
                    _ => x ^ y,
                }),
                BinOp::AndNot => Value::Int(x & !y),
                _ => return compare(op, x.cmp(y)),
            }
        }
        (Value::Bool(x), Value::Bool(y)) => match op {
            BinOp::LogAnd => Value::Bool(*x && *y),
            BinOp::LogOr => Value::Bool(*x || *y),
            BinOp::Eq => Value::Bool(x == y),
            BinOp::Ne => Value::Bool(x != y),
            _ => return None,
        },
        (Value::Str(x), Value::Str(y)) => match op {
            BinOp::Add => Value::Str([x.as_slice(), y.as_slice()].concat()),
            _ => return compare(op, x.cmp(y)),
        },
        // Floating-point constants (or an integer with one): exact rational arithmetic.
        (a, b) => {
            let (x, y) = (a.to_rational()?, b.to_rational()?);
            match op {
                BinOp::Add => Value::Float(x + y),
                BinOp::Sub => Value::Float(x - y),
                BinOp::Mul => Value::Float(x * y),
                BinOp::Div => Value::Float(x / y),
                _ => return compare(op, x.cmp(&y)),
            }
        }
    })
}

/// A comparison operator applied to two ordered constants (None for other operators).
fn compare(op: BinOp, ord: std::cmp::Ordering) -> Option<Value> {
    use std::cmp::Ordering::{Equal, Greater, Less};
    Some(Value::Bool(match op {
        BinOp::Eq => ord == Equal,
        BinOp::Ne => ord != Equal,
        BinOp::Lt => ord == Less,
        BinOp::Le => ord != Greater,
        BinOp::Gt => ord == Greater,
        BinOp::Ge => ord != Less,
        _ => return None,
    }))
}
