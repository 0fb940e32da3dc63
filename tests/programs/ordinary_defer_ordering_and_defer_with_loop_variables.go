// defer ordering and defer with loop variables
package main

import "fmt"

func countdown() {
	fmt.Println("counting")
	for i := 0; i < 5; i++ {
		defer fmt.Println(i)
	}
	fmt.Println("done")
}

func tripleDefer() (result int) {
	defer func() { result *= 3 }()
	defer func() { result += 1 }()
	return 4
}

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

func useResources() {
	a := open("a")
	defer a.Close()
	b := open("b")
	defer b.Close()
	fmt.Println("using", a.name, b.name)
}

func trace(msg string) func() {
	fmt.Println("enter", msg)
	return func() { fmt.Println("exit", msg) }
}

func work() {
	defer trace("work")()
	fmt.Println("working...")
}

func main() {
	countdown()
	fmt.Println(tripleDefer())
	useResources()
	work()
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
	fmt.Println("x =", x)
}
