package main

import "fmt"

// [3]int elements (24 bytes, K=1), [4]int (32 bytes, K=1), [2]int32 (8 bytes, K=4).
func main() {
	var s [][3]int
	for i := 0; i < 10; i++ {
		s = append(s, [3]int{i, i, i})
		fmt.Println("a3", i, len(s), cap(s), s[i][2])
	}
	var t [][4]int
	for i := 0; i < 4; i++ {
		t = append(t, [4]int{3: i})
		fmt.Println("a4", i, len(t), cap(t), t[i][3])
	}
	var u [][2]int32
	for i := 0; i < 6; i++ {
		u = append(u, [2]int32{1, int32(i)})
		fmt.Println("a2i32", i, len(u), cap(u), u[i][1])
	}
	s[0][1] = 99
	fmt.Println(s[0][1])
}
