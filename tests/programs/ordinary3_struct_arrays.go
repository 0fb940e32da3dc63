package main

import "fmt"

type Vec3 [3]float64

func (v Vec3) Add(o Vec3) Vec3 {
	for i := range v {
		v[i] += o[i]
	}
	return v
}

func (v *Vec3) Scale(f float64) {
	for i := range v {
		v[i] *= f
	}
}

type Board struct {
	Cells [3][3]byte
	Moves []string
}

func (b Board) With(r, c int, p byte) Board {
	b.Cells[r][c] = p
	b.Moves = append(b.Moves, fmt.Sprintf("%c@%d,%d", p, r, c))
	return b
}

func (b Board) String() string {
	s := ""
	for _, row := range b.Cells {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

func main() {
	a := Vec3{1, 2, 3}
	b := a
	b[0] = 100
	c := a.Add(Vec3{0.5, 0.5, 0.5})
	a.Scale(2)
	fmt.Println(a, b, c)
	vs := []Vec3{{1, 1, 1}, {2, 2, 2}}
	for _, v := range vs {
		v.Scale(10)
	}
	fmt.Println(vs)
	for i := range vs {
		vs[i].Scale(10)
	}
	fmt.Println(vs, len(vs), cap(vs))

	var empty Board
	b1 := empty.With(1, 1, 'X')
	b2 := b1.With(0, 0, 'O')
	b3 := b1.With(2, 2, 'O')
	fmt.Print(empty, "--\n", b1, "--\n", b2, "--\n", b3)
	fmt.Println(b1.Moves, len(b1.Moves), cap(b1.Moves))
	fmt.Println(b2.Moves, len(b2.Moves), cap(b2.Moves))
	fmt.Println(b3.Moves, len(b3.Moves), cap(b3.Moves))
	b4 := b2.With(0, 2, 'X')
	b5 := b2.With(2, 0, 'X')
	fmt.Println(b4.Moves, b5.Moves, cap(b4.Moves))
	fmt.Println(b1.Cells == b3.Cells, b1.Cells == empty.With(1, 1, 'X').Cells)
	m := map[Vec3]string{{0, 0, 0}: "origin"}
	m[Vec3{1, 0, 0}] = "x"
	fmt.Println(m[Vec3{}], m[Vec3{1}], len(m))
	arr := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", arr, len(arr))
}
