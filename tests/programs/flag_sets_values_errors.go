package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

type level int

func (l level) String() string { return fmt.Sprint("L", int(l)) }
func (l *level) Set(s string) error {
	if s == "bad" {
		return errors.New("no such level")
	}
	*l = level(len(s))
	return nil
}

func run(args []string) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	v := fs.Bool("v", false, "verbose output")
	n := fs.Int("n", 3, "number of `items` to show")
	name := fs.String("name", "world", "who to greet")
	empty := fs.String("empty", "", "an empty default")
	ratio := fs.Float64("ratio", 1.5, "a ratio")
	d := fs.Duration("timeout", 2*time.Second, "how long to wait\nbefore giving up")
	big := fs.Int64("big", 0, "an int64")
	u := fs.Uint("u", 7, "a uint")
	u64 := fs.Uint64("u64", 0, "a uint64")
	var tags list
	fs.Var(&tags, "tag", "a `tag` (repeatable)")
	var lv level = 2
	fs.Var(&lv, "level", "log level")
	fs.Func("f", "a func flag", func(s string) error {
		if s == "x" {
			return errors.New("x is not allowed")
		}
		fmt.Println("func got", s)
		return nil
	})
	fs.BoolFunc("b", "a bool func", func(s string) error {
		fmt.Println("boolfunc got", s)
		return nil
	})
	err := fs.Parse(args)
	fmt.Println("err:", err, errors.Is(err, flag.ErrHelp))
	fmt.Println(*v, *n, *name, *empty, *ratio, *d, *big, *u, *u64, tags, lv, fs.Args(), fs.NArg(), fs.NFlag(), fs.Arg(0), fs.Arg(5), fs.Parsed())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
}

func main() {
	run([]string{"-v", "-n", "5", "--name=gopher", "-tag", "a", "-tag=b", "-level", "abcd", "-timeout", "1m30s", "rest", "-x"})
	run([]string{"-n=0x10", "-ratio", "2.5e3", "-big", "-9000000000", "-u64", "18446744073709551615", "-f", "hi", "-b", "--", "-v"})
	run([]string{"-v=false", "-b=maybe", "-u", "12"})
	run([]string{"-nope"})
	run([]string{"-n", "abc"})
	run([]string{"-n", "99999999999999999999"})
	run([]string{"-v=maybe"})
	run([]string{"-n"})
	run([]string{"-h"})
	run([]string{"-help"})
	run([]string{"---x"})
	run([]string{"-=x"})
	run([]string{"-timeout", "5"})
	run([]string{"-level", "bad"})
	run([]string{"-f", "x"})
	run([]string{"-u", "-1"})
	run([]string{"-", "a"})
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Int("k", 1, "k")
	fmt.Println(fs.Parse([]string{"-z"}))
	fmt.Println(fs.Set("k", "9"), fs.Set("zz", "1"), fs.Lookup("k").Value, fs.Lookup("zz") == nil, fs.Name(), fs.ErrorHandling())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("k", 2, "again")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("-k", 2, "dash")
	}()
	p := flag.NewFlagSet("p", flag.PanicOnError)
	p.SetOutput(os.Stdout)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Parse([]string{"-q"})
	}()
	name, usage := flag.UnquoteUsage(&flag.Flag{Name: "x", Usage: "a `file` name", Value: nil})
	fmt.Println(name, usage)
	flag.CommandLine.SetOutput(os.Stdout)
	c := flag.Int("count", 1, "how many")
	os.Args = []string{"prog", "-count", "4", "arg1"}
	flag.Parse()
	fmt.Println(*c, flag.Args(), flag.NArg(), flag.NFlag(), flag.Parsed(), flag.Lookup("count").DefValue)
	flag.Usage()
	flag.CommandLine.Init("renamed", flag.ContinueOnError)
	fmt.Println(flag.CommandLine.Name())
}
