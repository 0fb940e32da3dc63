package main

import "fmt"

type Logger struct {
	Prefix string
	Lines  []string
}

func (l *Logger) Log(msg string) {
	l.Lines = append(l.Lines, l.Prefix+msg)
}

func (l Logger) Count() int { return len(l.Lines) }

type Position struct {
	X, Y int
}

func (p *Position) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

func (p Position) Dist() int {
	return abs(p.X) + abs(p.Y)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

type Robot struct {
	Position
	*Logger
	Name string
}

func (r *Robot) Walk(steps int) {
	for i := 0; i < steps; i++ {
		r.Move(1, 0)
	}
	r.Log(fmt.Sprintf("%s walked %d", r.Name, steps))
}

type Drone struct {
	Robot
	Altitude int
}

func (d *Drone) Move(dx, dy int) { // shadows Position.Move
	d.Robot.Move(dx*2, dy*2)
	d.Log("drone move")
}

type Score int

func (s Score) Grade() string {
	switch {
	case s >= 90:
		return "A"
	case s >= 75:
		return "B"
	}
	return "C"
}

type Student struct {
	Score
	Name string
}

func main() {
	lg := &Logger{Prefix: "> "}
	r := Robot{Position{0, 0}, lg, "r1"}
	r.Walk(3)
	r.Move(0, -4)
	fmt.Println(r.X, r.Y, r.Dist(), r.Position.Dist(), r.Count())

	d := Drone{Robot: Robot{Logger: lg, Name: "d1"}, Altitude: 10}
	d.Move(1, 1)
	d.Walk(2)
	d.Robot.Position.Move(-1, 0)
	fmt.Println(d.X, d.Y, d.Dist(), d.Altitude, d.Count())
	for i := 0; i < len(lg.Lines); i++ {
		fmt.Println(lg.Lines[i])
	}

	pd := &d
	pd.Move(5, 5)
	fmt.Println(pd.Position, pd.Robot.Position, d.Count())

	students := []Student{{95, "ana"}, {80, "ben"}, {42, "cal"}}
	for i := 0; i < len(students); i++ {
		s := students[i]
		fmt.Printf("%s %d %s\n", s.Name, s.Score, s.Grade())
	}
	st := &students[1]
	st.Score += 15
	fmt.Println(st.Grade(), students[1].Score.Grade(), students[1])
	fmt.Printf("%+v\n", students[0])
}
