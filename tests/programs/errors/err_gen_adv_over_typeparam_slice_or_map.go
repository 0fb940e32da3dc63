package main
import "fmt"
func F[T ~[]int | ~map[int]int](x T) { for i, v := range x { fmt.Println(i, v) } }
func main() { F([]int{7, 8}); F(map[int]int{3: 4}) }
