package main

import "fmt"

// Blank fields pad a record; they cannot be read or written by name,
// take part in no comparison, and always hold their zero value.
type Record struct {
	Kind byte
	_    [3]byte
	Size int32
	_    int64
	Name string
}

type Opts struct {
	_       struct{} // forces keyed literals in practice
	Verbose bool
	Depth   int
}

func main() {
	r1 := Record{1, [3]byte{9, 9, 9}, 100, 7, "alpha"}
	r2 := Record{Kind: 1, Size: 100, Name: "alpha"}
	fmt.Println(r1 == r2)
	fmt.Println(r1, r2)
	fmt.Printf("%+v\n", r1)
	fmt.Printf("%#v\n", r2)

	rs := []Record{r1, {2, [3]byte{1, 2, 3}, 5, -1, "beta"}}
	rs[1].Size *= 2
	fmt.Println(rs)
	copyOf := rs[1]
	fmt.Println(copyOf == rs[1], copyOf.Name)

	o := Opts{Verbose: true, Depth: 3}
	fmt.Printf("%v %+v\n", o, o)
	o2 := Opts{struct{}{}, true, 3}
	fmt.Println(o == o2)
}
