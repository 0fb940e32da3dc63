package main

type MyInt int

func F[T int | float64](x T) {}

func main() {
	F(MyInt(1))
}
