package main
import "fmt"
type Box[T any] struct{ v T }
func (Box[T]) M() {}
func (Box[T]) M() {}
func main() { fmt.Println(Box[int]{}) }
