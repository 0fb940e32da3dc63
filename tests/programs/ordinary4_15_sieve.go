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
	fmt.Println(len(ps), ps)
	big := sieve(100000)
	fmt.Println(len(big), big[len(big)-1], big[len(big)-5:])
	twins := 0
	for i := 1; i < len(big); i++ {
		if big[i]-big[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin pairs below 100000:", twins)
	for _, n := range []int{360, 97, 1001, 65536, 999999} {
		fmt.Println(n, factorize(n))
	}
	gaps := [10]int{}
	for i := 1; i < len(big); i++ {
		g := big[i] - big[i-1]
		if g/2 < len(gaps) {
			gaps[g/2]++
		}
	}
	fmt.Println(gaps)
	fmt.Printf("%v %d %x %o %b\n", ps[:5], ps[:5], ps[:5], ps[:5], ps[:5])
}
