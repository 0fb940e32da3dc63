package main

type I interface{ M() }

func main() {
	var a any
	switch a.(type) {
	case int, int:
	case string:
	case string:
	case nil, nil:
	case I, I:
	}
}
