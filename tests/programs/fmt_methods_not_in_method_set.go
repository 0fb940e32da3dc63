package main

import "fmt"

type T struct{ n int }

func (t *T) String() string { return fmt.Sprint("T", t.n) }

type inner struct{ v int }

func (i inner) String() string { return "inner!" }

type Outer struct {
	hidden inner
	N      int
}

type Wrap struct {
	inner
	X int
}

func main() {
	t := T{1}
	fmt.Println(t, []T{{2}, {3}})
	fmt.Printf("%v %+v\n", t, map[string]T{"a": {4}})
	o := Outer{inner{5}, 6}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	_ = Wrap{}
}
