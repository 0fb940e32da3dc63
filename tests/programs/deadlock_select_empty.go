package main

func wait() int {
	select {}
}

func main() { println(wait()) }
