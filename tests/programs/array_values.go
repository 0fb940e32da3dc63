package main

import "fmt"

type Week [7]int

func total(w Week) int {
	s := 0
	for i := 0; i < len(w); i++ {
		s += w[i]
	}
	return s
}

func zeroed(w Week) Week {
	for i := 0; i < len(w); i++ {
		w[i] = 0
	}
	return w
}

func double(w *Week) {
	for i := 0; i < len(w); i++ {
		w[i] *= 2
	}
}

func reversed(a [5]string) [5]string {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	return a
}

func main() {
	var steps Week
	steps[0] = 4000
	steps[6] = 12000
	steps[3] = 8500
	fmt.Println(steps, len(steps), total(steps))

	z := zeroed(steps)
	fmt.Println(steps[0], z[0], total(z))
	double(&steps)
	fmt.Println(steps)

	names := [5]string{"ada", "bo", "cy", "di", "ed"}
	rev := reversed(names)
	fmt.Println(names, rev)
	fmt.Println(names == rev, reversed(rev) == names)

	primes := [...]int{2, 3, 5, 7, 11, 13}
	fmt.Println(len(primes), primes[len(primes)-1])
	copyOf := primes
	copyOf[0] = 1
	fmt.Println(primes[0], copyOf[0], primes != copyOf)

	idx := [...]string{3: "three", 1: "one", 5: "five"}
	fmt.Printf("%d %q\n", len(idx), idx)

	var flags [4]bool
	flags[2] = true
	var bs [3]byte
	bs[1] = 'A'
	fmt.Println(flags, bs)

	k := 0
	for i := 0; i < 10; i++ {
		k = (k + 3) % len(primes)
		primes[k] += i
	}
	fmt.Println(primes)

	type Slot struct {
		Used bool
		Val  int
	}
	var table [4]Slot
	for i := 0; i < 6; i++ {
		h := (i * 7) % len(table)
		if !table[h].Used {
			table[h] = Slot{true, i}
		}
	}
	fmt.Println(table)

	counts := [26]int{}
	word := "mississippi"
	for i := 0; i < len(word); i++ {
		counts[word[i]-'a']++
	}
	for i := 0; i < len(counts); i++ {
		if counts[i] > 0 {
			fmt.Printf("%c=%d ", 'a'+i, counts[i])
		}
	}
	fmt.Println()
}
