package main
import "fmt"
type P struct{ X int }
type Q struct{ X int }
func F[T P | Q](v T) int { return v.X }
func main() { fmt.Println(F(P{1})) }
