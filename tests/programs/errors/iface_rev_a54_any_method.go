package main

func main() {
	var a any = 3
	a.String()
	var e error
	e.String()
	_ = e.Error
	_ = e.Err
}
