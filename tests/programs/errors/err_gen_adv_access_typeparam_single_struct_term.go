package main
import "fmt"
func F[T interface{ struct{ X int } }](v T) { fmt.Println(v.X) }
func main() { F(struct{ X int }{1}) }
