package main

type I interface{ M() }
type J interface{ M() int }

func main() {
	var i I
	switch i.(type) {
	case J:
	case interface{ M(string) }:
	}
}
