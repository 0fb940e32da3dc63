package main

// recover a panic(nil) and re-panic with nil: gc marks it "[recovered, repanicked]"
// (both values are the same zero-size *runtime.PanicNilError); memrun prints
// "[recovered]" followed by a second "panic:" line.
func main() {
	defer func() {
		recover()
		panic(nil)
	}()
	panic(nil)
}
