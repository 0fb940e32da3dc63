package main

type Day uint8

const Monday Day = 1
const Tuesday Day = 2

func main() {
	var d Day
	switch d {
	case Tuesday, Tuesday:
	case Monday, 1:
	}
	switch x := 2; x {
	case 1, 1:
	}
}
