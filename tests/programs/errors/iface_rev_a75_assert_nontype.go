package main

func main() {
	var a any
	_ = a.(3)
	_ = a.(nil)
	_ = a.(undefinedT)
}
