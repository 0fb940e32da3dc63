package main

import "fmt"

type Rank int

func (r Rank) String() string {
	names := []string{"zero", "one", "two", "three"}
	return names[3-int(r)]
}

type Tag string

func (t Tag) String() string { return "tag-" + string(t) }

type Pair struct {
	K Tag
	V Rank
}

func main() {
	m := map[Rank]string{0: "a", 1: "b", 2: "c", 3: "d"}
	fmt.Println(m)
	fmt.Printf("%v\n%d\n", m, m)
	tags := map[Tag]Rank{"b": 1, "a": 2, "c": 0}
	fmt.Println(tags)
	fmt.Printf("%+v\n%#v\n", tags, tags)
	var im = map[any]int{3: 1, 1: 3, 2: 5, -4: 6}
	fmt.Println(im)
	var sm = map[fmt.Stringer]int{Rank(2): 1, Rank(3): 2, Rank(0): 3}
	fmt.Println(sm)
	var tm = map[any]string{Tag("b"): "x", Tag("a"): "y"}
	fmt.Println(tm)
	nested := map[string][]Pair{"z": {{"p", 1}}, "y": {{"q", 2}, {"r", 3}}}
	fmt.Println(nested)
	fmt.Printf("%+v\n", nested)
	for _, k := range []Rank{0, 1, 2, 3} {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
}
