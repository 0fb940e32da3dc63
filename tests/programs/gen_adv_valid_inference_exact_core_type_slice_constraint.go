package main
import "fmt"
func F[S []E, E any](e E) S { return S{e} }
func main() { fmt.Printf("%T\n", F(1)) }
