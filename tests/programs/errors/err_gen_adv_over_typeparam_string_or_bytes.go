package main
import "fmt"
func F[T ~string | ~[]byte](x T) { for i, v := range x { fmt.Println(i, v) } }
func main() { F("aé") }
