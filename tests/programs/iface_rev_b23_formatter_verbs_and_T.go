package main

import "fmt"

type F int

func (f F) Format(s fmt.State, c rune) {
	switch c {
	case 'v':
		if s.Flag('#') {
			fmt.Fprintf(s, "F#%d", int(f))
			return
		}
		if s.Flag('+') {
			fmt.Fprintf(s, "F+%d", int(f))
			return
		}
		fmt.Fprintf(s, "F%d", int(f))
	default:
		fmt.Fprintf(s, "%%!%c(F=%d)", c, int(f))
	}
}

func main() {
	f := F(3)
	fmt.Printf("%v %+v %#v %T %d %s\n", f, f, f, f, f, f)
	fmt.Printf("%v\n", []F{1, 2})
	fmt.Printf("%+v\n", struct{ A F }{4})
	fmt.Printf("%#v\n", struct{ A F }{5})
	fmt.Printf("%#v\n", map[F]F{1: 2})
	fmt.Printf("%6.2f|%v\n", f, &f)
	fmt.Println(fmt.Sprint(f, f), fmt.Sprintln(f, "x"))
	fmt.Printf("%v %v\n", F(1))
	fmt.Printf("%!\n", f)
}
