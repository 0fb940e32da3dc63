package main

import "fmt"

type Logger interface{ Log(string) }

type Tagged struct{ tag string }

func (t Tagged) Log(s string) { fmt.Println("[" + t.tag + "] " + s) }

type Collector struct{ lines []string }

func (c *Collector) Log(s string) { c.lines = append(c.lines, s) }

func work(l Logger) {
	defer l.Log("deferred with original logger")
	log := l.Log
	l = Tagged{"replaced"}
	log("method value bound before replace")
	l.Log("direct after replace")
	defer l.Log("deferred after replace")
}

func deferOrder() {
	loggers := []Logger{Tagged{"a"}, Tagged{"b"}, Tagged{"c"}}
	for i, l := range loggers {
		defer l.Log(fmt.Sprint("deferred ", i))
	}
	fmt.Println("deferOrder body done")
}

func main() {
	work(Tagged{"orig"})
	deferOrder()
	c := &Collector{}
	var l Logger = c
	f := l.Log
	f("one")
	Logger.Log(c, "two")
	(*Collector).Log(c, "three")
	g := Tagged.Log
	g(Tagged{"expr"}, "via method expression")
	fmt.Println(c.lines)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nl Logger
		defer fmt.Println("this deferred print still runs")
		m := nl.Log
		fmt.Println("not reached", m != nil)
	}()
}
