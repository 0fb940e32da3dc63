// Package errors of memrun's runtime library, written from Go's documented behaviour: New,
// Is, As, Unwrap and Join with the same results, panics and %T names (*errors.errorString,
// *errors.joinError) as Go 1.27's.
package errors

// errorString is the error New returns.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// New returns an error whose Error method returns text; each call returns a distinct error.
func New(text string) error {
	return &errorString{text}
}

// Unwrap returns the result of calling the Unwrap method on err, if err's type has one
// returning error; otherwise nil (an Unwrap returning []error does not count).
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target: equal to it (when target's
// type is comparable) or reporting so through an Is method.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, comparableValue(target))
}

func is(err error, target error, targetComparable bool) bool {
	return visit(err, func(err error) bool {
		if targetComparable && err == target {
			return true
		}
		x, ok := err.(interface{ Is(error) bool })
		return ok && x.Is(target)
	})
}

// visit calls match on err and on the errors of its tree (through Unwrap() error and
// Unwrap() []error), depth first, until match returns true; it reports whether one did.
func visit(err error, match func(error) bool) bool {
	for {
		if match(err) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && visit(e, match) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// comparableValue reports whether the dynamic type of x can be compared with ==.
func comparableValue(x any) bool {
	d, _ := efacewords(x)
	return d == 0 || comparableDesc(d)
}

// As finds the first error in err's tree that the value target points to can hold, sets it
// there and reports true; an As method counts too. The compiler passes the descriptor of
// the type target points to as elem (0 when it does not know it).
func As(err error, target any) bool {
	return asType(err, target, 0)
}

func asType(err error, target any, elem uintptr) bool {
	if err == nil {
		return false
	}
	td, tp := efacewords(target)
	if td == 0 {
		panic("errors: target cannot be nil")
	}
	if dKind(td) != kPointer || tp == 0 {
		panic("errors: target must be a non-nil pointer")
	}
	exact := elem != 0
	if elem == 0 {
		elem = dBody(td) + 1
	}
	if dKind(elem) != kIface && findMethod(elem, "Error", "func() string") == 0 {
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target, tp, elem, exact)
}

func as(err error, target any, tp uintptr, elem uintptr, exact bool) bool {
	return visit(err, func(err error) bool {
		d, p := efacewords(err)
		if storeAs(d, p, tp, elem, exact) {
			return true
		}
		x, ok := err.(interface{ As(any) bool })
		return ok && x.As(target)
	})
}

// storeAs stores the value (d, p) at tp when the type elem can hold it (elem is the type's
// own descriptor when exact, else one nested in the target's, matched by name).
func storeAs(d uintptr, p uintptr, tp uintptr, elem uintptr, exact bool) bool {
	if dKind(elem) == kIface {
		if loadU(dBody(elem), 2) == 0 {
			store64(tp, int(d))
		} else {
			tab := getitab(elem, d, true)
			if tab == 0 {
				return false
			}
			store64(tp, int(tab))
		}
		store64(tp+8, int(p))
		return true
	}
	if d != elem && (exact || !sameType(d, elem)) {
		return false
	}
	switch dKind(d) {
	case kPointer, kMap, kChan, kFunc, kUnsafePtr:
		store64(tp, int(p))
	default:
		memmove(tp, p, dSize(d))
	}
	return true
}

// Join returns an error wrapping the given errors, nil ones discarded (nil if all are);
// its message is theirs, one per line.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	s := e.errs[0].Error()
	for _, err := range e.errs[1:] {
		s += "\n" + err.Error()
	}
	return s
}

func (e *joinError) Unwrap() []error {
	return e.errs
}

// ErrUnsupported indicates that a requested operation cannot be performed, because it is
// unsupported.
var ErrUnsupported error = New("unsupported operation")

// Go 1.27's API that memrun does not compile yet.

func AsType[E error](err error) (E, bool)
