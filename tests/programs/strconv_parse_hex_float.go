package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	cases := []string{"0x1p0", "0x1.8p1", "-0x1p-2", "0x.8p1", "0x1P+4", "0X1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p1024", "-0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x1p-1076", "0x1p-1022", "0x0.fffffffffffffp-1022", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0", "0x123456789abcdef0123p0", "0x1_0p0", "0x_1p0", "0x1", "0x1p", "0xp1", "0x.p1", "0x1.2.3p1", "0x1p+", "0xg", "0x1p1x", "0x0p0", "-0x0p0", "0x1p-2000", "0x1p2000", "0x1.fffffep127", "0x1.ffffffp127", "0x1p-149", "0x1p-150", "0x1.8p-150", "0x1p-126", "0xffffffffffffffffffffp-80", "0x8000000000000001p-63", "0x10000000000000800p-64", "0x10000000000000801p-64"}
	for _, c := range cases {
		f, err := strconv.ParseFloat(c, 64)
		g, err32 := strconv.ParseFloat(c, 32)
		fmt.Printf("%s: %v %x %v | %v %x %v\n", c, f, math.Float64bits(f), err, g, math.Float32bits(float32(g)), err32)
	}
}
