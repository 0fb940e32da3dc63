package main

import "fmt"

type Vec3 [3]float64

func (v Vec3) Add(o Vec3) Vec3 {
	for i := range v {
		v[i] += o[i]
	}
	return v
}

func (v *Vec3) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

func (v Vec3) Dot(o Vec3) (d float64) {
	for i, x := range v {
		d += x * o[i]
	}
	return
}

func modifyArr(a [4]int)  { a[0] = 100 }
func modifyPtr(a *[4]int) { a[0] = 100 }

func main() {
	var a [5]int
	fmt.Println(a, len(a))
	b := [...]string{"x", "y", "z"}
	fmt.Println(b, len(b))
	c := [4]int{1, 2, 3, 4}
	modifyArr(c)
	fmt.Println(c)
	modifyPtr(&c)
	fmt.Println(c)
	v := Vec3{1, 2, 3}
	w := v.Add(Vec3{10, 20, 30})
	fmt.Println(v, w, v.Dot(w))
	v.Scale(0.5)
	fmt.Println(v)
	var board [3][4]int
	for i := range board {
		for j := range board[i] {
			board[i][j] = i * j
		}
	}
	fmt.Println(board)
	row := board[2]
	row[0] = 99
	fmt.Println(board[2], row)
	counts := [26]int{}
	for _, ch := range "hello world" {
		if ch >= 'a' && ch <= 'z' {
			counts[ch-'a']++
		}
	}
	for i, n := range counts {
		if n > 0 {
			fmt.Printf("%c:%d ", 'a'+i, n)
		}
	}
	fmt.Println()
	arrs := map[[3]int]bool{}
	arrs[[3]int{1, 2, 3}] = true
	fmt.Println(arrs[[3]int{1, 2, 3}], arrs[[3]int{3, 2, 1}])
	x := [2][2]string{{"a", "b"}, {"c", "d"}}
	y := x
	y[1][1] = "Z"
	fmt.Println(x, y, x == y)
	fmt.Printf("%v %+v %#v\n", v, x, [2]bool{true})
	for i, v := range [3]int{7, 8, 9} {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	ptrs := [3]*int{}
	for i := range ptrs {
		n := i * 10
		ptrs[i] = &n
	}
	fmt.Println(*ptrs[0], *ptrs[2], ptrs[1] != ptrs[2])
	s := c[1:3]
	fmt.Println(s, len(s), cap(s))
	arrOfSlices := [2][]int{{1}, {2, 3}}
	arrOfSlices[0] = append(arrOfSlices[0], 5)
	fmt.Println(arrOfSlices)
}
