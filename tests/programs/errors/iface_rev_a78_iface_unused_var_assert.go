package main

func main() {
	var a any
	v, ok := a.(int)
	w := a.(string)
}
