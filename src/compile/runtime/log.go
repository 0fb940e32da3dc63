// Package log of memrun's runtime library: simple logging with gc's line format. The
// file-and-line flags (Lshortfile, Llongfile) need the caller's position, which memrun's
// programs do not record yet: a logger with them stops with memrun's message.
package log

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// The flags that choose the prefix of each log line.
const (
	Ldate         = 1 << iota // the date in the local time zone: 2009/01/23
	Ltime                     // the time in the local time zone: 01:23:23
	Lmicroseconds             // microsecond resolution: 01:23:23.123123
	Llongfile                 // full file name and line number: /a/b/c/d.go:23
	Lshortfile                // final file name element and line number: d.go:23
	LUTC                      // UTC rather than the local time zone
	Lmsgprefix                // the prefix before the message rather than at the line's start
	LstdFlags     = Ldate | Ltime
)

// A Logger writes lines of output to an io.Writer.
type Logger struct {
	prefix string
	flag   int
	out    io.Writer
}

// New creates a new Logger writing to out, with the prefix and flags given.
func New(out io.Writer, prefix string, flag int) *Logger {
	l := &Logger{out: out, prefix: prefix}
	l.SetFlags(flag)
	return l
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger used by the package-level output functions.
func Default() *Logger { return std }

// SetOutput sets the output destination for the logger.
func (l *Logger) SetOutput(w io.Writer) { l.out = w }

// Writer returns the output destination for the logger.
func (l *Logger) Writer() io.Writer { return l.out }

// Prefix returns the output prefix for the logger.
func (l *Logger) Prefix() string { return l.prefix }

// SetPrefix sets the output prefix for the logger.
func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }

// Flags returns the output flags for the logger.
func (l *Logger) Flags() int { return l.flag }

// SetFlags sets the output flags for the logger.
func (l *Logger) SetFlags(flag int) {
	if flag&(Lshortfile|Llongfile) != 0 {
		unsupported("log's Lshortfile and Llongfile flags are not supported yet")
	}
	l.flag = flag
}

// itoa appends i zero-padded to wid digits.
func itoa(buf []byte, i int, wid int) []byte {
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	b[bp] = byte('0' + i)
	return append(buf, b[bp:]...)
}

// header is the line's beginning: the prefix (unless Lmsgprefix), the date and time the
// flags ask for.
func (l *Logger) header(buf []byte, t time.Time) []byte {
	if l.flag&Lmsgprefix == 0 {
		buf = append(buf, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&LUTC != 0 {
			t = t.UTC()
		}
		if l.flag&Ldate != 0 {
			year, month, day := t.Date()
			buf = itoa(buf, year, 4)
			buf = append(buf, '/')
			buf = itoa(buf, int(month), 2)
			buf = append(buf, '/')
			buf = itoa(buf, day, 2)
			buf = append(buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			hour, min, sec := t.Clock()
			buf = itoa(buf, hour, 2)
			buf = append(buf, ':')
			buf = itoa(buf, min, 2)
			buf = append(buf, ':')
			buf = itoa(buf, sec, 2)
			if l.flag&Lmicroseconds != 0 {
				buf = append(buf, '.')
				buf = itoa(buf, t.Nanosecond()/1e3, 6)
			}
			buf = append(buf, ' ')
		}
	}
	if l.flag&Lmsgprefix != 0 {
		buf = append(buf, l.prefix...)
	}
	return buf
}

// Output writes the output for a logging event: the header, s, and a newline if s lacks
// one. calldepth is for the file-and-line flags.
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	buf := l.header(nil, now)
	buf = append(buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		buf = append(buf, '\n')
	}
	_, err := l.out.Write(buf)
	return err
}

func sprint(v []any) string {
	var b strings.Builder
	fmt.Fprint(&b, v...)
	return b.String()
}

func sprintln(v []any) string {
	var b strings.Builder
	fmt.Fprintln(&b, v...)
	return b.String()
}

func sprintf(format string, v []any) string {
	var b strings.Builder
	fmt.Fprintf(&b, format, v...)
	return b.String()
}

// Print calls l.Output to print to the logger, as fmt.Print.
func (l *Logger) Print(v ...any) { l.Output(2, sprint(v)) }

// Printf calls l.Output to print to the logger, as fmt.Printf.
func (l *Logger) Printf(format string, v ...any) { l.Output(2, sprintf(format, v)) }

// Println calls l.Output to print to the logger, as fmt.Println.
func (l *Logger) Println(v ...any) { l.Output(2, sprintln(v)) }

// Fatal is l.Print followed by os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, sprint(v))
	os.Exit(1)
}

// Fatalf is l.Printf followed by os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, sprintf(format, v))
	os.Exit(1)
}

// Fatalln is l.Println followed by os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, sprintln(v))
	os.Exit(1)
}

// Panic is l.Print followed by a panic with the message.
func (l *Logger) Panic(v ...any) {
	s := sprint(v)
	l.Output(2, s)
	panic(s)
}

// Panicf is l.Printf followed by a panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	s := sprintf(format, v)
	l.Output(2, s)
	panic(s)
}

// Panicln is l.Println followed by a panic with the message.
func (l *Logger) Panicln(v ...any) {
	s := sprintln(v)
	l.Output(2, s)
	panic(s)
}

// SetOutput sets the output destination for the standard logger.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags returns the output flags for the standard logger.
func Flags() int { return std.Flags() }

// SetFlags sets the output flags for the standard logger.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the output prefix for the standard logger.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the output prefix for the standard logger.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the output destination for the standard logger.
func Writer() io.Writer { return std.Writer() }

// Output writes the output for a logging event to the standard logger.
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }

// Print prints to the standard logger, as fmt.Print.
func Print(v ...any) { std.Output(2, sprint(v)) }

// Printf prints to the standard logger, as fmt.Printf.
func Printf(format string, v ...any) { std.Output(2, sprintf(format, v)) }

// Println prints to the standard logger, as fmt.Println.
func Println(v ...any) { std.Output(2, sprintln(v)) }

// Fatal is Print followed by os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, sprint(v))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, sprintf(format, v))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, sprintln(v))
	os.Exit(1)
}

// Panic is Print followed by a panic with the message.
func Panic(v ...any) {
	s := sprint(v)
	std.Output(2, s)
	panic(s)
}

// Panicf is Printf followed by a panic with the message.
func Panicf(format string, v ...any) {
	s := sprintf(format, v)
	std.Output(2, s)
	panic(s)
}

// Panicln is Println followed by a panic with the message.
func Panicln(v ...any) {
	s := sprintln(v)
	std.Output(2, s)
	panic(s)
}
