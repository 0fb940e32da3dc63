package main

import "fmt"

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Row struct {
	Énergie Level
	Energy  Level
}

func main() {
	fmt.Println(Row{1, 2})
	fmt.Printf("%+v\n", Row{3, 4})
}
