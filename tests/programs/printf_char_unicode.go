package main

import "fmt"

func main() {
	fmt.Printf("%c%c%c\n", 'G', 'o', 0x1F600)
	fmt.Printf("%U %U %#U\n", 'a', 0x10FFFF, '⌘')
	fmt.Printf("[%3c][%-3c]\n", 'x', 'y')
	fmt.Printf("%c\n", -1)
}
