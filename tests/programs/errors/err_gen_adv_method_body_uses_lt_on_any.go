package main
import "fmt"
type Box[T any] struct{ v T }
func (b Box[T]) Less(o Box[T]) bool { return b.v < o.v }
func main() { fmt.Println(Box[int]{1}.Less(Box[int]{2})) }
