package main

import "fmt"

type Guard struct{ name string }

func (g Guard) Catch(stage int) {
	fmt.Println(g.name, "stage", stage, "caught:", recover())
}

func (g *Guard) CatchPtr(stage int, notes ...string) {
	fmt.Println(g.name, "stage", stage, "caught:", recover(), notes)
}

func handler(label string, code int) {
	fmt.Println(label, code, "caught:", recover())
}

// A deferred function literal that takes arguments is still called directly
// by the deferred call, so its recover stops the panic.
func literalWithArg() {
	defer func(tag string) {
		fmt.Println("literal with arg", tag, "caught:", recover())
	}("t1")
	panic("boom 1")
}

func literalWithArgs(x int) (res int) {
	defer func(a, b int) {
		if r := recover(); r != nil {
			fmt.Println("literal with args caught:", r, a, b)
			res = a + b
		}
	}(x, x*2)
	x = 1000
	panic(fmt.Sprint("boom ", x))
}

func literalVariadic() {
	defer func(tags ...string) {
		fmt.Println("variadic literal", tags, "caught:", recover())
	}("a", "b")
	panic("boom 3")
}

func namedWithArgs() {
	defer handler("named", 7)
	panic("boom 4")
}

func methodWithArgs() {
	g := Guard{"value-guard"}
	defer g.Catch(1)
	g.name = "renamed"
	panic("boom 5")
}

func ptrMethodWithArgs() {
	g := &Guard{"ptr-guard"}
	defer g.CatchPtr(2, "n1", "n2")
	g.name = "renamed ptr-guard"
	panic("boom 6")
}

func closureVarWithArg() {
	catch := func(n int) { fmt.Println("closure var", n, "caught:", recover()) }
	defer catch(9)
	panic("boom 7")
}

func loopWithArgs() {
	for i := range 3 {
		defer func(k int) {
			fmt.Println("loop defer", k, "caught:", recover())
		}(i * 10)
	}
	panic("boom 8")
}

func main() {
	literalWithArg()
	fmt.Println("result:", literalWithArgs(5))
	literalVariadic()
	namedWithArgs()
	methodWithArgs()
	ptrMethodWithArgs()
	closureVarWithArg()
	loopWithArgs()
	fmt.Println("all recovered")
}
