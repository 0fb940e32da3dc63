package main

type I interface{ M() }
type J interface{ M() int }

type T struct{}

func (T) M() int { return 0 }

func main() {
	var i I
	_ = i.(J)
	_ = i.(T)
}
