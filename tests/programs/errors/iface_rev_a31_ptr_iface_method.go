package main

type I interface{ M() }

func main() {
	var i I
	p := &i
	p.M()
}
