package main

import "fmt"

type Box struct{ V int }

func (b Box) Show(tag string)   { fmt.Println(tag, "value receiver:", b.V) }
func (b *Box) ShowP(tag string) { fmt.Println(tag, "pointer receiver:", b.V) }

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) { fmt.Println("leave", msg) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

func counter() {
	i := 0
	defer fmt.Println("deferred arg i =", i)
	defer func() { fmt.Println("closure sees i =", i) }()
	defer func(v int) { fmt.Println("param v =", v) }(i * 100)
	i = 42
	fmt.Println("set i to", i)
}

func receivers() {
	b := Box{1}
	defer b.Show("deferred")  // receiver copied now: 1
	defer b.ShowP("deferred") // &b: sees final value
	p := &b
	defer p.Show("via ptr")   // *p copied now: 1
	b.V = 2
	b.V = 3
}

func sliceAndMap() {
	s := []int{1, 2, 3}
	m := map[string]int{"k": 1}
	arr := [2]int{1, 1}
	defer fmt.Println("slice:", s, "map:", m, "array:", arr)
	s[0] = 100
	m["k"] = 100
	arr[0] = 100
	s = append(s, 4)
}

func deferredFuncValue() {
	f := func() { fmt.Println("original f") }
	defer f()
	f = func() { fmt.Println("replaced f") }
	f()
}

func main() {
	b()
	counter()
	receivers()
	sliceAndMap()
	deferredFuncValue()

	x := 5
	func() {
		defer fmt.Printf("printf arg x=%d\n", x)
		x = 6
	}()
	fmt.Println("x after", x)
}
