package main
import "fmt"
type S[T any] []T
type Tree struct{ Kids S[Tree]; V int }
func main() { t := Tree{V: 1, Kids: S[Tree]{{V: 2}}}; fmt.Println(t.Kids[0].V) }
