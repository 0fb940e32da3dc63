package main

import "fmt"

type Table struct {
	rows *[4]int
}

func main() {
	var t Table
	fmt.Println(len(t.rows), cap(t.rows), t.rows == nil)
	data := [4]int{1, 2, 3, 4}
	t.rows = &data
	t.rows[2] = 30
	fmt.Println(data, t.rows[1:3])
	t.rows = nil
	i := 2
	fmt.Println("indexing nil array pointer")
	fmt.Println(t.rows[i])
}
