package main

import "fmt"

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s) * int(s) }

func sumAreas(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		if s != nil {
			t += s.Area()
		}
	}
	return t
}

func toShapes(sqs []Sq) []Shape {
	out := make([]Shape, len(sqs))
	for i, s := range sqs {
		out[i] = s
	}
	return out
}

func toAny(xs ...any) []any { return xs }

func main() {
	sqs := []Sq{1, 2, 3}
	shapes := toShapes(sqs)
	sqs[0] = 10
	fmt.Println("converted:", sumAreas(shapes), shapes)
	shapes = append(shapes, Sq(4), nil)
	fmt.Println("with nil:", sumAreas(shapes), len(shapes), shapes[4] == nil)
	dst := make([]Shape, 2)
	n := copy(dst, shapes[1:])
	fmt.Println("copied", n, dst)
	var anys []any
	for _, s := range shapes {
		anys = append(anys, s)
	}
	fmt.Println(anys, len(anys))
	fmt.Printf("%v %T\n", toAny(1, "a", Sq(2)), toAny())
	strs := []string{"x", "y"}
	fmt.Println(toAny(strs), len(toAny(strs)))
	generic := make([]any, len(strs))
	for i := range strs {
		generic[i] = strs[i]
	}
	fmt.Println(toAny(generic...), len(toAny(generic...)))
	var nilSlice []Shape
	fmt.Println("nil slice:", nilSlice == nil, sumAreas(nilSlice), len(nilSlice))
	mixed := []Shape{Sq(1), Shape(Sq(2)), any(Sq(3)).(Shape)}
	fmt.Println(sumAreas(mixed))
	fmt.Printf("%v %d %T\n", mixed, mixed, mixed)
}
