package main

import (
	"fmt"
	"strings"
)

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

type Tag string

func (t Tag) String() string { return "#" + strings.ToLower(string(t)) }

type Wrapper struct {
	P    Pt
	PP   *Pt
	Tags []Tag
}

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return fmt.Sprintf("LEVEL%d", int(l))
}

type ErrCode int

func (e ErrCode) Error() string { return fmt.Sprintf("error code %d", int(e)) }
func (e ErrCode) String() string { return "should not be used" }

func main() {
	p := Pt{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %s %+v\n", p, &p, &p, p)
	w := Wrapper{P: p, PP: &p, Tags: []Tag{"Go", "RUST"}}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println(w.Tags, Tag("X"), []*Pt{&p, {3, 4}})
	levels := []Level{0, 1, 5}
	fmt.Println(levels, Level(1))
	fmt.Printf("%v %d %s %q\n", levels[2], levels[2], levels[1], levels[0])
	var e error = ErrCode(42)
	fmt.Println(e, ErrCode(7))
	fmt.Printf("%v %d\n", e, e)
	m := map[Tag]Level{"B": 1, "A": 0}
	fmt.Println(m)
	fmt.Println(fmt.Sprint(Tag("Z")) + fmt.Sprintf("%s", Tag("Y")))
	var np *Pt
	fmt.Printf("%v\n", np == nil)
	arr := [2]Tag{"Q", "R"}
	fmt.Printf("%v %s %q\n", arr, arr, arr)
}
