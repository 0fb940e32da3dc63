// Package fmt of memrun's runtime library. Its declarations are the package table's entries for
// "fmt". The print functions have no body here: they take `...any`, and until memrun has
// interfaces the checker compiles their calls itself, into calls of the runtime's fmtPrint*
// (the compiler's intrinsics, named in tir::FmtFn::intrinsic). The other functions without a
// body, and the names the //memrun:unsupported line lists, are Go 1.27's API that memrun does not
// compile yet.
package fmt

import (
	"errors"
	"io"
)

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
	var errs []error
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

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Fprintln formats using the default formats for its operands and writes to w; spaces are
// always added between operands and a newline is appended.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method, which controls how the
// value is formatted by every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// FormatString returns a string representing the fully qualified formatting directive
// captured by the State, followed by the argument verb.
func FormatString(state State, verb rune) string {
	s := "%"
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			s += string(c)
		}
	}
	if w, ok := state.Width(); ok {
		s += Sprint(w)
	}
	if p, ok := state.Precision(); ok {
		s += "." + Sprint(p)
	}
	return s + string(verb)
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
func Fscan(r io.Reader, a ...any) (n int, err error)
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)
func Fscanln(r io.Reader, a ...any) (n int, err error)
func Scan(a ...any) (n int, err error)
func Scanf(format string, a ...any) (n int, err error)
func Scanln(a ...any) (n int, err error)
func Sscan(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)

//memrun:unsupported ScanState Scanner
