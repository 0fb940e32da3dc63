package main
type I interface{ M() }
func F[T I](x T) { p := &x; p.M() }
type X struct{}
func (X) M() {}
func main() { F(X{}) }
