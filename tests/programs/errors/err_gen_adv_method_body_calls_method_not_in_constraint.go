package main
import "fmt"
type Box[T any] struct{ v T }
func (b Box[T]) Str() string { return b.v.String() }
type S struct{}
func (S) String() string { return "S" }
func main() { fmt.Println(Box[S]{}.Str()) }
