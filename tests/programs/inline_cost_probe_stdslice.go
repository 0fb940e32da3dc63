package main

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"unicode"
)

var sink int

func ss1(d []byte) (int, []byte, error) { return bufio.ScanBytes(d, false) }
func ss2(s *bufio.Scanner, b []byte)     { s.Buffer(b, 10) }
func ss3(s string) string                { return strings.TrimRightFunc(s, unicode.IsSpace) }
func ss4(s []byte) []byte                { return bytes.TrimRightFunc(s, unicode.IsSpace) }
func ss5(d []byte) (int, []byte, error) { return bufio.ScanLines(d, true) }
func ss6(l *io.LimitedReader, p []byte) (int, error) { return l.Read(p) }
func ss7(b *bytes.Buffer)                { b.Reset() }
func ss8(b *bytes.Buffer, n int)         { b.Truncate(n) }
func ss9(r *bytes.Reader) int            { return r.Len() }
func ss10(r *strings.Reader) int64       { return r.Size() }

func main() {
	defer func() {}()
	var b bytes.Buffer
	sc := bufio.NewScanner(&b)
	_, _, _ = ss1(nil)
	ss2(sc, nil)
	_, _ = ss3(""), ss4(nil)
	_, _, _ = ss5(nil)
	_, _ = ss6(&io.LimitedReader{}, nil)
	ss7(&b)
	ss8(&b, 0)
	sink = ss9(bytes.NewReader(nil)) + int(ss10(strings.NewReader("")))
}
