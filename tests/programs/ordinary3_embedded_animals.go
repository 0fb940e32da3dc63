package main

import (
	"fmt"
	"strings"
)

type Base struct {
	ID   int
	Tags []string
}

func (b *Base) Tag(t string) { b.Tags = append(b.Tags, t) }
func (b Base) Describe() string {
	return fmt.Sprintf("#%d [%s]", b.ID, strings.Join(b.Tags, ","))
}

type Animal struct {
	Base
	Name  string
	Sound string
}

func (a Animal) Speak() string { return a.Name + " says " + a.Sound }

type Dog struct {
	Animal
	Tricks []string
}

func (d Dog) Speak() string { return d.Animal.Speak() + "!" }
func (d *Dog) Learn(t string) {
	d.Tricks = append(d.Tricks, t)
	d.Tag("trained")
}

type Speaker interface{ Speak() string }

type Logger struct {
	lines []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

type Service struct {
	*Logger
	Name string
}

func main() {
	d := Dog{Animal: Animal{Base{1, nil}, "Rex", "woof"}}
	d.Learn("sit")
	d.Learn("roll")
	d.Tag("good")
	fmt.Println(d.Speak())
	fmt.Println(d.Animal.Speak())
	fmt.Println(d.Describe(), d.ID, len(d.Tags), cap(d.Tags))
	fmt.Println(d.Tricks, len(d.Tricks), cap(d.Tricks))
	c := Animal{Base{2, []string{"indoor"}}, "Tom", "meow"}
	speakers := []Speaker{d, c, &d, &c}
	for _, s := range speakers {
		fmt.Printf("%T: %s\n", s, s.Speak())
	}
	copyD := d
	copyD.Name = "Max"
	copyD.Tags[0] = "TRAINED"
	fmt.Println(d.Name, copyD.Name, d.Tags[0])
	lg := &Logger{}
	s1 := Service{lg, "api"}
	s2 := Service{lg, "db"}
	s1.Log("start " + s1.Name)
	s2.Log("start " + s2.Name)
	s1.Log("stop")
	fmt.Println(lg.lines, len(s2.lines), cap(s2.lines))
	fmt.Printf("%+v\n", c)
}
