package main

import "fmt"

func primes(limit int) []int {
	var ps []int
	for n := 2; len(ps) < 10 && n < 100; n++ {
		ok := true
		for _, p := range ps {
			if n%p == 0 {
				ok = false
				break
			}
		}
		if ok {
			ps = append(ps, n)
		}
	}
	k := 0
	for k < len(ps) && ps[k] <= limit {
		k++
	}
	return ps[:k]
}

func main() {
	for _, lim := range []int{1, 2, 5, 13, 50} {
		p := primes(lim)
		fmt.Println(lim, p, len(p), cap(p))
	}
}
