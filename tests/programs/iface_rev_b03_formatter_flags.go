package main

import "fmt"

type F struct{ n int }

func (f F) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "[%c w=%d,%v p=%d,%v", verb, w, wok, p, pok)
	for _, c := range "+-# 0" {
		if s.Flag(int(c)) {
			fmt.Fprintf(s, " %c", c)
		}
	}
	fmt.Fprintf(s, " fs=%s n=%d]", fmt.FormatString(s, verb), f.n)
}

func main() {
	f := F{7}
	fmt.Println(f)
	fmt.Printf("%v|%+v|%#v|%d|%s|%q|%x|%X\n", f, f, f, f, f, f, f, f)
	fmt.Printf("%5v|%-5v|%05d|%.3v|%8.2f|%+ d|%#x\n", f, f, f, f, f, f, f)
	fmt.Printf("%-05v|%0-5v|% +v|%*v|%.*v|%-*v\n", f, f, f, 4, f, 2, f, -6, f)
	fmt.Printf("%T %p\n", f, 1)
	fmt.Print(f, f, "\n")
	s := fmt.Sprintf("%10.4z", f)
	fmt.Println(s, len(s))
	fmt.Printf("%☺|%é\n", f, f)
}
