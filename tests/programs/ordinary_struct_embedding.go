// Struct embedding
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " says woof" }

type Base struct{ ID int }

func (b Base) Info() string { return fmt.Sprintf("base id=%d", b.ID) }

type Container struct {
	Base
	Items []string
}

func (c Container) Info() string {
	return fmt.Sprintf("container with %d items (%s)", len(c.Items), c.Base.Info())
}

func main() {
	d := Dog{Animal{"Rex", 4}, "Labrador"}
	fmt.Println(d.Describe())
	fmt.Println(d.Speak())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name, d.Breed)
	fmt.Printf("%v\n", d)
	fmt.Printf("%+v\n", d)
	fmt.Printf("%#v\n", d)

	c := Container{Base: Base{ID: 7}, Items: []string{"a", "b"}}
	fmt.Println(c.Info())
	fmt.Println(c.ID)
	fmt.Printf("%+v\n", c)

	type describer interface{ Describe() string }
	var x describer = d
	fmt.Println(x.Describe())
	var y describer = &d
	fmt.Println(y.Describe())
}
