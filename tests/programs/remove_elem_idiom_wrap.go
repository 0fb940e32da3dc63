package main

import "fmt"

func main() {
	s := make([]int, 0, 300)
	for i := 0; i < 300; i++ {
		s = append(s, i)
	}
	var i uint8 = 255
	t := append(s[:i], s[i+1:]...)
	fmt.Println(len(t), cap(t), t[250:256])
	x := []int{1, 2, 3}
	for k := range 2 {
		x = append(x[:k], x[k+1:]...)
		fmt.Println(x, len(x), cap(x))
	}
	x = append(x, 9, 9, 9)
	fmt.Println(x, cap(x))
}
