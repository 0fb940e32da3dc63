package main

import "fmt"

type Big struct {
	ID    int
	Data  [64]int
	Name  string
	Flags [16]bool
}

type Frame [32][32]byte

func fillBig(id int) Big {
	var b Big
	b.ID = id
	for i := 0; i < len(b.Data); i++ {
		b.Data[i] = id * i
	}
	b.Name = fmt.Sprintf("big-%d", id)
	b.Flags[id%16] = true
	return b
}

func sumBig(b Big) int {
	s := 0
	for i := 0; i < len(b.Data); i++ {
		s += b.Data[i]
	}
	b.Data[0] = -1 // a copy
	return s
}

func maxBig(a, b Big) Big {
	if sumBig(a) >= sumBig(b) {
		return a
	}
	return b
}

func draw(f Frame, ch byte) Frame {
	for i := 0; i < len(f); i++ {
		f[i][i] = ch
		f[i][len(f)-1-i] = ch
	}
	return f
}

func count(f *Frame, ch byte) int {
	n := 0
	for i := 0; i < len(f); i++ {
		for j := 0; j < len(f[i]); j++ {
			if f[i][j] == ch {
				n++
			}
		}
	}
	return n
}

func depth(b Big, n int) int {
	if n == 0 {
		return b.Data[63]
	}
	b.Data[63]++
	return depth(b, n-1) + 1
}

func main() {
	a := fillBig(3)
	b := fillBig(5)
	fmt.Println(sumBig(a), sumBig(b), a.Data[0], a.Name, b.Flags[5])
	m := maxBig(a, b)
	fmt.Println(m.ID, m.Name, m.Data[63])
	m.Data[63] = 0
	fmt.Println(b.Data[63], a == fillBig(3), a == b)

	bigs := []Big{a, b, fillBig(7)}
	bigs[0].Data[1] = 1000
	fmt.Println(a.Data[1], bigs[0].Data[1], len(bigs), bigs[2].Name)
	bigs = append(bigs, bigs...)
	bigs[3].Name = "copy"
	fmt.Println(bigs[0].Name, bigs[3].Name, len(bigs))

	var f Frame
	g := draw(f, '*')
	fmt.Println(count(&f, '*'), count(&g, '*'), count(&g, 0))
	fmt.Println(string(g[0][:8]), string(g[31][24:]))

	fmt.Println(depth(a, 50), a.Data[63])

	arrs := [4][100]int{}
	for i := 0; i < 4; i++ {
		for j := 0; j < 100; j++ {
			arrs[i][j] = i + j
		}
	}
	cp := arrs
	cp[3][99] = 0
	fmt.Println(arrs[3][99], cp[3][99], arrs == cp, arrs[1] == cp[1])
}
