// Floating-point formatting, as fmt and strconv format float32 and float64: the shortest
// decimal that reads back as the same value (%v, %g), and correctly rounded fixed precision
// (%e, %f, %.3g). Exact, with no tables: the value's binary significand is turned into an
// exact multi-precision decimal by doubling and halving it digit by digit, then rounded there.
package runtime

// A decimal number 0.d1d2…dn × 10^dp, its digits one per byte (0-9), at most decCap of them
// (the longest exact float64 has 767 significant digits).
const (
	decNd    = 0
	decDp    = 8
	decTrunc = 16
	decDigit = 24
	decCap   = 800
)

func decNew() uintptr {
	return allocNoscan(decDigit + decCap)
}

func decGet(d uintptr, i int) int {
	return int(load8(d + decDigit + uintptr(i)))
}

func decSet(d uintptr, i int, v int) {
	store8(d+decDigit+uintptr(i), byte(v))
}

// decTrim drops trailing zeros.
func decTrim(d uintptr) {
	nd := load64(d + decNd)
	for nd > 0 && decGet(d, nd-1) == 0 {
		nd--
	}
	store64(d+decNd, nd)
	if nd == 0 {
		store64(d+decDp, 0)
	}
}

// decAssign sets d to the integer v.
func decAssign(d uintptr, v uint64) {
	var tmp [24]int
	n := 0
	for v > 0 {
		tmp[n] = int(v % 10)
		v /= 10
		n++
	}
	for i := 0; i < n; i++ {
		decSet(d, i, tmp[n-1-i])
	}
	store64(d+decNd, n)
	store64(d+decDp, n)
	store64(d+decTrunc, 0)
	decTrim(d)
}

// decShift multiplies d by 2^k (k > 0) or divides it by 2^-k (k < 0), exactly as long as the
// digits fit.
func decShift(d uintptr, k int) {
	for k > 0 {
		s := k
		if s > 28 {
			s = 28
		}
		decLeft(d, uint(s))
		k -= s
	}
	for k < 0 {
		s := -k
		if s > 28 {
			s = 28
		}
		decRight(d, uint(s))
		k += s
	}
}

func decLeft(d uintptr, s uint) {
	nd := load64(d + decNd)
	carry := 0
	for i := nd - 1; i >= 0; i-- {
		v := decGet(d, i)<<s + carry
		decSet(d, i, v%10)
		carry = v / 10
	}
	// The carry's digits go in front.
	var tmp [24]int
	n := 0
	for carry > 0 {
		tmp[n] = carry % 10
		carry /= 10
		n++
	}
	if n > 0 {
		keep := nd
		if keep+n > decCap {
			keep = decCap - n
			if keep < nd {
				store64(d+decTrunc, 1)
			}
		}
		memmove(d+decDigit+uintptr(n), d+decDigit, keep)
		for i := 0; i < n; i++ {
			decSet(d, i, tmp[n-1-i])
		}
		store64(d+decNd, keep+n)
		store64(d+decDp, load64(d+decDp)+n)
	}
	decTrim(d)
}

func decRight(d uintptr, s uint) {
	nd := load64(d + decNd)
	dp := load64(d + decDp)
	mask := (1 << s) - 1
	rem := 0
	w := 0
	for r := 0; r < nd || rem > 0; r++ {
		v := rem * 10
		if r < nd {
			v += decGet(d, r)
		}
		q := v >> s
		rem = v & mask
		if w == 0 && q == 0 {
			dp--
			continue
		}
		if w >= decCap {
			if rem != 0 || q != 0 {
				store64(d+decTrunc, 1)
			}
			break
		}
		decSet(d, w, q)
		w++
	}
	store64(d+decNd, w)
	store64(d+decDp, dp)
	decTrim(d)
}

// decRoundUpAt reports whether rounding d to n digits goes up: above half, or exactly half
// and the digit before is odd (ties to even), or half with digits lost to truncation.
func decRoundUpAt(d uintptr, n int) bool {
	nd := load64(d + decNd)
	if decGet(d, n) == 5 && n+1 == nd {
		if load64(d+decTrunc) != 0 {
			return true
		}
		return n > 0 && decGet(d, n-1)%2 == 1
	}
	return decGet(d, n) >= 5
}

// decRound rounds d to n digits, to nearest.
func decRound(d uintptr, n int) {
	if n < 0 || n >= load64(d+decNd) {
		return
	}
	if decRoundUpAt(d, n) {
		decRoundUp(d, n)
	} else {
		decRoundDown(d, n)
	}
}

func decRoundDown(d uintptr, n int) {
	if n < 0 || n >= load64(d+decNd) {
		return
	}
	store64(d+decNd, n)
	decTrim(d)
}

func decRoundUp(d uintptr, n int) {
	if n < 0 || n >= load64(d+decNd) {
		return
	}
	for i := n - 1; i >= 0; i-- {
		if decGet(d, i) < 9 {
			decSet(d, i, decGet(d, i)+1)
			store64(d+decNd, i+1)
			return
		}
	}
	// All nines: 1 followed by zeros.
	decSet(d, 0, 1)
	store64(d+decNd, 1)
	store64(d+decDp, load64(d+decDp)+1)
}

// A float's parts: sign, the significand with its implicit bit, the binary exponent of its
// last bit, and whether it is Inf or NaN.
func floatParts(bits uint64, size int) (bool, uint64, int, bool) {
	mbits := 52
	ebits := 11
	bias := 1023
	if size == 4 {
		mbits = 23
		ebits = 8
		bias = 127
	}
	neg := bits>>uint(mbits+ebits) != 0
	e := int(bits>>uint(mbits)) & (1<<uint(ebits) - 1)
	mant := bits & (1<<uint(mbits) - 1)
	if e == 1<<uint(ebits)-1 {
		return neg, mant, 0, true
	}
	if e == 0 {
		e = 1
	} else {
		mant |= 1 << uint(mbits)
	}
	return neg, mant, e - bias - mbits, false
}

// ftoaBinary formats the finite mant × 2^exp as 'b' (decimal mantissa, binary exponent:
// "4503599627370496p-52") or 'x'/'X' (hexadecimal mantissa "0x1.8p+01", with prec hex digits
// rounded half to even, all needed digits for prec < 0), as strconv does.
func ftoaBinary(neg bool, mant uint64, exp int, size int, verb int, prec int) string {
	out := make([]byte, 0, 32)
	if neg {
		out = append(out, '-')
	}
	if verb == 'b' {
		out = append(out, itoa(int(mant))...)
		out = append(out, 'p')
		if exp >= 0 {
			out = append(out, '+')
		}
		return string(append(out, itoa(exp)...))
	}
	mbits := 52
	if size == 4 {
		mbits = 23
	}
	e := exp + mbits // the value is mant/2^mbits × 2^e
	if mant == 0 {
		e = 0
	}
	mant <<= uint(60 - mbits)
	for mant != 0 && mant&(1<<60) == 0 {
		mant <<= 1
		e--
	}
	if prec >= 0 && prec < 15 {
		shift := uint(prec * 4)
		extra := (mant << shift) & (1<<60 - 1)
		mant >>= 60 - shift
		if extra|(mant&1) > 1<<59 {
			mant++
		}
		mant <<= 60 - shift
		if mant&(1<<61) != 0 {
			mant >>= 1
			e++
		}
	}
	digits := "0123456789abcdef"
	if verb == 'X' {
		digits = "0123456789ABCDEF"
	}
	out = append(out, '0', byte(verb), '0'+byte((mant>>60)&1))
	mant <<= 4
	if prec < 0 && mant != 0 {
		out = append(out, '.')
		for mant != 0 {
			out = append(out, digits[(mant>>60)&15])
			mant <<= 4
		}
	} else if prec > 0 {
		out = append(out, '.')
		for i := 0; i < prec; i++ {
			out = append(out, digits[(mant>>60)&15])
			mant <<= 4
		}
	}
	if verb == 'X' {
		out = append(out, 'P')
	} else {
		out = append(out, 'p')
	}
	if e < 0 {
		out = append(out, '-')
		e = -e
	} else {
		out = append(out, '+')
	}
	if e < 10 {
		out = append(out, '0')
	}
	return string(append(out, itoa(e)...))
}

// floatDecimal is the exact decimal value of mant × 2^exp.
func floatDecimal(mant uint64, exp int) uintptr {
	d := decNew()
	decAssign(d, mant)
	decShift(d, exp)
	return d
}

// shortestDigits rounds d (the exact value of mant × 2^exp) to the shortest decimal that
// still lies strictly between the value's neighbours' midpoints (or on one, when the
// significand is even: round-half-even reading maps it back), as strconv does.
func shortestDigits(d uintptr, mant uint64, exp int, size int) {
	if mant == 0 {
		store64(d+decNd, 0)
		return
	}
	mbits := 52
	minexp := -1074
	if size == 4 {
		mbits = 23
		minexp = -149
	}
	upper := floatDecimal(mant*2+1, exp-1)
	var lower uintptr
	if mant == 1<<uint(mbits) && exp > minexp {
		// The gap below a power of two is half as wide.
		lower = floatDecimal(mant*4-1, exp-2)
	} else {
		lower = floatDecimal(mant*2-1, exp-1)
	}
	inclusive := mant%2 == 0
	dnd := load64(d + decNd)
	ddp := load64(d + decDp)
	und := load64(upper + decNd)
	udp := load64(upper + decDp)
	lnd := load64(lower + decNd)
	ldp := load64(lower + decDp)
	// Walk the digit positions of upper; upperAhead is 0 while d and upper agree so far, 1
	// when upper is one unit ahead at the last differing digit (which may still be undone by
	// 9s against 0s), 2 when upper is surely more than one unit ahead.
	upperAhead := 0
	for ui := 0; ; ui++ {
		mi := ui - udp + ddp
		if mi >= dnd {
			break
		}
		li := ui - udp + ldp
		l := 0
		if li >= 0 && li < lnd {
			l = decGet(lower, li)
		}
		m := 0
		if mi >= 0 {
			m = decGet(d, mi)
		}
		u := 0
		if ui < und {
			u = decGet(upper, ui)
		}
		okdown := l != m || (inclusive && li+1 == lnd)
		if upperAhead == 0 && m+1 < u {
			upperAhead = 2
		} else if upperAhead == 0 && m != u {
			upperAhead = 1
		} else if upperAhead == 1 && (m != 9 || u != 0) {
			upperAhead = 2
		}
		okup := upperAhead > 0 && (inclusive || upperAhead > 1 || ui+1 < und)
		if okdown && okup {
			decRound(d, mi+1)
			return
		}
		if okdown {
			decRoundDown(d, mi+1)
			return
		}
		if okup {
			decRoundUp(d, mi+1)
			return
		}
	}
}

// ftoa formats a float (its bits; size 4 or 8) as strconv.FormatFloat(f, verb, prec,
// size*8) does for verbs 'e', 'E', 'f', 'g', 'G' (prec -1: shortest).
func ftoa(bits uint64, size int, verb int, prec int) string {
	neg, mant, exp, special := floatParts(bits, size)
	if special {
		if mant != 0 {
			return "NaN"
		}
		if neg {
			return "-Inf"
		}
		return "+Inf"
	}
	if verb == 'b' || verb == 'x' || verb == 'X' {
		return ftoaBinary(neg, mant, exp, size, verb, prec)
	}
	d := floatDecimal(mant, exp)
	shortest := prec < 0
	if shortest {
		shortestDigits(d, mant, exp, size)
		nd := load64(d + decNd)
		switch verb {
		case 'e', 'E':
			prec = nd - 1
		case 'f':
			prec = nd - load64(d+decDp)
			if prec < 0 {
				prec = 0
			}
		case 'g', 'G':
			prec = nd
		}
	} else {
		switch verb {
		case 'e', 'E':
			decRound(d, prec+1)
		case 'f':
			decRound(d, load64(d+decDp)+prec)
		case 'g', 'G':
			if prec == 0 {
				prec = 1
			}
			decRound(d, prec)
		}
	}
	blenSave := blen
	if neg {
		bbyte('-')
	}
	switch verb {
	case 'e', 'E':
		fmtE(d, prec, verb)
	case 'f':
		fmtF(d, prec)
	case 'g', 'G':
		nd := load64(d + decNd)
		eprec := prec
		if eprec > nd && nd >= load64(d+decDp) {
			eprec = nd
		}
		if shortest {
			eprec = 6
		}
		e := load64(d+decDp) - 1
		if e < -4 || e >= eprec {
			p := prec - 1
			if p > nd-1 {
				p = nd - 1
			}
			if p < 0 {
				p = 0
			}
			v := int('e')
			if verb == 'G' {
				v = 'E'
			}
			fmtE(d, p, v)
		} else {
			p := prec - load64(d+decDp)
			if p > nd-load64(d+decDp) {
				p = nd - load64(d+decDp)
			}
			if p < 0 {
				p = 0
			}
			fmtF(d, p)
		}
	}
	n := blen - blenSave
	out := allocNoscan(n)
	memmove(out, buf+uintptr(blenSave), n)
	blen = blenSave
	return mkstr(out, n)
}

// fmtE appends d.ddde±dd with prec digits after the point.
func fmtE(d uintptr, prec int, verb int) {
	nd := load64(d + decNd)
	first := 0
	if nd > 0 {
		first = decGet(d, 0)
	}
	bbyte('0' + first)
	if prec > 0 {
		bbyte('.')
		for i := 1; i <= prec; i++ {
			c := 0
			if i < nd {
				c = decGet(d, i)
			}
			bbyte('0' + c)
		}
	}
	bbyte(verb)
	e := load64(d+decDp) - 1
	if nd == 0 {
		e = 0
	}
	if e < 0 {
		bbyte('-')
		e = -e
	} else {
		bbyte('+')
	}
	if e < 10 {
		bbyte('0')
		bbyte('0' + e)
	} else if e < 100 {
		bbyte('0' + e/10)
		bbyte('0' + e%10)
	} else {
		bbyte('0' + e/100)
		bbyte('0' + e/10%10)
		bbyte('0' + e%10)
	}
}

// fmtF appends ddd.ddd with prec digits after the point.
func fmtF(d uintptr, prec int) {
	nd := load64(d + decNd)
	dp := load64(d + decDp)
	if dp > 0 {
		for i := 0; i < dp; i++ {
			c := 0
			if i < nd {
				c = decGet(d, i)
			}
			bbyte('0' + c)
		}
	} else {
		bbyte('0')
	}
	if prec > 0 {
		bbyte('.')
		for i := 0; i < prec; i++ {
			j := dp + i
			c := 0
			if j >= 0 && j < nd {
				c = decGet(d, j)
			}
			bbyte('0' + c)
		}
	}
}

// fmtFloat formats a float operand for fmt: %v (shortest %g), %e %E %f %F %g %G with
// precision, the + and space flags, and padding (zeros after the sign; never for Inf/NaN).
func fmtFloat(bits uint64, size int, verb int) bool {
	prec := -1
	if fPrecPresent {
		prec = fPrec
	}
	v := verb
	switch verb {
	case 'v':
		v = 'g'
	case 'F':
		v = 'f'
	case 'e', 'E', 'f', 'g', 'G':
	case 'x', 'X', 'b':
	default:
		return false
	}
	if prec < 0 && (v == 'e' || v == 'E' || v == 'f') {
		prec = 6
	}
	s := ftoa(bits, size, v, prec)
	// The sign: '+' unless negative; the space flag shows a space for it.
	sign := "+"
	num := s
	if s[0] == '-' || s[0] == '+' {
		sign = s[:1]
		num = s[1:]
	}
	if fSpace && sign == "+" && !fPlus {
		sign = " "
	}
	if num == "Inf" || num == "NaN" {
		// Not a number to pad with zeros; NaN shows no sign unless asked.
		out := sign + num
		if num == "NaN" && !fSpace && !fPlus {
			out = num
		}
		z := fZero
		fZero = false
		pad(out)
		fZero = z
		return true
	}
	if fSharp && v != 'b' {
		num = sharpFloat(num, v, prec)
	}
	if fPlus || sign != "+" {
		full := sign + num
		if fZero && !fMinus && fWidPresent && fWid > len(full) {
			// Zeros go after the sign.
			bstr(sign)
			bpad(fWid-len(full), '0')
			bstr(num)
			return true
		}
		pad(full)
		return true
	}
	pad(num)
	return true
}

// sharpFloat applies the # flag to a formatted number (without its sign): it always has a
// decimal point, and %g/%G/%x keep their trailing zeros, up to the precision's significant
// digits (6 when none is given). (As gc's: not %X; the count for %x starts at the x of the
// 0x prefix, and e and E are hexadecimal digits there.)
func sharpFloat(num string, v int, prec int) string {
	hex := v == 'x' || v == 'X'
	digits := 0
	if v == 'g' || v == 'G' || v == 'x' {
		digits = prec
		if digits < 0 {
			digits = 6
		}
	}
	exp := ""
	point := false
	seen := false
	for i := 0; i < len(num); i++ {
		c := num[i]
		if c == '.' {
			point = true
			continue
		}
		if c == 'p' || c == 'P' || (!hex && (c == 'e' || c == 'E')) {
			exp = num[i:]
			num = num[:i]
			break
		}
		// Significant digits count from the first that is not 0.
		if c != '0' {
			seen = true
		}
		if seen {
			digits--
		}
	}
	if !point {
		// A lone 0 is a significant digit.
		if num == "0" {
			digits--
		}
		num += "."
	}
	for ; digits > 0; digits-- {
		num += "0"
	}
	return num + exp
}

// ----- the builtins print and println -----

// gprint writes its operands to standard error as Go's runtime prints them: no spaces.
func gprint(args uintptr, n int) {
	blen = 0
	for k := 0; k < n; k++ {
		printArg(args, k)
	}
	write(2, buf, blen)
}

// gprintln writes its operands separated by spaces, then a newline.
func gprintln(args uintptr, n int) {
	blen = 0
	for k := 0; k < n; k++ {
		if k > 0 {
			bbyte(' ')
		}
		printArg(args, k)
	}
	bbyte('\n')
	write(2, buf, blen)
}

// printArg formats one operand: integers in decimal, floats as +1.500000e+000, strings and
// booleans as they are, pointer-shaped values in hex, others as (type) address.
func printArg(args uintptr, k int) {
	d := argDesc(args, k)
	if d == 0 {
		bstr("(0x0,0x0)")
		return
	}
	p := argAddr(args, k)
	kind := dKind(d)
	size := dSize(d)
	switch {
	case kind >= 1 && kind <= 5:
		v, _ := loadScalar(kind, size, p)
		bstr(itoa(v))
	case kind >= 6 && kind <= 11:
		v := uint64(loadU(p, size))
		fClear()
		fmtInteger(v, false, 10, 'd')
	case kind == tagBool:
		if load8(p) != 0 {
			bstr("true")
		} else {
			bstr("false")
		}
	case kind == tagString:
		bstr(mkstr(uintptr(load64(p)), load64(p+8)))
	case kind == kFloat64 || kind == kFloat32:
		printFloat(uint64(loadU(p, size)), size)
	case kind == kPointer || kind == kMap || kind == kChan || kind == kFunc || kind == kUnsafePtr:
		bhex(uintptr(load64(p)))
	case kind == kSlice:
		bbyte('[')
		bstr(itoa(load64(p + 8)))
		bbyte('/')
		bstr(itoa(load64(p + 16)))
		bbyte(']')
		bhex(uintptr(load64(p)))
	case kind == kIface:
		bbyte('(')
		bhex(uintptr(load64(p)))
		bbyte(',')
		bhex(uintptr(load64(p + 8)))
		bbyte(')')
	default:
		unsupported("printing this value with the builtin print is not supported yet")
	}
}

// printFloat writes a float as Go's runtime prints it: as %v formats it.
func printFloat(bits uint64, size int) {
	bstr(ftoa(bits, size, 'g', -1))
}

// decPowShift is how far a decimal point at dp (0 < dp < 9) can be shifted in one binary
// shift while staying below 1 (the powers of two just under 10^dp).
func decPowShift(dp int) int {
	switch dp {
	case 0:
		return 1
	case 1:
		return 3
	case 2:
		return 6
	case 3:
		return 9
	case 4:
		return 13
	case 5:
		return 16
	case 6:
		return 19
	case 7:
		return 23
	case 8:
		return 26
	}
	return 27
}

// decRoundedInteger is the decimal's value rounded to the nearest integer (half to even,
// above half when digits were dropped).
func decRoundedInteger(d uintptr) uint64 {
	dp := load64(d + decDp)
	nd := load64(d + decNd)
	if dp > 20 {
		return 0xFFFFFFFFFFFFFFFF
	}
	var n uint64
	i := 0
	for ; i < dp && i < nd; i++ {
		n = n*10 + uint64(decGet(d, i))
	}
	for ; i < dp; i++ {
		n *= 10
	}
	if dp >= 0 && dp < nd && decRoundUpAt(d, dp) {
		n++
	}
	return n
}

// decToFloat is the decimal at d as the bits of the nearest IEEE float with mantbits, expbits
// and bias (52, 11, -1023 or 23, 8, -127), and whether it overflowed (to ±Inf). The decimal
// is scaled by powers of two until it lies in [1/2, 1), then the binary exponent and the
// rounded significand are read off.
func decToFloat(d uintptr, neg bool, mantbits uint, expbits uint, bias int) (uint64, bool) {
	mant := uint64(0)
	exp := 0
	overflow := false
	if load64(d+decNd) == 0 || load64(d+decDp) < -330 {
		exp = bias
	} else if load64(d+decDp) > 310 {
		overflow = true
	} else {
		for load64(d+decDp) > 0 {
			n := decPowShift(load64(d + decDp))
			decShift(d, -n)
			exp += n
		}
		for load64(d+decDp) < 0 || load64(d+decDp) == 0 && decGet(d, 0) < 5 {
			n := decPowShift(-load64(d + decDp))
			decShift(d, n)
			exp -= n
		}
		// [1/2, 1) to IEEE's [1, 2).
		exp--
		if exp < bias+1 {
			// A denormal: shift the significand down to the smallest exponent.
			n := bias + 1 - exp
			decShift(d, -n)
			exp += n
		}
		if exp-bias >= 1<<expbits-1 {
			overflow = true
		} else {
			decShift(d, int(1+mantbits))
			mant = decRoundedInteger(d)
			if mant == 2<<mantbits {
				// Rounding carried into a new bit.
				mant >>= 1
				exp++
				if exp-bias >= 1<<expbits-1 {
					overflow = true
				}
			}
			if mant&(1<<mantbits) == 0 {
				exp = bias
			}
		}
	}
	if overflow {
		mant = 0
		exp = 1<<expbits - 1 + bias
	}
	bits := mant & (1<<mantbits - 1)
	bits |= uint64((exp-bias)&(1<<expbits-1)) << mantbits
	if neg {
		bits |= 1 << mantbits << expbits
	}
	return bits, overflow
}
