package main

const doc = "Go is an open source. Écoutez 123"

func r1() int { return len([]byte(doc)) }
func r2() []rune { return []rune("abc") }
func r3() []rune { return []rune("") }
func r4() []byte { return []byte("abcdef") }
func r5() string { return string([]rune(doc)) }
func r6() int { x := []rune("héllo"); return len(x) }

func main() { r1(); r2(); r3(); r4(); r5(); r6() }
