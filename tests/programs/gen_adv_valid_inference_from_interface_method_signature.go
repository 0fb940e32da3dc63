package main
import "fmt"
type Getter[T any] interface{ Get() T }
type G struct{}
func (G) Get() int { return 1 }
func F[T any](g Getter[T]) T { return g.Get() }
func main() { fmt.Printf("%T\n", F(G{})) }
