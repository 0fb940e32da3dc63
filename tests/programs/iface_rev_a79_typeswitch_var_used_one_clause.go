package main

func main() {
	var a any
	switch x := a.(type) {
	case int:
	case string:
		_ = x
	}
}
