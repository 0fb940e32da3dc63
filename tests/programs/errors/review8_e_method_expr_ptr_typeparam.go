package main

type M interface{ M() }

func F[T M](x T) {
	f := (*T).M
	_ = f
}

func main() {}
