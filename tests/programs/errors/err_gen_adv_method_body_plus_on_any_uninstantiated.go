package main
import "fmt"
type Box[T any] struct{ v T }
func (b Box[T]) Sum() T { return b.v + b.v }
func main() { fmt.Println("x") }
