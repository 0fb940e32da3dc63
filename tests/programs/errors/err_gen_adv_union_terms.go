package main
import "fmt"
func F[T interface{ ~int | int }](x T) { fmt.Println(x) }
func main() { F(3) }
