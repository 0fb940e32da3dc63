package main

import "fmt"

func classify(v interface{}) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprintf("int %d", x*2)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice with %d elems", len(x))
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{1, "hello", []int{1, 2, 3}, nil, 3.5, true}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
}
