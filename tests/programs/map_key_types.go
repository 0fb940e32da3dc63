package main

import "fmt"

type Coord struct {
	Row, Col int
}

type Key struct {
	Name string
	ID   int
	On   bool
}

type Color int

type Node struct{ label string }

func main() {
	ints := map[int]string{-1: "neg", 0: "zero", 1 << 40: "big"}
	fmt.Println(ints[-1], ints[0], ints[1<<40], ints)

	bytesKeys := map[byte]int{'a': 1, 'z': 26}
	fmt.Println(bytesKeys)

	int8s := map[int8]bool{-128: true, 127: false}
	fmt.Println(int8s)

	bools := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bools[1 < 2], bools[2 < 1], bools)

	coords := map[Coord]int{}
	for r := range 3 {
		for c := range 3 {
			coords[Coord{r, c}] = r*3 + c
		}
	}
	fmt.Println(len(coords), coords[Coord{2, 1}], coords[Coord{5, 5}])
	fmt.Println(coords)

	keys := map[Key]int{
		{"a", 1, true}:  10,
		{"a", 1, false}: 20,
		{"b", 1, true}:  30,
	}
	keys[Key{"a", 1, true}] += 5
	fmt.Println(keys[Key{"a", 1, true}], keys[Key{"a", 1, false}], len(keys))
	fmt.Println(keys)

	arrays := map[[3]int]string{}
	arrays[[3]int{1, 2, 3}] = "asc"
	arrays[[3]int{3, 2, 1}] = "desc"
	k := [3]int{1, 2, 3}
	fmt.Println(arrays[k], arrays)
	k[0] = 3
	k[2] = 1
	fmt.Println(arrays[k])

	strArr := map[[2]string]int{{"x", "y"}: 1}
	strArr[[2]string{"x", "y"}]++
	fmt.Println(strArr)

	colors := map[Color]string{1: "red", 2: "green"}
	fmt.Println(colors[Color(2)], colors)

	// Pointer keys: identity, not contents.
	n1 := &Node{"same"}
	n2 := &Node{"same"}
	visited := map[*Node]bool{}
	visited[n1] = true
	fmt.Println(visited[n1], visited[n2], len(visited))
	visited[n2] = true
	visited[n1] = false
	fmt.Println(len(visited), visited[n1], visited[n2])
	var nilNode *Node
	visited[nilNode] = true
	fmt.Println(len(visited), visited[nil])

	ptrCount := map[*int]int{}
	x, y := 1, 1
	for i := range 5 {
		if i%2 == 0 {
			ptrCount[&x]++
		} else {
			ptrCount[&y]++
		}
	}
	fmt.Println(ptrCount[&x], ptrCount[&y], len(ptrCount))

	strKeys := map[string]int{"": 0, "a b": 1, "héllo": 2, "\x00": 3}
	fmt.Println(len(strKeys), strKeys["héllo"], strKeys[""], strKeys["\x00"])
	fmt.Printf("%q\n", strKeys)

	runes := map[rune]string{'é': "e-acute", 'A': "A"}
	fmt.Println(runes)

	u := map[uint64]int{18446744073709551615: 1, 0: 2}
	fmt.Println(u)

	anyKeys := map[any]string{1: "int", "1": "string", true: "bool", Coord{1, 1}: "coord"}
	fmt.Println(anyKeys[1], anyKeys["1"], anyKeys[true], anyKeys[Coord{1, 1}], anyKeys[int64(1)] == "")
	fmt.Println(len(anyKeys))
}
