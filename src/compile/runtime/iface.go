// Interfaces: interface tables built at run time (for assertions and conversions to interface
// types whose concrete type the compiler did not know), type-assertion failures with gc's
// messages, and calls of String/Error methods for fmt and panics.
//
// A non-empty interface value is (itab, data); an empty one (descriptor, data). An itab is
// the concrete type's descriptor u64, the interface's descriptor u64, then the code of each
// of the interface's methods for that type, in the interface's (sorted) method order. The
// compiler emits the itabs of conversions it sees; getitab builds the others once each and
// keeps them in a hash table.
package runtime

// The itab cache: open addressing over (interface, type) pairs, 3 words per slot.
var itabTable uintptr
var itabCap int
var itabCount int

// ifaceMethods is an interface descriptor's first method record and its method count.
func ifaceMethods(inter uintptr) (uintptr, int) {
	body := dBody(inter)
	return body + 2, loadU(body, 2)
}

// ifaceType is the dynamic type of the interface value at p, whose static type is described
// by d: the first word itself for an empty interface, else its itab's type.
func ifaceType(d uintptr, p uintptr) uintptr {
	w := uintptr(load64(p))
	if w != 0 && loadU(dBody(d), 2) != 0 {
		return uintptr(load64(w))
	}
	return w
}

// findMethod is the code of the method name with signature sig of the described type, or 0.
func findMethod(typ uintptr, name string, sig string) uintptr {
	if dKind(typ) == kError {
		// The runtime's own errors: their message is the string their data points to.
		if name == "Error" && sig == "func() string" {
			return funcaddr(runtimeErrorMessage)
		}
		if name == "RuntimeError" && sig == "func()" {
			return funcaddr(runtimeErrorMarker)
		}
		return 0
	}
	m, n := dMethods(typ)
	for i := 0; i < n; i++ {
		nl := uintptr(load8(m + 8))
		sl := uintptr(loadU(m+9+nl, 2))
		if mkstr(m+9, int(nl)) == name && mkstr(m+11+nl, int(sl)) == sig {
			return uintptr(load64(m))
		}
		m += 11 + nl + sl
	}
	return 0
}

// sameType reports whether two descriptors describe the same type, one perhaps nested (and
// so encoded without what fmt follows): the same kind, size and name.
func sameType(a uintptr, b uintptr) bool {
	return dKind(a) == dKind(b) && dSize(a) == dSize(b) && dName(a) == dName(b)
}

// runtimeErrorMessage is Error of the runtime's errors.
func runtimeErrorMessage(p uintptr) string {
	return mkstr(uintptr(load64(p)), load64(p+8))
}

// runtimeErrorMarker is RuntimeError of the runtime's errors.
func runtimeErrorMarker(p uintptr) {
}

// getitab is the itab of the described type in the interface inter, or 0 when the type lacks
// a method (canfail), or a panic naming the missing method.
func getitab(inter uintptr, typ uintptr, canfail bool) uintptr {
	if itabCap == 0 {
		itabCap = 64
		itabTable = alloc(itabCap * 24)
	}
	h := int((uint64(inter)*0x9e3779b97f4a7c15 ^ uint64(typ)) * 0xbf58476d1ce4e5b9 >> 32)
	i := h & (itabCap - 1)
	for {
		s := itabTable + uintptr(i*24)
		if load64(s) == 0 {
			break
		}
		if uintptr(load64(s)) == inter && uintptr(load64(s+8)) == typ {
			tab := uintptr(load64(s + 16))
			if tab == 0 && !canfail {
				break // build again, to report the missing method
			}
			return tab
		}
		i = (i + 1) & (itabCap - 1)
	}
	m, n := ifaceMethods(inter)
	tab := alloc(16 + n*8)
	store64(tab, int(typ))
	store64(tab+8, int(inter))
	for k := 0; k < n; k++ {
		nl := uintptr(load8(m))
		sl := uintptr(loadU(m+1+nl, 2))
		name := mkstr(m+1, int(nl))
		fn := findMethod(typ, name, mkstr(m+3+nl, int(sl)))
		if fn == 0 {
			if !canfail {
				panicTypeAssert(dName(typ) + " is not " + dName(inter) + ": missing method " + name)
				return 0
			}
			tab = 0
			break
		}
		store64(tab+16+uintptr(k*8), int(fn))
		m += 3 + nl + sl
	}
	itabAdd(inter, typ, tab)
	return tab
}

// itabAdd records an itab (0: the type does not implement the interface), growing the table
// at half full.
func itabAdd(inter uintptr, typ uintptr, tab uintptr) {
	if (itabCount+1)*2 > itabCap {
		old := itabTable
		oldCap := itabCap
		itabCap *= 2
		itabTable = alloc(itabCap * 24)
		itabCount = 0
		for j := 0; j < oldCap; j++ {
			s := old + uintptr(j*24)
			if load64(s) != 0 {
				itabAdd(uintptr(load64(s)), uintptr(load64(s+8)), uintptr(load64(s+16)))
			}
		}
	}
	h := int((uint64(inter)*0x9e3779b97f4a7c15 ^ uint64(typ)) * 0xbf58476d1ce4e5b9 >> 32)
	i := h & (itabCap - 1)
	for {
		s := itabTable + uintptr(i*24)
		if load64(s) == 0 {
			store64(s, int(inter))
			store64(s+8, int(typ))
			store64(s+16, int(tab))
			itabCount++
			return
		}
		if uintptr(load64(s)) == inter && uintptr(load64(s+8)) == typ {
			store64(s+16, int(tab))
			return
		}
		i = (i + 1) & (itabCap - 1)
	}
}

// assertI is x.(I) and the conversion of an interface value to the interface inter: the
// itab for the dynamic type typ (0 for a nil value when canfail), panicking as gc does.
func assertI(inter uintptr, typ uintptr, canfail bool) uintptr {
	if typ == 0 {
		if !canfail {
			panicTypeAssert("interface is nil, not " + dName(inter))
		}
		return 0
	}
	return getitab(inter, typ, canfail)
}

// panicAssertT is a failed x.(T) of a concrete T: the interface x's static type, its dynamic
// type (0: nil) and T.
func panicAssertT(iface uintptr, have uintptr, want uintptr) {
	h := "nil"
	if have != 0 {
		h = dName(have)
	}
	if h == dName(want) {
		panicTypeAssert(dName(iface) + " is " + h + ", not " + h + " (types from different scopes)")
		return
	}
	panicTypeAssert(dName(iface) + " is " + h + ", not " + dName(want))
}

// panicTypeAssert panics with a *runtime.TypeAssertionError.
func panicTypeAssert(msg string) {
	panicError("interface conversion: "+msg, typeAssertionErrorDesc, false)
}

// methodString calls the String-like method fn (code taking the data word) on the value at p
// of the described type and reports whether it returned: a panic in it is taken back, and
// left in *panicked (its record) for the caller to report.
func methodString(d uintptr, p uintptr, fn uintptr) (string, uintptr) {
	recv := p
	switch dKind(d) {
	case kPointer, kMap, kChan, kFunc, kUnsafePtr:
		recv = uintptr(load64(p))
	}
	// The method may format too (fmt.Sprintf in a String method): it gets a buffer and
	// flags of its own.
	sBuf, sLen, sCap := buf, blen, bcap
	sWid, sPrec, sWidP, sPrecP := fWid, fPrec, fWidPresent, fPrecPresent
	sMinus, sPlus, sSharp, sSpace, sZero, sPlusV, sSharpV := fMinus, fPlus, fSharp, fSpace, fZero, fPlusV, fSharpV
	sNoMethods := fNoMethods
	sWrap, sWrapped := wrapErrs, wrapped
	wrapErrs, wrapped = false, nil
	buf, blen, bcap = 0, 0, 0
	s := callstring(fn, recv)
	buf, blen, bcap = sBuf, sLen, sCap
	fWid, fPrec, fWidPresent, fPrecPresent = sWid, sPrec, sWidP, sPrecP
	fMinus, fPlus, fSharp, fSpace, fZero, fPlusV, fSharpV = sMinus, sPlus, sSharp, sSpace, sZero, sPlusV, sSharpV
	fNoMethods = sNoMethods
	wrapErrs, wrapped = sWrap, sWrapped
	if panicking != 0 {
		// Taken back: the method's frames have run their deferred calls.
		r := panics
		panics = uintptr(load64(r + pPrev))
		panicking = 0
		return "", r
	}
	return s, 0
}

// fmtState is the fmt.State a Format method writes to: the output buffer being formatted
// into, and the flags of the verb. While the method runs, the global buffer and flags are
// fresh, for the formatting it does itself (fmt.Sprintf in a Format method).
type fmtState struct {
	buf, blen, bcap                                        int
	wid, prec                                              int
	widP, precP, minus, plus, sharp, space, zero, plusV, sharpV bool
}

func (s *fmtState) Write(b []byte) (int, error) {
	return s.WriteString(string(b))
}

func (s *fmtState) WriteString(str string) (int, error) {
	nBuf, nLen, nCap := buf, blen, bcap
	buf, blen, bcap = uintptr(s.buf), s.blen, s.bcap
	bstr(str)
	s.buf, s.blen, s.bcap = int(buf), blen, bcap
	buf, blen, bcap = nBuf, nLen, nCap
	return len(str), nil
}

func (s *fmtState) Width() (int, bool) {
	return s.wid, s.widP
}

func (s *fmtState) Precision() (int, bool) {
	return s.prec, s.precP
}

func (s *fmtState) Flag(c int) bool {
	switch c {
	case '-':
		return s.minus
	case '+':
		return s.plus || s.plusV
	case '#':
		return s.sharp || s.sharpV
	case ' ':
		return s.space
	case '0':
		return s.zero
	}
	return false
}

// fmtStateI has fmt.State's methods in its order, so that its itab is one fmt.State's code
// can use.
type fmtStateI interface {
	Flag(c int) bool
	Precision() (int, bool)
	Width() (int, bool)
	Write(b []byte) (int, error)
}

// fmtFormatter calls the Format method fn of the value at p, as fmt does for a Formatter
// (a panic in it is reported as %!v(PANIC=Format method: …)).
func fmtFormatter(d uintptr, p uintptr, fn uintptr, verb int) bool {
	st := &fmtState{int(buf), blen, bcap, fWid, fPrec, fWidPresent, fPrecPresent, fMinus, fPlus, fSharp, fSpace, fZero, fPlusV, fSharpV}
	var si fmtStateI = st
	recv := p
	switch dKind(d) {
	case kPointer, kMap, kChan, kFunc, kUnsafePtr:
		recv = uintptr(load64(p))
	}
	tab, data := ifacewords(si)
	sWrap, sWrapped := wrapErrs, wrapped
	wrapErrs, wrapped = false, nil
	sNoMethods := fNoMethods
	buf, blen, bcap = 0, 0, 0
	callformat(fn, recv, tab, data, int32(verb))
	buf, blen, bcap = uintptr(st.buf), st.blen, st.bcap
	fWid, fPrec, fWidPresent, fPrecPresent = st.wid, st.prec, st.widP, st.precP
	fMinus, fPlus, fSharp, fSpace, fZero, fPlusV, fSharpV = st.minus, st.plus, st.sharp, st.space, st.zero, st.plusV, st.sharpV
	wrapErrs, wrapped = sWrap, sWrapped
	fNoMethods = sNoMethods
	if panicking != 0 {
		r := panics
		panics = uintptr(load64(r + pPrev))
		panicking = 0
		fmtPanic(d, p, verb, "Format", r)
	}
	return true
}

// fmtMethods formats the value at p with its Error, String or (for %#v) GoString method, as
// fmt's handleMethods does, and reports whether it had one. A panic in the method prints as
// %!v(PANIC=String method: …), or <nil> for a nil pointer receiver.
func fmtMethods(d uintptr, p uintptr, verb int) bool {
	if dKind(d) == kIface {
		return false
	}
	if fn := findMethod(d, "Format", "func(fmt.State, int32)"); fn != 0 {
		return fmtFormatter(d, p, fn, verb)
	}
	name := "GoString"
	fn := uintptr(0)
	if fSharpV {
		fn = findMethod(d, name, "func() string")
	} else if verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q' {
		name = "Error"
		fn = findMethod(d, name, "func() string")
		if fn == 0 {
			name = "String"
			fn = findMethod(d, name, "func() string")
		}
	}
	if fn == 0 {
		return false
	}
	s, r := methodString(d, p, fn)
	if r == 0 {
		if fSharpV {
			pad(truncate(s))
		} else if !fmtArg(tagString, int(strptr(s)), len(s), verb) {
			badValue(d, p, verb)
		}
		return true
	}
	fmtPanic(d, p, verb, name, r)
	return true
}

// fmtPanic reports a panic (record r) in the method name of the value at p, as fmt's
// catchPanic does.
func fmtPanic(d uintptr, p uintptr, verb int, name string, r uintptr) {
	if dKind(d) == kPointer && load64(p) == 0 {
		bstr("<nil>")
		return
	}
	sWid, sPrec, sWidP, sPrecP := fWid, fPrec, fWidPresent, fPrecPresent
	sMinus, sPlus, sSharp, sSpace, sZero, sPlusV, sSharpV := fMinus, fPlus, fSharp, fSpace, fZero, fPlusV, fSharpV
	fClear()
	bangVerb(verb)
	bstr("(PANIC=")
	bstr(name)
	bstr(" method: ")
	pd := uintptr(load64(r + pDesc))
	fmtValue(pd, ifaceData(pd, r+pDesc), 'v', 0)
	bbyte(')')
	fWid, fPrec, fWidPresent, fPrecPresent = sWid, sPrec, sWidP, sPrecP
	fMinus, fPlus, fSharp, fSpace, fZero, fPlusV, fSharpV = sMinus, sPlus, sSharp, sSpace, sZero, sPlusV, sSharpV
}

// zeroLike is the zero value of x's dynamic type, as reflect would make it for flag's
// PrintDefaults: for a pointer type a pointer to a new zero element, else the type's zero
// value. It also returns the name of the type made zero (the element's for a pointer).
func zeroLike(x any) (any, string) {
	d, _ := efacewords(x)
	if d == 0 {
		return nil, "<nil>"
	}
	switch dKind(d) {
	case kPointer:
		elem := dResolve(dBody(d) + 1)
		return mkeface(d, alloc(dSize(elem))), dName(elem)
	case kMap, kFunc, kChan, kUnsafePtr:
		return mkeface(d, 0), dName(d)
	}
	return mkeface(d, alloc(dSize(d))), dName(d)
}
