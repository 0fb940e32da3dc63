package main
import "fmt"
type Integer interface{ ~int | ~int8 }
type Float interface{ ~float64 }
func Max[T Integer | Float](a, b T) T { if a > b { return a }; return b }
func main() { fmt.Println(Max(1, 2), Max(1.5, 0.5)) }
