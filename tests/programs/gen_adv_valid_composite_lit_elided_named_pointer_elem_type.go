package main

import "fmt"

type S struct{ f int }
type PS *S

func b() []PS { return []PS{{f: 1}} }

func c[P *S]() []P { return []P{{f: 1}} }

func main() {
	fmt.Println(b()[0].f, c[*S]()[0].f)
}
