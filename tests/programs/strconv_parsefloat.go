package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"0", "-0", "1", "3.14159", "1e10", "1e308", "1.7976931348623157e308", "1.7976931348623159e308", "1e309", "-1e309",
		"4.9e-324", "2.4e-324", "2.5e-324", "1e-400", "0.1", "0.2", "0.30000000000000004", "123456789012345678901234567890",
		".5", "5.", ".", "", "+", "1e", "1e+", "1_000", "1__0", "_1", "1_.5", "1e1_0", "inf", "-Inf", "+INFINITY", "infinity", "infin", "nan", "NaN", "+nan",
		"2.2250738585072011e-308", "2.2250738585072012e-308", "9007199254740993", "9007199254740992.5", "1.00000000000000011102230246251565404236316680908203125",
		"0.000000000000000000000000000000000000000000001", "3.4028235e38", "3.4028236e38", "1e39", "1.401298464324817e-45", "7e-46",
		"00012.500", "0.0012", "1E3", "12e-2", "1a", " 1", "0x1p3"}
	for _, s := range inputs[:len(inputs)-1] {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, err32)
	}
	// Pseudo-random round trips.
	x := uint64(88172645463325252)
	bad := 0
	for i := 0; i < 20000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		m := x % 10000000000000000
		e := int(x>>40%620) - 330
		s := fmt.Sprintf("%de%d", m, e)
		f, _ := strconv.ParseFloat(s, 64)
		g, _ := strconv.ParseFloat(s, 32)
		fmt.Sprintf("%v", f)
		if i%500 == 0 {
			fmt.Println(s, f, g)
		}
		if h, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', -1, 64), 64); h != f {
			bad++
		}
	}
	fmt.Println("bad", bad)
}
