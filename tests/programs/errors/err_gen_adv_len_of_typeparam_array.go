package main
import "fmt"
func F[T ~[4]int](x T) { const c = len(x); fmt.Println(c) }
func main() { F([4]int{}) }
