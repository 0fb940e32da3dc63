// copy and slice manipulation helpers
package main

import "fmt"

func insert(s []int, i int, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func remove(s []int, i int) []int {
	copy(s[i:], s[i+1:])
	return s[:len(s)-1]
}

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println("copied", n, dst)

	big := make([]int, 10)
	n = copy(big, src)
	fmt.Println("copied", n, big)

	s := []int{10, 20, 30, 40}
	s = insert(s, 2, 25)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 0, 5)
	fmt.Println(s, len(s), cap(s))
	s = remove(s, 3)
	fmt.Println(s, len(s), cap(s))

	// copy within the same slice (overlapping)
	o := []int{1, 2, 3, 4, 5, 6}
	copy(o[2:], o)
	fmt.Println(o)

	// copy from string to bytes
	b := make([]byte, 5)
	n = copy(b, "hello world")
	fmt.Println(n, string(b), b)

	clone := append([]int(nil), src...)
	clone[0] = 100
	fmt.Println(src, clone)
}
