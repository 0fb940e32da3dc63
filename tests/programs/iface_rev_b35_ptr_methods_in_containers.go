package main

import "fmt"

type PE struct{ s string }

func (p *PE) Error() string { return "PE " + p.s }

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprint("PS", p.n) }

type PF struct{ n int }

func (p *PF) Format(s fmt.State, c rune) { fmt.Fprint(s, "PF", p.n) }

type Holder struct {
	E  PE
	S  PS
	F  PF
	PS *PS
	A  [2]PS
	M  map[string]PS
}

func main() {
	h := Holder{PE{"a"}, PS{1}, PF{2}, &PS{3}, [2]PS{{4}, {5}}, map[string]PS{"k": {6}}}
	fmt.Println(h)
	fmt.Println(&h)
	fmt.Printf("%+v\n", &h)
	fmt.Println([]PS{{7}}, []*PS{{8}}, &[]PS{{9}}, &[1]PS{{10}})
	fmt.Println(&map[string]*PS{"z": {11}})
	fmt.Println(PE{"b"}, &PE{"c"}, PS{12}, &PS{13}, PF{14}, &PF{15})
}
