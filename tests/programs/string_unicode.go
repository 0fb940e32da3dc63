package main

import "fmt"

func main() {
	s := "日本語"
	fmt.Println(len(s), s[0], s[3:6])
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Println(string(rune(0x1F600)), string(rune(0xD800)) == "\uFFFD")
	fmt.Printf("%q %+q %x\n", s, "a\u00e9", s)
}
