package main

import "fmt"

type Point struct{ X, Y int }

type Celsius int

func describe(v any) string {
	if v == nil {
		return "nothing"
	}
	return fmt.Sprintf("%v of type %T", v, v)
}

func firstNonNil(vs ...any) any {
	for _, v := range vs {
		if v != nil {
			return v
		}
	}
	return nil
}

func main() {
	var a any
	fmt.Println(a, a == nil)
	fmt.Printf("%v %T\n", a, a)

	a = 42
	fmt.Println(a, a == nil, a == 42, a == "42")
	a = "hello"
	fmt.Println(a, a == "hello")
	a = Point{1, 2}
	fmt.Println(a, a == Point{1, 2}, a == Point{2, 1})
	a = Celsius(20)
	fmt.Println(a, a == 20, a == Celsius(20))
	a = true
	fmt.Println(a, a == true)
	a = 'x'
	fmt.Println(a, a == 'x', a == 120)
	a = int64(7)
	fmt.Println(a, a == 7, a == int64(7))
	a = [2]int{1, 2}
	fmt.Println(a, a == [2]int{1, 2})

	// A nil pointer stored in an interface is not a nil interface.
	var p *Point
	a = p
	fmt.Println(a == nil, p == nil)
	a = nil
	fmt.Println(a == nil)

	// Interfaces compared with each other.
	var x, y any = 3, 3
	fmt.Println(x == y)
	y = int8(3)
	fmt.Println(x == y)
	y = "3"
	fmt.Println(x == y)
	x, y = nil, nil
	fmt.Println(x == y)

	// Copying an interface copies the value inside.
	pt := Point{5, 6}
	var boxed any = pt
	pt.X = 100
	fmt.Println(boxed, pt)

	fmt.Println(describe(nil))
	fmt.Println(describe(3))
	fmt.Println(describe("s"))
	fmt.Println(describe(Point{}))
	fmt.Println(describe([]string{"a"}))
	fmt.Println(describe(map[string]int{"k": 1}))
	fmt.Println(describe(p))

	fmt.Println(firstNonNil(nil, nil, 5, "x"))
	fmt.Println(firstNonNil())
	fmt.Println(firstNonNil(nil))

	// any in struct fields and maps.
	type Field struct {
		Name  string
		Value any
	}
	fields := []Field{{"id", 7}, {"name", "box"}, {"size", Point{3, 4}}, {"none", nil}}
	for _, f := range fields {
		fmt.Printf("%s=%v set=%t\n", f.Name, f.Value, f.Value != nil)
	}
	fmt.Printf("%+v\n", fields)

	settings := map[string]any{"debug": true, "level": 3, "name": "svc", "extra": nil}
	fmt.Println(settings)
	fmt.Println(settings["level"] == 3, settings["missing"] == nil, settings["extra"] == nil)
	settings["level"] = "high"
	fmt.Println(settings["level"])

	// Function values stored in any.
	var fv any = func() {}
	fmt.Println(fv != nil)
	fmt.Printf("%T\n", fv)
}
