package main

import "fmt"

type Level int

func (l Level) String() string {
	return [...]string{"DEBUG", "INFO", "FATAL"}[l]
}

type Event struct {
	L   Level
	Msg string
}

func (e Event) String() string { return fmt.Sprintf("[%v] %s", e.L, e.Msg) }

type Raw int

func process(evs []fmt.Stringer) {
	for _, e := range evs {
		fmt.Println("event:", e)
		if ev, ok := e.(Event); ok && ev.L == 2 {
			panic(ev)
		}
	}
}

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		panic(Raw(7))
	}()
	func() {
		defer func() {
			r := recover()
			s, ok := r.(fmt.Stringer)
			fmt.Println("recovered stringer:", ok, s)
		}()
		panic(Level(1))
	}()
	process([]fmt.Stringer{
		Event{0, "boot"},
		Level(1),
		Event{2, "disk gone"},
		Event{1, "never"},
	})
}
