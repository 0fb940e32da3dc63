package main
import "fmt"
func F[T ~[]int | ~[3]int](x T) { for i, v := range x { fmt.Println(i, v) } }
func main() { F([]int{1}); F([3]int{4}) }
