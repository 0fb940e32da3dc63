package main

type I interface{ M() }

func main() {
	var i I
	i()
	_ = I{}
	_ = &i.M
	i.M = nil
	_ = i[0]
	_ = len(i)
	for range i {
	}
}
