package main
import "fmt"
func F[T ~[]int | ~[]int8]() T { return T{1} }
func main() { fmt.Println(F[[]int]()) }
