package main

func main() {
	func() {
		defer func() { recover() }()
		defer func() { panic("second") }()
		panic("first")
	}()
	panic("final")
}
