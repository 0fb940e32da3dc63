package main

import "fmt"

func main() {
	fmt.Printf("%d %s %v %q %x %X %c %t %%\n", 42, "str", 7, "quo\"te", 255, 255, 'A', true)
	fmt.Printf("%v %v %v\n", "s", -1, false)
	fmt.Printf("%o %O %b %U %#U\n", 8, 8, 5, 0x1F600, 'x')
	fmt.Printf("%x %X %#x %#o %#b\n", -255, "hi", 3054, 8, 5)
	fmt.Printf("%q %q %#q\n", 'a', '\n', "back`q")
	fmt.Printf("%T %T %T %T %T\n", 1, "s", true, byte(1), rune(2))
	fmt.Printf("no verbs\n")
}
