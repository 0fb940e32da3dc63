//! Constant values, as the checker folds them: arbitrary-precision integers, exact rationals
//! for floating-point constants (the spec's untyped float constants are exact), booleans,
//! strings. Conversions to `float64`/`float32` round to nearest, ties to even, as gc does.

use num_bigint::{BigInt, Sign};
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::fmt;

/// A compile-time constant value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Integer (arbitrary precision).
    Int(BigInt),
    /// Floating-point constant (exact).
    Float(BigRational),
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
            Value::Float(r) => r.to_integer().to_i64().unwrap_or(0),
            Value::Bool(b) => i64::from(*b),
            Value::Str(_) => 0,
        }
    }

    /// A numeric constant as an exact rational.
    pub fn to_rational(&self) -> Option<BigRational> {
        match self {
            Value::Int(i) => Some(BigRational::from_integer(i.clone())),
            Value::Float(r) => Some(r.clone()),
            _ => None,
        }
    }
}

/// Go's floating-point formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatFormat {
    /// float32: 24-bit significand.
    F32,
    /// float64: 53-bit significand.
    F64,
}

impl FloatFormat {
    fn params(self) -> (u32, i64, i64) {
        // (stored significand bits, exponent bias, smallest normal exponent)
        match self {
            FloatFormat::F32 => (23, 127, -126),
            FloatFormat::F64 => (52, 1023, -1022),
        }
    }
}

/// The bits of `r` rounded to the nearest value of `fmt` (ties to even); None when it
/// overflows the format.
pub fn round_float(r: &BigRational, fmt: FloatFormat) -> Option<u64> {
    let (mbits, bias, emin) = fmt.params();
    let neg = r.is_negative();
    let (p, q) = (r.numer().abs(), r.denom().clone());
    let sign_bit = if neg {
        match fmt {
            FloatFormat::F32 => 1u64 << 31,
            FloatFormat::F64 => 1u64 << 63,
        }
    } else {
        0
    };
    if p.is_zero() {
        return Some(0);
    }
    // Find s such that 2^mbits <= p*2^s/q < 2^(mbits+1).
    let mut s: i64 = mbits as i64 - (p.bits() as i64 - q.bits() as i64);
    let scaled = |s: i64| -> (BigInt, BigInt) {
        if s >= 0 {
            (&p << s as usize, q.clone())
        } else {
            (p.clone(), &q << (-s) as usize)
        }
    };
    let lo = BigInt::one() << mbits as usize;
    let hi = BigInt::one() << (mbits + 1) as usize;
    loop {
        let (n, d) = scaled(s);
        let quo = &n / &d;
        if quo >= hi {
            s -= 1;
        } else if quo < lo {
            s += 1;
        } else {
            break;
        }
    }
    // The exponent of the leading bit: value = quo * 2^-s, quo in [2^mbits, 2^(mbits+1)).
    let mut e = mbits as i64 - s;
    if e < emin {
        // Subnormal: a fixed scale.
        s = mbits as i64 - emin;
        e = emin;
    }
    let (n, d) = scaled(s);
    let mut quo = &n / &d;
    let rem = &n % &d;
    let twice = &rem << 1usize;
    if twice > d || (twice == d && (&quo % 2u32) == BigInt::one()) {
        quo += 1u32;
    }
    if quo >= hi {
        quo >>= 1usize;
        e += 1;
    }
    let max_e = bias;
    if e > max_e {
        return None;
    }
    let quo = quo.to_u64().unwrap_or(0);
    let bits = if quo < (1u64 << mbits) {
        // Subnormal (or zero after rounding).
        quo
    } else {
        (((e + bias) as u64) << mbits) | (quo - (1u64 << mbits))
    };
    Some(sign_bit | bits)
}

/// The exact rational value of a float format's bits.
pub fn float_value(bits: u64, fmt: FloatFormat) -> BigRational {
    let (mbits, bias, emin) = fmt.params();
    let total = match fmt {
        FloatFormat::F32 => 32,
        FloatFormat::F64 => 64,
    };
    let neg = bits >> (total - 1) & 1 == 1;
    let ebits = (bits >> mbits) & ((1u64 << (total - 1 - mbits)) - 1);
    let frac = bits & ((1u64 << mbits) - 1);
    let (m, e) = if ebits == 0 {
        (frac, emin - mbits as i64)
    } else {
        (frac | (1u64 << mbits), ebits as i64 - bias - mbits as i64)
    };
    let m = BigInt::from(m);
    let v = if e >= 0 {
        BigRational::from_integer(m << e as usize)
    } else {
        BigRational::new(m, BigInt::one() << (-e) as usize)
    };
    if neg {
        -v
    } else {
        v
    }
}

/// Parses a floating-point literal (decimal or hexadecimal, underscores already removed).
pub fn parse_float(s: &str) -> Option<BigRational> {
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        let (mant, exp) = match h.find(['p', 'P']) {
            Some(i) => (&h[..i], h[i + 1..].parse::<i64>().ok()?),
            None => (h, 0),
        };
        let (m, frac) = mantissa(mant, 16)?;
        let e = exp - 4 * frac as i64;
        return Some(scale2(BigRational::from_integer(m), e));
    }
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().ok()?),
        None => (s, 0),
    };
    if exp.abs() > 100_000 {
        return None;
    }
    let (m, frac) = mantissa(mant, 10)?;
    let e = exp - frac as i64;
    let ten = BigInt::from(10u32);
    Some(if e >= 0 {
        BigRational::from_integer(m * num_traits::pow(ten, e as usize))
    } else {
        BigRational::new(m, num_traits::pow(ten, (-e) as usize))
    })
}

fn scale2(r: BigRational, e: i64) -> BigRational {
    if e >= 0 {
        r * BigRational::from_integer(BigInt::one() << e as usize)
    } else {
        r / BigRational::from_integer(BigInt::one() << (-e) as usize)
    }
}

/// A rational spelt as gc spells a float constant in messages: an integer when it is one,
/// else six significant digits (`0.333333`, `1e+100`).
fn float_string(r: &BigRational) -> String {
    if r.is_integer() && r.numer().bits() < 70 {
        return r.numer().to_string();
    }
    let v = match round_float(r, FloatFormat::F64) {
        Some(b) => f64::from_bits(b),
        None => {
            return if r.is_negative() {
                "-1e+309".into()
            } else {
                "1e+309".into()
            };
        }
    };
    let s = format!("{v:.5e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let trim = |m: &str| -> String {
        if m.contains('.') {
            m.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            m.to_string()
        }
    };
    if (-4..6).contains(&e) {
        let decimals = (5 - e).max(0) as usize;
        trim(&format!("{v:.decimals$}"))
    } else {
        let sign = if e < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim(m), e.abs())
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(r) => f.write_str(&float_string(r)),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Str(s) => write!(f, "{:?}", String::from_utf8_lossy(s)),
        }
    }
}

/// True when the sign of a big integer is negative.
pub fn is_negative_int(i: &BigInt) -> bool {
    i.sign() == Sign::Minus
}

/// A mantissa's digits (`12.5`, underscores already removed) as an integer in `radix`, and how
/// many of them follow the point.
fn mantissa(mant: &str, radix: u32) -> Option<(BigInt, usize)> {
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int}{frac}");
    let digits = if digits.is_empty() { "0" } else { &digits };
    Some((BigInt::parse_bytes(digits.as_bytes(), radix)?, frac.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f64_of(s: &str) -> f64 {
        f64::from_bits(round_float(&parse_float(s).unwrap(), FloatFormat::F64).unwrap())
    }

    #[test]
    fn rounds_like_the_hardware_parser() {
        for s in [
            "0.1",
            "0.2",
            "0.30000000000000004",
            "1e308",
            "1.7976931348623157e308",
            "5e-324",
            "2.2250738585072014e-308",
            "2.2250738585072011e-308",
            "123456789.123456789",
            "9007199254740993",
            "1e-320",
            "4.9406564584124654e-324",
            "3.14159265358979323846",
        ] {
            assert_eq!(
                f64_of(s).to_bits(),
                s.parse::<f64>().unwrap().to_bits(),
                "{s}"
            );
        }
        assert!(round_float(&parse_float("1e309").unwrap(), FloatFormat::F64).is_none());
        let f = f32::from_bits(
            round_float(&parse_float("0.1").unwrap(), FloatFormat::F32).unwrap() as u32,
        );
        assert_eq!(f, 0.1f32);
        assert_eq!(
            float_value(0.1f64.to_bits(), FloatFormat::F64),
            BigRational::from_float(0.1f64).unwrap()
        );
        assert_eq!(f64_of("0x1p-2"), 0.25);
        assert_eq!(f64_of("0x1.8p1"), 3.0);
    }

    #[test]
    fn spells_float_constants_as_gc() {
        let v = |s: &str| Value::Float(parse_float(s).unwrap()).to_string();
        assert_eq!(v("1.5"), "1.5");
        assert_eq!(v("3.0"), "3");
        assert_eq!(v("1e100"), "1e+100");
        assert_eq!(v("0.000001234"), "1.234e-06");
    }
}
