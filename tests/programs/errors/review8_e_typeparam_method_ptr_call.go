package main

type M interface{ M() }

func F[T M](p *T) {
	p.M()
}

func main() {}
