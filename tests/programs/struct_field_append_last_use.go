// A slice field appended to in a struct copy that nothing reads afterwards — the value
// receiver mistake of tutorials: the caller's slice keeps its length, and its capacity and
// contents show whether the append wrote into the caller's storage.
package main

import (
	"fmt"
	"slices"
)

type Stack struct{ items []int }

// The mistake: s is a copy; the append is lost.
func (s Stack) Push(v int) { s.items = append(s.items, v) }

// The fix.
func (s *Stack) PushP(v int) { s.items = append(s.items, v) }

type Wallet struct {
	Owner string
	Coins []int
	Meta  map[string]string
}

// Other fields read after the append: the appended field is still never read again.
func modify(w Wallet) {
	w.Owner = "changed"
	w.Coins[0] = 999
	w.Coins = append(w.Coins, 5)
	w.Meta["touched"] = w.Owner
}

type Inner struct{ list []string }
type Outer struct {
	name  string
	inner Inner
}

func rename(o Outer, n string) string {
	o.inner.list = append(o.inner.list, n)
	o.name = n
	return o.name
}

func main() {
	var s Stack
	s.Push(1)
	fmt.Println(len(s.items), cap(s.items), s.items == nil)
	s.PushP(1)
	s.PushP(2)
	s.PushP(3)
	fmt.Println(len(s.items), cap(s.items), s.items)

	// Spare capacity: the lost append writes into the caller's storage.
	t := Stack{items: make([]int, 2, 4)}
	t.Push(7)
	fmt.Println(len(t.items), cap(t.items), t.items, t.items[:3])

	w := Wallet{"orig", []int{1, 2, 3}, map[string]string{}}
	modify(w)
	fmt.Printf("%+v %d\n", w, cap(w.Coins))
	roomy := Wallet{"roomy", make([]int, 1, 3), map[string]string{}}
	modify(roomy)
	fmt.Println(roomy.Coins, roomy.Coins[:2], cap(roomy.Coins), roomy.Meta)

	o := Outer{"o", Inner{[]string{"a"}}}
	fmt.Println(rename(o, "b"), o.inner.list, len(o.inner.list), cap(o.inner.list))

	// Called in loops: each call's copy is fresh.
	var u Stack
	for i := range 3 {
		u.Push(i)
	}
	fmt.Println(len(u.items), cap(u.items))
	for i := range 3 {
		u.PushP(i)
	}
	for i := range 3 {
		u.Push(i + 10)
	}
	fmt.Println(len(u.items), cap(u.items), u.items, u.items[:cap(u.items)])
	teams := []Outer{{"a", Inner{nil}}, {"b", Inner{[]string{"x"}}}}
	for _, t := range teams {
		t.inner.list = append(t.inner.list, "new")
	}
	fmt.Println(teams, cap(teams[1].inner.list))

	// slices.Clip: the capacity is the length, wherever the storage is.
	c := slices.Clip(make([]int, 2, 10))
	fmt.Println(len(c), cap(c))
	d := slices.Clip(t.items)
	fmt.Println(len(d), cap(d), d)
}
