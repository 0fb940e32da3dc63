package main
import "fmt"
func F[P *E, E any](e E) P { return &e }
func main() { fmt.Printf("%T\n", F("s")) }
