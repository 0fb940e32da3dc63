package main

import (
	"errors"
	"fmt"
	"sync"
)

var attempts int

var initDB = sync.OnceValue(func() string {
	attempts++
	panic(fmt.Sprintf("db unavailable (attempt %d)", attempts))
})

var initPair = sync.OnceValues(func() (int, error) {
	attempts++
	panic(errors.New("pair init failed"))
})

func try[T any](name string, f func() T) (res T) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s panicked: %v\n", name, r)
		}
	}()
	return f()
}

func tryPair(f func() (int, error)) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println("pair panic is error:", err)
		} else {
			fmt.Println("pair recovered:", r)
		}
	}()
	v, err := f()
	fmt.Println("unreachable", v, err)
}

func main() {
	for i := 0; i < 3; i++ {
		v := try("initDB", initDB)
		fmt.Printf("result %q attempts=%d\n", v, attempts)
	}
	tryPair(initPair)
	tryPair(initPair)
	fmt.Println("attempts:", attempts)

	n := 0
	once := sync.OnceFunc(func() {
		n++
		panic("oncefunc boom")
	})
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			once()
		}()
	}
	fmt.Println("oncefunc ran", n, "time(s)")

	ok := sync.OnceValue(func() int { attempts += 100; return attempts })
	first := try("ok", ok)
	second := try("ok", ok)
	fmt.Println(first, second, attempts)
}
