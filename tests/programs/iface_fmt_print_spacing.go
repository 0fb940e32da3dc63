package main

import "fmt"

type S string

func (s S) String() string { return "<" + string(s) + ">" }

type N int

func (n N) String() string { return fmt.Sprintf("#%d", int(n)) }

type Err struct{}

func (Err) Error() string { return "err!" }

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(N(1), N(2), "\n")
	fmt.Print(S("x"), S("y"), "\n")
	fmt.Print("str", N(3), 4, "\n")
	fmt.Print(Err{}, Err{}, "\n")
	fmt.Print(N(5), "str", S("z"), "\n")
	fmt.Print(1.5, true, nil, "\n")
	fmt.Print([]N{1, 2}, []S{"p"}, "\n")
	fmt.Println(N(1), N(2), "x", S("y"))
	fmt.Println()
	a := fmt.Sprint(N(7), N(8))
	b := fmt.Sprint("s", "t")
	c := fmt.Sprintln(N(7), "s")
	fmt.Printf("%q %q %q\n", a, b, c)
	var st fmt.Stringer = N(9)
	var e error = Err{}
	fmt.Print(st, e, "\n")
	fmt.Print(any(nil), any(nil), "\n")
	n, _ := fmt.Println(st, e)
	fmt.Println("bytes written:", n)
	n, _ = fmt.Print(N(10), N(11), "\n")
	fmt.Println("bytes written:", n)
	n, _ = fmt.Printf("%v|%s|%d\n", st, st, st)
	fmt.Println("bytes written:", n)
}
