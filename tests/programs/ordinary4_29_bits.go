package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func isPow2(x int) bool { return x > 0 && x&(x-1) == 0 }

func leadingZeros(x uint16) int {
	n := 0
	for i := 15; i >= 0; i-- {
		if x&(1<<uint(i)) != 0 {
			break
		}
		n++
	}
	return n
}

type Flags uint8

const (
	Read Flags = 1 << iota
	Write
	Exec
	Hidden
)

func (f Flags) String() string {
	s := ""
	for i, name := range []string{"r", "w", "x", "h"} {
		if f&(1<<i) != 0 {
			s += name
		} else {
			s += "-"
		}
	}
	return s
}

func main() {
	for _, v := range []uint64{0, 1, 255, 1 << 40, 0xFFFFFFFFFFFFFFFF, 0xA5A5} {
		fmt.Printf("%#x popcount=%d\n", v, popcount(v))
	}
	fmt.Printf("%032b\n%032b\n", uint32(0b1011), reverseBits(0b1011))
	for _, x := range []int{0, 1, 6, 64, 1023, 1024} {
		fmt.Print(x, ":", isPow2(x), " ")
	}
	fmt.Println()
	fmt.Println(leadingZeros(1), leadingZeros(0x8000), leadingZeros(0), leadingZeros(300))
	f := Read | Exec
	fmt.Println(f, f|Write, f&^Read, f^Hidden, Flags(0))
	fmt.Printf("%v %d %08b %s\n", f, f, f, Write)
	var i8 int8 = -128
	var u8 uint8 = 200
	fmt.Println(i8>>1, -i8, u8<<1, u8>>3, ^u8, ^0, -7/2, -7%2, -7>>1)
	x := int32(-1)
	fmt.Println(uint32(x), uint16(x), int64(x), uint8(300&0xff))
	fmt.Printf("%x %X %o %O %b\n", 48879, 48879, 8, 8, -5)
	var sh uint = 70
	fmt.Println(1<<sh == 0, uint64(1)<<63, int64(-1)<<63)
}
