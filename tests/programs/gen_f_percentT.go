package main

import "fmt"

type Celsius float64
type Box struct{ V int }

func TypeOf[T any](x T) string {
	return fmt.Sprintf("%T", x)
}

func TypeName[T any]() string {
	var z T
	return fmt.Sprintf("%T", z)
}

func PtrType[T any]() string {
	var p *T
	return fmt.Sprintf("%T", p)
}

func SliceOf[T any](x T) []T { return []T{x} }

func MapOf[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

func FuncOf[T, U any]() func(T) U { return nil }

func ChanOf[T any]() chan T { return make(chan T) }

func main() {
	fmt.Println(TypeOf(1), TypeOf("s"), TypeOf(2.5), TypeOf(Celsius(3)))
	fmt.Println(TypeOf(Box{1}), TypeOf(&Box{2}), TypeOf([]Box{}))
	fmt.Println(TypeName[int8](), TypeName[[]string](), TypeName[map[string][]int]())
	fmt.Println(TypeName[any](), TypeName[error](), TypeName[*int]())
	fmt.Println(PtrType[int](), PtrType[Celsius](), PtrType[[]byte]())
	fmt.Printf("%T %T\n", SliceOf(Celsius(1)), SliceOf(SliceOf('x')))
	fmt.Printf("%T\n", MapOf("k", Box{}))
	fmt.Printf("%T\n", FuncOf[int, string]())
	fmt.Printf("%T\n", ChanOf[struct{}]())
	fmt.Printf("%T\n", TypeOf[int])
	fmt.Println(TypeOf(struct{ A int }{1}), TypeOf([2]bool{}))
	fmt.Println(TypeOf(func(int) error { return nil }))
}
