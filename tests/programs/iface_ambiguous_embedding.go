package main

import "fmt"

type Namer interface{ Name() string }

type A struct{}
type B struct{}
type C struct{ A }

func (A) Name() string { return "A" }
func (B) Name() string { return "B" }

type Both struct {
	A
	B
}

type Shallow struct {
	C
	B
}

type Override struct {
	A
	B
}

func (Override) Name() string { return "Override" }

type Deep struct{ Shallow }

func main() {
	vals := []any{A{}, B{}, C{}, Both{}, Shallow{}, Override{}, Deep{}}
	for _, v := range vals {
		if n, ok := v.(Namer); ok {
			fmt.Printf("%-12T Namer -> %s\n", v, n.Name())
		} else {
			fmt.Printf("%-12T not a Namer (ambiguous selector)\n", v)
		}
	}
	b := Both{}
	fmt.Println("explicit:", b.A.Name(), b.B.Name())
	s := Shallow{}
	fmt.Println("shallow depth wins:", s.Name(), s.C.Name(), s.C.A.Name())
	o := Override{}
	fmt.Println("override:", o.Name(), o.A.Name())
	d := Deep{}
	fmt.Println("deep:", d.Name())
}
