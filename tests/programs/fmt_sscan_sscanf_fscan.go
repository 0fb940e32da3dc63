package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type Celsius float64
type Level int8
type Name string

type pair struct{ a, b string }

func (p *pair) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != ':' && r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	p.a = string(tok)
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != ':' {
		return errors.New("want colon")
	}
	tok, err = st.Token(false, nil)
	p.b = string(tok)
	return err
}

func main() {
	var i int
	var s string
	var f float64
	var b bool
	var u uint8
	n, err := fmt.Sscan("42 hello 3.5 true 200", &i, &s, &f, &b, &u)
	fmt.Println(n, err, i, s, f, b, u)
	n, err = fmt.Sscan("  7\n\n  word  ", &i, &s)
	fmt.Println(n, err, i, s)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err, errors.Is(err, io.EOF))
	n, err = fmt.Sscan("12", &i, &s)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 1_000 -0x10", &i, &i, &i, &i, &i, &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("tru", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("T F 1 0 FALSE", &b, &b, &b, &b, &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("1e3 -2.5E-2 NaN -Inf 0x1p4 1.5p2 .5", &f, &f, &f, &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("1.5p2", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("0x1p4", &f)
	fmt.Println(n, err, f)
	var c Celsius
	var lv Level
	var nm Name
	n, err = fmt.Sscan("36.6 -5 gopher", &c, &lv, &nm)
	fmt.Println(n, err, c, lv, nm)
	n, err = fmt.Sscan("500", &lv)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", i)
	fmt.Println(n, err)
	var p pair
	n, err = fmt.Sscan("key:value rest", &p, &s)
	fmt.Println(n, err, p.a, p.b, s)

	n, err = fmt.Sscanln("1 2\n3", &i, &u)
	fmt.Println(n, err, i, u)
	n, err = fmt.Sscanln("1\n2", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3\n", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2   \n", &i, &u)
	fmt.Println(n, err)

	var x, y int
	var w string
	n, err = fmt.Sscanf("10-20 abc", "%d-%d %s", &x, &y, &w)
	fmt.Println(n, err, x, y, w)
	n, err = fmt.Sscanf("(3, 4)", "(%d, %d)", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("12345", "%2d%3d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("ff 0x10 777 101", "%x %v %o %b", &x, &y, &i, &u)
	fmt.Println(n, err, x, y, i, u)
	n, err = fmt.Sscanf("abc", "%d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d %d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("a1", "b%d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("100%", "%d%%", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("x: 5\ny: 6", "x: %d\ny: %d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("x: 5 y: 6", "x: %d\ny: %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5\n6", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("56", "%d %d", &x, &y)
	fmt.Println(n, err)
	var r1, r2 rune
	n, err = fmt.Sscanf("é x", "%c %c", &r1, &r2)
	fmt.Println(n, err, string(r1), string(r2))
	n, err = fmt.Sscanf(`"quoted \"str\"" rest`, "%q %s", &w, &s)
	fmt.Println(n, err, w, s)
	n, err = fmt.Sscanf("48656c6c6f", "%x", &w)
	fmt.Println(n, err, w)
	n, err = fmt.Sscanf("3.25", "%f", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("3", "%s", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("3", "%d", &w)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("3", "%", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("U+1F600", "%U", &r1)
	fmt.Println(n, err, r1)
	var bs []byte
	n, err = fmt.Sscanf("bytes!", "%s", &bs)
	fmt.Println(n, err, string(bs))

	rd := strings.NewReader("10 20\n30\n")
	var a1, a2, a3 int
	n, err = fmt.Fscan(rd, &a1, &a2, &a3)
	fmt.Println(n, err, a1+a2+a3)
	rd = strings.NewReader("1 2\n3 4\n")
	for {
		n, err = fmt.Fscanln(rd, &a1, &a2)
		if err != nil {
			fmt.Println(n, err)
			break
		}
		fmt.Println(a1 * a2)
	}
	rd = strings.NewReader("name=go ver=1\n")
	n, err = fmt.Fscanf(rd, "name=%s ver=%d\n", &w, &x)
	fmt.Println(n, err, w, x)
}
