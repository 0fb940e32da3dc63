package main
import "fmt"
type A interface{ ~int | ~string }
type B interface{ ~int | ~float64 }
type AB interface{ A; B }
func F[T AB](x T) T { return x * 2 }
func main() { fmt.Println(F(4)) }
