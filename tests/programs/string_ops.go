package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[7:], s[:5], s[3:8], s[:], s[len(s)-1])
	t := s + "!" + "?"
	fmt.Println(t, len(t))
	u := ""
	for i := 0; i < 5; i++ {
		u += string(rune('a' + i))
	}
	fmt.Println(u)
	fmt.Println("abc" == "abc", "abc" != "abd", "" == "")
	empty := s[5:5]
	fmt.Println(len(empty), empty == "")
}
