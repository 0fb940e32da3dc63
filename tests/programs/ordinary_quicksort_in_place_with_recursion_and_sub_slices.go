// Quicksort in place with recursion and sub-slices
package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	pivot := a[len(a)/2]
	left, right := 0, len(a)-1
	for left <= right {
		for a[left] < pivot {
			left++
		}
		for a[right] > pivot {
			right--
		}
		if left <= right {
			a[left], a[right] = a[right], a[left]
			left++
			right--
		}
	}
	quicksort(a[:right+1])
	quicksort(a[left:])
}

type lcg struct{ state uint32 }

func (l *lcg) next() int {
	l.state = l.state*1664525 + 1013904223
	return int(l.state >> 16 % 1000)
}

func main() {
	rng := &lcg{42}
	nums := make([]int, 25)
	for i := range nums {
		nums[i] = rng.next()
	}
	fmt.Println("before:", nums)
	quicksort(nums)
	fmt.Println("after: ", nums)
	ok := true
	for i := 1; i < len(nums); i++ {
		if nums[i-1] > nums[i] {
			ok = false
		}
	}
	fmt.Println("sorted:", ok)
	words := []int{5, 1, 4, 1, 5, 9, 2, 6}
	quicksort(words[2:6])
	fmt.Println(words)
}
