package main
import "fmt"
func F[T ~int | ~float64](x T) { const c T = 1; fmt.Println(c) }
func main() { F(65) }
