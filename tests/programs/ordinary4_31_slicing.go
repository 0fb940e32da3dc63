package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5]
	fmt.Println(s, len(s), cap(s))
	t := arr[2:5:6]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(arr)
	t = append(t, 200)
	t[0] = -1
	fmt.Println(arr, t)
	s[1] = 33
	fmt.Println(arr[:], s[:cap(s)])
	u := s[1:2:3]
	fmt.Println(u, len(u), cap(u))
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune("...")
	}
	grid[1][1] = '#'
	row := grid[0]
	row[2] = '@'
	for _, r := range grid {
		fmt.Println(string(r))
	}
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs[:3]))
	var p *[8]int = &arr
	fmt.Println(p[7], len(p), p[1:3])
	sl := p[:]
	sl[0] = 1000
	fmt.Println(arr[0])
	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:8], len(str[:0]))
	tri := [][]int{}
	for i := range 5 {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	fmt.Println(tri)
	arrCopy := arr
	arrCopy[1] = -5
	fmt.Println(arr[1], arrCopy[1], arr != arrCopy)
	sa := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", sa, len(sa))
}
