package main
import "fmt"
func F[T func() int | func() int8](f T) { fmt.Println(f()) }
func main() { F(func() int { return 3 }) }
