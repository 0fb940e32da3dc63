package main

import (
	"fmt"
	"math"
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

type Suit int

const (
	Spades Suit = iota
	Hearts
	_
	Clubs
)

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota
)

const Pi2 = math.Pi * 2
const big = 1 << 100

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(ByteSize(1500), ByteSize(3*MB+512*KB), ByteSize(12))
	fmt.Println(Spades, Hearts, Clubs)
	fmt.Println(a, b, c, d, e)
	fmt.Printf("%.6f %T\n", Pi2, Pi2)
	fmt.Println(big>>98, big/(1<<99))
	const typed int32 = 5
	const untyped = 5
	var f float64 = untyped / 2.0
	fmt.Println(typed*2, f, untyped/2)
	fmt.Printf("%T %T %T\n", typed, untyped, 'r')
	const greeting = "hi" + " there"
	fmt.Println(greeting, len(greeting))
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64))
	days := [...]string{Spades: "spade", Clubs: "club"}
	fmt.Printf("%q %d\n", days, len(days))
}
