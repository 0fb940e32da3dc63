package main
import "fmt"
func F[T ~int | ~float64](x T) { fmt.Println(x / 0) }
func main() { F(1.0) }
