package main

import "fmt"

type Pool struct {
	buf  []byte
	used int
}

// Alloc hands out a chunk whose capacity is clipped, so appends to it
// cannot clobber the next chunk.
func (p *Pool) Alloc(n int) []byte {
	chunk := p.buf[p.used : p.used+n : p.used+n]
	p.used += n
	return chunk
}

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5:7]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s, len(s), cap(s))
	t := s[1:2:3]
	fmt.Println(t, len(t), cap(t))
	full := arr[:]
	u := full[0:0:0]
	fmt.Println(u, len(u), cap(u), u == nil)

	i, j, k := 3, 6, 9
	v := full[i:j:k]
	fmt.Println(v, len(v), cap(v))
	v = append(v, -1, -2, -3)
	fmt.Println(arr, v)
	v = append(v, -4)
	v[0] = 300
	fmt.Println(arr[3], v[0], len(v))

	w := full[:4:5]
	fmt.Println(w, cap(w))
	w2 := w[2:]
	fmt.Println(w2, len(w2), cap(w2))

	p := Pool{buf: make([]byte, 12)}
	a := p.Alloc(4)
	b := p.Alloc(4)
	copy(a, "abcd")
	copy(b, "wxyz")
	a = append(a, '!')
	fmt.Printf("%s %s %q %d\n", a, b, p.buf, p.used)
	fmt.Println(len(a), cap(a), len(b), cap(b))

	str := []string{"a", "b", "c", "d", "e"}
	head := str[:2:2]
	head = append(head, "Z")
	fmt.Println(str, head)
	tail := str[3:5:5]
	fmt.Println(tail, cap(tail))

	matrix := make([]int, 9)
	for n := 0; n < 9; n++ {
		matrix[n] = n + 1
	}
	rows := make([][]int, 3)
	for r := 0; r < 3; r++ {
		rows[r] = matrix[r*3 : r*3+3 : r*3+3]
	}
	rows[0] = append(rows[0], 100)
	rows[1][0] = 40
	fmt.Println(rows, matrix)
}
