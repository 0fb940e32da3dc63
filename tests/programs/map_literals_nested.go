package main

import "fmt"

type Point struct{ X, Y int }

type Employee struct {
	Name  string
	Level int
}

func main() {
	ages := map[string]int{
		"alice": 31,
		"bob":   27,
		"carol": 45,
	}
	fmt.Println(ages)

	// Struct values, with and without elided types.
	byID := map[int]Employee{
		3: {"Cid", 2},
		1: {Name: "Ann", Level: 5},
		2: Employee{"Bob", 1},
	}
	fmt.Println(byID)
	fmt.Printf("%+v\n", byID[1])

	// Struct keys elided.
	grid := map[Point]string{
		{0, 0}: "origin",
		{1, 0}: "east",
		{0, 1}: "north",
	}
	fmt.Println(grid[Point{1, 0}], grid[Point{0, 1}], len(grid))
	fmt.Println(grid)

	// Pointer values elided: &T.
	ptrs := map[string]*Point{
		"a": {1, 2},
		"b": {3, 4},
	}
	ptrs["a"].X = 10
	fmt.Println(*ptrs["a"], *ptrs["b"])

	// Nested maps.
	nested := map[string]map[string]int{
		"fruit": {"apple": 3, "pear": 1},
		"veg":   {"leek": 2},
		"empty": {},
	}
	fmt.Println(nested)
	fmt.Println(nested["fruit"]["apple"], nested["veg"]["nope"], nested["missing"]["x"])
	nested["veg"]["kale"] = 9
	fmt.Println(len(nested["veg"]), nested["veg"])

	// Slices as values.
	lists := map[string][]int{
		"odd":  {1, 3, 5},
		"even": {2, 4},
		"none": nil,
	}
	lists["odd"] = append(lists["odd"], 7)
	lists["new"] = append(lists["new"], 100)
	fmt.Println(lists)

	// Array keys and values.
	arr := map[[2]int][]string{
		{1, 2}: {"a"},
		{2, 1}: {"b", "c"},
	}
	fmt.Println(arr[[2]int{2, 1}], len(arr[[2]int{9, 9}]))

	// A slice of maps and a map inside a struct.
	type Config struct {
		Name  string
		Flags map[string]bool
	}
	cfgs := []Config{
		{"dev", map[string]bool{"debug": true, "cache": false}},
		{"prod", map[string]bool{"cache": true}},
	}
	for _, c := range cfgs {
		fmt.Println(c.Name, c.Flags["debug"], c.Flags["cache"], c.Flags)
	}
	records := []map[string]int{{"x": 1}, {"y": 2, "z": 3}, nil}
	fmt.Println(records, len(records[1]))

	// Map of maps with struct keys.
	deep := map[Point]map[bool][]Point{
		{1, 1}: {true: {{2, 2}, {3, 3}}, false: nil},
	}
	fmt.Println(deep)
	fmt.Printf("%v %d\n", deep[Point{1, 1}][true][1], len(deep[Point{1, 1}]))
}
