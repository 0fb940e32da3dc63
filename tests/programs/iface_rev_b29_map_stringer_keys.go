package main

import "fmt"

type N int

func (n N) String() string { return fmt.Sprintf("n%d", 10-int(n)) }

type K struct{ a, b int }

func (k K) String() string { return fmt.Sprintf("K(%d)", k.a*10+k.b) }

type Fk string

func (f Fk) Format(s fmt.State, c rune) { fmt.Fprintf(s, "<%s>", string(f)) }

func main() {
	m := map[N]N{3: 1, 1: 2, 2: 3}
	fmt.Println(m)
	fmt.Printf("%v|%d|%s|%#v\n", m, m, m, m)
	mk := map[K]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true}
	fmt.Println(mk)
	mf := map[Fk]int{"b": 1, "a": 2}
	fmt.Println(mf)
	fmt.Printf("%x\n", mf)
}
