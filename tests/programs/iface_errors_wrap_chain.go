package main

import (
	"errors"
	"fmt"
)

var ErrDisk = errors.New("disk full")
var ErrPerm = errors.New("permission denied")

func write(name string, size int) error {
	if size > 10 {
		return ErrDisk
	}
	if name == "root" {
		return ErrPerm
	}
	return nil
}

func save(name string, size int) error {
	if err := write(name, size); err != nil {
		return fmt.Errorf("save %s: %w", name, err)
	}
	return nil
}

func handler(name string, size int) error {
	if err := save(name, size); err != nil {
		return fmt.Errorf("handler(size=%d): %w", size, err)
	}
	return nil
}

func depth(err error) int {
	d := 0
	for err != nil {
		d++
		err = errors.Unwrap(err)
	}
	return d
}

func main() {
	tests := []struct {
		name string
		size int
	}{{"a", 1}, {"b", 20}, {"root", 5}}
	for _, t := range tests {
		err := handler(t.name, t.size)
		fmt.Println("err:", err)
		fmt.Println("  depth:", depth(err))
		fmt.Println("  is disk:", errors.Is(err, ErrDisk), "is perm:", errors.Is(err, ErrPerm))
		for e := err; e != nil; e = errors.Unwrap(e) {
			fmt.Printf("  -> %T %q\n", e, e.Error())
		}
	}
	plain := fmt.Errorf("no wrap: %v", ErrDisk)
	fmt.Println(plain, errors.Is(plain, ErrDisk), errors.Unwrap(plain) == nil)
	same := errors.New("disk full")
	fmt.Println("same text different sentinel:", errors.Is(same, ErrDisk), same.Error() == ErrDisk.Error())
	fmt.Println("Is(nil,nil):", errors.Is(nil, nil), "Is(err,nil):", errors.Is(ErrDisk, nil))
}
