package main

import "fmt"

type Celsius float64
type Named struct{ N string }

func (n Named) String() string { return "Named(" + n.N + ")" }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8, int16:
		return fmt.Sprintf("small signed int %v of type %T", x, x)
	case uint, uint64:
		return fmt.Sprintf("unsigned %v", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case Celsius:
		return fmt.Sprintf("temp %.1fC", float64(x))
	case float64:
		return fmt.Sprintf("float %g", x*2)
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		sum := 0
		for _, e := range x {
			sum += e
		}
		return fmt.Sprint("int slice sum ", sum)
	case error:
		return "error: " + x.Error()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []any{nil, 1, int8(-2), int16(300), uint(4), uint64(5), "hello", Celsius(21.5), 2.25,
		Named{"a"}, &Named{"b"}, []int{1, 2, 3}, fmt.Errorf("bad %d", 7), func() int { return 9 },
		int32(1), struct{}{}, []string{"x"}, true}
	for i, v := range vals {
		fmt.Printf("%2d: %s\n", i, classify(v))
	}
}
