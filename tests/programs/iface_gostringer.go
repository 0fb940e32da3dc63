package main

import "fmt"

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) String() string {
	return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Cur)
}

func (m Money) GoString() string {
	return fmt.Sprintf("Money(%d, %q)", m.Cents, m.Cur)
}

type OnlyGo struct{ X int }

func (o *OnlyGo) GoString() string { return "&OnlyGo{...}" }

type Plain struct {
	A int
	B string
	C []int
	D map[string]int
	E *int
	F any
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("%v\n%s\n%+v\n%#v\n", m, m, m, m)
	fmt.Printf("%#v\n", []Money{m, {5, "USD"}})
	fmt.Printf("%#v\n", map[string]Money{"a": m})
	fmt.Printf("%#v\n", struct{ M Money }{m})
	o := OnlyGo{3}
	fmt.Printf("%#v | %#v | %v\n", o, &o, &o)
	x := 5
	_ = x
	p := Plain{1, "s", []int{1}, map[string]int{"k": 2}, nil, 3.5}
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v %#v %#v %#v\n", 42, "str", []any{1, "a", nil}, any(nil))
	fmt.Printf("%#v %#v\n", int8(-3), uint(7))
	var gs fmt.GoStringer = m
	fmt.Println(gs.GoString())
	fmt.Printf("%#x %#o %#q\n", 255, 8, "hi")
}
