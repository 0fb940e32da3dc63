package main

import "fmt"

type P struct {
	X, Y int
}

type Level int

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13, "Beta": 2, "": 0}
	fmt.Println(m)
	fmt.Printf("%v\n", m)
	fmt.Printf("%+v\n", m)
	fmt.Printf("%#v\n", m)
	fmt.Printf("%d\n", m)
	fmt.Printf("%T\n", m)
	fmt.Print(m, "\n")
	s := fmt.Sprint(m)
	fmt.Println(len(s), s)

	ints := map[int]bool{10: true, -5: false, 3: true, 0: false}
	fmt.Println(ints)
	fmt.Printf("%#v\n", ints)
	fmt.Printf("%x\n", map[int]int{255: 16, 10: 11})

	structs := map[P]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"}
	fmt.Println(structs)
	fmt.Printf("%+v\n", structs)
	fmt.Printf("%#v\n", structs)

	vals := map[string]P{"k": {1, 2}}
	fmt.Printf("%v %+v %#v\n", vals, vals, vals)

	var nilMap map[string]int
	fmt.Println(nilMap)
	fmt.Printf("%v %#v %d\n", nilMap, nilMap, len(nilMap))
	empty := map[string]int{}
	fmt.Printf("%v %#v\n", empty, empty)

	nested := map[string]map[string][]int{"x": {"b": {2}, "a": {1, 1}}, "w": nil}
	fmt.Println(nested)
	fmt.Printf("%#v\n", nested)

	levels := map[Level]string{3: "high", 1: "low", 2: "mid"}
	fmt.Println(levels)
	fmt.Printf("%#v\n", levels)

	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools)

	arrs := map[[2]int]int{{2, 0}: 1, {1, 5}: 2, {1, 3}: 3}
	fmt.Println(arrs)

	runes := map[rune]int{'b': 2, 'a': 1}
	fmt.Printf("%v %c\n", runes, runes)

	quoted := map[string]string{"k\"1": "v\n", "k2": "tab\t"}
	fmt.Printf("%q\n", quoted)
	fmt.Printf("%v\n", quoted)

	widths := map[string]int{"a": 1, "bb": 22}
	fmt.Printf("%5v|\n", widths)
	fmt.Printf("%-4d|\n", widths)

	inSlice := []map[string]int{{"b": 1, "a": 2}, nil}
	fmt.Println(inSlice)
	inStruct := struct {
		Name string
		Tags map[string]bool
	}{"s", map[string]bool{"y": true, "x": false}}
	fmt.Printf("%v\n%+v\n", inStruct, inStruct)

	anyVals := map[string]any{"n": 1, "s": "str", "nil": nil, "sl": []int{1}}
	fmt.Println(anyVals)
}
