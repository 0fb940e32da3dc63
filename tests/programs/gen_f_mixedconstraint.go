package main

import (
	"fmt"
	"strconv"
)

type IntLike interface {
	~int | ~int64
	Label() string
}

type ID int

func (i ID) Label() string { return "id-" + strconv.Itoa(int(i)) }

type Big int64

func (b Big) Label() string { return fmt.Sprintf("big:%d", int64(b)) }

func SumLabel[T IntLike](xs []T) (T, string) {
	var total T
	labels := ""
	for i, x := range xs {
		total += x
		if i > 0 {
			labels += ","
		}
		labels += x.Label()
	}
	return total, labels
}

func Largest[T IntLike](xs []T) string {
	best := xs[0]
	for _, x := range xs[1:] {
		if x > best {
			best = x
		}
	}
	return best.Label() + " (" + (best * 2).Label() + ")"
}

type Shower interface {
	~string
	Show() string
}

type Word string

func (w Word) Show() string { return "[" + string(w) + "]" }

func Concat[S Shower](a, b S) S {
	return S(a.Show()+b.Show()) + a + b
}

func main() {
	t, l := SumLabel([]ID{1, 2, 3})
	fmt.Println(t, l)
	fmt.Printf("%T\n", t)
	bt, bl := SumLabel([]Big{1 << 33, 5})
	fmt.Println(bt, bl)
	fmt.Println(Largest([]ID{4, 9, 2}))
	fmt.Println(Largest([]Big{-1, -5}))
	c := Concat(Word("x"), Word("y"))
	fmt.Println(c, c.Show(), len(c))
}
