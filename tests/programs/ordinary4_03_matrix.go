package main

import "fmt"

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) Matrix {
	res := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				res[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return res
}

func (m Matrix) Transpose() Matrix {
	t := New(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (m Matrix) Print(name string) {
	fmt.Println(name + ":")
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%7.2f", v)
		}
		fmt.Println()
	}
}

func det3(a [3][3]int) int {
	return a[0][0]*(a[1][1]*a[2][2]-a[1][2]*a[2][1]) -
		a[0][1]*(a[1][0]*a[2][2]-a[1][2]*a[2][0]) +
		a[0][2]*(a[1][0]*a[2][1]-a[1][1]*a[2][0])
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	a.Print("A")
	b.Print("B")
	a.Mul(b).Print("A*B")
	a.Transpose().Print("A^T")
	id := Identity(3)
	fmt.Println(id)
	fmt.Println(b.Mul(a.Mul(id).Transpose().Transpose()))
	arr := [3][3]int{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}
	fmt.Println("det:", det3(arr))
	arr2 := arr
	arr2[0][0] = 100
	fmt.Println(arr[0], arr2[0], arr == arr2)
	fmt.Printf("%v %T\n", arr, arr)
}
