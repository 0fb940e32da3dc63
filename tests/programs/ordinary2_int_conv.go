package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	var big int64 = 300
	fmt.Println(int8(big), uint8(big), int16(big))
	var neg int32 = -1
	fmt.Println(uint32(neg), uint16(neg), uint64(uint32(neg)))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16, math.MaxInt32)
	var mx int64 = math.MaxInt64
	mx++
	fmt.Println(mx, mx == math.MinInt64)
	var u uint = 3
	var v uint = 5
	fmt.Println(u-v, int(u)-int(v))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100), uint8(int(f)))
	r := 'A'
	b := byte('z')
	fmt.Println(r, b, string(r), string(rune(b)), r+1, b-1)
	fmt.Printf("%T %T %T %T\n", r, b, 'x', 1<<10)
	s := strconv.Itoa(65)
	fmt.Println(s, string(rune(65)), []byte("AB"), []rune("héllo"))
	total := 0
	for _, c := range []byte("12345") {
		total = total*10 + int(c-'0')
	}
	fmt.Println(total, total/7, total%7, float64(total)/7)
	const huge = 1 << 40
	fmt.Println(huge, huge>>38, int64(huge)*2)
	var i int = 7
	var ff float32 = float32(i) / 2
	fmt.Println(ff, float64(ff)*3, i/2*2, -i/2)
	h := uint32(2166136261)
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv", h, fmt.Sprintf("%08x", h))
	fmt.Println(math.Abs(-0.0), math.Copysign(0, -1), 1/math.Copysign(0, -1))
}
