package main

type Adder[A Adder[A]] interface {
	Add(A) A
}

type V int

func (v V) Add(w V) V { return v + w }

func main() {
	var a Adder[V] = V(1)
	println(a.Add(2))
}
