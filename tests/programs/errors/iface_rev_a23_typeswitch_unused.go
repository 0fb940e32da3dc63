package main

func main() {
	var a any
	switch x := a.(type) {
	case int:
	case string:
	}
	switch y := a.(type) {
	case int, string:
		_ = 0
	}
}
