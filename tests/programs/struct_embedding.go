package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) {
	a.Name = n
}

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Bark() string {
	return d.Name + " says woof"
}

type ServiceDog struct {
	Dog
	Task string
}

type Base struct {
	ID int
}

func (b Base) Key() string { return fmt.Sprintf("id-%03d", b.ID) }

type Audit struct {
	Created int
	Updated int
}

func (a *Audit) Touch(t int) {
	a.Updated = t
}

type Document struct {
	Base
	*Audit
	Title string
}

type Wrapper struct {
	Dog
	Name string // shadows Dog.Animal.Name
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Bark())
	d.Rename("Max")
	fmt.Println(d.Animal.Name, d.Describe())
	fmt.Printf("%v\n%+v\n", d, d)

	s := ServiceDog{Dog: Dog{Animal: Animal{Name: "Buddy", Legs: 4}, Breed: "shepherd"}, Task: "guide"}
	fmt.Println(s.Name, s.Breed, s.Task, s.Dog.Animal.Legs)
	fmt.Println(s.Describe(), "/", s.Bark())
	s.Legs = 3
	s.Rename("Buddy II")
	fmt.Printf("%+v\n", s)

	ps := &s
	ps.Task = "therapy"
	fmt.Println(ps.Name, ps.Describe(), ps.Dog.Bark())

	doc := Document{Base{7}, &Audit{Created: 100}, "notes"}
	doc.Touch(250)
	fmt.Println(doc.Key(), doc.ID, doc.Title, doc.Created, doc.Updated)
	fmt.Println(doc.Audit.Updated, *doc.Audit)

	w := Wrapper{Dog{Animal{"inner", 2}, "mix"}, "outer"}
	fmt.Println(w.Name, w.Dog.Name, w.Animal.Name, w.Describe())

	pack := []Dog{{Animal{"A", 4}, "x"}, {Animal{"B", 3}, "y"}}
	legs := 0
	for i := 0; i < len(pack); i++ {
		legs += pack[i].Legs
		pack[i].Rename(pack[i].Name + "!")
	}
	fmt.Println(legs, pack)
}
