package main

import "fmt"

type Conn struct {
	name   string
	closed bool
}

func (c *Conn) Close() {
	fmt.Println("closing", c.name)
	if c.name == "db" {
		panic("cleanup of " + c.name + " failed")
	}
	c.closed = true
}

func withConn(name string, f func(*Conn)) {
	c := &Conn{name: name}
	defer c.Close()
	f(c)
}

func main() {
	// A panic in a deferred call that is recovered by an outer defer.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		withConn("db", func(c *Conn) { fmt.Println("using", c.name) })
	}()

	// A normal run.
	withConn("cache", func(c *Conn) { fmt.Println("using", c.name) })

	// Now a panic during panicking, never recovered: the first panic is reported first.
	defer withConn("outer", func(*Conn) {})
	defer (&Conn{name: "db"}).Close()
	defer (&Conn{name: "log"}).Close()
	fmt.Println("working")
	var xs []int
	i := 3
	fmt.Println(xs[i])
}
