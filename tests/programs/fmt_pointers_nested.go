package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Config struct {
	Name    string
	Retries int
	Limits  [2]int
}

type Server struct {
	Host string
	Cfg  *Config
	Port int
}

type Team struct {
	Lead    Person
	Members []Person
	Ptrs    []*Person
}

type Person struct {
	Name string
	Age  int
}

func main() {
	cfg := &Config{"prod", 3, [2]int{10, 20}}
	fmt.Println(cfg)
	fmt.Printf("%v\n%+v\n", cfg, cfg)
	fmt.Printf("%#v\n", *cfg)
	fmt.Printf("%T %T\n", cfg, *cfg)

	pp := &Person{"Zoe", 30}
	fmt.Println(pp, *pp)
	fmt.Printf("%v %+v %s %d\n", pp, pp, pp, pp)
	fmt.Println(&Point{1, 2}, &[3]int{1, 2, 3}, &[]string{"a"})
	fmt.Printf("%v %+v\n", &[2]Point{{1, 2}}, &[]Point{{3, 4}})

	n := &Node{Val: 1}
	fmt.Println(n, *n)
	fmt.Printf("%+v\n", n)

	srv := Server{Host: "example.org", Port: 443}
	fmt.Println(srv)
	fmt.Printf("%+v\n", srv)
	fmt.Printf("%#v\n", srv)

	team := Team{
		Lead:    Person{"Lee", 40},
		Members: []Person{{"A", 20}, {"B", 21}},
	}
	fmt.Println(team)
	fmt.Printf("%+v\n", team)
	fmt.Printf("%#v\n", team)

	var np *Person
	fmt.Println(np, np == nil)
	fmt.Printf("%v %+v %T\n", np, np, np)
	var nc *Config
	fmt.Printf("%#v\n", nc)

	ints := []*int{nil}
	fmt.Println(len(ints), ints[0] == nil)

	deep := [2][]Person{{{"x", 1}}, nil}
	fmt.Println(deep)
	fmt.Printf("%+v\n", deep)
	fmt.Printf("%#v\n", deep)

	grid := [][]Point{{{1, 2}, {3, 4}}, {}}
	fmt.Printf("%v %+v\n", grid, grid)
	fmt.Printf("%#v\n", grid)

	pptr := &pp
	fmt.Println((*pptr).Name, (**pptr).Age)
	fmt.Printf("%v\n", **pptr)
	fmt.Printf("%v|%+v\n", []Person{{"q", 1}}, &team.Lead)
	fmt.Printf("%#v\n", &team.Lead)
	fmt.Printf("%#v\n", &[]int{1})
}

type Point struct{ X, Y int }
