package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := mk()
	arr := [3]int{}
	str := "xyz"
	var big uint64 = 1 << 63
	var max uint64 = 1<<64 - 1
	var u8 uint8 = 200
	var neg = -1
	try(func() { _ = s[big] })
	try(func() { _ = s[max:] })
	try(func() { _ = s[u8] })
	try(func() { _ = arr[max] })
	try(func() { _ = str[big] })
	try(func() { _ = str[max:] })
	try(func() { _ = s[neg] })
	try(func() { _ = s[neg:] })
	try(func() { s[big] = "z" })
	try(func() { _ = arr[:max] })
	try(func() { _ = s[uint(3):] })
}

var sink [][]string

func mk() []string {
	s := []string{"a", "b"}
	sink = append(sink, s)
	return s
}
