// Type switches
package main

import "fmt"

type Celsius float64
type Point struct{ X, Y int }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil value"
	case int:
		return fmt.Sprintf("int %d (doubled %d)", v, v*2)
	case int64:
		return fmt.Sprintf("int64 %d", v)
	case float64:
		return fmt.Sprintf("float64 %g", v)
	case string:
		return fmt.Sprintf("string %q of length %d", v, len(v))
	case bool:
		if v {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprintf("slice of %d ints", len(v))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(v))
	case Celsius:
		return fmt.Sprintf("temperature %.1f°C", float64(v))
	case Point, *Point:
		return fmt.Sprintf("a point: %v", v)
	case error:
		return "error: " + v.Error()
	case fmt.Stringer:
		return "stringer: " + v.String()
	default:
		return fmt.Sprintf("unknown type %T", v)
	}
}

func main() {
	values := []interface{}{
		42, int64(7), 3.5, "hello", true, false, nil,
		[]int{1, 2, 3}, map[string]int{"a": 1}, Celsius(21.5),
		Point{1, 2}, &Point{3, 4}, fmt.Errorf("boom"), struct{}{}, 'x', uint8(3),
	}
	for i, v := range values {
		fmt.Printf("%2d: %s\n", i, describe(v))
	}
}
