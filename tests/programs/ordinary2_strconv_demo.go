package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "0x1F", "abc", "99999999999999999999", " 5", ""} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "1_000"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
	n, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(n, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("func:", ne.Func, "num:", ne.Num, "err:", ne.Err, errors.Is(err, strconv.ErrRange))
	}
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("yes")
	fmt.Println(b, err)
	fmt.Println(strconv.Itoa(-123), strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.Quote("hello\t\"world\"\n"), strconv.QuoteRune('☺'), strconv.QuoteToASCII("héllo"))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	fmt.Println(strconv.FormatBool(false) + "!")
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 77, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf))
	total := 0
	for _, s := range []string{"10", "20", "x", "30"} {
		if v, err := strconv.Atoi(s); err == nil {
			total += v
		} else {
			fmt.Println("skip:", err)
		}
	}
	fmt.Println("total", total)
}
