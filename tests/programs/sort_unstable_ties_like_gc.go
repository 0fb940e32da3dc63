package main

import (
	"fmt"
	"math"
	"sort"
)

type rec struct {
	key, id int
}

type byKey struct {
	r            []rec
	less, swaps  int
}

func (b *byKey) Len() int           { return len(b.r) }
func (b *byKey) Less(i, j int) bool { b.less++; return b.r[i].key < b.r[j].key }
func (b *byKey) Swap(i, j int)      { b.swaps++; b.r[i], b.r[j] = b.r[j], b.r[i] }

var seed uint64 = 88172645463325252

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func main() {
	total := uint64(0)
	for n := 0; n <= 400; n += 1 + n/20 {
		for pattern := 0; pattern < 8; pattern++ {
			r := make([]rec, n)
			for i := range r {
				var k int
				switch pattern {
				case 0:
					k = int(rnd() % 5)
				case 1:
					k = int(rnd() % uint64(n+1))
				case 2:
					k = i / 3
				case 3:
					k = (n - i) / 2
				case 4:
					k = 7
				case 5:
					k = i % 10
				case 6:
					if i%17 == 0 {
						k = int(rnd() % 100)
					} else {
						k = i
					}
				case 7:
					k = int(rnd() % 3) * (n - i)
				}
				r[i] = rec{k, i}
			}
			s := append([]rec(nil), r...)
			sort.Slice(s, func(i, j int) bool { return s[i].key < s[j].key })
			b := &byKey{r: append([]rec(nil), r...)}
			sort.Sort(b)
			h := uint64(1469598103934665603)
			for i := range s {
				h = (h ^ uint64(s[i].id)) * 1099511628211
				h = (h ^ uint64(b.r[i].id)) * 1099511628211
			}
			total ^= h
			if n == 100 || n == 37 {
				fmt.Println(n, pattern, s[:10], b.less, b.swaps, sort.SliceIsSorted(s, func(i, j int) bool { return s[i].key < s[j].key }))
			}
			fmt.Printf("%d/%d:%x/%d/%d ", n, pattern, h&0xffff, b.less, b.swaps)
		}
	}
	fmt.Println()
	fmt.Printf("%x\n", total)
	zeros := []float64{}
	for i := 0; i < 60; i++ {
		switch i % 4 {
		case 0:
			zeros = append(zeros, math.Copysign(0, -1))
		case 1:
			zeros = append(zeros, 0)
		case 2:
			zeros = append(zeros, math.NaN())
		default:
			zeros = append(zeros, float64(i%7)-3)
		}
	}
	sort.Float64s(zeros)
	fmt.Println(zeros)
	words := []string{}
	for i := 0; i < 50; i++ {
		words = append(words, string(rune('a'+i%5)))
	}
	sort.Strings(words)
	fmt.Println(words)
	ks := make([]int, 100)
	for i := range ks {
		ks[i] = int(rnd() % 1000)
	}
	sort.Ints(ks)
	fmt.Println(ks[:20], sort.IntsAreSorted(ks))
	sort.Sort(sort.Reverse(sort.IntSlice(ks)))
	fmt.Println(ks[:20])
}
