//! Constant values, as the checker folds them (arbitrary-precision integers, booleans, strings).

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::fmt;

/// A compile-time constant value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Integer (arbitrary precision).
    Int(BigInt),
    /// Boolean.
    Bool(bool),
    /// String bytes.
    Str(Vec<u8>),
}

impl Value {
    /// The integer, if this is one.
    pub fn as_int(&self) -> Option<&BigInt> {
        match self {
            Value::Int(i) => Some(i),
            _ => None,
        }
    }

    /// The value as the bits of an i64 (for code generation; already range-checked).
    pub fn to_i64_bits(&self) -> i64 {
        match self {
            Value::Int(i) => i
                .to_i64()
                .or_else(|| i.to_u64().map(|u| u as i64))
                .unwrap_or(0),
            Value::Bool(b) => i64::from(*b),
            Value::Str(_) => 0,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Int(i) => write!(f, "{i}"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Str(s) => write!(f, "{:?}", String::from_utf8_lossy(s)),
        }
    }
}
