package main

import "fmt"

type Temp int

func (t Temp) String() string { return "t" }

func (t *Temp) String() string { return "p" }

type Box struct {
	Size int
}

func (b Box) Size() int { return 1 }

func main() {
	var t Temp
	fmt.Println(t, Box{})
}
