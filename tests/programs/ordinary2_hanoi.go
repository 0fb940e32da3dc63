package main

import "fmt"

type Peg struct {
	name  string
	disks []int
}

func (p *Peg) push(d int) {
	if n := len(p.disks); n > 0 && p.disks[n-1] < d {
		panic(fmt.Sprintf("cannot put %d on %d", d, p.disks[n-1]))
	}
	p.disks = append(p.disks, d)
}

func (p *Peg) pop() int {
	d := p.disks[len(p.disks)-1]
	p.disks = p.disks[:len(p.disks)-1]
	return d
}

var moves int

func hanoi(n int, from, to, via *Peg, verbose bool) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, verbose)
	d := from.pop()
	to.push(d)
	moves++
	if verbose {
		fmt.Printf("move %d: disk %d %s -> %s\n", moves, d, from.name, to.name)
	}
	hanoi(n-1, via, to, from, verbose)
}

func main() {
	a, b, c := &Peg{name: "A"}, &Peg{name: "B"}, &Peg{name: "C"}
	for d := 3; d >= 1; d-- {
		a.push(d)
	}
	hanoi(3, a, c, b, true)
	fmt.Println(a.disks, b.disks, c.disks, cap(c.disks))
	for n := 1; n <= 12; n++ {
		moves = 0
		x, y, z := &Peg{name: "x"}, &Peg{name: "y"}, &Peg{name: "z"}
		for d := n; d >= 1; d-- {
			x.push(d)
		}
		hanoi(n, x, z, y, false)
		fmt.Printf("n=%2d moves=%5d ok=%t\n", n, moves, len(z.disks) == n)
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	bad := &Peg{name: "bad"}
	bad.push(1)
	bad.push(2)
}
