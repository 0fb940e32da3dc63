package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type upperWriter struct{ sb strings.Builder }

func (u *upperWriter) Write(p []byte) (int, error) {
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	var sb strings.Builder
	n, err := io.WriteString(&sb, "hello ")
	fmt.Println(n, err)
	n, err = io.WriteString(&sb, "世界\xff")
	fmt.Println(n, err, sb.Len())
	n, err = io.WriteString(&sb, "")
	fmt.Printf("%d %v %+q\n", n, err, sb.String())
	var w io.Writer = &sb
	_, isSW := w.(io.StringWriter)
	_, isBW := w.(io.ByteWriter)
	fmt.Println("Builder implements StringWriter:", isSW, "ByteWriter:", isBW)
	uw := &upperWriter{}
	n, err = io.WriteString(uw, "mixed Case ß ǆ")
	fmt.Printf("%d %v %q\n", n, err, uw.sb.String())
	n, err = io.WriteString(io.Discard, "discarded text")
	fmt.Println("Discard:", n, err)
	n, err = io.Discard.Write(make([]byte, 1000))
	fmt.Println("Discard write:", n, err)
	c, err := io.Copy(io.Discard, strings.NewReader(strings.Repeat("x", 5000)))
	fmt.Println("Copy to Discard:", c, err)
	var sb2 strings.Builder
	c, err = io.Copy(&sb2, strings.NewReader("copied 日本語"))
	fmt.Println("Copy:", c, err, sb2.String())
	// io.EOF identity
	_, err = strings.NewReader("").ReadByte()
	fmt.Println(err == io.EOF, errors.Is(err, io.EOF), err.Error())
	wrapped := fmt.Errorf("wrap: %w", io.EOF)
	fmt.Println(wrapped, wrapped == io.EOF, errors.Is(wrapped, io.EOF), errors.Unwrap(wrapped) == io.EOF)
	other := errors.New("EOF")
	fmt.Println(other.Error() == io.EOF.Error(), other == io.EOF, errors.Is(other, io.EOF))
	fmt.Println(io.ErrUnexpectedEOF, errors.Is(io.ErrUnexpectedEOF, io.EOF))
	buf := make([]byte, 4)
	n, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println("ReadFull short:", n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println("ReadFull empty:", n, err, err == io.EOF)
	n, err = io.ReadFull(strings.NewReader("abcdef"), buf)
	fmt.Printf("ReadFull ok: %d %v %q\n", n, err, buf)
	lr := io.LimitReader(strings.NewReader("limited reader text"), 7)
	all, err := io.ReadAll(lr)
	fmt.Printf("Limit: %q %v\n", all, err)
	var multi strings.Builder
	mw := io.MultiWriter(&multi, io.Discard, uw)
	io.WriteString(mw, " +multi")
	fmt.Printf("%q %q\n", multi.String(), uw.sb.String())
	if sb.Len() != 13 {
		os.Exit(1)
	}
	os.Exit(0)
}
