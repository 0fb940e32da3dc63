package main

import "fmt"

type V struct{ A, B int }

func (v V) String() string { return fmt.Sprintf("V<%d,%d>", v.A, v.B) }

type P struct{ A, B int }

func (p *P) String() string { return fmt.Sprintf("P<%d,%d>", p.A, p.B) }

func main() {
	v := V{1, 2}
	p := P{3, 4}
	fmt.Println(v, &v)
	fmt.Println(p, &p)
	fmt.Printf("%v %v | %v %v\n", v, &v, p, &p)
	fmt.Printf("%s %s\n", v, &p)
	fmt.Printf("%+v %+v\n", p, &p)
	fmt.Printf("%d %d\n", v, p)
	fmt.Println(fmt.Sprint(v), fmt.Sprint(p), fmt.Sprint(&p))

	var s fmt.Stringer = v
	fmt.Println("iface value:", s)
	s = &v
	fmt.Println("iface ptr-to-value:", s)
	s = &p
	fmt.Println("iface ptr:", s)
	_, ok := any(p).(fmt.Stringer)
	fmt.Println("P value is Stringer:", ok)

	vs := []V{{1, 1}, {2, 2}}
	ps := []P{{5, 5}, {6, 6}}
	pps := []*P{{7, 7}, {8, 8}}
	fmt.Println(vs, ps, pps)
	arr := [2]V{{9, 9}}
	fmt.Println(arr)
	type wrap struct {
		X V
		Y P
		Z *P
	}
	fmt.Printf("%v\n%+v\n", wrap{v, p, &p}, wrap{v, p, &p})
}
