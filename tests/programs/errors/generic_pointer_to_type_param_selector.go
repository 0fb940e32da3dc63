package main

type M interface{ M() }

// Neither a method nor a field is selected through a pointer to a type parameter.
func F[T M](x T) {
	p := &x
	p.M()
	f := (*T).M
	_ = f
}

func G[T interface{ ~struct{ f int } }](x T) int {
	p := &x
	return p.f
}

func main() {}
