// Package math of memrun's runtime library: the constants, and the functions whose results
// are exact (or correctly rounded, like Sqrt), so that they are bit for bit gc's. The
// transcendental functions (Sin, Exp, Log, Pow, …) are body-less: their results depend on
// the approximations gc uses, which memrun does not reproduce yet.
package math

// Mathematical constants.
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078831848970415512626066000271935659659
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

// Floating-point limits.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

// Integer limit values.
const (
	intSize = 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

const (
	mask     = 0x7FF
	shift    = 64 - 11 - 1
	bias     = 1023
	signMask = 1 << 63
	fracMask = 1<<shift - 1
)

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64 { return float64bits(f) }

// Float64frombits returns the floating-point number of the IEEE 754 binary representation b.
func Float64frombits(b uint64) float64 { return float64frombits(b) }

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32 { return float32bits(f) }

// Float32frombits returns the floating-point number of the IEEE 754 binary representation b.
func Float32frombits(b uint32) float32 { return float32frombits(b) }

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return float64frombits(0x7FF0000000000000)
	}
	return float64frombits(0xFFF0000000000000)
}

// NaN returns an IEEE 754 "not-a-number" value (gc's: bits 0x7FF8000000000001).
func NaN() float64 { return float64frombits(0x7FF8000000000001) }

// IsNaN reports whether f is a "not-a-number" value.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is an infinity, according to sign (> 0: +Inf, < 0: -Inf, 0:
// either).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return float64bits(x)&signMask != 0 }

// Abs returns the absolute value of x.
func Abs(x float64) float64 { return float64frombits(float64bits(x) &^ signMask) }

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return float64frombits(float64bits(f)&^signMask | float64bits(sign)&signMask)
}

// Sqrt returns the square root of x (correctly rounded).
func Sqrt(x float64) float64 { return sqrt(x) }

// Trunc returns the integer value of x, toward zero.
func Trunc(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	b := float64bits(x)
	e := int(b>>shift&mask) - bias
	if e < 0 {
		return float64frombits(b & signMask)
	}
	if e < shift {
		b &^= 1<<uint(shift-e) - 1
	}
	return float64frombits(b)
}

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64 {
	t := Trunc(x)
	if x < 0 && t != x {
		return t - 1
	}
	return t
}

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 {
	return -Floor(-x)
}

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	t := Trunc(x)
	if Abs(x-t) >= 0.5 {
		return t + Copysign(1, x)
	}
	return t
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	t := Trunc(x)
	d := Abs(x - t)
	if d > 0.5 || d == 0.5 && Mod(t, 2) != 0 {
		return t + Copysign(1, x)
	}
	return t
}

// Max returns the larger of x or y (+Inf and NaN win; Max(+0, -0) = +0).
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y (-Inf and NaN win; Min(-0, +0) = -0).
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Dim returns the maximum of x-y or 0.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// Frexp breaks f into a normalized fraction in [½, 1) and an integral power of two.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	if Abs(f) < 0x1p-1022 {
		// Denormal: normalize first.
		f *= 1 << 52
		exp = -52
	}
	b := float64bits(f)
	exp += int(b>>shift&mask) - bias + 1
	b &^= mask << shift
	b |= (-1 + bias) << shift
	return float64frombits(b), exp
}

// Ldexp returns frac × 2**exp, correctly rounded.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	frac, e := Frexp(frac)
	exp += e
	b := float64bits(frac)
	exp += int(b>>shift&mask) - bias
	if exp < -1075 {
		return Copysign(0, frac)
	}
	if exp > 1023 {
		return Inf(1) * Copysign(1, frac)
	}
	var m float64 = 1
	if exp < -1022 {
		// A denormal result: one correctly rounded multiplication.
		exp += 53
		m = 0x1p-53
	}
	b &^= mask << shift
	b |= uint64(exp+bias) << shift
	return m * float64frombits(b)
}

// Modf returns integer and fractional floating-point numbers that sum to f, both with f's
// sign.
func Modf(f float64) (integer float64, fractional float64) {
	if f < 1 {
		switch {
		case f < 0:
			integer, fractional = Modf(-f)
			return -integer, -fractional
		case f == 0:
			return f, f
		}
		return 0, f
	}
	if IsInf(f, 0) {
		return f, NaN()
	}
	integer = Trunc(f)
	return integer, f - integer
}

// Mod returns the floating-point remainder of x/y, with the sign of x (exact).
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y) {
		return NaN()
	}
	y = Abs(y)
	yfr, yexp := Frexp(y)
	r := x
	if x < 0 {
		r = -x
	}
	for r >= y {
		rfr, rexp := Frexp(r)
		if rfr < yfr {
			rexp--
		}
		r = r - Ldexp(y, rexp-yexp)
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Nextafter returns the next representable float64 value after x towards y.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		r = NaN()
	case x == y:
		r = x
	case x == 0:
		r = Copysign(float64frombits(1), y)
	case (y > x) == (x > 0):
		r = float64frombits(float64bits(x) + 1)
	default:
		r = float64frombits(float64bits(x) - 1)
	}
	return
}

// Nextafter32 returns the next representable float32 value after x towards y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		r = float32(NaN())
	case x == y:
		r = x
	case x == 0:
		r = float32(Copysign(float64(float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		r = float32frombits(float32bits(x) + 1)
	default:
		r = float32frombits(float32bits(x) - 1)
	}
	return
}

// Ilogb returns the binary exponent of x as an integer.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x):
		return MaxInt32
	case IsInf(x, 0):
		return MaxInt32
	}
	_, e := Frexp(x)
	return e - 1
}

// Logb returns the binary exponent of x.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(Ilogb(x))
}

// Go 1.27's API that memrun does not compile yet.

func Acos(x float64) float64
func Acosh(x float64) float64
func Asin(x float64) float64
func Asinh(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Atanh(x float64) float64
func Cbrt(x float64) float64
func Cos(x float64) float64
func Cosh(x float64) float64
func Erf(x float64) float64
func Erfc(x float64) float64
func Erfcinv(x float64) float64
func Erfinv(x float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func FMA(x, y, z float64) float64
func Gamma(x float64) float64
func Hypot(p, q float64) float64
func J0(x float64) float64
func J1(x float64) float64
func Jn(n int, x float64) float64
func Lgamma(x float64) (lgamma float64, sign int)
func Log(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64
func Log2(x float64) float64
func Pow(x, y float64) float64
func Pow10(n int) float64
func Remainder(x, y float64) float64
func Sin(x float64) float64
func Sincos(x float64) (sin, cos float64)
func Sinh(x float64) float64
func Tan(x float64) float64
func Tanh(x float64) float64
func Y0(x float64) float64
func Y1(x float64) float64
func Yn(n int, x float64) float64
