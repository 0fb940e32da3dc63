// Package fmt of memrun's runtime library. Its declarations are the package table's entries for
// "fmt". The print functions have no body here: they take `...any`, and until memrun has
// interfaces the checker compiles their calls itself, into calls of the runtime's fmtPrint*
// (the compiler's intrinsics, named in tir::FmtFn::intrinsic). The other functions without a
// body, and the names the //memrun:unsupported line lists, are Go 1.27's API that memrun does not
// compile yet.
package fmt

import "errors"

func Print(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintf(format string, a ...any) string

// Errorf formats according to a format specifier and returns the string as an error. A %w
// verb with an error operand formats it as %v and wraps it: the result has an Unwrap method
// returning it (or, for several, all of them).
func Errorf(format string, a ...any) error {
	wrapErrs = true
	wrapped = wrapped[:0]
	s := Sprintf(format, a...)
	wrapErrs = false
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	errs := make([]error, 0, len(wrapped))
	for i, n := range wrapped {
		if i > 0 && wrapped[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}

// Stringer is implemented by any value that has a String method, which fmt uses to print it.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which fmt's %#v uses.
type GoStringer interface {
	GoString() string
}
func Sprintln(a ...any) string

// Go 1.27's API that memrun does not compile yet.

func Append(b []byte, a ...any) []byte
func Appendf(b []byte, format string, a ...any) []byte
func Appendln(b []byte, a ...any) []byte
func FormatString(state State, verb rune) string
func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fscan(r io.Reader, a ...any) (n int, err error)
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)
func Fscanln(r io.Reader, a ...any) (n int, err error)
func Scan(a ...any) (n int, err error)
func Scanf(format string, a ...any) (n int, err error)
func Scanln(a ...any) (n int, err error)
func Sscan(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)

//memrun:unsupported Formatter ScanState Scanner State
