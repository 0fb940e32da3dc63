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

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger
	Name  string
	calls int
}

func (s *Service) Handle(req string) {
	s.calls++
	s.Log("%s handled %q (#%d)", s.Name, req, s.calls)
}

type Speaker interface{ Speak() string }
type Describer interface{ Describe() string }

func main() {
	d := Dog{Animal{"Rex", 4}, "Lab"}
	fmt.Println(d.Describe())
	fmt.Println(d.Speak())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Printf("%v\n%+v\n", d, d)
	var desc Describer = d
	fmt.Println(desc.Describe())
	var sp Speaker = &d
	fmt.Println(sp.Speak())

	svc := &Service{Logger: &Logger{prefix: "[svc] "}, Name: "api"}
	svc.Handle("GET /")
	svc.Handle("POST /x")
	for _, l := range svc.lines {
		fmt.Println(l)
	}
	svc2 := *svc
	svc2.Name = "copy"
	svc2.Handle("PUT")
	fmt.Println(len(svc.lines), svc.calls, svc2.calls)
	fmt.Println(svc.lines[len(svc.lines)-1])
}
