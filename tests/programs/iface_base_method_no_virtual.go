package main

import "fmt"

type Speaker interface {
	Sound() string
	Speak() string
}

type Animal struct{ name string }

func (a Animal) Sound() string { return "..." }
func (a Animal) Speak() string { return a.name + " says " + a.Sound() }

type Dog struct{ Animal }

func (d Dog) Sound() string { return "woof" }

type LoudDog struct{ Dog }

func (l LoudDog) Speak() string { return l.Dog.Speak() + "!!! (" + l.Sound() + ")" }

type Template struct{ S Speaker }

func (t Template) Speak() string { return "template: " + t.S.Sound() }

func main() {
	speakers := []Speaker{Animal{"generic"}, Dog{Animal{"rex"}}, LoudDog{Dog{Animal{"max"}}}}
	for _, s := range speakers {
		fmt.Printf("%-14T Sound=%-5s Speak=%s\n", s, s.Sound(), s.Speak())
	}
	d := Dog{Animal{"fido"}}
	fmt.Println("embedded Sound:", d.Animal.Sound(), "outer Sound:", d.Sound())
	fmt.Println("promoted Speak uses Animal.Sound:", d.Speak())
	for _, s := range speakers {
		fmt.Println(Template{s}.Speak())
	}
	var sp Speaker = d
	fmt.Println(sp.(Dog).Animal.name, sp.(Dog).name)
}
