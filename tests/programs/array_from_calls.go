package main

import "fmt"

type RGB [3]uint8

type Palette struct {
	Name   string
	Colors [4]RGB
}

func red() RGB   { return RGB{255, 0, 0} }
func black() RGB { return RGB{} }

func (c RGB) Brightness() int { return (int(c[0]) + int(c[1]) + int(c[2])) / 3 }

func warm() Palette {
	return Palette{"warm", [4]RGB{red(), {255, 128, 0}, {255, 255, 0}}}
}

func digits(n int) [10]int {
	var d [10]int
	for n > 0 {
		d[n%10]++
		n /= 10
	}
	return d
}

func main() {
	fmt.Println(red(), red()[0], red() == RGB{255, 0, 0}, red() != black())
	fmt.Println(red().Brightness(), warm().Colors[1].Brightness())
	fmt.Println(warm().Name, warm().Colors[2], warm().Colors[3] == black())

	// len and cap of arrays produced by calls are constants of their types
	fmt.Println(len(red()), cap(black()), len(warm().Colors))
	n := 0
	for i := 0; i < len(digits(0)); i++ {
		n += digits(1122334455)[i]
	}
	fmt.Println(n, digits(9009))
	d := digits(777)
	fmt.Println(d[7], len(d), d == digits(7077), d[:2])
}
