package main

import (
	"cmp"
	"fmt"
)

type Number interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~uint16 | ~float32 | ~float64
}

func Sub[T cmp.Ordered](a, b T) T { return a - b }
func Big[T Number]() T           { return T(300) }
func Half[T Number]() T          { var x T = 1.5; return x }
func Mod[T Number](a, b T) T     { return a % b }
func Neg[T cmp.Ordered](a T) T   { return -a }

func main() { fmt.Println(Sub(3, 1)) }
