package main

import "fmt"

type C struct{ xs []byte }

func (c C) add(v byte) C {
	c.xs = append(c.xs, v)
	return c
}

func build() []byte {
	var s []byte
	for i := 0; i < 3; i++ {
		s = append(s, byte(i))
	}
	return s
}

func main() {
	c := C{build()}
	d := c.add(10)
	e := c.add(20)
	fmt.Println(c.xs, d.xs, e.xs)
}
