package main

import (
	"errors"
	"fmt"
	"math"
)

func Solve(a [][]float64, b []float64) ([]float64, error) {
	n := len(b)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64{}, a[i]...), b[i])
	}
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(m[r][col]) > math.Abs(m[piv][col]) {
				piv = r
			}
		}
		if math.Abs(m[piv][col]) < 1e-12 {
			return nil, errors.New("singular matrix")
		}
		m[col], m[piv] = m[piv], m[col]
		for r := col + 1; r < n; r++ {
			f := m[r][col] / m[col][col]
			for c := col; c <= n; c++ {
				m[r][c] -= f * m[col][c]
			}
		}
	}
	x := make([]float64, n)
	for i := n - 1; i >= 0; i-- {
		s := m[i][n]
		for j := i + 1; j < n; j++ {
			s -= m[i][j] * x[j]
		}
		x[i] = s / m[i][i]
	}
	return x, nil
}

func main() {
	a := [][]float64{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	b := []float64{8, -11, -3}
	x, err := Solve(a, b)
	fmt.Println(x, err)
	for i := range x {
		x[i] = math.Round(x[i]*1e9) / 1e9
	}
	fmt.Println(x, len(x), cap(x))
	fmt.Printf("%.3f %g\n", x, x)
	_, err = Solve([][]float64{{1, 2}, {2, 4}}, []float64{3, 6})
	fmt.Println("err:", err)
	h := make([][]float64, 4)
	rhs := make([]float64, 4)
	for i := range h {
		for j := 0; j < 4; j++ {
			h[i] = append(h[i], 1/float64(i+j+1))
		}
		rhs[i] = 1
		fmt.Println(len(h[i]), cap(h[i]))
	}
	y, err := Solve(h, rhs)
	fmt.Println(err)
	for _, v := range y {
		fmt.Printf("%.4f ", v)
	}
	fmt.Println()
	fmt.Println(a[0], b)
}
