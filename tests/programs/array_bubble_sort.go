package main

import "fmt"

const N = 10

func bubbleSort(a [N]int) ([N]int, int) {
	swaps := 0
	for i := 0; i < len(a)-1; i++ {
		swapped := false
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
				swaps++
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return a, swaps
}

func insertionSort(a *[N]int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func selectionSort(s []string) {
	for i := 0; i < len(s); i++ {
		m := i
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[m] {
				m = j
			}
		}
		s[i], s[m] = s[m], s[i]
	}
}

func binarySearch(a [N]int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		if a[mid] == x {
			return mid
		} else if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid - 1
		}
	}
	return -1
}

func main() {
	data := [N]int{64, 34, 25, 12, 22, 11, 90, 5, 77, 12}
	sorted, swaps := bubbleSort(data)
	fmt.Println("original:", data)
	fmt.Println("sorted:  ", sorted, "swaps:", swaps)
	_, again := bubbleSort(sorted)
	fmt.Println("re-sort swaps:", again)

	d2 := data
	insertionSort(&d2)
	fmt.Println(d2 == sorted, d2)

	targets := [...]int{22, 90, 5, 13}
	for i := 0; i < len(targets); i++ {
		fmt.Printf("search %d -> %d\n", targets[i], binarySearch(sorted, targets[i]))
	}

	words := [...]string{"pear", "apple", "fig", "kiwi", "banana"}
	selectionSort(words[:])
	fmt.Println(words)
	part := [...]string{"z", "y", "x", "w"}
	selectionSort(part[1:3])
	fmt.Println(part)

	var rng [N]int
	seed := uint32(42)
	for i := 0; i < N; i++ {
		seed = seed*1664525 + 1013904223
		rng[i] = int(seed>>24) % 100
	}
	fmt.Println(rng)
	insertionSort(&rng)
	fmt.Println(rng, rng[0] <= rng[N-1])
}
