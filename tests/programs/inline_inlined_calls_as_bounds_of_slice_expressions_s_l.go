// probes: inlined calls as bounds of slice expressions s[lo():hi()] and s[:hi():max()]
package main

import "fmt"

var calls []int

func at(v int) int {
	s := append([]int(nil), v)
	calls = append(calls, v)
	return s[0]
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := s[at(2):at(5)]
	u := s[at(1):at(3):at(4)]
	fmt.Println(t, len(u), cap(u), calls)
	str := "hello, world"
	fmt.Println(str[at(7):at(12)], calls)
}
