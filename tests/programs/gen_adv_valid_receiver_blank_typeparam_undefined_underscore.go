package main
import "fmt"
type Pair[K, V any] struct{ k K; v V }
func (p Pair[K, _]) Key() K { return p.k }
func (p *Pair[_, V]) SetV(v V) { p.v = v }
func main() { p := Pair[int, string]{1, "a"}; p.SetV("b"); fmt.Println(p.Key(), p) }
