// Objects kept alive only through interior pointers (a field's address, a slice element's
// address, a subslice, a substring) survive collections amid garbage.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type rec struct {
	name  string
	vals  [8]int
	count int
}

func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := make([]int, 100)
		b[i%100] = i
		s += len(b) + len(fmt.Sprint(i))
	}
	return s
}

func main() {
	var counts []*int
	var elems []*int
	var tails [][]byte
	var subs []string
	for i := 0; i < 200; i++ {
		r := &rec{name: fmt.Sprint("r", i), count: i}
		counts = append(counts, &r.count)
		arr := make([]int, 64)
		arr[63] = i * 3
		elems = append(elems, &arr[63])
		big := make([]byte, 5000)
		big[4999] = byte(i)
		tails = append(tails, big[4990:])
		s := strings.Repeat(fmt.Sprint(i%10), 3000) + "END"
		subs = append(subs, s[2990:])
		if i%20 == 0 {
			garbage(2000)
			runtime.GC()
		}
	}
	garbage(20000)
	runtime.GC()
	sum, esum, tsum := 0, 0, 0
	for i := range counts {
		sum += *counts[i]
		esum += *elems[i]
		tsum += int(tails[i][9])
	}
	fmt.Println(sum, esum, tsum, subs[7], subs[199], len(subs))
}
