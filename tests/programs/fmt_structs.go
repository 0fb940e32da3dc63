package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name    string
	Age     int
	Email   string
	Tags    []string
	Home    Point
	private bool
}

type Wrapper struct {
	Point
	Note string
}

type Small struct {
	B byte
	R rune
	U uint16
	I int64
}

type Empty struct{}

func main() {
	p := Point{3, -4}
	fmt.Println(p)
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%d|%x|%X|%5d|%-4d|\n", p, p, p, p, p)
	fmt.Printf("%08b\n", Point{5, 6})

	per := Person{"Ana", 33, "ana@example.com", []string{"admin", "dev"}, Point{1, 2}, true}
	fmt.Println(per)
	fmt.Printf("%v\n%+v\n%#v\n", per, per, per)
	fmt.Printf("%s\n", per.Tags)
	fmt.Printf("%q\n", per.Tags)
	fmt.Printf("%T %T %T\n", per, per.Tags, per.Home)

	var zero Person
	fmt.Printf("%v\n%+v\n%#v\n", zero, zero, zero)

	w := Wrapper{Point{1, 1}, "n"}
	fmt.Printf("%v %+v %#v\n", w, w, w)

	sm := Small{'a', 'é', 65535, -1}
	fmt.Printf("%v %+v\n", sm, sm)
	fmt.Printf("%#v\n", sm)
	fmt.Printf("%x %X %o\n", sm, sm, sm)

	var e Empty
	fmt.Printf("%v %+v %#v %T\n", e, e, e, e)

	anon := struct {
		ID   int
		Name string
	}{7, "seven"}
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Printf("%#v\n", anon)
	fmt.Printf("%T\n", anon)

	nested := struct {
		A Point
		B [2]Point
		C []Point
	}{Point{1, 2}, [2]Point{{3, 4}, {5, 6}}, []Point{{7, 8}}}
	fmt.Printf("%v\n%+v\n", nested, nested)
	fmt.Printf("%#v\n", nested)

	s := fmt.Sprintf("%v-%+v", p, Point{})
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(p, p), fmt.Sprintln(p, "x"))
	fmt.Printf("[%12v] [%-12v] [%s]\n", p, p, p)
	fmt.Printf("%q\n", Wrapper{Note: "hi\n"})
}
