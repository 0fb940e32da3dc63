package main

import (
	"fmt"
	"strings"
)

type ByteSeq interface {
	~string | ~[]byte
}

func CountByte[S ByteSeq](s S, b byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			n++
		}
	}
	return n
}

func HasPrefix[S ByteSeq](s, prefix S) bool {
	return len(s) >= len(prefix) && string(s[:len(prefix)]) == string(prefix)
}

func Upper[S ByteSeq](s S) S {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return S(b)
}

type Path string

func Runes[S ~string](s S) []rune {
	var out []rune
	for _, r := range s {
		out = append(out, r)
	}
	return out
}

func main() {
	fmt.Println(CountByte("banana", 'a'), CountByte([]byte("hello"), 'l'))
	fmt.Println(HasPrefix("golang", "go"), HasPrefix([]byte("rust"), []byte("go")))
	fmt.Println(Upper("mixed Case 123"))
	fmt.Printf("%s %T\n", Upper([]byte("bytes")), Upper([]byte("x")))
	p := Upper(Path("/usr/bin"))
	fmt.Printf("%v %T\n", p, p)
	fmt.Println(len(Runes("héllo")), string(Runes(Path("añb"))[1]))
	fmt.Println(strings.Repeat(string(Upper("ab")), 2))
}
