package main

import "fmt"

type Empty struct{}

type Marker struct {
	_    struct{}
	Name string
	none [0]int
}

type Set struct {
	members []Empty
	labels  [0]string
}

func (e Empty) Hello() string { return "hello from empty" }
func (s *Set) Add()           { s.members = append(s.members, Empty{}) }
func (s Set) Size() int       { return len(s.members) }

func main() {
	var e Empty
	e2 := Empty{}
	fmt.Println(e == e2, e, e.Hello())
	fmt.Printf("%v %+v %#v %T\n", e, e, e, e)

	m := Marker{Name: "m"}
	fmt.Printf("%v %+v\n", m, m)
	fmt.Println(m.Name, len(m.none))

	var s Set
	for i := 0; i < 5; i++ {
		s.Add()
	}
	fmt.Println(s.Size(), s.members[4] == Empty{}, len(s.labels))

	arr := [3]Empty{}
	arr2 := [3]Empty{{}, {}, {}}
	fmt.Println(arr == arr2, len(arr), arr)

	es := make([]Empty, 2, 10)
	es = append(es, Empty{}, Empty{})
	fmt.Println(len(es), cap(es), es)
	es2 := make([]Empty, 3)
	n := copy(es2, es)
	fmt.Println(n, es2)

	var zero [0]int
	zs := zero[:]
	zs = append(zs, 1, 2)
	fmt.Println(zero, zs, len(zero))

	p1 := &Empty{}
	fmt.Println(p1 != nil, *p1 == Empty{})

	type Wrapper struct {
		Empty
		V int
	}
	w := Wrapper{V: 3}
	fmt.Println(w.Hello(), w)
	fmt.Printf("%+v\n", w)
	ws := []Wrapper{{V: 1}, {Empty{}, 2}}
	fmt.Println(ws, ws[0] == ws[1], ws[1].Empty == ws[0].Empty)
}
