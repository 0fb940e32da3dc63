package main

import "fmt"

type Reading struct {
	Sensor string
	Value  int
}

func evens(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			out = append(out, i)
		}
	}
	return out
}

func main() {
	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	s = append(s, 4)
	s = append(s, 5, 6, 7)
	fmt.Println(s, len(s), cap(s))

	z := make([]string, 2)
	z[1] = "b"
	fmt.Printf("%q %d %d\n", z, len(z), cap(z))

	var grow []int
	prevCap := -1
	for i := 0; i < 40; i++ {
		grow = append(grow, i)
		if cap(grow) != prevCap {
			fmt.Println("len", len(grow), "cap", cap(grow))
			prevCap = cap(grow)
		}
	}
	fmt.Println(grow[39], len(grow), grow)

	more := []int{100, 200}
	s = append(s, more...)
	s = append(s, s[:2]...)
	fmt.Println(s, len(s))

	b := []byte("hello")
	b = append(b, ", world"...)
	b = append(b, '!')
	fmt.Println(string(b), len(b))
	fmt.Printf("%s|%v\n", b[:5], b[len(b)-1:])

	e := evens(11)
	fmt.Println(e, len(e))

	readings := make([]Reading, 0, 4)
	readings = append(readings, Reading{"t1", 20}, Reading{"t2", 22})
	readings = append(readings, Reading{Sensor: "t3"})
	fmt.Printf("%v %d %d\n", readings, len(readings), cap(readings))
	fmt.Printf("%+v\n", readings)

	words := []string{}
	for i := 0; i < 5; i++ {
		words = append(words, fmt.Sprintf("w%d", i*i))
	}
	fmt.Println(words, len(words))

	bigs := make([]int64, 5, 5)
	bigs = append(bigs, 1)
	fmt.Println(bigs, len(bigs), cap(bigs))

	n := 4
	dyn := make([]int, n, n*2)
	for i := 0; i < len(dyn); i++ {
		dyn[i] = i * n
	}
	fmt.Println(dyn, len(dyn), cap(dyn))

	chars := make([]rune, 0, 3)
	chars = append(chars, 'a', 'é', '世')
	fmt.Println(chars, string(chars), len(chars), cap(chars))
}
