package main

import (
	"fmt"
	"strconv"
	"strings"
)

func toBase(n int64, base int) string {
	if n == 0 {
		return "0"
	}
	digits := "0123456789abcdefghijklmnopqrstuvwxyz"
	neg := n < 0
	if neg {
		n = -n
	}
	var buf []byte
	for n > 0 {
		buf = append(buf, digits[n%int64(base)])
		n /= int64(base)
	}
	if neg {
		buf = append(buf, '-')
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf)
}

func groupBits(s string, n int) string {
	var parts []string
	for len(s) > n {
		parts = append([]string{s[len(s)-n:]}, parts...)
		s = s[:len(s)-n]
	}
	parts = append([]string{s}, parts...)
	return strings.Join(parts, "_")
}

func main() {
	nums := []int64{0, 5, 255, -255, 1024, 1<<31 - 1, -1 << 40}
	for _, n := range nums {
		mine := toBase(n, 2)
		std := strconv.FormatInt(n, 2)
		fmt.Printf("%14d b2=%s ok=%v hex=%s b36=%s\n", n, groupBits(mine, 4), mine == std, toBase(n, 16), strconv.FormatInt(n, 36))
	}
	inputs := []struct {
		s    string
		base int
		bits int
	}{{"1011", 2, 8}, {"ff", 16, 8}, {"FF", 16, 8}, {"-80", 16, 8}, {"100", 16, 8}, {"0x1f", 0, 16}, {"0o17", 0, 16}, {"0b101", 0, 8}, {"z", 36, 64}, {"12a", 10, 64}, {"", 10, 64}}
	for _, in := range inputs {
		v, err := strconv.ParseInt(in.s, in.base, in.bits)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v\n", in.s, in.base, in.bits, v, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	var x uint8 = 200
	x += 100
	var y int8 = 127
	y++
	fmt.Println(x, y, ^0, 7&^5, 1<<3|1, 0x0F^0xFF)
	fmt.Printf("%08b %o %#x %#o %x\n", 37, 64, 3054, 8, "hi")
	fmt.Println(strconv.Quote("tab\there \"q\" ü"), strconv.QuoteToASCII("ü日"), strconv.Itoa(-45)+"!")
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
}
