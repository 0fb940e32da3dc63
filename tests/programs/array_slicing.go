package main

import "fmt"

func sum(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

func fill(s []int, v int) {
	for i := 0; i < len(s); i++ {
		s[i] = v
	}
}

func main() {
	var buf [8]int
	for i := 0; i < len(buf); i++ {
		buf[i] = i + 1
	}
	all := buf[:]
	head := buf[:3]
	tail := buf[5:]
	mid := buf[2:6]
	fmt.Println(all, head, tail, mid)
	fmt.Println(len(head), cap(head), len(tail), cap(tail), len(mid), cap(mid))
	fmt.Println(sum(head), sum(tail), sum(buf[:]))

	fill(mid, 0)
	fmt.Println(buf)
	mid[0] = 42
	fmt.Println(buf[2], head[2], all[2])

	lo, hi := 1, 4
	win := buf[lo:hi]
	fmt.Println(win, len(win), cap(win))
	ext := win[:cap(win)]
	fmt.Println(ext, len(ext))

	limited := buf[1:3:4]
	fmt.Println(limited, len(limited), cap(limited))
	limited = append(limited, 99)
	fmt.Println(buf, limited)
	limited = append(limited, 100)
	limited[0] = -5
	fmt.Println(buf, limited)

	ap := &buf
	ps := ap[6:]
	ps[1] = 7000
	fmt.Println(buf[7], ps, len(ap[:0]))

	var grid [3][4]int
	for r := 0; r < 3; r++ {
		row := grid[r][:]
		fill(row[r:], r+1)
	}
	fmt.Println(grid)

	letters := [...]byte{'g', 'o', 'p', 'h', 'e', 'r'}
	fmt.Println(string(letters[:2]), string(letters[2:]), string(letters[1:5]))
	word := letters[:]
	word[0] = 'G'
	fmt.Printf("%s %q %v\n", letters[:], word[:3], letters)
}
