package main

import (
	"errors"
	"fmt"
	"strings"
)

type Animal interface{ Sound() string }
type Dog struct{ Name string }
type Cat struct{ Name string }

func (d Dog) Sound() string  { return d.Name + " says woof" }
func (c *Cat) Sound() string { return c.Name + " says meow" }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case float64:
		return fmt.Sprintf("float %g", x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("int slice sum=%d", sum(x))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case Animal:
		return "animal: " + x.Sound()
	case func() int:
		return fmt.Sprint("func returning ", x())
	case bool:
		if x {
			return "yes"
		}
		return "no"
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func sum(xs []int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

func main() {
	var nilDog *Cat
	vals := []any{
		nil, 42, int64(7), 3.5, "hello", []int{1, 2, 3}, map[string]int{"a": 1},
		errors.New("bad"), Version{1, 2}, Dog{"rex"}, &Cat{"tom"}, Cat{"value"},
		func() int { return 9 }, true, false, struct{}{}, []string{"s"}, nilDog == nil, uint(3),
	}
	for i, v := range vals {
		fmt.Printf("%2d %s\n", i, describe(v))
	}
	var a Animal = Dog{"fido"}
	if d, ok := a.(Dog); ok {
		fmt.Println("is dog:", d.Name)
	}
	if _, ok := a.(*Cat); !ok {
		fmt.Println("not a cat")
	}
	var sb strings.Builder
	var w any = &sb
	if _, ok := w.(fmt.Stringer); ok {
		fmt.Println("builder is a stringer")
	}
	var e any = Version{}
	_, isErr := e.(error)
	fmt.Println(isErr, e)
}
