package main

import "fmt"

func Chunk(s []int, n int) [][]int {
	var out [][]int
	for len(s) > n {
		out = append(out, s[:n:n])
		s = s[n:]
	}
	if len(s) > 0 {
		out = append(out, s)
	}
	return out
}

func ChunkCopy(s []int, n int) [][]int {
	out := make([][]int, 0, (len(s)+n-1)/n)
	for i := 0; i < len(s); i += n {
		end := i + n
		if end > len(s) {
			end = len(s)
		}
		c := make([]int, end-i)
		copy(c, s[i:end])
		out = append(out, c)
	}
	return out
}

func main() {
	data := make([]int, 0, 16)
	for i := 1; i <= 11; i++ {
		data = append(data, i*i)
	}
	fmt.Println("data", data, len(data), cap(data))
	for _, n := range []int{3, 4, 11, 20} {
		cs := Chunk(data, n)
		fmt.Printf("n=%d chunks=%d outer cap=%d\n", n, len(cs), cap(cs))
		for i, c := range cs {
			fmt.Printf("  %d: %v len=%d cap=%d\n", i, c, len(c), cap(c))
		}
	}
	cs := Chunk(data, 4)
	cs[0] = append(cs[0], -1)
	fmt.Println("after append to capped chunk:", data[:5], cs[0])
	last := cs[len(cs)-1]
	last = append(last, -2)
	fmt.Println("append to last chunk shares data:", data[:cap(data)][11], last, cap(last))
	cc := ChunkCopy(data, 5)
	for _, c := range cc {
		fmt.Println(" copy", c, len(c), cap(c))
	}
	cc[0][0] = 999
	fmt.Println("data unchanged:", data[0], "outer", len(cc), cap(cc))
	fmt.Println(Chunk(nil, 3) == nil, len(ChunkCopy(nil, 3)))
}
