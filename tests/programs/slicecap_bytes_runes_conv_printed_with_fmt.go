package main

import "fmt"

// Checks cap of []byte and []rune conversions of runtime and constant strings that are printed with fmt.
func main() {
	str := fmt.Sprint("hel", "lo")
	b := []byte(str)
	fmt.Println(b, len(b), cap(b))
	r := []rune(str)
	fmt.Println(r, len(r), cap(r))
	c := []byte("const")
	fmt.Println(c, len(c), cap(c))
	d := []rune("const")
	fmt.Println(len(d), cap(d))
	e := []byte(str)
	fmt.Println(string(e), len(e), cap(e))
}
