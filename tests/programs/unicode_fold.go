package main

import (
	"fmt"
	"unicode"
)

func orbit(r rune) []rune {
	out := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, f)
		if len(out) > 10 {
			break
		}
	}
	return out
}

func main() {
	starts := []rune{
		'A', 'a', 'k', 'K', 0x212A, 's', 'S', 0x17F, 0xB5, 0x3BC, 0x39C, 0xC5, 0xE5, 0x212B,
		0x3A3, 0x3C3, 0x3C2, 0x398, 0x3B8, 0x3D1, 0x3F4, 0x392, 0x3D0, 0x1C4, 0x1C5, 0x1C6,
		0x1E9E, 0xDF, 0x130, 0x131, 'i', 'I', 0x345, 0x399, 0x3B9, 0x1FBE, 0x412, 0x1C80,
		0x1E60, 0x1E9B, 0x10400, 0x1E900, '1', '!', 0x4E00, 0xFFFD, 0x10FFFF,
	}
	for _, r := range starts {
		o := orbit(r)
		fmt.Printf("%U len=%d %U\n", r, len(o), o)
	}
	for _, r := range []rune{-1, -100, 0x110000, 0xD800, 0x7FFFFFFF} {
		fmt.Printf("SimpleFold(%d)=%d\n", r, unicode.SimpleFold(r))
	}
	// Every orbit element maps back to same orbit size; count orbits by size in BMP
	sizes := make([]int, 6)
	for r := rune(0); r <= 0xFFFF; r++ {
		f := unicode.SimpleFold(r)
		if f == r {
			sizes[1]++
			continue
		}
		// only count from orbit minimum
		o := orbit(r)
		min := r
		for _, x := range o {
			if x < min {
				min = x
			}
		}
		if min == r && len(o) < len(sizes) {
			sizes[len(o)]++
		}
	}
	fmt.Println("BMP orbit sizes [_,1,2,3,4,5]:", sizes)
	// SimpleFold returns the smallest rune > r in orbit, else smallest
	bad := 0
	for r := rune(0x41); r < 0x600; r++ {
		f := unicode.SimpleFold(r)
		if f != r && unicode.SimpleFold(f) == f {
			bad++
		}
	}
	fmt.Println("asymmetric:", bad)
}
