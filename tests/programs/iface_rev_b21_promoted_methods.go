package main

import (
	"errors"
	"fmt"
)

type Wrap struct {
	error
	Code int
}

type SW struct {
	fmt.Stringer
}

type N int

func (n N) String() string { return fmt.Sprintf("N%d", int(n)) }

type Outer struct {
	N
	X int
}

type POuter struct {
	*N
}

func main() {
	fmt.Println(Wrap{errors.New("inner"), 3})
	fmt.Printf("%v|%+v|%s\n", Wrap{errors.New("e"), 1}, Wrap{errors.New("e"), 1}, Wrap{errors.New("e"), 1})
	fmt.Println(Wrap{nil, 4})
	fmt.Println(SW{N(5)})
	fmt.Println(SW{})
	fmt.Println(Outer{N(6), 7})
	n := N(8)
	fmt.Println(POuter{&n}, POuter{})
	fmt.Printf("%d %x\n", Outer{N(9), 10}, Outer{N(11), 12})
	var e error = Wrap{errors.New("x"), 1}
	fmt.Println(errors.Unwrap(e), e)
	fmt.Printf("%#v\n", Outer{N(1), 2})
}
