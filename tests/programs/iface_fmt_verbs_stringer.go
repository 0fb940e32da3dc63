package main

import "fmt"

type Name string

func (n Name) String() string { return "Name:" + string(n) }

type Code int

func (c Code) String() string { return fmt.Sprintf("C%03d", int(c)) }

type Bytes []byte

func (b Bytes) String() string { return fmt.Sprintf("Bytes(%d)", len(b)) }

func main() {
	n := Name("bob")
	c := Code(7)
	b := Bytes("hi")
	fmt.Printf("v: %v %v %v\n", n, c, b)
	fmt.Printf("s: %s %s %s\n", n, c, b)
	fmt.Printf("q: %q %q %q\n", n, c, b)
	fmt.Printf("x: %x %x %x\n", n, c, b)
	fmt.Printf("X: %X\n", n)
	fmt.Printf("d: %d %d\n", c, b)
	fmt.Printf("T: %T %T %T\n", n, c, b)
	fmt.Printf("+v: %+v %+v\n", n, c)
	fmt.Printf("#v: %#v %#v %#v\n", n, c, b)
	fmt.Printf("pad: [%10v] [%-10v] [%10s] [%-8s]|\n", n, n, c, c)
	fmt.Printf("prec: [%.3v] [%.2s] [%8.3s]\n", n, c, n)
	fmt.Printf("num on stringer: [%5d] [%-5d] [%05d] [%x] [%o] [%b]\n", c, c, c, c, c, c)
	fmt.Printf("bad verb: %t\n", n)
	fmt.Println(n, c, b)
	fmt.Print(n, c, "\n")
	fmt.Print(c, c, "\n")
	s := fmt.Sprintln("sprintln", n, c)
	fmt.Print(s)
	fmt.Printf("slice: %v %s %q\n", []Name{"a", "b"}, []Code{1, 2}, []Name{"x"})
	fmt.Printf("ptr: %v\n", &c)
}
