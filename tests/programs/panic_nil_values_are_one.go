package main

import "fmt"

func catch() (r any) {
	defer func() { r = recover() }()
	panic(nil)
}

// Every panic(nil) panics with the same *runtime.PanicNilError (a pointer to a zero-size value).
func main() {
	a, b := catch(), catch()
	fmt.Println(a == b, a)
	fmt.Println(a.(error).Error())
	fmt.Printf("%T\n", a)
}
