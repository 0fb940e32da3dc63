package main

import "fmt"

const doc = "Go is an open source. Écoutez 123"

func q1() {
	for i, r := range "aé€😀" {
		fmt.Println(i, r)
	}
}

func q2() {
	for i, r := range "aé€😀" {
		_, _ = i, r
	}
}

func q3(r rune) {
	fmt.Println(string(r), len(string(r)))
}

func q4() {
	fmt.Println("bytes:", len(doc), "runes:", len([]rune(doc)))
}

func q5() int {
	return len([]rune(doc))
}

func q6(r rune) int {
	return len(string(r))
}

func q7(r rune) string {
	return string(r)
}

func main() {
	q1()
	q2()
	q3(0)
	q4()
	q5()
	q6(1)
	q7(1)
}
