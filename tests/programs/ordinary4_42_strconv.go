package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "0x1F", "abc", "99999999999999999999", " 5", "+8"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "1_000"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
	n, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(n, err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("func:", ne.Func, "num:", ne.Num, "err:", ne.Err, errors.Is(err, strconv.ErrRange))
	}
	u, err := strconv.ParseUint("ff", 16, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e10", "-0.0", "inf", "NaN", "1.7976931348623157e308", "x1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.Itoa(-99), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(3.0, 'f', -1, 64), strconv.FormatFloat(1234.5678, 'e', 3, 64), strconv.FormatFloat(0.000012, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64), strconv.FormatFloat(0.1, 'f', 20, 32))
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺"), strconv.QuoteToASCII("☺x"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	b := []byte("n=")
	b = strconv.AppendInt(b, 123, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))
	fmt.Println(strconv.FormatBool(true), strconv.IntSize)
}
