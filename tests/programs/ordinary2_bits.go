package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	names := []string{"read", "write", "exec", "admin"}
	for i, n := range names {
		if p&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if extra := p &^ (Read | Write | Exec | Admin); extra != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(extra)))
	}
	return strings.Join(parts, "|")
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	var p Perm
	fmt.Println(p)
	p |= Read | Exec
	fmt.Println(p, uint8(p))
	p ^= Exec
	p |= Admin
	fmt.Println(p, p&Write == 0)
	p &^= Read
	fmt.Println(p, Perm(0xff))
	for _, x := range []uint64{0, 1, 255, 1 << 40, 0xdeadbeef, ^uint64(0)} {
		fmt.Printf("%#x popcount=%d\n", x, popcount(x))
	}
	fmt.Printf("%08b %08b %08b\n", 0b1010_1010>>2, 5<<3, ^uint8(5))
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	fmt.Println(i8, u8, -7>>1, -7/2, -7%3, 7%-3)
	x := 0x0F0F
	fmt.Println(x&0xFF, x|0xF000, x^0xFFFF, x<<4, x>>8)
	n := uint32(1)
	for k := 0; k < 5; k++ {
		n = n<<7 | n>>25
		fmt.Print(n, " ")
	}
	fmt.Println()
	isPow2 := func(v int) bool { return v > 0 && v&(v-1) == 0 }
	for _, v := range []int{0, 1, 6, 64, 96, 1024} {
		fmt.Print(v, ":", isPow2(v), " ")
	}
	fmt.Println()
}
