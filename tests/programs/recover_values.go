package main

import "fmt"

type PanicInfo struct {
	Code int
	Msg  string
}

type Level int

type Tag string

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %v (%T)\n", name, r, r)
	}()
	f()
	fmt.Println(name, "completed normally")
}

func main() {
	try("string", func() { panic("something bad") })
	try("int", func() { panic(42) })
	try("negative", func() { panic(-7) })
	try("bool", func() { panic(true) })
	try("struct", func() { panic(PanicInfo{Code: 500, Msg: "server"}) })
	try("struct ptr fields", func() {
		p := PanicInfo{1, "x"}
		panic(p)
	})
	try("defined int", func() { panic(Level(3)) })
	try("defined string", func() { panic(Tag("urgent")) })
	try("slice", func() { panic([]int{1, 2, 3}) })
	try("map", func() { panic(map[string]int{"b": 2, "a": 1}) })
	try("array", func() { panic([2]string{"p", "q"}) })
	try("rune", func() { panic('x') })
	try("byte", func() { panic(byte(200)) })
	try("uint64", func() { panic(uint64(18446744073709551615)) })
	try("sprintf", func() { panic(fmt.Sprintf("code %d", 7)) })
	try("no panic", func() {})

	// Recovered values used as ordinary values.
	var got []any
	for i := range 4 {
		func() {
			defer func() { got = append(got, recover()) }()
			if i%2 == 0 {
				panic(i * 11)
			}
		}()
	}
	fmt.Println(got, got[1] == nil, got[2] == 22)

	// Printing a recovered struct with different verbs.
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v|%+v|%#v\n", r, r, r)
			fmt.Println(r == PanicInfo{9, "nine"}, r != nil)
		}()
		panic(PanicInfo{9, "nine"})
	}()

	// The panic value can be computed and can be a variable.
	msg := "computed"
	func() {
		defer func() { fmt.Println("got:", recover()) }()
		msg += " at runtime"
		panic(msg)
	}()
}
