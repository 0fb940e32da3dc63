package main
import "fmt"
type S struct{ X int }
func F[T interface{ *S }](p T) int { return p.X }
func main() { fmt.Println(F(&S{3})) }
