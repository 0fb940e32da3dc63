// Package math of memrun's runtime library: the constants, the functions whose results are
// exact (or correctly rounded, like Sqrt and FMA), and the elementary functions computed by
// the same approximations, in the same order of operations, as gc's on amd64, so that their
// results are bit for bit gc's: Exp and Log as gc's amd64 assembly computes them (Exp with
// fused multiply-adds where the CPU has FMA and AVX, as gc decides), Hypot likewise, the
// others by the Cephes and FreeBSD methods gc's Go code uses. The body-less functions are
// Go 1.27's API that memrun does not compile yet.
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

func Acosh(x float64) float64
func Asinh(x float64) float64
func Atanh(x float64) float64
func Erf(x float64) float64
func Erfc(x float64) float64
func Erfcinv(x float64) float64
func Erfinv(x float64) float64
func Expm1(x float64) float64
func Gamma(x float64) float64
func J0(x float64) float64
func J1(x float64) float64
func Jn(n int, x float64) float64
func Lgamma(x float64) (lgamma float64, sign int)
func Log1p(x float64) float64
func Remainder(x, y float64) float64
func Y0(x float64) float64
func Y1(x float64) float64
func Yn(n int, x float64) float64

// mul64 returns the 128-bit product of x and y.
func mul64(x, y uint64) (hi, lo uint64) {
	const m32 = 1<<32 - 1
	x0, x1 := x&m32, x>>32
	y0, y1 := y&m32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t & m32
	w2 := t >> 32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

// leadingZeros64 counts the leading zero bits of x (64 for 0).
func leadingZeros64(x uint64) int {
	n := 0
	for b := 32; b > 0; b >>= 1 {
		if x>>uint(64-b) == 0 {
			n += b
			x <<= uint(b)
		}
	}
	if x == 0 {
		return n + 1
	}
	return n
}

// u128 is an unsigned 128-bit integer.
type u128 struct {
	hi, lo uint64
}

func (a u128) shl(n uint) u128 {
	switch {
	case n == 0:
		return a
	case n >= 128:
		return u128{}
	case n >= 64:
		return u128{a.lo << (n - 64), 0}
	}
	return u128{a.hi<<n | a.lo>>(64-n), a.lo << n}
}

func (a u128) shr(n uint) u128 {
	switch {
	case n == 0:
		return a
	case n >= 128:
		return u128{}
	case n >= 64:
		return u128{0, a.hi >> (n - 64)}
	}
	return u128{a.hi >> n, a.lo>>n | a.hi<<(64-n)}
}

// lowNonZero reports whether any of the low n bits of a is set.
func (a u128) lowNonZero(n uint) bool {
	switch {
	case n == 0:
		return false
	case n >= 128:
		return a.hi|a.lo != 0
	case n > 64:
		return a.lo != 0 || a.hi<<(128-n) != 0
	}
	return a.lo<<(64-n) != 0
}

// shrSticky shifts a right by n, folding any bit shifted out into bit 0.
func (a u128) shrSticky(n uint) u128 {
	if n == 0 {
		return a
	}
	var r u128
	lost := false
	switch {
	case n >= 128:
		return u128{0, b2u(a.hi|a.lo != 0)}
	case n >= 64:
		r = u128{0, a.hi >> (n - 64)}
		lost = a.lo != 0 || (n > 64 && a.hi<<(128-n) != 0)
	default:
		r = u128{a.hi >> n, a.lo>>n | a.hi<<(64-n)}
		lost = a.lo<<(64-n) != 0
	}
	if lost {
		r.lo |= 1
	}
	return r
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func (a u128) add(b u128) u128 {
	lo := a.lo + b.lo
	return u128{a.hi + b.hi + b2u(lo < a.lo), lo}
}

func (a u128) sub(b u128) u128 {
	return u128{a.hi - b.hi - b2u(a.lo < b.lo), a.lo - b.lo}
}

func (a u128) less(b u128) bool {
	return a.hi < b.hi || a.hi == b.hi && a.lo < b.lo
}

// msb is the position of the highest set bit of a (-1 for 0).
func (a u128) msb() int {
	if a.hi != 0 {
		return 127 - leadingZeros64(a.hi)
	}
	if a.lo != 0 {
		return 63 - leadingZeros64(a.lo)
	}
	return -1
}

// split returns a finite nonzero x as its sign, a 53-bit integer mantissa m (top bit set)
// and an exponent e, with |x| = m * 2^e.
func split(x float64) (neg bool, m uint64, e int) {
	b := float64bits(x)
	neg = b&signMask != 0
	e = int(b>>shift) & mask
	m = b & fracMask
	if e == 0 {
		// Subnormal: normalize.
		n := leadingZeros64(m) - 11
		m <<= uint(n)
		e = 1 - n
	} else {
		m |= 1 << shift
	}
	e -= bias + shift
	return
}

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64 {
	bx, by, bz := float64bits(x), float64bits(y), float64bits(z)
	const expBits = mask << shift
	// Zeros, infinities and NaNs: the plain expression rounds once at most. Adding a zero z
	// does not change x*y (so an underflow to -0 stays -0).
	if x == 0 || y == 0 || bx&expBits == expBits || by&expBits == expBits {
		return x*y + z
	}
	if z == 0 {
		return x * y
	}
	if bz&expBits == expBits {
		return z
	}
	xneg, xm, xe := split(x)
	yneg, ym, ye := split(y)
	zneg, zm, ze := split(z)
	pneg := xneg != yneg
	// The product's 106 bits and z's 53, each with its top bit moved to bit 126.
	ph, pl := mul64(xm, ym)
	p := u128{ph, pl}
	pexp := xe + ye
	sh := 126 - p.msb()
	p = p.shl(uint(sh))
	pexp -= sh
	zz := u128{0, zm}.shl(126 - 52)
	zexp := ze - (126 - 52)
	// Align the smaller to the larger exponent.
	rexp := pexp
	if pexp >= zexp {
		zz = zz.shrSticky(uint(pexp - zexp))
	} else {
		p = p.shrSticky(uint(zexp - pexp))
		rexp = zexp
	}
	var r u128
	neg := pneg
	if pneg == zneg {
		r = p.add(zz)
	} else if zz.less(p) {
		r = p.sub(zz)
	} else {
		r = zz.sub(p)
		neg = zneg
	}
	if r.hi|r.lo == 0 {
		return 0
	}
	m := r.msb()
	e := rexp + m // the result is in [2^e, 2^(e+1))
	drop := m - 52
	if e < -1022 {
		drop += -1022 - e
		e = -1022
	}
	var mant uint64
	if drop <= 0 {
		mant = r.shl(uint(-drop)).lo
	} else {
		// Round to nearest, ties to even: the bit below the mantissa and any bit under it.
		mant = r.shr(uint(drop)).lo
		half := r.shr(uint(drop-1)).lo & 1
		below := r.lowNonZero(uint(drop - 1))
		if half == 1 && (below || mant&1 == 1) {
			mant++
		}
		if mant == 1<<53 {
			mant >>= 1
			e++
		}
	}
	var biased uint64
	if mant >= 1<<52 {
		biased = uint64(e + bias)
	}
	if biased >= mask {
		return float64frombits(b2u(neg)<<63 | mask<<shift)
	}
	return float64frombits(b2u(neg)<<63 | biased<<shift | mant&fracMask)
}

// cpuFMA reports whether gc's Exp would use fused multiply-adds here: the CPU has FMA and
// AVX (from /proc/cpuinfo, which lists AVX only when the kernel enabled it).
var cpuFMA, cpuChecked bool

func useFMA() bool {
	if !cpuChecked {
		cpuChecked = true
		if b, ok := readFile("/proc/cpuinfo"); ok {
			cpuFMA = hasFlag(b, "fma") && hasFlag(b, "avx")
		}
	}
	return cpuFMA
}

// hasFlag reports whether the first "flags" line of /proc/cpuinfo lists flag.
func hasFlag(info []byte, flag string) bool {
	s := string(info)
	for i := 0; i+6 <= len(s); i++ {
		if (i == 0 || s[i-1] == '\n') && s[i:i+5] == "flags" {
			j := i
			for j < len(s) && s[j] != '\n' {
				j++
			}
			line := s[i:j]
			for k := 0; k+len(flag) <= len(line); k++ {
				if line[k:k+len(flag)] == flag && line[k-1] == ' ' && (k+len(flag) == len(line) || line[k+len(flag)] == ' ') {
					return true
				}
			}
			return false
		}
	}
	return false
}

// Exp returns e**x, computed as gc's amd64 assembly does (Shibata's method: a reduction by
// ln 2 in two parts, a Taylor polynomial of x/16, four squarings of (1+x)).
func Exp(x float64) float64 {
	const (
		log2e    = 1.4426950408889634073599246810018920
		ln2U     = 0.69314718055966295651160180568695068359375
		ln2L     = 0.28235290563031577122588448175013436025525412068e-12
		overflow = 7.09782712893384e+02
	)
	bx := float64bits(x)
	if bx&^signMask >= 0x7FF0000000000000 {
		if bx == 0xFFF0000000000000 {
			return 0
		}
		return x // NaN or +Inf
	}
	if x > overflow {
		return Inf(1)
	}
	// The exponent: x*log2(e) rounded to the nearest integer (an int32, as CVTSD2SL makes
	// it: out of range is the smallest int32).
	t := x * log2e
	var k int
	if t > -2147483648.5 && t < 2147483647.5 {
		k = int(RoundToEven(t))
	} else {
		k = -2147483648
	}
	fk := float64(k)
	var r, p float64
	if useFMA() {
		r = FMA(-fk, ln2U, x)
		r = FMA(-fk, ln2L, r)
		r *= 0.0625
		p = 2.4801587301587301587e-5
		p = FMA(p, r, 1.9841269841269841270e-4)
		p = FMA(p, r, 1.3888888888888888889e-3)
		p = FMA(p, r, 8.3333333333333333333e-3)
		p = FMA(p, r, 4.1666666666666666667e-2)
		p = FMA(p, r, 1.6666666666666666667e-1)
		p = FMA(p, r, 0.5)
		p = FMA(p, r, 1.0)
		r = r * p
		for i := 0; i < 3; i++ {
			r = r * (r + 2.0)
		}
		r = FMA(r, r+2.0, 1.0)
	} else {
		r = x - fk*ln2U
		r = r - fk*ln2L
		r *= 0.0625
		p = 2.4801587301587301587e-5
		p = p*r + 1.9841269841269841270e-4
		p = p*r + 1.3888888888888888889e-3
		p = p*r + 8.3333333333333333333e-3
		p = p*r + 4.1666666666666666667e-2
		p = p*r + 1.6666666666666666667e-1
		p = p*r + 0.5
		p = p*r + 1.0
		r = r * p
		for i := 0; i < 4; i++ {
			r = r * (r + 2.0)
		}
		r = r + 1.0
	}
	// r * 2**k, through a subnormal scale in two steps.
	e := k + bias
	if e <= 0 {
		if e < -52 {
			return 0
		}
		r *= float64frombits(uint64(e+bias-1) << shift)
		e = 1
	} else if e >= mask {
		return Inf(1)
	}
	return r * float64frombits(uint64(e)<<shift)
}

// Log returns the natural logarithm of x, computed as gc's amd64 assembly does (FreeBSD's
// method; its reduction reads the exponent bits directly, subnormals included).
func Log(x float64) float64 {
	const (
		hSqrt2 = 7.07106781186547524401e-01
		ln2Hi  = 6.93147180369123816490e-01
		ln2Lo  = 1.90821492927058770002e-10
		l1     = 6.666666666666735130e-01
		l2     = 3.999999999940941908e-01
		l3     = 2.857142874366239149e-01
		l4     = 2.222219843214978396e-01
		l5     = 1.818357216161805012e-01
		l6     = 1.531383769920937332e-01
		l7     = 1.479819860511658591e-01
	)
	bx := float64bits(x)
	switch {
	case bx&^signMask == 0:
		return Inf(-1)
	case bx&signMask != 0:
		return NaN()
	case bx >= 0x7FF0000000000000:
		return x // +Inf or NaN
	}
	f1 := float64frombits(bx&fracMask | 0x3FE0000000000000)
	k := float64(int(bx>>shift) - 0x3FE)
	if f1 < hSqrt2 {
		k -= 1
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
	t2 := s4 * (l2 + s4*(l4+s4*l6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

// Hypot returns Sqrt(p*p + q*q), taking care to avoid unnecessary overflow and underflow,
// as gc's amd64 assembly computes it.
func Hypot(p, q float64) float64 {
	bp, bq := float64bits(p)&^signMask, float64bits(q)&^signMask
	const inf = 0x7FF0000000000000
	if bp >= inf || bq >= inf {
		if bp == inf || bq == inf {
			return Inf(1)
		}
		return NaN()
	}
	if bp|bq == 0 {
		return 0
	}
	p, q = float64frombits(bp), float64frombits(bq)
	big, small := p, q
	if q > p {
		big, small = q, p
	}
	r := small / big
	r = r * r
	r = r + 1.0
	return big * sqrt(r)
}

// The coefficients of gc's sine and cosine polynomials (Cephes), highest degree first.
var sinCoef = []float64{1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6, -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1}
var cosCoef = []float64{-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7, 2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2}

// horner evaluates the polynomial of coefficients c (highest first) at z, as
// (((c0*z)+c1)*z+c2)... in that order of operations.
func horner(c []float64, z float64) float64 {
	p := c[0] * z
	for _, k := range c[1 : len(c)-1] {
		p = (p + k) * z
	}
	return p + c[len(c)-1]
}

// sinPoly and cosPoly approximate sin and cos on [-Pi/4, Pi/4] from z and zz = z*z.
func sinPoly(z, zz float64) float64 { return z + z*zz*horner(sinCoef, zz) }
func cosPoly(zz float64) float64    { return 1.0 - 0.5*zz + zz*zz*horner(cosCoef, zz) }

// reduceThreshold is where the octant reduction switches to Payne-Hanek's.
const reduceThreshold = 1 << 29

// octant reduces x >= 0 to its octant j (rounded up to even, so that z is in
// [-Pi/4, Pi/4]) and the remainder z; j is not taken modulo 8 when mod8 is false (tangent).
func octant(x float64, mod8 bool) (j uint64, z float64) {
	const (
		pi4A = 7.85398125648498535156e-1
		pi4B = 3.77489470793079817668e-8
		pi4C = 2.69515142907905952645e-15
	)
	if x >= reduceThreshold {
		return trigReduce(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	if mod8 {
		j &= 7
	}
	z = ((x - y*pi4A) - y*pi4B) - y*pi4C
	return j, z
}

// The bits of 4/Pi, for the reduction of huge arguments.
var mPi4 = []uint64{
	0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
	0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
	0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
	0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
}

// trigReduce reduces x >= reduceThreshold by Pi/4 with Payne and Hanek's method: the octant
// (mod 8) and the remainder, as gc computes them.
func trigReduce(x float64) (j uint64, z float64) {
	ix := float64bits(x)
	exp := int(ix>>shift&mask) - bias - shift
	ix &^= mask << shift
	ix |= 1 << shift
	digit, bitshift := uint(exp+61)/64, uint(exp+61)%64
	z0 := (mPi4[digit] << bitshift) | (mPi4[digit+1] >> (64 - bitshift))
	z1 := (mPi4[digit+1] << bitshift) | (mPi4[digit+2] >> (64 - bitshift))
	z2 := (mPi4[digit+2] << bitshift) | (mPi4[digit+3] >> (64 - bitshift))
	z2hi, _ := mul64(z2, ix)
	z1hi, z1lo := mul64(z1, ix)
	z0lo := z0 * ix
	lo := z1lo + z2hi
	c := b2u(lo < z1lo)
	hi := z0lo + z1hi + c
	j = hi >> 61
	hi = hi<<3 | lo>>61
	lz := uint(leadingZeros64(hi))
	e := uint64(bias - (lz + 1))
	hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)))
	hi >>= 64 - shift
	hi |= e << shift
	z = float64frombits(hi)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * (Pi / 4)
}

// Sin returns the sine of the radian argument x.
func Sin(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	j, z := octant(x, true)
	if j > 3 {
		neg = !neg
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(zz)
	} else {
		y = sinPoly(z, zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Cos returns the cosine of the radian argument x.
func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	j, z := octant(Abs(x), true)
	neg := false
	if j > 3 {
		j -= 4
		neg = !neg
	}
	if j > 1 {
		neg = !neg
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z, zz)
	} else {
		y = cosPoly(zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Sincos returns Sin(x), Cos(x) (computed together, as gc does).
func Sincos(x float64) (sin, cos float64) {
	if x == 0 {
		return x, 1
	}
	if IsNaN(x) || IsInf(x, 0) {
		return NaN(), NaN()
	}
	sinNeg, cosNeg := false, false
	if x < 0 {
		x = -x
		sinNeg = true
	}
	j, z := octant(x, true)
	if j > 3 {
		j -= 4
		sinNeg, cosNeg = !sinNeg, !cosNeg
	}
	if j > 1 {
		cosNeg = !cosNeg
	}
	zz := z * z
	cos = cosPoly(zz)
	sin = sinPoly(z, zz)
	if j == 1 || j == 2 {
		sin, cos = cos, sin
	}
	if cosNeg {
		cos = -cos
	}
	if sinNeg {
		sin = -sin
	}
	return
}

// Tan returns the tangent of the radian argument x.
func Tan(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	j, z := octant(x, false)
	zz := z * z
	y := z
	if zz > 1e-14 {
		num := ((-1.30936939181383777646e4*zz)+1.15351664838587416140e6)*zz + -1.79565251976484877988e7
		den := (((zz+1.36812963470692954678e4)*zz+-1.32089234440210967447e6)*zz+2.50083801823357915839e7)*zz + -5.38695755929454629881e7
		y = z + z*(zz*num/den)
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if neg {
		y = -y
	}
	return y
}

// xatan is atan on [0, 0.66] (Cephes' rational approximation).
func xatan(x float64) float64 {
	const (
		p0 = -8.750608600031904122785e-01
		p1 = -1.615753718733365076637e+01
		p2 = -7.500855792314704667340e+01
		p3 = -1.228866684490136173410e+02
		p4 = -6.485021904942025371773e+01
		q0 = +2.485846490142306297962e+01
		q1 = +1.650270098316988542046e+02
		q2 = +4.328810604912902668951e+02
		q3 = +4.853903996359136964868e+02
		q4 = +1.945506571482613964425e+02
	)
	z := x * x
	z = z * ((((p0*z+p1)*z+p2)*z+p3)*z + p4) / (((((z+q0)*z+q1)*z+q2)*z+q3)*z + q4)
	return x*z + x
}

// satan is atan of x >= 0, reduced to [0, 0.66].
func satan(x float64) float64 {
	const (
		morebits = 6.123233995736765886130e-17 // Pi/2 = PIO2 + morebits
		tan3pio8 = 2.41421356237309504880      // tan(3*Pi/8)
	)
	if x <= 0.66 {
		return xatan(x)
	}
	if x > tan3pio8 {
		return Pi/2 - xatan(1/x) + morebits
	}
	return Pi/4 + xatan((x-1)/(x+1)) + 0.5*morebits
}

// Atan returns the arctangent, in radians, of x.
func Atan(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 0 {
		return satan(x)
	}
	return -satan(-x)
}

// Asin returns the arcsine, in radians, of x.
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x > 1 {
		return NaN()
	}
	temp := Sqrt(1 - x*x)
	if x > 0.7 {
		temp = Pi/2 - satan(temp/x)
	} else {
		temp = satan(x / temp)
	}
	if neg {
		temp = -temp
	}
	return temp
}

// Acos returns the arccosine, in radians, of x.
func Acos(x float64) float64 {
	return Pi/2 - Asin(x)
}

// Atan2 returns the arc tangent of y/x, using the signs of the two to determine the
// quadrant of the return value.
func Atan2(y, x float64) float64 {
	switch {
	case IsNaN(y) || IsNaN(x):
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 0):
		if IsInf(x, 1) {
			if IsInf(y, 0) {
				return Copysign(Pi/4, y)
			}
			return Copysign(0, y)
		}
		if IsInf(y, 0) {
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

// Log2 returns the binary logarithm of x (exact for powers of two).
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Cbrt returns the cube root of x (FreeBSD's method: a bit-level estimate, a polynomial
// step and a Newton step).
func Cbrt(x float64) float64 {
	const (
		b1             = 715094163
		b2             = 696219795
		c              = 5.42857142857142815906e-01
		d              = -7.05306122448979611050e-01
		e              = 1.41428571428571436819e+00
		f              = 1.60714285714285720630e+00
		g              = 3.57142857142857150787e-01
		smallestNormal = 2.22507385850720138309e-308
	)
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	t := float64frombits(float64bits(x)/3 + b1<<32)
	if x < smallestNormal {
		t = float64(1 << 54)
		t *= x
		t = float64frombits(float64bits(t)/3 + b2<<32)
	}
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	t = float64frombits(float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if neg {
		t = -t
	}
	return t
}

var pow10tab = []float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}
var pow10pos32 = []float64{1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}
var pow10neg32 = []float64{1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320}

// Pow10 returns 10**n (0 below -323, +Inf above 308).
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10pos32[uint(n)/32] * pow10tab[uint(n)%32]
	}
	if -323 <= n && n < 0 {
		return pow10neg32[uint(-n)/32] / pow10tab[uint(-n)%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}

func isOddInt(x float64) bool {
	if Abs(x) >= (1 << 53) {
		return false
	}
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}

// Pow returns x**y: by repeated squaring of x's mantissa for y's integer part and Exp(yf *
// Log(x)) for its fraction, as gc computes it.
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		switch {
		case y < 0:
			if Signbit(x) && isOddInt(y) {
				return Inf(-1)
			}
			return Inf(1)
		case y > 0:
			if Signbit(x) && isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		default:
			return Inf(1)
		}
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y)
		}
		switch {
		case y < 0:
			return 0
		case y > 0:
			return Inf(1)
		}
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		default:
			return Inf(1)
		}
	}
	a1 := 1.0
	ae := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		a1 = Exp(yf * Log(x))
	}
	x1, xe := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			ae += xe
			break
		}
		if i&1 == 1 {
			a1 *= x1
			ae += xe
		}
		x1 *= x1
		xe <<= 1
		if x1 < .5 {
			x1 += x1
			xe--
		}
	}
	if y < 0 {
		a1 = 1 / a1
		ae = -ae
	}
	return Ldexp(a1, ae)
}

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 {
	const (
		p0 = -0.6307673640497716991184787251e+6
		p1 = -0.8991272022039509355398013511e+5
		p2 = -0.2894211355989563807284660366e+4
		p3 = -0.2630563213397497062819489e+2
		q0 = -0.6307673640497716991212077277e+6
		q1 = 0.1521517378790019070696485176e+5
		q2 = -0.173678953558233699533450911e+3
	)
	neg := x < 0
	if neg {
		x = -x
	}
	var temp float64
	switch {
	case x > 21:
		temp = Exp(x) * 0.5
	case x > 0.5:
		ex := Exp(x)
		temp = (ex - 1/ex) * 0.5
	default:
		sq := x * x
		temp = (((p3*sq+p2)*sq+p1)*sq + p0) * x
		temp = temp / (((sq+q2)*sq+q1)*sq + q0)
	}
	if neg {
		temp = -temp
	}
	return temp
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 {
	x = Abs(x)
	if x > 21 {
		return Exp(x) * 0.5
	}
	ex := Exp(x)
	return (ex + 1/ex) * 0.5
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 {
	const maxlog = 8.8029691931113054295988e+01 // log(2**127)
	z := Abs(x)
	switch {
	case z > 0.5*maxlog:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
	default:
		if x == 0 {
			return x
		}
		s := x * x
		z = x + x*s*((-9.64399179425052238628e-1*s+-9.92877231001918586564e1)*s+-1.61468768441708447952e3)/(((s+1.12811678491632931402e2)*s+2.23548839060100448583e3)*s+4.84406305325125486048e3)
	}
	return z
}

// expmulti returns e**r * 2**k for r = hi - lo (FreeBSD's polynomial).
func expmulti(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Exp2 returns 2**x.
func Exp2(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case IsNaN(x):
		return x
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	var k int
	switch {
	case x > 0:
		k = int(x + 0.5)
	case x < 0:
		k = int(x - 0.5)
	}
	t := x - float64(k)
	hi := t * ln2Hi
	lo := -t * ln2Lo
	return expmulti(hi, lo, k)
}
