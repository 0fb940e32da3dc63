package main
import "fmt"
func F[T ~int | ~int8]() { x := 1 << T(70); fmt.Println(x) }
func main() { F[int]() }
