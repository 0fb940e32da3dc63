package main

func Id[T any](x T) T { return x }
func Two[T, U any](x T) T { return x }

func use(f any)            {}
func useF(f func(int) int) {}

func main() {
	use(Id)
	useF(Two)
	var k func(int) int = Two
	_ = k
	useF(Id)
}
