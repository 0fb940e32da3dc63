package main

import "fmt"

const a int8 = 100
const b = a * 2

func main() {
	fmt.Println(b)
}
