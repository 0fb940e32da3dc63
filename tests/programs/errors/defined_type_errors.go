package main

import "fmt"

type Celsius int
type Fahrenheit int
type T T
type A B
type B A

const Hot Celsius = 1000000000000000000000

func main() {
	var c Celsius = 5
	var f Fahrenheit = 3
	var i int = c
	fmt.Println(c + f, i)
	c = f
	type L L
	var b byte = Celsius(1)
	fmt.Println(b)
}
