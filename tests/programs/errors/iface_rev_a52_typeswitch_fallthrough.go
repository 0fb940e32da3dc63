package main

func main() {
	var a any
	switch a.(type) {
	case int:
		fallthrough
	case string:
	}
}
