package main

type Errs []error

func main() {
	var e Errs
	e = append(e, nil)
	for range e {
	}
	println(len(e), cap(e), e[0] == nil, len(e[1:]), len(make(Errs, 2)))
}
