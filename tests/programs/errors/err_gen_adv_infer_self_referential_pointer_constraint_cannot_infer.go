package main

func f1[P interface{ *P }]() {}

func main() {
	f1()
}
