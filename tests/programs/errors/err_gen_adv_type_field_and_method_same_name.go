package main
import "fmt"
type Box[T any] struct{ M int }
func (Box[T]) M() {}
func main() { fmt.Println(Box[int]{}) }
