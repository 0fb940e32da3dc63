package main
import "fmt"
type A interface{ ~int | ~string }
type B interface{ ~int | ~float64 }
type AB interface{ A; B }
func F[T AB](x T) string { return string(rune(x)) + fmt.Sprint(x % 3) }
func main() { fmt.Println(F(65)) }
