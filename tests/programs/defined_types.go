package main

import "fmt"

type Celsius int
type Fahrenheit int
type Name string
type Flag bool
type Weekday uint8
type Names []string

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const Boiling Celsius = 100
const Greeting Name = "hi"

func warmer(c Celsius) Celsius { return c + 5 }

func toF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func describe(d Weekday) string {
	switch d {
	case Sunday:
		return "rest"
	case Monday, Tuesday:
		return "work"
	}
	return "?"
}

func main() {
	type Local int
	var l Local = 3
	l *= 2
	c := warmer(Boiling)
	n := Greeting + " there"
	var f Flag = c > 100
	fmt.Println(c, n, f, l, int(c)*2, Celsius(7)/2, len(n), n[0], n[1:])
	fmt.Printf("%v %d %s %t %x\n", c, c, n, f, toF(c))
	fmt.Println(Name("x") == "x", string(Name("abc")), Celsius('a'), Name(rune(65)))
	fmt.Println(describe(Sunday), describe(Tuesday), describe(Weekday(9)), Tuesday)
	var w Weekday = 255
	w++
	fmt.Println(w, ^Weekday(0), Flag(!bool(f)))
	var zero Celsius
	var empty Name
	fmt.Println(zero, empty == "", len(empty))
	fmt.Printf("%q %5d|\n", n, l)
	s := Name("abc")
	k := Celsius(5)
	i := 66
	fmt.Println(string(s), Name(string(s)+"d"), len(string(s)), int(k), Celsius(int(k)+1), Name(rune(i)), Weekday(i+200))
	fmt.Println(s < "abd", s+s, Fahrenheit(k)*2, Flag(k > 4) == f)
}
