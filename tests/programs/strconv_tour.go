package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+5", "", "abc", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "0x1f", "1_000", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		b, z int
	}{{"ff", 16, 64}, {"0x_1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 16}, {"017", 0, 32}, {"300", 10, 8}, {"-129", 10, 8}, {"1__0", 0, 64}, {"z", 36, 64}, {"10", 1, 64}, {"10", 10, 65}, {"_1", 0, 64}} {
		n, err := strconv.ParseInt(c.s, c.b, c.z)
		u, uerr := strconv.ParseUint(c.s, c.b, c.z)
		fmt.Println(n, err, u, uerr)
	}
	for _, s := range []string{"true", "T", "0", "yes", "False"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	_, err := strconv.Atoi("x")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax))
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<64-1, 2), strconv.FormatInt(35, 36), string(strconv.AppendInt([]byte("x="), 7, 10)))
	fmt.Println(strconv.Quote("hi\n\"there\" ☺ \x01 \u0378"), strconv.QuoteToASCII("☺ é"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.CanBackquote("a`b"), strconv.CanBackquote("ab\t"))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `'\u263a'`, `"\x41\101"`, `"bad`, `'ab'`, `"\q"`, `""`, `''`} {
		u, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", u, err)
	}
	for _, f := range []float64{0, 1.5, -3.25e-7, 123456789.125, 1e21, 0.1} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'G', 4, 64), strconv.FormatFloat(f, 'f', 2, 64))
	}
	fmt.Println(strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u00a0'), strconv.IntSize)
}
