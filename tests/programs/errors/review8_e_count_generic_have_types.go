package main

type ID int

func F[K comparable, V any](m map[K]V) {}

func main() {
	var id ID
	F(map[ID]string{}, id, []ID{}, struct{ a int }{})
}
