package main

import "fmt"

// Closed slices used with copy, range, string(), op-assign, ++.
func main() {
	var dst []byte
	dst = append(dst, 0, 0, 0)
	src := []byte("abc")
	n := copy(dst, src)
	fmt.Println("copy", n, len(dst), cap(dst), string(dst))
	dst = append(dst, 'd')
	n = copy(src, dst)
	fmt.Println("copy back", n, string(src), cap(src))

	var nums []int
	for i := 0; i < 6; i++ {
		nums = append(nums, i)
		nums[i] *= 3
		nums[i]++
	}
	total := 0
	for i, v := range nums {
		total += i * v
	}
	for i := range nums {
		nums[i] -= 1
	}
	for range nums {
		total++
	}
	fmt.Println("nums", len(nums), cap(nums), total, nums[5])

	var rs []rune
	rs = append(rs, 'g', 'o')
	fmt.Println("runes", len(rs), cap(rs), string(rs))

	var joined []byte
	joined = append(joined, dst...)
	joined = append(joined, src...)
	fmt.Println("joined", len(joined), cap(joined), string(joined))
}
