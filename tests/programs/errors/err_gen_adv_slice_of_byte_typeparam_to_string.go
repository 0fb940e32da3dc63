package main

import "fmt"

// gc rejects all three: []B -> string, string -> []R, "x" -> []B (element type is a type parameter)
func S[B ~byte](bs []B) string { return string(bs) }

func ToR[R ~rune](s string) []R { return []R(s) }

func Lit[B ~byte]() []B { return []B("x") }

func main() {
	fmt.Println(S([]byte("ok")), ToR[rune]("x"), Lit[byte]())
}
