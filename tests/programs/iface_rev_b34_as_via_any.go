package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type VE struct{ s string }

func (v VE) Error() string { return "VE " + v.s }

type PE struct{ s string }

func (p *PE) Error() string { return "PE " + p.s }

type Temp interface{ Temporary() bool }

type TE struct{}

func (TE) Error() string   { return "TE" }
func (TE) Temporary() bool { return true }

func as(err error, target any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	fmt.Println(errors.As(err, target))
}

func main() {
	var ve VE
	as(fmt.Errorf("w %w", VE{"a"}), &ve)
	fmt.Println(ve)
	var pe *PE
	as(fmt.Errorf("w %w", &PE{"b"}), &pe)
	fmt.Println(pe)
	var t Temp
	as(fmt.Errorf("w %w", TE{}), &t)
	fmt.Println(t)
	var e error
	as(VE{"c"}, &e)
	fmt.Println(e)
	var pv PE
	as(&PE{"d"}, &pv)
	var fpe *fs.PathError
	_, err := os.NewFile(99, "nf").Write([]byte("z"))
	as(err, &fpe)
	fmt.Println(fpe)
	var pp **PE
	as(&PE{"e"}, pp)
	var x int
	as(VE{}, &x)
	as(VE{}, x)
}
