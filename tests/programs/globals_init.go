package main

import "fmt"

var a = b + 1
var b = f()
var c, d = pair()
var msg = "total: " + fmt.Sprint(a+b+c+d)

func f() int { return 10 }

func pair() (int, int) { return 100, 1000 }

var counter int

func bump() int {
	counter++
	return counter
}

func init() {
	fmt.Println("init runs first", a, b)
	counter = 40
}

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(msg)
	bump()
	fmt.Println(bump())
}
