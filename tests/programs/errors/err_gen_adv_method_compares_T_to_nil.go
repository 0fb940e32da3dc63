package main
import "fmt"
type Box[T any] struct{ v T }
func (b Box[T]) IsNil() bool { return b.v == nil }
func main() { fmt.Println(Box[*int]{}.IsNil()) }
