//! Go types and constant values, with the spec's untyped-constant rules.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::fmt;

/// Integer kinds (`byte` is `Uint8`, `rune` is `Int32`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntKind {
    /// int
    Int,
    /// int8
    Int8,
    /// int16
    Int16,
    /// int32
    Int32,
    /// int64
    Int64,
    /// uint
    Uint,
    /// uint8
    Uint8,
    /// uint16
    Uint16,
    /// uint32
    Uint32,
    /// uint64
    Uint64,
    /// uintptr
    Uintptr,
}

impl IntKind {
    /// Size in bits.
    pub fn bits(self) -> u32 {
        match self {
            IntKind::Int8 | IntKind::Uint8 => 8,
            IntKind::Int16 | IntKind::Uint16 => 16,
            IntKind::Int32 | IntKind::Uint32 => 32,
            _ => 64,
        }
    }

    /// Signedness.
    pub fn signed(self) -> bool {
        matches!(
            self,
            IntKind::Int | IntKind::Int8 | IntKind::Int16 | IntKind::Int32 | IntKind::Int64
        )
    }

    /// Go's name.
    pub fn name(self) -> &'static str {
        match self {
            IntKind::Int => "int",
            IntKind::Int8 => "int8",
            IntKind::Int16 => "int16",
            IntKind::Int32 => "int32",
            IntKind::Int64 => "int64",
            IntKind::Uint => "uint",
            IntKind::Uint8 => "uint8",
            IntKind::Uint16 => "uint16",
            IntKind::Uint32 => "uint32",
            IntKind::Uint64 => "uint64",
            IntKind::Uintptr => "uintptr",
        }
    }

    /// Smallest value.
    pub fn min(self) -> BigInt {
        if self.signed() {
            -(BigInt::one() << (self.bits() - 1))
        } else {
            BigInt::zero()
        }
    }

    /// Largest value.
    pub fn max(self) -> BigInt {
        if self.signed() {
            (BigInt::one() << (self.bits() - 1)) - 1
        } else {
            (BigInt::one() << self.bits()) - 1
        }
    }

    /// True when `v` is representable.
    pub fn fits(self, v: &BigInt) -> bool {
        *v >= self.min() && *v <= self.max()
    }

    /// Wraps `v` to this kind (two's complement), as runtime arithmetic does.
    pub fn wrap(self, v: &BigInt) -> BigInt {
        let m = BigInt::one() << self.bits();
        let mut r = v % &m;
        if r.is_negative() {
            r += &m;
        }
        if self.signed() && r > self.max() {
            r -= m;
        }
        r
    }
}

/// A Go type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    /// Sized or platform integers.
    Int(IntKind),
    /// bool
    Bool,
    /// string
    String,
    /// []T
    Slice(Box<Type>),
    /// Untyped integer constant.
    UntypedInt,
    /// Untyped rune constant.
    UntypedRune,
    /// Untyped floating-point constant.
    UntypedFloat,
    /// Untyped boolean.
    UntypedBool,
    /// Untyped string constant.
    UntypedString,
    /// Several values (a call with several results).
    Tuple(Vec<Type>),
    /// Error recovery: already reported.
    Invalid,
}

impl Type {
    /// `int`.
    pub const INT: Type = Type::Int(IntKind::Int);

    /// True for untyped constant types.
    pub fn is_untyped(&self) -> bool {
        matches!(
            self,
            Type::UntypedInt
                | Type::UntypedRune
                | Type::UntypedFloat
                | Type::UntypedBool
                | Type::UntypedString
        )
    }

    /// Integer (typed or untyped int/rune).
    pub fn is_integer(&self) -> bool {
        matches!(self, Type::Int(_) | Type::UntypedInt | Type::UntypedRune)
    }

    /// Numeric.
    pub fn is_numeric(&self) -> bool {
        self.is_integer() || matches!(self, Type::UntypedFloat)
    }

    /// Boolean.
    pub fn is_boolean(&self) -> bool {
        matches!(self, Type::Bool | Type::UntypedBool)
    }

    /// String.
    pub fn is_string(&self) -> bool {
        matches!(self, Type::String | Type::UntypedString)
    }

    /// The default type of an untyped constant (`int`, `rune`, `bool`, `string`).
    pub fn default_type(&self) -> Type {
        match self {
            Type::UntypedInt => Type::INT,
            Type::UntypedRune => Type::Int(IntKind::Int32),
            Type::UntypedBool => Type::Bool,
            Type::UntypedString => Type::String,
            Type::UntypedFloat => Type::Invalid,
            t => t.clone(),
        }
    }

    /// How many 64-bit words a value occupies in memory and registers.
    pub fn words(&self) -> usize {
        match self {
            Type::String => 2,
            Type::Slice(_) => 3,
            Type::Tuple(ts) => ts.iter().map(Type::words).sum(),
            _ => 1,
        }
    }

    /// Size in bytes when stored in memory (slice elements, globals).
    pub fn size(&self) -> u32 {
        match self {
            Type::Int(k) => k.bits() / 8,
            Type::Bool => 1,
            Type::String => 16,
            Type::Slice(_) => 24,
            _ => 8,
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Int(k) => f.write_str(k.name()),
            Type::Bool => f.write_str("bool"),
            Type::String => f.write_str("string"),
            Type::Slice(e) => write!(f, "[]{e}"),
            Type::UntypedInt => f.write_str("untyped int"),
            Type::UntypedRune => f.write_str("untyped rune"),
            Type::UntypedFloat => f.write_str("untyped float"),
            Type::UntypedBool => f.write_str("untyped bool"),
            Type::UntypedString => f.write_str("untyped string"),
            Type::Tuple(ts) => {
                f.write_str("(")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                f.write_str(")")
            }
            Type::Invalid => f.write_str("invalid type"),
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_like_twos_complement() {
        assert_eq!(IntKind::Int8.wrap(&BigInt::from(200)), BigInt::from(-56));
        assert_eq!(IntKind::Uint8.wrap(&BigInt::from(-1)), BigInt::from(255));
        assert!(IntKind::Int64.fits(&BigInt::from(i64::MIN)));
        assert!(!IntKind::Uint64.fits(&BigInt::from(-1)));
    }
}
