package main

import "fmt"

func F[T ~string](x T) byte { return T("abc")[5] }

func main() {
	defer func() { fmt.Println(recover()) }()
	fmt.Println(F("x"))
}
