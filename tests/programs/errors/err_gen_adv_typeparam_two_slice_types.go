package main
import "fmt"
func F[T ~[]int | ~[]int8](x T) T { return append(x, 1) }
func main() { fmt.Println(F([]int{})) }
