package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	n, words := 0, 0
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for sc.Scan() {
		line := sc.Text()
		n++
		words += len(strings.Fields(line))
		fmt.Fprintf(w, "%3d %q\n", n, strings.ToUpper(line))
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
	}
	fmt.Fprintln(w, "lines", n, "words", words)
	ws := bufio.NewScanner(strings.NewReader("alpha beta\tgamma\n\u00a0delta  "))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Fprintf(w, "[%s]", ws.Text())
	}
	rs := bufio.NewScanner(strings.NewReader("h\xffé"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Fprintf(w, "<%q>", rs.Text())
	}
	fmt.Fprintln(w)
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 70000) + "\nshort\n"))
	for long.Scan() {
		fmt.Fprintln(w, len(long.Text()))
	}
	fmt.Fprintln(w, long.Err())
	small := bufio.NewScanner(strings.NewReader("aaaa\nbb\n"))
	small.Buffer(make([]byte, 2), 3)
	for small.Scan() {
		fmt.Fprintln(w, small.Text())
	}
	fmt.Fprintln(w, small.Err())
	br := bufio.NewReader(strings.NewReader("one,two,three"))
	for {
		s, err := br.ReadString(',')
		fmt.Fprintf(w, "%q %v\n", s, err)
		if err == io.EOF {
			break
		}
	}
	br2 := bufio.NewReader(strings.NewReader("héllo"))
	r, size, _ := br2.ReadRune()
	fmt.Fprintln(w, r, size, br2.UnreadRune(), br2.UnreadRune())
	b, _ := br2.ReadByte()
	fmt.Fprintln(w, b, br2.UnreadByte(), br2.Buffered(), br2.Size())
	var sb strings.Builder
	bw := bufio.NewWriterSize(&sb, 16)
	bw.WriteString("hello, ")
	bw.WriteRune('世')
	bw.WriteByte('!')
	fmt.Fprintln(w, sb.Len(), bw.Buffered(), bw.Available())
	bw.Flush()
	fmt.Fprintln(w, sb.String())
	io.Copy(w, strings.NewReader("copied\n"))
}
