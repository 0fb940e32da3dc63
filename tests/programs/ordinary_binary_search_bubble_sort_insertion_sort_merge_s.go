// Binary search, bubble sort, insertion sort, merge sort implementations
package main

import "fmt"

func bubbleSort(a []int) []int {
	s := append([]int(nil), a...)
	for i := 0; i < len(s); i++ {
		swapped := false
		for j := 0; j < len(s)-1-i; j++ {
			if s[j] > s[j+1] {
				s[j], s[j+1] = s[j+1], s[j]
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return s
}

func insertionSort(a []int) []int {
	s := make([]int, len(a))
	copy(s, a)
	for i := 1; i < len(s); i++ {
		key := s[i]
		j := i - 1
		for j >= 0 && s[j] > key {
			s[j+1] = s[j]
			j--
		}
		s[j+1] = key
	}
	return s
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	left := mergeSort(a[:mid])
	right := mergeSort(a[mid:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] {
			out = append(out, left[i])
			i++
		} else {
			out = append(out, right[j])
			j++
		}
	}
	out = append(out, left[i:]...)
	out = append(out, right[j:]...)
	return out
}

func binarySearch(s []int, target int) int {
	lo, hi := 0, len(s)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case s[mid] == target:
			return mid
		case s[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func main() {
	data := []int{38, 27, 43, 3, 9, 82, 10, 3, -5, 64}
	fmt.Println("bubble:   ", bubbleSort(data))
	fmt.Println("insertion:", insertionSort(data))
	sorted := mergeSort(data)
	fmt.Println("merge:    ", sorted)
	fmt.Println("original: ", data)
	for _, t := range []int{43, 3, 100, -5} {
		fmt.Printf("search %d -> %d\n", t, binarySearch(sorted, t))
	}
}
