package main

import "fmt"

func main() {
	fmt.Printf("%q\n", "tab\there\x00\x7f\u00e9\u200b")
	fmt.Printf("%q\n", "\xff\xfe ok")
	fmt.Printf("%q %q %q\n", '\'', '"', 0x1F600)
	fmt.Printf("%#q %#q\n", "raw", "has\nnewline")
	fmt.Printf("%q\n", "back\\slash")
}
