package main

import "fmt"

type Logger interface {
	Log(msg string)
	Level() int
}

type StdLogger struct{ prefix string }

func (s StdLogger) Log(msg string) { fmt.Println(s.prefix + msg) }
func (s StdLogger) Level() int     { return 1 }

type CountingLogger struct {
	Logger
	count int
}

func (c *CountingLogger) Log(msg string) {
	c.count++
	c.Logger.Log(fmt.Sprintf("#%d %s", c.count, msg))
}

type LevelOverride struct {
	Logger
}

func (LevelOverride) Level() int { return 9 }

func run(l Logger) {
	l.Log("start")
	l.Log(fmt.Sprint("level=", l.Level()))
}

func main() {
	base := StdLogger{"[std] "}
	run(base)
	cl := &CountingLogger{Logger: base}
	run(cl)
	fmt.Println("count:", cl.count)
	lo := LevelOverride{cl}
	run(lo)
	fmt.Println("count:", cl.count)

	empty := LevelOverride{}
	fmt.Println("override level with nil inner:", empty.Level())
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	empty.Log("boom")
	fmt.Println("unreachable")
}
