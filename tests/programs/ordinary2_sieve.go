package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func main() {
	ps := sieve(100)
	fmt.Println(ps)
	fmt.Println("count:", len(ps), "cap:", cap(ps))
	twins := [][2]int{}
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twins = append(twins, [2]int{ps[i-1], ps[i]})
		}
	}
	fmt.Println("twins:", twins)
	for _, n := range []int{12, 97, 360, 1001, 65536} {
		fmt.Println(n, factorize(n))
	}
	big := sieve(10000)
	fmt.Println(len(big), big[len(big)-5:])
	gaps := map[int]int{}
	for i := 1; i < len(big); i++ {
		gaps[big[i]-big[i-1]]++
	}
	fmt.Println(gaps)
}
