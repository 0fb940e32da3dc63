package main
import "fmt"
func Id[T any](x T) T { return x }
func Apply[T, U any](x T, f func(T) U) U { return f(x) }
func main() { fmt.Println(Apply(3, Id)) }
