package main
import "fmt"
type M[K comparable, V any] map[K]V
type Tree struct{ Kids M[string, Tree]; V int }
func main() { t := Tree{V: 1, Kids: M[string, Tree]{"a": {V: 2}}}; fmt.Println(t.Kids["a"].V) }
