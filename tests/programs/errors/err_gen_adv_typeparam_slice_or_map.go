package main
import "fmt"
func F[T ~[]int | ~map[int]int](x T) int { return x[0] }
func main() { fmt.Println(F([]int{1}), F(map[int]int{0: 5})) }
