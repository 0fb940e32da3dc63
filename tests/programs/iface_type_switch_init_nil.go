package main

import (
	"errors"
	"fmt"
)

type Token interface{ Kind() string }

type Num struct{ V int }
type Ident struct{ S string }
type Op byte

func (Num) Kind() string   { return "num" }
func (Ident) Kind() string { return "ident" }
func (Op) Kind() string    { return "op" }

func lex(i int) (Token, error) {
	switch i % 5 {
	case 0:
		return Num{i}, nil
	case 1:
		return Ident{fmt.Sprint("v", i)}, nil
	case 2:
		return Op('+'), nil
	case 3:
		return nil, nil
	}
	return nil, errors.New("bad token")
}

func main() {
	for i := 0; i < 7; i++ {
		switch t, err := lex(i); tt := t.(type) {
		case nil:
			fmt.Println(i, "nil token, err:", err)
		case Num:
			fmt.Println(i, "number", tt.V+1000, tt.Kind())
		case Ident, Op:
			fmt.Printf("%d ident-or-op %v %T kind=%s\n", i, tt, tt, tt.Kind())
		}
	}
	var t Token = Op('*')
	switch t.(type) {
	case Num:
		fmt.Println("num")
	default:
		fmt.Println("default branch", t.Kind())
	}
	var ptr *Num
	t = nil
	var a any = ptr
	switch v := a.(type) {
	case nil:
		fmt.Println("untyped nil")
	case *Num:
		fmt.Println("typed nil pointer *Num, v == nil:", v == nil)
	}
	switch a := any(t).(type) {
	case nil:
		fmt.Println("nil interface", a)
	default:
		fmt.Println("not nil")
	}
}
