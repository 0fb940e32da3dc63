package main
import "fmt"
func F[T *int | *float64](p T) { fmt.Println(*p) }
func main() { x := 3; F(&x) }
