package main
import "fmt"
func F[T ~int]() { const c = T(3); fmt.Println(c) }
func main() { F[int]() }
