package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Status int

func (s Status) String() string {
	switch s {
	case 0:
		return "OK"
	case 1:
		return "WARN"
	}
	return "ERR"
}

func (s Status) Error() string { return "status-error " + s.String() }

type Reading struct {
	Exported   Temp
	unexported Temp
	St         Status
	st         Status
	List       []Temp
	list       []Temp
	Ptr        *Temp
}

type inner struct{ T Temp }

type Outer struct {
	Pub  inner
	priv inner
	M    map[string]Temp
}

func main() {
	t := Temp(21.55)
	r := Reading{t, t, 1, 1, []Temp{1, 2}, []Temp{3}, &t}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	fmt.Println(r.unexported, r.st, r.list)
	o := Outer{inner{5}, inner{6}, map[string]Temp{"b": 2, "a": 1}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println([]Status{0, 1, 2})
	fmt.Println(map[Status]Temp{2: 30, 0: 10, 1: 20})
	var e error = Status(2)
	fmt.Println(e)
	fmt.Printf("%s | %v | %d\n", Status(0), Status(1), Status(1))
}
