package main

import "fmt"

type T struct{ a, b int }

var gi int
var gb bool

func f() int { gi = 9; gb = true; return 0 }

func id(t T) T { return t }

func main() {
	fmt.Println(T{gi, 1}, [2]int{gi, gi}, f(), T{gi, 2})
	gi, gb = 0, false
	fmt.Println(struct{ x bool }{gb}, []int{gi}, f())
	gi, gb = 0, false
	fmt.Println(id(T{gi, 3}), f(), gi)
	gi, gb = 0, false
	fmt.Println(T{gi, 4}.a, f())
	gi, gb = 0, false
	fmt.Println(gb == true, !gb, gi+1, -gi, f())
	gi, gb = 0, false
	fmt.Println(float64(gi), int8(gi), uint8(gi+1), string(rune(gi+65)), f())
}
