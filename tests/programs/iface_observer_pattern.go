package main

import "fmt"

type Observer interface {
	Notify(event string, value int)
	ID() string
}

type Subject struct {
	observers []Observer
}

func (s *Subject) Attach(o Observer) { s.observers = append(s.observers, o) }

func (s *Subject) Detach(o Observer) bool {
	for i, x := range s.observers {
		if x == o {
			s.observers = append(s.observers[:i], s.observers[i+1:]...)
			return true
		}
	}
	return false
}

func (s *Subject) Emit(event string, v int) {
	for _, o := range s.observers {
		o.Notify(event, v)
	}
}

type Printer struct{ name string }

func (p Printer) Notify(e string, v int) { fmt.Printf("  %s got %s=%d\n", p.name, e, v) }
func (p Printer) ID() string             { return "printer:" + p.name }

type Summer struct{ total int }

func (s *Summer) Notify(_ string, v int) { s.total += v }
func (s *Summer) ID() string             { return fmt.Sprint("summer:", s.total) }

func main() {
	var subj Subject
	sum1, sum2 := &Summer{}, &Summer{}
	subj.Attach(Printer{"a"})
	subj.Attach(sum1)
	subj.Attach(Printer{"b"})
	subj.Attach(sum2)
	fmt.Println("emit 1")
	subj.Emit("x", 5)
	fmt.Println("detach printer a (value equality):", subj.Detach(Printer{"a"}))
	fmt.Println("detach new summer (pointer identity):", subj.Detach(&Summer{}))
	fmt.Println("detach sum2:", subj.Detach(sum2))
	fmt.Println("emit 2")
	subj.Emit("y", 7)
	for _, o := range subj.observers {
		fmt.Println("remaining:", o.ID())
	}
	fmt.Println("sum1", sum1.total, "sum2", sum2.total)
}
