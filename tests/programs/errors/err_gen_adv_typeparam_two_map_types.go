package main
import "fmt"
func F[T ~map[string]int | ~map[string]bool]() T { return make(T) }
func main() { fmt.Println(F[map[string]int]()) }
