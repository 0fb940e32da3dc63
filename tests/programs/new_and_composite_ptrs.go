package main

import "fmt"

type Config struct {
	Name    string
	Verbose bool
	Level   int
	Paths   []string
}

type Matrix struct {
	Rows, Cols int
	Data       []int
}

func NewMatrix(r, c int) *Matrix {
	return &Matrix{Rows: r, Cols: c, Data: make([]int, r*c)}
}

func (m *Matrix) At(r, c int) *int { return &m.Data[r*m.Cols+c] }

func (m *Matrix) Fill() {
	for r := 0; r < m.Rows; r++ {
		for c := 0; c < m.Cols; c++ {
			*m.At(r, c) = (r + 1) * (c + 1)
		}
	}
}

func defaults() *Config {
	c := new(Config)
	c.Name = "default"
	c.Level = 1
	return c
}

func withLevel(c Config, l int) *Config {
	c.Level = l
	return &c
}

func counterPtr(start int) *int {
	p := new(int)
	*p = start
	return p
}

func main() {
	c1 := defaults()
	c2 := defaults()
	fmt.Println(c1 == c2, c1.Name == c2.Name, c1 != nil)
	c2.Verbose = true
	fmt.Println(c1.Verbose, c2.Verbose)
	fmt.Printf("%+v\n", c1)

	c3 := withLevel(*c1, 9)
	fmt.Println(c1.Level, c3.Level, c3.Name)

	m := NewMatrix(3, 4)
	m.Fill()
	*m.At(0, 0) = -1
	fmt.Println(m.Data, len(m.Data), *m.At(2, 3))
	fmt.Printf("%v\n", m)

	ip := counterPtr(10)
	*ip++
	*ip *= 2
	fmt.Println(*ip)

	bp := new(bool)
	sp := new([]int)
	ap := new([3]string)
	fmt.Println(*bp, *sp == nil, len(*sp), *ap, len(ap))
	*sp = append(*sp, 4, 5)
	ap[1] = "mid"
	fmt.Printf("%v %q\n", *sp, *ap)

	pp := new(*Config)
	fmt.Println(*pp == nil)
	*pp = c2
	(*pp).Level = 77
	fmt.Println(c2.Level)

	list := []*Config{{Name: "a"}, {Name: "b", Level: 2}, new(Config)}
	for i := 0; i < len(list); i++ {
		list[i].Paths = append(list[i].Paths, fmt.Sprintf("/p%d", i))
	}
	fmt.Println(*list[0], *list[1], *list[2])

	arrp := &[4]int{1, 2, 3, 4}
	fmt.Println(arrp[3], len(arrp), arrp[1:3])
	slp := &[]string{"x", "y"}
	*slp = append(*slp, "z")
	fmt.Println(*slp, len(*slp), (*slp)[2])

	nv := new(Config{Name: "literal", Level: 3})
	fmt.Println(nv.Name, nv.Level)
	n5 := new(5 * 5)
	*n5 += 1
	fmt.Println(*n5)
}
