package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func namedResult() (result int) {
	defer func() { result *= 2 }()
	result = 5
	return result + 1
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 100
	fmt.Println("current x =", x)
}

type resource struct{ name string }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func (r *resource) Close() { fmt.Println("close", r.name) }

func process() (err error) {
	a := open("a")
	defer a.Close()
	b := open("b")
	defer b.Close()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var arr []int
	_ = arr[3]
	return nil
}

func nested() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	defer func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
		}()
		panic("second")
	}()
	panic("first")
}

func repanic() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.Join(errors.New("wrapped"), fmt.Errorf("%v", r))
		}
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-", r))
		}()
		panic("orig")
	}()
	return nil
}

func main() {
	order()
	fmt.Println()
	fmt.Println(namedResult())
	argsEvaluatedEarly()
	fmt.Println("process:", process())
	nested()
	fmt.Println(repanic())
	fmt.Println(recover())
	func() {
		defer fmt.Println("deferred in closure")
		fmt.Println("closure body")
	}()
}
