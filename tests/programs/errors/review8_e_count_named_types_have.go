package main

type ID int
type Names []string

func f(a ID) {}

func main() {
	var n Names
	var p *ID
	var fn func(int) error
	var m map[string][]ID
	f(1, n, p, fn, m)
}
