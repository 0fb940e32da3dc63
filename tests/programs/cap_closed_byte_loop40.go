package main

import "fmt"

// 40 appends of byte in a loop (buffer K=32), then string(s).
func main() {
	var s []byte
	for i := 0; i < 40; i++ {
		s = append(s, byte('a'+i%26))
		fmt.Println(i, len(s), cap(s), s[i])
	}
	fmt.Println(string(s))

	t := make([]byte, 0)
	for i := 0; i < 33; i++ {
		t = append(t, 'x', 'y')
		if i < 3 || i > 14 {
			fmt.Println("t", i, len(t), cap(t))
		}
	}
	fmt.Println(len(string(t)))
}
