package main

import "fmt"

type Matrix [][]float64

func NewMatrix(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func (a Matrix) Transpose() Matrix {
	out := NewMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

// Det computes the determinant by Gaussian elimination with partial pivoting.
func (a Matrix) Det() float64 {
	n := len(a)
	m := NewMatrix(n, n)
	for i := range a {
		copy(m[i], a[i])
	}
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if abs(m[r][col]) > abs(m[pivot][col]) {
				pivot = r
			}
		}
		if m[pivot][col] == 0 {
			return 0
		}
		if pivot != col {
			m[pivot], m[col] = m[col], m[pivot]
			det = -det
		}
		det *= m[col][col]
		for r := col + 1; r < n; r++ {
			f := m[r][col] / m[col][col]
			for c := col; c < n; c++ {
				m[r][c] -= f * m[col][c]
			}
		}
	}
	return det
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func (a Matrix) Print(name string) {
	fmt.Println(name + ":")
	for _, row := range a {
		for _, v := range row {
			fmt.Printf("%9.3f", v)
		}
		fmt.Println()
	}
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{0.5, -1}, {1.5, 2}, {-2, 0.25}}
	a.Print("A")
	a.Mul(b).Print("A*B")
	a.Transpose().Print("A^T")
	fmt.Println(Identity(3).Mul(b))

	c := Matrix{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}
	fmt.Println("det C =", c.Det())
	fmt.Println("det singular =", Matrix{{1, 2}, {2, 4}}.Det())
	fmt.Printf("det = %.6f\n", Matrix{{0.1, 0.2, 0.3}, {0.4, 0.5, 0.7}, {0.9, 0.8, 0.6}}.Det())

	// Rotation by 30 degrees (cos and sin given as constants) applied 12 times.
	const cos30, sin30 = 0.8660254037844387, 0.5
	rot := Matrix{{cos30, -sin30}, {sin30, cos30}}
	p := Matrix{{1}, {0}}
	for i := 0; i < 12; i++ {
		p = rot.Mul(p)
	}
	fmt.Printf("after a full turn: (%.9f, %.9f)\n", p[0][0], p[1][0])
	fmt.Println(p[0][0] == 1, p[1][0] == 0)
}
