package main
import "fmt"
type G struct{}
func (G) Get() float64 { return 1.5 }
func F[E any, I interface{ Get() E }](i I) E { return i.Get() }
func main() { fmt.Println(F(G{})) }
