package main

import "fmt"

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func walk(v any, indent string) {
	switch x := v.(type) {
	case map[string]any:
		fmt.Println("{")
		for _, k := range keys(x) {
			fmt.Printf("%s  %q: ", indent, k)
			walk(x[k], indent+"  ")
		}
		fmt.Println(indent + "}")
	case []any:
		fmt.Println("[")
		for i, e := range x {
			fmt.Printf("%s  %d: ", indent, i)
			walk(e, indent+"  ")
		}
		fmt.Println(indent + "]")
	case string:
		fmt.Printf("%q\n", x)
	case int, float64:
		fmt.Printf("%v (%T)\n", x, x)
	case bool:
		fmt.Println(x)
	case nil:
		fmt.Println("null")
	default:
		fmt.Printf("?? %T\n", x)
	}
}

func count(v any) (leaves int) {
	switch x := v.(type) {
	case map[string]any:
		for _, e := range x {
			leaves += count(e)
		}
	case []any:
		for _, e := range x {
			leaves += count(e)
		}
	default:
		leaves = 1
	}
	return
}

func main() {
	doc := map[string]any{
		"name":    "widget",
		"price":   9.5,
		"qty":     3,
		"tags":    []any{"a", "b", 1, nil},
		"enabled": true,
		"dims":    map[string]any{"w": 2, "h": 3.25, "extra": []any{}},
		"weird":   []int{1},
	}
	walk(doc, "")
	fmt.Println("leaves:", count(doc))
}
