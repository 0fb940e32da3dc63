package main

func main() {
	var a any
	switch x := a.(type) {
	case int:
		x = "s"
	case string, bool:
		x = 1
	case nil:
		x = 2
	}
}
