package main
import "fmt"
type S int
func (S) String() string { return "S" }
func F[T interface{ ~int | fmt.Stringer }](x T) { fmt.Println(x) }
func main() { F(S(3)); F(3) }
