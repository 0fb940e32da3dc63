// strconv conversions
package main

import (
	"fmt"
	"strconv"
)

func main() {
	i, err := strconv.Atoi("12345")
	fmt.Println(i, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	n, _ := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(n)
	u, _ := strconv.ParseUint("777", 8, 32)
	fmt.Println(u)
	b, _ := strconv.ParseInt("1011", 2, 8)
	fmt.Println(b)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	f, _ := strconv.ParseFloat("3.14159", 64)
	fmt.Println(f)
	f2, _ := strconv.ParseFloat("1e-3", 64)
	fmt.Println(f2)
	bl, err := strconv.ParseBool("maybe")
	fmt.Println(bl, err)

	fmt.Println(strconv.Itoa(-42) + "!")
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(1234.5678, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(0.000001234, 'g', -1, 64))
	fmt.Println(strconv.FormatBool(true))
	fmt.Println(strconv.Quote("hello\n\"world\""))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteToASCII("café"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	buf := []byte("num:")
	buf = strconv.AppendInt(buf, 99, 10)
	buf = strconv.AppendQuote(buf, "x")
	fmt.Println(string(buf))

	total := 0
	for _, s := range []string{"10", "20", "x", "30"} {
		v, err := strconv.Atoi(s)
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok {
				fmt.Println("func:", ne.Func, "num:", ne.Num, "err:", ne.Err)
			}
			continue
		}
		total += v
	}
	fmt.Println("total", total)
}
