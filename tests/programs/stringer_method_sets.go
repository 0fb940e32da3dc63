package main

import "fmt"

type T struct{ n int }

func (t *T) String() string { return fmt.Sprint("T", t.n) }

type inner struct{ v int }

func (i inner) String() string { return "inner!" }

type Wrap struct {
	inner
	X int
}

type PW struct {
	*T
}

type Ex struct {
	In inner
}

func main() {
	t := T{1}
	fmt.Println(&t)
	fmt.Println([]*T{&t})
	fmt.Println(Wrap{})
	fmt.Println(PW{&t})
	fmt.Println(Ex{})
	fmt.Println(Exx{})
}

type Exx struct {
	in struct{ A inner }
}
