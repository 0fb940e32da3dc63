package main

import (
	"fmt"
	"strconv"
)

type Celsius float64

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int:" + strconv.Itoa(x)
	case string:
		return "string:" + x
	case float64:
		return "float64:" + strconv.FormatFloat(x, 'f', 2, 64)
	case []int:
		return fmt.Sprintf("ints of len %d", len(x))
	case fmt.Stringer:
		return "stringer:" + x.String()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

func ToString[T int | float64 | string | bool](v T) string {
	switch x := any(v).(type) {
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	}
	return any(v).(string)
}

func IsInt[T any](v T) bool {
	_, ok := any(v).(int)
	return ok
}

func main() {
	fmt.Println(Describe(42))
	fmt.Println(Describe("hi"))
	fmt.Println(Describe(3.14159))
	fmt.Println(Describe([]int{1, 2}))
	fmt.Println(Describe(Name("bo")))
	fmt.Println(Describe(Celsius(5)))
	fmt.Println(Describe[any](nil))
	fmt.Println(Describe[error](nil))
	fmt.Println(ToString(7), ToString(0.5), ToString(true), ToString("s"))
	fmt.Println(IsInt(1), IsInt(int64(1)), IsInt[any](1))
}
