package main

import "fmt"

func main() {
	s := []byte("hello world")
	out := s[:0]
	for _, v := range s {
		if v != 'l' {
			out = append(out, v)
		}
	}
	fmt.Println(len(out), cap(out), string(out), string(s))
	var e []byte
	o2 := e[:0]
	e = []byte("ab")
	for _, v := range e {
		o2 = append(o2, v)
	}
	fmt.Println(len(o2), cap(o2), o2[0])
}
