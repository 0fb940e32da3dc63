package main

import "fmt"

type Key interface{ ID() int }

type IntKey int
type StrKey struct{ s string }
type PtrKey struct{ n int }

func (k IntKey) ID() int  { return int(k) }
func (k StrKey) ID() int  { return len(k.s) }
func (k *PtrKey) ID() int { return k.n }

func main() {
	var a, b Key = IntKey(1), IntKey(1)
	fmt.Println("same dyn type & value:", a == b)
	b = IntKey(2)
	fmt.Println("diff value:", a == b, a != b)
	var c Key = StrKey{"x"}
	fmt.Println("diff type same ID:", a == c, a.ID() == c.ID())
	p1 := &PtrKey{1}
	p2 := &PtrKey{1}
	var k1, k2, k3 Key = p1, p2, p1
	fmt.Println("ptr identity:", k1 == k2, k1 == k3)

	var e1, e2 any = 3, 3.0
	fmt.Println("int vs float:", e1 == e2)
	e2 = 3
	fmt.Println("int vs int:", e1 == e2)
	var e3 any = int64(3)
	fmt.Println("int vs int64:", e1 == e3)

	fmt.Println("iface vs concrete:", a == IntKey(1), c == StrKey{"x"})
	var nk Key
	fmt.Println("nil key:", nk == nil, nk == a)

	arr1 := [2]any{1, "a"}
	arr2 := [2]any{1, "a"}
	fmt.Println("arrays of any:", arr1 == arr2)
	type pair struct {
		K Key
		V any
	}
	fmt.Println("structs with ifaces:", pair{a, 1} == pair{IntKey(1), 1}, pair{a, 1} == pair{a, "1"})

	var s fmt.Stringer
	var e error
	fmt.Println("different nil ifaces as any:", any(s) == any(e))
}
